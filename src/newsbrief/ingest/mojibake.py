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

import ftfy
from ftfy.badness import is_bad

# UTF-8 read as Windows-1252 or Latin-1 always shows a lead byte as one of "Â".."ô" (U+00C2-U+00F4), and
# Windows-1252 punctuation kept as bytes is U+0080-U+009F: a line with nothing in U+0080-U+00FF has no such
# mojibake, and most lines (curly quotes and dashes only, U+2000 and up) need not be measured.
_LATIN1_RANGE = re.compile("[\u0080-\u00ff]")

_REPAIR = ftfy.TextFixerConfig(
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
# "Ã"/"Â" before a space is "à"/a no-break space only if the space stands for a lost A0 byte; where another
# byte was lost ("naÃ ̄vetÃ©" for "naïveté") ftfy's repair of inconsistent UTF-8 still reads it so: a guess.
_LOST_BYTE = re.compile("[ÂÃ] ")
# What a repair must not leave: a lead byte's "Â"/"Ã" or a C1 control character. ftfy's badness measure
# passes "RaÃÂol" (a twice-garbled "Raúl" whose last byte was lost); such a line is left as written.
_LEFT_OVER = re.compile("[ÂÃ\u0080-\u009f]")


def repair_line(line: str) -> str:
    """The line with its mojibake undone, or the line unchanged when it has none or ftfy cannot undo all of it.

    Expects NFC text (a decomposed "Ã" is two characters and hides the mojibake from ftfy); one line at a
    time, so that one garbled paragraph does not stop the repair of the others.
    """
    if line.isascii() or not _LATIN1_RANGE.search(line) or not is_bad(line) or _LOST_BYTE.search(line):
        return line
    fixed = ftfy.fix_text(line, _REPAIR)
    return line if is_bad(fixed) or _LEFT_OVER.search(fixed) else fixed
