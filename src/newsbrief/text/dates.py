"""The one place that knows calendars: date expressions, their precision, and the anchor they resolve against.

Method: rule-based TIMEX3-style normalisation (Pustejovsky et al. 2005, "The specification language
TimeML"; HeidelTime, Strötgen & Gertz 2013): an expression is a *point* in time, absolute or relative
to the article's date (the "document creation time" anchor), or it is not a point (a duration, an
age, a vague phrase) and yields nothing. Month and weekday names come from ``dateutil``'s
``parserinfo`` and all calendar arithmetic from ``dateutil.relativedelta``: no table is written here.

A resolved value is ISO 8601 at the precision the text carries:

==========  ==============  =====================================================================
precision   ``iso``         examples
==========  ==============  =====================================================================
day         ``2019-02-18``  "18 February 2019", "Feb. 18" + an anchor, "2/18/19", "yesterday"
day         ``--02-18``     "Feb. 18" with no anchor: a calendar date whose year the text omits
week        ``2019-W07``    "last week", "this week" (ISO week)
month       ``2019-02``     "in June 2017", "last month", "in May" + an anchor
year        ``1981``        "in 1981", "last year", "20 years ago"
==========  ==============  =====================================================================

Relative expressions, against the anchor ``d``: "today"/"tonight" -> ``d``; "yesterday"/"last night"
-> ``d - 1``; a weekday -> the latest such day on or before ``d`` (news reports the past), or the
first on or after ``d`` when the clause speaks of the future (``tense="future"``); "last Monday" is
strictly before, "next Monday" strictly after; "last/this/next week|month|year" ("last week" of a Sunday is the
week just ending: news weeks run Sunday to Saturday); "N units ago". A
date without a year ("Oct. 3", "in November") takes the year that puts it nearest the anchor, or the
latest on or before it in a past clause, the first on or after it in a future one (an article of
January 2000 means October 1999 by "came second in October elections").

The anchor of an article (:func:`choose_anchor`), in this order: its ``published`` date; else a
dateline or a dated line in its own opening ("WASHINGTON, Feb. 18 (AP) -", "Published Feb. 18, 2019");
else the latest day-precise date that two of the story's sources state (:func:`story_anchor`); else
none, and relative dates stay unresolved. One refinement of the first rule: when the article's own
dateline names a day one or two days *before* ``published``, the dateline is the writer's day and wins
(wire copy is stamped in GMT: 56 of the 106 Xinhua datelines of DUC 2004 task 5 are one or two days before
their ``published`` stamp, and their "today" means the dateline's day).

This module is the public API; the code lives in three modules along the data flow: reading date expressions
(:mod:`.date_expressions`: names, patterns, spans, normal form), resolving them (:mod:`.date_values`: values,
precision, counted years) and anchors (:mod:`.date_anchors`: the day an article's relative dates count from).
Callers import from here.
"""

from newsbrief.text.date_anchors import (
    DATELINE_LAG,
    NO_ANCHOR,
    OPENING,
    Anchor,
    AnchorSource,
    caption_dates,
    choose_anchor,
    dateline_date,
    opening_date,
    published_at,
    published_date,
    story_anchor,
    weekday_dates,
)
from newsbrief.text.date_expressions import (
    DAYNUM,
    MONTH,
    MONTH_ABBREVIATIONS,
    NEWS_DAY,
    NEWS_DAY_OR_WEEK,
    WEEKDAY,
    YEARNUM,
    find_expressions,
    month_number,
    normalise,
    weekday_number,
)
from newsbrief.text.date_values import (
    STORY_YEAR_MONTHS,
    YEAR_RANGE,
    ParsedDate,
    Precision,
    Tense,
    bare_month,
    bare_weekday,
    counted_year,
    display,
    hedged_count,
    parse_date,
    sort_key,
)

__all__ = [
    "DATELINE_LAG",
    "DAYNUM",
    "MONTH",
    "MONTH_ABBREVIATIONS",
    "NEWS_DAY",
    "NEWS_DAY_OR_WEEK",
    "NO_ANCHOR",
    "OPENING",
    "STORY_YEAR_MONTHS",
    "WEEKDAY",
    "YEARNUM",
    "YEAR_RANGE",
    "Anchor",
    "AnchorSource",
    "ParsedDate",
    "Precision",
    "Tense",
    "bare_month",
    "bare_weekday",
    "caption_dates",
    "choose_anchor",
    "counted_year",
    "dateline_date",
    "display",
    "find_expressions",
    "hedged_count",
    "month_number",
    "normalise",
    "opening_date",
    "parse_date",
    "published_at",
    "published_date",
    "sort_key",
    "story_anchor",
    "weekday_dates",
    "weekday_number",
]
