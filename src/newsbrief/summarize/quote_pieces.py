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
  own: joined to the piece before it where the summary holds that piece right before it (:func:`join_pieces`),
  else left out (it opens mid-quotation, a fragment);
- :data:`OPENS`: the sentence opens or lies wholly inside a quotation and holds no words of its own outside it, so
  its speaker is named elsewhere. Shown only with the speaker's label (:mod:`.speakers_shown`), which needs the
  quotes' parse and a speaker the ranker trusts; else left out.

A sentence with words of its own outside the quotation ('"We will win," Smith said.', 'Smith said: "We will
win.') holds its speaker, or a pronoun the other checks read: neither kind.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from newsbrief.analyse.quote_spans import outer_and_nested
from newsbrief.model import Article, SummarySentence

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


def _held_by(text: str, at: int) -> tuple[int, int] | None:
    """The quotation of ``text`` that holds offset ``at``, if any."""
    return next(((s, e) for s, e in _spans(text) if s <= at < e), None)


def join_pieces(summary: Sequence[SummarySentence], articles: Sequence[Article]) -> list[SummarySentence]:
    """The summary with each :data:`LATER` piece joined to the summary sentence right before it when that one is
    the text right before it in its source and opens the same quotation: one quotation is one bullet, never two
    (a selection unit, :mod:`.units`, chooses a quotation the splitter cut as a run of its pieces). The joined
    sentence is the source's text verbatim from the first piece's start to the last one's end; it keeps the first
    piece's note and only the support of articles that support every piece (a claim is reported by a source
    only where that source states all of it). A piece that cannot be joined stays, for
    :func:`without_speakerless_pieces`."""
    by_id = {a.id: a.text for a in articles}
    out: list[SummarySentence] = []
    for item in summary:
        src = item.source
        text = by_id.get(src.article_id)
        prev = out[-1] if out else None
        if (
            text is None
            or prev is None
            or prev.source.article_id != src.article_id
            or piece_kind(text, src.start, src.end) != LATER
            or text[prev.source.end : src.start].strip()
            or (quote := _held_by(text, src.start)) is None
            or not prev.source.start <= quote[0] < prev.source.end
        ):
            out.append(item)
            continue
        shift = src.start - prev.source.start
        joined = text[prev.source.start : src.end]
        both = {s.article_id for s in prev.support} & {s.article_id for s in item.support}
        out[-1] = replace(
            prev,
            text=joined,
            source=replace(prev.source, end=src.end, text=joined),
            support=tuple(s for s in prev.support if s.article_id in both),
            insertions=(*prev.insertions, *(replace(i, at=i.at + shift) for i in item.insertions)),
        )
    return out


def has_speaker_label(item: SummarySentence) -> bool:
    """Whether the brief shows the sentence with a speaker's label ("[Jane Smith:]", :mod:`.speakers_shown`)."""
    # imported here: speakers_shown -> antecedents -> units -> this module
    from newsbrief.summarize.speakers_shown import is_speaker_insert

    return any(is_speaker_insert(i) for i in item.insertions)


def without_speakerless_pieces(
    summary: Sequence[SummarySentence], articles: Sequence[Article]
) -> list[SummarySentence]:
    """The summary less each sentence inside a quotation whose speaker it does not show: every :data:`LATER` piece
    left after :func:`join_pieces` (it opens mid-quotation: a fragment, and the first piece carries the label), and
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
