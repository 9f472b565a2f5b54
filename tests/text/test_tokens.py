"""Token helpers that run for every sentence: their fast paths give the answers of their plain definitions."""

from __future__ import annotations

import random

from newsbrief.text.tokens import STOPWORDS, capital_share, content_stems, stem, words


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


def test_cached_content_stems_are_the_plain_filter_and_a_fresh_list() -> None:
    """``content_stems`` is cached (session 18): the cached answer is the stems of the non-stopword tokens, and a
    caller that changes its list does not change the next caller's."""
    rng = random.Random(18)
    vocabulary = ["The", "the", "said", "running", "runs", "of", "Acme's", "U.S.", "1,200", "é", "and", "it", "—"]
    cases = ["", "the of and", "Acme said the runners were running."]
    cases += [" ".join(rng.choice(vocabulary) for _ in range(rng.randint(0, 20))) for _ in range(2_000)]
    for text in cases:
        plain = [stem(t) for t in words(text) if t not in STOPWORDS]
        first = content_stems(text)
        assert first == plain, text
        first.append("changed")
        assert content_stems(text) == plain, text
