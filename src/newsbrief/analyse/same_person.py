"""The one "same person?" rule: whether two full names that share a surname name one person (issue 11).

Both paths that group people by name ask it: the quotes (:mod:`newsbrief.analyse.quote_speakers`, through
:func:`people_of`: "Andrea Smith" and her father "Richard Smith" are two speakers, a bare "Smith" names neither
for sure) and the entities (:func:`newsbrief.analyse._entity_people.cluster_people`: "Steve Hansen" and "Steven
Hansen" are one entry of the brief, "Mrs Wilson" is not Gary Wilson). One rule, so that a quote's speaker and the
brief's list of people never disagree about who is who.

Two full names are one person when their surnames are one spelling (:func:`~.name_evidence.same_surname`: folded,
or long and near-identical: "Yanukovich"/"Yanukovych"), their genders may agree (as the caller knows them from
titles or given names; unknown agrees with anything), and the given names of the shorter name appear in order among
the longer one's, each agreeing with its partner: the same word, an initial of it ("J. Smith"/"John Smith"), or a
short form of it ("Steve"/"Steven", both of three letters or more). So a word before the name is no obstacle ("Tory
Nick Boles"/"Nick Boles", "John Smith"/"John Paul Smith"), and two different given names, or middle names, are two
people ("John Paul Smith"/"John Peter Smith").

A generational suffix ("Jr.", "III") is no surname: two names with one are one person only with the same suffix,
so "John F. Kennedy" and "John F. Kennedy Jr." stay two. The quotes (:func:`people_of`) also read a nickname as its
formal given name ("Jimmy Carter"/"James Earl Carter Jr.", "Joe"/"Joseph R. Biden Jr."): the pairs of the
``nicknames`` package (Apache-2.0, read from the installed package), the one table the entities' variants use too
(:mod:`newsbrief.analyse.given_names`). There a suffix on one side only is no obstacle (a man called by his
nickname is rarely given his "Jr."), unless the article shows two people of the name: two forms whose given names
agree in order and that a suffix alone sets apart ("Brent Bozell" / "Brent Bozell III", "Robert Kennedy" / "Robert
F. Kennedy Jr.": a "Bobby Kennedy" could be either), or two first given names that are neither one word nor a
nickname pair ("Jimmy Carter" / "Billy Carter")."""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Mapping, Sequence, Set
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from newsbrief.analyse.name_evidence import compatible, first_name_gender, fold, same_surname
from newsbrief.text.lexicon import KIN_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

#: A given name this long or longer may stand for a longer one it starts ("Steve"/"Steven", "Dan"/"Daniel").
SHORT_FORM_MIN = 3


#: Suffixes after a surname that tell a father from a son; alone ("Kennedy, Jr." tagged apart) they name nobody.
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


@lru_cache(maxsize=1)
def _pairs() -> frozenset[frozenset[str]]:
    """The package's (name, nickname) pairs as unordered pairs, without those of opposite genders."""
    with resources.files("nicknames").joinpath("names.csv").open(encoding="utf-8") as f:
        rows = list(csv.reader(f))[1:]
    pairs = set()
    for name, _, nick in rows:
        if {first_name_gender(name.capitalize()), first_name_gender(nick.capitalize())} == {"male", "female"}:
            continue  # "Aaron"/"Erin": two people
        pairs.add(frozenset((name, nick)))
    return frozenset(pairs)


def variant_given(a: str, b: str) -> bool:
    """Whether two different given names (any case) are written forms of one: "Tom"/"Thomas", "Bill"/"William"."""
    fa, fb = fold(a), fold(b)
    return fa != fb and frozenset((fa, fb)) in _pairs()


def surname(name: str) -> str:
    """The surname of a name as written: its last word that is no generational suffix ("John F. Kennedy Jr." ->
    "Kennedy"). A full name's surname is what its lone mentions are matched by: keyed under its last word, "Luther
    Stan Pate IV" took none of the story's "Pate" mentions (they were listed apart, or dropped)."""
    words = name.split()
    while len(words) > 1 and words[-1].lower().strip(".,") in NAME_SUFFIXES:
        words.pop()
    return words[-1].strip(",") if words else ""


def split_suffix(name: str) -> tuple[list[str], str]:
    """A name's words (lower case) without a generational suffix, and the suffix ("" if none):
    "James Earl Carter Jr." -> (["james", "earl", "carter"], "jr")."""
    words = [w.strip(",") for w in name.lower().split()]
    words = [w for w in words if w]
    if len(words) > 1 and words[-1].rstrip(".") in NAME_SUFFIXES:
        return words[:-1], words[-1].rstrip(".")
    return words, ""


def given_agree(a: str, b: str) -> bool:
    """Whether two given names (lower case) may be one: equal, an initial of the other, or a short form of it."""
    a, b = a.rstrip("."), b.rstrip(".")
    if not a or not b:
        return False
    if a == b or (min(len(a), len(b)) == 1 and a[0] == b[0]):
        return True
    return min(len(a), len(b)) >= SHORT_FORM_MIN and (a.startswith(b) or b.startswith(a))


def _in_order(short: list[str], long: list[str]) -> bool:
    """Whether each given name of ``short`` agrees with one of ``long``, in the same order."""
    at = 0
    for word in short:
        while at < len(long) and not given_agree(word, long[at]):
            at += 1
        if at == len(long):
            return False
        at += 1
    return True


def same_person(
    a: str, b: str, gender_a: str | None = None, gender_b: str | None = None, *, nicknames: bool = False
) -> bool:
    """Whether two full names (two words or more) name one person; see the module docstring.

    ``gender_a``/``gender_b``: what the caller knows of each (titles such as "Mrs", given names); ``None`` is
    unknown. Not guessed here from the first word: in "Tory Nick Boles" that word is no given name.
    ``nicknames``: a first given name may be a nickname of the other's ("Jimmy"/"James"), and then a suffix on
    one side only agrees; the caller has checked that the text shows no two people of the name (:func:`people_of`).
    """
    (wa, sa), (wb, sb) = split_suffix(a), split_suffix(b)
    if len(wa) < 2 or len(wb) < 2 or not same_surname(wa[-1], wb[-1]):
        return False
    if not compatible(gender_a, gender_b):
        return False
    if nicknames and variant_given(wa[0], wb[0]):
        if sa and sb and sa != sb:
            return False
        # "jimmy carter" is read as "james carter", then the one rule of given names in order decides
        return _in_order(*sorted(([wb[0], *wa[1:-1]], wb[:-1]), key=len))
    if sa != sb:
        return False
    short, long = sorted((wa[:-1], wb[:-1]), key=len)
    return _in_order(short, long)


def _two_of_the_name(names: list[str]) -> bool:
    """Whether the forms of one surname show two people that a nickname could blur: given names in order that a
    suffix alone sets apart ("Brent Bozell" / "Brent Bozell III", "Robert Kennedy" / "Robert F. Kennedy Jr.": a
    "Bobby Kennedy" could be either), or two first given names that are neither one word, a short form or initial
    of the other, nor a nickname pair ("Jimmy" / "Billy")."""
    split = [split_suffix(n) for n in names if len(n.split()) > 1]
    for i, (wa, sa) in enumerate(split):
        for wb, sb in split[i + 1 :]:
            if sa != sb and _in_order(*sorted((wa[:-1], wb[:-1]), key=len)):
                return True
            if not given_agree(wa[0], wb[0]) and not variant_given(wa[0], wb[0]):
                return True
    return False


def fullest(forms: Counter[str]) -> str:
    """The most frequent multi-word form of a name ("Nick Boles" over a one-off "Tory Nick Boles")."""
    return max(forms.items(), key=lambda kv: (len(kv[0].split()) > 1, kv[1], -len(kv[0])))[0]


def people_of(forms: Counter[str]) -> list[str]:
    """The distinct people among the full forms of one surname, each by its fullest form; a nickname is read as its
    formal name where the forms show no two people a nickname could blur (:func:`_two_of_the_name`)."""
    groups: list[Counter[str]] = []
    nicknames = not _two_of_the_name(list(forms))
    for name, n in sorted(forms.items(), key=lambda kv: -kv[1]):
        if len(name.split()) < 2:
            continue
        group = next((g for g in groups if any(same_person(name, o, nicknames=nicknames) for o in g)), None)
        if group is None:
            groups.append(group := Counter())
        group[name] += n
    return [fullest(g) for g in groups]


def gender_fit(gender: str | None, people: Sequence[str], genders: Mapping[str, str | None]) -> list[str]:
    """The people an honorific of ``gender`` may name: those whose known gender agrees or is unknown."""
    return [p for p in people if compatible(gender, genders.get(p))]


def titled_candidates(
    gender: str | None,
    people: Sequence[str],
    genders: Mapping[str, str | None],
    kin: Set[str],
    *,
    by_known: bool = True,
) -> list[str]:
    """Which of the people sharing a surname "Mr./Mrs./Ms. <surname>" may name: the one rule of the quotes' speakers
    (:meth:`newsbrief.analyse.quote_names.ArticleNames.resolve`) and the entities' people
    (:func:`newsbrief.analyse._entity_people.cluster_people`), so a quote's speaker and the people table agree.

    ``gender``: the honorific's (in the caller's spelling, "male" or "m"; ``None`` for a title of neither);
    ``genders``: each person's in the same spelling, as the caller knows it (the article's honorifics, appositions
    and pronouns, else the given name's dictionary gender); unknown fits any honorific. ``kin``: people the article
    introduces through a kinship noun ("their son, Capt. Karim Noor", "his wife, Samira Noor"). Among several people
    of the honorific's gender, those introduced as somebody's relative are dropped when one who is not remains, then
    those of unknown gender when one of known gender remains ("Ms. Khan" beside Khizr and Ghazala Khan): the
    reporter's "Mr. Noor" is the story's own man, and a relative is named in full. Why (issue 11, session 19's blind
    reading): a father's words, "Mr. Khan said", went to his wife (no honorific gender check against her given name)
    and his ~12 "Mr. Khan" mentions to his dead son (named in full more often than the father, and nearer the
    quotes)."""
    fit = gender_fit(gender, people, genders)
    if gender is None or len(fit) < 2:  # "Dr." names either; only a gendered honorific picks the story's own
        return fit
    plain = [p for p in fit if p not in kin]
    # "Ms. Khan": Ghazala, not Khizr of no known gender. The quotes ask without it (``by_known=False``): there the
    # mentions near the quote decide, and on PolNeAR train the preference moved the speaker ranker's features so
    # that two of Mr. Trump's "he said" went to a man named near them (unattributed before)
    known = [p for p in plain if genders.get(p) is not None] if by_known else []
    return known or plain or fit


def after_kin(doc: Doc, start: int) -> bool:
    """Whether a name starting at token ``start`` follows a kinship noun within three tokens ("his son Tom", "their
    son, Capt. Karim Noor"): the article introduces the person as somebody's relative. An abbreviation's full stop
    is no token of the three ("Capt" "." is one title)."""
    before = [t for t in doc[max(0, start - 6) : start] if t.text != "."][-3:]
    return any(t.lower_ in KIN_WORDS for t in before)


def coordinated_name(ent: Span) -> str | None:
    """The full name of a lone given name coordinated with a full name that carries the shared surname: "Khizr" of
    "the parents, Khizr and Ghazala Khan" is "Khizr Khan"; ``None`` for any other span.

    Why (issue 11, session 19): a father the article names in full only so was no person of the family, and his
    "Mr. Khan said" went to the only other man of the name, his son (PolNeAR train's NYT story of the Khans; the
    blind readers' equivalent). Only where the word never stands elsewhere in the text except before "and" and such a
    name or before the surname itself: "Trump and Hillary Clinton" names no "Trump Clinton"."""
    doc = ent.doc
    if len(ent) != 1 or ent.end + 2 >= len(doc) or doc[ent.end].lower_ != "and":
        return None
    other = next((e for e in doc.ents if e.start == ent.end + 1 and e.label_ == "PERSON"), None)
    if other is None or len(other) != 2 or not other[0].text[:1].isupper() or not other[1].text[:1].isupper():
        return None
    word, last = ent.text, other[1].text
    for tok in doc:
        if tok.text != word or tok.i == ent.start:
            continue
        if not (tok.i + 1 < len(doc) and doc[tok.i + 1].text == last):
            return None
    return f"{word} {last}"
