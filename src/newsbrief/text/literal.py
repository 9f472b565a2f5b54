"""Literal scans for a name inside a story, in place of a pattern compiled for each name.

A check such as "does the story write this surname as a whole word" was written as ``re.finditer`` of
``(?<![\\w-])NAME(?![\\w-])``: one pattern per name of every story, past ``re``'s cache of 512, so the brief path
spent 2.7% of its profiled time compiling patterns it used once (session 18, BENCHMARKS.md "Splitting").
``str.find`` and a one-character edge test give the same offsets without compiling anything.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: The characters of a word as the name checks read one: word characters and hyphens ("Ocasio-Cortez").
WORD_OR_HYPHEN = re.compile(r"[\w-]")
#: Word characters, hyphens and apostrophes ("O'Rourke", "Corbyn’s"): a name's characters for checks that must
#: not find a surname inside "O'Hayes".
NAME_CHAR = re.compile(r"[\w'’-]")


def edged_offsets(text: str, word: str, inner: re.Pattern[str] = WORD_OR_HYPHEN) -> Iterator[int]:
    r"""Offsets of ``word`` in ``text`` with no ``inner`` character right before or right after it, left to right.

    Exactly the starts ``re.finditer`` gives for ``(?<!INNER)WORD(?!INNER)`` (``inner`` a one-character class):
    a match resumes the scan after it, a miss one character on. An empty ``word`` yields nothing.
    """
    if not word:
        return
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if (start == 0 or not inner.match(text, start - 1)) and (end == len(text) or not inner.match(text, end)):
            yield start
            start = text.find(word, end)
        else:
            start = text.find(word, start + 1)


def has_edged(text: str, word: str, inner: re.Pattern[str] = WORD_OR_HYPHEN) -> bool:
    """Whether ``text`` holds ``word`` with no ``inner`` character on either side (see :func:`edged_offsets`)."""
    return next(edged_offsets(text, word, inner), None) is not None


def capitalised_words_before(text: str, word: str, after: re.Pattern[str] = WORD_OR_HYPHEN) -> Iterator[str]:
    r"""Each capitalised word that stands one space before ``word`` in ``text``, ``word`` not followed by an
    ``after`` character: the group ``re.finditer`` gives for ``(?<![\w'’-])([A-Z][\w'’-]*) (?=WORD(?!AFTER))``.

    The word before is the whole run of :data:`NAME_CHAR` characters that ends at the space (the pattern's
    lookbehind allows no shorter one), and it must open with an ASCII capital; each occurrence of ``word`` gives
    at most one, and two never overlap, so every occurrence is read (in text order; an empty ``word`` gives none).
    """
    if not word:
        return
    at = text.find(word, 1)
    while at >= 0:
        end = at + len(word)
        if text[at - 1] == " " and (end == len(text) or not after.match(text, end)):
            start = at - 1
            while start > 0 and NAME_CHAR.match(text, start - 1):
                start -= 1
            if start < at - 1 and "A" <= text[start] <= "Z":
                yield text[start : at - 1]
        at = text.find(word, at + 1)
