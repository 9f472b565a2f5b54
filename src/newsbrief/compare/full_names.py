"""One person's surname spelt two ways by two sources, wherever they write it (:mod:`.conflicts`, the name path).

"Rene Pasztor" in one source and "Rene Pastzor" in another: the first name the same, the surnames spelt alike
(:func:`.spellings.spelt_alike`), and neither source writing the other's spelling anywhere (a source that writes
"Pasztor, 29" and "Rene Pastzor" made a typo of its own). The first name makes it the same person, so the
sentences need not align. The rest of the name must agree too: the capitalised word after the surname, where
either source writes one, is the same in both ("Judge Jeffrey Minehart" / "Judge Jeffery Minehart" is one judge;
"Minister Hubert Vedrine" / "Minister Herbert Scheibner" are two ministers, and "Defense Minister Alojz" /
"Defense Ministry" a person and a body: read from the free DUC task 5 topics). A possessive is no part of the
name ("San Francisco's" is "Francisco", which "San Franciscans" only begins with).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass

from newsbrief.compare.conflict_sides import writes
from newsbrief.compare.spellings import spelt_alike
from newsbrief.model import Sentence, Span
from newsbrief.text.dates import month_number, weekday_number
from newsbrief.text.tokens import STOPWORDS

_FULL_NAME = re.compile(r"\b([A-Z][a-z]+)\s+([A-Z][a-z]+(?:[-'’](?![sS]\b)[A-Z]?[a-z]+)*)\b")
#: The capitalised word right after a surname: the rest of the name, where there is one (a weekday or month there,
#: "named Rene Pastzor Monday", is not).
_NEXT = re.compile(r"[ \t]+([A-Z][\w'’-]*)")


@dataclass(frozen=True, slots=True)
class Spelling:
    """A surname as one source writes it after ``first``: the word's span and the sentence holding it."""

    first: str
    span: Span
    sentence: Span


def surname_spellings(
    sentences: Sequence[Sentence], texts: Mapping[str, str], common: Set[str] = frozenset()
) -> list[tuple[Spelling, Spelling]]:
    """Pairs of one person's surname spelt two ways by two sources (the module docstring), first source first."""
    # article -> first name -> surname -> (first mention, the word after it)
    firsts: dict[str, dict[str, dict[str, tuple[Span, str]]]] = {}
    for s in sentences:
        names = firsts.setdefault(s.article_id, {})
        for m in _FULL_NAME.finditer(s.text):
            first = m.group(1)
            if first.lower() in STOPWORDS or _dated(first):
                continue
            span = Span(s.article_id, s.start + m.start(2), s.start + m.end(2), m.group(2))
            after = _NEXT.match(s.text, m.end(2))
            rest = after.group(1) if after and not _dated(after.group(1)) else ""  # "Pasztor Monday": no name
            names.setdefault(first, {}).setdefault(m.group(2), (span, rest))
    where: dict[str, dict[tuple[int, int], Sentence]] = {s.article_id: {} for s in sentences}
    for s in sentences:
        where[s.article_id][(s.start, s.end)] = s
    ids = list(firsts)
    out = []
    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            for first in sorted(firsts[a].keys() & firsts[b].keys()):  # only the same first name: linear, not n²
                for x, (span_x, after_x) in firsts[a][first].items():
                    for y, (span_y, after_y) in firsts[b][first].items():
                        if x.lower() in common or y.lower() in common or not spelt_alike(x, y):
                            continue
                        if after_x != after_y:
                            continue  # the rest of the name differs: two people, or a person and a body
                        if writes(texts.get(a, ""), y) or writes(texts.get(b, ""), x):
                            continue  # a source that writes both spellings misspelt its own name once: a typo
                        out.append(
                            (
                                Spelling(first, span_x, _sentence_of(where[a], span_x)),
                                Spelling(first, span_y, _sentence_of(where[b], span_y)),
                            )
                        )
    return out


def _dated(word: str) -> bool:
    """Whether a capitalised word is a month or a weekday: never part of a name."""
    return month_number(word) is not None or weekday_number(word) is not None


def _sentence_of(sentences: Mapping[tuple[int, int], Sentence], span: Span) -> Span:
    for (start, end), s in sentences.items():
        if start <= span.start < end:
            return Span(s.article_id, s.start, s.end, s.text)
    return span
