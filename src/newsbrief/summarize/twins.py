"""A chosen sentence that leans on its context gives way to another source's sentence of the same fact that stands.

Several reports of one story often state one fact, each in its own words: "The focus of this particular case
is for athletes to unionize at private schools because ..." leans on "this particular case"; another report
has "For now, the push is to unionize athletes at private schools, such as Northwestern, because ...". Which of
the two selection takes depends on concepts and position, not on which one a reader can follow alone. Same
content, so the swap costs coverage little, unlike refusing the sentence (every refusal measured in
BENCHMARKS.md "Trust" cost ROUGE down to the project's floor).

So after selection each chosen sentence read alone (neither the sentence before nor the one after it in its
source is chosen: a run is read in order, and its next sentence may need this one) that shows what it leans on
(:func:`_cues`: a surname, noun, pronoun or voice the referents checks read, an opening connective, an opening
"The" + noun) is compared with the sentences of the other sources that the same-fact model
(:mod:`newsbrief.compare.same_fact`) puts at or above the support threshold (a pair that precise states one
fact). One of those replaces it when it is admitted (the standalone mask), not chosen already, shows less (a
strict part of those cues: the twin may share "the federal labor agency" with it, never add a cue of its own),
reads alone better by the quality model (:mod:`.quality`: its probability of being labelled ``ok`` is higher by
at least ``margin``), repeats no other chosen sentence (P(same fact) below the repeat threshold, as
:mod:`.repeats` reads it) and fits the word budget. The best such twin by quality wins; at most one swap per
chosen sentence, in order.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy.sparse import csr_array

from newsbrief.compare.support import row_entries, support_rows
from newsbrief.model import Sentence
from newsbrief.summarize.base import Selector
from newsbrief.summarize.quality import _DEFINITE_OPENER, QualityCache
from newsbrief.summarize.referents import Needs, NeedsOf
from newsbrief.summarize.standalone import depends_on_context, unresolved_pronoun
from newsbrief.text.tokens import word_count


def _alone(chosen_keys: set[tuple[str, int]], s: Sentence) -> bool:
    """Neither neighbour of ``s`` in its source is chosen: it is read alone, and no run leans on it."""
    return (s.article_id, s.index - 1) not in chosen_keys and (s.article_id, s.index + 1) not in chosen_keys


def _cues(text: str, need: Needs) -> frozenset[str]:
    """What the sentence shows it leans on: each surname and "the" + noun the referents checks read
    (:class:`.referents.Needs`), a pronoun, the first person, an opening connective ("But", "Instead"), an
    opening definite description ("The focus of this case")."""
    cues = {f"surname {w}" for w in need.surnames} | {f"noun {w}" for w in need.nouns}
    flags = {
        "pronoun": need.pronoun or unresolved_pronoun(text),
        "voice": need.voice,
        "opening": depends_on_context(text),
        "description": bool(_DEFINITE_OPENER.match(text.strip())),
    }
    return frozenset(cues | {name for name, shown in flags.items() if shown})


def _value(matrix: csr_array, row: int, column: int) -> float:
    """One entry of a sparse matrix (0 where none is stored)."""
    columns, values = row_entries(matrix, row)
    at = int(np.searchsorted(columns, column))
    return float(values[at]) if at < len(columns) and columns[at] == column else 0.0


def swap_twins(
    sentences: Sequence[Sentence],
    chosen: Sequence[int],
    eligible: Sequence[bool],
    quality: Sequence[float],
    words: int,
    *,
    threshold: float,
    margin: float,
    repeat: float,
) -> list[int]:
    """``chosen`` with each sentence that has a twin that stands better replaced by it (see the module docstring).

    Args:
        sentences: the cluster's sentences, article after article; ``chosen`` indexes them.
        eligible: the standalone mask (a twin must be admitted).
        quality: each sentence's probability of reading well alone (:func:`.quality.quality_scores`).
        words: the budget the swapped choice must still keep.
        threshold: P(same fact) at or above which a sentence of another source is a twin.
        margin: how much higher the twin's quality must be.
        repeat: P(same fact) at or above which the twin would repeat another chosen sentence.
    """
    out = list(chosen)
    keys = {(sentences[i].article_id, sentences[i].index) for i in out}
    needs = NeedsOf(sentences)
    leaning = {
        k: cues
        for k, i in enumerate(out)
        if _alone(keys, sentences[i]) and (cues := _cues(sentences[i].text, needs[i]))
    }
    if not leaning:
        return out
    # Rows of every chosen sentence: twins of the leaning ones, and repeats of a twin as selection reads them
    # (P(chosen, candidate), :mod:`.repeats`).
    same = support_rows(sentences, [sentences[i] for i in out])
    used = sum(word_count(sentences[i].text) for i in out)
    for k, mine in leaning.items():
        i = out[k]
        columns, values = row_entries(same, k)
        twins = [
            int(t)
            for t, p in zip(columns.tolist(), values.tolist(), strict=True)
            if p >= threshold and eligible[t] and t not in out and quality[t] >= quality[i] + margin
        ]
        for t in sorted(twins, key=lambda t: -quality[t]):
            n = word_count(sentences[t].text) - word_count(sentences[i].text)
            if used + n > words or not _cues(sentences[t].text, needs[t]) < mine:
                continue
            if any(_value(same, j, t) >= repeat for j in range(len(out)) if j != k):
                continue
            out[k] = t
            used += n
            break
    return sorted(out)


class WithTwins(Selector):
    """Run ``selector``, then swap each chosen sentence for a twin that stands better (:func:`swap_twins`).

    Args:
        selector: the selector whose choice is checked.
        quality: the brief's quality cache (read before ``selector`` runs, which may prime it with its own pool).
        threshold, margin, repeat: as :func:`swap_twins`.
    """

    def __init__(
        self, selector: Selector, *, quality: QualityCache, threshold: float, margin: float, repeat: float
    ) -> None:
        self.selector = selector
        self.quality = quality
        self.threshold = threshold
        self.margin = margin
        self.repeat = repeat
        self.name = selector.name

    def select(self, sentences: Sequence[Sentence], words: int, eligible: Sequence[bool]) -> list[int]:
        scores = self.quality.scores(sentences)
        chosen = self.selector.select(sentences, words, eligible)
        return swap_twins(
            sentences,
            chosen,
            eligible,
            scores,
            words,
            threshold=self.threshold,
            margin=self.margin,
            repeat=self.repeat,
        )
