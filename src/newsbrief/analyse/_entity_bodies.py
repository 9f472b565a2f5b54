"""Step 4 of :mod:`newsbrief.analyse.entities` (its docstring, item 4): organisations and places merged by name.

A party named after its leader is the party; then names are merged by key, "X Party" with "X", a plural with its
singular, an acronym with its commonest expansion, and a name with the one longer name that adds only an
organisation's word. People are merged apart (:mod:`newsbrief.analyse._entity_people`): their evidence differs.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from newsbrief.analyse._entity_bounds import ACADEMIC
from newsbrief.analyse._entity_mention import Mention
from newsbrief.analyse._entity_rules import PARTIES, acronym
from newsbrief.analyse.name_evidence import fold, known_place
from newsbrief.text.lexicon import ORG_SUFFIXES, ORG_WORDS, SECTOR_WORDS


def party_of_person(mentions: list[Mention], person_words: set[str]) -> None:
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


def cluster_others(
    mentions: list[Mention],
    person_words: frozenset[str] | set[str] = frozenset(),
    lower_words: frozenset[str] | set[str] = frozenset(),
) -> list[list[Mention]]:
    """Merge organisations and places by key, "X Party" = "X", a plural with its singular ("Oscars" =
    "Oscar", "Democrats" = "Democrat"; only names of six letters or more, since short ones are too often two
    names: "Time" and "Times"), acronyms, spellings with and without dots or accents ("Mount St. Helens"), and a
    name with the one longer name of the story that adds only an organisation's word ("Stanford" = "Stanford
    University", "Ways and Means" = "Ways and Means Committee"). An abbreviation with dots is the one without
    ("U.N." = "UN"), and a body's name of two words or more is the one longer body's name of the story that ends in
    it ("Virtue Party" = "Islamic Virtue Party", "Security Council" = "UN Security Council"; not when two longer
    names end in it: the "Chicago" and the "New York Police Department"), unless the words it adds are an owner's
    or a person's (``person_words``: the "Clinton Justice Department", "California's Information Sciences
    Institute" are the body under someone, not its name), or end in "of" before a body's whole name (the "Council
    of the European Union" is a part of the European Union, :func:`_part_of`). A body's clipped name ("Fed") is the
    one longer body's name of the story whose first word it opens, when that word is an ordinary one
    (``lower_words``, the story's words in lower case: "federal"), the clip is short (:data:`CLIP_MAX` letters) and
    written as a word, not in capitals (an initialism: "U.N." is not the "Union Buildings"): "Fed" = "Federal
    Reserve"."""
    for m in mentions:
        m.key = _undotted(fold(m.key))
    keys = dict.fromkeys(m.key for m in mentions)  # in the order of the mentions: one alias can decide another's
    names_by_acronym: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        if a := acronym(m.name):
            names_by_acronym[a][m.key] += 1
    bodies = {m.key for m in mentions if m.label == "ORG"}
    fixed = {m.key for m in mentions if m.forced}  # a party's canonical key ("labour") joins no longer name
    alias: dict[str, str] = {}
    for key in keys:
        base = key.removesuffix(" party")
        ending = [k for k in bodies if k.endswith(" " + key)] if " " in key and key in bodies - fixed else []
        ending = [k for k in ending if not _owned(k[: -len(key)].split(), person_words)] if len(ending) == 1 else []
        ending = [k for k in ending if not _part_of(k[: -len(key)].split(), key)]
        if len(ending) == 1 and ending[0] not in fixed:
            alias[key] = ending[0]
        elif base != key and base in keys:
            alias[key] = base
        elif len(key) >= 6 and key.endswith("s") and key[:-1] in keys:
            alias[key] = key[:-1]
        elif " " not in key and names_by_acronym.get(key):
            # "CAPA" = the spelling of "College Athletes Players Association/Assn." seen most
            alias[key] = names_by_acronym[key].most_common(1)[0][0]
    first: dict[tuple[str, str], int] = {}  # (key, article) -> the order of its first mention there
    for m in mentions:
        first.setdefault((m.key, m.article_id), m.order)
    for key in [k for k in keys if k not in alias]:
        fuller = _fuller_name(key, bodies - fixed, person_words) if key in bodies - fixed else None
        if fuller is not None and _named_first(fuller, key, first):
            alias[key] = fuller  # "Truth Commission" = "Truth and Reconciliation Commission"
    # A clip is written as a word ("Fed"); in capitals it is an initialism ("U.N.", "UN" do not clip "Union").
    worded = {m.key for m in mentions if not m.name.isupper()}
    for key in [k for k in keys if k not in alias]:
        if key in bodies & worded and " " not in key and len(key) <= CLIP_MAX:
            clipped = [k for k in bodies if " " in k and _clips(key, k.split()[0], lower_words) and k not in fixed]
            # "Federal Reserve Board" opens with "Federal Reserve": the shorter name is the one the clip stands for
            clipped = [k for k in clipped if not any(k.startswith(c + " ") for c in clipped)]
            if len(clipped) == 1:
                alias[key] = clipped[0]
    # A place joins only a university named after it ("Stanford"; not a known place's name of two words or more,
    # which a report shortens no university to); "Kiruna" the town is not "Kiruna Church"; a
    # body joins the company its name opens ("Tesla" of "Tesla Motors", "Bain" of "Bain Capital"), but by a sector's
    # word only where each report names the company first, as a report shortens a name it has given: "Sony" named
    # before "Sony Pictures" is the parent, the other its arm.
    for key in [k for k in keys if k not in alias]:
        if key not in bodies and " " in key and known_place(key):
            continue  # "living in New York" is the city, never short for "New York University" (which is "NYU")
        suffixes = ORG_SUFFIXES | SECTOR_WORDS if key in bodies else ACADEMIC
        longer = [k for k in keys if k.startswith(key + " ") and k[len(key) + 1 :] in suffixes]
        longer = [k for k in longer if not k.endswith(" party") and alias.get(k, k) != key]
        sector = len(longer) == 1 and longer[0][len(key) + 1 :] in SECTOR_WORDS - ORG_SUFFIXES
        if sector and not _named_first(longer[0], key, first):
            continue
        if len(longer) == 1:
            alias[key] = alias.get(longer[0], longer[0])
    clusters: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        clusters[_final(alias, m.key)].append(m)
    return list(clusters.values())


def _fuller_name(key: str, bodies: set[str], person_words: frozenset[str] | set[str]) -> str | None:
    """The one longer body's name of the story that a short name of two words or more leaves words out of, with the
    same first word and the same body's word at the end ("Truth Commission" of the "Truth and Reconciliation
    Commission", "Black Belt Foundation" of the "Black Belt Community Foundation"). Not when the first word is
    itself a body's word ("House Committee" may be any of the House's committees), when two longer names fit, or
    when the words added are a person's (the "Clinton Justice Department")."""
    words = key.split()
    if len(words) < 2 or words[-1] not in ORG_SUFFIXES | ORG_WORDS or words[0] in ORG_SUFFIXES | ORG_WORDS:
        return None
    fits = [
        k
        for k in bodies
        if len(k.split()) > len(words)
        and k.split()[0] == words[0]
        and k.split()[-1] == words[-1]
        and _subsequence(words, k.split())
        and not _owned([w for w in k.split() if w not in words], person_words)
    ]
    return fits[0] if len(fits) == 1 else None


def _named_first(full: str, short: str, first: dict[tuple[str, str], int]) -> bool:
    """Whether every article that names both bodies names the full one first, as a report shortens a name it has
    given in full; the "Palestinian Authority" named before the "Palestinian Civil Aviation Authority" is
    another body."""
    articles = {a for k, a in first if k == short} & {a for k, a in first if k == full}
    return all(first[(full, a)] < first[(short, a)] for a in articles)


def _subsequence(short: list[str], long: list[str]) -> bool:
    """Whether ``short``'s words appear in ``long`` in the same order (others may come between)."""
    rest = iter(long)
    return all(w in rest for w in short)


#: A body's clipped name has at most this many letters ("Fed", "Met"; not "Intel" of "Intelligence Committee").
CLIP_MAX = 3


def _clips(short: str, word: str, lower_words: frozenset[str] | set[str]) -> bool:
    """Whether ``short`` is a clipped form of ``word`` (both folded), an ordinary word of the story ("fed" of
    "federal"): it opens the word, which is three letters longer or more."""
    return word.startswith(short) and len(word) >= len(short) + 3 and word in lower_words


def _part_of(added: list[str], key: str) -> bool:
    """Whether the words a longer name puts in front of a body's name make it a part of that body: they end in "of"
    (or "of the") and the name they govern is a body's whole name, ending in a body's word ("Council of the
    [European Union]", "Board of Trustees of the [University of Iowa]"). "Department of [Homeland Security]" is still
    that department: "Homeland Security" ends in no body's word and is the department's short name."""
    added = added[:-1] if added[-1:] == ["the"] else added
    return added[-1:] == ["of"] and key.split()[-1] in ORG_SUFFIXES | ORG_WORDS


def _owned(words: list[str], person_words: frozenset[str] | set[str]) -> bool:
    """Whether the words in front of a body's name say whose it is: a possessive or a person's name."""
    return any(w.endswith(("'s", "’s")) or w in person_words for w in words)


def _undotted(key: str) -> str:
    """A folded abbreviation written with dots as one word ("u n" of "U.N." -> "un"); other keys unchanged."""
    words = key.split()
    return "".join(words) if len(words) > 1 and all(len(w) == 1 for w in words) else key


def _final(alias: dict[str, str], key: str) -> str:
    """Where a chain of aliases ends ("virtue party" -> "islamic virtue party" -> ...), stopping at a loop."""
    seen = {key}
    while (key := alias.get(key, key)) not in seen:
        seen.add(key)
    return key
