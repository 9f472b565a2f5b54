"""A timeline of dated events across the sources of one story.

Method: temporal expression tagging and normalisation against the document creation time, as in
TimeML/TIMEX3 (Pustejovsky et al. 2005) and HeidelTime (Strötgen & Gertz 2013), reduced to what a
news brief needs:

1. **Find** date expressions: spaCy's ``DATE`` and ``TIME`` entities, plus a pattern pass for what the
   small model misses ("on Monday", "yesterday", "18 Feb 2019"). A bare month ("May") counts only
   after a preposition ("in May"), because "Mrs May" is tagged ``DATE`` too often.
2. **Normalise** each one with :func:`newsbrief.analyse._dates.parse_date` against the article's
   ``published`` date. Durations and ages ("39 days", "for decades") are not points and are skipped;
   relative dates without a published date are kept with ``resolved=False`` and ``date=None``. Partial
   dates keep their precision in the ISO string ("1981", "2019-02", "2019-W07", "2019-02-18").
3. **Event** = the sentence holding the expression (spaCy's sentence, clipped to its paragraph), a
   verbatim slice of the cleaned ``Article.text``. A sentence with two dates yields two events.
4. **Deduplicate**: two events with the same date (or the same unresolved expression) whose sentences
   share at least :data:`DUPLICATE_JACCARD` of their content stems are one event; the first by source
   order is kept (the bullet summaries of tabloid reports repeat their body text word for word).
5. **Sort** chronologically by the first day of each value (coarser values first on ties), then by
   source order; unresolved events come last, in source order.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Sequence
from datetime import date
from typing import TYPE_CHECKING

from newsbrief.analyse._dates import MONTHS, WEEKDAYS, ParsedDate, anchor_of, normalise, parse_date
from newsbrief.model import Article, Event, Span
from newsbrief.text.tokens import content_stems

if TYPE_CHECKING:
    from spacy.tokens import Doc

logger = logging.getLogger(__name__)

#: Content-stem Jaccard at or above which two same-date sentences report one event. Sentences that
#: restate a fact in other words stay below ~0.4 on the seeds; copied bullet lines are >= 0.7.
DUPLICATE_JACCARD = 0.5

_MONTH_CAP = "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))
_WEEKDAY_CAP = "|".join(d.capitalize() for d in WEEKDAYS)
# Expressions the small NER model often misses; matched on the raw text so offsets are exact.
_MISSED = re.compile(
    rf"\b(?:(?:[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?:{_WEEKDAY_CAP})(?:\s+(?:morning|afternoon|evening|night))?\b"
    r"|\b(?:[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight)\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH_CAP})\.?(?:,?\s+\d{{4}})?\b"
    rf"|\b(?:{_MONTH_CAP})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?"
    r"|\b\d{4}-\d{2}-\d{2}\b"
)
_BARE_MONTH_OK_AFTER = frozenset(
    "in since until till by from to of during before after last next this early late mid".split()
)
_PART_OF = frozenset("end beginning start middle half part course rest".split())
_DATE_LABELS = frozenset({"DATE", "TIME"})


def build_timeline(articles: Sequence[Article], docs: Sequence[Doc]) -> tuple[Event, ...]:
    """Dated events of a story, in chronological order.

    Args:
        articles: the cleaned articles (offsets index their ``text``).
        docs: ``nlp.pipe`` over ``[a.text for a in articles]``, one per article, in the same order.

    Returns:
        Events sorted chronologically, unresolved ones last; near-identical sentences about the same
        date across or within sources are reported once (the first source's span).

    Raises:
        ValueError: ``docs`` does not match ``articles`` one for one.
    """
    _check_aligned(articles, docs)
    found: list[tuple[Event, date | None, int, int]] = []
    for index, (article, doc) in enumerate(zip(articles, docs, strict=True)):
        anchor = anchor_of(article.published)
        for start, end in _expressions(article.text, doc):
            parsed = parse_date(article.text[start:end], anchor)
            if parsed is None:
                continue
            event = _event(article, doc, start, end, parsed)
            if event is not None:
                found.append((event, parsed.start, index, event.span.start))
    events = _deduplicate(found)
    logger.debug("timeline: %d events (%d before deduplication)", len(events), len(found))
    return tuple(e for e, *_ in events)


def _check_aligned(articles: Sequence[Article], docs: Sequence[Doc]) -> None:
    if len(articles) != len(docs):
        raise ValueError(f"got {len(articles)} articles but {len(docs)} parsed docs; pass one doc per article")
    for article, doc in zip(articles, docs, strict=True):
        if doc.text != article.text:
            raise ValueError(f"the doc of article {article.id!r} was not parsed from its cleaned text")


def _expressions(text: str, doc: Doc) -> Iterator[tuple[int, int]]:
    """Character spans of candidate date expressions: NER first, then the pattern pass."""
    taken: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ not in _DATE_LABELS:
            continue
        start, end = ent.start_char, ent.end_char
        if "\n" in text[start:end]:  # an entity across a paragraph break is a tagging error
            continue
        if not _plausible(ent.text, text, start):
            continue
        taken.append((start, end))
        yield start, end
    for m in _MISSED.finditer(text):
        if not any(m.start() < e and s < m.end() for s, e in taken):
            yield m.start(), m.end()


def _plausible(expression: str, text: str, start: int) -> bool:
    """False for a bare month name without a preposition before it ("Mrs May", "May said")."""
    if normalise(expression) not in MONTHS:
        return True
    # The words before the month: inside the entity ("the end of May") or before it ("in May").
    words = [w.lower().strip(".,") for w in text[max(0, start - 30) : start].split() + expression.split()[:-1]]
    previous = words[-1] if words else ""
    if previous == "of":  # "the end of May", but not "critics of May"
        return len(words) >= 2 and words[-2] in _PART_OF
    return previous in _BARE_MONTH_OK_AFTER


def _event(article: Article, doc: Doc, start: int, end: int, parsed: ParsedDate) -> Event | None:
    """The event of one date expression: its sentence, clipped to the paragraph, as a verbatim span."""
    text = article.text
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    sent = span[0].sent
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    para_end = len(text) if para_end < 0 else para_end
    s, e = max(sent.start_char, para_start), min(max(sent.end_char, end), para_end)
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return Event(
        date=parsed.iso,
        date_text=text[start:end],
        text=text[s:e],
        span=Span(article.id, s, e, text[s:e]),
        resolved=parsed.resolved,
    )


def _deduplicate(
    found: list[tuple[Event, date | None, int, int]],
) -> list[tuple[Event, date | None, int, int]]:
    """Sort, then keep the first of each group of same-date, near-identical sentences."""

    def order(item: tuple[Event, date | None, int, int]) -> tuple:
        event, first, index, offset = item
        if first is None:
            return (1, date.max, 0, index, offset)
        return (0, first, len(event.date or ""), index, offset)

    kept: list[tuple[Event, date | None, int, int]] = []
    seen: dict[str, list[set[str]]] = {}
    for item in sorted(found, key=order):
        event = item[0]
        key = event.date if event.date is not None else "?" + normalise(event.date_text)
        bag = set(content_stems(event.text))
        if any(_jaccard(bag, other) >= DUPLICATE_JACCARD for other in seen.get(key, [])):
            continue
        seen.setdefault(key, []).append(bag)
        kept.append(item)
    return kept


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else float(a == b)
