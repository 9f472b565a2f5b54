"""Whose words a document's are: "his e-mail said", "the IMF report stated", "a disclaimer that CBS aired, saying".

Part of speaker attribution (:mod:`newsbrief.analyse.quote_speakers`): a document noun as the subject of a
speech verb names its author when the text says whose the document is; otherwise it names nobody.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbrief.analyse.quote_verbs import is_speech
from newsbrief.text.lexicon import ROLE_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Nouns for texts rather than people: "the statement said" names nobody by itself.
DOCUMENT_NOUNS = frozenset(
    """statement lawsuit suit letter report complaint petition filing study document memo release
    post tweet message video ruling law bill banner sign article magazine newspaper paper survey
    poll website account book email mail note disclaimer notice piece ad advertisement commercial projection
    column analysis""".split()
)


#: Document nouns that also name an outlet: "the paper said" points back to the paper named before (as "the council
#: said" does to a council), not to a text of nobody.
OUTLET_NOUNS = frozenset("newspaper paper magazine website".split())


def document_before(verb: Token) -> Token | None:
    """The document a participle of saying hangs on: "a written disclaimer that CBS aired with its show, saying".

    The noun phrase must end right before the participle's comma, be headed by a document noun and say whose
    the document is (:func:`document_owner`); the parser often attaches such a participle to the sentence's verb
    instead, whose subject ("Wood said ...") reported the document and did not write it. A document of nobody named ("He
    issued a statement on the subject, saying") leaves the participle to the sentence's subject, as before.
    """
    doc = verb.doc
    if (
        verb.tag_ != "VBG"
        or verb.i < 2
        or doc[verb.i - 1].text != ","
        or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        return None
    tok = doc[verb.i - 2]
    for _ in range(6):
        if tok.lemma_.lower() in DOCUMENT_NOUNS and tok.pos_ == "NOUN" and tok.right_edge.i == verb.i - 2:
            if tok.dep_ == "dobj" and any(c.dep_ == "nsubj" for c in tok.head.children) and not is_speech(tok.head):
                return None  # "Obama signed Boehner's bill, saying ...", "The judge read Smith's letter, saying": the
                # subject acted on the document and the participle is the subject's ("Wood said a disclaimer
                # ..., saying" is a reported clause the parser made an object)
            return tok if document_owner(tok) is not None else None
        if tok.head is tok or tok.head.i >= verb.i:
            return None
        tok = tok.head
    return None


#: Verbs whose subject put a document out: "a disclaimer that CBS aired", "the letter she sent".
_ISSUING = frozenset("air issue release publish send post write include sign file broadcast run".split())


def document_owner(doc_noun: Token) -> Token | None:
    """Who a document belongs to: "his e-mail", "Eichmann's letter", "the IMF report", "the White House statement".

    A possessive pronoun or a possessive name, or a compound that is a person or an organisation. The tokenizer
    cuts "e-mail" into "e", "-", "mail", and the parser may hang "his" on "e": the hyphen-joined parts count
    as one noun.
    """
    doc = doc_noun.doc
    parts = [doc_noun]
    i = doc_noun.i
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        i -= 2
        parts.append(doc[i])
    for part in parts:
        for child in part.children:
            if child.dep_ == "poss" and (child.pos_ == "PRON" or child.ent_type_ in ("PERSON", "ORG")):
                return child
    for child in doc_noun.children:
        if child.dep_ == "appos" and child.ent_type_ in ("PERSON", "ORG"):
            return child  # "the Israeli newspaper Haaretz"
        if child.dep_ == "compound" and child.ent_type_ in ("PERSON", "ORG") and not _authored(doc_noun):
            if _platform(child, doc_noun):
                continue  # "the Twitter account said": the platform; the account's holder is not written here
            return child  # "the IMF report"; not the Twitter of "the Twitter account of the governor"
    for clause in doc_noun.children:  # "a disclaimer that CBS aired with its show"
        if clause.dep_ in ("relcl", "acl") and clause.lemma_.lower() in _ISSUING:
            subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subj is not None and (subj.ent_type_ in ("PERSON", "ORG") or subj.pos_ in ("PROPN", "PRON")):
                return subj
    return _author_by(doc_noun) or _issued_by_subject(doc_noun)


#: Document nouns that are a place on a platform rather than a text: the name right before them is the platform's
#: ("the Twitter account", "the Instagram account"), its holder stands further left ("the Trump Twitter account").
_HELD_ON_PLATFORM = frozenset({"account"})


def _platform(name: Token, doc_noun: Token) -> bool:
    """Whether a name compounded to a document is the platform it is held on: the last word before "account"."""
    return doc_noun.lemma_.lower() in _HELD_ON_PLATFORM and name.i == doc_noun.i - 1


def _named(tok: Token) -> Token | None:
    """A tagged person or organisation, or a common noun set beside one ("the consulting firm Oxford Economics")."""
    if tok.ent_type_ in ("PERSON", "ORG"):
        return tok
    return next((c for c in tok.children if c.dep_ == "appos" and c.ent_type_ in ("PERSON", "ORG")), None)


def _author_by(doc_noun: Token) -> Token | None:
    """The author a document's own phrase names (:func:`author_phrase`): "a paper from the Brookings Institution", "a
    projection by the consulting firm Oxford Economics", "an email sent out by Sanders", "a court document filed by
    Dave Aronberg", "the account of Governor Lee". Only a named person or organisation: "a letter from a reader", "a
    study by economists" name nobody a reader could check."""
    author = author_phrase(doc_noun)
    return _named(author) if author is not None else None


#: Common nouns for a body or a household that writes and is quoted as one: "a statement from the family", "quoting
#: the government".
AUTHOR_BODIES = frozenset("family government campaign".split())


#: Documents whose "of" names what they are about, never who wrote them: "a study of Lyndon Johnson", "a poll of
#: voters", "a video of the senator", "a book of poems" (review29: "a study of Lyndon Johnson concludes" was shown
#: as Johnson's words once "of" + a person named the author).
_ABOUT_OF = frozenset("study analysis survey poll review video book article piece column projection".split())


def author_phrase(doc_noun: Token) -> Token | None:
    """The head of the phrase by which a document names its author, named or not: the object of "by" / "from" on
    the noun or of its participle's agent ("a video posted by the campaign", "an email sent out by Sanders"), or
    of "of" when it is a person, an organisation or a role ("the account of the governor"; not "a poll of
    voters", "a copy of the memo", nor after a document about its object, :data:`_ABOUT_OF`).

    The one reading of the author phrase: the document rules (:func:`document_owner`, :func:`_authored`) and the
    relay ("reading a statement from the family", :meth:`~newsbrief.analyse.quote_speakers.Speakers.relayed`)
    both ask it, so "of" means the same in both (review23 found them apart).
    """
    preps = [c for c in doc_noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")]
    preps += [
        a
        for clause in doc_noun.children
        if clause.dep_ == "acl" and clause.tag_ == "VBN"
        for a in clause.children
        if a.dep_ == "agent"
    ]
    pobjs = [c for prep in preps for c in prep.children if c.dep_ == "pobj"]
    if pobjs:  # a name first: "a report from last week by the GAO"
        return next((p for p in pobjs if _named(p) is not None), pobjs[0])
    if doc_noun.lemma_.lower() in _ABOUT_OF:
        return None  # "a study of Lyndon Johnson concludes": what it is about, not who wrote it (review29)
    for prep in doc_noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and (
                    pobj.ent_type_ in ("PERSON", "ORG") or pobj.lemma_.lower() in ROLE_WORDS | AUTHOR_BODIES
                ):
                    return pobj
    return None


def _authored(doc_noun: Token) -> bool:
    """Whether a document's own phrase names its author, named or not ("a video posted by the campaign", "the
    account of the governor"): then a name before the noun is the platform or the kind ("YouTube", "Twitter"),
    not who wrote it, and a reader is better told nobody than the platform."""
    return author_phrase(doc_noun) is not None


#: Verbs by which an outlet puts out a piece of its own ("The Washington Post ran a piece that noted"); of another's
#: text (a letter, an advertisement) it is only the carrier.
_CARRYING = frozenset("run publish air broadcast post include".split())
#: An outlet's own pieces.
_OWN_PIECES = frozenset("piece story article report column analysis".split())


def _issued_by_subject(doc_noun: Token) -> Token | None:
    """The named subject of the verb that put the document out, when the words are the document's own: "Sanders is
    releasing a new ad that urges ...", "Trump released a marketing video that said ...", "The Washington Post ran
    a piece that noted ...". Not "CNN aired an ad that said" (an outlet carries another's ad) nor "Reporters obtained
    a memo that said" (obtaining is not issuing)."""
    verb = doc_noun.head
    lemma = verb.lemma_.lower()
    if doc_noun.dep_ != "dobj" or lemma not in _ISSUING:
        return None
    if lemma in _CARRYING and doc_noun.lemma_.lower() not in _OWN_PIECES:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return _named(subj) if subj is not None else None


def document_issuer(doc_noun: Token) -> Token | None:
    """Who issued the document "the statement" points back to: "The Nulato Tribal Council issued a statement ...
    "...," the statement said." The same noun earlier, within about two paragraphs: its own owner ("a statement
    from US 7th Fleet"), or the subject of the verb it is the object of, or of the verb of saying it was said in
    ("the State Department said in a statement"), when that subject is a name (tagged or a proper noun); ``None``
    for "a statement" or when the document was not someone's."""
    if [c.lower_ for c in doc_noun.children] != ["the"]:
        return None
    doc = doc_noun.doc
    for tok in reversed(doc[max(0, doc_noun.i - 150) : doc_noun.i]):
        if tok.lemma_ != doc_noun.lemma_ or tok.pos_ != "NOUN":
            continue
        owner = document_owner(tok)  # "according to a statement from US 7th Fleet. ... the statement said"
        if owner is not None and owner.pos_ != "PRON":
            return owner
        if tok.dep_ == "dobj":
            verb = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ == "in" and is_speech(tok.head.head):
            verb = tok.head.head  # "the State Department said in a statement. ... the statement said"
        else:
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        named = subj is not None and (subj.ent_type_ in ("PERSON", "ORG") or subj.pos_ == "PROPN")
        return subj if named else None
    return None


def read_out(verb: Token) -> Token | None:
    """The speech verb itself when it reads a document out: "Jones read Governor Lee's letter: '...'", "'...,' Smith
    read from a statement by the family". Whose words they are is the document's owner or author, as for a
    participle that passes words on (:meth:`~newsbrief.analyse.quote_speakers.Speakers.relayed`), never the
    reader's; "the sign read" (a document that speaks) is not reading out."""
    if verb.lemma_.lower() != "read":
        return None
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs += [p for c in verb.children if c.lower_ == "from" for p in c.children if p.dep_ == "pobj"]
    return verb if any(o.lemma_.lower() in DOCUMENT_NOUNS for o in objs) else None
