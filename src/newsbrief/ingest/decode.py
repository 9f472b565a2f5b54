"""Bytes to text, refusing what is not text.

Real input is mostly UTF-8; older newswire and some scrapes are Windows-1252. We try UTF-8 (with or
without BOM), then fall back to cp1252 and finally latin-1 (which never fails) with a logged warning
naming the file, so the user learns that some characters may be wrong. Bytes that look binary (NUL bytes,
many control characters) are read as UTF-16 or UTF-32 where charset_normalizer finds that encoding (a
Windows "Unicode" text file), and refused otherwise.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

from newsbrief.errors import InputError, InputTooLargeError

logger = logging.getLogger(__name__)

#: Largest input file read by default (bytes). A news article is rarely above 200 kB of HTML;
#: 10 MB leaves room for JSONL clusters while refusing accidental binaries and dumps.
DEFAULT_MAX_BYTES = 10_000_000
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


def _wide_text(data: bytes) -> str | None:
    """Text in UTF-16 or UTF-32 (with or without a BOM), which looks binary byte by byte (every other byte of
    English is NUL); None for anything else. charset_normalizer tells the encoding from the bytes' statistics,
    and the decoded text must itself look like text, so real binary (images, archives, executables, which
    charset_normalizer gives no encoding) is still refused."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or not best.encoding.startswith(("utf_16", "utf_32")):
        return None
    text = str(best)
    return None if looks_binary(text.encode("utf-8", "replace")) else text


def decode_bytes(data: bytes, *, source: str) -> str:
    """Decode ``data`` read from ``source`` into text.

    Raises:
        InputError: the bytes look binary (and are not UTF-16/32 text).
    """
    if looks_binary(data):
        text = _wide_text(data)
        if text is None:
            raise InputError("looks like a binary file, not text; give .txt, .md, .html or .jsonl", source=source)
        return text
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


def check_regular(path: Path) -> os.stat_result:
    """Refuse anything but a regular file *before* opening it: opening a FIFO with no writer waits forever,
    and a device (``/dev/zero``) never ends.

    Returns:
        The file's status.

    Raises:
        InputError: the path cannot be read or is not a regular file.
    """
    try:
        status = path.stat()
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror or err}", source=str(path)) from err
    if not stat.S_ISREG(status.st_mode):
        kind = "a FIFO (named pipe)" if stat.S_ISFIFO(status.st_mode) else "a device, socket or other special file"
        raise InputError(
            f"not a regular file but {kind}; to read a pipe, give - and redirect it to stdin (- < PIPE)",
            source=str(path),
        )
    return status


def check_size(path: Path, *, max_bytes: int) -> None:
    """Refuse a file larger than ``max_bytes`` before reading any of it.

    Raises:
        InputTooLargeError: the file is over the cap.
        InputError: the file cannot be read or is not a regular file.
    """
    size = check_regular(path).st_size
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
