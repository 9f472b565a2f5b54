"""A timeline of the story: dated events, one entry per event, with the sources that report it.

Method: temporal expression tagging and normalisation against the document creation time, as in
TimeML/TIMEX3 (Pustejovsky et al. 2005) and HeidelTime (Strötgen & Gertz 2013), with an event filter
in front of it, because a sentence that contains a date word is not yet an event:

1. **Find** date expressions: spaCy's ``DATE`` entities plus the patterns of
   :func:`newsbrief.text.dates.find_expressions` (what the small model misses: "on Monday", "2/18/19").
   A bare month ("May") counts only after a preposition, as "Mrs May" is tagged ``DATE`` too.
2. **Anchor** each article (:func:`newsbrief.text.dates.choose_anchor`: published, dateline or own
   opening date, the story's agreed date) and **normalise** each expression against it, a bare weekday
   forward when its verb speaks of the future ("will meet Monday").
3. **Keep events only**: the expression must sit in a sentence of running text (not a caption, heading,
   list line, byline or stamp, see :func:`newsbrief.summarize.standalone.is_debris`), outside quotation
   marks, outside the dateline, not a programme's name ("This Week", NBC's "Today"), not the start of a
   duration ("since 1945"), and the sentence must have a verb ("Happy LOOK Tuesday!" has none).
4. **One entry per event**: entries with the same date whose sentences share at least
   :data:`SAME_EVENT_JACCARD` of their content stems (day or week precision; :data:`COPY_JACCARD` for
   coarser dates, where many events share a month or a year) are one event; the first report is its
   span and the others its support.
5. **Sort** by date (coarser values first on ties; year-less calendar dates after the dated ones),
   then by source order; unresolved entries come last. The caller decides whether to show those.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from newsbrief.analyse.quote_spans import find_quote_spans
from newsbrief.model import Article, Event, Span
from newsbrief.summarize.standalone import is_debris
from newsbrief.text.dates import (
    Anchor,
    ParsedDate,
    Tense,
    choose_anchor,
    find_expressions,
    month_number,
    normalise,
    parse_date,
    sort_key,
    story_anchor,
    weekday_number,
)
from newsbrief.text.tokens import content_stems

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

logger = logging.getLogger(__name__)

#: Content-stem Jaccard (date words removed) at or above which two sentences with the same day (or week)
#: report one event. On the development part of the timeline set, of the same-day pairs of shown entries
#: those at or above 0.25 were all one event (7 merges, read one by one); the closest pair of two distinct
#: events scored 0.17; same-event pairs told in other words ("was indicted Friday" / "the indictment on
#: December 10") score near 0 and stay apart, which costs a duplicate line, not a wrong one.
SAME_EVENT_JACCARD = 0.25
#: The same for month and year dates, where unrelated events share a value: only near-copies merge.
COPY_JACCARD = 0.5

_BARE_MONTH_OK_AFTER = frozenset(
    "in since until till by from to of during before after last next this early late mid".split()
)
_PART_OF = frozenset("end beginning start middle half part course rest".split())
#: A line that is a byline, a stamp or a list item, not running text.
_NOT_RUNNING_TEXT = re.compile(
    r"^\s*(?:[-–—•*·]|by\s+[A-Z]|(?:posted|updated|published|last\s+(?:updated|modified)|copyright|©|eds?)\b)",
    re.IGNORECASE,
)
_RANGE_END = re.compile(r"\s*(?:to|through|-|–)\s*(?:\d{4}\b|(?:early|late|mid)\b)")
_STRETCH = frozenset({"last", "next", "past", "previous", "following"})
_ADDRESS_BEFORE = re.compile(r"\b(?:Box|Suite|No\.)\s*$")
_ADDRESS_AFTER = re.compile(
    r"\s+(?:[NSEW]\.\s+)?(?:[A-Z][a-z]+\s+)+(?:Ave|Avenue|St|Street|Road|Rd|Blvd|Boulevard|Drive|Lane|Way)\b"
)
#: Verbs of a clause about the future; a bare weekday of such a clause is the next one.
_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo"})
_MODAL = frozenset({"might", "may", "could"})
_REPORTING = frozenset("say tell announce report state add confirm deny write tweet reveal insist".split())
_FUTURE_HEADS = frozenset({"schedule", "expect", "plan", "set", "due", "intend", "prepare", "aim"})


@dataclass(frozen=True, slots=True)
class _Found:
    event: Event
    parsed: ParsedDate
    index: int


def build_timeline(articles: Sequence[Article], docs: Sequence[Doc]) -> tuple[Event, ...]:
    """Dated events of a story, one per event, in chronological order, unresolved ones last.

    Args:
        articles: the cleaned articles (offsets index their ``text``).
        docs: ``nlp.pipe`` over ``[a.text for a in articles]``, one per article, in the same order.

    Raises:
        ValueError: ``docs`` does not match ``articles`` one for one.
    """
    _check_aligned(articles, docs)
    story = story_anchor([a.text for a in articles])
    found: list[_Found] = []
    for index, (article, doc) in enumerate(zip(articles, docs, strict=True)):
        anchor = choose_anchor(article.text, article.published, story)
        quotes = sorted(find_quote_spans(article.text))
        skip_to = _dateline_end(article.text)
        for start, end in _expressions(article.text, doc):
            if start < skip_to or _inside(quotes, start, end):
                continue
            event = _event(article, doc, start, end, anchor)
            if event is not None:
                found.append(_Found(event[0], event[1], index))
    events = _merge(found)
    logger.debug("timeline: %d events from %d dated sentences", len(events), len(found))
    return events


def _check_aligned(articles: Sequence[Article], docs: Sequence[Doc]) -> None:
    if len(articles) != len(docs):
        raise ValueError(f"got {len(articles)} articles but {len(docs)} parsed docs; pass one doc per article")
    for article, doc in zip(articles, docs, strict=True):
        if doc.text != article.text:
            raise ValueError(f"the doc of article {article.id!r} was not parsed from its cleaned text")


def _dateline_end(text: str) -> int:
    """End of a wire dateline ("WASHINGTON, February 5 (Xinhua) --"): its date is the article's, not an event."""
    m = re.match(r"^[ \t]*[A-Z][A-Z .,'-]{1,40}(?:,[^\n]{0,40}?)?\s*(?:\([^)\n]{1,30}\))?\s*(?:--|[-_—–])\s", text)
    return m.end() if m else 0


def _inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect.bisect_right(spans, (start, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]


def _expressions(text: str, doc: Doc) -> Iterator[tuple[int, int]]:
    """Character spans of candidate date expressions: the patterns first, then NER for the rest."""
    taken: list[tuple[int, int]] = []
    for start, end in find_expressions(text):
        taken.append((start, end))
        yield start, end
    for ent in doc.ents:
        if ent.label_ != "DATE" or "\n" in ent.text:
            continue
        if any(ent.start_char < e and s < ent.end_char for s, e in taken):
            continue
        if _plausible(ent.text, text, ent.start_char):
            yield ent.start_char, ent.end_char


def _plausible(expression: str, text: str, start: int) -> bool:
    """False for a bare month name without a preposition before it ("Mrs May", "May said")."""
    if month_number(normalise(expression)) is None or len(normalise(expression).split()) != 1:
        return True
    words = [w.lower().strip(".,") for w in text[max(0, start - 30) : start].split() + expression.split()[:-1]]
    previous = words[-1] if words else ""
    if previous == "of":  # "the end of May", but not "critics of May"
        return len(words) >= 2 and words[-2] in _PART_OF
    return previous in _BARE_MONTH_OK_AFTER


def _event(article: Article, doc: Doc, start: int, end: int, anchor: Anchor) -> tuple[Event, ParsedDate] | None:
    """The event of one date expression, or ``None`` when the expression does not date an event."""
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
    sentence = text[s:e]
    if not _dates_an_event(text, start, end, s, sentence, span):
        return None
    parsed = parse_date(text[start:end], anchor.day, tense=_tense(span))
    if parsed is None:
        return None
    event = Event(
        date=parsed.iso,
        date_text=text[start:end],
        text=sentence,
        span=Span(article.id, s, e, sentence),
        resolved=parsed.resolved,
        precision=parsed.precision,
        anchor=anchor.source if parsed.relative and parsed.resolved else "none",
    )
    return event, parsed


def _dates_an_event(text: str, start: int, end: int, sent_start: int, sentence: str, span: SpacySpan) -> bool:
    """The rules of step 3 of the module docstring; each names the look-alike it keeps out."""
    if is_debris(sentence) or _NOT_RUNNING_TEXT.match(text, text.rfind("\n", 0, start) + 1):
        return False
    if sentence.rstrip("'\"”’ ").endswith("?"):
        return False  # a question is not a report: "Could he dominate today?"
    expression = text[start:end]
    words = normalise(expression).split()
    first_word = words[0] if words else ""
    before = text[max(sent_start, start - 14) : start].lower().split()
    previous = before[-1] if before else ""
    after = text[end : end + 60]
    if first_word in {"today", "this", "tonight"} and expression.lstrip()[:1].isupper() and start > sent_start:
        return False  # a programme's name: ABC's "This Week", NBC's "Today" show
    if expression.lower().startswith("since") or previous in {"since", "from", "between"}:
        return False  # the start of a duration or a period: "since 1945", "from 1970 to 1994"
    if _RANGE_END.match(after) or (previous in {"to", "through"} and len(before) > 1 and before[-2].isdigit()):
        return False  # a period: "of 1938 to 1942"
    if first_word in _STRETCH and (previous == "the" or previous.endswith("'s")):
        return False  # "the next year" counts from the story's own time; "Clinton's last year in office"
    if previous in {"previous", "following"} and before[-2:-1] == ["the"]:
        return False  # "the previous Sunday": a day counted from the story's own time
    if previous in {"the", "every", "each"} and words and weekday_number(words[0]) is not None:
        return False  # "the Saturday afternoon kiddie trade", "every Monday": not one day
    if expression.startswith("Year ") or (previous == "year" and text[start - 5 : start - 1] == "Year"):
        return False  # "the Year 2000 problem": a name
    if words and words[0].isdigit() and after.startswith(("'s", "’s")):
        return False  # a title's year: "1938's Under Western Stars"
    if _ADDRESS_BEFORE.search(text[max(0, start - 12) : start]) or _ADDRESS_AFTER.match(after):
        return False  # a number of an address: "Box 1862", "1801 S. Prairie Ave."
    if text[max(0, start - 2) : start] == ", " and re.match(r"\s*\)", after):
        return False  # a citation's year: "(John Wiley & Sons, 1999)"
    if _hypothetical(span):
        return False  # "if new elections were held today"
    if first_word == "today" and (start == sent_start or previous in {"but", "and"}) and _present(span):
        return False  # "Today, the airline flies 25,000 passengers a month": nowadays; but "it opens today"
    return any(t.pos_ in {"VERB", "AUX"} for t in span.sent)  # "Happy LOOK Tuesday!" has no verb


def _hypothetical(span: SpacySpan) -> bool:
    verb = _verb_of(span.root)
    return verb is not None and any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in verb.children)


def _present(span: SpacySpan) -> bool:
    verb = _verb_of(span.root)
    if verb is None or verb.tag_ not in {"VBZ", "VBP"}:
        return False
    return not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


def _verb_of(token: Token) -> Token | None:
    """The nearest verb the date hangs from (a few hops up the dependency tree)."""
    for _ in range(4):
        if token.pos_ in {"VERB", "AUX"}:
            return token
        if token.head is token:
            return None
        token = token.head
    return token if token.pos_ in {"VERB", "AUX"} else None


def _tense(span: SpacySpan) -> Tense:
    """Whether the clause the date belongs to reports the past or speaks of the future, if it says."""
    doc = span.doc
    before = doc[max(0, span.start - 3) : span.start]
    if before and before[-1].lower_ in {"last", "previous", "past"}:
        return "past"  # "died last Dec. 31"
    if before and before[-1].lower_ in {"next", "coming"}:
        return "future"
    if any(t.lemma_ in _REPORTING for t in before):
        return "past"  # "said Monday he will resign": the date is the saying's (the parser often hangs it lower)
    deadline = bool(before) and (
        before[-1].lower_ in {"until", "till", "by"} or [t.lower_ for t in before[-2:]] == ["up", "to"]
    )
    verb = _verb_of(span.root)
    if verb is None:
        return None
    aux = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    governor = verb.head if verb.dep_ in {"xcomp", "conj"} else verb
    governor_aux = {c.lower_ for c in governor.children if c.dep_ in {"aux", "auxpass"}}
    if aux & _FUTURE_AUX or governor_aux & _FUTURE_AUX or (verb.dep_ == "xcomp" and verb.head.lemma_ in _FUTURE_HEADS):
        return "future"  # "will meet Monday", "will try to pick up a stream by Friday", "is expected to cross"
    if "to" in aux and verb.head.lemma_ == "be":
        return "future"  # "was to be presented on Wednesday"
    if verb.lemma_ in _FUTURE_HEADS and aux & {"is", "are", "'s", "'re"}:
        return "future"  # "is expected Saturday", "is scheduled for Thursday"
    if aux & _MODAL and verb.tag_ == "VB":
        return "future"  # "she might score Sunday"
    if verb.tag_ == "VBD" or (verb.tag_ == "VBN" and aux & {"was", "were", "had", "has", "have"}):
        return None if deadline else "past"  # a deadline is the nearest such day: "gave them until January 2"
    return None


def _merge(found: list[_Found]) -> tuple[Event, ...]:
    """One entry per event (step 4), sorted (step 5)."""

    def order(item: _Found) -> tuple:
        return (*sort_key(item.parsed), item.index, item.event.span.start)

    groups: list[tuple[_Found, set[str], list[Span]]] = []
    by_key: dict[str, list[int]] = {}
    for item in sorted(found, key=order):
        event = item.event
        key = event.date if event.date is not None else "?" + normalise(event.date_text)
        bag = _event_words(event)
        threshold = SAME_EVENT_JACCARD if event.precision in {"day", "week"} and event.resolved else COPY_JACCARD
        for g in by_key.get(key, []):
            first, first_bag, support = groups[g]
            if first.event.span == event.span or _jaccard(bag, first_bag) >= threshold:
                if event.span != first.event.span and event.span not in support:
                    support.append(event.span)
                break
        else:
            by_key.setdefault(key, []).append(len(groups))
            groups.append((item, bag, []))
    return tuple(replace(first.event, support=tuple(support)) for first, _, support in groups)


def _event_words(event: Event) -> set[str]:
    """Content stems of the sentence without its date expression: two events do not match on a shared date."""
    cut = event.text.find(event.date_text)
    text = event.text if cut < 0 else event.text[:cut] + " " + event.text[cut + len(event.date_text) :]
    return set(content_stems(text))


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else float(a == b)
