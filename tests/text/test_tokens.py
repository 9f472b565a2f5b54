"""Token helpers that run for every sentence: their fast paths give the answers of their plain definitions."""

from __future__ import annotations

import random

from newsbrief.text.tokens import capital_share


def _plain_capital_share(text: str) -> float:
    """The share by its definition: capitals over letters, by ``str.isupper``/``str.isalpha`` of each character."""
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) / max(1, len(letters))


def test_capital_share_of_ascii_and_other_text_is_its_definition() -> None:
    rng = random.Random(11)
    every_ascii = "".join(map(chr, range(128)))
    cases = [every_ascii, "", "123 -- !!", "NASA SAID SO.", "the end", "Ünïcödé İ ß ǅ Σ ſ", "Kelvin \u212a, Åland"]
    alphabet = every_ascii + "ÀÉßǅİıſΣσ\u212a’“”"
    cases += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(5_000)]
    cases += ["".join(rng.choice(every_ascii) for _ in range(rng.randint(0, 60))) for _ in range(5_000)]
    for text in cases:
        assert capital_share(text) == _plain_capital_share(text), text
