"""ROUGE with google ``rouge-score`` semantics, and bootstrap confidence intervals.

ROUGE (Lin 2004, "ROUGE: A Package for Automatic Evaluation of Summaries") counts the n-grams
(ROUGE-N) or the longest common subsequence (ROUGE-L) a system summary shares with human
references. We score exactly as google ``rouge-score`` does (lower-case ``[a-z0-9]+`` tokens, Porter
stems for tokens longer than three characters) and use ``rouge_score_rs``, a native re-implementation
with identical scores, when it is installed, because it is ~50x faster on the 5,622 Multi-News
clusters; otherwise the reference ``rouge_score`` package.

Conventions, stated because papers differ on them:

- ``rougeL`` ignores newlines (one LCS over the whole text); ``rougeLsum`` takes one sentence per
  line and computes the summary-level union LCS. Both the system summary and every reference are
  put one sentence per line by *our* splitter (:func:`newsbrief.text.split.split_sentences`), the
  same for every system, so no system gains from its own sentence boundaries.
- Several references (DUC 2004 has four): ``multi="max"`` keeps, per ROUGE type, the reference
  with the best score in the chosen measure (rouge-score's ``score_multi`` uses F1 for this);
  ``multi="mean"`` averages over references (ROUGE-1.5.5's default model averaging);
  ``multi="jackknife"`` averages, over each leave-one-out subset of references, the best score in
  that subset (jackknifing with best-reference scoring, ROUGE-1.5.5 ``-f B``; with ``-f A``
  jackknifing changes nothing, the mean of the leave-one-out means being the mean). The published
  DUC 2004 figures are reproduced by ``mean`` (BENCHMARKS.md, "Quality (issue 3)").
- Empty input: an empty system summary scores 0 on every measure (as rouge-score); a cluster
  without any reference cannot be scored and raises :class:`~newsbrief.errors.InputError`.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Literal

import numpy as np

from newsbrief.errors import ConfigError, InputError, MissingDependencyError
from newsbrief.model import Article
from newsbrief.text.split import split_sentences

logger = logging.getLogger(__name__)

ROUGE_TYPES: tuple[str, ...] = ("rouge1", "rouge2", "rougeL", "rougeLsum")
Measure = Literal["fmeasure", "recall", "precision"]
Multi = Literal["max", "mean", "jackknife"]

#: Published ROUGE-1.5.5 recall x100 (``-n 2 -m -l 100``; R1, R2) of six DUC 2004 task 2 systems, as given in
#: ../shared/data/README.md: what our scorer's reproduction of those systems is checked against.
DUC2004_PUBLISHED: dict[str, tuple[float, float]] = {
    "Lead": (31.46, 6.13),
    "LexRank": (36.00, 7.51),
    "Centroid": (36.42, 7.98),
    "Submodular": (39.23, 9.37),
    "DPP": (39.84, 9.62),
    "ICSISumm": (38.44, 9.81),
}


@cache
def load_scorer(rouge_types: tuple[str, ...] = ROUGE_TYPES) -> object:
    """A rouge-score ``RougeScorer`` with the Porter stemmer: the native one when importable.

    Raises:
        MissingDependencyError: neither ``rouge_score_rs`` nor ``rouge_score`` is installed.
    """
    try:
        from rouge_score_rs import RougeScorer
    except ImportError:
        try:
            from rouge_score.rouge_scorer import RougeScorer
        except ImportError as err:
            raise MissingDependencyError("rouge-score", "eval") from err
        logger.info("rouge_score_rs is not installed; using the (slower) reference rouge_score")
    return RougeScorer(list(rouge_types), use_stemmer=True)


def one_sentence_per_line(text: str) -> str:
    """``text`` with one sentence per line, as our splitter cuts it (for ``rougeLsum``)."""
    sentences = split_sentences(Article(id="ref", text=text))
    return "\n".join(" ".join(s.text.split()) for s in sentences)


@dataclass(frozen=True, slots=True)
class Rouge:
    """Score summaries against references.

    Args:
        measure: ``fmeasure`` (default, the Multi-News convention) or ``recall`` (DUC).
        multi: how several references combine (see the module docstring).
        rouge_types: which ROUGE variants to report.
    """

    measure: Measure = "fmeasure"
    multi: Multi = "max"
    rouge_types: tuple[str, ...] = ROUGE_TYPES

    def __post_init__(self) -> None:
        if self.measure not in ("fmeasure", "recall", "precision"):
            raise ConfigError(f"measure must be fmeasure, recall or precision, got {self.measure!r}")
        if self.multi not in ("max", "mean", "jackknife"):
            raise ConfigError(f"multi must be max, mean or jackknife, got {self.multi!r}")
        unknown = set(self.rouge_types) - set(ROUGE_TYPES)
        if unknown:
            raise ConfigError(f"unknown ROUGE type(s): {', '.join(sorted(unknown))}")

    def score(self, summary: Sequence[str], references: Sequence[str]) -> dict[str, float]:
        """Score one summary, given as its sentences, against one or more reference texts.

        Returns:
            ``{rouge type: score}`` in [0, 1] for the chosen measure.

        Raises:
            InputError: no reference (or only empty ones).
        """
        return self.score_many([summary], [references])[0]

    def score_many(
        self, summaries: Sequence[Sequence[str]], references: Sequence[Sequence[str]]
    ) -> list[dict[str, float]]:
        """Score many summaries at once (one batch call to the native scorer)."""
        if len(summaries) != len(references):
            raise ValueError("need one list of references per summary")
        scorer = load_scorer(tuple(self.rouge_types))
        targets: list[str] = []
        predictions: list[str] = []
        slices: list[tuple[int, int]] = []
        for k, (summary, refs) in enumerate(zip(summaries, references, strict=True)):
            refs = [r for r in refs if r.strip()]
            if not refs:
                raise InputError(f"summary {k} has no reference to be scored against")
            prediction = "\n".join(" ".join(s.split()) for s in summary if s.strip())
            start = len(targets)
            for ref in refs:
                targets.append(one_sentence_per_line(ref))
                predictions.append(prediction)
            slices.append((start, len(targets)))
        raw = scorer.score_batch(targets, predictions) if hasattr(scorer, "score_batch") else None
        if raw is None:
            raw = [scorer.score(t, p) for t, p in zip(targets, predictions, strict=True)]
        return [self._combine(raw[a:b]) for a, b in slices]

    def _combine(self, per_reference: Sequence[dict]) -> dict[str, float]:
        out: dict[str, float] = {}
        for rtype in self.rouge_types:
            values = [getattr(s[rtype], self.measure) for s in per_reference]
            if self.multi == "mean" or (self.multi == "jackknife" and len(values) == 1):
                out[rtype] = float(np.mean(values))
            elif self.multi == "max":
                # As rouge-score's score_multi: the reference with the best F1 decides.
                best = max(range(len(values)), key=lambda i: per_reference[i][rtype].fmeasure)
                out[rtype] = float(values[best])
            else:
                out[rtype] = float(np.mean([max(values[:i] + values[i + 1 :]) for i in range(len(values))]))
        return out


@dataclass(frozen=True, slots=True)
class Interval:
    """A mean with its bootstrap confidence interval."""

    mean: float
    low: float
    high: float

    def excludes_zero(self) -> bool:
        return self.low > 0 or self.high < 0


def bootstrap_ci(values: Sequence[float], *, level: float = 0.95, resamples: int = 1000, seed: int = 0) -> Interval:
    """Percentile bootstrap interval of the mean of ``values`` (clusters resampled with replacement).

    Raises:
        ValueError: no values, or a level outside (0, 1).
    """
    data = np.asarray(values, dtype=float)
    if data.size == 0:
        raise ValueError("cannot bootstrap the mean of no values")
    if not 0.0 < level < 1.0:
        raise ValueError(f"level must be in (0, 1), got {level}")
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, data.size, size=(resamples, data.size))
    means = data[idx].mean(axis=1)
    tail = (1.0 - level) / 2.0 * 100.0
    low, high = np.percentile(means, [tail, 100.0 - tail])
    return Interval(float(data.mean()), float(low), float(high))


def paired_difference(
    a: Sequence[float], b: Sequence[float], *, level: float = 0.95, resamples: int = 1000, seed: int = 0
) -> Interval:
    """Bootstrap interval of mean(a - b) over the same clusters (paired: one resample for both)."""
    if len(a) != len(b):
        raise ValueError("paired scores must cover the same clusters")
    return bootstrap_ci(np.asarray(a, float) - np.asarray(b, float), level=level, resamples=resamples, seed=seed)
