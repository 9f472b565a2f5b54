"""Whether two words are one name spelt two ways: the ``name`` kind of a conflict (issue 12).

Two reports that write "Oliveras" and "Olivares" give two versions of one name; "Democrats" / "Democratic" (a
derived word), "Mexico" / "Mexicans" (a place and its people) and "Gaddafi" / "Gadhafi" (one name romanised two
ways, which editors do not call a disagreement) do not. Split from :mod:`.slots`, which finds the values; this
module only compares two spellings.
"""

from __future__ import annotations

import difflib
import re

from newsbrief.text.lexicon import AFTER_PARTICLE, PARTICLES
from newsbrief.text.tokens import stem, without_possessive

#: Two names are one name spelt two ways at or above this similarity (difflib ratio): Oliveras/Olivares 0.75,
#: Petersen/Peterson 0.88; Jackson/Johnson (0.57) are two names.
NAME_SIMILARITY = 0.75
#: Endings that make another word of a name, not another spelling: "Democrats" / "Democratic", "Iraq" / "Iraqis".
_SUFFIXES = frozenset({"", *"s es 's ic ics ian ians an ans n ns i is ism ist ists ese ish a er ers".split()})


def spelt_alike(x: str, y: str) -> bool:
    """Two different words that are one name spelt two ways ("Oliveras" / "Olivares"), not a plural or a
    derived word ("Democrats" / "Democratic")."""
    if x == y or x[0] != y[0]:
        return False
    x, y = _spelling(x), _spelling(y)
    if x == y or x.startswith(y) or y.startswith(x):  # "Portland" / "Portland-area", "Jong" / "Jong-un"
        return False  # "Co-ordination" / "Coordination", "Theatre" / "Theater", "Deep's" / "Deep’s"
    n = _shared_prefix(x, y)
    if {x[n:], y[n:]} <= _SUFFIXES or stem(x) == stem(y) or transliterated(x, y) or _demonym(x[n:], y[n:]):
        return False
    return difflib.SequenceMatcher(None, x, y).ratio() >= NAME_SIMILARITY


#: Name particles, with the articles that follow them ("de la"), as :mod:`~newsbrief.text.lexicon` lists them.
_PARTICLES = PARTICLES | AFTER_PARTICLE


def split_in_two(word: str, words: str) -> bool:
    """Whether a name written as one word with a capital inside is the same name written as two
    ("PublicAffairs" / "Public Affairs", "MacDonald" / "Mac Donald"): its owner spells it one way, so the other
    is a second spelling, as a letter left out is. A compound closed up without the capital ("Hongkong" / "Hong
    Kong", "Northwest" / "North West", "Airlift" / "Air Lift") is a paper's house style, not a disagreement, and
    so is a name particle joined or set apart ("LaGuardia" / "La Guardia": the AP's airport and the New York
    Times')."""
    first, _, second = words.partition(" ")
    return bool(second) and word == first + second and first.lower() not in _PARTICLES


def _demonym(rest_x: str, rest_y: str) -> bool:
    """Whether two words differ by a final vowel dropped before an ending: "Francisco" / "Franciscans",
    "Mexico" / "Mexicans", "Morocco" / "Moroccans" (a place and its people, not a spelling)."""
    short, long = sorted((rest_x, rest_y), key=len)
    return len(short) == 1 and short in "aeiou" and long in _SUFFIXES and bool(long)


_ROMANISED = (("ph", "f"), ("q", "k"), ("ou", "u"), ("y", "i"), ("d", "t"), ("b", "p"), ("g", "k"))
#: An "h" after these consonants marks aspiration or nothing in a romanised name ("Kanharith" / "Kanaridh",
#: "Gadhafi" / "Gaddafi", "Khmer"); not after c, s or p, where it makes another sound ("ch", "sh", "ph").
_SILENT_H = re.compile(r"(?<=[bdgklmnrt])h")
_VOWELS = re.compile(r"[aeiou]+")


def transliterated(x: str, y: str) -> bool:
    """Whether two spellings are one name romanised two ways, which editors do not call a disagreement
    (labelled "compatible" in the conflicts sets): alike once "ph"/"f", "q"/"k", "ou"/"u", "y"/"i", an "h"
    after another consonant than c, s or p (:data:`_SILENT_H`), a voiced consonant and its voiceless one (d/t,
    b/p, g/k: Khmer, Thai and Chinese romanisations differ by them, "Kanaridh" / "Kanharith") and doubled
    letters are read alike, but for one vowel ("Abdullah" / "Abdallah", "Gaddafi" / "Gadhafi", "Farouq" /
    "Farouk", "Shatilla" / "Shatila", "Porubiy" / "Parubiy"). A letter left out, added or moved is a
    misspelling ("Dikembe" / "Dikemebe", "Jerusalem" / "Jersualem", "Malcolm" / "Malcom"), and so are two vowels
    swapped ("Oliveras" / "Olivares")."""

    def romanised(word: str) -> str:
        word = _SILENT_H.sub("", word.lower())
        for a, b in _ROMANISED:
            word = word.replace(a, b)
        return re.sub(r"(.)\1+", r"\1", word)

    rx, ry = romanised(x), romanised(y)
    if _VOWELS.sub("V", rx) != _VOWELS.sub("V", ry):
        return False
    return sum(a != b for a, b in zip(_VOWELS.findall(rx), _VOWELS.findall(ry), strict=True)) <= 1


_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})


def _spelling(word: str) -> str:
    """A word without case, hyphens, a possessive, and with British endings read as American ones; a typographic
    apostrophe is the typewriter's ("We’re" / "We're", "O’Neill" / "O'Neill": the page's typography, not the name's).
    """
    word = without_possessive(word.lower().translate(_APOSTROPHES)).replace("-", "")
    for british, american in (("tre", "ter"), ("our", "or"), ("ise", "ize"), ("yse", "yze"), ("ence", "ense")):
        if word.endswith(british):
            return word[: -len(british)] + american
    return word


def _shared_prefix(x: str, y: str) -> int:
    n = 0
    while n < min(len(x), len(y)) and x[n] == y[n]:
        n += 1
    return n
