"""Given names written two ways: "Tom Youk" and "Thomas Youk", "Bill Clinton" and "William Jefferson Clinton".

The pairs (:func:`~.same_person.variant_given`, one table for the entities and the quotes) come from the
``nicknames`` package (Apache-2.0; a hand-curated CSV of English given names and their nicknames, 2,691 pairs,
read from the installed package, nothing downloaded). A pair whose two names our own
dictionary gives opposite genders ("Aaron"/"Erin", "Alexandra"/"Alex") is no variant: 259 of the pairs. Short
forms that open the longer name ("Steve"/"Steven") are :func:`~.same_person.given_agree`'s already.

:func:`variant_keys` joins two people of a story only when all of this holds (else they stay apart: a brief that
says less and is right): one surname, spelt the same; the first given names a variant pair and the other given
names of the shorter form among the longer's, in order; genders (titles, given names) that may agree; one
candidate only; and nothing in the story saying they are two: a sentence giving the surname to both given names
("Tom and Thomas Youk"), a "Jr."/"Sr." after the surname, "elder"/"younger" in a sentence that names it, or
a relative named by either given name ("his brother, William").
:func:`variant_given` is public for the quotes' speakers too.

:func:`initials_keys` joins a name written as its initials in capitals ("JFK", "JFK Jr.") to the one person of
the story whose full name they spell ("John F. Kennedy", "John F. Kennedy Jr."; the suffix must be the same: "JFK"
is the father, "JFK Jr." the son).

:func:`spacing_keys` joins two full names that differ only in where a hyphen or a space falls between their parts
("Kim Jong-un", "Kim Jong Un"; "Jean-Claude Juncker", "Jean Claude Juncker"): one person's name as two house
styles write it, the letters all the same.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from newsbrief.analyse._entity_mention import Mention
from newsbrief.analyse.name_evidence import compatible, fold, gender_of
from newsbrief.analyse.same_person import NAME_SUFFIXES, same_person, variant_given


def variant_names(a: str, b: str) -> bool:
    """Whether two full names (folded, two words or more) may be one person by a given-name variant: one surname,
    the first given names a variant pair, the shorter form's other given names among the longer's in order."""
    wa, wb = a.split(), b.split()
    if len(wa) < 2 or len(wb) < 2 or wa[-1] != wb[-1] or not variant_given(wa[0], wb[0]):
        return False
    # "bill clinton" is read as "william clinton", then the one rule of given names in order decides
    return same_person(" ".join([wb[0], *wa[1:]]), b)


_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
#: Kin named right before a given name: that person is a relative, likely of the same surname (not a spouse:
#: "her ex-husband James McDougal" is "Jim McDougal").
_KIN = "brother|sister|son|daughter|father|mother|cousin|nephew|niece|uncle|aunt|twin|grandson|grandfather"


def _kept_apart(a: str, b: str, texts: Sequence[str]) -> bool:
    """Whether the story says the two names are two people: a sentence that gives the surname to both given names
    ("Tom Youk and Thomas Youk", "Tom and Thomas Youk"; not "James McDougal and Jim Guy Tucker"), a "Jr."/"Sr."
    after the surname, "elder"/"younger" in a sentence that names the surname, or a relative named by either
    given name ("his brother, William")."""
    surname = re.escape(a.split()[-1])
    marker = re.compile(rf"\b{surname},?\s+(?:jr|sr)\b|\b(?:elder|younger)\b", re.IGNORECASE)
    ga, gb = (re.escape(n.split()[0]) for n in (a, b))

    def named(given: str, other: str) -> re.Pattern[str]:
        # the given name, up to two middle words, the surname; or the given name in a pair before the other's
        return re.compile(rf"\b{given}(?:\s+[\w'-]+){{0,2}}?\s+{surname}\b|\b{given}\s*(?:,|and|or|&)\s*{other}\b")

    pattern_a, pattern_b = named(ga, gb), named(gb, ga)
    relative = re.compile(rf"\b(?:{_KIN})s?,?\s+(?:{ga}|{gb})\b")  # "his brother, William"
    for text in texts:
        for sentence in _SENTENCE.split(text):
            folded = fold(sentence)
            if relative.search(folded):
                return True
            if not re.search(rf"\b{surname}\b", folded):
                continue
            if marker.search(folded) or (pattern_a.search(folded) and pattern_b.search(folded)):
                return True
    return False


def _marks(given: str, surname: str, texts: Sequence[str]) -> list[str]:
    """The story's marks of two people of one name (both folded), as written (folded): "elder george bush",
    "george bush the elder", "john f kennedy jr" (up to two words between the names)."""
    g, n = re.escape(given), re.escape(surname)
    name = rf"\b{g}(?:\s+[\w'-]+){{0,2}}?\s+{n}\b"
    marker = re.compile(rf"\b(?:elder|younger)\s+{name}|{name},?\s+(?:jr|sr)\b|{name}\s+the\s+(?:elder|younger)\b")
    return [m.group() for text in texts for m in marker.finditer(fold(text))]


def two_of_the_name(given: str, surname: str, texts: Sequence[str]) -> bool:
    """Whether the story marks two people of one given name and surname (both folded): "the elder George Bush",
    "George Bush the Elder", "John F. Kennedy Jr.", "George H. W. Bush Sr." (up to two words between the names).
    Not "son of John Smith": the son may have another given name, and John Smith be John P. Smith."""
    return bool(_marks(given, surname, texts))


def son_by_suffix(given: str, surname: str, texts: Sequence[str]) -> bool:
    """Whether every mark of two people of the name (:func:`two_of_the_name`) is the bare name with "Jr."
    ("Donald Trump Jr."): the son is then written with his suffix, and a form without it, with a middle initial or
    without ("Donald J. Trump", "Donald Trump"), is the father. Not "John F. Kennedy Jr." (the son is written with
    the longer form's given names), "George Bush Sr.", "the elder George Bush" (the bare name may be either)."""
    marks = _marks(given, surname, texts)
    return bool(marks) and _all_bare_junior(given, surname, marks)


def _all_bare_junior(given: str, surname: str, marks: list[str]) -> bool:
    """Whether every mark is the bare name with "Jr." (:func:`son_by_suffix`, from marks already read)."""
    bare_junior = re.compile(rf"{re.escape(given)}\s+{re.escape(surname)},?\s+jr")
    return all(bare_junior.fullmatch(m) for m in marks)


def father_and_son(mentions: Sequence[Mention], texts: Sequence[str]) -> set[frozenset[str]]:
    """Pairs of full-name keys that :func:`~.same_person.same_person` would join where the longer adds given names
    ("george bush" / "george w bush") in a story that marks two people of the name (:func:`two_of_the_name`):
    father and son of one name, kept apart (the shorter form is the elder's as often as the younger's); not where
    the son is only ever written as the bare name with "Jr." (:func:`son_by_suffix`)."""
    full = sorted({m.key for m in mentions if " " in m.key})
    apart: set[frozenset[str]] = set()
    kept_apart: dict[tuple[str, str], bool] = {}  # per (given name, surname): the story's marks, read once
    for a in full:
        for b in full:
            wa, wb = a.split(), b.split()
            if len(wa) < len(wb) and wa[0] == wb[0] and wa[-1] not in NAME_SUFFIXES and same_person(a, b):
                name = (wa[0], wa[-1])
                if name not in kept_apart:
                    # two_of_the_name and not son_by_suffix, from one reading of the marks
                    marks = _marks(*name, texts)
                    kept_apart[name] = bool(marks) and not _all_bare_junior(*name, marks)
                if kept_apart[name]:
                    apart.add(frozenset((a, b)))
    return apart


def variant_keys(mentions: Sequence[Mention], texts: Sequence[str]) -> dict[str, str]:
    """Person keys written with a variant given name -> the key of the same person's other form in the story
    ("tom youk" -> "thomas youk"; the less often named form goes to the other), for :func:`cluster_people`."""
    counts = Counter(m.key for m in mentions)
    titles: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.title:
            titles[m.key].add(m.title)
    full = sorted(k for k in counts if " " in k)
    gender = {k: gender_of(k.split()[0].capitalize(), titles[k]) for k in full}
    found: dict[str, str] = {}
    for key in full:
        others = [o for o in full if variant_names(key, o) and compatible(gender[key], gender[o])]
        if len(others) != 1:
            continue  # none, or several people it may be
        other = others[0]
        if (len(key.split()), counts[key], key) > (len(other.split()), counts[other], other):
            continue  # the other form gives way to this one
        if not _kept_apart(key, other, texts):
            found[key] = other
    return found


#: Initials of a person in capitals have this many letters ("JFK", "LBJ", "RFK", "MLK"; not two: "AP", "UN").
_INITIALS = range(3, 5)


def _suffix_split(key: str) -> tuple[list[str], str]:
    """A folded name's words without a suffix, and the suffix ("" if none): "john f kennedy jr" -> ([...], "jr")."""
    words = key.split()
    return (words[:-1], words[-1]) if len(words) > 1 and words[-1] in NAME_SUFFIXES else (words, "")


def initials_keys(mentions: Sequence[Mention]) -> dict[str, str]:
    """Person keys written as initials in capitals -> the key of the one full name of the story they spell, with
    the same suffix ("jfk jr" -> "john f kennedy jr", "jfk" -> "john f kennedy"), for :func:`cluster_people`. Two
    full names spelling them ("John F. Kennedy" and "James F. Kennedy") give nothing."""
    spelt: dict[tuple[str, str], set[str]] = defaultdict(set)
    for m in mentions:
        words, suffix = _suffix_split(m.key)
        if len(words) >= min(_INITIALS) and not m.name.split()[0].isupper():
            spelt["".join(w[0] for w in words), suffix].add(m.key)
    found: dict[str, str] = {}
    for m in mentions:
        words, suffix = _suffix_split(m.key)
        first = m.name.split()[0].replace(".", "")
        if len(words) != 1 or not first.isupper() or not first.isalpha() or len(first) not in _INITIALS:
            continue
        options = spelt.get((words[0], suffix), set()) - {m.key}
        if len(options) == 1:
            found[m.key] = options.pop()
    return found


def _letters(key: str) -> str:
    """A folded name's letters and digits alone: without the spaces, hyphens, dots and apostrophes between its parts
    ("kim jong-un": "kimjongun"; "j.r. smith" is "jr smith")."""
    return "".join(c for c in fold(key) if c.isalnum())


def spacing_keys(mentions: Sequence[Mention]) -> dict[str, str]:
    """Person keys of two words or more that differ from another only in a hyphen or a space between name parts ->
    the form the story writes most ("kim jong un" -> "kim jong-un" where that is the commoner), for
    :func:`cluster_people`. Surnames alone keep their own rules (a lone "Kim" is not joined here)."""
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        if " " in m.key:
            forms[_letters(m.key)][m.key] += 1
    found: dict[str, str] = {}
    for keys in forms.values():
        if len(keys) > 1:
            top = max(keys, key=lambda k: (keys[k], "-" in k, k))
            found.update({k: top for k in keys if k != top})
    return found
