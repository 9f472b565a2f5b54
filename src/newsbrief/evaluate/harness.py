"""Run newsbrief and its peers over clusters with references, and score them side by side.

Protocol (the same for every system, so differences come from selection alone):

1. prepare the cluster's sources as a brief does (:meth:`newsbrief.pipeline.Briefer.sources`: clean, drop
   copies, keep one language, split with our splitter, mask, set apart what is not an article of the story);
2. give every system those sentences, that mask and the word budget; newsbrief's output then goes
   through its own ordering, as in a brief (ordering does not change ROUGE-1/2 and barely rougeLsum);
3. score each summary, one sentence per line, against the references (:mod:`.rouge`), and keep
   per-cluster scores, summary lengths and selection times, so that means come with bootstrap
   intervals and systems can be compared on the same clusters (paired bootstrap).

Clusters whose documents clean away to nothing, or that have no reference, are skipped and named.
"""

from __future__ import annotations

import gc
import logging
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from newsbrief.config import BriefConfig
from newsbrief.errors import ConfigError
from newsbrief.evaluate.peers import PEERS, GreedyOracle
from newsbrief.evaluate.rouge import Interval, Rouge, bootstrap_ci, paired_difference
from newsbrief.ingest.jsonl import Cluster
from newsbrief.model import Sentence
from newsbrief.pipeline import Briefer
from newsbrief.summarize.base import Selector
from newsbrief.summarize.order import order_sentences
from newsbrief.text.tokens import word_count

logger = logging.getLogger(__name__)

SYSTEMS: tuple[str, ...] = ("newsbrief", "lead", "lexrank", "textrank", "oracle")


@dataclass(frozen=True, slots=True)
class Prepared:
    """One cluster after the preparation every system shares."""

    id: str
    sentences: tuple[Sentence, ...]
    eligible: tuple[bool, ...]
    references: tuple[str, ...]
    order_args: tuple[Any, ...]
    articles: tuple[Any, ...] = ()


def prepare(cluster: Cluster, briefer: Briefer) -> Prepared | None:
    """Clean, split and mask one cluster; ``None`` when nothing is left to summarise."""
    prepared = briefer.sources(cluster.articles)
    if prepared is None or not prepared.sentences:
        return None
    sentences = prepared.sentences
    return Prepared(
        id=cluster.id,
        sentences=sentences,
        eligible=prepared.eligible,
        references=cluster.references,
        order_args=(prepared.articles, prepared.counts),
        articles=cluster.articles,
    )


@dataclass
class EvalResult:
    """Per-cluster scores of every system, with the settings that produced them."""

    systems: tuple[str, ...]
    words: int
    measure: str
    multi: str
    rouge_types: tuple[str, ...]
    ids: list[str] = field(default_factory=list)
    scores: dict[str, list[dict[str, float]]] = field(default_factory=dict)
    lengths: dict[str, list[int]] = field(default_factory=dict)
    seconds: dict[str, list[float]] = field(default_factory=dict)
    cpu_seconds: dict[str, list[float]] = field(default_factory=dict)
    brief_seconds: list[float] = field(default_factory=list)
    summaries: dict[str, list[list[str]]] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)

    def values(self, system: str, rtype: str) -> list[float]:
        return [s[rtype] for s in self.scores[system]]

    def mean(self, system: str, rtype: str) -> Interval:
        """Mean score of ``system`` (x100) with its 95% bootstrap interval."""
        ci = bootstrap_ci(self.values(system, rtype))
        return Interval(100 * ci.mean, 100 * ci.low, 100 * ci.high)

    def difference(self, system: str, other: str, rtype: str) -> Interval:
        """Mean of ``system - other`` over the same clusters (x100), paired bootstrap 95% interval."""
        ci = paired_difference(self.values(system, rtype), self.values(other, rtype))
        return Interval(100 * ci.mean, 100 * ci.low, 100 * ci.high)

    def to_json(self) -> dict[str, Any]:
        """Settings, per-system means with intervals, paired differences and per-cluster scores."""

        def iv(x: Interval) -> dict[str, float]:
            return {"mean": round(x.mean, 4), "low": round(x.low, 4), "high": round(x.high, 4)}

        out: dict[str, Any] = {
            "settings": {
                "words": self.words,
                "measure": self.measure,
                "references": self.multi,
                "rouge_types": list(self.rouge_types),
                "scorer": "google rouge-score semantics, Porter stemmer, rougeLsum one sentence per line",
                "bootstrap": "95% percentile interval, 1000 resamples of clusters, seed 0",
            },
            "clusters_scored": len(self.ids),
            "skipped": self.skipped,
            "systems": {},
        }
        for name in self.systems:
            if not self.ids:
                break
            entry: dict[str, Any] = {r: iv(self.mean(name, r)) for r in self.rouge_types}
            entry["words"] = iv(bootstrap_ci(self.lengths[name]))
            entry["seconds_per_cluster"] = sum(self.seconds[name]) / len(self.ids)
            entry["cpu_seconds_per_cluster"] = sum(self.cpu_seconds[name]) / len(self.ids)
            if name != "newsbrief" and "newsbrief" in self.systems:
                entry["newsbrief_minus_this"] = {r: iv(self.difference("newsbrief", name, r)) for r in self.rouge_types}
            out["systems"][name] = entry
        if self.brief_seconds:
            out["brief_seconds_per_cluster"] = sum(self.brief_seconds) / len(self.brief_seconds)
        out["clusters"] = [
            {
                "id": cid,
                "scores": {n: {r: round(v, 5) for r, v in self.scores[n][k].items()} for n in self.systems},
                "words": {n: self.lengths[n][k] for n in self.systems},
            }
            for k, cid in enumerate(self.ids)
        ]
        return out


def make_selector(name: str, prepared: Prepared, briefer: Briefer, *, recall: bool) -> Selector:
    """The selector of system ``name`` for this cluster (the oracle reads its references)."""
    if name == "newsbrief":
        return briefer.selector
    if name == "oracle":
        return GreedyOracle(prepared.references, recall=recall)
    if name in PEERS:
        return PEERS[name]()
    raise ConfigError(f"unknown system {name!r}; choose from {', '.join(SYSTEMS)}")


def evaluate(
    clusters: Iterable[Cluster],
    *,
    systems: Sequence[str] = SYSTEMS,
    config: BriefConfig | None = None,
    rouge: Rouge | None = None,
    time_brief: bool = False,
    progress: Callable[[int], None] | None = None,
) -> EvalResult:
    """Summarise every cluster with every system and score them.

    Args:
        clusters: clusters with reference summaries (see :func:`newsbrief.read_clusters`).
        systems: names from :data:`SYSTEMS`.
        config: newsbrief's settings; its ``words`` is the budget of every system.
        rouge: the scorer (F1, best reference by default).
        time_brief: also time the full brief path (reading aside: cleaning, splitting, selection,
            ordering and support) for newsbrief.
        progress: called with the number of clusters done so far.

    Raises:
        ConfigError: an unknown system name.
    """
    config = config or BriefConfig()
    rouge = rouge or Rouge()
    unknown = [s for s in systems if s not in SYSTEMS]
    if unknown:
        raise ConfigError(f"unknown system(s) {', '.join(unknown)}; choose from {', '.join(SYSTEMS)}")
    briefer = Briefer(config)
    result = EvalResult(tuple(systems), config.words, rouge.measure, rouge.multi, rouge.rouge_types)
    for name in systems:
        result.scores[name], result.lengths[name], result.summaries[name] = [], [], []
        result.seconds[name], result.cpu_seconds[name] = [], []
    references: list[tuple[str, ...]] = []
    for done, cluster in enumerate(clusters, start=1):
        if not cluster.references:
            result.skipped.append(f"{cluster.id}: no reference summary")
            continue
        prepared = prepare(cluster, briefer)
        if prepared is None:
            result.skipped.append(f"{cluster.id}: no sentence left after cleaning")
            continue
        result.ids.append(prepared.id)
        references.append(prepared.references)
        for name in systems:
            selector = make_selector(name, prepared, briefer, recall=rouge.measure == "recall")
            # Wall time, and this process's CPU time: on a shared machine the wall clock also counts
            # the time other jobs hold the CPU, which swamps a few-millisecond selection.
            # The garbage collector is paused while a selector runs (as timeit does), so that a full
            # collection of the growing result set is not billed to whichever system triggered it.
            gc.disable()
            try:
                started, cpu = time.perf_counter(), time.process_time()
                chosen = selector(prepared.sentences, config.words, prepared.eligible)
                result.seconds[name].append(time.perf_counter() - started)
                result.cpu_seconds[name].append(time.process_time() - cpu)
            finally:
                gc.enable()
            if name == "newsbrief":
                chosen = order_sentences(chosen, *prepared.order_args)
            texts = [s.text for s in chosen]
            length = sum(word_count(t) for t in texts)
            if length > config.words:  # a broken selector must not pass unnoticed
                raise AssertionError(f"{name} exceeded the {config.words}-word budget on {prepared.id}")
            result.lengths[name].append(length)
            result.summaries[name].append(texts)
        if time_brief and "newsbrief" in systems:
            started = time.perf_counter()
            briefer(list(prepared.articles))
            result.brief_seconds.append(time.perf_counter() - started)
        if progress is not None:
            progress(done)
    for name in systems:
        result.scores[name] = rouge.score_many(result.summaries[name], references)
    for reason in result.skipped:
        logger.warning("skipped %s", reason)
    return result
