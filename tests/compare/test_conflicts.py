"""Conflicting values between sources: like with like, and the look-alikes that are not conflicts."""

from __future__ import annotations

import numpy as np
import pytest

from newsbrief.compare.conflict_support import drop_conflicting_support
from newsbrief.compare.conflicts import find_conflicts
from newsbrief.compare.date_slots import dated_slots, reporting_date
from newsbrief.compare.slots import quantities, values
from newsbrief.compare.value_pairs import gives_version, pair_values
from newsbrief.model import Conflict, Sentence, Span, SummarySentence


def _sentences(*texts: str) -> list[Sentence]:
    return [Sentence(text=t, article_id=f"s{k}", index=0, start=0, end=len(t)) for k, t in enumerate(texts)]


def _conflicts(*texts: str, texts_by_source: dict[str, str] | None = None) -> tuple[Conflict, ...]:
    """Conflicts among sentences of different sources, all taken as the same fact (P = 1)."""
    sentences = _sentences(*texts)
    same = 1.0 - np.eye(len(sentences))
    return find_conflicts(sentences, same, threshold=0.5, texts=texts_by_source)


def _disputed(a: str, b: str) -> list[tuple[str, str, str]]:
    return [(x.kind, x.text, y.text) for x, y in pair_values(a, b)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seven MPs resigned.", {"mp": {7.0}}),
        ("after fifty years and 27 years", {"year": {50.0, 27.0}}),
        ("a replacement costing $40 million", {"$": {40_000_000.0}}),
        ("turnout rose by 5% this year", {"%": {5.0}}),
        ("twenty-five people were hurt", {"peopl": {25.0}}),
        ("two-three people were hurt", {}),  # a range, not five
        ("In 1981 the SDP walked out", {}),
        ("The vote was 7 to 2.", {}),
        ("it takes 800 gallons of water", {"gallon of water": {800.0}}),
        ("seven MPs of the party", {"mp": {7.0}}),
    ],
)
def test_quantities_the_same_fact_features_read(text: str, expected: dict) -> None:
    assert quantities(text) == expected


def test_values_carry_kind_key_interval_and_exact_characters() -> None:
    text = "Jane Smith, 72, fell nine stories at 10:40 p.m. and about 300 people watched."
    got = {(v.kind, v.key, v.text) for v in values(text)}
    assert got == {("age", "smith", "72"), ("distance", "", "nine stories"), ("time", "", "10:40 p.m."),
                   ("number", "peopl", "300 people")}  # fmt: skip
    for v in values(text):
        assert text[v.start : v.end] == v.text
    (crowd,) = (v for v in values(text) if v.kind == "number")
    assert crowd.low < 300 < crowd.high  # "about" allows rounding


def test_dated_slots() -> None:
    assert dated_slots("They quit on February 18, 2019.") == {("quit", "day"): {"02-18"}}
    assert dated_slots("The probe is scheduled to launch in July 2018.") == {("launch", "month"): {"2018-07"}}
    assert dated_slots("He was hanged on 31 May and cremated on Monday.") == {
        ("hang", "day"): {"05-31"},
        ("cremat", "weekday"): {"monday"},
    }
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


@pytest.mark.parametrize(
    ("a", "b", "kind", "value_a", "value_b"),
    [
        ("Jane Smith, 72, was found dead.", "Jane Smith, 73, was found dead.", "age", "72", "73"),
        ("The 72-year-old was found at home.", "The 73-year-old was found at home.", "age", "72", "73"),
        ("The crash happened at 10:40 pm on the bridge.", "The crash came at 11:15 p.m. on the bridge.",
         "time", "10:40 pm", "11:15 p.m."),
        ("She fell 25 feet from the balcony.", "She fell nine stories from the balcony.",
         "distance", "25 feet", "nine stories"),
        ("The storm killed 12 people in the town.", "The storm killed 15 people in the town.",
         "number", "12 people", "15 people"),
        ("Officer Luis Oliveras fired twice.", "Officer Luis Olivares fired twice.", "name", "Oliveras", "Olivares"),
        ("Officer Luis Jersualem fired twice.", "Officer Luis Jerusalem fired twice.", "name", "Jersualem",
         "Jerusalem"),
        ("The quake struck at 5 a.m. local time.", "The quake struck at 5:20 a.m. local time.", "time", "5 a.m.",
         "5:20 a.m."),
        ("They quit on February 18.", "They quit on February 19.", "date", "February 18", "February 19"),
    ],
)  # fmt: skip
def test_real_disagreements(a: str, b: str, kind: str, value_a: str, value_b: str) -> None:
    assert _disputed(a, b) == [(kind, value_a, value_b)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # rounding and hedges
        ("About 300 people attended the rally.", "317 people attended the rally."),
        ("More than 50 people were hurt in the blast.", "56 people were hurt in the blast."),
        ("The deal is worth $2 million, officials said.", "The deal is worth $1.97 million, officials said."),
        # the same value written two ways
        ("He served for fifty years.", "He served for 50 years."),
        ("She fell 2 miles.", "She fell 3.2 kilometres."),
        # an update over time is not two versions
        ("The death toll rose to 15 people.", "The storm killed 12 people."),
        # two things counted or dated, not one
        ("Seven MPs quit.", "Two ministers quit."),
        ("1,000 Kurds rallied in Bonn.", "About 1,500 Kurds spent the night outside a hospital."),
        ("He was sentenced to 13 years in prison.", "He spent 12 years in prison."),  # durations
        ("Stocks plunged 1,100 points on Monday.", "Stocks plunged at one point on Monday."),
        ("Officials said 14 people had died on that small island.", "About 7,000 people have died in the region."),
        # two days of a story that goes on
        ("Police were searching Wednesday for the bodies.", "Police were searching Friday for the bodies."),
        # a compound, not a spelling
        ("The Portland office took the check.", "The Portland-area office took the check."),
        # a conversion in brackets, rounded by the writer
        ("Mitch was moving west at 8 mph (12 kph).", "Mitch was moving west at 8 mph (13 kph)."),
        ("The storm killed 12 people.", "The storm injured 15 people."),
        ("The mission is scheduled to launch in July 2018.", "The mission is scheduled to end in June 2025."),
        # a reporting date against the day of the event ("said Monday")
        ("The plane crashed on Sunday, police said Monday.", "The plane crashed on Sunday, officials said."),
        ("Officials said Monday the plane had crashed.", "Officials said Sunday the plane had crashed."),
        # a caption's date against the story's
        ("He is shown in this Dec. 10, 2016 file photo.", "He is shown in this Aug. 15, 2016 file photo."),
        ("A truck drives down I-35, Thursday, Dec. 20, 2012, in Des Moines. (AP Photo/Charlie Neibergall)",
         "A truck drives down I-35, Friday, Dec. 21, 2012, in Des Moines. (AP Photo/Charlie Neibergall)"),
        # one sentence states both values
        ("Police said 12 people died; the mayor said 15 people died.", "In all 15 people died in the storm."),
        # a plural or derived word is not a spelling
        ("Democrats met on the bill.", "Democratic senators met on the bill."),
        # a time without a key is compared only one against one
        ("Polls open at 7 a.m. and close at 8 p.m.", "Polls close at 9 p.m."),
        # a time on the hour is rounded; a number in words is read whole or not at all
        ("The quake struck at 5 a.m. local time.", "The quake struck at 5:02 a.m. local time."),
        ("One hundred and three male patients joined the study.", "103 male patients joined the study."),
        # one name romanised two ways, not misspelt
        ("Foreign Minister Farouq al-Sharaa spoke.", "Foreign Minister Farouk al-Sharaa spoke."),
        ("Libyan leader Muammar Gaddafi spoke.", "Libyan leader Moammar Gadhafi spoke."),
        ("The Sabra and Shatilla camps were shelled.", "The Sabra and Shatila camps were shelled."),
        # Khmer romanised with and without the aspirate "h", d or t (a false conflict of task 5 topic d190a)
        ("Information official Khieu Kanaridh spoke.", "Information official Khieu Kanharith spoke."),
        ("Information official Khieu Kanarhidh spoke.", "Information official Khieu Kanharith spoke."),
        # a margin between two sums is no sum (task 5 topic d147d)
        ("The rival spent $1.44 million in the period.", "The rival spent about $1 million more than Carnahan."),
    ],
)  # fmt: skip
def test_look_alikes_are_not_conflicts(a: str, b: str) -> None:
    assert _disputed(a, b) == []


def test_two_number_words_joined_by_a_hyphen_are_a_range_not_their_sum() -> None:
    """ "two-three people" was read as five (the words summed, as "twenty-five" is): against "five people" the
    two agreed and against "three people" they were listed as a conflict. A range of words states no one count;
    a ten and a unit still do."""
    assert [v.label for v in values("Police said two-three people were hurt in the blast.")] == []
    assert _disputed("Police said two-three people were hurt.", "Police said three people were hurt.") == []
    assert _disputed("Police said twenty-five people were hurt.", "Police said 27 people were hurt.") == [
        ("number", "twenty-five people", "27 people")
    ]


def test_a_value_one_source_states_both_ways_is_not_a_conflict() -> None:
    a, b = "The storm killed 12 people in the town.", "The storm killed 15 people in the town."
    assert len(_conflicts(a, b)) == 1  # from these two sentences alone it looks like one
    whole = {"s0": a + " Later reports said the storm killed 15 people.", "s1": b}  # source s0 states both
    assert _conflicts(a, b, texts_by_source=whole) == ()
    spelt = {"s0": "Officer Oliveras fired. Officer Olivares was hit.", "s1": "Officer Olivares fired."}
    assert _conflicts("Officer Oliveras fired.", "Officer Olivares fired.", texts_by_source=spelt) == ()


def test_a_word_the_sources_write_in_lower_case_is_not_a_name() -> None:
    a, b = "The Foreign Minister spoke on Monday.", "The Foreign Ministry spoke on Monday."
    assert len(_conflicts(a, b)) == 1
    texts = {"s0": a + " The minister left.", "s1": b}
    assert _conflicts(a, b, texts_by_source=texts) == ()


def test_one_persons_surname_spelt_two_ways_after_the_same_first_name() -> None:
    texts = {"s0": "Rene Pasztor, 6, died. Her mother was charged.", "s1": "Police said Rene Pastzor died."}
    sentences = [Sentence(text=t, article_id=k, index=0, start=0, end=len(t)) for k, t in texts.items()]
    (c,) = find_conflicts(sentences, np.zeros((2, 2)), threshold=0.5, texts=texts)  # not aligned: still found
    assert c.kind == "name" and [side.value for side in c.sides] == ["Pasztor", "Pastzor"]
    assert [side.article_ids for side in c.sides] == [("s0",), ("s1",)]
    same = {"s0": "The Dolby Theatre was full.", "s1": "The Dolby Theater was full."}
    sentences = [Sentence(text=t, article_id=k, index=0, start=0, end=len(t)) for k, t in same.items()]
    assert find_conflicts(sentences, np.zeros((2, 2)), threshold=0.5, texts=same) == ()  # a British spelling


def test_a_typo_inside_one_source_is_not_a_disagreement_whichever_step_weighs_it() -> None:
    """A source that writes the name both ways misspelt its own name once (the labelling guideline of round 5):
    not listed by the learned decision, which weighs names a source states both ways, nor after a first name."""
    a = "Annan met Libyan leader Gadhafi in a desert tent on Sunday."
    b = "Annan was taken on an hour's trip into the desert to meet with Gadhadi in a tent."
    sentences = [Sentence(text=t, article_id=k, index=0, start=0, end=len(t)) for k, t in (("s0", a), ("s1", b))]
    same = np.array([[0.0, 0.9], [0.9, 0.0]])
    apart = {"s0": a, "s1": b}
    (c,) = find_conflicts(sentences, same, threshold=0.4, texts=apart, decision="rules")
    assert [side.value for side in c.sides] == ["Gadhafi", "Gadhadi"]  # each source consistent: listed
    typo = {"s0": a, "s1": b + " Gadhafi later spoke to reporters."}
    for decision in ("rules", "learned"):
        assert find_conflicts(sentences, same, threshold=0.4, texts=typo, decision=decision) == ()
    texts = {"s0": "Rene Pasztor, 6, died.", "s1": "Pasztor, 29, was charged. Police said Rene Pastzor died."}
    sentences = [Sentence(text=t, article_id=k, index=0, start=0, end=len(t)) for k, t in texts.items()]
    assert find_conflicts(sentences, np.zeros((2, 2)), threshold=0.5, texts=texts) == ()


def test_a_conflict_names_the_sources_on_each_side_and_quotes_both_values() -> None:
    (c,) = _conflicts("Jane Smith, 72, died.", "Jane Smith, 73, died.", "Jane Smith, 72, died at home.")
    assert c.kind == "age" and c.slot == "'Smith'"
    assert [(side.value, side.article_ids) for side in c.sides] == [("72", ("s0", "s2")), ("73", ("s1",))]
    for side in c.sides:
        for value, sentence in zip(side.spans, side.sentences, strict=True):
            assert sentence.text[value.start - sentence.start : value.end - sentence.start] == value.text
    assert c.description == "ages differ ('Smith'): 72 vs 73"


def test_only_pairs_aligned_as_the_same_fact_are_compared() -> None:
    sentences = _sentences("The storm killed 12 people.", "The storm killed 15 people.")
    apart = np.array([[0.0, 0.3], [0.3, 0.0]])
    assert find_conflicts(sentences, apart, threshold=0.5) == ()
    assert len(find_conflicts(sentences, apart, threshold=0.2)) == 1
    one_source = [
        Sentence(text=s.text, article_id="s0", index=k, start=0, end=len(s.text)) for k, s in enumerate(sentences)
    ]
    assert find_conflicts(one_source, 1.0 - np.eye(2), threshold=0.5) == ()  # a source against itself
    assert find_conflicts(sentences[:1], np.zeros((1, 1)), threshold=0.5) == ()


def test_a_pair_is_never_both_support_and_conflict() -> None:
    a, b, c = (
        Span("s0", 0, 25, "They quit on February 18."),
        Span("s1", 0, 25, "They quit on February 19."),
        Span("s2", 0, 30, "They quit on February 18, 2019."),
    )
    summary = [SummarySentence(a.text, a, (b, c))]
    (conflict,) = _conflicts(a.text, b.text)
    assert [s.article_id for s in conflict.spans] == ["s0", "s1"]
    (kept,) = drop_conflicting_support(summary, [conflict])
    assert kept.support == (c,)  # the disagreeing sentence no longer counts as support
    assert drop_conflicting_support(summary, []) == tuple(summary)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the other sentence writes the value itself, as a conversion in brackets
        ("Seas of 35 feet caused havoc to the fleet.",
         "Seas swelling to 10 meters (35 feet) caused havoc to the fleet."),
        # or as a bare number
        ("Fertility south of the Sahara is five children per woman; in Niger it is seven.",
         "In Niger the average woman has seven children, south of the Sahara."),
        # a correction told is not a disagreement between sources
        ("He was initially identified as Kanasho Jones, but police later issued a correction.",
         "The suspect, Kanasho Johns, was taken into custody."),
    ],
)  # fmt: skip
def test_a_sentence_that_writes_both_values_or_a_correction_is_no_side(a: str, b: str) -> None:
    assert _conflicts(a, b) == ()


def test_a_hyphenated_count_describes_the_noun_after_it() -> None:
    a, b = "A total of 37 yachts have been forced out of the race.", "Half of the 115-yacht fleet left the race."
    assert _disputed(a, b) == []
    c, d = "The 21-nation forum meets in Malaysia.", "The 18-nation forum meets in Malaysia."
    assert _disputed(c, d) == [("number", "21-nation", "18-nation")]


def test_british_and_american_spellings_are_one_name() -> None:
    assert _disputed("The Australian Defence Force searched.", "The Australian Defense Force searched.") == []


def test_a_slot_is_shown_in_the_words_the_sources_write_not_as_a_stem() -> None:
    """The slot reaches the reader ("numbers differ (...)"): a Porter stem ('peopl') or a lower-cased
    surname is not a word of the story."""
    (c,) = _conflicts(
        "A shooting at a downtown bar left five people injured.", "A shooting at a downtown bar injured seven people."
    )
    assert c.slot == "'people hurt'" and c.description == "numbers differ ('people hurt'): five people vs seven people"
    (c,) = _conflicts("Jane Smith, 72, died.", "Jane Smith, 73, died.")
    assert c.slot == "'Smith'"
    (c,) = _conflicts("The blast killed at least 12 and injured 40.", "The blast killed at least 12 and injured 45.")
    assert c.slot == "'people hurt'"


def test_a_whole_number_a_writer_rounded_from_a_decimal_agrees_with_it() -> None:
    """Written precision is rounding too: "longitude 9 degrees" is "9.27 degrees" to units (a false conflict of
    the dated DUC task 5 reports, round 6 dev); a decimal that rounds to another whole number still differs."""
    a = "The balloon was expected to cross the finish line along longitude 9 degrees west."
    assert _disputed(a, "The balloon was expected to cross the finish line at 9.27 degrees west.") == []
    assert _disputed("He averaged 50 points that season.", "He averaged 50.4 points that season.") == []
    assert _disputed(a, "The balloon was expected to cross the finish line at 9.7 degrees west.") == [
        ("number", "9 degrees", "9.7 degrees")
    ]
    assert _disputed("He averaged 50 points that season.", "He averaged 52.4 points that season.") == [
        ("number", "50 points", "52.4 points")
    ]


def test_a_margin_between_two_things_is_no_version_of_either() -> None:
    """A margin: "about $1 million more than Carnahan" is how far apart two sums are, not a sum raised: listed against
    "$1.44 million for Carnahan" (a false conflict of the free DUC task 5 topic d147d, session 12's reading).
    The sum itself stays a value, and two sums of one slot still differ."""
    a = "For the period Ashcroft raised more than Carnahan: $2.09 million for Ashcroft, $1.44 million for Carnahan."
    b = "Since the campaign began two years ago, Ashcroft has raised $5.9 million, about $1 million more than Carnahan."
    assert [v.text for v in values(b) if v.kind == "money"] == ["$5.9 million"]
    for decision in ("rules", "learned"):
        sentences = _sentences(a, b)
        found = find_conflicts(sentences, 1.0 - np.eye(2), threshold=0.5, decision=decision)
        assert not [c for c in found if "$1 million" in c.description], decision
    fewer = "The school had 20 percent fewer than last year, and 300 more students than in 1990."
    assert [v.text for v in values(fewer) if v.kind in {"percent", "number"}] == []
    assert _disputed("The team paid $2 million for the shelter.", "The team paid $3 million for the shelter.") == [
        ("money", "$2 million", "$3 million")
    ]


def test_a_letter_left_out_of_a_name_is_still_a_second_spelling() -> None:
    """The romanisation rule reads an aspirate "h" and d/t alike, never a letter dropped: "Malcom" against
    "Malcolm" and "Chakalson" against "Chaskalson" stay disagreements (each report writes one spelling)."""
    assert _disputed("Party chair Molly Beth Malcolm spoke.", "Party chair Molly Beth Malcom spoke.") == [
        ("name", "Malcolm", "Malcom")
    ]
    assert _disputed("He was sworn in by Arthur Chaskalson.", "He was sworn in by Arthur Chakalson.") == [
        ("name", "Chaskalson", "Chakalson")
    ]


def test_a_name_written_as_one_word_and_as_two_is_a_second_spelling() -> None:
    """ "PublicAffairs" / "Public Affairs" (missed by the readers of session 12) and "MacDonald" / "Mac Donald":
    one name, two spellings, in aligned sentences, whichever decision weighs them. A source that writes both forms
    made a typo, and two words that are not the other's word joined, or part of a longer name, stay apart."""
    a = "The memoir was published by PublicAffairs in New York last year."
    b = "The memoir was published by Public Affairs in New York last year."
    assert _disputed(a, b) == [("name", "PublicAffairs", "Public Affairs")]
    assert _disputed(b, a) == [("name", "Public Affairs", "PublicAffairs")]
    assert _disputed("The deal was signed by MacDonald on Friday.", "The deal was signed by Mac Donald on Friday.") == [
        ("name", "MacDonald", "Mac Donald")
    ]
    sentences = _sentences(a, b)
    for decision in ("rules", "learned"):
        (c,) = find_conflicts(sentences, 1.0 - np.eye(2), threshold=0.5, decision=decision)
        assert [side.value for side in c.sides] == ["PublicAffairs", "Public Affairs"]
    third = "Her first book came out from Public Affairs in 2012."  # a third report joins the side it writes
    apart = np.zeros((3, 3))
    apart[0, 1] = apart[1, 0] = 1.0
    (c,) = find_conflicts(_sentences(a, b, third), apart, threshold=0.5, texts={"s0": a, "s1": b, "s2": third})
    assert [side.article_ids for side in c.sides] == [("s0",), ("s1", "s2")]
    both = {"s0": a, "s1": b + " Its imprint PublicAffairs prints memoirs."}
    assert _conflicts(a, b, texts_by_source=both) == ()  # a typo of the second source
    joined = _disputed("He met the NorthWood team.", "He met the North Wood team.")
    assert joined == [("name", "NorthWood", "North Wood")]
    assert _disputed("He met the NorthWood team.", "He met the North Wood Lane team.") == []  # a longer name
    assert _disputed("He met the NorthWoods team.", "He met the North Wood team.") == []  # not one word joined
    assert _disputed("The memoir was sold by PublicAffairs.", "Public Affairs sold the memoir.") == []  # first word


def test_a_half_of_a_hyphenated_name_is_no_name_of_its_own() -> None:
    """The "MacDonald" of "Lloyd-MacDonald" is half of one double-barrelled name, which another report's "Mac
    Donald" does not spell two ways (`joined_name_values` read the halves as words, as the task of session 14
    notes); the whole name written apart still differs, and "MacDonald" / "Mac Donald" on their own still do."""
    assert _disputed("Police said the Lloyd-MacDonald firm sued.", "Police said the Mac Donald firm sued.") == []
    assert _disputed("Police said the Mac Donald firm sued.", "Police said the Lloyd-MacDonald firm sued.") == []
    assert _disputed("Police said the Smith-Mac Donald firm sued.", "Police said the MacDonald firm sued.") == []
    assert _disputed("Police said the MacDonald firm sued.", "Police said the Mac Donald firm sued.") == [
        ("name", "MacDonald", "Mac Donald")
    ]


@pytest.mark.parametrize(
    ("one", "two"),
    [
        ("Hongkong", "Hong Kong"),
        ("Northwest", "North West"),
        ("Midwest", "Mid West"),
        ("Superbowl", "Super Bowl"),
        ("Alqaeda", "Al Qaeda"),
        ("Airlift", "Air Lift"),
        ("LaGuardia", "La Guardia"),
        ("DeKalb", "De Kalb"),
        ("Healthcare", "Health Care"),
        ("Website", "Web Site"),
    ],
)
def test_a_compound_written_as_one_word_or_two_is_a_house_style_not_a_conflict(one: str, two: str) -> None:
    """ "Hongkong" / "Hong Kong" (Xinhua's style against the wires'), "Northwest" / "North West": whether a
    compound is closed up is the house style of a paper, not a fact the sources disagree on, whichever decision
    weighs them; so is a name particle joined or set apart ("LaGuardia" / "La Guardia", the AP's and the New York
    Times' airport). Only a name written with a capital inside ("PublicAffairs", "MacDonald") is spelt one way by
    its owner, so its two-word form is a second spelling (review of conflicts14)."""
    a = f"Police in the {one} area arrested six men on Monday."
    b = f"Police in the {two} area arrested six men on Monday."
    assert _disputed(a, b) == []
    assert _disputed(b, a) == []
    for decision in ("rules", "learned"):
        assert find_conflicts(_sentences(a, b), 1.0 - np.eye(2), threshold=0.5, decision=decision) == ()


def test_a_sentence_that_gives_the_other_version_too_is_not_a_side() -> None:
    """ "Ahead 51 percent to 42 percent" gives Boxer 51, which agrees with "more than 50 percent"; its 42 is the
    rival's share, not a second version of Boxer's (a false conflict of task 5 topic d173g). A sentence whose
    values all differ from the other side's is still weighed."""
    a = "Ali said the poll showed Boxer with more than 50 percent support of those surveyed."
    b = "The new poll showed Boxer with support ahead 51 percent to 42 percent of those surveyed."
    x = next(v for v in values(a) if v.kind == "percent")
    forty_two = next(v for v in values(b) if v.label == "42%")
    assert gives_version(b, forty_two, x)
    other = next(v for v in values("The poll showed Boxer with 45 percent support.") if v.kind == "percent")
    assert not gives_version(b, forty_two, other)
    for decision in ("rules", "learned"):
        found = find_conflicts(_sentences(a, b), 1.0 - np.eye(2), threshold=0.5, decision=decision)
        assert not [c for c in found if c.kind == "percent"], decision


def test_what_is_still_missing_to_a_mark_is_no_version() -> None:
    """A gap to a mark moves with each day's count: "needs 67 delegates to reach the 2,383" (June 4) and "71
    delegates short of the magic number" (June 3) were listed as "67 vs 71 delegates", a false conflict of the
    free PolNeAR train stories (benchmarks/conflicts_polnear.py). The mark itself ("needs 2,383 delegates to
    win"), a distance away from a place, and two counts of one thing stay values."""
    a = "Clinton needs 67 delegates to reach the 2,383 needed to win."
    b = "Counting her superdelegate support, Clinton is 71 delegates short of the magic number of 2,383 needed."
    for decision in ("rules", "learned"):
        found = find_conflicts(_sentences(a, b), 1.0 - np.eye(2), threshold=0.5, decision=decision)
        assert not [c for c in found if "delegates" in c.description], decision
    for gap in ("The team is four victories away from a championship.", "He needed 12 more votes to win."):
        assert [v.text for v in values(gap) if v.kind == "number"] == [], gap
    assert [v.text for v in values("A candidate needs 2,383 delegates to win the nomination.")] == ["2,383 delegates"]
    assert [v.kind for v in values("The shark came 10 feet away from me.")] == ["distance"]
    assert _disputed("Clinton won 67 delegates on Tuesday.", "Clinton won 71 delegates on Tuesday.") == [
        ("number", "67 delegates", "71 delegates")
    ]


def test_two_counts_that_name_other_members_count_two_sets() -> None:
    """ "three state primaries: Florida, Ohio and North Carolina" against "two states — Missouri and Ohio" was
    listed as "three state vs two states" (a false conflict of the free PolNeAR train stories): each names what it
    counts, and neither list holds the other. One list inside the other may be one source's miss: still listed."""
    a = "Clinton has won at least three state primaries on Tuesday: Florida, Ohio and North Carolina."
    b = "More people voted for Trump than for Clinton in two states Tuesday night — Missouri and Ohio."
    for decision in ("rules", "learned"):
        assert _conflicts_by(decision, a, b) == (), decision
    two = "Two yachts sank in the storm: Winston Churchill and Business Post Naiad."
    three = "Three yachts sank in the storm: Winston Churchill, Business Post Naiad and Kingurra."
    assert [c.description for c in _conflicts_by("rules", two, three)] == [
        "numbers differ ('yachts'): Two yachts vs Three yachts"
    ]


def test_counts_whose_members_are_written_surname_and_full_name_are_one_set() -> None:
    """review34: "Smith and Jones" against "John Smith, Mary Jones and Bob Brown" are one list inside the other,
    written two ways; compared as strings neither held the other and a real disagreement (two dead, three dead)
    was dropped as two sets (fails on c462b5a)."""
    two = "Two people were killed in the storm: Smith and Jones, police said."
    three = "Three people were killed in the storm: John Smith, Mary Jones and Bob Brown, police said."
    assert [c.kind for c in _conflicts_by("rules", two, three)] == ["number"]


def _conflicts_by(decision: str, *texts: str) -> tuple[Conflict, ...]:
    return find_conflicts(_sentences(*texts), 1.0 - np.eye(len(texts)), threshold=0.5, decision=decision)


def test_a_spelling_two_sources_each_write_is_an_accepted_form() -> None:
    """A slip is one source's: "Oliveras" in three reports against one "Olivares" is listed, with every source on
    its side; two reports each way is a house style or romanisation ("Farouq" / "Farouk", labelled compatible)."""
    one = ("Officer Luis Oliveras fired twice.",) * 3 + ("Officer Luis Olivares fired twice.",)
    found = _conflicts(*one)
    assert [(c.kind, [len(s.article_ids) for s in c.sides]) for c in found] == [("name", [3, 1])]
    assert _conflicts(*("Officer Luis Oliveras fired twice.",) * 2, *("Officer Luis Olivares fired twice.",) * 2) == ()


def test_a_typographic_apostrophe_is_no_second_spelling() -> None:
    """ "“We’re alive,” he said." against "\"We're just going to move on,\" he said." was listed as "spellings differ:
    We’re vs We're" (PolNeAR train stories of half b, looser settings of benchmarks/conflicts_polnear.py): the
    apostrophe is the page's typography. A letter changed next to one is still a second spelling."""
    assert _conflicts("“We’re alive, unlike the robots,” he said.", '"We\'re just going to move on," he said.') == ()
    assert _disputed("Officer Dan O’Brien fired twice.", "Officer Dan O'Brien fired twice.") == []
    assert _disputed("Officer Dan O’Rourke fired twice.", "Officer Dan O'Rouke fired twice.") == [
        ("name", "Rourke", "Rouke")
    ]


def test_the_last_group_of_a_number_written_with_spaces_is_no_count() -> None:
    """ "the records of 1 112 835 patients" was read as 835 patients and listed against "more than 1.1 million
    patients" (a fresh Multi-News cluster, session 18): a number that writes its thousands apart with spaces is
    not read, so neither its tail nor its head is a count; a count after a number of another kind still is."""
    assert [v.label for v in values("We reviewed the records of 1 112 835 patients.")] == []
    assert _disputed("We reviewed 1 112 835 patients.", "This involved records of 835 patients.") == []
    assert [v.label for v in values("In 2012, 835 patients were reviewed.")] == ["835"]
    assert [v.label for v in values("He won the T43/44 200 metres final.")] == ["200 metres"]  # a class, no group


def test_a_clock_time_has_an_hour_of_twelve_at_most_and_may_space_its_colon() -> None:
    """ "4: 40 p.m." (tokenised text) was read as "40 p.m.", an hour of 40, and set against "4: 45 p.m." as 16:00
    against 21:00. An hour with a.m. or p.m. is 1 to 12; "4: 40 p.m." is 16:40."""
    assert [v.label for v in values("She called 911 at 4: 40 p.m. from the store.")] == ["16:40"]
    assert [v.label for v in values("The store closes 40 p.m. sharp.")] == []
    assert [v.label for v in values("The shots came at 10:40 p.m. and at 11.15pm.")] == ["22:40", "23:15"]


def test_two_hedged_clock_times_minutes_apart_are_one_time_told_loosely() -> None:
    """ "called 911 about 10:30 a.m." against "911 calls at about 10:38 a.m." (a fresh cluster) and "about 2:30
    p.m." against "2:20 p.m." (labelled compatible, dev) were listed under the rules: a hedged time allows a
    quarter of an hour either side; an unhedged pair, or a hedged one further apart, still disagrees."""
    assert _disputed("Police got the call at about 10:30 a.m.", "Police got the call at 10:38 a.m.") == []
    assert _disputed("Police got the call at 10:30 a.m.", "Police got the call at 10:38 a.m.") == [
        ("time", "10:30 a.m.", "10:38 a.m.")
    ]
    assert _disputed("The blast came at about 10:40 p.m.", "The blast came at 11:15 p.m.") == [
        ("time", "10:40 p.m.", "11:15 p.m.")
    ]


def test_a_whole_number_half_a_unit_from_a_decimal_is_its_rounding_either_way() -> None:
    """ "a 13.5 percent reduction" against "increasing by 13 per cent" (one study, a fresh Multi-News cluster) was
    listed: 13 is 13.5 rounded down, as writers round a tie. More than half a unit apart still differs."""
    assert _disputed("Risk falls 13.5 percent per 2.5 inches.", "Risk falls 13 per cent per 2.5 inches.") == []
    assert _disputed("Risk falls 13.6 percent per 2.5 inches.", "Risk falls 13 per cent per 2.5 inches.") == [
        ("percent", "13.6 percent", "13 per cent")
    ]


def test_a_spaced_colon_before_what_could_be_an_hour_reads_no_time() -> None:
    """ "Oct. 5: 10 a.m." (a schedule's date, then the time) was read as 05:10 once "4: 40 p.m." was read as 16:40
    (session 18), and set against "10 a.m." as a conflict; base read it 10:00. Minutes of 10 to 12 after a colon and
    a space can be the hour itself, so such a time is not read; "4: 40 p.m." and "4:10 p.m." still are."""
    schedule = "The parade starts Oct. 5: 10 a.m. at the park."
    assert [v.label for v in values(schedule) if v.kind == "time"] == []
    assert _disputed(schedule, "The parade starts at 10 a.m. at the park.") == []
    assert [v.label for v in values("She called 911 at 4: 40 p.m. and at 4:10 p.m.")] == ["16:40", "16:10"]


def _listed(*texts: str) -> list[tuple[str, ...]]:
    """Each listed conflict's kind and values, in order (sides sorted)."""
    return [(c.kind, *sorted(side.value for side in c.sides)) for c in _conflicts(*texts)]


def test_a_sum_with_a_scale_word_rounds_at_its_own_last_digit() -> None:
    """Session 19, fresh clusters: "her $9 million pad" against "asking $9.4 million" (one mansion) and a conversion
    kept to "$4.5 million" against "$4.56 million" were read as two sums: a scaled value rounds (or is cut) at its
    last written digit, not at units. Two values written to the same digit still differ, and so does a cut that
    is no rounding ("$1 million" / "$1.9 million")."""
    assert _disputed("She is selling her $9 million home.", "She is selling her home for $9.4 million.") == []
    assert _disputed("He was awarded $4.5 million.", "He was awarded $4.56 million.") == []
    assert _disputed("Shares closed at $343.60 late.", "Shares closed at $344.60 late.") != []
    assert _disputed("She is selling her $1 million home.", "She is selling her home for $1.9 million.") != []


def test_a_fall_to_a_level_is_where_it_ended_not_how_far_it_fell() -> None:
    """ "the plane dropped to 10,000 feet" against "the flight dropped 25,000 feet" (session 19, fresh): the level
    after "to" is an update, never a version of the drop; two falls of different heights still differ."""
    assert (
        _disputed("The flight dropped 25,000 feet in minutes.", "The flight dropped to 10,000 feet in minutes.") == []
    )
    assert _disputed("The boy fell 25 feet from the bridge.", "The boy fell 40 feet from the bridge.") != []


def test_the_hour_a_bulletin_was_issued_is_no_time_of_the_event() -> None:
    """ "forecasters said in a 2 p.m. advisory" against "in their 11 a.m. advisory" (two bulletins of one storm,
    listed as two times): an hour followed by the statement it dates is not read; the event's hour still is."""
    assert [v.label for v in values("Forecasters said in a 2 p.m. EDT advisory that winds rose.")] == []
    assert (
        _disputed("Winds rose, forecasters said in a 2 p.m. advisory.", "Winds rose, said their 11 a.m. update.") == []
    )
    assert _disputed("The storm hit land at 2 p.m. on Tuesday.", "The storm hit land at 11 a.m. on Tuesday.") != []


def test_a_part_of_a_group_is_not_a_version_of_the_whole() -> None:
    """ "Among the 1,885 people who said..." against "a sample of 2,124 people", "including 190,408 children"
    against "5.8 million children are diagnosed" (session 19, fresh): a count introduced as a part is of another
    scope than a whole; two parts, or two wholes, are still compared."""
    whole, part = "The survey covered 2,124 people in all.", "Among the 1,885 people surveyed, most were happy."
    assert _listed(whole, part) == []
    assert _listed("The survey covered 2,124 people in all.", "The survey covered 1,885 people in all.") == [
        ("number", "1,885 people", "2,124 people")
    ]


def test_counts_told_in_parts_that_add_up_are_one_total() -> None:
    """ "three American civilians and three U.S. troops were killed" against "six Americans were killed", and
    "killing two people outside the center and then a third" against "killing three people" (session 19, fresh):
    the part and the next count after "and" sum to the other side's total. Parts that do not add up still differ."""
    assert _listed("Three Americans and three soldiers were killed in the attack.",
                   "Six Americans were killed in the attack.") == []  # fmt: skip
    assert _listed("He is accused of killing two people at the center and then a third at a home.",
                   "He is accused of killing three people at the center.") == []  # fmt: skip
    assert _listed("He is accused of killing two people at the center and then a third at a home.",
                   "He is accused of killing five people at the center.") != []  # fmt: skip


def test_a_count_after_and_with_its_own_verb_is_no_part_of_the_first() -> None:
    """ "Five people were killed and 20 were injured" against "killed 25 people": the count after "and" is of the
    next clause's predicate (the injured), not a part of the dead, so 5 dead against 25 dead stays listed
    (review47, session 19: conflicts11's sum rule read any count after "and" within 80 characters)."""
    assert _listed("Five people were killed in the blast and 20 were injured.",
                   "The blast killed 25 people.") == [("number", "25 people", "Five people")]  # fmt: skip
    assert _listed("Five people were killed in the blast and then 20 more were injured.",
                   "The blast killed 25 people.") == [("number", "25 people", "Five people")]  # fmt: skip


def test_the_ages_of_a_child_and_a_grown_up_are_two_people() -> None:
    """ "a one-year-old boy" against "his 33-year-old father" (an Amber alert, session 19 fresh; left alone in
    session 18) was listed as one age told two ways; two ages of a man, or of a boy, still differ."""
    assert _listed("Police seek a one-year-old boy taken from home.", "Police seek his 33-year-old father.") == []
    assert _listed("Police seek a 33-year-old man in the case.", "Police seek a 35-year-old man in the case.") == [
        ("age", "33", "35")
    ]


def test_values_more_than_ten_times_apart_are_two_things_counted() -> None:
    """ "recruit 2,500 female police" against "two female sub inspectors" per station, "$1.4 billion" of all goods
    against "$51.2 million" of footwear (session 19, fresh): versions of one figure are not orders of magnitude apart.
    A zero dropped between versions ("a $5,000 fine" / "a fine of up to $500": ten times) or a scale word slipped
    (the same digits) is still listed."""
    assert _listed("The ministry will recruit 2,500 female police.", "Each station gets two female police.") == []
    assert _listed("He faces a $5,000 fine for the damage.", "He faces a fine of up to $500 for the damage.") == [
        ("money", "$5,000", "$500")
    ]
    # the same digits under another scale word: one source's slip, listed (a DUC 2004 pair labelled real)
    assert _listed("BP agreed to buy Amoco for $48.2 billion.", "BP agreed to buy Amoco for $48.2 million.") != []
