"""Repair text that was decoded with the wrong character set before it reached us ("mojibake").

A scraper that reads UTF-8 bytes as Windows-1252 or Latin-1 turns "Gülen" into "GÃ¼len" and "it’s" into
"itâ€™s"; one that keeps Windows-1252's punctuation bytes as they are leaves C1 control characters
("it\\x92s"). The text is already wrong when it arrives, so :mod:`newsbrief.ingest.decode` cannot help: the
brief would show the garbled name, and the name, the quote and the entity readers would not match it with the
same name written right in another report. Seen on free data: PolNeAR train (30 articles, mostly accented
names: "PeÃ±a", "GuantÃ¡namo", the Washington Post's twice-garbled "BasÃƒÂ¡ÃƒÂ±ez"), Multi-News val_raw (one
document with Windows-1252 apostrophes) and val_truncated (37 documents).

The repair is ftfy's (its tests cover far more encodings than a word list here would), with every option off
that changes correct text: curly quotes, ligatures, full-width letters, HTML entities and line breaks stay as
written. A line is repaired only when the result has no mojibake left (ftfy's own badness measure, and no "Â", "Ã" or
C1 control character): a scrape that lost a byte ("itâ€ ™s", with a space where the byte was) comes out of
ftfy as another wrong string ("it†™s"), and a brief says less rather than something else wrong.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

# UTF-8 read as Windows-1252 or Latin-1 shows a lead byte ("Â".."ô", U+00C2-U+00F4) followed by what a
# continuation byte (0x80-0xBF) reads as: U+00A0-U+00BF, a C1 control, or Windows-1252's punctuation and letters
# ("€", "™", "’", "œ" ...); Windows-1252 punctuation kept as bytes is a C1 control alone. A line without either has no
# such mojibake, so ftfy (0.1-0.3 s to import) is loaded and run only for lines that have one: accented names
# ("Peña", "Gülen") and curly quotes alone do not.
_SUSPECT = re.compile(
    "[\u0080-\u009f]"
    "|[\u00c2-\u00f4][\u00a0-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152"
    "\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]"
)
# "Ã"/"Â" before a space is "à"/a no-break space only if the space stands for a lost A0 byte; where another
# byte was lost ("naÃ ̄vetÃ©" for "naïveté") ftfy's repair of inconsistent UTF-8 still reads it so: a guess.
_LOST_BYTE = re.compile("[ÂÃ] ")
# What a repair must not leave: a lead byte's "Â"/"Ã" or a C1 control character. ftfy's badness measure
# passes "RaÃÂol" (a twice-garbled "Raúl" whose last byte was lost); such a line is left as written.
_LEFT_OVER = re.compile("[ÂÃ\u0080-\u009f]")


@lru_cache(maxsize=1)
def _ftfy() -> tuple[Callable[[str], str], Callable[[str], bool]]:
    """ftfy's repair, configured, and its badness test; imported on the first line that needs them."""
    import ftfy
    from ftfy.badness import is_bad

    config = ftfy.TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        remove_control_chars=False,
        normalization=None,
        restore_byte_a0=False,
        explain=False,
    )
    return (lambda text: ftfy.fix_text(text, config)), is_bad


def repair_line(line: str) -> str:
    """The line with its mojibake undone, or the line unchanged when it has none or ftfy cannot undo all of it.

    Expects NFC text (a decomposed "Ã" is two characters and hides the mojibake from ftfy); one line at a
    time, so that one garbled paragraph does not stop the repair of the others.
    """
    if line.isascii() or not _SUSPECT.search(line) or _LOST_BYTE.search(line):
        return line
    fix, is_bad = _ftfy()
    if not is_bad(line):
        return line
    fixed = fix(line)
    return line if is_bad(fixed) or _LEFT_OVER.search(fixed) else fixed
