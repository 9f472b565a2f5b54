"""General word lists for entity clean-up: honorifics, role words, pronouns, party and place synonyms.

These are general knowledge about English news writing, not rules for any one story: titles that
precede names, the nouns that name a role rather than a person, and the well-known synonyms of
political parties and countries (Tory = Conservative, Lib Dems = Liberal Democrats, GOP = Republican
Party, UK = Britain). Keys are lower-case surface forms; values are the canonical key a cluster is
merged under.
"""

from __future__ import annotations

import re

from newsbrief.text.lexicon import HONORIFICS, LONG_DASHES, ROLE_WORDS
from newsbrief.text.lexicon import words as _words

#: Words in capitals that a social post or caption puts before a name ("RIP Prodigy", "VIA Jane Doe"): not the name.
LEAD_DEBRIS = _words("rip via cc")

#: Class nouns a writer puts after a place's name in lower case ("Busan city", "Yunnan province"): not the name.
PLACE_CLASS = _words("city province state county region district town village prefecture")

PRONOUNS = _words(
    "i me my mine we us our ours you your yours he him his she her hers it its they them their theirs "
    "this that these those who whom whose someone somebody everyone everybody anyone anybody nobody"
)

#: Compass words that end constituency and region names ("Nottingham East", "Ilford South").
COMPASS = _words("north south east west central northeast northwest southeast southwest")

_PARTY_TABLE: dict[str, tuple[str, ...]] = {
    "labour party": ("labour", "labour party", "labour's", "the labour party"),
    "conservative party": (
        "conservative",
        "conservatives",
        "conservative party",
        "tory",
        "tories",
        "tory party",
        "the conservative party",
    ),
    "liberal democrats": ("liberal democrats", "liberal democrat", "lib dems", "lib dem", "libdems", "lib-dems"),
    "uk independence party": ("ukip", "uk independence party"),
    "scottish national party": ("snp", "scottish national party"),
    "democratic unionist party": ("dup", "democratic unionist party", "democratic unionists"),
    "green party": ("green party", "greens"),
    "plaid cymru": ("plaid cymru", "plaid"),
    "sinn féin": ("sinn fein", "sinn féin"),
    "brexit party": ("brexit party",),
    "republican party": ("republican party", "republicans", "gop", "republican"),
    "democratic party": ("democratic party", "democrats", "democrat"),
}
#: Surface form (lower case) -> canonical party key.
PARTIES: dict[str, str] = {alias: canon for canon, aliases in _PARTY_TABLE.items() for alias in aliases}

_PLACE_TABLE: dict[str, tuple[str, ...]] = {
    "united kingdom": ("uk", "u.k.", "britain", "great britain", "united kingdom"),
    "united states": ("us", "u.s.", "usa", "u.s.a.", "america", "united states", "united states of america"),
    "european union": ("eu", "e.u.", "european union"),
}
#: The AP style abbreviations of US states ("Fla.", "Mass."), as datelines and American papers write them;
#: "Miss." is left out (it is also a title).
_STATE_ABBREVIATIONS = {
    "alabama": "ala.", "arizona": "ariz.", "arkansas": "ark.", "california": "calif.", "colorado": "colo.",
    "connecticut": "conn.", "delaware": "del.", "florida": "fla.", "georgia": "ga.", "illinois": "ill.",
    "indiana": "ind.", "kansas": "kan.", "kentucky": "ky.", "louisiana": "la.", "maryland": "md.",
    "massachusetts": "mass.", "michigan": "mich.", "minnesota": "minn.", "missouri": "mo.", "montana": "mont.",
    "nebraska": "neb.", "nevada": "nev.", "new hampshire": "n.h.", "new jersey": "n.j.", "new mexico": "n.m.",
    "new york": "n.y.", "north carolina": "n.c.", "north dakota": "n.d.", "oklahoma": "okla.", "oregon": "ore.",
    "pennsylvania": "pa.", "rhode island": "r.i.", "south carolina": "s.c.", "south dakota": "s.d.",
    "tennessee": "tenn.", "texas": "tex.", "vermont": "vt.", "virginia": "va.", "washington": "wash.",
    "west virginia": "w.va.", "wisconsin": "wis.", "wyoming": "wyo.",
}  # fmt: skip
for _state, _abbreviation in _STATE_ABBREVIATIONS.items():
    _PLACE_TABLE.setdefault(_state, (_abbreviation,))
#: The states' abbreviations (lower case, with their dots).
STATE_ABBREVIATIONS = frozenset(_STATE_ABBREVIATIONS.values())
#: Surface form (lower case) -> canonical place key.
PLACES: dict[str, str] = {alias: canon for canon, aliases in _PLACE_TABLE.items() for alias in aliases}

#: "Brexit", "Grexit", "Brexiteers": political portmanteaus the small model tags as people or groups.
EXIT_WORD = re.compile(r"^[A-Z][a-z]*exit(?:eers?|ers?)?$")

#: Words that open an ORG name only by tagging error ("the", quotes) or are adjectives ("pro-EU").
STOP_EDGE = _words("the a an of and for 's ’s ' ‘ ’ \" “ ” - " + " ".join(LONG_DASHES))


def is_title_only(words: list[str]) -> bool:
    """True when every word is an honorific, a role word or a pronoun (an entity that names nobody)."""
    return bool(words) and all(
        w.lower() in HONORIFICS or w.lower() in ROLE_WORDS or w.lower() in PRONOUNS for w in words
    )


def acronym(name: str) -> str:
    """Initials of the capitalised words of a multi-word name ("European Union" -> "eu")."""
    parts = [w for w in name.split() if w[:1].isupper() and w.lower() not in {"of", "the", "and", "for"}]
    return "".join(w[0] for w in parts).lower() if len(parts) > 1 else ""
