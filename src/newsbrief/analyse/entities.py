"""People, organisations and places of a story, merged across sources, with how each source describes them.

Method: spaCy's statistical NER (``en_core_web_sm``; Honnibal & Montani, spaCy 3) followed by
rule-based clean-up and cross-document coreference by name matching, the classic "surname/alias"
heuristics of cross-document person resolution (Bagga & Baldwin 1998, "Entity-based cross-document
coreferencing using the vector space model"; the alias rules of Stanford's deterministic coreference
sieve, Lee et al. 2013):

1. **Mentions**: ``PERSON``, ``ORG``, ``GPE``, ``LOC`` entities, and ``NORP`` where it names a party. Each
   mention is trimmed: a paragraph break ends it; leading "the", quotes and trailing possessive "'s"
   go; a person loses honorifics (Mr, Ms, Dr, Sir, Lord ...), leading role or party words ("Tory Nick
   Boles" -> Nick Boles, and "Tory" becomes a descriptor), an owner before a possessive ("Lightspeed's
   Jeremy Liew") and a word before a given name that is none ("Musician Brad Fischetti"). Page furniture
   never makes a name: credits and widgets with "/" ("Arnd Wiegmann/File Photo"), link labels ("[PDF]"),
   names seen only in title-case headline lines ("Colin Kroll Dead"), terms defined in lower case ("the
   suprachiasmatic nucleus (SCN)"), ordinary words ("Choice"), the first word of a title ("Interior
   Minister"), and a stray word before a name of the story ("AP American Airlines" -> American Airlines). A
   transcript's speaker label in capitals ("MARTIN: That's Opal Lee.") is a person, whatever it was tagged
   (where names begin and end: :mod:`newsbrief.analyse._entity_bounds`).
2. **Types from evidence across mentions** (:mod:`newsbrief.analyse._entity_story`,
   :mod:`newsbrief.analyse._entity_context`, :mod:`newsbrief.analyse._entity_evidence`,
   :mod:`newsbrief.analyse._entity_rules`): a party name is an ``ORG``; a name in quotation marks or opening a
   quoted title, after "a"/"an", ending in an illness word, abbreviating such a name ("(RMSF)"), or tagged more
   often as a work/product/event/law is a thing and is not listed; a name that opens with a given name of known
   gender (``gender-guesser``'s dictionary) and holds no organisation or place word and is no known place is a
   person ("Lester Holt" tagged ``ORG``; "Wayne State", "Des Moines" are not). Each name then takes the label
   its evidence backs: the tagger's label on every mention, and the class the words around a mention give it
   (a cue: "the satirical newspaper Charlie Hebdo", "Midway airport", "quarterback Kain Colter", "the film
   Axanar", "Michael Kors shares") weighing three labels (:mod:`newsbrief.analyse._entity_types`: "Corbyn"
   tagged ``ORG`` once and ``PERSON`` 17 times is a person; "Midway" tagged ``ORG`` is a place, ``FAC``); a
   lone word that is the
   surname, or the only given name, of a person of the story is that person. A "person" with no person's mark
   anywhere (no title, description, person's noun, known given name, or surname used alone: "Twitter",
   "Keurig") is left out, and so is an organisation or place whose type only the tagger vouches for, thinly
   or split ways (:func:`newsbrief.analyse._entity_types.backed`). An abbreviation in capitals that the story
   does not expand is listed only where it is used as a body ("NPR reported", "according to AP", "CIA director",
   "WSJ's Sumathi Reddy"), not where it is a term ("SCN neurons", "a short ISI", "RIP.").
3. **People are merged** by name (:mod:`newsbrief.analyse._entity_people`): full names by surname, with
   accents, dots and near-identical spellings folded ("Bélanger", "Tolkein"/"Tolkien") and short given names
   ("Steve"/"Steven"); a lone surname or "Mr/Mrs <surname>" joins the full name it ends, of a compatible
   gender (titles, then given names: "Mrs Wilson" is not Gary Wilson), and of several such people to the one
   named in full three times as often as any other, else to none; a lone first name joins the one full
   name it opens unless another person shares it or it follows a kinship word ("his son Tom"). A word that is
   one person's surname and another's given name ("Burke" beside Stan Burke and Burke Ramsey) goes to the one
   named in full three times as often, else to none; a surname's plural ("the O'Haras") is the family, no one
   person; a nickname written between the names ("Harold 'Devin' Lima") makes "Harold Lima" and "Devin Lima"
   one person. The tagger's labels are counted across spellings of a name ("JonBenét"/"JonBenet Ramsey"). A lone name
   that matches nobody stays only when it carries an honorific or is tagged ``PERSON`` at least
   ``LONE_NAME_MIN`` times (twice for a given name of known gender: "Josh") and never appears in lower case;
   a lone name that is part of the name of several people ("Taylor" beside Taylor Swift and Taylor Lautner)
   is not listed. A "person" whose name goes on past another person's full name ("Thomas Kinkade Signature
   Galleries") is a business or work named after them and is not listed, and so is one that is only the opening
   words of a longer name of a body or place ("Sandy Hook" beside "Sandy Hook Elementary School"). Once a
   person's full name is known, its untagged occurrences (not inside a longer name: "Church of [Jesus
   Christ]") and "Mr/Ms <surname>" forms are counted too (the exact-match sieve of Lee et al. 2013), unless
   two people of the story share the surname.
4. **Organisations and places are merged** by normalised name, well-known synonyms (Tory =
   Conservative Party, Lib Dems = Liberal Democrats, UK = Britain), "X Party" = "X", acronyms by their
   commonest expansion ("CAPA" = College Athletes Players Association), a name with the one longer name
   that adds an organisation's word ("Stanford" = Stanford University), and a party named after its leader
   ("Corbyn Labour") is the party. A one-word name that is an ordinary noun of the story and the last word of two
   or more of its longer names ("Church" beside the "LDS Church" and the "Catholic Church") is short for one of
   them, and is not listed; nor is a name after "of" that ends a longer name the tagger cut ("Bank of [America]").
   A name with digits ("MH370", "Keurig 2.0") is not listed. A body or place
   the tagger cut from a longer name ("[Norfolk] District Attorney's Office") is not a mention of it, nor is a
   campus after "University of <Name>," ("the University of California, Irvine"). Credits are no mentions: a
   name that is all a parenthesis holds in a dateline or at the end of a line ("CHICAGO (AP) —"), a photo
   credit, a contributor or copyright line (:func:`newsbrief.analyse._entity_story.in_credit`).
5. **Descriptors** come from the dependency parse (:mod:`newsbrief.analyse._entity_descriptors`):
   appositives ("Mike Gapes, a former chairman of ..."), the noun a name is in apposition to
   ("Labour's deputy leader Tom Watson") and premodifier chains ("Ilford South MP Mike Gapes"),
   stored per source as ``(article_id, descriptor)``, without duplicates; only phrases headed by a noun that
   names a person ("a former chairman", "her husband", "a tech executive"; not "the Book of Abraham"), never
   from a headline line, never with a cut initial ("its president W.") or in capitals, never cut inside a
   modifier two nouns share ("a child and adolescent psychology researcher", not "a child"); clause openers
   ("which ..."), web debris ("pic.twitter.com/...", "KORS.N") and one-word names or caption words ("Oculus",
   "Photo") are not descriptions, nor are a speaker's words in the first person ("my friend") or a phrase that
   runs on past another person into a second description ("his predecessor Park Geun-hye and Japanese PM"). A
   name most of whose descriptions name a group ("the legendary NY rap duo Mobb Deep") is an ``ORG``.

Measured on the entity labels (tests/data/entity_names.jsonl; ``benchmarks/entities.py``, BENCHMARKS.md
"Entities"). Entities are sorted by total mentions, most first.
"""

from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsbrief.analyse._entity_bounds import (
    ACADEMIC,
    PERSON_TITLES,
    campus,
    cut_before,
    mixed_case,
    of_longer_name,
    speaker_label,
)
from newsbrief.analyse._entity_context import FAC, THING, acts_as_body, context_class
from newsbrief.analyse._entity_descriptors import describes_a_group, descriptors_of
from newsbrief.analyse._entity_evidence import (
    first_name_gender,
    fold,
    headline_spans,
    known_place,
)
from newsbrief.analyse._entity_mention import Mention
from newsbrief.analyse._entity_people import (
    cluster_people,
    named_after_people,
    nickname_keys,
    shared_surnames,
    untagged_mentions,
)
from newsbrief.analyse._entity_rules import (
    COMPASS,
    EXIT_WORD,
    HONORIFICS,
    KIN_WORDS,
    LEAD_DEBRIS,
    NOT_PERSON_WORDS,
    ORG_SUFFIXES,
    PARTIES,
    PLACE_CLASS,
    PLACES,
    ROLE_WORDS,
    STOP_EDGE,
    acronym,
    is_title_only,
)
from newsbrief.analyse._entity_story import (
    OTHER_LABELS,
    WordUse,
    common_acronyms,
    credit_marks,
    defined_acronym,
    in_credit,
    known_tail,
    thing_votes,
    without_bare_heads,
)
from newsbrief.analyse._entity_types import (
    CUE_WEIGHT,
    backed,
    name_key,
    person_evidenced,
    vote_labels,
)
from newsbrief.model import Article, Entity

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

logger = logging.getLogger(__name__)

_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP"})
_SPACE = re.compile(r"\s+")


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
    tagged: dict[str, list[tuple[int, int]]] = {}
    other_votes: Counter[str] = Counter()
    facility_votes: Counter[str] = Counter()
    things: set[str] = set()
    for article, doc in zip(articles, docs, strict=True):
        if doc.text != article.text:
            raise ValueError(f"the doc of article {article.id!r} was not parsed from its cleaned text")
        lower_words.update(t.text for t in doc if t.is_lower)
        use.add(doc)
        tagged[article.id] = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in _LABELS]
        headlines = headline_spans(article.text)
        marks = credit_marks(article.text)
        for ent in doc.ents:
            if ent.label_ not in _LABELS and ent.label_ not in OTHER_LABELS and ent.label_ != FAC:
                continue
            if in_credit(ent, article.text, marks):  # "(AP)", "(Photo: AP)", "AP writers ... contributed to this."
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
            mention = _mention(ent, article.id, len(mentions))
            if mention is not None:
                mention.cue, mention.tagged, mention.ent = cue, ent.label_, ent
                mention.body_use = mention.name.isupper() and acts_as_body(ent)
                mention.headline = any(a <= ent.start_char < b for a, b in headlines)
                mentions.append(mention)
    mentions = _trusted(mentions, common_acronyms(a.text for a in articles), use)
    vote_labels(mentions, other_votes, facility_votes, things)
    for m in mentions:
        if m.label == "PERSON" and m.span is not None and not m.headline:  # headline words stick to names
            m.descriptors = descriptors_of(m.span)
    people = [m for m in mentions if m.label == "PERSON"]
    clusters = named_after_people(cluster_people(people, lower_words, nickname_keys([a.text for a in articles])))
    shared = shared_surnames(clusters)
    for cluster in clusters:
        cluster.extend(untagged_mentions(cluster, articles, tagged, len(mentions), shared))
    others = [m for m in mentions if m.label not in {"PERSON", "OTHER"}]
    _party_of_person(others, {w for c in clusters for m in c for w in m.key.split()})
    clusters += _cluster_others(without_bare_heads(others, lower_words))
    order = {a.id: i for i, a in enumerate(articles)}
    bodies = frozenset(fold(m.key) for m in mentions if m.label not in {"PERSON", "OTHER"} and " " in m.key)
    shown = [(_entity(c, order), c) for c in clusters if c and person_evidenced(c, bodies)]
    return [(e, c) for e, c in shown if backed(e, c)], lower_words


# 1-2. Mentions and general corrections ------------------------------------------------------------


def _mention(ent: Span, article_id: str, order: int) -> Mention | None:
    """Clean one NER entity into a mention, or ``None`` when it names nothing we keep."""
    doc = ent.doc
    toks = list(ent)
    cut = next((i for i, t in enumerate(toks) if "\n" in t.text), len(toks))
    toks = toks[:cut]  # an entity across a paragraph break is a tagging error; its first part is the name
    while toks and (toks[0].lower_ in STOP_EDGE or toks[0].is_punct):
        toks.pop(0)
    while toks and (toks[-1].lower_ in STOP_EDGE or toks[-1].is_punct):
        toks.pop()
    label = ent.label_
    if toks and of_longer_name(doc, toks[0].i):
        return None  # "Bank of [America]", "Church of [Jesus Christ] of Latter Day Saints": part of a longer name
    if toks and label in {"GPE", "LOC"} and campus(doc, toks[0].i):
        return None  # "the University of California, [Irvine]": the campus is part of the university's name
    titled = next((i for i, t in enumerate(toks[:-1]) if _is_title(t) and toks[i + 1].is_title), None)
    if label != "PERSON" and titled is not None:  # "Later Mr Boles" tagged ORG: a title makes a person
        toks, label = toks[titled:], "PERSON"
    # "MARTIN: That's Opal Lee.": a transcript's speaker; not a dateline's place ("LONDON: The minister said")
    if label not in {"PERSON", "GPE", "LOC"} and speaker_label(doc, toks):
        label = "PERSON"
    if label != "PERSON":
        # "pro-EU Liberal Party", "anti-Semitic party"; not a name's own word in mixed case ("dBpm Records", "eBay")
        while toks and not toks[0].text[:1].isupper() and not mixed_case(toks[0].text):
            toks = _drop_first_word(toks)
        if label in {"GPE", "LOC"} and len(toks) > 1 and toks[-1].is_lower and toks[-1].lower_ in PLACE_CLASS:
            toks = toks[:-1]  # "Busan city", "Yunnan province": a class noun in lower case, not part of the name
        if toks and label != "NORP" and toks[-1].i + 1 < len(doc):
            after = doc[toks[-1].i + 1]
            if after.is_title and after.lower_ in COMPASS:  # "[Ilford] South MP": the model cut the name
                toks.append(after)
                label = "GPE"
            elif cut_before(after):
                return None  # "[Norfolk] District Attorney's Office", "[Rocky Mountain] Spotted Tick Fever"
    if not toks or not any(t.text[:1].isupper() for t in toks):
        return None
    plural = toks[-1].tag_ in {"NNS", "NNPS"} and toks[-1].lower_ not in PARTIES
    given = len(toks) > 1 and first_name_gender(toks[0].text) is not None  # "Paula Blades" is no plural
    if label in {"PERSON", "GPE", "LOC"} and plural and not given:
        return None  # a plural ("Arab Marxists", "Trotskyites") names a group, not a person or place
    text = doc[toks[0].i : toks[-1].i + 1].text  # Span.text: doc.text would rebuild the whole text
    words = text.split()
    if is_title_only(words) or EXIT_WORD.match(text) or "--" in text:
        return None  # "--": a transcript's broken-off words ("Well--"), not a name
    party = _party(doc, toks[0].i, text)
    if party is not None:
        if party != PARTIES.get(text.lower()):  # the model cut the first word off: keep it in the alias
            text = doc[toks[0].i - 1 : toks[-1].i + 1].text
        return Mention(article_id, text, text, "ORG", party, order, forced=True)
    if label == "NORP":
        if words[-1].lower() != "party":
            return None  # nationalities and religions ("British", "Jews") are not parties
        label = "ORG"
    if label == "PERSON" or _looks_like_person(toks):
        return _person(doc, toks, article_id, order)
    if len(toks) == 1 and toks[-1].i + 1 < len(doc) and doc[toks[-1].i + 1].lower_ in ROLE_WORDS:
        return None  # "Interior [Minister]", "Justice [Secretary]": the first word of a title
    key = _SPACE.sub(" ", text.lower())
    return Mention(article_id, text, text, label, PLACES.get(key, key), order)


def _looks_like_person(toks: list[Token]) -> bool:
    """A two- or three-word name tagged as a body or place that opens with a given name of known gender
    ("Lester Holt", "Amanda Longacre" tagged ORG) and has no word of an organisation or place in it."""
    return (
        2 <= len(toks) <= 3
        and all(t.is_alpha and t.is_title for t in toks)
        and first_name_gender(toks[0].text) in {"male", "female"}
        and not any(t.lower_ in NOT_PERSON_WORDS for t in toks)
        and not known_place(" ".join(t.text for t in toks))  # "Des Moines", "Santa Clara"
    )


def _trusted(mentions: list[Mention], terms: set[str], use: WordUse) -> list[Mention]:
    """The mentions the story backs (see :mod:`newsbrief.analyse._entity_story`): not a name seen only in
    headlines ("Colin Kroll Dead"), not a term defined in lower case ("SCN"), not a one-word ordinary word
    ("Choice"); a body or place with a stray word in front becomes the story's shorter name."""
    keys = {m.key for m in mentions if not m.headline}
    kept = []
    for m in mentions:
        if m.forced:
            kept.append(m)
            continue
        if (m.headline and m.key not in keys) or m.name in terms:
            continue
        if m.label != "PERSON" and " " not in m.name and m.key not in PLACES and use.common(m.name):
            continue
        if m.label != "PERSON" and (tail := known_tail(m.name, keys, use)) is not None:
            m.name = m.surface = tail
            m.key = PLACES.get(tail.lower(), tail.lower())
        kept.append(m)
    return kept


def _is_honorific(tok: Token) -> bool:
    return tok.lower_.rstrip(".") in HONORIFICS


def _is_title(tok: Token) -> bool:
    return tok.lower_.rstrip(".") in PERSON_TITLES


def _drop_first_word(toks: list[Token]) -> list[Token]:
    """Drop the tokens of the first whitespace-separated word ("anti-Semitic" is three tokens)."""
    for i, tok in enumerate(toks):
        if tok.whitespace_:
            return toks[i + 1 :]
    return []


def _party(doc: Doc, first: int, text: str) -> str | None:
    """The canonical party key of a name, also when the model cut its first word off ("Liberal" Democrat)."""
    key = _SPACE.sub(" ", text.lower())
    if first > 0 and doc[first - 1].is_title and not doc[first - 1].ent_type_:
        joined = f"{doc[first - 1].lower_} {key}"
        if joined in PARTIES:
            return PARTIES[joined]
    return PARTIES.get(key)


def _person(doc: Doc, toks: list[Token], article_id: str, order: int) -> Mention | None:
    """Trim a PERSON entity to the name itself; a constituency ("Nottingham East") becomes a place."""
    honorific = False
    title = ""
    while toks and _is_honorific(toks[0]):
        title = toks[0].lower_.rstrip(".")
        toks.pop(0)
        honorific = True
    while len(toks) > 1 and toks[0].text.isupper() and toks[0].lower_.replace(".", "") in LEAD_DEBRIS:
        toks.pop(0)  # "RIP Prodigy", "VIA Jane Doe": words in capitals before a name are not the name
    possessive = next((i for i, t in enumerate(toks) if t.tag_ == "POS" or t.lower_ in {"'s", "’s"}), None)
    if possessive is not None and possessive + 1 < len(toks):  # "Lightspeed's Jeremy Liew": the owner goes
        toks = toks[possessive + 1 :]
    # "Musician Brad Fischetti", "Saint Will Smith": a word before a given name that is none itself.
    while len(toks) > 2 and first_name_gender(toks[0].text) is None and first_name_gender(toks[1].text):
        toks.pop(0)
    # "Tory Nick Boles", "Labour MP Jo Bloggs": role and party words in front are descriptors.
    while len(toks) > 1 and (
        toks[0].lower_ in ROLE_WORDS or toks[0].lower_ in PARTIES or not toks[0].text[:1].isupper()
    ):
        toks.pop(0)
    while len(toks) > 1 and toks[-1].lower_ in PARTIES:  # "Corbyn Labour (government)"
        toks.pop()
    if not toks or toks[0].lower_ in PARTIES or is_title_only([t.text for t in toks]):
        return None
    if len(toks) == 1:
        toks = _with_first_name(doc, toks)
    start, end = toks[0].i, toks[-1].i + 1
    name = doc[start:end].text
    if len(toks) > 1 and toks[-1].lower_ in COMPASS:
        return Mention(article_id, name, name, "GPE", name.lower(), order)
    if not honorific and len(toks) > 1 and any(t.lower_ in NOT_PERSON_WORDS for t in toks[1:]):
        label = "ORG" if any(t.lower_ in ORG_SUFFIXES for t in toks[1:]) else "GPE"  # "Wayne State", "Sandy Hook"
        return Mention(article_id, name, name, label, name.lower(), order)
    if start > 0 and doc[start - 1].lower_.rstrip(".") in HONORIFICS:
        honorific, title = True, doc[start - 1].lower_.rstrip(".")
    surface = f"{doc[start - 1].text} {name}" if honorific and start > 0 else name
    kin = any(t.lower_ in KIN_WORDS for t in doc[max(0, start - 3) : start])
    return Mention(
        article_id, name, surface, "PERSON", fold(name), order, honorific, span=doc[start:end], title=title, kin=kin
    )


def _with_first_name(doc: Doc, toks: list[Token]) -> list[Token]:
    """Extend a lone surname by the first name the model left out ("Mayor Sadiq [Khan]")."""
    prev = doc[toks[0].i - 1] if toks[0].i > 0 else None
    if (
        prev is not None
        and prev.pos_ == "PROPN"
        and prev.is_title
        and prev.is_alpha
        and prev.dep_ == "compound"
        and prev.head.i == toks[0].i
        and not prev.ent_type_
        and prev.lower_ not in HONORIFICS
        and prev.lower_ not in ROLE_WORDS
        and prev.lower_ not in PARTIES
    ):
        return [prev, *toks]
    return toks


# 4. Organisations and places -----------------------------------------------------------------------


def _party_of_person(mentions: list[Mention], person_words: set[str]) -> None:
    """ "Corbyn Labour", "Blair's Labour": a party named after its leader is a mention of the party."""
    for m in mentions:
        if m.forced:
            continue
        words = m.key.replace("'s ", " ").replace("’s ", " ").split()
        for cut in range(1, len(words)):
            rest = " ".join(words[cut:])
            if rest in PARTIES and all(w in person_words for w in words[:cut]):
                m.key, m.label, m.forced = PARTIES[rest], "ORG", True
                m.name = m.surface = " ".join(m.name.split()[cut:])
                break


def _cluster_others(mentions: list[Mention]) -> list[list[Mention]]:
    """Merge organisations and places by key, "X Party" = "X", a plural with its singular ("Oscars" =
    "Oscar", "Democrats" = "Democrat"; only names of six letters or more, since short ones are too often two
    names: "Time" and "Times"), acronyms, spellings with and without dots or accents ("Mount St. Helens"), and a
    name with the one longer name of the story that adds only an organisation's word ("Stanford" = "Stanford
    University", "Ways and Means" = "Ways and Means Committee")."""
    for m in mentions:
        m.key = fold(m.key)
    keys = {m.key for m in mentions}
    names_by_acronym: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        if a := acronym(m.name):
            names_by_acronym[a][m.key] += 1
    alias: dict[str, str] = {}
    for key in keys:
        base = key.removesuffix(" party")
        if base != key and base in keys:
            alias[key] = base
        elif len(key) >= 6 and key.endswith("s") and key[:-1] in keys:
            alias[key] = key[:-1]
        elif " " not in key and names_by_acronym.get(key):
            # "CAPA" = the spelling of "College Athletes Players Association/Assn." seen most
            alias[key] = names_by_acronym[key].most_common(1)[0][0]
    # A place joins only a university named after it ("Stanford"); "Kiruna" the town is not "Kiruna Church".
    bodies = {m.key for m in mentions if m.label == "ORG"}
    for key in keys - set(alias):
        suffixes = ORG_SUFFIXES if key in bodies else ACADEMIC
        longer = [k for k in keys if k.startswith(key + " ") and k[len(key) + 1 :] in suffixes]
        longer = [k for k in longer if not k.endswith(" party") and alias.get(k, k) != key]
        if len(longer) == 1:
            alias[key] = alias.get(longer[0], longer[0])
    clusters: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        clusters[alias.get(m.key, m.key)].append(m)
    return list(clusters.values())


# Output ------------------------------------------------------------------------------------------------


def _entity(cluster: list[Mention], order: dict[str, int]) -> Entity:
    """Fold a cluster into an :class:`Entity`: display name, label, aliases, descriptors, counts."""
    labels = Counter(m.label for m in cluster)
    label = "ORG" if any(m.forced for m in cluster) else labels.most_common(1)[0][0]
    if label != "PERSON" and any(m.name.split()[-1].lower() in ORG_SUFFIXES for m in cluster):
        label = "ORG"  # "Wayne State University" is a body, whatever "Wayne State" was tagged
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
        name = max(names, key=lambda n: (len(n.split()), last[n.split()[-1]], names[n], n))
    else:
        name = max(names, key=lambda n: (len(n), names[n], n))
    descriptors: dict[tuple[str, str], tuple[str, str]] = {}
    for m in cluster:
        for d in m.descriptors:
            descriptors.setdefault((m.article_id, d.lower()), (m.article_id, d))
    if label == "PERSON" and describes_a_group([d for _, d in descriptors.values()]):
        label = "ORG"  # "Mobb Deep, the legendary NY rap duo": a band, whatever the tagger said
    per_article = Counter(m.article_id for m in cluster)
    return Entity(
        name=name,
        label=label,
        aliases=tuple(aliases.values()),
        descriptors=tuple(descriptors.values()),
        mentions=tuple(sorted(per_article.items(), key=lambda kv: order.get(kv[0], len(order)))),
    )
