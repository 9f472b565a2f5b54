"""The side of the day of writing a bare weekday lies on when its clause does not settle it (issue 12).

A clause that says nothing of time ("urged them to vote Tuesday", "need to be caucusing Monday night", "the
prospect of a loss in his own state on Tuesday") was read as the weekday before the day of writing, up to six days
back. On labelled weekday mentions of free data (PolNeAR train, DUC 2004 task 5; session 18, BENCHMARKS.md
"timeline25") such readings were wrong in 5 of 13 (dev half), each a contest or a plan still to come read a week
early. The article tells more than the clause: the same weekday named elsewhere in a clause that tells its side
("said Tuesday", "will vote on Tuesday") names, in a report of a few days, the same day. Without such evidence a
reading five or six days back is as likely the day one or two days on: it is not shown (a brief that says less
and is right), nor is one that the article's clauses put ahead at least as often as behind when it would be three
or more days back. A plan told in the past ("was set to headline Tuesday") is kept or still ahead alike: shown
only where the day before and the day after agree (the next such day at most three days on).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING, Literal

from newsbrief.analyse._event_rules import (
    a_deadline,
    infinitive_after_a_past,
    noun_of,
    planned_in_the_past,
    verb_of,
)
from newsbrief.text.dates import Tense, bare_weekday
from newsbrief.text.lexicon import REPORTING_LEMMAS

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

#: Days back from the day of writing from which a bare weekday read as past only by default is not shown
#: without the article's evidence: five or six days back is one or two days ahead the other way.
UNSURE_DAYS_BACK = 5
#: Days back from which the article's clauses that put the weekday ahead (as often as behind) leave it unsure.
#: The clause readings of the future are weaker evidence than those of the past (right in 17 of 24 on the
#: labelled sample against 73 of 76; a present "who oppose him on Thursday" reads ahead as well as "will vote on
#: Tuesday"), and a weekday a day or two back is most often yesterday's.
DOUBT_DAYS_BACK = 3
#: Days ahead the nearest reading of a plan told in the past may reach (the nearest such day, as "was to").
PLAN_DAYS_AHEAD = 3

Side = Literal["past", "future"]


def told_sides(mentions: Iterable[tuple[SpacySpan, Tense]]) -> dict[int, Counter[Side]]:
    """Weekday number -> how often clauses that tell their side put it behind or ahead, over one article's mentions
    (each its span and :func:`~newsbrief.analyse._event_rules.clause_tense`). Only a weekday hung on the clause's
    verb counts ("said Tuesday", "will vote Tuesday"): one in the possessive or on a noun ("Tuesday's primary", "a
    rally Saturday") is the noun's day, which the clause may not tell."""
    sides: dict[int, Counter[Side]] = {}
    for span, tense in mentions:
        day = bare_weekday(span.text)
        if day is None or tense not in ("past", "future") or noun_of(span) is not None:
            continue
        sides.setdefault(day, Counter())[tense] += 1
    return sides


def unsure(span: SpacySpan, tense: Tense, anchor_weekday: int, sides: dict[int, Counter[Side]]) -> bool:
    """Whether a bare weekday's side of a day of writing of weekday ``anchor_weekday`` is too uncertain to show:
    a clause that tells no side (``tense`` ``None``) without the article's evidence for the day before, or a plan
    told in the past whose nearest and next readings differ."""
    day = bare_weekday(span.text)
    if day is None or day == anchor_weekday:
        return False  # the day of writing itself, on either reading
    back = (anchor_weekday - day) % 7
    if tense == "future" and (planned_in_the_past(span) or infinitive_after_a_past(span)):
        return 7 - back > PLAN_DAYS_AHEAD
    if tense is not None or a_deadline(span) or _reported(span):
        return False  # the clause tells the side, or a deadline's nearest day is read ("by Friday's deadline")
    told = sides.get(day, Counter())
    if told["past"] > told["future"]:
        return False
    if told["future"]:
        return back >= DOUBT_DAYS_BACK
    return back >= UNSURE_DAYS_BACK


def _reported(span: SpacySpan) -> bool:
    """The weekday's verb is one of saying ("Friday's Wall Street Journal reports that"): a report already made."""
    verb = verb_of(span.root)
    return verb is not None and verb.lemma_ in REPORTING_LEMMAS
