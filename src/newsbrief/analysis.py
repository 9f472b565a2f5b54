"""The analysis stage of a brief: people, quotes, agreement and timeline.

Runs after selection, on the cleaned articles. The spaCy parse is done once per article, in one
``nlp.pipe`` stream with the brief's sentences preset (:func:`newsbrief.analyse.nlp.parse_sentences`),
and shared by quotes, entities and the timeline; facts and conflicts reuse the sentence similarities the
summary's support was built on.
Importing this module loads no model; calling :func:`analyse` does (once per process).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from newsbrief.compare.conflict_support import drop_conflicting_facts
from newsbrief.compare.conflicts import find_conflicts
from newsbrief.compare.facts import align_facts, unique_facts
from newsbrief.errors import InputError
from newsbrief.model import Article, Conflict, Entity, Event, Fact, Quote, Sentence

#: Longest article text analysed: spaCy's own ``max_length``, which ``load_nlp`` keeps. spaCy refuses longer
#: texts (its parser and NER need about 1 GB of memory per 100,000 characters), with a ValueError that would
#: otherwise surface as a traceback (issue 15, row 13: one 9.2 MB JSONL line).
MAX_ANALYSED_CHARS = 1_000_000


def check_analysable(articles: Sequence[Article]) -> None:
    """Refuse, before any work, an article too long for the analysis.

    Raises:
        InputError: naming the article and the way out (``--no-analysis``).
    """
    for art in articles:
        if len(art.text) > MAX_ANALYSED_CHARS:
            raise InputError(
                f"{len(art.text):,} characters after cleaning, over the {MAX_ANALYSED_CHARS:,} that the analysis "
                "(spaCy) reads; brief it without analysis (--no-analysis, or analysis: false)",
                source=art.where,
            )


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the analysis adds to a Brief."""

    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    facts: tuple[Fact, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    timeline: tuple[Event, ...] = ()


def analyse(
    articles: Sequence[Article],
    sentences: Sequence[Sentence],
    eligible: Sequence[bool],
    similarity: np.ndarray | None,
    *,
    threshold: float,
    conflict_threshold: float | None = None,
    conflict_decision: str = "learned",
    conflict_slots: bool = True,
    unresolved_dates: bool = False,
) -> Analysis:
    """Entities, quotes, facts, conflicts and timeline of one cleaned cluster.

    ``similarity`` is P(same fact) of every sentence pair (None: too many sentences to align);
    ``threshold`` the same-fact threshold of support and facts, ``conflict_threshold`` (default: the same)
    that of pairs compared for conflicts, ``conflict_decision`` how candidates are decided, ``conflict_slots``
    whether candidates by slot are weighed too (``BriefConfig.conflict_slots``);
    ``unresolved_dates`` keeps the timeline entries whose relative date found no anchor (marked), and every
    background entry, not only those the story's people act in (``--timeline all``).

    Raises:
        MissingDependencyError: spaCy or its English model is not installed.
    """
    from newsbrief.analyse.entities import extract_entities
    from newsbrief.analyse.nlp import load_nlp, parse_sentences
    from newsbrief.analyse.quotes import extract_quotes, in_brief
    from newsbrief.analyse.timeline import build_timeline

    # spaCy parses with the summary's own sentence boundaries (no second split; nlp.mark_sentences).
    spans: dict[str, list[tuple[int, int]]] = {a.id: [] for a in articles}
    for s in sentences:
        spans.setdefault(s.article_id, []).append((s.start, s.end))
    docs = list(parse_sentences(load_nlp(), (a.text for a in articles), (spans[a.id] for a in articles)))
    found = (q for art, doc in zip(articles, docs, strict=True) for q in extract_quotes(art, doc))
    quotes = tuple(q for q in found if in_brief(q))  # a doubtful speaker stays out of the brief
    entities = extract_entities(articles, docs)
    timeline = tuple(e for e in build_timeline(articles, docs) if unresolved_dates or e.resolved)
    shared: tuple[Fact, ...] = ()
    unique: tuple[Fact, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    if similarity is not None:  # None: too many sentences to align (see BriefConfig.max_aligned_sentences)
        shared = align_facts(sentences, similarity, threshold=threshold, eligible=eligible)
        unique = unique_facts(sentences, similarity, threshold=threshold, eligible=eligible)
        texts = {a.id: a.text for a in articles}
        at = threshold if conflict_threshold is None else conflict_threshold
        conflicts = find_conflicts(
            sentences,
            similarity,
            threshold=at,
            texts=texts,
            decision=conflict_decision,
            slots=conflict_slots,
            published={a.id: a.published for a in articles},
        )
        shared = drop_conflicting_facts(shared, conflicts)  # two sides of a conflict never one shared fact
    return Analysis(entities, quotes, shared + unique, conflicts, timeline)
