"""Stream a corpus feed record by record, with resumable positions and rejects instead of errors.

A feed is a JSONL file (one article per line; a cluster line such as Multi-News's gives its articles) or
a directory of such files and of single documents (.txt, .md, .html), read in sorted order. Unlike
:func:`newsbrief.ingest.read_articles`, which stops at the first bad line because one story is only
trustworthy whole, a corpus run must survive the odd broken line of a million-line feed: each bad line
becomes a :class:`Reject` naming the file, the line and the reason, and reading carries on.

Every record carries the :class:`Position` just after it (file index, byte offset, line number), so that
a checkpoint can note how far the run got and a resumed run can ``seek`` there instead of re-reading.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from newsbrief.errors import EmptyInputError, InputError
from newsbrief.ingest.decode import DEFAULT_MAX_BYTES, check_regular, decode_bytes, read_bytes
from newsbrief.ingest.files import JSONL_SUFFIXES, files_under, read_document
from newsbrief.ingest.jsonl import Cluster, load_line, parse_line
from newsbrief.model import Article

__all__ = ["FeedRecord", "Position", "Reject", "feed_files", "fingerprint_files", "iter_feed"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Position:
    """Where reading stands: the index of the file, and the byte offset and line number within it."""

    file: int = 0
    offset: int = 0
    line: int = 0

    def to_json(self) -> str:
        return json.dumps([self.file, self.offset, self.line])

    @classmethod
    def from_json(cls, text: str) -> Position:
        file, offset, line = json.loads(text)
        return cls(file, offset, line)


@dataclass(frozen=True, slots=True)
class Reject:
    """An input line that could not be used, and why (written to ``rejects.jsonl``)."""

    file: str
    line: int | None
    reason: str
    id: str | None = None

    def to_dict(self) -> dict[str, object]:
        return {"file": self.file, "line": self.line, "id": self.id, "reason": self.reason}


@dataclass(frozen=True, slots=True)
class FeedRecord:
    """One input line (or one document file): its articles or its reject, and the position after it."""

    articles: tuple[Article, ...]
    reject: Reject | None
    end: Position
    file: str  # the file it came from
    file_index: int
    line: int | None  # None for a document file


def feed_files(source: str | Path) -> list[Path]:
    """The files of a feed: the file itself, or the known-type files under a directory, sorted.

    Raises:
        InputError: the path does not exist, or a directory holds no readable file.
    """
    path = Path(source)
    if path.is_dir():
        return files_under(path)
    if not path.exists():
        raise InputError("no such file or directory", source=str(path))
    check_regular(path)  # a FIFO would block the run forever
    return [path]


def fingerprint_files(files: list[Path]) -> list[tuple[str, int, int]]:
    """Name, size and modification time of each file: a resumed run must read the very same feed."""
    out = []
    for f in files:
        stat = f.stat()
        out.append((str(f), stat.st_size, stat.st_mtime_ns))
    return out


def _reason(err: InputError) -> str:
    """The message of an InputError without its ``file:line:`` prefix (the reject has its own fields)."""
    text = str(err)
    prefix = f"{err.source}:{err.line}: " if err.line is not None else f"{err.source}: "
    return text[len(prefix) :] if err.source is not None and text.startswith(prefix) else text


def _check_id(obj: object, default: str) -> object:
    """Give an article line without ``id`` the stable id ``default``; refuse ids that are not scalars.

    Why here: ``parse_line`` turns any value into a string (a list would become ``"[1, 2]"``), which
    hides a broken producer; a feed id must be a non-empty string or an integer.
    """
    if not isinstance(obj, dict) or "text" not in obj or "documents" in obj or "document" in obj:
        return obj
    if "id" not in obj or obj["id"] is None:
        return {**obj, "id": default}
    value = obj["id"]
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ValueError(f'"id" must be a string or an integer, not {type(value).__name__}')
    if isinstance(value, str) and not value.strip():
        raise ValueError('"id" is empty')
    return obj


def _jsonl_records(path: Path, index: int, start: Position, *, id_prefix: str, max_bytes: int) -> Iterator[FeedRecord]:
    source = str(path)
    offset, lineno = (start.offset, start.line) if start.file == index else (0, 0)
    try:
        handle = path.open("rb")
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror or err}", source=source) from err
    with handle:
        handle.seek(offset)
        for raw in handle:
            offset += len(raw)
            lineno += 1
            end = Position(index, offset, lineno)
            if not raw.strip():
                continue
            try:
                obj = load_line(raw, source=source, lineno=lineno, max_bytes=max_bytes)
                try:
                    obj = _check_id(obj, f"{id_prefix}line{lineno}")
                except ValueError as err:
                    raise InputError(str(err), source=source, line=lineno) from err
                item = parse_line(obj, lineno=lineno, source=source)
            except InputError as err:
                yield FeedRecord((), Reject(source, lineno, _reason(err)), end, source, index, lineno)
                continue
            articles = item.articles if isinstance(item, Cluster) else (item,)
            if isinstance(item, Cluster) and id_prefix:
                articles = tuple(replace(a, id=f"{id_prefix}{a.id}") for a in articles)
            yield FeedRecord(tuple(articles), None, end, source, index, lineno)


def _document_record(path: Path, index: int, root: Path, max_bytes: int) -> FeedRecord:
    end = Position(index + 1, 0, 0)
    source = str(path)
    article_id = path.relative_to(root).with_suffix("").as_posix() if path != root else path.stem
    try:
        text = decode_bytes(read_bytes(path, max_bytes=max_bytes), source=source)
        if not text.strip():
            raise EmptyInputError("article is empty or only whitespace", source=source)
        article = read_document(text, article_id=article_id, origin=source, suffix=path.suffix)
    except InputError as err:
        return FeedRecord((), Reject(source, None, _reason(err), article_id), end, source, index, None)
    return FeedRecord((article,), None, end, source, index, None)


def iter_feed(
    source: str | Path, start: Position | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[FeedRecord]:
    """Stream the records of a feed from ``start`` (the beginning by default).

    Articles without an id get ``line{N}`` (in a directory, prefixed by the file's relative path and a
    colon, so that two files cannot clash); cluster lines give ``{cluster}#{i}``.

    Args:
        source: a JSONL file, a document file, or a directory of them.
        start: a position reached by an earlier run (see :attr:`FeedRecord.end`).
        max_bytes: lines (and document files) longer than this are rejected.

    Raises:
        InputError: the feed cannot be opened at all (a bad line is a :class:`Reject` instead).
    """
    root = Path(source)
    files = feed_files(root)
    start = start or Position()
    many = root.is_dir()
    for index, path in enumerate(files):
        if index < start.file:
            continue
        if path.suffix.lower() in JSONL_SUFFIXES:
            prefix = f"{path.relative_to(root).as_posix()}:" if many else ""
            yield from _jsonl_records(path, index, start, id_prefix=prefix, max_bytes=max_bytes)
        else:
            yield _document_record(path, index, root, max_bytes)


def digest(parts: object) -> str:
    """A short stable hash of a JSON-able value (used to tell one run's checkpoint from another's)."""
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()[:16]
