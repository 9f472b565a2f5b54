"""The literal name scans give what the per-name patterns they replace gave (session 18, issue 14)."""

from __future__ import annotations

import random
import re

import pytest

from newsbrief.summarize.given_names import _OTHER_SURNAME, _written_with_other_surname
from newsbrief.text.literal import NAME_CHAR, WORD_OR_HYPHEN, capitalised_words_before, edged_offsets, has_edged

HARD = [
    "Ng Ng Ng said Ng.",
    "O'Hayes met Hayes; Hayes' car, Hayes’s dog, Hayes-Smith and Hayes_2 left. Hayes",
    "Actor Clint Howard beside Ron Howard and ron Howard, Howard Howard Howard.",
    "Mr. Howard,Howard (Howard) Howard-Jones “Howard” x-Ray Howard ÉTIENNE Howard Émile Howard",
    "Paula de Souza and Paula 'PJ' Jones, Paula van der Berg; O'Paula de Souza.",
    " Howard at the start, Howard at the end Howard",
    "",
]
NAMES = ["Ng", "Ng Ng", "Hayes", "Howard", "Paula", "O'O", "a", "Howard Howard", "d"]
ALPHABET = ["Ng", "Howard", "Hayes", "Paula", " ", " ", "-", "'", "’", "_", "x", "A", "É", "é", "1", ",", ".", "\n"]


def _built(k: int, seed: int = 18) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 24))) for _ in range(k)]


TEXTS = HARD + _built(3000)


@pytest.mark.parametrize("inner", [WORD_OR_HYPHEN, NAME_CHAR])
def test_edged_offsets_are_the_finditer_starts(inner: re.Pattern[str]) -> None:
    cls = inner.pattern
    for text in TEXTS:
        for name in NAMES:
            old = [m.start() for m in re.finditer(rf"(?<!{cls}){re.escape(name)}(?!{cls})", text)]
            assert list(edged_offsets(text, name, inner)) == old, (text, name)
            assert has_edged(text, name, inner) == bool(old)


def test_capitalised_words_before_are_the_finditer_groups() -> None:
    """story_names._other_given's old pattern, group 1 of every match, in order."""
    for text in TEXTS:
        for name in NAMES:
            pattern = rf"(?<![\w'’-])([A-Z][\w'’-]*) (?={re.escape(name)}(?![\w-]))"
            assert list(capitalised_words_before(text, name)) == [m.group(1) for m in re.finditer(pattern, text)], (
                text,
                name,
            )


def test_an_empty_word_is_never_found() -> None:
    assert list(edged_offsets("a b", "")) == []
    assert list(capitalised_words_before("A b", "")) == []


def test_second_surname_scan_is_the_old_search() -> None:
    """given_names._written_with_other_surname: a literal scan for the given name, its pattern only after it."""
    for text in TEXTS + [t.replace("x", "de ").replace("1", "'PJ' ") for t in TEXTS]:
        for given in ("Paula", "Ng", "Howard", "O'O"):
            old = re.search(rf"(?<![\w'’-]){re.escape(given)} {_OTHER_SURNAME}", text) is not None
            assert _written_with_other_surname(text, given) == old, (text, given)
