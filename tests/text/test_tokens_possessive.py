"""One rule for a name's possessive (text.tokens.without_possessive), read by the timeline's story people, the
conflicts' name values and their spelling comparison."""

from __future__ import annotations

import pytest

from newsbrief.text.tokens import without_possessive


@pytest.mark.parametrize(
    ("word", "bare"),
    [("Autry's", "Autry"), ("Lyons'", "Lyons"), ("Deep’s", "Deep"), ("Jones", "Jones"), ("O'Neill", "O'Neill")],
)
def test_a_possessive_ending_is_dropped_and_nothing_else(word: str, bare: str) -> None:
    assert without_possessive(word) == bare
