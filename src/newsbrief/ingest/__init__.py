"""Read articles from files, directories, JSONL and stdin: the first stage of the pipeline.

``read_articles`` returns raw articles; :func:`newsbrief.ingest.clean.clean_text` is applied by the
pipeline so that the Brief can show what was removed relative to what was read.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from newsbrief.errors import EmptyInputError, InputError, InputTooLargeError
from newsbrief.ingest.decode import DEFAULT_MAX_BYTES, check_size, decode_bytes, read_bytes
from newsbrief.ingest.files import JSONL_SUFFIXES, MULTINEWS_SEPARATOR, files_under, read_document
from newsbrief.ingest.jsonl import Cluster, articles_from_jsonl_text, iter_jsonl, read_clusters
from newsbrief.model import Article

__all__ = ["Cluster", "read_articles", "read_clusters", "read_stream", "unique_ids"]

STDIN = "-"


def _expand(paths: Iterable[str | Path]) -> list[Path]:
    """Files named directly, plus the known-type files under each directory, in a stable order."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if str(raw) == STDIN:
            files.append(path)
        elif path.is_dir():
            files.extend(files_under(path))
        elif path.exists():
            files.append(path)
        else:
            raise InputError("no such file or directory", source=str(path))
    return files


def _articles_from_jsonl(path: Path, cluster: str | None) -> list[Article]:
    items = list(iter_jsonl(path))
    clusters = [i for i in items if isinstance(i, Cluster)]
    articles = [i for i in items if isinstance(i, Article)]
    if clusters and articles:
        raise InputError("mixes cluster lines and article lines; use one kind per file", source=str(path))
    if cluster is not None:
        chosen = [c for c in clusters if c.id == cluster]
        if not chosen:
            raise InputError(f"no cluster with id {cluster!r}", source=str(path))
        return list(chosen[0].articles)
    if len(clusters) > 1:
        raise InputError(
            f"holds {len(clusters)} clusters; choose one with --cluster ID "
            "(or use `newsbrief eval` / `newsbrief stories` for many)",
            source=str(path),
        )
    if clusters:
        return list(clusters[0].articles)
    if not articles:
        raise EmptyInputError("no articles in this JSONL file", source=str(path))
    return articles


def read_stream(stream: BinaryIO, *, name: str = "<stdin>", max_bytes: int = DEFAULT_MAX_BYTES) -> list[Article]:
    """Read articles from a byte stream: JSONL, HTML, or text ('|||||' separates articles)."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputTooLargeError(f"input is over the {max_bytes:,}-byte cap", source=name)
    text = decode_bytes(data, source=name)
    if not text.strip():
        raise EmptyInputError("input is empty", source=name)
    if text.lstrip().startswith("{"):
        return list(articles_from_jsonl_text(text, source=name))
    parts = [p for p in text.split(MULTINEWS_SEPARATOR) if p.strip()]
    return [
        read_document(part, article_id=f"stdin#{i}" if len(parts) > 1 else "stdin", origin=name)
        for i, part in enumerate(parts)
    ]


def read_articles(
    paths: str | Path | Iterable[str | Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    cluster: str | None = None,
) -> list[Article]:
    """Read the articles of one story.

    Args:
        paths: files, directories (searched for .txt/.md/.html/.jsonl), or ``"-"`` for stdin.
        max_bytes: refuse any file larger than this.
        cluster: for a JSONL file of several clusters, the id of the one to read.

    Returns:
        The articles, raw (not yet cleaned), with unique ids (file stems where possible).

    Raises:
        InputError: a missing, empty, binary, oversized or malformed input, naming the file.
    """
    if isinstance(paths, str | Path):
        paths = [paths]
    articles: list[Article] = []
    first: Path | None = None
    jsonl_read = False
    for path in _expand(paths):
        first = first or path
        if str(path) == STDIN:
            articles.extend(read_stream(sys.stdin.buffer, max_bytes=max_bytes))
            continue
        if path.suffix.lower() in JSONL_SUFFIXES:
            check_size(path, max_bytes=max_bytes)
            articles.extend(_articles_from_jsonl(path, cluster))
            jsonl_read = True
            continue
        text = decode_bytes(read_bytes(path, max_bytes=max_bytes), source=str(path))
        if not text.strip():
            raise EmptyInputError("article is empty or only whitespace", source=str(path))
        articles.append(read_document(text, article_id=path.stem, origin=str(path), suffix=path.suffix))
    if cluster is not None and not jsonl_read:
        # A cluster id names a line of a JSONL file of clusters; given with text, HTML or stdin alone it would
        # be ignored, and the user would get a brief of something other than what they asked for.
        raise InputError(
            f"--cluster {cluster!r} chooses a cluster of a JSONL file, and this input is not one",
            source=str(first) if first is not None else None,
        )
    if not articles:
        raise EmptyInputError("no articles to read")
    return unique_ids(articles)


def unique_ids(articles: list[Article]) -> list[Article]:
    """Suffix repeated ids (two files named a.txt in different folders, two pasted articles with one id) so
    citations stay distinct: the second ``a`` becomes ``a~2``."""
    from dataclasses import replace

    seen: dict[str, int] = {}
    out = []
    for art in articles:
        n = seen.get(art.id, 0)
        seen[art.id] = n + 1
        out.append(art if n == 0 else replace(art, id=f"{art.id}~{n + 1}"))
    return out
