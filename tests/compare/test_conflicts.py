"""Conflicting numbers, dates and names between sources."""

from __future__ import annotations

import pytest

from newsbrief.compare.conflicts import dates, fact_conflicts, name_conflicts, quantities
from newsbrief.model import Entity, Fact, Span


def _fact(*texts: str) -> Fact:
    return Fact(text=texts[0], spans=tuple(Span(f"s{k}", 0, len(t), t) for k, t in enumerate(texts)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seven MPs resigned.", {"mp": {7.0}}),
        ("after fifty years and 27 years", {"year": {50.0, 27.0}}),
        ("a replacement costing $40 million", {"$": {40_000_000.0}}),
        ("turnout rose by 5% this year", {"%": {5.0}}),
        ("twenty-five people were hurt", {"peopl": {25.0}}),
        ("In 1981 the SDP walked out", {}),
        ("The vote was 7 to 2.", {}),
    ],
)
def test_quantities(text: str, expected: dict) -> None:
    assert quantities(text) == expected


def test_dates() -> None:
    assert dates("on February 18, 2019, a Monday") == {"day": {"02-18"}, "year": {"2019"}, "weekday": {"monday"}}
    assert dates("on 19 Feb") == {"day": {"02-19"}}


def test_number_conflict() -> None:
    (conflict,) = fact_conflicts([_fact("Seven MPs quit the party.", "Eight MPs quit the party.")])
    assert conflict.kind == "number"
    assert "7 vs 8" in conflict.description
    assert [s.article_id for s in conflict.spans] == ["s0", "s1"]


def test_a_number_the_other_source_also_states_is_not_a_conflict() -> None:
    fact = _fact("Turner will serve three months.", "Turner was sentenced to six months.")
    (conflict,) = fact_conflicts([fact])  # from these two sentences alone it looks like one
    assert "3 vs 6" in conflict.description
    texts = {
        "s0": "Turner was sentenced to six months. Turner will serve three months.",  # s0 knows both numbers
        "s1": "The judge spoke. Turner was sentenced to six months.",
    }
    assert fact_conflicts([fact], texts) == ()
    apart = {"s0": "Turner will serve three months.", "s1": "Turner was sentenced to six months."}
    assert len(fact_conflicts([fact], apart)) == 1  # neither states the other's number: still flagged


def test_number_words_and_digits_agree() -> None:
    assert fact_conflicts([_fact("He served for fifty years.", "He served for 50 years.")]) == ()


def test_date_conflict_only_for_the_same_kind() -> None:
    (conflict,) = fact_conflicts([_fact("They quit on February 18.", "They quit on February 19.")])
    assert conflict.kind == "date" and "02-18 vs 02-19" in conflict.description
    assert fact_conflicts([_fact("They quit on Monday.", "They quit on February 18.")]) == ()


def test_different_things_counted_are_not_conflicts() -> None:
    assert fact_conflicts([_fact("Seven MPs quit.", "Two ministers quit.")]) == ()


def test_name_conflict() -> None:
    ents = [
        Entity("Liberal Party", "ORG"),
        Entity("Liberal Democrats", "ORG"),
        Entity("Labour Party", "ORG"),
        Entity("Young Labour", "ORG"),
        Entity("Independent Group", "ORG"),
        Entity("Independent Group of Members", "ORG"),
    ]
    spans = {"Liberal Party": Span("x", 0, 13, "Liberal Party")}
    (conflict,) = name_conflicts(ents, spans)
    assert conflict.kind == "name"
    assert "'Liberal Party' vs 'Liberal Democrats'" in conflict.description
    assert conflict.spans == (spans["Liberal Party"],)
