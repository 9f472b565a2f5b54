"""The definite description a sentence opens with ("The company said ...", "The 29-year-old was ..."), and of what
kind it is (an organisation, a place, a person): the first step of naming what it stands for
(:mod:`newsbrief.summarize.descriptions`, whose docstring says which openings are read and why).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsbrief.text.lexicon import REFERENT_NOUNS

#: Kinds of organisation a description names, with the words that count as the same kind (a "firm" competes
#: with "The company").
BUSINESS_KINDS = frozenset("company firm startup retailer automaker carmaker manufacturer maker chain business".split())
ORG_KINDS: dict[str, frozenset[str]] = {
    **dict.fromkeys(BUSINESS_KINDS, BUSINESS_KINDS),
    **{
        k: frozenset({k})
        for k in "group agency organization organisation airline bank network union charity "
        "university college school hospital party team club band league department ministry".split()
    },
}
#: Kinds of place; a place is named by "the city of X", "X, a city", or as a known place after "city X".
PLACE_KINDS: dict[str, frozenset[str]] = {
    k: frozenset({"city", "town", "village", "suburb"}) for k in ("city", "town", "village", "suburb")
} | {k: frozenset({"state", "country", "nation"}) for k in ("state", "country", "nation")}
_PERSON_KINDS = frozenset(REFERENT_NOUNS) - {"family", "person", "people"}
#: "The" + an age or a noun (with an optional noun after the age), then what follows it.
_OPENING = re.compile(
    r"The (?:(?P<age>\d{1,3})-year-old(?: (?P<agenoun>[a-z]+))?|(?P<noun>[a-z]+))(?P<after>’s|'s|,| [a-z]+|$)"
)
_BARE_AGE = re.compile(r"The (?P<age>\d{1,3})-year-old(?P<after>’s|'s|,| [a-z]+|$)")
#: Words after the description that show it is the subject, not the first half of a compound ("The city council").
VERBISH = frozenset(
    "is was has had will would said says can could did does also then now may might must should told added "
    "announced declined refused plans planned hopes wants wanted became remains remained still already "
    "recently later first".split()
)


@dataclass(frozen=True, slots=True)
class Description:
    """An opening definite description: its end in the sentence, its noun and kind, and the age it gives."""

    end: int  # offset just past "The company" / "The 29-year-old woman"
    noun: str | None  # "company"; None for a bare age
    kind: str  # "org", "place" or "person"
    age: str | None  # "29"
    spaced: bool = True  # a space follows it; not a possessive, a comma or the end ("The company's", "The company,")


def opening_description(text: str) -> Description | None:
    """The definite description ``text`` opens with, if it is one this module reads (see the module docstring)."""
    m = _OPENING.match(text)
    if m is None:
        return None
    if m.group("agenoun") and m.group("agenoun") not in _PERSON_KINDS:
        m = _BARE_AGE.match(text)  # "The 29-year-old was ...": the word after the age is no noun
        if m is None:
            return None
    after = m.group("after")
    word = after.strip()
    if after.startswith(" ") and not (
        word in VERBISH or word.endswith(("ed", "ly")) or (word.endswith("s") and not word.endswith("ss"))
    ):
        return None  # "The city council", "The company town": a compound, not the referent
    if m.group("age"):
        if not after.startswith(" "):
            return None  # "The 29-year-old, who ...": the name would have to go inside the clause
        noun = m.groupdict().get("agenoun")
        end = m.end("agenoun") if noun else m.end("age") + len("-year-old")
        return Description(end, noun, "person", m.group("age"))
    noun = m.group("noun")
    if noun in ORG_KINDS:
        kind = "org"
    elif noun in PLACE_KINDS:
        kind = "place"
    elif noun in _PERSON_KINDS:
        kind = "person"
    else:
        return None
    if kind == "person" and not after.startswith(" "):
        return None  # "The doctor, who ...": the name would have to go inside the clause
    return Description(m.end("noun"), noun, kind, None, after.startswith(" "))
