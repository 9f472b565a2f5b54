"""Conflicting numbers, dates and names between sources."""

from __future__ import annotations

import pytest

from newsbrief.compare.conflicts import drop_conflicting_support, fact_conflicts, name_conflicts, quantities
from newsbrief.compare.date_slots import dated_slots, reporting_date
from newsbrief.model import Conflict, Entity, Fact, Span, SummarySentence


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
        ("it takes 800 gallons of water", {"gallon of water": {800.0}}),
        ("seven MPs of the party", {"mp": {7.0}}),
    ],
)
def test_quantities(text: str, expected: dict) -> None:
    assert quantities(text) == expected


def test_dated_slots() -> None:
    assert dated_slots("They quit on February 18, 2019.") == {("quit", "day"): {"02-18"}}
    assert dated_slots("The probe is scheduled to launch in July 2018.") == {("launch", "month"): {"2018-07"}}
    assert dated_slots("He was hanged on 31 May and cremated on Monday.") == {
        ("hang", "day"): {"05-31"},
        ("cremat", "weekday"): {"monday"},
    }
    assert dated_slots("The SDP walked out of Labour in 1981.") == {("labour", "year"): {"1981"}}
    assert dated_slots("The police said Monday that he fled.") == {}  # a reporting date


@pytest.mark.parametrize(
    ("text", "reporting"),
    [
        ("Officials said Monday", True),
        ("the minister told reporters on Tuesday", True),
        ("the agency said on Wednesday", True),
        ("The plane crashed on Monday", False),
        ("He said the vote was held on Monday", False),
    ],
)
def test_reporting_date(text: str, reporting: bool) -> None:
    assert reporting_date(text, text.rindex(" ") + 1) is reporting  # the date is the last word


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


def test_date_conflict_only_for_the_same_slot_and_kind() -> None:
    (conflict,) = fact_conflicts([_fact("They quit on February 18.", "They quit on February 19.")])
    assert conflict.kind == "date" and "02-18 vs 02-19" in conflict.description and "'quit'" in conflict.description
    assert [s.text for s in conflict.spans] == ["They quit on February 18.", "They quit on February 19."]
    assert fact_conflicts([_fact("They quit on Monday.", "They quit on February 18.")]) == ()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two things dated, not one dated twice (issue 12's false alarm)
        ("The mission is scheduled to launch in July 2018.", "The mission is scheduled to end in June 2025."),
        # a reporting date against the day of the event
        ("The plane crashed on Sunday, police said Monday.", "The plane crashed on Sunday, officials said."),
        ("Officials said Monday the plane had crashed.", "Officials said Sunday the plane had crashed."),
        # a caption's date against the story's
        ("He is shown in this Dec. 10, 2016 file photo.", "He is shown in this Aug. 15, 2016 file photo."),
    ],
)
def test_date_look_alikes_are_not_conflicts(a: str, b: str) -> None:
    assert fact_conflicts([_fact(a, b)]) == ()


def test_a_date_the_other_source_also_states_is_not_a_conflict() -> None:
    fact = _fact("The trial opened on March 4.", "The trial opened on March 5.")
    texts = {"s0": "The trial opened on March 4. Jurors returned on March 5.", "s1": "The trial opened on March 5."}
    assert fact_conflicts([fact], texts) == ()
    assert len(fact_conflicts([fact])) == 1


def test_a_pair_is_never_both_support_and_conflict() -> None:
    a, b, c = (
        Span("s0", 0, 25, "They quit on February 18."),
        Span("s1", 0, 25, "They quit on February 19."),
        Span("s2", 0, 30, "They quit on February 18, 2019."),
    )
    summary = [SummarySentence(a.text, a, (b, c))]
    (conflict,) = fact_conflicts([Fact(a.text, (a, b))])
    (kept,) = drop_conflicting_support(summary, [conflict])
    assert kept.support == (c,)  # the disagreeing sentence no longer counts as support
    assert drop_conflicting_support(summary, []) == tuple(summary)
    assert drop_conflicting_support(summary, [Conflict("name", "x", (a,))]) == tuple(summary)


def test_different_things_counted_are_not_conflicts() -> None:
    assert fact_conflicts([_fact("Seven MPs quit.", "Two ministers quit.")]) == ()
    ethanol = "The country made 13.3 billion gallons of ethanol in 2013."
    water = "It takes more than 800 gallons of water to grow a bushel of corn for ethanol."
    assert fact_conflicts([_fact(ethanol, water)]) == ()
    (same,) = fact_conflicts([_fact(water, water.replace("800", "900"))])  # the same thing counted: a conflict
    assert "800 vs 900" in same.description


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
