"""The one "same person?" rule: whether two full names that share a surname name one person (issue 11).

Both paths that group people by name ask it: the quotes (:mod:`newsbrief.analyse.quote_speakers`, through
:func:`people_of`: "Andrea Smith" and her father "Richard Smith" are two speakers, a bare "Smith" names neither
for sure) and the entities (:func:`newsbrief.analyse._entity_people.cluster_people`: "Steve Hansen" and "Steven
Hansen" are one entry of the brief, "Mrs Wilson" is not Gary Wilson). One rule, so that a quote's speaker and the
brief's list of people never disagree about who is who.

Two full names are one person when their surnames are one spelling (:func:`~._entity_evidence.same_surname`: folded,
or long and near-identical: "Yanukovich"/"Yanukovych"), their genders may agree (as the caller knows them from
titles or given names; unknown agrees with anything), and the given names of the shorter name appear in order among
the longer one's, each agreeing with its partner: the same word, an initial of it ("J. Smith"/"John Smith"), or a
short form of it ("Steve"/"Steven", both of three letters or more). So a word before the name is no obstacle ("Tory
Nick Boles"/"Nick Boles", "John Smith"/"John Paul Smith"), and two different given names, or middle names, are two
people ("John Paul Smith"/"John Peter Smith")."""

from __future__ import annotations

from collections import Counter

from newsbrief.analyse._entity_evidence import compatible, same_surname

#: A given name this long or longer may stand for a longer one it starts ("Steve"/"Steven", "Dan"/"Daniel").
SHORT_FORM_MIN = 3


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


def same_person(a: str, b: str, gender_a: str | None = None, gender_b: str | None = None) -> bool:
    """Whether two full names (two words or more) name one person; see the module docstring.

    ``gender_a``/``gender_b``: what the caller knows of each (titles such as "Mrs", given names); ``None`` is
    unknown. Not guessed here from the first word: in "Tory Nick Boles" that word is no given name.
    """
    wa, wb = a.lower().split(), b.lower().split()
    if len(wa) < 2 or len(wb) < 2 or not same_surname(wa[-1], wb[-1]):
        return False
    if not compatible(gender_a, gender_b):
        return False
    short, long = sorted((wa[:-1], wb[:-1]), key=len)
    return _in_order(short, long)


def fullest(forms: Counter[str]) -> str:
    """The most frequent multi-word form of a name ("Nick Boles" over a one-off "Tory Nick Boles")."""
    return max(forms.items(), key=lambda kv: (len(kv[0].split()) > 1, kv[1], -len(kv[0])))[0]


def people_of(forms: Counter[str]) -> list[str]:
    """The distinct people among the full forms of one surname, each by its fullest form."""
    groups: list[Counter[str]] = []
    for name, n in sorted(forms.items(), key=lambda kv: -kv[1]):
        if len(name.split()) < 2:
            continue
        group = next((g for g in groups if any(same_person(name, other) for other in g)), None)
        if group is None:
            groups.append(group := Counter())
        group[name] += n
    return [fullest(g) for g in groups]
