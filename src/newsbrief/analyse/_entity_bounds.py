"""Where a name begins and ends: the cuts and glue of the tagger that the words around a name undo.

The small tagger reads names from their letters and a narrow window, so it cuts some names short, glues words on
to others and mistakes a transcript's speaker labels for bodies. These checks read the tokens just around a
mention (part of step 1 of :mod:`newsbrief.analyse.entities`):

* a capitalised noun right after a body's or place's name that the tagger left out ("[Norfolk] District
  Attorney's Office"), or "of" and a capitalised noun right before it ("Bank of [America]"): a longer name cut;
* a campus after "University of <Name>," ("the University of California, [Irvine]"): part of the university;
* a word in lower case with capitals inside ("dBpm Records", "eBay"): the name's own first word, kept;
* a transcript's speaker label ("MARTIN: That's Opal Lee."): a person.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbrief.analyse._entity_rules import PARTIES, PLACE_CLASS
from newsbrief.text.lexicon import HONORIFICS, PERSON_TITLES, ROLE_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: The tagger's labels of a word that is a name of its own, so a name after its "of" is no cut part of it: a person,
#: a day or date (a party's member or a place only as :func:`_another_name` says).
_OTHER_NAMES = frozenset({"PERSON", "DATE"})

#: The legal forms that end a company's name ("Spyglass Inc.", "Mills Corp."), written without their dot.
LEGAL_FORMS = frozenset({"inc", "corp", "co", "ltd", "llc", "plc"})

#: Words that make a name a university's or college's ("University of California", "Stanford University").
ACADEMIC = frozenset({"university", "college", "institute"})


def mixed_case(word: str) -> bool:
    """A word in lower case with capitals inside ("dBpm", "eBay", "iPhone"): a name's own spelling."""
    return word.isalpha() and word[:1].islower() and any(c.isupper() for c in word[1:])


def cut_before(after: Token) -> bool:
    """Whether the word after a body's or place's name goes on with it: a capitalised noun inside the sentence
    that the tagger left out of every name and that is no title ("Governor", "Minister"), so the model cut a
    longer name ("[Norfolk] District Attorney's Office") and this mention is not the name it stands for."""
    return (
        after.is_title
        and after.pos_ in {"PROPN", "NOUN"}
        and not after.ent_type_
        and not after.is_sent_start
        and after.lower_ not in ROLE_WORDS
        and after.lower_.rstrip(".") not in HONORIFICS
    )


def of_longer_name(doc: Doc, first: int) -> bool:
    """Whether the name starting at token ``first`` ends a longer name the tagger cut ("Bank of [America]",
    "the Reorganized Church of [Jesus Christ]"): "of" before it, and before that a capitalised noun inside the
    sentence that is no title ("Secretary of State", "President of France") and no person's name ("Cuomo of New
    York"). Nor when that noun is in capitals ("co-C.E.O. of [Renaissance Technologies]": a title's initials, which
    ``is_title`` passes for its dots), the tagger reads it as a name of another kind ("Suharto of [Indonesia]",
    "Malaysia of the [Asia Pacific Economic Cooperation]", "Tuesday of [America Online]", "Democrat of
    [Michigan]"), or it is the legal form that ends a company's name ("Spyglass Inc. of [Naperville]")."""
    if first < 2 or doc[first - 1].lower_ != "of":
        return False
    head = doc[first - 2]
    return (
        head.is_title
        and not head.is_upper
        and head.pos_ in {"PROPN", "NOUN"}
        and not head.is_sent_start
        and not _another_name(head)
        and not (head.ent_type_ == "ORG" and head.lower_.rstrip(".") in LEGAL_FORMS)
        and head.lower_ not in ROLE_WORDS
        and head.lower_.rstrip(".") not in HONORIFICS
        and head.lower_ not in PERSON_TITLES
    )


def _another_name(head: Token) -> bool:
    """Whether the word before "of <Name>" is a name of another kind the tagger read whole: a person, a day, a
    party's member ("Democrat of [Michigan]"; not the "Archdiocese of [Philadelphia]", tagged a nationality too), or
    a place named in one word that is no class noun ("in Malaysia of the ...", not the "Southern District of [New
    York]" or the "City of [Menasha]", which are the longer name cut)."""
    if head.ent_type_ in _OTHER_NAMES or (head.ent_type_ == "NORP" and head.lower_ in PARTIES):
        return True
    alone = head.ent_iob_ == "B" and (head.i + 1 == len(head.doc) or head.doc[head.i + 1].ent_iob_ != "I")
    return head.ent_type_ in {"GPE", "LOC"} and alone and head.pos_ == "PROPN" and head.lower_ not in PLACE_CLASS


def speaker_label(doc: Doc, toks: list[Token]) -> bool:
    """Whether a name is a transcript's speaker label: words in capitals that open a line and are followed by a
    colon ("MARTIN: That's Opal Lee.", "MICHEL MARTIN, HOST:"), the way broadcast transcripts name who speaks."""
    if not toks or not toks[0].text.isupper() or not all(t.is_upper and t.is_alpha for t in toks):
        return False
    first, last = toks[0].i, toks[-1].i
    opens_line = first == 0 or "\n" in doc[first - 1].text or "\n" in doc[first - 1].whitespace_
    for tok in doc[last + 1 : last + 4]:  # ":" or ", HOST:"
        if tok.text == ":":
            return opens_line
        if tok.text != "," and not tok.is_upper:
            return False
    return False


def campus(doc: Doc, first: int) -> bool:
    """Whether the place starting at token ``first`` follows "University of <Name>," ("the University of
    California, Irvine", "University of Wisconsin, Madison"): a campus, named with the university."""
    if first < 4 or doc[first - 1].text != "," or doc[first - 2].ent_type_ != "ORG":
        return False
    start = first - 2
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    if doc[start].lower_ == "the":
        start += 1
    return doc[start].lower_ in ACADEMIC and doc[start + 1].lower_ == "of"
