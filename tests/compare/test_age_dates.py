"""An age is true of the day its report was written."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from newsbrief.compare.age_dates import aged_between, report_days
from newsbrief.compare.conflicts import find_conflicts
from newsbrief.model import Conflict, Sentence


@pytest.mark.parametrize(
    ("x", "day_x", "y", "day_y", "both_true"),
    [
        (66, date(1998, 8, 21), 68, date(1999, 10, 19), True),  # Tutu: two birthdays in 14 months
        (37, date(1999, 7, 27), 38, date(1999, 8, 31), True),  # a birthday in the month between
        (22, date(1998, 10, 10), 21, date(1998, 10, 14), False),  # days apart: one of them is wrong
        (21, date(1998, 10, 10), 22, date(1998, 10, 14), False),  # a birthday in four days: too unlikely
        (52, date(1999, 3, 17), 51, date(1999, 3, 21), False),  # younger later
        (77, date(1997, 2, 26), 78, date(1999, 3, 17), False),  # two years on, one year older
        (55, date(1997, 1, 1), 57, date(1999, 3, 1), True),
        (55, None, 57, date(1999, 3, 1), False),  # a day unknown: compared as they stand
    ],
)
def test_ages_on_the_days_written(x: int, day_x: date | None, y: int, day_y: date | None, both_true: bool) -> None:
    assert aged_between(x, day_x, y, day_y) is both_true
    assert aged_between(y, day_y, x, day_x) is both_true  # either order


def test_a_report_day_is_its_published_date_or_dateline() -> None:
    texts = {"a": "Tutu spoke.", "b": "WASHINGTON, October 19, 1999 (Xinhua) -- Tutu spoke.", "c": "Tutu."}
    days = report_days(texts, {"a": "1998-08-21T06:28:00"})
    assert days == {"a": date(1998, 8, 21), "b": date(1999, 10, 19), "c": None}


def _conflicts(*texts: str, published: dict[str, str] | None = None) -> tuple[Conflict, ...]:
    sentences = [Sentence(text=t, article_id=f"s{k}", index=0, start=0, end=len(t)) for k, t in enumerate(texts)]
    same = 1.0 - np.eye(len(sentences))
    return find_conflicts(
        sentences, same, threshold=0.5, texts={s.article_id: s.text for s in sentences}, published=published
    )


def test_one_persons_ages_years_apart_are_no_conflict() -> None:
    a = "Archbishop Desmond Tutu, 66, said the commission would hear the ringleaders."
    b = "Archbishop Desmond Tutu, 68, said the commission would hear the ringleaders."
    assert [c.kind for c in _conflicts(a, b)] == ["age"]  # no days: 66 against 68
    assert _conflicts(a, b, published={"s0": "1998-08-21", "s1": "1999-10-19"}) == ()
    (c,) = _conflicts(a, b, published={"s0": "1999-10-12", "s1": "1999-10-19"})  # a week apart: one is wrong
    assert c.kind == "age"


def test_ages_true_on_their_days_are_never_set_against_each_other_in_one_conflict() -> None:
    """66 in August 1998 and 68 in October 1999 both hold; 70 a week later disagrees with each. The two
    pairwise conflicts share the value 70 but are not merged into "66 vs 70 vs 68", which would set the two
    reports that agree against each other."""
    a = "Archbishop Desmond Tutu, 66, said the commission would hear the ringleaders."
    b, c = a.replace("66", "68"), a.replace("66", "70")
    found = _conflicts(a, b, c, published={"s0": "1998-08-21", "s1": "1999-10-12", "s2": "1999-10-19"})
    assert sorted(sorted(side.value for side in conflict.sides) for conflict in found) == [["66", "70"], ["68", "70"]]


def test_published_days_count_without_the_sources_texts() -> None:
    """``texts`` is optional; the reports' ``published`` days still date their ages."""
    a = "Archbishop Desmond Tutu, 66, said the commission would hear the ringleaders."
    texts = (a, a.replace("66", "68"))
    sentences = [Sentence(text=t, article_id=f"s{k}", index=0, start=0, end=len(t)) for k, t in enumerate(texts)]
    published = {"s0": "1998-08-21", "s1": "1999-10-19"}
    assert find_conflicts(sentences, 1.0 - np.eye(2), threshold=0.5, published=published) == ()
    assert report_days({}, published) == {"s0": date(1998, 8, 21), "s1": date(1999, 10, 19)}
