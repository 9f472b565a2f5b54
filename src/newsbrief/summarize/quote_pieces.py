"""Summary sentences that lie inside a quotation whose speaker is outside them (issue 10, session 19).

A splitter cuts a quotation of several sentences into pieces ('"I've said it many times. I disagree with him."'
after '"You can't compare the two," Smith said.'), and a quotation's speaker is often named in another sentence
('... ," he added.' after it, "Smith said:" before it). Shown as a bullet of its own, such a sentence is a
first-person quote with no speaker, or a fragment that opens or ends mid-quotation: it cannot stand alone
(../shared/EDITOR.md). Where the sentence lies is read with the quotes stage's own spans
(:func:`newsbrief.analyse.quote_spans.outer_and_nested`, the code behind ``newsbrief quotes``), not a second reading
of the marks. Two kinds:

- :data:`LATER`: the sentence starts inside a quotation opened in an earlier sentence (a middle or last piece,
  with or without its attribution after the close: 'I disagree with him," Smith said.'). Never a bullet of its
  own: the quotation is shown, if at all, by its first piece with the speaker's label;
- :data:`OPENS`: the sentence opens or lies wholly inside a quotation and holds no words of its own outside it, so
  its speaker is named elsewhere. Shown only with the speaker's label (:mod:`.speakers_shown`), which needs the
  quotes' parse and a speaker the ranker trusts; else left out.

A sentence with words of its own outside the quotation ('"We will win," Smith said.', 'Smith said: "We will
win.') holds its speaker, or a pronoun the other checks read: neither kind.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from newsbrief.analyse.quote_spans import outer_and_nested
from newsbrief.model import Article, Sentence, SummarySentence

LATER = "later"
OPENS = "opens"
_WORD = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=256)
def _spans(text: str) -> tuple[tuple[int, int], ...]:
    """The outermost quotations of ``text`` (inside the marks): the quotes stage's spans, cached per article."""
    return tuple(outer_and_nested(text)[0])


def piece_kind(text: str, start: int, end: int) -> str | None:
    """:data:`LATER`, :data:`OPENS` or None for the sentence at ``start:end`` of article ``text`` (module doc)."""
    inside = [(s, e) for s, e in _spans(text) if s < end and e > start]
    if not inside:
        return None
    if inside[0][0] < start:
        return LATER
    own, pos = [], start
    for s, e in inside:
        own.append(text[pos:s])
        pos = max(pos, e)
    own.append(text[pos:end])
    return None if _WORD.search("".join(own)) else OPENS


def pool_text(sentences: Sequence[Sentence]) -> str:
    """One article's text rebuilt from its sentences (each at its offsets, gaps blank, a new paragraph a line
    break): what selection has where the article itself is not passed; quote marks are all in the sentences."""
    if not sentences:
        return ""
    chars = [" "] * max(s.end for s in sentences)
    for prev, sent in zip([None, *sentences[:-1]], sentences, strict=True):
        if prev is not None and sent.paragraph != prev.paragraph and prev.end < sent.start:
            chars[sent.start - 1] = "\n"
        chars[sent.start : sent.end] = sent.text
    return "".join(chars)


def has_speaker_label(item: SummarySentence) -> bool:
    """Whether the brief shows the sentence with a speaker's label ("[Jane Smith:]", :mod:`.speakers_shown`)."""
    # imported here: speakers_shown -> antecedents -> units -> this module
    from newsbrief.summarize.speakers_shown import is_speaker_insert

    return any(is_speaker_insert(i) for i in item.insertions)


def without_speakerless_pieces(
    summary: Sequence[SummarySentence], articles: Sequence[Article]
) -> list[SummarySentence]:
    """The summary less each sentence inside a quotation whose speaker it does not show: every :data:`LATER` piece
    (the quotation's first piece carries its label, and two pieces of one quotation are never two bullets), and
    every :data:`OPENS` sentence the brief shows without a speaker label (none known or trusted, no analysis, or
    no room for the label). Run after the labels are set (:func:`.speakers_shown.show_speakers`)."""
    by_id = {a.id: a.text for a in articles}
    out = []
    for item in summary:
        src = item.source
        kind = piece_kind(by_id[src.article_id], src.start, src.end) if src.article_id in by_id else None
        if kind == LATER or (kind == OPENS and not has_speaker_label(item)):
            continue
        out.append(item)
    return out
