"""An index of one parsed article, built once, so that attributing every quote costs O(log n) lookups.

Before this index (issue 14, target 5) each quote scanned every token of the document up to four times
(tokens after the closing mark, tokens before the opening mark, tokens inside, the entity list), so a
long transcript-like article with many quotes cost tokens x quotes. Here token start offsets, the quote
spans and the entities are sorted arrays searched with :mod:`bisect`, the tokens of a character range
come from ``Doc.char_span`` (spaCy's own offset-to-token map), and each token knows its entity through
a table filled in one pass over ``doc.ents``; ``Doc.text`` (which joins every token on each access) is
read once.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


class DocIndex:
    """Sorted offsets of tokens, quote spans and PERSON entities of one ``Doc``."""

    __slots__ = ("_ent_of", "_person_starts", "_span_starts", "_starts", "doc", "persons", "spans", "text")

    def __init__(self, doc: Doc, spans: Sequence[tuple[int, int]]) -> None:
        self.doc = doc
        self.text = doc.text  # ``Doc.text`` joins every token on each access: read it once
        self._starts = [t.idx for t in doc]
        self.spans = sorted(spans)
        self._span_starts = [s for s, _ in self.spans]
        self._ent_of: list[Span | None] = [None] * len(doc)
        for ent in doc.ents:
            for i in range(ent.start, ent.end):
                self._ent_of[i] = ent
        self.persons = [e for e in doc.ents if e.label_ == "PERSON"]
        self._person_starts = [e.start_char for e in self.persons]

    def inside(self, idx: int) -> bool:
        """Whether character ``idx`` lies inside a quote span (spans do not overlap: outermost only)."""
        k = bisect.bisect_right(self._span_starts, idx) - 1
        return k >= 0 and self.spans[k][0] <= idx < self.spans[k][1]

    def ent_of(self, tok: Token) -> Span | None:
        """The named entity a token belongs to, if any."""
        return self._ent_of[tok.i]

    def first_at_or_after(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset`` (``len(doc)`` when none)."""
        return bisect.bisect_left(self._starts, offset)

    def tokens_after(self, offset: int, n: int) -> list[Token]:
        """Up to ``n`` tokens starting at or after ``offset``."""
        i = self.first_at_or_after(offset)
        return list(self.doc[i : i + n])

    def tokens_before(self, offset: int, n: int) -> list[Token]:
        """Up to ``n`` tokens that end at or before ``offset``, in text order."""
        j = bisect.bisect_right(self._starts, offset)  # tokens starting at or before offset
        while j > 0 and self.doc[j - 1].idx + len(self.doc[j - 1]) > offset:
            j -= 1
        return list(self.doc[max(0, j - n) : j])

    def tokens_within(self, start: int, end: int) -> list[Token]:
        """Tokens that start inside ``[start, end)``."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:  # pragma: no cover - "expand" always aligns inside the text
            return []
        return [t for t in span if start <= t.idx < end]

    def persons_between(self, start: int, end: int) -> list[Span]:
        """PERSON entities that start in ``[start, end)``, in text order."""
        lo = bisect.bisect_left(self._person_starts, start)
        hi = bisect.bisect_left(self._person_starts, end)
        return self.persons[lo:hi]
