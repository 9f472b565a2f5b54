"""The story's own events vs dated background: which timeline entries the sources bring in as context.

A news report dates more than its story: a person's history ("elected to the Senate in 1976"), an earlier
event for comparison ("the biggest split since the SDP in 1981"), a year in passing ("toured with Train in
2010"), or a whole encyclopedia page's history among the sources. Such entries are true and dated, but an
editor reading the story's timeline counts them as noise (BENCHMARKS.md, "Timeline", the blind readings), so
the brief shows them apart, marked "Background", after the story's events.

Evidence relative to the story, not a fixed cut (a story about a trial may rightly date its crime years
earlier): the story's dated **core** is the days and weeks within :data:`CORE_DAYS` of the latest day that
two sources report, or that a relative date resolved against an article's or the story's day gives (an
encyclopedia's lone "April 6, 1830" is no day of the story). An entry is background when a single source
reports it and

- its value is a year or a month that ends more than :data:`BEFORE_CORE` before the core, or the story has no
  core at all; or
- its value is a day written with its year ("born Sept. 29, 1907", "killed in a Dec. 22, 1940, crash") that
  ends more than :data:`DAY_BEFORE` before the core (or, with no core, before the latest day any entry
  covers). A nearer day is rarely history: it is written when it matters to the story.

Two sources reporting the same dated fact make it the story's, except in a story with no core (no day of
writing, no agreed day: Multi-News), where whatever ends :data:`DAY_BEFORE` before the latest year the sources
write (:func:`written_year`) is history however many sources retell it (session 15: a 2016 story on Eichmann's
petition, two sources retelling his capture in May 1960); and so is a year-less day there that its article tells
just after writing such a year (:func:`narrative_year`: "dated: May 29, 1962. He was hanged ... on 31 May").

Measured on the timeline labels, which class every event as the story's or background (BENCHMARKS.md,
"Timeline", session 7); chosen on their development part, where a logistic regression over the same evidence
and the entry's place in its article did no better.

Then a learned second look (:func:`move_doubtful`, session 8): of the entries the rule keeps in the story, those
a logistic regression over how the sentence tells it and where (:mod:`newsbrief.analyse.story_features`) finds
unlikely to be an event of the story go to the background too. It only ever moves entries out of the story
part: fitted on the development labels (``benchmarks/timeline_story_model.py``), letting it also bring entries
back from the background did not file fewer entries wrongly.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from newsbrief.analyse.story_features import FEATURES, entry_features
from newsbrief.logistic import Logistic
from newsbrief.model import Event
from newsbrief.package_data import read_json
from newsbrief.text.dates import find_expressions, parse_date

#: Days before the latest day of the story that still belong to its core (the story's own weeks).
CORE_DAYS = 60
#: A single-source year or month that ends this long before the core is background.
BEFORE_CORE = relativedelta(months=1)
#: A single-source day written with its year that ends this long before the core (or the latest day) is
#: background. On the development labels 1 and 5 years gave the same DUC result; 2 moved one Multi-News
#: story event less than 1.
DAY_BEFORE = relativedelta(years=2)
#: How far before a year-less day its article may write the year of the passage it is told in (about two sentences).
NARRATIVE_CHARS = 300
_COARSE = frozenset({"year", "month"})
_YEAR_WRITTEN = re.compile(r"\b\d{4}\b")
#: Four digits read as a year the sources write (not a count of 3000 pages or a room number).
_YEARS = range(1800, 2100)


def written_year(texts: Mapping[str, str]) -> int | None:
    """The latest year any source writes, ``None`` when none does.

    Why: a story whose own days stay unresolved (Multi-News: no day of writing) has no dated core, and its
    latest entry may itself be history (a 2016 story on Eichmann's petition, whose entries are of 1960-62,
    several sources retelling them); the years the sources write still place the story. Any one source's
    (the Eichmann story's 2016 is one source's): a year still to come ("released in 2017") is near the story
    too in the development stories.
    """
    years = (int(y) for t in texts.values() for y in _YEAR_WRITTEN.findall(t))
    return max((y for y in years if y in _YEARS), default=None)


def value_bounds(event: Event) -> tuple[date, date] | None:
    """First and last day an entry's value covers; ``None`` for unresolved or year-less values."""
    iso, p = event.date, event.precision
    if iso is None or iso.startswith("--"):
        return None
    if p == "day":
        d = date.fromisoformat(iso)
        return d, d
    if p == "week":
        d = date.fromisocalendar(int(iso[:4]), int(iso[6:]), 1)
        return d, d + timedelta(days=6)
    if p == "month":
        d = date(int(iso[:4]), int(iso[5:7]), 1)
        return d, d + relativedelta(months=1, days=-1)
    d = date(int(iso[:4]), 1, 1)
    return d, date(d.year, 12, 31)


def story_core(events: Sequence[Event]) -> date | None:
    """The first day of the story's dated core (see the module docstring), or ``None`` when it has none."""
    days = [
        b[0]
        for e in events
        if e.precision in {"day", "week"} and (len(e.article_ids) > 1 or e.anchor != "none") and (b := value_bounds(e))
    ]
    if not days:
        return None
    latest = max(days)
    return min(d for d in days if (latest - d).days <= CORE_DAYS)


def is_background(
    event: Event,
    core: date | None,
    latest: date | None = None,
    written: int | None = None,
    narrative: int | None = None,
) -> bool:
    """Whether one entry is background, given the story's core (:func:`story_core`), the latest day any
    entry covers (the reference for a day when there is no core), the latest year the sources write
    (:func:`written_year`: with no core, what ends :data:`DAY_BEFORE` before it is history, however many
    sources retell it) and, for a year-less day, the year its article writes just before it
    (:func:`narrative_year`)."""
    bounds = value_bounds(event)
    if core is None and written is not None:
        before = date(written, 1, 1) - DAY_BEFORE
        if bounds is None:  # a year-less day: history when the text around it tells of a year that is
            return event.precision == "day" and narrative is not None and date(narrative, 12, 31) < before
        if bounds[1] < before:
            return True
    if bounds is None or len(event.article_ids) > 1:
        return False
    if event.precision in _COARSE:
        return core is None or bounds[1] < core - BEFORE_CORE
    reference = core or latest
    if event.precision != "day" or reference is None or not _YEAR_WRITTEN.search(event.date_text):
        return False
    return bounds[1] < reference - DAY_BEFORE


def narrative_year(event: Event, texts: Mapping[str, str]) -> int | None:
    """The year of the last calendar date with its year ("May 29, 1962", "July 1955") the entry's article writes in
    the :data:`NARRATIVE_CHARS` before its expression, ``None`` when it writes none there.

    Why: a year-less day told in a passage of history takes that passage's year for a reader ("The letter was
    signed and dated: May 29, 1962. He was hanged at about midnight on 31 May."; "by July 1955, the base was
    ready ... On July 25, the first prototype was delivered"). A bare year is no passage's calendar ("complaints
    dating back to 1994. The elevator was last inspected on Aug. 8": this year's August). Not used to give the day
    a year (a confident wrong year when the passage turns back to the story: session 9's "Sept. 11"), only to
    tell that it is history.
    """
    text = texts.get(event.span.article_id)
    if text is None:
        return None
    at = event.span.start + max(0, event.span.text.find(event.date_text))
    window = text[max(0, at - NARRATIVE_CHARS) : at]
    years = [
        int(parsed.iso[:4])
        for start, end in find_expressions(window)
        if (parsed := parse_date(window[start:end], None)) is not None
        and parsed.precision in {"day", "month"}
        and parsed.iso is not None
        and not parsed.relative
        and not parsed.iso.startswith("--")
    ]
    return years[-1] if years else None


def mark_background(events: Sequence[Event], texts: Mapping[str, str] | None = None) -> tuple[Event, ...]:
    """The entries with ``background`` set where the evidence puts them in the story's background.

    Args:
        events: the story's entries.
        texts: the cleaned article texts by id (the years they write: :func:`written_year`,
            :func:`narrative_year`); without them an entry is judged against the entries alone.
    """
    core = story_core(events)
    latest = max((b[1] for e in events if (b := value_bounds(e))), default=None)
    written = written_year(texts) if texts else None
    return tuple(
        replace(e, background=True)
        if is_background(e, core, latest, written, narrative_year(e, texts) if texts else None)
        else e
        for e in events
    )


@lru_cache(maxsize=1)
def _story_model() -> Logistic:
    return Logistic.from_weights(read_json("timeline_story.json"), FEATURES, "data/timeline_story.json")


def move_doubtful(events: Sequence[Event], texts: Mapping[str, str]) -> tuple[Event, ...]:
    """The entries with ``background`` also set on resolved story entries the learned decision doubts.

    Args:
        events: the story's entries, the rule already applied (:func:`mark_background`).
        texts: the cleaned article texts by id (an entry's place in its article, the words sources share).
    """
    resolved = [i for i, e in enumerate(events) if e.resolved]
    if not resolved:
        return tuple(events)
    shown = [events[i] for i in resolved]  # the features were fitted on the resolved entries a brief shows
    bounds = [value_bounds(e) for e in shown]
    core = story_core(shown)
    latest = max((b[1] for b in bounds if b), default=None)
    model = _story_model()
    doubtful = {
        i
        for i, row in zip(resolved, entry_features(shown, texts, bounds, core, latest), strict=True)
        if not events[i].background and not model.accepts(row)
    }
    return tuple(replace(e, background=True) if i in doubtful else e for i, e in enumerate(events))
