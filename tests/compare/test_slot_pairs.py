"""Candidates by slot (compare/slot_pairs.py): one person's age, one distance from a place, in unaligned sentences."""

from __future__ import annotations

import numpy as np
import pytest

from newsbrief.compare.conflicts import find_conflicts
from newsbrief.compare.slot_pairs import slot_pairs
from newsbrief.compare.slots import values
from newsbrief.compare.value_pairs import pair_values
from newsbrief.model import Sentence


def _sentences(*texts: str) -> list[Sentence]:
    """One sentence per source (a tuple of texts: several sentences of one source)."""
    out = []
    for k, t in enumerate(texts):
        for n, text in enumerate(t if isinstance(t, tuple) else (t,)):
            out.append(Sentence(text=text, article_id=f"s{k}", index=n, start=0, end=len(text)))
    return out


def _slots(*texts: str, broad: bool = False) -> list[tuple[str, str]]:
    sentences = _sentences(*texts)
    return [(x.text, y.text) for _, _, x, y in slot_pairs(sentences, lambda i, j: False, broad=broad)]


def test_one_persons_age_in_sentences_that_do_not_align() -> None:
    a = "A day later, Kevin Johnson, 25, also was arrested on suspicion of murder."
    b = "The suspects were identified as: Kevin Deon Johnson, 24; Dwight Kevin Smith, 30; and Antheyst Jarrett, 27."
    assert _slots(a, b) == [("25", "24")]
    # the aligned candidates already weigh this pair: not asked twice
    assert list(slot_pairs(_sentences(a, b), lambda i, j: True)) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a mother and her son share a surname: 23 years apart is two people
        ("Pasztor, 29, admitted to the killings.", "The boy, 6-year-old Rene Pasztor, was found."),
        # two given names: two people
        ("Dwight Smith, 30, was held.", "Anna Smith, 31, was held."),
        # the same age
        ("Jane Smith, 72, died.", "Police said Jane Smith, 72, was found."),
        # an age without a name has no anchor
        ("The 72-year-old died.", "A 73-year-old man was found."),
    ],
)
def test_ages_that_are_not_one_slot(a: str, b: str) -> None:
    assert _slots(a, b) == []


def test_a_source_giving_two_ages_for_one_surname_is_not_used() -> None:
    a = ("Kevin Johnson, 25, was arrested.", "Mary Johnson, 24, said her son was innocent.")
    assert _slots(a, "Kevin Johnson, 24, was held.") == []


def test_one_distance_from_one_place_with_the_thing_named_in_both() -> None:
    a = "Area 51, about 125 miles northwest of Las Vegas, is synonymous with government secrecy."
    b = "The history mentions Area 51, the remote desert base 90 miles north of Las Vegas."
    assert _slots(a, b) == [("125 miles", "90 miles")]
    # nothing but the town in common: two things at two distances from it
    c = "The fire burned 90 miles north of Las Vegas on Monday."
    assert _slots(a, c) == []
    # distances that agree (a conversion, rounding)
    d = "Area 51 sits some 200 km northwest of Las Vegas."
    assert _slots(a, d) == []


def test_captions_are_never_candidates() -> None:
    a = "Kevin Johnson, 25, is seen in this undated photo. (AP Photo/John Smith)"
    assert _slots(a, "Kevin Johnson, 24, was held.") == []


def test_broad_adds_counts_of_one_counted_noun_for_labelling() -> None:
    a = "About 1,500 delegates met in Cleveland for the convention."
    b = "The Cleveland convention drew 2,400 delegates from every state."
    assert _slots(a, b) == []
    assert _slots(a, b, broad=True) == [("1,500 delegates", "2,400 delegates")]


def test_find_conflicts_lists_a_slot_candidate_the_learned_decision_accepts() -> None:
    a = "A day later, Kevin Johnson, 25, also was arrested on suspicion of murder."
    b = "The suspects were identified as: Kevin Deon Johnson, 24; Dwight Kevin Smith, 30; and Antheyst Jarrett, 27."
    sentences = _sentences(a, b)
    apart = np.zeros((2, 2))
    assert find_conflicts(sentences, apart, threshold=0.4, decision="learned") == ()
    (c,) = find_conflicts(sentences, apart, threshold=0.4, decision="learned", slots=True)
    assert c.kind == "age" and [side.value for side in c.sides] == ["25", "24"]
    assert [side.article_ids for side in c.sides] == [("s0",), ("s1",)]
    assert [side.sentences[0].text for side in c.sides] == [a, b]


def test_a_sentence_glued_to_the_next_is_still_a_side_of_a_conflict() -> None:
    """A missing space after a full stop ("officials said.Smith") makes a sentence debris for summaries, not
    for conflicts: the source states Johnson's age all the same, and its report joins that side."""
    from newsbrief.summarize.standalone import is_debris

    a = "A day later, Kevin Johnson, 25, also was arrested on suspicion of murder."
    b = "The suspects were identified as: Kevin Deon Johnson, 24; Dwight Kevin Smith, 30; and Antheyst Jarrett, 27."
    glued = "Kevin Johnson, 25, and Antheyst Jarrett, 27, were also arrested, LAPD officials said.Both were charged."
    assert is_debris(glued)  # summaries still leave it out
    assert _slots(glued, b) == [("25", "24")]
    (c,) = find_conflicts(_sentences(a, b, glued), np.zeros((3, 3)), threshold=0.4, decision="learned", slots=True)
    assert [side.value for side in c.sides] == ["25", "24"]
    assert [side.article_ids for side in c.sides] == [("s0", "s2"), ("s1",)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A car blew up, killing two people and wounding 21.", [("peopl dead", "2"), ("peopl hurt", "21")]),
        ("Their car bomb blew apart, killing both men and wounding 24 people.", [("peopl hurt", "24")]),
        ("The blast killed at least 12 and injured 40.", [("peopl dead", "12"), ("peopl hurt", "40")]),
        ("He was hit 3 times.", [("time", "3")]),
        ("Two people were killed and 21 others were wounded.", [("peopl dead", "2"), ("peopl hurt", "21")]),
        ("He and 21 others met.", []),
    ],
)
def test_a_bare_number_after_a_casualty_verb_counts_people(text: str, expected: list) -> None:
    assert [(v.key, v.label) for v in values(text) if v.kind == "number"] == expected


def test_wounded_counts_disagree_in_aligned_sentences() -> None:
    a = "A car rigged with explosives blew up in the market, killing two people and wounding 21."
    b = "Their car bomb blew apart in a Jerusalem market, killing both men and wounding 24 people."
    assert [(x.text, y.text) for x, y in pair_values(a, b)] == [("21", "24 people")]
