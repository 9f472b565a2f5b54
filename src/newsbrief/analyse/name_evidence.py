"""Evidence about a name that the statistical tagger does not weigh: first names, gender, headlines, spelling.

The small spaCy model labels each mention on its own; these helpers let the entity stage weigh evidence
across a story's mentions instead (the cross-document evidence of Bagga & Baldwin 1998; the gender and
number agreement of Lee et al. 2013's coreference sieves):

* **first names and gender**: the first-name dictionary of ``gender-guesser`` (Jörg Michael's ``nam_dict``,
  about 40,000 given names of many countries with their usual gender). A name that opens with a known given
  name is evidence of a person; its gender, or a title's ("Mrs", "Sir"), keeps two people of one surname
  apart ("Mrs Wilson" is not Gary Wilson);
* **headlines**: a line in title case ("Devin Lima Dead at 41 After Cancer Battle") is a headline, where the
  tagger glues headline words to names; names seen only there are not trusted;
* **known places**: the countries, US states, continents and cities of 15,000 people or more of GeoNames
  (``data/places.txt``, made by ``benchmarks/make_places.py``): a name tagged as a place that is one of these
  is backed as a place without more evidence;
* **spelling**: accents folded ("Bélanger" = "Belanger") and near-identical surnames of at least
  :data:`FUZZY_MIN_LENGTH` letters matched by Jaro-Winkler similarity (``rapidfuzz``; "Yanukovich" =
  "Yanukovych", "Tolkein" = "Tolkien").

Public (session 16; it was the entity stage's private ``_entity_evidence``): the quotes' speakers, the event rules
and the summary's names and antecedents weigh the same evidence.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from newsbrief.package_data import read_text

if TYPE_CHECKING:
    from gender_guesser.detector import Detector

#: Honorifics and titles that tell a person's gender.
TITLE_GENDER: dict[str, str] = {
    **dict.fromkeys(("mr", "sir", "lord", "king", "prince", "baron", "duke", "father", "brother"), "male"),
    **dict.fromkeys(
        ("mrs", "ms", "miss", "lady", "dame", "queen", "princess", "baroness", "duchess", "sister", "madam"), "female"
    ),
}
#: Surnames shorter than this are matched only exactly (short names differ in one letter too often: Li/Lu).
FUZZY_MIN_LENGTH = 6
#: Jaro-Winkler similarity at or above which two long surnames are one spelling ("Yanukovich"/"Yanukovych"
#: 0.96; "Johnson"/"Johnston" 0.97 is why the first names must agree as well, see :func:`same_surname`).
FUZZY_SIMILARITY = 0.93
#: Share of a line's longer words that are capitalised above which the line is a headline.
HEADLINE_SHARE = 0.8

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


@cache
def _detector() -> Detector:
    import gender_guesser.detector as gender

    return gender.Detector(case_sensitive=False)


#: The gender a courtesy title gives the name after it ("Mrs. Kohl" is a woman): one table for the quote speakers'
#: pronoun agreement (quote_names) and the summary's named He/She (summarize/antecedents).
HONORIFIC_GENDER = {"mr": "m", "sir": "m", "lord": "m", "mrs": "f", "ms": "f", "miss": "f", "dame": "f", "lady": "f"}


def first_name_gender(word: str) -> str | None:
    """``"male"``, ``"female"`` or ``"either"`` for a known given name; ``None`` for any other word.

    Only names the dictionary gives as (mostly) one gender or as either ("andy") count: a word it does not
    know ("Twitter", "Keurig", "Musician") is no evidence of a person.
    """
    if not word[:1].isupper() or len(word) < 2 or not word.replace("-", "").isalpha():
        return None
    guess = _detector().get_gender(word)
    if guess in {"male", "mostly_male"}:
        return "male"
    if guess in {"female", "mostly_female"}:
        return "female"
    return "either" if guess == "andy" else None


def one_gender_outright(word: str) -> bool:
    """The dictionary gives the given name as one gender outright, not "mostly" one: the summary's named He/She
    (summarize/antecedents) asks this stricter test on top of :func:`first_name_gender`."""
    return _detector().get_gender(word) in ("male", "female")


#: nam_dict rates how common a given name is in each country on a scale of 1 ("only a few") to 13 (hex "D"). A
#: given name rated this or lower in every country it is listed for ("El", "Har", "Anlong", "Hobart", "Golan",
#: "Sabra", "Cleveland") is as likely the first word of a place's or body's name ("El Portal", "Har Homa", "Anlong
#: Veng", "Golan Heights", "Cleveland Indians") as a person's, and tells nothing alone.
RARE_GIVEN_NAME = 2


def common_given_name(word: str) -> bool:
    """Whether ``word`` is a known given name (:func:`first_name_gender`) that is more than rare in some country
    (:data:`RARE_GIVEN_NAME`): evidence of a person on its own. "Edward", "Fan", "Mathew" are; "El", "Har" are not."""
    if first_name_gender(word) is None:
        return False
    ratings = _detector().names.get(word.lower(), {}).values()
    return max((int(c, 16) for row in ratings for c in row if c.strip()), default=0) > RARE_GIVEN_NAME


@cache
def _places() -> frozenset[str]:
    text = read_text("places.txt")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def known_place(name: str) -> bool:
    """Whether ``name`` is a known place name (a country, US state, continent or city; see the module docstring)."""
    return fold(name) in _places()


def gender_of(first_word: str, titles: set[str]) -> str | None:
    """A person's gender from the titles seen before their name, else from their first name; ``None`` if
    unknown or if the evidence disagrees."""
    by_title = {TITLE_GENDER[t] for t in titles if t in TITLE_GENDER}
    if len(by_title) == 1:
        return by_title.pop()
    if by_title:
        return None
    guess = first_name_gender(first_word)
    return guess if guess in {"male", "female"} else None


def compatible(a: str | None, b: str | None) -> bool:
    """Whether two gender readings may be one person (unknown is compatible with anything)."""
    return a is None or b is None or a == b


#: Apostrophes of typography read as the plain one: right and left single quotes, the modifier letter, the prime.
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "′": "'"})


@lru_cache(maxsize=8192)  # the same few hundred names of a story are folded at every step of the stage
def fold(text: str) -> str:
    """Lower case without accents or dots, one apostrophe: "Bélanger" -> "belanger", "Mount St. Helens" -> "mount st
    helens", "Mark O’Mara" -> "mark o'mara" (one source's typography curls it, another's does not)."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.replace(".", " ").lower().split())


def same_surname(a: str, b: str) -> bool:
    """Whether two surnames are one spelling: equal once folded, or both long and near-identical."""
    fa, fb = fold(a), fold(b)
    if fa == fb or fa.rstrip("s") == fb.rstrip("s"):  # "Paula Blade's" read as "Blade"
        return True
    if min(len(fa), len(fb)) < FUZZY_MIN_LENGTH or fa[0] != fb[0]:
        return False
    from rapidfuzz.distance import JaroWinkler

    return JaroWinkler.similarity(fa, fb) >= FUZZY_SIMILARITY


#: A first line of at most this many words, standing alone as a paragraph, is the article's title.
TITLE_LINE_WORDS = 20


def title_line_end(text: str) -> int:
    """Where the article's title line ends, or 0 if it has none: its first line when that line is a paragraph of
    its own of at most :data:`TITLE_LINE_WORDS` words. A title in sentence case ("Rand Paul takes on Donald Trump,
    'loser' supporters") is no title-case line (:func:`headline_spans`) but is as clipped: its fragments are no
    sentence a description can be read from."""
    first, sep, rest = text.partition("\n")
    if not sep or not rest.startswith("\n") or len(first.split()) > TITLE_LINE_WORDS:
        return 0
    return len(first)


def headline_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of the lines of ``text`` written in title case (headlines, not sentences).

    A line is a headline when it has at least two words of four letters or more, at least
    :data:`HEADLINE_SHARE` of them capitalised, and no more than 20 words.
    """
    spans = []
    start = 0
    for line in text.split("\n"):
        words = _WORD.findall(line)
        long_words = [w for w in words if len(w) >= 4]
        if len(long_words) >= 2 and len(words) <= 20:
            caps = sum(w[0].isupper() for w in long_words)
            if caps >= HEADLINE_SHARE * len(long_words) and not line.rstrip().endswith((".", '."', ".”")):
                spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans
