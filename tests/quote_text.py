"""The quotes of one made-up text, for the quote tests: each quote's words must be the text at its offsets."""

from __future__ import annotations

from newsbrief.analyse.quotes import extract_quotes
from newsbrief.model import Article, Quote


def quotes_of(text: str) -> list[Quote]:
    """Every quote of ``text`` (one article), its offsets checked."""
    found = list(extract_quotes(Article(id="a", text=text)))
    assert all(text[q.start : q.end] == q.text for q in found)
    return found


def speakers_of(text: str) -> list[str | None]:
    """The speakers of the quotes of ``text``, in order."""
    return [q.speaker for q in quotes_of(text)]
