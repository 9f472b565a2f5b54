"""A timeline of the story: dated events, one entry per event, with the sources that report it.

Method: temporal expression tagging and normalisation against the document creation time, as in
TimeML/TIMEX3 (Pustejovsky et al. 2005) and HeidelTime (Strötgen & Gertz 2013), with an event filter
in front of it, because a sentence that contains a date word is not yet an event:

1. **Find** date expressions: spaCy's ``DATE`` entities plus the patterns of
   :func:`newsbrief.text.dates.find_expressions` (what the small model misses: "on Monday", "2/18/19").
   A bare month ("May") counts only after a preposition, as "Mrs May" is tagged ``DATE`` too.
2. **Anchor** each article (:func:`newsbrief.text.dates.choose_anchor`: published, dateline or own
   opening date, the story's agreed date) and **normalise** each expression against it, a bare weekday
   forward when its verb speaks of the future ("will meet Monday"). An anchor that most of the article's dated
   past falls after is no day of writing: the article's relative dates are then not shown
   (:func:`_anchor_contradicted`). A bare weekday whose side of the day of writing neither its clause nor the
   article's other clauses settle is not shown either (:mod:`newsbrief.analyse._weekday_sides`).
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
6. **Background**: entries the sources bring in as context (a person's history, a year in passing) are
   marked ``background`` (:mod:`newsbrief.analyse.background`: a rule on evidence relative to the story,
   then a learned second look at what the rule keeps); renderers show them apart. Of them only those that
   tell one of the story's people doing something on that date are kept by default
   (:mod:`newsbrief.analyse._event_actor`): other people's history, years in passing and plans are left out.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from newsbrief.analyse._event_actor import done_by_story_person, story_nouns, story_subjects
from newsbrief.analyse._event_rules import (
    a_deadline,
    before_a_contest,
    caption_in_present,
    clause_tense,
    contest_ahead,
    dates_an_event,
    infinitive_after_a_past,
    marked_ahead,
    names_a_thing,
    past_in_present,
    tells_a_past,
    under_a_past_verb,
)
from newsbrief.analyse._weekday_sides import Side, told_sides, unsure
from newsbrief.analyse.background import mark_background, move_doubtful
from newsbrief.analyse.quote_spans import find_quote_spans
from newsbrief.model import Article, Event, Span
from newsbrief.text.anchors import latest_written_day, weekday_confirmed_dates
from newsbrief.text.dateline import dateline_at
from newsbrief.text.dates import (
    DATELINE_LAG,
    Anchor,
    ParsedDate,
    Tense,
    bare_month,
    bare_weekday,
    caption_dates,
    choose_anchor,
    counted_year,
    find_expressions,
    hedged_count,
    month_number,
    normalise,
    parse_date,
    sort_key,
    story_anchor,
    weekday_dates,
)
from newsbrief.text.page_parts import correction_notices
from newsbrief.text.tokens import content_stems

if TYPE_CHECKING:
    from spacy.tokens import Doc
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

#: Past clauses naming the weekday after the ``published`` day, at least, that show the stamp a day early
#: (:func:`_a_day_late`). One is not enough: a week-old weekday is rare in news but written.
STAMP_VOTES = 2

#: Days after the anchor within which a year-less date of a past clause tells that the anchor is early
#: (:func:`_calendar_day_told`): a story's weeks, not the half year the nearest reading reaches.
STORY_WEEKS = 60

#: Days ahead of the anchor within which a contest a past clause happens before is the next such day
#: (:func:`_day_ahead`): a campaign's last months, when its day is written without the year (an August report's
#: "Nov. 8 election", 99 days on). Past half a year the day before is as near.
CONTEST_DAYS_AHEAD = 120

_BARE_MONTH_OK_AFTER = frozenset(
    "in since until till by from to of during before after last next this early late mid".split()
)
_PART_OF = frozenset("end beginning start middle half part course rest".split())


@dataclass(frozen=True, slots=True)
class _Found:
    event: Event
    parsed: ParsedDate
    index: int


def build_timeline(
    articles: Sequence[Article], docs: Sequence[Doc], *, all_background: bool = True
) -> tuple[Event, ...]:
    """Dated events of a story, one per event, in chronological order, unresolved ones last; the story's
    dated background marked (``Event.background``), every entry of it by default.

    Args:
        articles: the cleaned articles (offsets index their ``text``).
        docs: ``nlp.pipe`` over ``[a.text for a in articles]``, one per article, in the same order.
        all_background: keep every background entry (the default); False keeps only those that tell one of the
            story's people or things doing something on that date (step 6). Not the default: read blind on unseen
            newswire (session 12), the entries that filter leaves out were 28 and 34 of 37 useful by two
            readers' marks, about the list's own rate, and both readers preferred the longer list in 5 of 8
            stories (BENCHMARKS.md, "Session 12, lead").

    Raises:
        ValueError: ``docs`` does not match ``articles`` one for one.
    """
    _check_aligned(articles, docs)
    candidates = [
        (index, found) for index, (a, doc) in enumerate(zip(articles, docs, strict=True)) for found in _dated(a, doc)
    ]
    story = story_anchor(
        (index, parsed)
        for index, (start, end, *_) in candidates
        if (parsed := parse_date(articles[index].text[start:end], None)) is not None
    )
    if story is None:
        story = _weekday_dated_story(articles, candidates)
    if story is not None and (written_day := latest_written_day(a.text for a in articles)) is not None:
        story = None if written_day.year > story.year else story  # a later year written in full: the story is later
    anchors = [
        _a_day_late(choose_anchor(a.text, a.published, story), [c for i, c in candidates if i == index])
        for index, a in enumerate(articles)
    ]
    written = _years_written(articles, candidates)
    found: list[_Found] = []
    past_days: list[list[date]] = [[] for _ in articles]
    tenses = [
        _tense(articles[index].text[start:end], span, anchors[index].day)
        for index, (start, end, *_, span) in candidates
    ]
    mentions: dict[int, list[tuple[SpacySpan, Tense]]] = {}
    for (index, (*_, span)), tense in zip(candidates, tenses, strict=True):
        mentions.setdefault(index, []).append((span, tense))
    sides = {index: told_sides(told) for index, told in mentions.items()}
    for (index, (start, end, s, e, span)), tense in zip(candidates, tenses, strict=True):
        article, anchor = articles[index], anchors[index]
        if hedged_count(article.text[start:end], article.text[s:start]) and not _particle_before(span):
            continue
        counted = counted_year(article.text[start:end], article.text[s:start])
        expression = article.text[start:end]
        if _side_unsure(tense, anchor, span, sides[index]):
            continue
        parsed = counted or parse_date(
            expression,
            anchor.day,
            tense=tense,
            around=anchor.source == "story",
            side_told=not bare_month(expression) or tells_a_past(span),
        )
        if parsed is None or (parsed.precision == "day" and past_in_present(span, parsed.start, anchor.day)):
            continue
        if anchor.source in ("story", "none") and parsed.precision == "day" and caption_in_present(span):
            continue  # no day of writing to tell a caption's past moment from a plan (Multi-News)
        if _names_a_past_day(article.text[start:end], parsed, span, written):
            continue
        if (told := _calendar_day_told(expression, parsed, span, anchor)) is not None:
            past_days[index].append(told)
        event = Event(
            date=parsed.iso,
            date_text=article.text[start:end],
            text=article.text[s:e],
            span=Span(article.id, s, e, article.text[s:e]),
            resolved=parsed.resolved,
            precision=parsed.precision,
            anchor=anchor.source if parsed.relative and parsed.resolved and counted is None else "none",
        )
        found.append(_Found(event, parsed, index))
    doubted = {i for i, anchor in enumerate(anchors) if _anchor_contradicted(anchor, past_days[i])}
    if any(anchors[i].source == "story" for i in doubted):  # one day for all: the story is later than it
        doubted |= {i for i, anchor in enumerate(anchors) if anchor.source == "story"}
    for i in sorted(doubted):
        logger.debug("timeline: anchor %s of %s contradicted by its past %s", anchors[i], articles[i].id, past_days[i])
    found = [f for f in found if f.index not in doubted or not (f.parsed.relative and f.parsed.resolved)]
    texts = {a.id: a.text for a in articles}
    events = move_doubtful(mark_background(_merge(found), texts), texts)
    if not all_background:
        events = _background_of_people(events, articles, docs)
    logger.debug("timeline: %d events from %d dated sentences", len(events), len(found))
    return events


def _background_of_people(
    events: Sequence[Event], articles: Sequence[Article], docs: Sequence[Doc]
) -> tuple[Event, ...]:
    """The entries without the background ones whose clause tells none of the story's people doing something
    (:mod:`newsbrief.analyse._event_actor`); the story's own entries all stay."""
    people, nouns = story_subjects(docs), story_nouns(docs)
    doc_of = {a.id: doc for a, doc in zip(articles, docs, strict=True)}
    return tuple(e for e in events if not e.background or _done_by_people(e, doc_of[e.span.article_id], people, nouns))


def _done_by_people(event: Event, doc: Doc, people: frozenset[str], nouns: frozenset[str]) -> bool:
    at = event.span.start + max(0, event.span.text.find(event.date_text))
    span = doc.char_span(at, at + len(event.date_text), alignment_mode="expand")
    return span is not None and done_by_story_person(span, people, nouns)


def _tense(expression: str, span: SpacySpan, anchor: date | None) -> Tense:
    """The clause's tense (:func:`clause_tense`), but the future for a bare month beside a contest still to be
    decided in a clause that does not report the past ("electability in November": :func:`contest_ahead`), and the
    past for a bare month of an untold clause under a past verb (:func:`under_a_past_verb`); the future for a
    day without its year whose noun points ahead (:func:`_day_ahead`), and for a bare weekday of an infinitive
    after a past verb ("threatened to skip a debate Thursday": :func:`infinitive_after_a_past`; shown only when
    the next such day is near, :func:`._weekday_sides.unsure`)."""
    tense = clause_tense(span)
    if tense in (None, "planned") and bare_month(expression) and contest_ahead(span):
        return "future"
    if tense is None and bare_month(expression) and under_a_past_verb(span) and not a_deadline(span):
        return "past"  # "testifying before investigators in October" in a July report: the October before
    if tense != "future" and _day_ahead(expression, span, tense, anchor):
        return "future"
    if tense is None and bare_weekday(expression) is not None and infinitive_after_a_past(span):
        return "future"
    return tense


def _day_ahead(expression: str, span: SpacySpan, tense: Tense, anchor: date | None) -> bool:
    """Whether a day written without its year ("Nov. 8") is still to come whatever its clause's tense: its noun is
    called upcoming or next (:func:`marked_ahead`), or it dates a contest that a past clause happens before
    (:func:`before_a_contest`: "raised money before the Nov. 8 election" in August) whose next such day is within
    :data:`CONTEST_DAYS_AHEAD` of the anchor. Further on, the contest before is as likely ("interfered before the
    Nov. 8 election" in a June report), and the past's reading stays."""
    bare = parse_date(expression, None)
    if bare is None or bare.iso is None or not bare.iso.startswith("--"):
        return False
    if marked_ahead(span):
        return True
    if tense != "past" or anchor is None or not before_a_contest(span):
        return False
    ahead = parse_date(expression, anchor, tense="future")
    return ahead is not None and ahead.start is not None and (ahead.start - anchor).days <= CONTEST_DAYS_AHEAD


def _side_unsure(tense: Tense, anchor: Anchor, span: SpacySpan, sides: dict[int, Counter[Side]]) -> bool:
    """A bare weekday counted from a day of writing (not a story's day, where the nearest such day is read) whose
    side the clause and the article do not settle (:func:`._weekday_sides.unsure`): not shown."""
    if anchor.day is None or anchor.source == "story":
        return False
    return unsure(span, tense, anchor.day.weekday(), sides)


def _particle_before(span: SpacySpan) -> bool:
    """Whether the word before the expression is a verb's particle ("Rebels took over two days ago", "handed over"):
    the verb's word, no hedge of the count, which :func:`~newsbrief.text.dates.hedged_count` reads from words alone.
    """
    return span.start > 0 and span.doc[span.start - 1].dep_ == "prt"


def _a_day_late(anchor: Anchor, dated: Sequence[tuple]) -> Anchor:
    """The day after a ``published`` stamp when the text reports that day as past: two or more past clauses
    name its weekday alone (read from the stamp, each would be six days back), and none names the weekday after
    it (which the day after would put six days back in turn). The stamp is then a day early: a report of a
    Wednesday's events stamped Tuesday (first posted the day before, or stamped in a zone before the writer's).
    A past weekday six days back is rare in news and seldom the one a report names most; a week's review names
    the other days too ("voted on Wednesday ... began on Thursday ... arrests on Friday") and keeps its stamp.

    Args:
        anchor: the article's anchor (:func:`~newsbrief.text.dates.choose_anchor`).
        dated: the article's candidate expressions (start, end, sentence start, end, span).
    """
    if anchor.source != "published" or anchor.day is None:
        return anchor
    past = Counter(
        (day - anchor.day.weekday()) % 7
        for *_, span in dated
        if (day := bare_weekday(span.text)) is not None and clause_tense(span) == "past"
    )
    if past[1] >= STAMP_VOTES and past[2] == 0:
        return Anchor(anchor.day + timedelta(days=1), "published")
    return anchor


def _calendar_day_told(expression: str, parsed: ParsedDate, span: SpacySpan, anchor: Anchor) -> date | None:
    """The day a calendar date of a past clause points at without the tense's help: a full date's own day, a
    year-less one's nearest the anchor ("Nov. 6" of a story anchored on 18 October is 6 November, though the past
    tense reads it back to the year before) when that is at most :data:`STORY_WEEKS` days after it; further on,
    the year before is as likely ("felt called after Sept. 11" in March: PolNeAR train). A reading in the year after
    the anchor's tells nothing either: a date written without its year is the year of writing's, so "Jan. 5" in a
    December review of the year is last January, not next (a late stamp is then told by other days). ``None`` for
    relative words, coarser dates and other clauses."""
    if parsed.precision != "day" or parsed.start is None or clause_tense(span) != "past":
        return None
    if not parsed.relative:
        return parsed.start
    bare = parse_date(expression, None)
    if bare is None or bare.iso is None or not bare.iso.startswith("--"):
        return None
    nearest = parse_date(expression, anchor.day)
    if nearest is None or nearest.start is None or anchor.day is None:
        return None
    if nearest.start.year > anchor.day.year:
        return None
    return nearest.start if nearest.start - anchor.day <= timedelta(days=STORY_WEEKS) else None


def _anchor_contradicted(anchor: Anchor, past_days: Sequence[date]) -> bool:
    """Whether the article's own dated past leaves its anchor too early: most of the calendar days its past clauses
    report (:func:`_calendar_day_told`), and at least :data:`STAMP_VOTES`, come more than
    :data:`~newsbrief.text.dates.DATELINE_LAG` days after the day its relative dates would count from. What was
    done is done by the day of writing, so such a day is not the writer's (a story's day agreed on weeks before
    the event, a stamp from another page); the article's "Thursday", "last week", "May 15th" cannot be placed,
    and showing fewer entries beats showing them weeks off (precision first). Written dates stay: they need no
    anchor. A story's day (:func:`~newsbrief.text.dates.story_anchor`) is every undated source's: one source's
    past after it shows the story later than the day the sources agree on, so the caller doubts it for all."""
    if anchor.day is None or not past_days:
        return False
    late = sum(d > anchor.day + timedelta(days=DATELINE_LAG) for d in past_days)
    return late >= STAMP_VOTES and 2 * late > len(past_days)


def _years_written(articles: Sequence[Article], candidates: Sequence[tuple]) -> dict[str, set[int]]:
    """The years the sources write for each month and day ("Sept. 11, 2001"), keyed "MM-DD"."""
    written: dict[str, set[int]] = {}
    for index, (start, end, *_) in candidates:
        parsed = parse_date(articles[index].text[start:end], None)
        if parsed is not None and parsed.precision == "day" and parsed.start is not None:
            written.setdefault(parsed.iso[5:], set()).add(parsed.start.year)  # type: ignore[index]
    return written


def _names_a_past_day(expression: str, parsed: ParsedDate, span: SpacySpan, written: dict[str, set[int]]) -> bool:
    """A day written without its year that modifies a noun ("the Sept. 11 attacks", "Sept. 11 mastermind"),
    when the sources write that day elsewhere with a year its reading here does not give ("Sept. 11, 2001";
    no anchor, or the anchor's nearest Sept. 11 is 2013): the name of that past day's event, not the date of
    this sentence. A noun's day the sources never date otherwise stays: "a Sept. 30 deadline"."""
    bare = parse_date(expression, None)
    if bare is None or bare.iso is None or not bare.iso.startswith("--") or not names_a_thing(span):
        return False
    years = written.get(bare.iso[2:], set())
    return bool(years) and (parsed.start is None or parsed.start.year not in years)


def _weekday_dated_story(articles: Sequence[Article], candidates: Sequence[tuple]) -> date | None:
    """The latest full date with its weekday that a source writes anywhere (a caption's "Thursday, Dec. 20,
    2012", or a year-less "Sunday 14 December" that another source writes in full in a year of that weekday:
    :func:`~newsbrief.text.anchors.weekday_confirmed_dates`), when no source names a later year in its events: the
    story's day when the sources agree on none."""
    days = [d for a in articles for d in weekday_dates(a.text)]
    captions = Counter(d for a in articles for d in caption_dates(a.text))
    days += [d for d, n in captions.items() if n >= 2]  # one caption's date may be a file photo's
    dated = ((index, articles[index].text[start:end]) for index, (start, end, *_) in candidates)
    days += weekday_confirmed_dates(dated, [a.text for a in articles])  # "Sunday 14 December" + "Dec. 14, 2014"
    if not days:
        return None
    years = [
        parsed.start.year
        for index, (start, end, *_) in candidates
        if (parsed := parse_date(articles[index].text[start:end], None)) is not None and parsed.start is not None
    ]
    latest = max(days)
    return latest if not years or max(years) <= latest.year else None


def _dated(article: Article, doc: Doc) -> Iterator[tuple[int, int, int, int, SpacySpan]]:
    """The date expressions of one article that date an event: (start, end, sentence start, end, span)."""
    quotes = sorted(find_quote_spans(article.text))
    skip_to = _dateline_end(article.text)
    notices = correction_notices(article.text)
    for start, end in _expressions(article.text, doc):
        if start < skip_to or _inside(quotes, start, end) or any(a <= start < b for a, b in notices):
            continue  # the dateline's date, a quote's, a correction notice's ("An article on Monday ... misstated")
        found = _sentence(article.text, doc, start, end)
        if found is not None and dates_an_event(article.text, start, end, found[0], found[2], found[3]):
            yield start, end, found[0], found[1], found[3]


def _check_aligned(articles: Sequence[Article], docs: Sequence[Doc]) -> None:
    if len(articles) != len(docs):
        raise ValueError(f"got {len(articles)} articles but {len(docs)} parsed docs; pass one doc per article")
    for article, doc in zip(articles, docs, strict=True):
        if doc.text != article.text:
            raise ValueError(f"the doc of article {article.id!r} was not parsed from its cleaned text")


def _dateline_end(text: str) -> int:
    """End of a wire dateline ("WASHINGTON, February 5 (Xinhua) --"): its date is the article's, not an event.
    The ``event`` form of :func:`~newsbrief.text.dateline.dateline_at` (looser on what follows the dash than the
    splitter's, which wants a sentence to open there)."""
    found = dateline_at(text, 0, "event")
    return found.end if found else 0


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
    if previous in {"the", "whose", "its", "their"} and normalise(expression) != "may":
        # "the October elections", "whose October campaign": a month naming an event; never "the May
        # government", where May is a name
        return re.match(r"\s+[a-z]", text[start + len(expression) :]) is not None
    return previous in _BARE_MONTH_OK_AFTER


def _sentence(text: str, doc: Doc, start: int, end: int) -> tuple[int, int, str, SpacySpan] | None:
    """The sentence of an expression (spaCy's, clipped to its paragraph, trimmed) and the expression's span."""
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
    return s, e, text[s:e], span


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
