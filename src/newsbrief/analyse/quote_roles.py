"""Who a role phrase stands for: "the presumptive Republican presidential nominee said" is the one person the article
names in that role ("Donald Trump, the presumptive Republican nominee", "GOP nominee Donald Trump").

Why (issue 11, session 18's blind reading): a candidate's quote was shown with the speaker "the presumptive
Republican presidential nominee" while the article named him in that role; a description is for a speaker the text
never names. The evidence is the article's own tie of a name to the same role noun, never recency alone (a role
phrase with a party or a place in it is no back-reference the way "the senator" is): a person set beside the noun
(apposition either way), or written right after it as a title ("nominee Donald Trump"). Where two people hold the
noun ("the Republican nominee" and "the Democratic nominee"), the proper words of the phrase ("Republican", "Florida")
must be among the tie's own; where that leaves anything but one person, the description stays as it is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from newsbrief.analyse.quote_inverted import person_noun
from newsbrief.text.lexicon import ROLE_CONTRAST, ROLE_PAST

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from newsbrief.analyse.quote_index import DocIndex


def _proper_words(noun: Token, skip: frozenset[int] = frozenset()) -> frozenset[str]:
    """The capitalised words before a role noun in its own phrase ("Republican", "Florida", "GOP"), in lower case.

    Words of a person's name (``skip``) are the holder's, not the role's."""
    return frozenset(
        t.lower_
        for c in noun.lefts
        if c.dep_ in ("amod", "compound", "nmod", "npadvmod")
        for t in c.subtree
        if t.i not in skip and t.text[:1].isupper() and t.pos_ != "DET"
    )


def _contrast_words(noun: Token) -> frozenset[str]:
    """The words in a role noun's own phrase that set its holder apart from another's: "other", "new", "interim",
    "second" (:data:`ROLE_CONTRAST`, or any ordinal or number): "the other officer" is not "John Smith, the officer".
    """
    return frozenset(
        t.lower_
        for c in noun.lefts
        if c.dep_ in ("amod", "compound", "nmod", "npadvmod", "nummod", "advmod")
        for t in c.subtree
        if t.lower_ in ROLE_CONTRAST or t.ent_type_ in ("ORDINAL", "CARDINAL")
    )


def _holder(noun: Token, index: DocIndex) -> Span | None:
    """The person tied to a role noun at ``noun``: set beside it ("Donald Trump, the nominee", "the nominee, Donald
    Trump") or named right after it as a title ("nominee Donald Trump"); ``None`` when no tagged person is."""
    ent = index.ent_of(noun)
    if ent is not None:
        return None  # part of a name ("the Republican National Committee"): no role
    linked = [noun.head] if noun.dep_ in ("appos", "compound") else []
    linked += [c for c in noun.children if c.dep_ == "appos"]
    for tok in linked:
        held = index.ent_of(tok)
        if held is None or held.label_ != "PERSON":
            continue
        if noun.dep_ == "compound" and tok is noun.head and held.start != noun.i + 1:
            continue  # a title stands right before the name it belongs to
        return held
    return None


def _predicated(noun: Token, index: DocIndex) -> Span | None:
    """The person a role noun is said of: "Dana Whitcombe was sworn in as the new mayor", "Lowe is the governor" (the
    subject of the verb the noun's "as" or the copula hangs on); ``None`` when that subject is no tagged person."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "as":
        verb = noun.head.head
    elif noun.dep_ == "attr":
        verb = noun.head
    else:
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    held = index.ent_of(subj) if subj is not None else None
    return held if held is not None and held.label_ == "PERSON" else None


def role_holder(subj: Token, index: DocIndex, canonical: Callable[[str, Token], str]) -> str | None:
    """The one person the article names in the role a definite subject phrase describes, or ``None``.

    ``subj`` is the head noun of a phrase "the ... <noun>" that names nobody itself (:meth:`Speakers.described`'s
    kind): a person noun ("nominee", "senator"; not "the book"), singular, "the" its only determiner, no possessor.
    Every noun of the article with the same lemma, outside quotes, that a person is tied to (:func:`_holder`) is a
    tie. Ties whose own proper words hold the phrase's count first; a tie with other proper words ("the Democratic
    nominee" for "the Republican nominee") is another role; a tie with none ("Trump, the presumptive nominee") counts
    only where no tie matches. One person left: that name.
    """
    if subj.tag_ != "NN" or not person_noun(subj):
        return None  # "the book accuses": a document's words are no role's holder
    dets = [c for c in subj.children if c.dep_ in ("det", "poss")]
    if len(dets) != 1 or dets[0].lower_ != "the":
        return None
    want = _proper_words(subj)
    # "the other officer", "the new coach", "the interim chief executive": another holder than the one the article
    # named, unless the tie says the same ("Jane Doe, the new coach"); "Ann Lee, the former coach" is no "the coach"
    apart = _contrast_words(subj)
    lemma = subj.lemma_.lower()
    matching: set[str] = set()  # ties that hold the phrase's proper words ("the Republican nominee")
    plain: set[str] = set()  # ties with none of their own ("Donald Trump, the presumptive nominee")
    for tok in index.doc:
        if tok.lemma_.lower() != lemma or tok.pos_ != "NOUN" or tok.i == subj.i or index.inside(tok.idx):
            continue
        held = _holder(tok, index)
        if held is None or _contrast_words(tok) != apart:
            continue
        have = _proper_words(tok, frozenset(range(held.start, held.end)))
        if have and want <= have:
            matching.add(canonical(held.text, held[-1]))
        elif not have:
            plain.add(canonical(held.text, held[-1]))
    people = matching or plain
    return people.pop() if len(people) == 1 else None


def current_holder(
    subj: Token, named: str | None, index: DocIndex, canonical: Callable[[str, Token], str]
) -> str | None:
    """Who a bare role subject ("the mayor said") stands for, given the person named last before it (``named``).

    Where the article ties that person to the role only as its past holder ("former mayor Alan Brisk", "Alan Brisk,
    the outgoing mayor") and ties someone else to it without such a word ("new mayor Dana Whitcombe"), "the mayor" is
    the present holder: that one person, else nobody (a wrong speaker is worse than none). Otherwise ``named`` as is.
    """
    if named is None or subj.tag_ != "NN" or not person_noun(subj) or _contrast_words(subj):
        return named
    lemma = subj.lemma_.lower()
    past: set[str] = set()
    present: set[str] = set()
    for tok in index.doc:
        if tok.lemma_.lower() != lemma or tok.pos_ not in ("NOUN", "PROPN") or tok.i == subj.i or index.inside(tok.idx):
            continue  # (a title before a name may be tagged a proper noun: "Governor Rita Lowe")
        held = _holder(tok, index) or _predicated(tok, index)
        if held is not None:
            (past if _contrast_words(tok) & ROLE_PAST else present).add(canonical(held.text, held[-1]))
    if named not in past or named in present or not present:
        return named
    return present.pop() if len(present) == 1 else None
