"""People, organisations and places of a story, merged across sources, with how each source describes them.

Method: spaCy's statistical NER (``en_core_web_sm``; Honnibal & Montani, spaCy 3) followed by
rule-based clean-up and cross-document coreference by name matching, the classic "surname/alias"
heuristics of cross-document person resolution (Bagga & Baldwin 1998, "Entity-based cross-document
coreferencing using the vector space model"; the alias rules of Stanford's deterministic coreference
sieve, Lee et al. 2013):

1. **Mentions**: ``PERSON``, ``ORG``, ``GPE``, ``LOC`` entities, and ``NORP`` where it names a party (not the party's
   adjective: "the Republican nominee" says which side, it is no mention of the body). Each mention is
   trimmed: a paragraph break ends it, and so does a bracket it does not close ("Federal Bureau of Investigation (FBI"),
   and a preposition that opens a dateline or sentence ("Aboard Endeavour") is cut; leading "the", quotes and trailing
   possessive "'s" go; a person loses honorifics (Mr, Ms, Dr, Sir, Lord ...), leading role or party words ("Tory Nick
   Boles" -> Nick Boles, and "Tory" becomes a descriptor), an owner before a possessive ("Lightspeed's Jeremy Liew") and
   a word before a given name that is none ("Musician Brad Fischetti"); a title before a lone surname is never read
   in as its first name ("Representative [Brooks]", "Father [Weslin]"). Page furniture never makes a name: credits and
   widgets with "/" ("Arnd Wiegmann/File Photo"), link labels ("[PDF]"), names seen only in title-case headline lines
   ("Colin Kroll Dead"), terms defined in lower case ("the suprachiasmatic nucleus (SCN)"), ordinary words ("Choice"),
   the first word of a title ("Interior Minister"), and a stray word before a name of the story ("AP American Airlines"
   -> American Airlines). A transcript's speaker label in capitals ("MARTIN: That's Opal Lee.") is a person, whatever it
   was tagged (:mod:`newsbrief.analyse._entity_clean`; where names begin and end:
   :mod:`newsbrief.analyse._entity_bounds`).
2. **Types from evidence across mentions** (:mod:`newsbrief.analyse._entity_story`,
   :mod:`newsbrief.analyse._entity_context`, :mod:`newsbrief.analyse.name_evidence`,
   :mod:`newsbrief.analyse._entity_rules`): a party name is an ``ORG``; a name in quotation marks or opening a quoted
   title, after "a"/"an" (or, tagged a person, after "the": "the Amber Alert"), ending in an illness word, abbreviating
   such a name ("(RMSF)"), or tagged more often as a work/product/event/law is a thing and is not listed; a name that
   opens with a given name of known gender (``gender-guesser``'s dictionary) and holds no organisation or place word and
   is no known place is a person ("Lester Holt" tagged ``ORG``; "Wayne State", "Des Moines" are not). Each name then
   takes the label its evidence backs: the tagger's label on every mention, and the class the words around a mention
   give it (a cue: "the satirical newspaper Charlie Hebdo", "Midway airport", "quarterback Kain Colter", "the film
   Axanar", "Michael Kors shares") weighing three labels (:mod:`newsbrief.analyse._entity_types`: "Corbyn" tagged
   ``ORG`` once and ``PERSON`` 17 times is a person; "Midway" tagged ``ORG`` is a place, ``FAC``); a lone word that is
   the surname, or the only given name, of a person of the story is that person (not a known place the story names as a
   place more often than the one name it opens: "France" beside "France Info" tagged PERSON once); a one-word "person"
   the story writes (nearly) only before the same owned name ("Martha" of "Martha's Vineyard") is no person. A "person"
   with no person's mark anywhere (no title, description, person's noun, known given name, or surname used alone:
   "Twitter", "Keurig") is left out (a given name the dictionary rates rare everywhere, "El", "Har", "Anlong", is no
   mark where the story also uses the name as a place's or body's: "in El Portal", "at Har Homa", "near Anlong Veng"),
   and so is an organisation or place whose type only the tagger vouches for, thinly or split ways
   (:func:`newsbrief.analyse._entity_types.backed`). An abbreviation in capitals that the story does not expand is
   listed only where it is used as a body ("NPR reported", "according to AP", "CIA director", "WSJ's Sumathi Reddy"),
   not where it is a term ("SCN neurons", "a short ISI", "RIP."). The place of a dateline ("JOHANNESBURG, November 21
   (Xinhua) --") is a place, whatever the capitals were tagged; a name the tagger calls a nationality (``NORP``) at
   least as often as anything we list ("Ukrainian") is not listed, nor is a storm's given name ("Mitch" of "Hurricane
   Mitch"), nor a word the story writes only before one weekday ("Super" of "Super Tuesday"). A listed name whose type
   nothing but the tagger's label backs (no title, description, known given name, surname used alone or speaker label
   for a person; no organisation's word, acronym, cue or statement, "Recode has learned", for a body; no known place,
   place's word or cue for a place) is shown without a type claim, ``Entity.typed`` False ("Axanar", a film, tagged ORG
   19 times: :mod:`newsbrief.analyse._entity_settled`); so is one whose type the story's own use disputes (a body or
   place known by one word of a person's full name in the story, "Reynolds" ORG; a person's name used as "the
   Airplane was awarded").
3. **People are merged** by name (:mod:`newsbrief.analyse._entity_people`): full names by surname, with accents, dots
   and near-identical spellings folded ("Bélanger", "Tolkein"/"Tolkien") and short given names ("Steve"/"Steven"); a
   lone surname or "Mr/Mrs <surname>" joins the full name it ends, of a compatible gender (titles, then given names:
   "Mrs Wilson" is not Gary Wilson), and of several such people to the one named in full three times as often as any
   other, else to none (a surname spelt a little differently joins too, unless the lone word is itself a given name:
   "Khalid" is not DJ Khaled); a lone first name joins the one full name it opens unless another person shares it or it
   follows a kinship word ("his son Tom"). A word that is one person's surname and another's given name ("Burke" beside
   Stan Burke and Burke Ramsey) goes to the one named in full three times as often, else to none; a surname's plural
   ("the O'Haras") is the family, no one person; a nickname written between the names ("Harold 'Devin' Lima") makes
   "Harold Lima" and "Devin Lima" one person; initials in capitals are the one person whose full name they spell, suffix
   and all ("JFK" = John F. Kennedy, "JFK Jr." = John F. Kennedy Jr.), a name written with a hyphen or a space between
   its parts is one name ("Kim Jong-un" = "Kim Jong Un"), and a suffix alone ("Kennedy, [Jr.]") names nobody; a full
   name is not the longer one that adds given names where the story marks two people of the name ("George Bush" is not
   "George W. Bush" beside "the elder George Bush", "George Bush Sr."), unless the only mark is the bare name with "Jr."
   ("Donald J. Trump" is "Donald Trump" beside "Donald Trump Jr."). The tagger's labels are counted across spellings of
   a name ("JonBenét"/"JonBenet Ramsey"). A lone name that matches nobody stays only when it carries an honorific or is
   tagged ``PERSON`` at least ``LONE_NAME_MIN`` times (twice for a given name of known gender: "Josh") and never appears
   in lower case; a lone name that is part of the name of several people ("Taylor" beside Taylor Swift and Taylor
   Lautner) is not listed. A "person" whose name goes on past another person's full name ("Thomas Kinkade Signature
   Galleries") is a business or work named after them and is not listed, and so is one that is only the opening words of
   a longer name of a body or place ("Sandy Hook" beside "Sandy Hook Elementary School"). Once a person's full name is
   known, its untagged occurrences (not inside a longer name: "Church of [Jesus Christ]") and "Mr/Ms <surname>" forms
   are counted too (the exact-match sieve of Lee et al. 2013), unless two people of the story share the surname.
4. **Organisations and places are merged** (:mod:`newsbrief.analyse._entity_bodies`) by normalised name,
   well-known synonyms (Tory = Conservative Party, Lib Dems = Liberal Democrats, UK = Britain), "X Party" = "X",
   acronyms by their commonest expansion ("CAPA" = College Athletes Players Association), a name with the one
   longer name that adds an organisation's word ("Stanford" = Stanford University), and a party named after its leader
   ("Corbyn Labour") is the party; an abbreviation with dots is the one without ("U.N." = "UN"), and a body's
   name of two words or more is the one longer body's name that ends in it ("Virtue Party" = "Islamic Virtue
   Party"; not when two longer names end in it, nor when the longer one is a part of it: "Council of the European
   Union"). A one-word name that is an ordinary noun of the story and the
   last word of two or more of its longer names ("Church" beside the "LDS Church" and the "Catholic Church") is
   short for one of them, and is not listed; nor is a name after "of" that ends a longer name the tagger cut
   ("Bank of [America]"). A name with digits ("MH370", "Keurig 2.0") is not listed. A body or place
   the tagger cut from a longer name ("[Norfolk] District Attorney's Office") is not a mention of it, nor is a
   campus after "University of <Name>," ("the University of California, Irvine"). Credits are no mentions: a
   name that is all a parenthesis holds in a dateline or at the end of a line ("CHICAGO (AP) —"), a photo
   credit, a contributor or copyright line (:func:`newsbrief.analyse._entity_story.in_credit`); nor is a US
   state's abbreviation after a town or a member's party ("Aurora, Colo.", "(R-Fla.)": an address), nor a class
   noun the tagger cut from a place's name ("the City of [Menasha]").
5. **Descriptors** come from the dependency parse (:mod:`newsbrief.analyse._entity_descriptors`): appositives ("Mike
   Gapes, a former chairman of ..."), the noun a name is in apposition to ("Labour's deputy leader Tom Watson"; not
   where the name is the subject of the clause after it: "Every voter Hillary Clinton met asked") and premodifier chains
   ("Ilford South MP Mike Gapes"), stored per source as ``(article_id, descriptor)``, without duplicates; only phrases
   headed by a noun that names a person ("a former chairman", "her husband", "a tech executive"; not "the Book of
   Abraham"), never from a headline line, never with a cut initial ("its president W.") or in capitals, never cut inside
   a modifier two nouns share ("a child and adolescent psychology researcher", not "a child"); clause openers ("which
   ..."), a phrase opening with a personal pronoun ("him disrespecting immigrants"), an article and a bare "man" or
   "woman" ("the man [the FBI is seeking]"), web debris ("pic.twitter.com/...", "KORS.N") and one-word names or
   caption words ("Oculus", "Photo") are not descriptions, nor are a speaker's words in the first person ("my
   friend") or a phrase that opens with a conjunction or a verb's bare form ("whether or not North Korea's supreme
   leader", "Call IndyStar reporter"), runs on past another person into a second description ("his predecessor
   Park Geun-hye and Japanese PM"), two relatives joined by "and"
   ("his wife and sister-in-law": two people), a relative of the other sex than a person's title says ("his wife" of
   "Mr. Kennedy"), or a place's noun with an agent's ending ("Goma, the rebel headquarters"). A person's "name" that is
   only a body's words once a title's word is cut ("General [Assembly]") is none. A name most of whose descriptions name
   a group ("the legendary NY rap duo Mobb Deep") is an ``ORG``.

Measured on the entity labels (tests/data/entity_names.jsonl; ``benchmarks/entities.py``, BENCHMARKS.md
"Entities"). Entities are sorted by total mentions, most first.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from newsbrief.analyse._entity_bodies import cluster_others, party_of_person
from newsbrief.analyse._entity_clean import mention_of, trusted
from newsbrief.analyse._entity_context import FAC, GPE, ORG, THING, acts_as_body, context_class
from newsbrief.analyse._entity_descriptors import describes_a_group, descriptors_of, of_other_sex
from newsbrief.analyse._entity_mention import Mention
from newsbrief.analyse._entity_particles import name_spans
from newsbrief.analyse._entity_people import (
    cluster_people,
    named_after_people,
    nickname_keys,
    shared_surnames,
    untagged_mentions,
)
from newsbrief.analyse._entity_settled import full_name_words, type_settled
from newsbrief.analyse._entity_story import (
    OTHER_LABELS,
    WordUse,
    agency_names,
    common_acronyms,
    credit_marks,
    day_words,
    defined_acronym,
    in_case_name,
    in_credit,
    in_dateline,
    state_of_a_place,
    storm_name,
    thing_votes,
    weekday_after,
    without_bare_heads,
)
from newsbrief.analyse._entity_types import CUE_WEIGHT, backed, name_key, person_evidenced, vote_labels
from newsbrief.analyse.given_names import (
    NAME_SUFFIXES,
    father_and_son,
    initials_keys,
    spacing_keys,
    variant_keys,
)
from newsbrief.analyse.name_evidence import (
    first_name_gender,
    fold,
    gender_of,
    headline_spans,
    known_place,
    title_line_end,
)
from newsbrief.model import Article, Entity
from newsbrief.text.lexicon import ORG_SUFFIXES, SECTOR_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

logger = logging.getLogger(__name__)

_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP"})


def extract_entities(articles: Sequence[Article], docs: Sequence[Doc]) -> tuple[Entity, ...]:
    """People, organisations and places of a story, merged across its sources.

    Args:
        articles: the cleaned articles (mention counts and descriptors are keyed by their ids).
        docs: ``nlp.pipe`` over ``[a.text for a in articles]``, one per article, in the same order
            (parsed once by the caller and shared with quote extraction).

    Returns:
        Entities sorted by total mentions (most first), each with its aliases (surface forms seen),
        descriptors as ``(article_id, descriptor)`` pairs and mention counts per article.

    Raises:
        ValueError: ``docs`` does not match ``articles`` one for one.
    """
    candidates, _ = entity_candidates(articles, docs)
    entities = [e for e, _ in candidates]
    entities.sort(key=lambda e: (-sum(n for _, n in e.mentions), e.name))
    logger.debug("entities: %d", len(entities))
    return tuple(entities)


def entity_candidates(
    articles: Sequence[Article], docs: Sequence[Doc]
) -> tuple[list[tuple[Entity, list[Mention]]], set[str]]:
    """The entities the rules list, each with its mentions (:func:`extract_entities` sorts them), and the story's
    words in lower case (evidence of a common noun): what ``benchmarks/entity_keep.py`` reads to fit a model of
    which listed types are right.

    Raises:
        ValueError: ``docs`` does not match ``articles`` one for one.
    """
    if len(articles) != len(docs):
        raise ValueError(f"got {len(articles)} articles but {len(docs)} parsed docs; pass one doc per article")
    mentions: list[Mention] = []
    lower_words: set[str] = set()
    use = WordUse()
    agencies = agency_names(a.text for a in articles)  # "(Xinhua) --", "the Anatolia news agency"
    tagged: dict[str, list[tuple[int, int]]] = {}
    other_votes: Counter[str] = Counter()
    facility_votes: Counter[str] = Counter()
    things: set[str] = set()
    owned: dict[str, Counter[str | None]] = defaultdict(Counter)  # a one-word name -> the names it owns
    weekdays: dict[str, list[str | None]] = defaultdict(list)  # a one-word name -> the weekday after each mention
    for article, doc in zip(articles, docs, strict=True):
        if doc.text != article.text:
            raise ValueError(f"the doc of article {article.id!r} was not parsed from its cleaned text")
        lower_words.update(t.text for t in doc if t.is_lower)
        use.add(doc)
        spans = name_spans(doc)  # "Hugo de los Reyes Chavez" whole, not "Hugo de los" and "Chavez"
        tagged[article.id] = [(e.start_char, e.end_char) for e in spans if e.label_ in _LABELS]
        headlines = headline_spans(article.text)
        title_end = title_line_end(article.text)
        marks = credit_marks(article.text)
        for ent in spans:
            if ent.label_ not in _LABELS and ent.label_ not in OTHER_LABELS and ent.label_ != FAC:
                continue
            if storm := storm_name(ent):  # "Hurricane Mitch": "Mitch" is the storm wherever the story names it
                things.update({storm, name_key(ent.text)})
            if in_credit(ent, article.text, marks):  # "(AP)", "(Photo: AP)", "AP writers ... contributed to this."
                continue
            if state_of_a_place(ent):  # "Aurora, Colo.": the town's address
                continue
            if in_case_name(doc, ent):  # "Wade" of "Roe vs. Wade", "Clinton" of "Clinton vs. Trump": no mention
                continue
            cue = context_class(ent)  # "the film Axanar", "RMSF is a ... disease": a thing
            if votes := thing_votes(doc, ent, article.text) + (CUE_WEIGHT if cue == THING else 0):
                other_votes[name_key(ent.text)] += votes
                if short := defined_acronym(ent, article.text):
                    things.add(short.lower())  # "Rocky Mountain Spotted Fever (RMSF)": RMSF is a thing too
                continue
            if ent.label_ == FAC:  # a vote for the place reading of the name, not a mention we list
                facility_votes[name_key(ent.text)] += 1 + (CUE_WEIGHT if cue == FAC else 0)
                continue
            if "/" in ent.text or any(t.is_quote for t in ent[1:]):  # "Arnd Wiegmann/File Photo", "Harold 'Devin"
                continue
            mention = mention_of(ent, article.id, len(mentions))
            if mention is None and ent.label_ == "NORP":  # "Ukrainian": a nationality wherever else it is tagged
                other_votes[name_key(ent.text)] += 1
            if mention is not None:
                mention.cue, mention.tagged, mention.ent = cue, ent.label_, ent
                if mention.label == "ORG" and in_dateline(ent, article.text):
                    mention.label = GPE  # "ISLAMABAD, Oct. 12 (Xinhua) --" tagged ORG: this mention is a place
                if fold(mention.name) in agencies:
                    mention.label = ORG  # "Xinhua reported", "told Anatolia" tagged a person or place: the agency
                mention.body_use = mention.name.isupper() and acts_as_body(ent)
                mention.headline = any(a <= ent.start_char < b for a, b in headlines)
                mention.in_title = ent.start_char < title_end
                if " " not in mention.name:
                    owned[fold(mention.name)][owned_name(doc, ent)] += 1
                    weekdays[fold(mention.name)].append(weekday_after(ent))
                mentions.append(mention)
    mentions = trusted(mentions, common_acronyms(a.text for a in articles), use)
    vote_labels(mentions, other_votes, facility_votes, things)
    glued = {k for k, names in owned.items() if _glued(names)}
    mentions = [m for m in mentions if not (m.label == "PERSON" and fold(m.name) in glued)]  # "Martha['s Vineyard]"
    days = day_words(weekdays)  # "Super [Tuesday]": a named day's word, no entity
    mentions = [m for m in mentions if not (fold(m.name) in days and not _kept_before_day(m))]
    for m in mentions:
        if m.label == "PERSON" and m.span is not None and not (m.headline or m.in_title):  # clipped words
            m.descriptors = descriptors_of(m.span)
    people = [m for m in mentions if m.label == "PERSON" and m.key not in NAME_SUFFIXES]  # not "Jr." alone
    texts = [a.text for a in articles]
    # "Tom Youk" is "Thomas Youk"; "Harold 'Devin' Lima"; "JFK Jr." is "John F. Kennedy Jr."
    # "Kim Jong Un" is "Kim Jong-un" (one name, two house styles)
    renamed = spacing_keys(people) | variant_keys(people, texts) | nickname_keys(texts) | initials_keys(people)
    apart = father_and_son(people, texts)  # "George Bush" and "George W. Bush" beside "the elder Bush"
    clusters = named_after_people(cluster_people(people, lower_words, renamed, apart))
    shared = shared_surnames(clusters)
    for cluster in clusters:
        cluster.extend(untagged_mentions(cluster, articles, tagged, len(mentions), shared))
    others = [m for m in mentions if m.label not in {"PERSON", "OTHER"}]
    person_words = {w for c in clusters for m in c for w in m.key.split()}
    party_of_person(others, person_words)
    clusters += cluster_others(without_bare_heads(others, lower_words), person_words, lower_words)
    order = {a.id: i for i, a in enumerate(articles)}
    bodies = frozenset(fold(m.key) for m in mentions if m.label not in {"PERSON", "OTHER"} and " " in m.key)
    shown = [(_entity(c, order), c) for c in clusters if c and person_evidenced(c, bodies)]
    listed = [(e, c) for e, c in shown if backed(e, c)]
    name_words = full_name_words([n for e, _ in listed if e.label == "PERSON" for n in (e.name, *e.aliases)])
    return [(e if type_settled(e, c, name_words) else replace(e, typed=False), c) for e, c in listed], lower_words


# Output ------------------------------------------------------------------------------------------------


def _kept_before_day(mention: Mention) -> bool:
    """Whether a name the story writes only before one weekday is still a name: in capitals ("told MSNBC Monday"),
    a person ("Obama Tuesday signed"), a known place ("in Miami Tuesday"); "Super" of "Super Tuesday" is none."""
    return mention.name.isupper() or mention.label == "PERSON" or known_place(mention.name)


def owned_name(doc: Doc, ent: Span) -> str | None:
    """The capitalised name right after a mention's possessive ("vineyard" of "Martha's Vineyard"), else ``None``.
    A one-word "person" the story only ever writes before the same one ("Martha's Vineyard" tagged PERSON and
    FAC, 17 times) is the first word of a place's or body's name, not a person."""
    # The tagger's span may hold the "'s" or the whole name ("Martha's Vineyard" tagged ORG).
    first = next((t.i for t in ent if t.tag_ == "POS"), ent.end)
    after = doc[first : first + 2]
    if len(after) == 2 and after[0].tag_ == "POS" and after[1].text[:1].isupper() and after[1].pos_ == "PROPN":
        return after[1].lower_
    return None


#: A one-word name is the first word of a longer name when at least this share of its mentions own the same name.
GLUED_SHARE = 0.8


def _glued(names: Counter[str | None]) -> bool:
    """Whether a one-word name's mentions (counted by the name each owns, :func:`owned_name`) are mostly the
    opening of one longer name, and never of another ("Martha" of "Martha's Vineyard", 12 of 14)."""
    owned = [n for n in names if n is not None]
    return len(owned) == 1 and names[owned[0]] >= 2 and names[owned[0]] >= GLUED_SHARE * sum(names.values())


def _lead_debris(name: str, names: Counter[str]) -> bool:
    """Whether a person's name is another of their names of two words or more with words in front that are no
    given name ("Rapper DJ Khaled", "Tar Heel Michael Jordan"; not "Arthur John Gielgud" beside "John Gielgud")."""
    words = name.split()
    for cut in range(1, len(words) - 1):
        if " ".join(words[cut:]) in names:
            return not any(first_name_gender(w) is not None for w in words[:cut])
    return False


def _entity(cluster: list[Mention], order: dict[str, int]) -> Entity:
    """Fold a cluster into an :class:`Entity`: display name, label, aliases, descriptors, counts."""
    labels = Counter(m.label for m in cluster)
    label = "ORG" if any(m.forced for m in cluster) else labels.most_common(1)[0][0]
    if label != "PERSON" and any(m.name.split()[-1].lower() in ORG_SUFFIXES | SECTOR_WORDS for m in cluster):
        label = "ORG"  # "Wayne State University", "Bain Capital" are bodies, whatever "Wayne State" was tagged
    surfaces = Counter(m.surface for m in cluster)
    aliases: dict[str, str] = {}
    for surface, _ in surfaces.most_common():
        folded = surface.lower()
        if folded not in aliases or aliases[folded].isupper():
            aliases[folded] = surface
    # Prefer a form not in capitals ("JOHN SMITH" in a headline); when every form is, take them all.
    names = Counter(m.name for m in cluster if not m.name.isupper() or len(m.name) <= 5)
    names = names or Counter(m.name for m in cluster)
    if label == "PERSON":  # the fullest name; of two, the one whose surname the story uses most ("Nicole Kissane",
        # not the one-off "Nicole Kissaneare" of "Kissaneare accused", a word run into the next)
        last = Counter(m.name.split()[-1] for m in cluster)
        plain = Counter({n: k for n, k in names.items() if not _lead_debris(n, names)}) or names
        name = max(plain, key=lambda n: (len(n.split()), last[n.split()[-1]], plain[n], n))
    else:
        name = max(names, key=lambda n: (len(n), names[n], n))
    descriptors: dict[tuple[str, str], tuple[str, str]] = {}
    for m in cluster:
        for d in m.descriptors:
            descriptors.setdefault((m.article_id, d.lower()), (m.article_id, d))
    if label == "PERSON" and describes_a_group([d for _, d in descriptors.values()]):
        label = "ORG"  # "Mobb Deep, the legendary NY rap duo": a band, whatever the tagger said
    if label == "PERSON":  # "his wife" of "Mr. Kennedy": another person's description. The sex is read from titles
        # only: the given-name dictionary is wrong too often for this ("Juli" male)
        gender = gender_of("", {m.title for m in cluster if m.title})
        descriptors = {k: v for k, v in descriptors.items() if not of_other_sex(v[1], gender)}
    per_article = Counter(m.article_id for m in cluster)
    return Entity(
        name=name,
        label=label,
        aliases=tuple(aliases.values()),
        descriptors=tuple(descriptors.values()),
        mentions=tuple(sorted(per_article.items(), key=lambda kv: order.get(kv[0], len(order)))),
    )
