"""Mojibake in the source text is repaired at cleaning; correct text and unrepairable garble are left as written.

The garbled forms are the ones found in free data (PolNeAR train, Multi-News val_raw / val_truncated), built
here from the right text by the same wrong decoding, so no article text is copied.
"""

from __future__ import annotations

import unicodedata

import ftfy.bad_codecs  # noqa: F401  (registers "sloppy-windows-1252", the decoding scrapers do)
import pytest

from newsbrief.ingest.clean import clean_text
from newsbrief.ingest.mojibake import repair_line


def _utf8_read_as_cp1252(text: str) -> str:
    """UTF-8 bytes decoded as Windows-1252, as a scraper that guessed the charset wrong does (the five bytes
    Windows-1252 leaves undefined, such as the last of "”", kept as the Latin-1 characters)."""
    return text.encode("utf-8").decode("sloppy-windows-1252")


def _utf8_read_as_latin1(text: str) -> str:
    """UTF-8 bytes decoded as Latin-1 (C1 control characters where Windows-1252 has punctuation)."""
    return text.encode("utf-8").decode("latin-1")


@pytest.mark.parametrize(
    "right",
    [
        "Fethullah Gülen, the cleric, lives in Pennsylvania.",
        "The prisoners left Guantánamo on Tuesday.",
        "Enrique Peña Nieto met Donald Trump.",
        "It’s a “bold” plan — and a cliché, she said.",
    ],
)
def test_utf8_read_as_cp1252_is_repaired(right: str) -> None:
    garbled = _utf8_read_as_cp1252(right)
    assert garbled != right
    assert repair_line(garbled) == right
    assert clean_text(garbled) == right


def test_twice_garbled_name_is_repaired() -> None:
    # The Washington Post's form in PolNeAR: UTF-8 read as Latin-1, then the result read the same way again.
    right = "Luis Basáñez and Arturo Sarukhán spoke."
    garbled = _utf8_read_as_latin1(_utf8_read_as_latin1(right))
    assert "Ã" in garbled
    assert clean_text(garbled) == right


def test_decomposed_mojibake_is_repaired() -> None:
    # PolNeAR's text is partly in decomposed form: "Ã" as "A" + a combining tilde hides the garble until NFC.
    right = "Julián Castro spoke in San Antonio."
    garbled = unicodedata.normalize("NFD", _utf8_read_as_cp1252(right))
    assert "Ã" not in garbled
    assert clean_text(garbled) == right


def test_windows_1252_punctuation_kept_as_control_characters_is_repaired() -> None:
    # Multi-News val_raw: Windows-1252 bytes for ’ “ ” — read as Latin-1 stay C1 control characters.
    garbled = "The church\x92s doors opened. \x93We are here,\x94 he said\x97and left."
    assert clean_text(garbled) == "The church’s doors opened. “We are here,” he said—and left."


def test_a_lost_byte_leaves_the_line_as_it_was() -> None:
    # A scrape that lost the last byte of "’" (a space in its place): ftfy would make "Palin†™s", another wrong
    # string; the line is left as written.
    garbled = "Sarah Palin\u00e2\u20ac \u2122s night was long."
    assert repair_line(garbled) == garbled


@pytest.mark.parametrize(
    "garbled",
    [
        # the twice-garbled "Raúl" without the byte that said "ú": ftfy makes "RaÃÂol" (badness 0, still garbage)
        "Sen. Ra\u00c3\u0083\u00c2ol Labrador spoke.",
        # "naïveté" whose "¯" was replaced: restoring a lost no-break space would guess "naà"
        "His na\u00c3 \u0304vet\u00c3\u00a9 showed.",
    ],
)
def test_a_garble_that_lost_a_byte_is_not_guessed(garbled: str) -> None:
    assert repair_line(garbled) == garbled


@pytest.mark.parametrize(
    "text",
    [
        "It’s a “bold” plan — and a cliché, she said.",
        "Président François Hollande met Angela Merkel in Zürich.",
        "The file costs £5 or €6; the ﬁrst copy is free.",
        "Ｗｉｄｅ letters and &amp; stay as written.",
        "He wrote ‘À bientôt’ and left. ÀÁÂÃÄÅ are letters.",
        "Plain ASCII text, with 'straight' quotes.",
    ],
)
def test_correct_text_is_not_changed(text: str) -> None:
    assert repair_line(text) == text
