"""Step 1 of :mod:`newsbrief.analyse.entities` (its docstring, items 1-2): one tagged span cleaned into a mention.

The tagger's span is trimmed to the name itself (a paragraph break, "the", quotes, a possessive owner, honorifics,
role and party words, a stray capitalised word in front), given the label its own words back (a title makes a
person, a constituency a place, a party name an organisation) or dropped when it names nothing the stage lists
(plurals, titles alone, the first word of a title, a name cut from a longer one). :func:`trusted` then keeps the
mentions the story as a whole backs. Kept apart from the stage's driver so each step of the data flow reads on
its own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbrief.analyse._entity_bounds import (
    campus,
    cut_before,
    mixed_case,
    of_longer_name,
    speaker_label,
)
from newsbrief.analyse._entity_mention import Mention
from newsbrief.analyse._entity_rules import (
    COMPASS,
    EXIT_WORD,
    HONORIFICS,
    LEAD_DEBRIS,
    PARTIES,
    PLACE_CLASS,
    PLACES,
    ROLE_WORDS,
    STOP_EDGE,
    is_title_only,
)
from newsbrief.analyse._entity_story import WordUse, known_tail
from newsbrief.analyse.name_evidence import first_name_gender, fold, known_place
from newsbrief.analyse.same_person import after_kin, coordinated_name
from newsbrief.text.lexicon import (
    BODY_NOUNS,
    NOT_PERSON_WORDS,
    ORG_SUFFIXES,
    ORG_WORDS,
    PERSON_CUE_NOUNS,
    PERSON_TITLES,
    SECTOR_WORDS,
    TITLES,
    group_name,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_SPACE = re.compile(r"\s+")


#: Prepositions of place the tagger takes into a name when a dateline or a sentence opens with them.
LEAD_PREPOSITIONS = frozenset({"aboard", "inside", "outside", "near", "at", "in", "from"})


def mention_of(ent: Span, article_id: str, order: int) -> Mention | None:
    """Clean one NER entity into a mention, or ``None`` when it names nothing we keep."""
    doc = ent.doc
    toks = list(ent)
    cut = next((i for i, t in enumerate(toks) if "\n" in t.text), len(toks))
    toks = toks[:cut]  # an entity across a paragraph break is a tagging error; its first part is the name
    while toks and (toks[0].lower_ in STOP_EDGE or toks[0].is_punct):
        toks.pop(0)
    # "ABOARD ENDEAVOUR (AP)", "Aboard Endeavour is a passageway": a preposition that opens a dateline or a
    # sentence is no part of the name after it (the tagger reads the capital as a name's)
    while len(toks) > 1 and toks[0].lower_ in LEAD_PREPOSITIONS and (toks[0].pos_ == "ADP" or toks[0].is_sent_start):
        toks.pop(0)
    # "Federal Bureau of Investigation (FBI": the tagger ran on into a bracket it did not close; the name ends there
    # (not "ING Baring Securities (Japan) Ltd.")
    opened = next((i for i, t in enumerate(toks) if t.text in {"(", "["}), None)
    if opened is not None and not any(t.text in {")", "]"} for t in toks[opened:]):
        toks = toks[:opened]
    while toks and (toks[-1].lower_ in STOP_EDGE or toks[-1].is_punct):
        toks.pop()
    label = ent.label_
    if toks and of_longer_name(doc, toks[0].i):
        return None  # "Bank of [America]", "Church of [Jesus Christ] of Latter Day Saints": part of a longer name
    if toks and label in {"GPE", "LOC"} and campus(doc, toks[0].i):
        return None  # "the University of California, [Irvine]": the campus is part of the university's name
    titled = next((i for i, t in enumerate(toks[:-1]) if _is_title(t) and toks[i + 1].is_title), None)
    if label != "PERSON" and titled is not None:  # "Later Mr Boles" tagged ORG: a title makes a person
        toks, label = toks[titled:], "PERSON"
    # "MARTIN: That's Opal Lee.": a transcript's speaker; not a dateline's place ("LONDON: The minister said")
    if label not in {"PERSON", "GPE", "LOC"} and speaker_label(doc, toks):
        label = "PERSON"
    if label != "PERSON":
        # "pro-EU Liberal Party", "anti-Semitic party"; not a name's own word in mixed case ("dBpm Records", "eBay")
        while toks and not toks[0].text[:1].isupper() and not mixed_case(toks[0].text):
            toks = _drop_first_word(toks)
        if label in {"GPE", "LOC"} and len(toks) > 1 and toks[-1].is_lower and toks[-1].lower_ in PLACE_CLASS:
            toks = toks[:-1]  # "Busan city", "Yunnan province": a class noun in lower case, not part of the name
        if toks and label != "NORP" and toks[-1].i + 1 < len(doc):
            after = doc[toks[-1].i + 1]
            if after.is_title and after.lower_ in COMPASS:  # "[Ilford] South MP": the model cut the name
                toks.append(after)
                label = "GPE"
            elif cut_before(after):
                return None  # "[Norfolk] District Attorney's Office", "[Rocky Mountain] Spotted Tick Fever"
    if not toks or not any(t.text[:1].isupper() for t in toks):
        return None
    if len(toks) == 1 and toks[0].lower_ in PLACE_CLASS:
        return None  # "the City of [Menasha]" cut after "of": a class noun, no place's name
    plural = toks[-1].tag_ in {"NNS", "NNPS"} and toks[-1].lower_ not in PARTIES
    given = len(toks) > 1 and first_name_gender(toks[0].text) is not None  # "Paula Blades" is no plural
    if label in {"PERSON", "GPE", "LOC"} and plural and not given:
        return None  # a plural ("Arab Marxists", "Trotskyites") names a group, not a person or place
    text = doc[toks[0].i : toks[-1].i + 1].text  # Span.text: doc.text would rebuild the whole text
    words = text.split()
    if is_title_only(words) or EXIT_WORD.match(text) or "--" in text:
        return None  # "--": a transcript's broken-off words ("Well--"), not a name
    party = _party(doc, toks[0].i, text)
    if party is not None and len(toks) == 1 and party_adjective(toks[0]):
        return None  # "Republican nominee", "the Republican field": a member's quality, no mention of the body
    if party is not None:
        if party != PARTIES.get(text.lower()):  # the model cut the first word off: keep it in the alias
            text = doc[toks[0].i - 1 : toks[-1].i + 1].text
        return Mention(article_id, text, text, "ORG", party, order, forced=True)
    if label == "NORP":
        if words[-1].lower() != "party":
            return None  # nationalities and religions ("British", "Jews") are not parties
        label = "ORG"
    if group_name(text):
        return None  # "Latina" tagged GPE, "Hispanics" ORG: a group of people, however the tagger read the capital
    if label == "PERSON" or _looks_like_person(toks):
        return _person(doc, toks, article_id, order)
    if len(toks) == 1 and toks[-1].i + 1 < len(doc) and doc[toks[-1].i + 1].lower_ in ROLE_WORDS:
        return None  # "Interior [Minister]", "Justice [Secretary]": the first word of a title
    key = _SPACE.sub(" ", text.lower())
    return Mention(article_id, text, text, label, PLACES.get(key, key), order)


def _looks_like_person(toks: list[Token]) -> bool:
    """A two- or three-word name tagged as a body or place that opens with a given name of known gender
    ("Lester Holt", "Amanda Longacre" tagged ORG) and has no word of an organisation or place in it ("Georgia
    Senate", "Virginia Assembly" stay bodies)."""
    return (
        2 <= len(toks) <= 3
        and all(t.is_alpha and t.is_title for t in toks)
        and first_name_gender(toks[0].text) in {"male", "female"}
        and not any(t.lower_ in NOT_PERSON_WORDS for t in toks)
        and toks[-1].lower_ not in BODY_NOUNS
        and not known_place(" ".join(t.text for t in toks))  # "Des Moines", "Santa Clara"
    )


def trusted(mentions: list[Mention], terms: set[str], use: WordUse) -> list[Mention]:
    """The mentions the story backs (see :mod:`newsbrief.analyse._entity_story`): not a name seen only in
    headlines ("Colin Kroll Dead"), not a term defined in lower case ("SCN"), not a one-word ordinary word
    ("Choice"); a body or place with a stray word in front becomes the story's shorter name."""
    keys = {m.key for m in mentions if not m.headline}
    kept = []
    for m in mentions:
        if m.forced:
            kept.append(m)
            continue
        if (m.headline and m.key not in keys) or m.name in terms:
            continue
        if m.label != "PERSON" and " " not in m.name and m.key not in PLACES and use.common(m.name):
            continue
        if m.label == "ORG" and m.name.isupper() and use.common_acronym(m.name):
            continue  # "a super PAC": the class's noun, no body's name
        if m.label != "PERSON" and (tail := known_tail(m.name, keys, use)) is not None:
            m.name = m.surface = tail
            m.key = PLACES.get(tail.lower(), tail.lower())
        kept.append(m)
    return kept


def _is_honorific(tok: Token) -> bool:
    return tok.lower_.rstrip(".") in HONORIFICS


def _is_title(tok: Token) -> bool:
    return tok.lower_.rstrip(".") in PERSON_TITLES


def _drop_first_word(toks: list[Token]) -> list[Token]:
    """Drop the tokens of the first whitespace-separated word ("anti-Semitic" is three tokens)."""
    for i, tok in enumerate(toks):
        if tok.whitespace_:
            return toks[i + 1 :]
    return []


def party_adjective(tok: Token) -> bool:
    """Whether a one-word party name is used as an adjective: the tagger reads it so (``JJ``), as in "the Republican
    nominee", "Republican senators", "is Republican". The word then says which side someone or something is on and
    is no mention of the party as a body; counted as one, an adjective that every political story repeats made
    "Republican" a row of its own near the top of the table (entities23: 14 of 187 free top-ten rows). The party's
    name as a noun ("Republicans said", "the GOP", "the Republican Party") is still a mention, and so is a name the
    tagger reads as a noun before another ("GOP nominee", "Labour MP"): a body's name used as a modifier, as "FBI
    director" is."""
    return tok.tag_ == "JJ"


def _party(doc: Doc, first: int, text: str) -> str | None:
    """The canonical party key of a name, also when the model cut its first word off ("Liberal" Democrat)."""
    key = _SPACE.sub(" ", text.lower())
    if first > 0 and doc[first - 1].is_title and not doc[first - 1].ent_type_:
        joined = f"{doc[first - 1].lower_} {key}"
        if joined in PARTIES:
            return PARTIES[joined]
    return PARTIES.get(key)


def _person(doc: Doc, toks: list[Token], article_id: str, order: int) -> Mention | None:
    """Trim a PERSON entity to the name itself; a constituency ("Nottingham East") becomes a place."""
    honorific = False
    title = ""
    while toks and _is_honorific(toks[0]):
        title = toks[0].lower_.rstrip(".")
        toks.pop(0)
        honorific = True
    while len(toks) > 1 and toks[0].text.isupper() and toks[0].lower_.replace(".", "") in LEAD_DEBRIS:
        toks.pop(0)  # "RIP Prodigy", "VIA Jane Doe": words in capitals before a name are not the name
    possessive = next((i for i, t in enumerate(toks) if t.tag_ == "POS" or t.lower_ in {"'s", "’s"}), None)
    if possessive is not None and possessive + 1 < len(toks):  # "Lightspeed's Jeremy Liew": the owner goes
        toks = toks[possessive + 1 :]
    # "Musician Brad Fischetti", "Saint Will Smith": a word before a given name that is none itself.
    while len(toks) > 2 and first_name_gender(toks[0].text) is None and first_name_gender(toks[1].text):
        toks.pop(0)
    # "Rapper DJ Khaled": a person's noun in front of a name of two words or more is its description.
    while len(toks) > 2 and toks[0].lower_ in PERSON_CUE_NOUNS and first_name_gender(toks[0].text) is None:
        toks.pop(0)
    # "Cuban-American Marco Rubio": a nationality in front of a given name is a descriptor; "Latina turnout rose"
    # (tagged a person) holds no name at all. Not "Latino Decisions" (a pollster's name) nor "German Ortega" (a
    # given name that is a nationality too).
    rest = toks
    while (
        len(rest) > 1 and first_name_gender(rest[0].text) is None and (group_name(rest[0].text) or rest[0].text == "-")
    ):
        rest = rest[1:]
    if rest is not toks and not rest[0].text[:1].isupper():
        return None
    if rest is not toks and first_name_gender(rest[0].text) is not None:
        toks = rest
    # "Tory Nick Boles", "Labour MP Jo Bloggs": role and party words in front are descriptors.
    before_roles = len(toks)
    while len(toks) > 1 and (
        toks[0].lower_ in ROLE_WORDS or toks[0].lower_ in PARTIES or not toks[0].text[:1].isupper()
    ):
        toks.pop(0)
    while len(toks) > 1 and toks[-1].lower_ in PARTIES:  # "Corbyn Labour (government)"
        toks.pop()
    if not toks or toks[0].lower_ in PARTIES or is_title_only([t.text for t in toks]):
        return None
    if len(toks) < before_roles and all(t.lower_ in NOT_PERSON_WORDS | ORG_WORDS | SECTOR_WORDS for t in toks):
        return None  # "General Assembly" tagged a person: a title's word, then only a body's words ("Hall" stays)
    if len(toks) == 1:
        toks = _with_first_name(doc, toks)
    start, end = toks[0].i, toks[-1].i + 1
    name = _unbracketed(doc[start:end].text)
    if len(toks) == 1:
        name = coordinated_name(doc[start:end]) or name  # "the parents, Khizr and Ghazala Khan": Khizr Khan
    if len(toks) > 1 and toks[-1].lower_ in COMPASS:
        return Mention(article_id, name, name, "GPE", name.lower(), order)
    if not honorific and len(toks) > 1 and any(t.lower_ in NOT_PERSON_WORDS | SECTOR_WORDS for t in toks[1:]):
        # "Wayne State", "Sandy Hook", "Patriot Coal"
        label = "ORG" if any(t.lower_ in ORG_SUFFIXES | SECTOR_WORDS for t in toks[1:]) else "GPE"
        return Mention(article_id, name, name, label, name.lower(), order)
    if start > 0 and doc[start - 1].lower_.rstrip(".") in HONORIFICS:
        honorific, title = True, doc[start - 1].lower_.rstrip(".")
    surface = f"{doc[start - 1].text} {name}" if honorific and start > 0 else name
    kin = after_kin(doc, start)
    return Mention(
        article_id, name, surface, "PERSON", fold(name), order, honorific, span=doc[start:end], title=title, kin=kin
    )


_SOURCE_INSERT = re.compile(r"^([^\[]*?)\s*\]\s*")


def _unbracketed(name: str) -> str:
    """A person's name without the closing bracket of a source's own insertion ("Secretary [Hillary] Clinton": the
    tagger's span opens after the "[" and holds the "]"), so the row reads "Hillary Clinton", not "Hillary]
    Clinton"; the given name stays, as the source supplied it."""
    return _SOURCE_INSERT.sub(lambda m: m.group(1) + " ", name, count=1) if "]" in name else name


def _with_first_name(doc: Doc, toks: list[Token]) -> list[Token]:
    """Extend a lone surname by the first name the model left out ("Mayor Sadiq [Khan]"). A title is no first name,
    also where it is no role word ("Representative [Brooks]" made a person "Representative Brooks" whose lone
    "Brooks" then had two full names to join, so it joined neither and Susan Brooks lost her mentions)."""
    prev = doc[toks[0].i - 1] if toks[0].i > 0 else None
    if (
        prev is not None
        and prev.pos_ == "PROPN"
        and prev.is_title
        and prev.is_alpha
        and prev.dep_ == "compound"
        and prev.head.i == toks[0].i
        and not prev.ent_type_
        and prev.lower_ not in HONORIFICS
        and prev.lower_ not in ROLE_WORDS
        and prev.lower_ not in TITLES
        and prev.lower_ not in PARTIES
    ):
        return [prev, *toks]
    return toks
