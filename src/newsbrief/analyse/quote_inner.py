"""Quotes inside quotes: whose words the inner quote is, read from the outer quote's own text.

'"Then Mr. Corbyn told us, 'you are all traitors,' and walked out," Jane Smith said': the inner quote is
Corbyn's, the outer Jane Smith's. PolNeAR gives no gold for this (of 294 nested spans on train, 268 lie only
inside their outer quote's annotation and the 7 annotated on their own carry the outer speaker), so the rules
here are checked by reading, and they only ever name someone the outer quote's words name: a speech verb in the
outer quote's sentence before the inner quote, whose subject is a person's name, "I" (the outer speaker, who
is telling what they said) or "he"/"she" pointing to a person the outer quote names before it. Anything else is
not listed on its own: its words stay inside the outer quote, never credited to the outer speaker alone.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from spacy.tokens import Token

from newsbrief.analyse.quote_index import DocIndex
from newsbrief.analyse.quote_speakers import Speakers
from newsbrief.analyse.quote_verbs import is_speech
from newsbrief.model import Quote
from newsbrief.text.lexicon import PRONOUN_GENDER
from newsbrief.text.lexicon import words as wordset

#: Words that make a speech verb hypothetical or generic: nobody said these words ("Sanders can say '...'",
#: "when Trump says '...'", "if he says '...'").
HYPOTHETICAL = wordset("can could would will might may should must when if whenever unless 'd")
#: Subjects by which the outer speaker tells their own words ("I said, '...'", "I told him, '...'").
_FIRST_PERSON = frozenset({"i"})


def _inside(idx: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s <= idx < e for s, e in spans)


def _unsaid(verb: Token, nested: Sequence[tuple[int, int]]) -> bool:
    """A speech verb that reports nothing said: hypothetical ("when Twitter says", "I'd say"), or denied ("it's
    not just Bernie Sanders saying '...'", "he never said '...'"), on the verb or on the clause that holds it; a
    "not" of some inner quote's own words ("shouting, 'We are not talking to you,' and Patsy shouts") denies
    nothing of the verb."""
    if any(c.dep_ in ("aux", "mark", "advmod") and c.lower_ in HYPOTHETICAL for c in verb.children):
        return True
    heads = [verb, verb.head] if verb.dep_ in ("ccomp", "xcomp", "advcl", "conj") else [verb]
    return any(c.dep_ == "neg" and not _inside(c.idx, nested) for h in heads for c in h.children)


def _spoken_by(verb: Token, tokens: Sequence[Token]) -> bool:
    """Whether the inner quote is what ``verb`` says: its words hang from the verb through verbs only.

    'President Obama said 'ISIL continues to shrink'' and 'he said his wife was 'very proud of it'' are; 'I
    tell the 'Bernie or Bust' people' is not: the quote names a camp inside the verb's object, a noun.
    """
    inside = {t.i for t in tokens}
    for tok in tokens:
        if tok.is_punct or tok.head.i in inside:
            continue
        node = tok.head
        while node.i != verb.i and node.pos_ in ("VERB", "AUX", "ADJ", "ADV") and node.head.i != node.i:
            node = node.head
        if node.i == verb.i:
            return True
    return False


def _named_earlier_in(
    speakers: Speakers, outer: Quote, at: int, gender: str, nested: Sequence[tuple[int, int]]
) -> str | None:
    """The person "he" or "she" at ``at`` points to, when the outer quote itself names them before it.

    '"Hillary Clinton came over, and she said, '...'," Broaddrick said': Clinton. A person named only before
    the outer quote is too far to be sure of ('"My mother called, and she said, '...'"' after a paragraph on
    Clinton is the mother's), and the outer speaker never is ("she" is not how Broaddrick tells her own words);
    nor is a person named inside another inner quote (a column's title "Sorry, I Won't Vote for Trump").
    """
    named = [
        speakers.canonical(ent.text, ent[-1])
        for ent in speakers.index.persons
        if outer.start <= ent.start_char and ent.end_char <= at and not _inside(ent.start_char, nested)
    ]
    for name in reversed(named):
        # the gender must be known: "Bill" named inside Hillary Clinton's words is no "she"
        if name != outer.speaker and speakers.gender.get(speakers.canonical_key(name)) == gender:
            return name
    return None


def _inner_speaker(
    speakers: Speakers, subj: Token, outer: Quote | None, nested: Sequence[tuple[int, int]]
) -> str | None:
    """Whose words the inner quote is, by the subject of the outer quote's speech verb; ``None``: not named."""
    index = speakers.index
    ent = index.ent_of(subj)
    if ent is not None and ent.label_ == "PERSON":
        return speakers.canonical(ent.text, ent[-1])
    outer_speaker = outer.speaker if outer is not None else None
    if subj.lower_ in _FIRST_PERSON:
        return outer_speaker  # the outer speaker telling what they said themselves
    if subj.lower_ in PRONOUN_GENDER and outer is not None:
        return _named_earlier_in(speakers, outer, subj.idx, PRONOUN_GENDER[subj.lower_], nested)
    return None


def inner_quotes(
    index: DocIndex,
    speakers: Speakers,
    nested: Sequence[tuple[int, int]],
    outer_quotes: Sequence[Quote],
    article_id: str,
    min_words: int,
) -> list[Quote]:
    """Quotes inside quotes, each credited to the speaker the outer quote's text names, or not listed.

    ``outer_quotes`` are the article's quotes of its outermost spans: an inner quote told in the first person
    takes its outer quote's speaker and confidence (the brief shows it as it shows the outer one).
    """
    out = []
    text = index.text
    outer_starts = [s for s, _ in index.spans]
    by_span = {(q.start, q.end): q for q in outer_quotes}
    for start, end in nested:
        if sum(1 for w in text[start:end].split() if any(c.isalnum() for c in w)) < min_words:
            continue
        k_outer = bisect.bisect_left(outer_starts, start) - 1
        o_start = outer_starts[k_outer]  # the outer quote it sits in
        outer = by_span.get(index.spans[k_outer])
        before = [t for t in index.tokens_before(start, 12) if t.idx >= o_start]
        k = next((i for i in range(len(before) - 1, -1, -1) if is_speech(before[i])), None)
        if k is None or any(t.text in ".!?" for t in before[k + 1 :]):
            continue  # no speech verb in the same sentence of the outer quote
        verb = before[k]
        if _unsaid(verb, nested) or not _spoken_by(verb, index.tokens_within(start, end)):
            continue
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.idx >= o_start), None)
        speaker = _inner_speaker(speakers, subj, outer, nested) if subj is not None else None
        if speaker is None:
            continue
        first_person = subj is not None and subj.lower_ in _FIRST_PERSON
        confidence = outer.confidence if first_person and outer is not None else None
        out.append(Quote(text[start:end], speaker, verb.text, article_id, start, end, confidence))
    return out
