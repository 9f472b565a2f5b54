"""An age is true of the day it was written: two reports of one person's age disagree only if no birthday between
their days can explain the difference.

A story followed over a year (DUC task 5: one person's year in the news, AP, NYT and Xinhua) gives "Tutu, 66" in
1996 and "Tutu, 68" in 1999, "Kaczynski, 53" at his arrest and "54" at his trial: the same slot, two values, and
no disagreement. Reading the free task 5 topics, ages of this kind were 10 of the 23 conflicts the stage listed.
So when both reports have a day (:func:`~newsbrief.text.dates.choose_anchor`: the ``published`` date, or the
dateline or stamp line of the text), the later age may exceed the earlier by the whole years between them, or by
one more when a birthday in the remainder is plausible (a month or more: one chance in twelve; a one-year
difference between reports days apart stays a disagreement, as "Shepard, 22" against "21" in one week's reports
is). Without both days nothing changes. Things age too ("the 112-year-old Congress party"), so every age is read
this way.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from newsbrief.text.dates import choose_anchor

#: The part of a year between two reports from which a birthday between them is plausible (a month).
BIRTHDAY_PLAUSIBLE = 1 / 12
_YEAR_DAYS = 365.25


def report_days(texts: Mapping[str, str], published: Mapping[str, str | None]) -> dict[str, date | None]:
    """The day each report was written, by article id (``None``: unknown), from ``published`` or the text (a
    report may have either alone)."""
    out: dict[str, date | None] = {}
    for article_id in {**texts, **published}:
        anchor = choose_anchor(texts.get(article_id, ""), published.get(article_id))
        out[article_id] = anchor.day if anchor.source in {"published", "dateline"} else None
    return out


def aged_between(age_x: float, day_x: date | None, age_y: float, day_y: date | None) -> bool:
    """Whether ages ``age_x`` (written on ``day_x``) and ``age_y`` (on ``day_y``) can both be right: the later
    report's age is the earlier one's plus the whole years between the days, or one more when a birthday in the
    remainder is plausible. ``False`` when a day is unknown (the ages are then compared as they stand)."""
    if day_x is None or day_y is None:
        return False
    if day_y < day_x:
        age_x, day_x, age_y, day_y = age_y, day_y, age_x, day_x
    years = (day_y - day_x).days / _YEAR_DAYS
    whole = int(years)
    more = age_y - age_x
    return more == whole or (more == whole + 1 and years - whole >= BIRTHDAY_PLAUSIBLE)
