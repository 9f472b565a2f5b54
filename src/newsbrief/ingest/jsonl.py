"""JSONL readers: clusters of documents (Multi-News, DUC) and article feeds.

Accepted line shapes (one JSON object per line):

- a cluster: ``{"id"?, "documents": [str | {"text": ..., "title"?, ...}], "summary"? | "summaries"?}``;
- a Multi-News cluster in its original form: ``{"document": "a ||||| b", "summary"?}`` where
  ``NEWLINE_CHAR`` stands for a newline;
- an article (a feed): ``{"text": ..., "id"?, "title"?, "url"?, "published"?, "outlet"?}``.

Every error names the file and the line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsbrief.errors import InputError
from newsbrief.ingest.decode import decode_bytes
from newsbrief.ingest.files import MULTINEWS_SEPARATOR, looks_like_html, read_html
from newsbrief.ingest.safety import load_json
from newsbrief.model import Article

_ARTICLE_FIELDS = ("title", "outlet", "url", "published", "author")


@dataclass(frozen=True, slots=True)
class Cluster:
    """The articles of one story, with reference summaries where the data set has them."""

    id: str
    articles: tuple[Article, ...]
    references: tuple[str, ...] = ()


def _article_from_value(value: Any, *, article_id: str, origin: str) -> Article:
    """An article from a JSON string or object; raises ValueError with what is wrong."""
    if isinstance(value, str):
        text, meta = value, {}
    elif isinstance(value, dict):
        text, meta = value.get("text"), value
        if not isinstance(text, str):
            raise ValueError('an article object needs a "text" string')
        article_id = str(value.get("id", article_id))
    else:
        raise ValueError(f"a document must be a string or an object, not {type(value).__name__}")
    text = text.replace("NEWLINE_CHAR", "\n")
    if not text.strip():
        raise ValueError(f"document {article_id!r} is empty")
    fields: dict[str, str | None] = {}
    for name in _ARTICLE_FIELDS:
        field_value = meta.get(name)
        if field_value is not None and not isinstance(field_value, str):
            raise ValueError(f'"{name}" must be a string, not {type(field_value).__name__}')
        fields[name] = field_value or None
    if looks_like_html(text):
        parsed = read_html(text, article_id=article_id, origin=origin)
        return Article(
            id=article_id,
            text=parsed.text,
            origin=origin,
            **{name: fields[name] or getattr(parsed, name) for name in _ARTICLE_FIELDS},
        )
    return Article(id=article_id, text=text, origin=origin, **fields)


def parse_line(obj: Any, *, lineno: int, source: str) -> Cluster | Article:
    """Interpret one decoded JSON line as a cluster or an article.

    Raises:
        InputError: the object has none of the accepted shapes (names file and line).
    """
    origin = f"{source}:{lineno}"
    try:
        if not isinstance(obj, dict):
            raise ValueError(f"expected a JSON object, got {type(obj).__name__}")
        cluster_id = str(obj.get("id", lineno))
        references = obj.get("summaries", [obj["summary"]] if "summary" in obj else [])
        if not isinstance(references, list) or not all(isinstance(r, str) for r in references):
            raise ValueError('"summary"/"summaries" must be a string / a list of strings')
        references = [r.replace("NEWLINE_CHAR", "\n") for r in references]
        if "documents" in obj or "document" in obj:
            docs = obj.get("documents")
            if docs is None:
                joined = obj["document"]
                if not isinstance(joined, str):
                    raise ValueError('"document" must be a string')
                docs = [d for d in joined.split(MULTINEWS_SEPARATOR) if d.strip()]
            if not isinstance(docs, list) or not docs:
                raise ValueError('"documents" must be a non-empty list')
            articles = []
            for i, doc in enumerate(docs):
                if isinstance(doc, str) and not doc.strip():
                    continue  # Multi-News has empty slots; an empty cluster is caught below
                articles.append(_article_from_value(doc, article_id=f"{cluster_id}#{i}", origin=origin))
            if not articles:
                raise ValueError("every document of this cluster is empty")
            return Cluster(id=cluster_id, articles=tuple(articles), references=tuple(references))
        if "text" in obj:
            return _article_from_value(obj, article_id=str(obj.get("id", f"line{lineno}")), origin=origin)
        raise ValueError('expected "documents", "document" or "text"')
    except ValueError as err:
        raise InputError(str(err), source=source, line=lineno) from err


def articles_from_jsonl_text(text: str, *, source: str) -> Iterator[Article]:
    """The articles of JSONL held in memory (stdin, an HTTP body): clusters are flattened.

    Raises:
        InputError: a line that is not JSON or has none of the accepted shapes (names the line).
    """
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        obj = load_json(line, source=source, line=lineno)
        item = parse_line(obj, lineno=lineno, source=source)
        yield from item.articles if isinstance(item, Cluster) else (item,)


def load_line(raw: bytes, *, source: str, lineno: int, max_bytes: int | None = None) -> Any:
    """The JSON value of one raw line of a JSONL file (bytes, any of the encodings :func:`decode_bytes` reads).

    Raises:
        InputError: naming the file and line: over ``max_bytes``, not text, invalid JSON, or JSON over the
            limits of :mod:`newsbrief.ingest.safety` (naming the field).
    """
    if max_bytes is not None and len(raw) > max_bytes:
        raise InputError(f"line is over the {max_bytes:,}-byte cap", source=source, line=lineno)
    try:
        text = decode_bytes(raw, source=f"{source}:{lineno}")
    except InputError as err:
        raise InputError("line is not text", source=source, line=lineno) from err
    return load_json(text, source=source, line=lineno)


def iter_jsonl(
    path: Path, *, on_error: Callable[[InputError], None] | None = None, max_bytes: int | None = None
) -> Iterator[Cluster | Article]:
    """Stream the clusters or articles of a JSONL file, line by line.

    Args:
        path: the file.
        on_error: called with each bad line's error, after which reading carries on; without
            it, the first bad line raises.
        max_bytes: refuse a single line longer than this.

    Raises:
        InputError: a bad line (when ``on_error`` is None) or an unreadable file.
    """
    for _lineno, item in _numbered(path, on_error=on_error, max_bytes=max_bytes):
        yield item


def _numbered(
    path: Path, *, on_error: Callable[[InputError], None] | None, max_bytes: int | None = None
) -> Iterator[tuple[int, Cluster | Article]]:
    """:func:`iter_jsonl` with each item's line number, so a caller that refuses an item can name its line."""
    source = str(path)
    try:
        handle = path.open("rb")
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror or err}", source=source) from err
    with handle:
        for lineno, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            try:
                obj = load_line(raw, source=source, lineno=lineno, max_bytes=max_bytes)
                yield lineno, parse_line(obj, lineno=lineno, source=source)
            except InputError as err:
                if on_error is None:
                    raise
                on_error(err)


def read_clusters(path: str | Path, *, on_error: Callable[[InputError], None] | None = None) -> Iterator[Cluster]:
    """Stream the clusters of a JSONL data set (Multi-News, DUC); article lines are an error, naming their line."""
    path = Path(path)
    for lineno, item in _numbered(path, on_error=on_error):
        if isinstance(item, Cluster):
            yield item
            continue
        err = InputError('expected a cluster line with "documents", got an article', source=str(path), line=lineno)
        if on_error is None:
            raise err
        on_error(err)
