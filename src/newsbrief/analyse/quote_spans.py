"""Where direct quotations are: spans inside quote marks, found on the raw string.

The first stage of :mod:`newsbrief.analyse.quotes`, kept apart because it is pure string work (no
parse): exact on offsets and cheap. Double quotes (``"``, curly, and DUC's ````...''``) are paired
left to right; single quotes (``'`` and curly) are paired by context, skipping apostrophes inside
words ("don't"), elisions ("'90s", "'cause") and plural possessives ("MPs' decision") when a better
closing mark follows. A quote whose paragraph ends without a closing mark continues when the next
paragraph opens with a quote mark (the newspaper convention for multi-paragraph quotes); otherwise
it is dropped as unbalanced. A straight ``"`` that can only open (a space before it, a letter after
it) never closes: an open quote met by one was left unclosed and is dropped too, for pairing them
would read the narration between as quoted (issues 10 and 11). Nested quotes stay inside their
outer quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsbrief.text.lexicon import LONG_DASHES

_ELISION = re.compile(r"(?:\d0s|cause|cos|em|til|tis|twas|n\b|bout|round)", re.IGNORECASE)
# "that?'''" closes a single quote inside a double one: the single mark first, then the double.
QUOTE_MARK = re.compile(r"``|(?<=\S)'(?='')|''|[“”\"″‘’']")
_DOUBLE_OPEN, _DOUBLE_CLOSE = frozenset({"“", "``"}), frozenset({"”", "''", "″"})
_OPEN_BEFORE = frozenset(' \t\n([{-:/"“‘' + LONG_DASHES)
_CLOSE_AFTER = frozenset(" \t\n.,;:!?)]}-\"”’'" + LONG_DASHES)


@dataclass(frozen=True, slots=True)
class _Mark:
    start: int
    end: int
    char: str


# ---------------------------------------------------------------- 1. spans on the raw string


def _marks(text: str, double: bool) -> list[_Mark]:
    """Quote marks of one family, apostrophes inside words dropped."""
    out = []
    for m in QUOTE_MARK.finditer(text):
        ch = m.group()
        is_double = ch in _DOUBLE_OPEN or ch in _DOUBLE_CLOSE or ch == '"'
        if is_double != double:
            continue
        s, e = m.span()
        if not double and s > 0 and e < len(text) and text[s - 1].isalnum() and text[e].isalnum():
            continue  # don't, Corbyn's
        out.append(_Mark(s, e, ch))
    return out


def _paragraph_start(text: str, pos: int) -> bool:
    """True when only whitespace separates ``pos`` from the last newline (a new paragraph)."""
    nl = text.rfind("\n", 0, pos)
    return nl >= 0 and not text[nl + 1 : pos].strip()


def _next_paragraph(text: str, end: int, pos: int) -> bool:
    """True when ``pos`` starts the paragraph right after the one holding ``end``: no paragraph between.

    A quote whose paragraph ends unclosed continues only where the *next* paragraph opens with a quote mark;
    a paragraph of narration between them ("...many dead.", then "Gadhafi spoke hours after ...", then '"I am
    in Tripoli," he said') shows the first quote was simply left unclosed.
    """
    nl = text.find("\n", end, pos)
    return nl >= 0 and _paragraph_start(text, pos) and not text[nl:pos].strip()


def _opener_shaped(text: str, mark: _Mark) -> bool:
    """Whether a straight ``"`` can only open: a space (or an opening bracket, a dash) before it, a letter or
    digit right after it.

    Such a mark never closes a quote: where one is open, that quote was left unclosed ('called the strikes
    "a crime. The army attacked ... "We are ready," the envoy said.'), and pairing the two would read the
    narration between them as quoted. A closing mark glued to the next word ('through."Serna is') follows
    its last word, not a space, and still closes; so does one spaced from a nested quote's closing single mark
    ("I said, 'yeah, I am doing it.' " -- the space some styles put between the two closing marks).
    """
    before = text[mark.start - 2 : mark.start].rjust(2, "\n")
    after = text[mark.end : mark.end + 1]
    spaced_close = before[0] in "'’" and before[1].isspace()
    return mark.char == '"' and before[1] in _OPEN_BEFORE and before[1] != '"' and after.isalnum() and not spaced_close


def _nyt_opener(text: str, mark: _Mark) -> bool:
    """Whether a ``''`` opens a quote: NYT writes ``''...''``, opening where a word starts after it.

    A ``''`` after a space, a line start or an opening bracket, with a non-space after it, opens; one
    glued to the word before it closes (DUC's ````...''`` and NYT's closing mark alike).
    """
    before = text[mark.start - 1] if mark.start else "\n"
    after = text[mark.end : mark.end + 1]
    return before in _OPEN_BEFORE and bool(after) and not after.isspace()


def _curly_nested(text: str, marks: list[_Mark]) -> tuple[set[int], list[tuple[int, int]]]:
    """Curly quotes nested in curly quotes of the same mark, in one paragraph: “ ... “ ... ” ... ”.

    Curly marks say which way they face, so “As a young woman, I'd rather live in what he calls “hell” than
    ...” is one quote holding another, not a stray opener followed by the quote “hell”. Returns the indices
    of the inner marks (the outer pairing skips them) and the inner spans.
    """
    inner: set[int] = set()
    spans: list[tuple[int, int]] = []
    for k in range(len(marks) - 3):
        a, b, c, d = marks[k : k + 4]
        same_paragraph = "\n" not in text[a.end : d.start]
        shape = (a.char, b.char, c.char, d.char) == ("“", "“", "”", "”")
        if shape and same_paragraph and k not in inner and c.start > b.end and d.start > c.end:
            inner.update((k + 1, k + 2))
            spans.append((b.end, c.start))
    return inner, spans


def _double_spans(text: str) -> list[tuple[int, int]]:
    """Pair double quote marks left to right; see the module docstring for the rules."""
    spans: list[tuple[int, int]] = []
    open_at: _Mark | None = None
    last: _Mark | None = None  # the latest mark of the open quote (its opener or a continuation)
    marks = _marks(text, double=True)
    inner, nested = _curly_nested(text, marks)
    spans.extend(nested)
    run_on = "\n" not in text.strip()  # one run of text, its paragraph breaks lost (DUC)
    for k, mark in enumerate(marks):
        if k in inner:
            continue
        after = text[mark.end : mark.end + 1]
        nyt_open = mark.char == "''" and _nyt_opener(text, mark)
        closes = mark.char in _DOUBLE_CLOSE and not nyt_open
        opens = mark.char in _DOUBLE_OPEN or nyt_open
        if open_at is not None and last is not None and "\n" in text[last.end : mark.start]:
            if not closes and _next_paragraph(text, last.end, mark.start):
                last = mark  # the next paragraph of a multi-paragraph quote
                continue
            if not closes or "\n\n" in text[last.end : mark.start]:
                open_at = None  # unbalanced: the quote never closed in its paragraph
        if open_at is None:
            if opens or (mark.char == '"' and after and not after.isspace()):
                open_at = last = mark
            continue
        if opens:
            # A second opening mark: DUC's ``...  ``... continuation (DUC's texts lost their paragraph breaks, so
            # a multi-paragraph quote's next paragraph opens in the same line), or a stray earlier mark. In a
            # text with paragraph breaks, the open quote was left unclosed (issues 10 and 11).
            if not run_on or not re.search(r"[.!?,]\s*$", text[last.end : mark.start]):
                open_at = mark
            last = mark
            continue
        if _opener_shaped(text, mark):
            open_at = last = mark  # the open quote was left unclosed: dropped, and this mark opens the next
            continue
        spans.append((open_at.end, mark.start))
        open_at = last = None
    return spans


def _single_role(text: str, mark: _Mark) -> tuple[bool, bool]:
    """Whether a single quote mark can open and whether it can close, by its neighbours."""
    before = text[mark.start - 1] if mark.start else " "
    after = text[mark.end] if mark.end < len(text) else " "
    can_open = (
        mark.char != "’" and before in _OPEN_BEFORE and not after.isspace() and not _ELISION.match(text, mark.end)
    )
    # any space closes, the no-break space of scraped pages ("'cowards'\xa0A senior Tory") included
    can_close = mark.char != "‘" and not before.isspace() and (after in _CLOSE_AFTER or after.isspace())
    return can_open, can_close


def _single_spans(text: str) -> list[tuple[int, int]]:
    """Pair single quotes, preferring a closing mark that is not a plural possessive."""
    marks = _marks(text, double=False)
    roles = [_single_role(text, m) for m in marks]
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(marks):
        if not roles[i][0]:
            i += 1
            continue
        opener, closers, j = marks[i], [], i + 1
        while j < len(marks):
            between = text[marks[j - 1].end : marks[j].start]
            if "\n" in between:
                if roles[j][0] and _next_paragraph(text, marks[j - 1].end, marks[j].start) and not closers:
                    j += 1  # multi-paragraph continuation
                    continue
                break
            if roles[j][1]:
                closers.append(j)
            j += 1
        if not closers:
            i += 1
            continue

        def possessive(k: int) -> bool:
            """ "MPs' decision": a plural possessive, unless a mark that can only open follows it
            ("'traitors' and 'cowards'": the next scare quote shows that this one closed)."""
            m = marks[k]
            if k + 1 < len(marks) and roles[k + 1] == (True, False):
                return False
            return text[m.start - 1] in "sS" and bool(re.match(r"\s+\w", text[m.end : m.end + 3]))

        best = next((k for k in closers if not possessive(k)), closers[0])
        spans.append((opener.end, marks[best].start))
        i = best + 1
    return spans


def _all_spans(text: str) -> list[tuple[int, int]]:
    """Every quoted stretch, outer and nested, sorted by start (longest first)."""
    doubles = _double_spans(text)
    singles = [
        (s, e)
        for s, e in _single_spans(text)
        # a single-quoted span crossing a double-quoted one is an apostrophe misread
        if not any(ds < s < de < e or s < ds < e < de for ds, de in doubles)
    ]
    return sorted({(s, e) for s, e in doubles + singles if e > s}, key=lambda se: (se[0], -se[1]))


def outer_and_nested(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The outermost quoted stretches, and the quotes one level inside them, from one pass over the marks.

    ``"He told me, 'we are leaving,' and left," she said``: the whole is outer, 'we are leaving,' nested.
    """
    outer: list[tuple[int, int]] = []
    nested: list[tuple[int, int]] = []
    for s, e in _all_spans(text):
        if not outer or s >= outer[-1][1]:
            outer.append((s, e))
        elif outer[-1][0] < s and e <= outer[-1][1] and (not nested or nested[-1][1] <= s):  # one level down
            nested.append((s, e))
    return outer, nested


def find_quote_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of every quoted stretch, inside the marks, outermost only.

    Pure string work (no parse), so it is exact on offsets and cheap; :func:`extract_quotes` then
    filters and attributes the spans.
    """
    return outer_and_nested(text)[0]
