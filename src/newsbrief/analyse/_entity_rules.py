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


#: Kinship nouns: a lone first name right after one ("his son Tom", "her husband, Keith") names a
#: relative, not the person of that first name's full name.
KIN_WORDS = _words(
    "son sons daughter daughters wife husband brother brothers sister sisters mother father mom dad child "
    "children grandson granddaughter grandmother grandfather nephew niece cousin boyfriend girlfriend partner "
    "fiance fiancé fiancee fiancée uncle aunt widow widower baby stepson stepdaughter stepfather stepmother"
)

#: Words that end an organisation's full name; "Stanford" beside "Stanford University" is the university.
ORG_SUFFIXES = _words(
    "university college school institute committee council department agency association society union "
    "company corporation corp corp. inc inc. ltd ltd. llc group party airlines airways bank foundation "
    "church club team network news times post journal magazine trivia center centre hospital court league"
)

#: A sector's word at the end of a company's name ("Patriot Coal", "Murray Energy", "Tesla Motors"): the small model
#: tags such a name as a person (43 times for "Patriot Coal" in one story). Kept apart from :data:`ORG_SUFFIXES`: such
#: a word settles that a name with a capitalised word before it is no person, but not that any name holding it is a
#: body ("Big Oil", "Atomic Energy Act", "Children's Health Insurance Program"). Not "Power" nor "Steel": surnames
#: ("Samantha Power", "Danielle Steel").
SECTOR_WORDS = _words(
    "coal energy mining oil petroleum gas motors industries holdings pharmaceuticals technologies enterprises "
    "partners capital media entertainment communications resources electric insurance financial securities "
    "investments ventures therapeutics logistics networks wireless telecom pictures software aerospace"
)

#: Words that make a name an organisation or place, never a person ("Wayne State", "Sandy Hook Elementary").
NOT_PERSON_WORDS = ORG_SUFFIXES | _words(
    "state county city park street road avenue river lake mount mountain island beach airport station "
    "elementary high hall house tower bridge square valley apartments apartment hotel resort resorts plaza mall"
    " ranch buildings boulevard"
)

#: The last words of a legislature's or government body's name, never a surname ("Georgia Senate", "Virginia
#: Assembly" open with a given name; "Court", "Hall" are surnames too: "Margaret Court", "Tony Hall").
BODY_NOUNS = _words("senate assembly parliament legislature congress ministry commission")

#: Words inside an organisation's name that say it is one ("Office of the Chief Medical Examiner"). The last
#: line, the bodies of wire copy ("Federal Reserve", "the House", "U.S. Embassy", "Coast Guard", "NATO alliance",
#: "the Cabinet"), is entities14's DUC 2004 reading: their rows were shown without a type for want of these. Not
#: "Co.": local news writes it for "County" ("Harris Co. deputies"), which the tagger calls ORG as it does "Walt
#: Disney Co.", so it settles nothing.
ORG_WORDS = BODY_NOUNS | _words(
    "office service services police army navy force board authority administration "
    "institute proceedings research studio studios records press airport hospital clinic laboratory lab "
    "federation league fund trust bureau "
    "reserve house embassy consulate cabinet museum alliance guard plc"
)
