"""Sentence splitting: exact offsets, paragraphs, abbreviations, quotes."""

from __future__ import annotations

from pathlib import Path

from newsbrief import Article, read_articles
from newsbrief.ingest.clean import clean_text
from newsbrief.text.split import split_sentences


def _split(text: str) -> list[str]:
    sents = split_sentences(Article(id="x", text=text))
    for s in sents:
        assert text[s.start : s.end] == s.text
    return [s.text for s in sents]


def test_offsets_and_paragraphs() -> None:
    text = "Mr. Smith went to Washington. He met the U.S. president at 8.15am.\n\nA new paragraph starts here."
    sents = split_sentences(Article(id="x", text=text))
    assert [s.text for s in sents] == [
        "Mr. Smith went to Washington.",
        "He met the U.S. president at 8.15am.",
        "A new paragraph starts here.",
    ]
    assert [s.paragraph for s in sents] == [0, 0, 1]
    assert [s.index for s in sents] == [0, 1, 2]


def test_closing_quote_stays_with_its_sentence() -> None:
    assert _split("He said: 'I love this party. But I no longer recognise it.'") == [
        "He said: 'I love this party.",
        "But I no longer recognise it.'",
    ]


def test_empty_and_one_sentence() -> None:
    assert _split("") == []
    assert _split("Only one sentence without a full stop") == ["Only one sentence without a full stop"]


def test_seed_offsets_are_exact(seeds_dir: Path) -> None:
    for art in read_articles(seeds_dir):
        cleaned = Article(id=art.id, text=clean_text(art.text))
        sents = split_sentences(cleaned)
        assert len(sents) > 5
        for s in sents:
            assert cleaned.text[s.start : s.end] == s.text
            assert s.text == s.text.strip() and s.text


def test_dateline_is_its_own_segment() -> None:
    from newsbrief.text.split import is_dateline

    text = (
        "CANNES, France (AP) — A man rushed onto the red carpet. He was held.\n\n"
        "WASHINGTON, Feb. 18 (UPI) -- The House voted."
    )
    sents = split_sentences(Article(id="a", text=text))
    assert [s.text for s in sents] == [
        "CANNES, France (AP) —",
        "A man rushed onto the red carpet.",
        "He was held.",
        "WASHINGTON, Feb. 18 (UPI) --",
        "The House voted.",
    ]
    assert all(text[s.start : s.end] == s.text for s in sents)
    assert is_dateline("CANNES, France (AP) —") and not is_dateline("A man rushed onto the red carpet.")


def test_datelines_with_any_source_or_without_a_dash() -> None:
    cases = {
        "MILLIS (CBS) – The Millis police officer died.": "MILLIS (CBS) –",
        "(HealthDay News) -- Babies process memories during naps.": "(HealthDay News) --",
        "WASHINGTON The Senate passed a budget plan.": "WASHINGTON",
    }
    for text, dateline in cases.items():
        first = split_sentences(Article(id="a", text=text))[0].text
        assert first == dateline


def test_dashes_that_are_not_datelines() -> None:
    for text in [
        "NATO - the alliance - met on Monday.",
        "US - China talks resumed on Monday.",
        "MARTIN: I think so.",
        "NASA Administrator Bill Nelson said so.",
    ]:
        assert [s.text for s in split_sentences(Article(id="a", text=text))] == [text]
