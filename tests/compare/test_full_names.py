"""A surname spelt two ways is one person's only when the rest of the name agrees; a place and its people
("Francisco" / "Franciscans") are two words, not two spellings."""

from __future__ import annotations

import numpy as np
import pytest

from newsbrief.compare.conflicts import find_conflicts
from newsbrief.model import Sentence


@pytest.mark.parametrize(
    ("a", "b", "listed"),
    [
        ("Judge Jeffrey Minehart dismissed the charges.", "Judge Jeffery Minehart went into chambers.", True),
        (
            "Quoting Foreign Minister Hubert Vedrine, a spokeswoman said so.",
            "At lunch, Austrian Defense Minister Herbert Scheibner spoke.",
            False,
        ),
        ("He met Defense Minister Alojz Krapez.", "The Russian Defense Ministry rejected it.", False),
        ("He was thanked by San Franciscans on Sunday.", "He keeps the peace in San Francisco's factions.", False),
        ("Police named Rene Pastzor Monday as the victim.", "The victim was Rene Pasztor, police said.", True),
    ],
)
def test_a_surname_spelt_two_ways_needs_the_rest_of_the_name(a: str, b: str, listed: bool) -> None:
    sentences = [Sentence(text=t, article_id=f"s{k}", index=0, start=0, end=len(t)) for k, t in enumerate((a, b))]
    texts = {s.article_id: s.text for s in sentences}
    found = find_conflicts(sentences, np.zeros((2, 2)), threshold=0.5, texts=texts)
    assert bool([c for c in found if c.kind == "name"]) is listed
