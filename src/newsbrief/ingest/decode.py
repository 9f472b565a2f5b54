"""Bytes to text, refusing what is not text.

Real input is mostly UTF-8; older newswire and some scrapes are Windows-1252. We try UTF-8 (with or
without BOM), then fall back to cp1252 and finally latin-1 (which never fails) with a logged warning
naming the file, so the user learns that some characters may be wrong.
"""

from __future__ import annotations

import logging
from pathlib import Path

from newsbrief.errors import InputError, InputTooLargeError

logger = logging.getLogger(__name__)

#: Share of control characters (other than tab/newline/CR/FF) above which bytes are not text.
#: Text files have none; PDFs, images and archives have many within their first kilobytes.
_CONTROL_SHARE = 0.05


def looks_binary(data: bytes) -> bool:
    """True for bytes that are not a text document (NUL bytes or many control characters)."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    if not head:
        return False
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(head) > _CONTROL_SHARE


def decode_bytes(data: bytes, *, source: str) -> str:
    """Decode ``data`` read from ``source`` into text.

    Raises:
        InputError: the bytes look binary.
    """
    if looks_binary(data):
        raise InputError("looks like a binary file, not text; give .txt, .md, .html or .jsonl", source=source)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        position = err.start
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        logger.warning(
            "%s: not valid UTF-8 (first bad byte at offset %d); read as %s, some characters may be wrong",
            source,
            position,
            encoding,
        )
        return text
    raise AssertionError("latin-1 decodes any bytes")  # pragma: no cover


def check_size(path: Path, *, max_bytes: int) -> None:
    """Refuse a file larger than ``max_bytes`` before reading any of it.

    Raises:
        InputTooLargeError: the file is over the cap.
        InputError: the file cannot be read.
    """
    try:
        size = path.stat().st_size
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror or err}", source=str(path)) from err
    if size > max_bytes:
        raise InputTooLargeError(
            f"file is {size:,} bytes, over the {max_bytes:,}-byte cap (raise it with --max-bytes)",
            source=str(path),
        )


def read_bytes(path: Path, *, max_bytes: int) -> bytes:
    """Read a file, refusing one larger than ``max_bytes``.

    Raises:
        InputTooLargeError: the file is over the cap.
        InputError: the file cannot be read.
    """
    check_size(path, max_bytes=max_bytes)
    try:
        return path.read_bytes()
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror or err}", source=str(path)) from err
