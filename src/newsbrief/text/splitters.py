"""Sentence splitters behind one small protocol, injected into :mod:`newsbrief.text.split`.

As rouge-score injects its tokenizer (``rouge/rouge_scorer.py``: any object with ``tokenize``), the
pipeline takes any object with ``split(text) -> list[(start, end)]``: character spans of the sentences of
one paragraph, exact offsets into ``text``, in order, not overlapping, stripped of surrounding space. What
newsbrief knows about news on top of any splitter (datelines, closing-quote fragments, windows over very
long paragraphs) stays in :mod:`newsbrief.text.split`, so a splitter only decides boundaries.

Backends (all from PyPI packages, no model download):

- ``pysbd``: pySBD (Sadvilkar & Neumann 2020), rule-based (the Golden Rules of sentence boundaries);
- ``blingfire``: Microsoft's BlingFire finite-state sentence breaker;
- ``nupunkt``: nupunkt, Punkt (Kiss & Strunk 2006) with a model trained on legal and news text.

Which is the default, and why, is measured in ``benchmarks/split.py`` (BENCHMARKS.md, "Splitting").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache
from typing import Protocol, runtime_checkable

from newsbrief.errors import ConfigError

Span = tuple[int, int]


@runtime_checkable
class Splitter(Protocol):
    """Anything that splits one paragraph into sentence spans."""

    name: str

    def split(self, text: str) -> list[Span]:
        """Return ``(start, end)`` spans of the sentences of ``text`` (exact offsets, in order)."""
        ...


_NON_SPACE = re.compile(r"\S")


def locate(text: str, segments: Iterable[str]) -> list[Span]:
    """Find the (stripped) ``segments`` one after another in ``text`` and return their spans.

    Splitters that return strings, not offsets, may normalise spaces; a segment that cannot be found as
    it is continues at the next non-space character with its own length (rare), so spans stay in order.
    """
    spans: list[Span] = []
    cursor = 0
    for seg in segments:
        seg = seg.strip()
        if not seg:
            continue
        at = text.find(seg, cursor)
        if at < 0:
            found = _NON_SPACE.search(text, cursor)
            if found is None:
                break
            at = found.start()
            end = min(len(text), at + len(seg))
        else:
            end = at + len(seg)
        if end <= at:
            continue
        spans.append((at, end))
        cursor = end
    if not spans and text.strip():
        start = len(text) - len(text.lstrip())
        spans.append((start, len(text.rstrip())))
    return spans


def _stripped(text: str, spans: Iterable[Span]) -> list[Span]:
    """Trim surrounding whitespace off each span and drop empty ones."""
    out: list[Span] = []
    for start, end in spans:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append((start, end))
    return out


# Each backend imports its package when first built (get_splitter), so a brief pays only for its own splitter.


class PySBDSplitter:
    """pySBD's English rules (``clean=False``: the text is never changed)."""

    name = "pysbd"

    def __init__(self) -> None:
        import pysbd

        self._segmenter = pysbd.Segmenter(language="en", clean=False)

    def split(self, text: str) -> list[Span]:
        # The processor alone: Segmenter.segment() would then search every sentence again with a fresh
        # regex (a third of pySBD's time, and it silently drops a sentence it cannot find); ``locate``
        # finds the segments instead.
        return locate(text, self._segmenter.processor(text).process())


class BlingfireSplitter:
    """BlingFire's finite-state sentence breaker (its offsets are used for ASCII text, located otherwise)."""

    name = "blingfire"

    def __init__(self) -> None:
        import blingfire

        self._bf = blingfire

    def split(self, text: str) -> list[Span]:
        if not text.strip():
            return []
        # BlingFire treats a newline as a hard break; it returns sentences joined by "\n". Its byte offsets
        # count UTF-8 bytes, so for non-ASCII text the sentences are located instead.
        out, offsets = self._bf.text_to_sentences_and_offsets(text)
        if text.isascii():
            return _stripped(text, offsets)
        return locate(text, out.split("\n"))


class NupunktSplitter:
    """nupunkt's Punkt model (trained on legal and general text, shipped inside the package)."""

    name = "nupunkt"

    def __init__(self) -> None:
        import nupunkt

        self._np = nupunkt

    def split(self, text: str) -> list[Span]:
        return _stripped(text, self._np.sent_spans(text))


#: The splitter of every brief unless ``BriefConfig.splitter`` names another (BENCHMARKS.md, "Splitting").
DEFAULT_SPLITTER = "nupunkt"

#: The splitters by the name that ``BriefConfig.splitter`` and the command line take.
SPLITTERS: dict[str, Callable[[], Splitter]] = {
    "pysbd": PySBDSplitter,
    "blingfire": BlingfireSplitter,
    "nupunkt": NupunktSplitter,
}


@cache
def get_splitter(name: str) -> Splitter:
    """Return the (shared, stateless) splitter called ``name``.

    Raises:
        ConfigError: no splitter has that name.
    """
    try:
        make = SPLITTERS[name]
    except KeyError:
        raise ConfigError(f"unknown splitter {name!r}; choose one of {', '.join(SPLITTERS)}") from None
    return make()
