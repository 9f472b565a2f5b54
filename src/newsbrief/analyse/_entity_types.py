"""Which type a name's evidence across the story backs, and whether it is backed enough to list.

The second step of :mod:`newsbrief.analyse.entities` (its docstring, item 2): the tagger's label on every mention
and the class the words around a mention give it (:mod:`newsbrief.analyse._entity_context`) vote for a name's
type; a name with as many votes or more for a work, product, illness or event is not listed; and an entity whose
type only the tagger vouches for, thinly or split ways, is left out rather than shown with a type that may be wrong (a
brief that says less and is right beats one that says more).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from newsbrief.analyse._entity_context import FAC
from newsbrief.analyse._entity_mention import Mention
from newsbrief.analyse._entity_rules import COMPASS, PARTIES, PLACES
from newsbrief.analyse.name_evidence import common_given_name, first_name_gender, fold, known_place
from newsbrief.model import Entity
from newsbrief.text.lexicon import NOT_PERSON_WORDS, ORG_SUFFIXES, ORG_WORDS, SECTOR_WORDS

#: A cue of the words around a mention ("the airport", "the show") weighs this many of the tagger's labels.
CUE_WEIGHT = 3
_SPACE = re.compile(r"\s+")


def name_key(text: str) -> str:
    """The lower-case key of a name as the tagger gave it (for votes across its mentions)."""
    text = _SPACE.sub(" ", text.strip().lower())
    return text[4:] if text.startswith("the ") else text


def vote_labels(
    mentions: list[Mention], other_votes: Counter[str], facility_votes: Counter[str], things: set[str]
) -> None:
    """Give every name the label its evidence across the story backs: the tagger's label on each mention (one
    vote each; ``facility_votes``: mentions tagged as a building or site) and the class the words around a
    mention give it (:func:`newsbrief.analyse._entity_context.context_class`, :data:`CUE_WEIGHT` votes each:
    "Midway airport" tagged ORG is a place, "quarterback Kain Colter" tagged ORG a person, "the satirical
    newspaper Charlie Hebdo" tagged PERSON a body). Party names keep ORG; a name with as many votes or more for a
    work, product, illness or event as for anything we list ("her new album, Red" once, tagged ORG three times),
    or that abbreviates such a name ("Rocky Mountain Spotted Fever (RMSF)", ``things``), is dropped (labelled
    OTHER)."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    cues: dict[str, Counter[str]] = defaultdict(Counter)
    places: dict[str, Counter[str]] = defaultdict(Counter)  # GPE/LOC against FAC, for a name read as a place
    for m in mentions:
        if m.forced:
            continue
        # One name however spelt: "JonBenét Ramsey" tagged ORG and "JonBenet Ramsey" tagged PERSON vote together.
        key = fold(m.key)
        votes[key][label_group(m.label)] += 1
        if m.cue is not None:
            cues[key][label_group(m.cue)] += 1
        for label, weight in ((m.label, 1), (m.cue, CUE_WEIGHT)):
            if label in {"GPE", "LOC", FAC}:
                places[key][label] += weight
    # in the order of the mentions: a name under two keys gives its facility votes to the first (a set's order
    # is salted per process by PYTHONHASHSEED)
    for key, name in dict.fromkeys((fold(m.key), name_key(m.name)) for m in mentions if not m.forced):
        if facility_votes[name]:
            votes[key]["PLACE"] += facility_votes[name]
            places[key][FAC] += facility_votes[name]
            facility_votes[name] = 0  # counted once per name
    for m in mentions:
        key = name_key(m.name)
        folded = fold(m.key)
        if not m.forced and (
            key in things or other_votes[key] >= sum(votes[folded].values()) + CUE_WEIGHT * sum(cues[folded].values())
        ):
            m.label = "OTHER"
    for m in mentions:
        if m.forced or m.label == "OTHER":
            continue
        folded = fold(m.key)
        combined = votes[folded] + Counter({k: CUE_WEIGHT * n for k, n in cues[folded].items()})
        if len(combined) < 2:
            continue
        # On a tie, a non-person reading wins: a lone capitalised word is more often a place or body.
        best = max(combined.items(), key=lambda kv: (kv[1], kv[0] != "PERSON"))[0]
        if best == "PLACE":
            if places[folded]:
                m.label = max(places[folded].items(), key=lambda kv: (kv[1], kv[0] == m.label))[0]
            elif label_group(m.label) != "PLACE":
                m.label = "GPE"
        elif label_group(m.label) != best:
            m.label = best
            if m.label == "PERSON":
                m.span, m.key = None, folded  # not parsed as a name; counted, but no descriptors read from it
    _surnames_of_bodies(mentions)
    # A lone word that is the surname of a full name in the story is that person ("Pinochet" tagged
    # GPE beside "Augusto Pinochet"), however the model labelled it.
    full = {fold(m.key) for m in mentions if m.label == "PERSON" and " " in m.key}
    # "JonBenét Ramsey" tagged ORG in a story of Patsy, John and Burke Ramsey: a two-word name that ends in the
    # surname of two or more people of the story, with no body's or place's word and no cue, is one of the family.
    family = Counter(k.split()[-1] for k in full)
    for m in mentions:
        words = fold(m.key).split()
        if (
            m.label == "ORG"
            and not m.forced
            and m.cue is None
            and len(words) == 2
            and family[words[1]] >= 2
            and not set(words) & (NOT_PERSON_WORDS | ORG_SUFFIXES | ORG_WORDS | SECTOR_WORDS)
            and fold(m.key) not in PLACES
        ):  # the family is the person's mark (:func:`person_evidenced` reads it as a person's cue)
            m.label, m.span, m.key, m.cue = "PERSON", None, fold(m.key), "PERSON"
            full.add(m.key)
    surnames = {k.split()[-1] for k in full}
    firsts = Counter(k.split()[0] for k in full)
    # "France" tagged GPE 13 times beside "France Info" tagged PERSON once: a known place named as a place more often
    # than the one full name it opens is the place, not that person's given name (a surname that is a town's name,
    # "Inkster", "Macon", "Henderson" tagged GPE, stays the person's: surnames are towns' names far more often).
    named = Counter(fold(m.key) for m in mentions if m.label == "PERSON" and " " in m.key)
    opening = Counter({w: sum(n for k, n in named.items() if k.split()[0] == w) for w in firsts})
    as_place = Counter(fold(m.key) for m in mentions if label_group(m.label) == "PLACE" and known_place(m.name))
    for m in mentions:
        key = fold(m.key)
        if m.label == "PERSON" or m.forced or " " in key or key in PLACES:
            continue
        if key not in surnames and as_place[key] > opening[key]:
            continue
        # "Collin" tagged GPE beside "Collin Rose": the one person of the story with that given name; also a given
        # name the dictionary does not know, tagged a body with no cue ("JonBenét" tagged ORG beside JonBenét Ramsey).
        if key in surnames or (firsts[key] == 1 and (first_name_gender(m.name) is not None or _unknown_given(m))):
            m.label, m.span, m.key = "PERSON", None, key


def _surnames_of_bodies(mentions: list[Mention]) -> None:
    """A given name and a body's or place's word tagged a person ("Margaret Court", "Tony Hall": read as a body or
    place from the word, like "Wayne State") is the person when the story also names that word alone as a person
    ("Court said", "Hall said"): "State" or "Hook" alone is nobody's name."""
    lone = {m.key for m in mentions if m.label == "PERSON" and not m.forced and " " not in m.key}
    for m in mentions:
        words = m.name.split()
        if (
            m.tagged == "PERSON"
            and m.label in {"ORG", "GPE"}
            and not m.forced
            and len(words) == 2
            and first_name_gender(words[0]) in {"male", "female"}
            and fold(words[1]) in lone
        ):
            m.label, m.span, m.key = "PERSON", None, fold(m.name)


def _unknown_given(m: Mention) -> bool:
    """Whether a one-word name tagged a body may be the given name of a person of the story: no words around it
    say it is a body or place, and it is no known place."""
    return m.label == "ORG" and m.cue is None and not m.body_use and not known_place(m.name)


def label_group(label: str) -> str:
    return "PLACE" if label in {"GPE", "LOC", FAC} else label


def person_evidenced(cluster: list[Mention], bodies: frozenset[str] = frozenset()) -> bool:
    """Whether a cluster the tagger calls a person shows a person's marks anywhere: a title, a description, a
    person's noun around it ("quarterback Kain Colter"), a known given name, or a full name that the story
    shortens to its surname. "Twitter", "Keurig" and "Evil Dead" tagged PERSON show none and are left out (the
    tagger's commonest false person). Without a title, description or person's noun, a name that is only the
    opening words of the story's longer name of a body or place (``bodies``: their folded keys of two words or
    more) is short for it ("Sandy Hook" beside "Sandy Hook Elementary School"), whatever its given name, and
    is left out too: its type is not known."""
    if Counter(m.label for m in cluster).most_common(1)[0][0] != "PERSON":
        return True
    if any(m.honorific or m.descriptors or m.cue == "PERSON" for m in cluster):
        return True
    if bodies and all(_opens_a_body(fold(key), bodies) for key in {m.key for m in cluster}):
        return False
    names = {m.name for m in cluster}
    surnames = {n.split()[-1] for n in names if " " in n}
    # A lone word that is a known place, which the tagger also read as a place, is no given name's evidence
    # ("Austin" of "AUSTIN, Texas (AP)"; not "MARTIN:" of a transcript, never tagged a place).
    placed = {fold(m.name) for m in cluster if label_group(m.tagged) == "PLACE"}
    given = [n for n in names if " " in n or fold(n) not in placed or not known_place(n)]
    if any(" " not in n and n in surnames for n in names):
        return True
    firsts = [n.split()[0] for n in given]
    if any(common_given_name(w) for w in firsts):
        return True
    # A rare given name ("El" of "El Portal", "Har" of "Har Homa", "Anlong" of "Anlong Veng", "Hobart") is evidence
    # unless the story also uses the name as a place's or body's: after "in"/"at"/"near" ..., or tagged so.
    rare = any(first_name_gender(w) is not None for w in firsts)
    return rare and (any(_speaks(m) for m in cluster) or not _placed(cluster))


#: Words before a place's name ("in Har Homa", "near Anlong Veng", "the Sydney-Hobart race": "-"). Not words as
#: common before a person: "a petition to Kofi Annan", "a reply from Shinzo Abe", "voters turned to Jair Bolsonaro"
#: ("Kofi", "Shinzo", "Jair" are rated rare too; with "to" and "from" here those three were left out).
PLACE_BEFORE = frozenset({"in", "at", "near", "into", "outside", "-"})


def _placed(cluster: list[Mention]) -> bool:
    """Whether a "person"'s name is used as a place's or a body's as well: tagged otherwise once or more, or
    written after a place's preposition in half its mentions or more ("in El Portal", "the Sydney-Hobart race"). A
    one-word name alone is not enough: "Reagan", "Hillary" are rated rare too."""
    spans = [m.ent for m in cluster if m.ent is not None]
    before = [s.doc[s.start - 1].lower_ for s in spans if s.start > 0]
    return any(label_group(m.tagged) in {"ORG", "PLACE"} for m in cluster) or sum(
        b in PLACE_BEFORE for b in before
    ) * 2 >= max(1, len(spans))


#: Verbs of speech whose subject is a person (or a body speaking for itself; never a place).
SPEECH_VERBS = frozenset({"say", "tell", "add", "ask", "answer", "reply", "explain", "insist", "recall", "testify"})


def _speaks(m: Mention) -> bool:
    """Whether a mention is the subject of a verb of speech ("Ieng Sary said", "Hun Sen told reporters")."""
    return subject_of(m, SPEECH_VERBS)


def subject_of(m: Mention, verbs: frozenset[str]) -> bool:
    """Whether a mention is the subject of one of ``verbs`` (lemmas, lower case)."""
    if m.ent is None:
        return False
    root = m.ent.root
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in verbs


def _opens_a_body(key: str, bodies: frozenset[str]) -> bool:
    return any(b.startswith(key + " ") and b.rsplit(" ", 1)[-1] in NOT_PERSON_WORDS for b in bodies)


#: An organisation or place the tagger alone vouches for is listed when named this often, or in two sources.
BACKED_MENTIONS = 3
#: ... unless its mentions' own labels are this split: the most common one on fewer than this share of them.
SPLIT_SHARE = 0.6


def abbreviation_only(names: tuple[str, ...]) -> bool:
    """Whether every form of a name is an abbreviation in capitals ("NPR", "SCN") that is no known place ("US")."""
    return all(
        n.isupper() and n.isalpha() and len(n) <= 6 and n.lower() not in PLACES and not known_place(n) for n in names
    )


def used_as_body(entity: Entity, cluster: list[Mention]) -> bool:
    """Whether the story uses an abbreviation as an organisation (``Mention.body_use``: "NPR reported", "CIA
    director", "according to AP") rather than as a term ("SCN neurons", "a short ISI", "early VR applications")."""
    return any(m.body_use for m in cluster)


def named_as(group: str, names: tuple[str, ...]) -> bool:
    """Whether a body's or place's names themselves say it is one (``group`` "PLACE": a known place, a place's or
    compass word: "Chicago", "Flagler County", "North Africa"; else a body's word or suffix or an acronym:
    "Harvard Medical School", "AP"). One rule for listing a row (:func:`backed`) and for showing its type
    (``_entity_settled.type_settled``)."""
    words = {w for n in names for w in n.lower().replace(".", "").split()}
    if group == "PLACE":
        return any(known_place(n) or n.lower() in PLACES for n in names) or bool(words & (NOT_PERSON_WORDS | COMPASS))
    return bool(words & (ORG_SUFFIXES | ORG_WORDS)) or any(n.isupper() and n.isalpha() for n in names)


def backed(entity: Entity, cluster: list[Mention]) -> bool:
    """Whether the story backs an entity's type enough to list it (a brief that says less and is right beats
    one that says more). Never a name with digits (a model, flight or formula: "Keurig 2.0", "MH370"). A person
    is backed by :func:`person_evidenced`; a party always. An organisation or place is backed by what its name says
    (a party, an organisation's or place's word: "Harvard Medical School", "Flagler County"; an acronym for a
    body: "AP"; a known place: "Chicago"), by a cue of the words around it ("the airport"; and never when the
    words around it say something else and nothing agrees: "the village of Koyukuk" tagged ORG), or by the tagger
    when it names it :data:`BACKED_MENTIONS` times or in two sources and labels most of its mentions alike
    (:data:`SPLIT_SHARE`). "Modern Family" tagged ORG twice in one
    report, "Emmys" or "Homeland" tagged a place, are not listed: the tagger's commonest wrong bodies and places
    are works, events and products named once or twice."""
    if any(c.isdigit() for c in entity.name):
        return False
    if entity.label == "PERSON":
        return True
    names = (entity.name, *entity.aliases)
    if any(n.lower() in PARTIES for n in names):
        return True
    group = label_group(entity.label)
    cues = {label_group(m.cue) for m in cluster if m.cue is not None}
    if group in cues:
        return True
    if abbreviation_only(names):
        return used_as_body(entity, cluster)
    if cues:  # "the village of Koyukuk" tagged ORG four times: the words around it say otherwise
        return False
    if named_as(group, names):
        return True
    tagged = Counter(label_group(m.tagged) for m in cluster if m.tagged)
    if tagged and tagged.most_common(1)[0][1] < SPLIT_SHARE * sum(tagged.values()):
        return False  # "Klingons" tagged ORG 12 times, PERSON 8, GPE 3: the tagger does not know what it is
    return sum(n for _, n in entity.mentions) >= BACKED_MENTIONS or len(entity.mentions) >= 2
