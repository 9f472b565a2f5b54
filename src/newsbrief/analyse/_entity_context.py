"""What the words around a mention say it is: "the airport", "the show", "the company", "the virus".

The small tagger labels a name from the name's own letters and a narrow window, so it calls an airport a body
("Midway" ORG), a film or an illness a body ("Axanar", "RMSF" ORG), a newspaper or a gun maker a person ("Charlie
Hebdo", "Bushmaster" PERSON) and a quarterback a body ("Kain Colter" ORG). Writers nearly always say once what a
name is, with a common noun in one of a few places (the class nouns of Hearst 1992's lexico-syntactic patterns,
"Automatic acquisition of hyponyms from large text corpora", and the appositive/copula cues of Lee et al. 2013's
coreference sieves):

* the noun just **before** the name, in the same noun phrase: "the satirical newspaper Charlie Hebdo", "AR-15
  manufacturer Bushmaster", "the film Axanar", "the bacterium Rickettsia", "quarterback Kain Colter" (not a
  place noun: "the state Senate", "city Council" are bodies the noun only modifies);
* an **appositive** or a **copula** on the name's head: "Bushmaster, the manufacturer of ...", "RMSF is a
  potentially fatal tick-borne disease", "Axanar, a fan film";
* "the **city/state/town of** X"; "an exercise **called** Key Resolve", "a man **named** Smith";
* the noun just **after** the name for the nouns that can only be said of a place or an illness: "Midway
  airport", "the Des Moines area", "Ebola virus" (not "Google spokesman", "Pfizer drug", "the Pfizer vaccine",
  "CBS show", "the Chipotle outbreak": a body's people and products follow its name too), and for a company
  the nouns only a company is followed by ("Michael Kors shares", "Kors's stores", "Google CEO");
* the object of **buy/acquire/purchase** is a company ("agreed to buy Jimmy Choo").

Each cue is one vote for one class (:data:`PERSON`, :data:`ORG`, :data:`GPE`, :data:`FAC`, :data:`THING`); the
entity stage weighs them against the tagger's labels over every mention of the story.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbrief.analyse.name_evidence import first_name_gender, known_place
from newsbrief.text.lexicon import BODY_VERBS, PERSON_CUE_NOUNS
from newsbrief.text.lexicon import words as _words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: The classes a cue votes for: the entity labels, "FAC" (a building or site as a place) and a thing.
PERSON, ORG, GPE, FAC, THING = "PERSON", "ORG", "GPE", "FAC", "THING"


#: Nouns that say "an organisation".
ORG_NOUNS = _words(
    "company firm corporation conglomerate maker manufacturer automaker carmaker retailer chain brand label "
    "publisher newspaper paper tabloid weekly daily magazine broadcaster network channel website site outlet "
    "platform app startup agency organization organisation nonprofit charity foundation bank lender insurer airline "
    "carrier operator studio team club band union university college school ministry department militia group"
)
#: Nouns that say "a place": a political or natural area, and a building or site as a location.
PLACE_NOUNS = _words(
    "city town village county state country nation province region area neighborhood neighbourhood suburb "
    "island peninsula river lake mountain beach capital"
)
FACILITY_NOUNS = _words(
    "airport station stadium arena church cathedral temple mosque hotel resort park street avenue road highway "
    "bridge prison jail mall building tower campus venue"
)
#: Nouns that say "a thing": a work, product, illness, species, event, law or award (not listed).
THING_NOUNS = _words(
    "film movie show series sitcom drama documentary book novel memoir album song anthem game videogame franchise "
    "episode musical opera painting drug medication medicine vaccine virus disease illness infection syndrome "
    "condition bacterium bacteria parasite species breed exercise operation system missile weapon rifle law act "
    "bill treaty award prize trophy tournament championship storm hurricane ship vessel aircraft car vehicle "
    "suv phone smartphone device product"
)
#: Nouns after a name that only a place or an illness is followed by ("Midway airport", "Ebola virus", "the Des
#: Moines area", "a 26-year-old Nulato man", "Detroit residents"; not "family": "the Smith family"); a body is
#: followed by its people and products ("Google spokesman", "CBS show", "the Pfizer vaccine", "the Netflix
#: premiere", "the Chipotle outbreak"), so none of those.
PLACE_AFTER = _words(
    "area county state city town suburb neighborhood neighbourhood region man woman resident residents native natives"
)
FACILITY_AFTER = _words("airport station stadium arena hub")
THING_AFTER = _words("virus epidemic infection infections")
#: Nouns after a name (or its possessive) that only a company is followed by ("Michael Kors shares", "Kors's
#: stores", "Google CEO"): a person has no shareholders.
ORG_AFTER = _words(
    "shares stock stocks shareholders stockholders investors headquarters employees workers subsidiary "
    "subsidiaries ceo executives brand brands products stores outlets revenue revenues profit profits earnings"
)
#: Verbs whose object named alone is a company ("agreed to buy Jimmy Choo"; "buy a Big Mac" is a thing already).
ACQUIRING_VERBS = _words("buy acquire purchase")
#: "an exercise called Key Resolve", "a man named Smith": the noun before these words says what the name is.
NAMING_WORDS = _words("called named dubbed titled")
#: "the city of X", "the state of X".
PLACE_OF = _words("city state town village county province region island")
#: Nouns after an abbreviation that say a body's people ("CIA director", "NPR reporter", "FBI agents").
BODY_PEOPLE = (PERSON_CUE_NOUNS - _words("man woman boy girl fan")) | _words(
    "official officials staff staffer agent agents employee employees spokesperson researchers scientists analyst "
    "affiliate affiliates"
)

_CLASS_OF: dict[str, str] = {
    **dict.fromkeys(THING_NOUNS, THING),
    **dict.fromkeys(FACILITY_NOUNS, FAC),
    **dict.fromkeys(PLACE_NOUNS, GPE),
    **dict.fromkeys(ORG_NOUNS, ORG),
    **dict.fromkeys(PERSON_CUE_NOUNS, PERSON),
}


def _noun_class(tok: Token) -> str | None:
    """The class a common noun names, if it is one of ours (written in lower case: not part of a name)."""
    if not tok.is_lower and not (tok.is_upper and tok.lower_ == "suv"):
        return None
    return _CLASS_OF.get(tok.lower_) or _CLASS_OF.get(tok.lemma_.lower())


def acts_as_body(ent: Span) -> bool:
    """Whether one mention of an abbreviation uses it as an organisation: the subject of a verb of saying,
    reporting or a body's acts ("NPR reported", "the CIA said", "LKAB plans"), "according to (the) X", the one
    told ("told NPR"), the owner of a person ("WSJ's Sumathi Reddy") or followed by a noun of a body's people
    ("CIA director", "FBI agents"). An abbreviation of a term is used otherwise: as a modifier of a thing ("SCN
    neurons", "NIF responses"), after an adjective ("a short ISI"), alone ("RIP.")."""
    doc = ent.doc
    root = ent.root
    if root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_.lower() in BODY_VERBS:
        return True
    # A body is not "a short ISI" or "early VR": an indefinite article or an adjective before it says a term.
    described = ent.start > 0 and (doc[ent.start - 1].lower_ in {"a", "an"} or doc[ent.start - 1].pos_ == "ADJ")
    if root.dep_ == "nsubj" and root.head.pos_ == "VERB" and not described:
        return True  # "what the FBI called 'communiques'", "LKAB had already spent"
    if root.dep_ == "pobj" and root.head.dep_ == "agent" and not described:
        return True  # "arrested Friday by the FBI"; not "separated by a short ISI"
    if root.dep_ in {"dobj", "dative"} and root.head.lemma_.lower() == "tell":
        return True
    before = [t.lower_ for t in doc[max(0, ent.start - 3) : ent.start]]
    if before[-2:] == ["according", "to"] or before == ["according", "to", "the"]:
        return True
    possessive = ent.end < len(doc) and doc[ent.end].tag_ == "POS"
    after = doc[ent.end + 1] if possessive and ent.end + 1 < len(doc) else doc[ent.end] if ent.end < len(doc) else None
    if after is None:
        return False
    if possessive and after.ent_type_ == "PERSON":
        return True  # "WSJ's Sumathi Reddy", "CBS's Lesley Stahl": the body a person works for
    if root.dep_ == "dobj" and root.head.pos_ == "VERB" and doc[ent.start - 1].lower_ == "the":
        return True  # "to force the FDA to listen", "called the FDA"
    # "CIA director", "ESPN legal analyst Ryan Smith", "FBI Special Agent Eric Birnbaum", "ESPN Saints reporter":
    # a noun of the body's people within the words that run on from the name
    for tok in doc[after.i : after.i + 3]:
        if not tok.is_alpha or not (tok.is_lower or tok.is_title):
            return False
        if tok.lower_ in BODY_PEOPLE or tok.lemma_.lower() in BODY_PEOPLE:
            return True
    return False


def context_class(ent: Span) -> str | None:
    """The class the words around one mention give it (see the module docstring), or ``None``."""
    doc = ent.doc
    if ent.start > 0:
        before = doc[ent.start - 1]
        cls = _noun_class(before) if before.pos_ in {"NOUN", "PROPN"} else None
        if cls in {PERSON, ORG, THING}:  # a place noun before a name modifies it: "state Senate", "city Council"
            return cls
        if before.lower_ == "of" and ent.start > 1 and doc[ent.start - 2].lower_ in PLACE_OF:
            return GPE
        if before.lower_ in NAMING_WORDS:
            noun = next((t for t in reversed(doc[max(0, ent.start - 4) : ent.start - 1]) if not t.is_punct), None)
            if noun is not None and noun.pos_ == "NOUN" and (cls := _noun_class(noun)) is not None:
                return cls
    if ent.end < len(doc):
        after = doc[ent.end]
        if after.tag_ == "POS" and ent.end + 1 < len(doc):  # "Kors's stores"
            after = doc[ent.end + 1]
        if after.lower_ in ORG_AFTER and (after.is_lower or after.lower_ == "ceo"):
            return ORG
        if after.is_lower:
            if after.lower_ in PLACE_AFTER and not _modifies_next(after):
                return GPE
            if after.lower_ in FACILITY_AFTER:
                return FAC
            if after.lower_ in THING_AFTER:
                return THING
    root = ent.root
    if root.dep_ == "dobj" and root.head.lemma_ in ACQUIRING_VERBS:
        return ORG  # "agreed to buy Jimmy Choo": people are not bought
    for child in root.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN" and (cls := _noun_class(child)) is not None:
            return cls
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and (cls := _noun_class(root.head)) is not None:
        return cls
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        for child in root.head.children:
            if child.dep_ == "attr" and child.pos_ == "NOUN" and (cls := _noun_class(child)) is not None:
                return cls
    if _aged(ent):
        return PERSON
    return None


#: Compounds that open with a place's noun but name an event, not a place ("a CNN town hall", "a Trump state
#: visit"): the name before them is whose event it is. "Detroit city officials", "Terengganu state police" still say
#: the name is a city or state.
EVENT_COMPOUNDS = frozenset({("town", "hall"), ("town", "halls"), ("town", "meeting"), ("state", "visit")})


def _modifies_next(tok: Token) -> bool:
    """Whether a place's noun only opens an event's compound: "an MSNBC town hall" (MSNBC's meeting)."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and (tok.lower_, nxt.lower_) in EVENT_COMPOUNDS


#: The ages a report gives in apposition ("Bradley, 34,"); a larger number after a name is a year or a count.
MAX_AGE = 110


#: Tagger labels of places: a number in commas after a known place the tagger reads as one is a count ("Ohio, 18,
#: and Nevada, 6," electoral votes), not an age.
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _aged(ent: Span) -> bool:
    """Whether a person's age stands in apposition right after the name, between commas ("said Bradley, 34, of
    Dallas", "Bradley, 34, said"): news gives people, not bodies or places, an age that way. Not after "the" or
    "of": the age of "Col. Jerry Ross of the Air Force, 50," is the colonel's. Not after a known place the tagger
    reads as a place: "Ohio, 18, and Nevada, 6," are electoral votes (review24; the tagger's place label alone is
    not enough: "Rosito Borges, 35," and "Gina, 13," are people it tags GPE, and "Bradley", a person here, is a
    known place)."""
    if not _numbered(ent) or (ent.label_ in _PLACE_LABELS and known_place(ent.text)):
        return False
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ in {"the", "of"}:
        return False
    return not _in_table(ent)


#: How many numbered names make a table: two ("two other dogs, Banjo, 2, and Crosby, 3,") are as often a pair of
#: ages; a league table lists more.
TABLE_ROWS = 3


def _in_table(ent: Span) -> bool:
    """Whether a numbered name is one of a run of them in its sentence of which one is no person's name by any
    sign (neither tagged a person nor opened by a known given name): "Arsenal, 64, Chelsea, 60, and Everton, 51,"
    is a league table, its numbers points, and "Chelsea" (a given name too) no person. Children listed with their
    ages ("Jonah, 14, Gina, 13,", both tagged places) stay people: each is a given name. The run is read from the
    words, not the tagger's names: it leaves some of a table's teams untagged ("Arsenal")."""
    if not ent.doc.has_annotation("SENT_START"):
        return False
    rows = [tok for tok in ent.sent if tok.is_title and _numbered(ent.doc[tok.i : tok.i + 1])]
    return len(rows) >= TABLE_ROWS and not all(_a_persons(tok) for tok in rows)


def _a_persons(last: Token) -> bool:
    """Whether the name ending at ``last`` shows a person's sign: tagged a person, or opened by a given name."""
    first = last
    while first.i > first.sent.start and first.nbor(-1).is_title and first.nbor(-1).pos_ == "PROPN":
        first = first.nbor(-1)
    return last.ent_type_ == "PERSON" or first_name_gender(first.text) is not None


def _numbered(ent: Span) -> bool:
    """Whether a number from 1 to :data:`MAX_AGE` stands between commas right after a name ("Bradley, 34,")."""
    doc = ent.doc
    if ent.end + 2 >= len(doc) or doc[ent.end].text != ",":
        return False
    age, after = doc[ent.end + 1], doc[ent.end + 2]
    return age.text.isdigit() and 1 <= int(age.text) <= MAX_AGE and after.text in {",", ".", ";"}
