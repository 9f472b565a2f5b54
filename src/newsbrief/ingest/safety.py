"""Untrusted text and JSON made safe before any stage sees them: the one place for it (issue 15).

Every face reads through here: the CLI's files and stdin, the stories feed and the server's request fields.

- **JSON** is checked *before* it is parsed: nesting deeper than :data:`MAX_JSON_DEPTH` levels (Python's parser
  recurses and dies with ``RecursionError`` near 1,000) and numbers of more than :data:`MAX_NUMBER_DIGITS` digits
  (Python refuses to convert an integer of over 4,300 digits, and none of our fields is a number that large) are
  refused with a message naming the field, e.g. ``field documents[0].text``.
- **Text** (every string of a JSON line, every document read): a lone UTF-16 surrogate (``"\\ud800"`` in JSON) is
  refused, since no UTF-8 output can hold it and it only comes from a broken producer; C0 control characters
  other than tab, newline, carriage return and form feed, and DEL, are replaced by a space, one for one, so that
  offsets into the text do not move (they are invisible debris of scraping; C1 characters are kept: they occur in
  real Multi-News and PolNeAR text read as Windows-1252).
"""

from __future__ import annotations

import json
import re
from typing import Any

from newsbrief.errors import InputError

#: Deepest JSON nesting read. Our deepest shape (a cluster line: object > documents list > article object) has
#: 3 levels; 64 leaves room for producers' extra metadata.
MAX_JSON_DEPTH = 64
#: Longest run of digits in a JSON number.
MAX_NUMBER_DIGITS = 100

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_LONG_DIGITS = re.compile(rf"\d{{{MAX_NUMBER_DIGITS + 1}}}")
# The structural tokens of JSON text: strings (an unterminated one runs to the end), brackets, separators and
# long digit runs; everything else is skipped by finditer. Possessive, so a string is scanned once.
_TOKENS = re.compile(rf'"(?:[^"\\]++|\\.)*+"?|[\[\]{{}},:]|\d{{{MAX_NUMBER_DIGITS + 1},}}')


def _where(field: str) -> str:
    return f"field {field}: " if field else ""


def safe_text(text: str, *, field: str = "", source: str | None = None, line: int | None = None) -> str:
    """``text`` with control characters replaced by spaces; a lone surrogate is refused.

    Args:
        text: a string from outside (a document, a JSON field).
        field: the field it came from, named in the error (``""`` for a whole document).
        source, line: the file (or request part) and line, named in the error.

    Raises:
        InputError: the text holds a lone UTF-16 surrogate.
    """
    bad = _SURROGATE.search(text)
    if bad is not None:
        raise InputError(
            f"{_where(field)}holds a lone UTF-16 surrogate (U+{ord(bad.group()):04X} at character {bad.start()}), "
            "which no UTF-8 text can hold; fix what produced it",
            source=source,
            line=line,
        )
    return _CONTROL.sub(" ", text) if _CONTROL.search(text) else text


def _path(stack: list[list[Any]]) -> str:
    parts = []
    for kind, key in stack:
        if kind == "[":
            parts.append(f"[{key}]")
        elif key is not None:
            parts.append(("." if parts else "") + _SURROGATE.sub("\ufffd", key[:40]))
    if len(parts) > 6:  # a storm of brackets: where it starts is what the reader needs
        parts = [*parts[:5], "..."]
    return "".join(parts) or "(top level)"


def check_json_limits(text: str, *, source: str | None = None, line: int | None = None) -> None:
    """Refuse JSON nested deeper than :data:`MAX_JSON_DEPTH` or holding a number over :data:`MAX_NUMBER_DIGITS`
    digits, before it is parsed; the error names the field. Linear in the length of ``text``.

    Raises:
        InputError: over a limit.
    """
    if text.count("[") + text.count("{") <= MAX_JSON_DEPTH and not _LONG_DIGITS.search(text):
        return  # the usual case, found with two C-speed scans
    stack: list[list[Any]] = []  # [bracket, key or index]
    last_string = ""
    for match in _TOKENS.finditer(text):
        token = match.group()
        first = token[0]
        if first == '"':
            last_string = token[1:-1]
        elif first in "[{":
            if len(stack) >= MAX_JSON_DEPTH:
                raise InputError(
                    f"{_where(_path(stack))}JSON nested deeper than {MAX_JSON_DEPTH} levels; "
                    "no article field needs that",
                    source=source,
                    line=line,
                )
            stack.append([first, 0 if first == "[" else None])
        elif first in "]}":
            if stack:
                stack.pop()
        elif first == ":":
            if stack and stack[-1][0] == "{":
                stack[-1][1] = last_string
        elif first == ",":
            if stack and stack[-1][0] == "[":
                stack[-1][1] += 1
        else:
            raise InputError(
                f"{_where(_path(stack))}a number of {len(token):,} digits, over the {MAX_NUMBER_DIGITS}-digit cap",
                source=source,
                line=line,
            )


def _safe_value(value: Any, field: str, source: str | None, line: int | None) -> Any:
    """The parsed value with every string (keys too) through :func:`safe_text`; depth is already bounded."""
    if isinstance(value, str):
        return safe_text(value, field=field or "(top level)", source=source, line=line)
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            name = f"{field}.{key}" if field else key
            safe_key = safe_text(key, field=f"{_SURROGATE.sub(chr(0xFFFD), name)} (its name)", source=source, line=line)
            out[safe_key] = _safe_value(item, name, source, line)
        return out
    if isinstance(value, list):
        return [_safe_value(item, f"{field}[{i}]", source, line) for i, item in enumerate(value)]
    return value


def load_json(text: str, *, source: str | None = None, line: int | None = None) -> Any:
    """Parse one JSON value from untrusted text: limits checked first, every string made safe.

    Raises:
        InputError: over a limit, invalid JSON, or a string with a lone surrogate (names the field).
    """
    check_json_limits(text, source=source, line=line)
    try:
        value = json.loads(text)
    except json.JSONDecodeError as err:
        raise InputError(f"invalid JSON ({err.msg})", source=source, line=line) from err
    except (RecursionError, ValueError) as err:  # pragma: no cover - the limits above come first
        raise InputError(f"JSON that cannot be read ({err})", source=source, line=line) from err
    return _safe_value(value, "", source, line)
