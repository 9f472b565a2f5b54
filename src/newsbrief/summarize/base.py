"""The shared frame of every sentence selector: rate, pick under a word budget, keep source order.

After sumy's ``AbstractSummarizer`` (one class per method behind a small callable base), with
three differences: the budget is words, not sentences; tunables are constructor parameters; and
the input is the sentences of *several* articles, with a mask of those allowed in a summary.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Collection, Sequence

from newsbrief.model import Sentence
from newsbrief.text.tokens import word_count


class Selector(ABC):
    """Choose sentences of a cluster whose total length is at most ``words``."""

    name: str = "selector"

    def __call__(
        self, sentences: Sequence[Sentence], words: int, eligible: Sequence[bool] | None = None
    ) -> list[Sentence]:
        """Return the chosen sentences in the order they were given.

        Args:
            sentences: all sentences of the cluster, article after article, each in reading order.
            words: the budget; the chosen sentences never total more.
            eligible: per sentence, whether it may be chosen (standalone, not too short...);
                all by default.
        """
        if eligible is None:
            eligible = [True] * len(sentences)
        if len(eligible) != len(sentences):
            raise ValueError("eligible must have one flag per sentence")
        chosen = self.select(sentences, words, eligible)
        picked = set(chosen)
        return [i_sent for i, i_sent in enumerate(sentences) if i in picked]

    @abstractmethod
    def select(self, sentences: Sequence[Sentence], words: int, eligible: Sequence[bool]) -> list[int]:
        """Indexes of the chosen sentences; their word counts sum to at most ``words``."""

    def forget(self) -> None:
        """Drop what was kept for re-selecting from the last pool, here and in the selector this one wraps (its
        ``selector``): a brief calls it once it has its choice, so that a huge story's pool (the concept ILP's
        candidates x concepts matrix, hundreds of MB at 1,000 articles) is not held through the analysis.
        Only memory: a later selection from any pool rebuilds what it needs and chooses the same."""
        inner = getattr(self, "selector", None)
        if isinstance(inner, Selector):
            inner.forget()


class KeepsApart(Selector):
    """A selector that can be told pairs of sentences never to choose together (two sentences stating one
    fact, :mod:`.repeats`), and then decides itself which of the two the best choice keeps."""

    def select(self, sentences: Sequence[Sentence], words: int, eligible: Sequence[bool]) -> list[int]:
        return self.select_apart(sentences, words, eligible, ())

    @abstractmethod
    def select_apart(
        self,
        sentences: Sequence[Sentence],
        words: int,
        eligible: Sequence[bool],
        apart: Collection[tuple[int, int]],
    ) -> list[int]:
        """As :meth:`select`, never choosing both sentences of a pair (indexes into ``sentences``) in ``apart``."""


class RatingSelector(Selector):
    """Selectors that rate each sentence and take the best ones greedily until the budget is full."""

    @abstractmethod
    def rate(self, sentences: Sequence[Sentence]) -> list[float]:
        """A score per sentence; higher is better."""

    def select(self, sentences: Sequence[Sentence], words: int, eligible: Sequence[bool]) -> list[int]:
        scores = self.rate(sentences)
        order = sorted((i for i in range(len(sentences)) if eligible[i]), key=lambda i: (-scores[i], i))
        return greedy_fill(sentences, order, words)


def greedy_fill(sentences: Sequence[Sentence], order: Sequence[int], words: int) -> list[int]:
    """Take sentences in ``order``, skipping any that would overflow the budget and exact repeats."""
    chosen: list[int] = []
    used = 0
    seen: set[str] = set()
    for i in order:
        n = word_count(sentences[i].text)
        key = " ".join(sentences[i].text.lower().split())
        if used + n > words or key in seen:
            continue
        chosen.append(i)
        seen.add(key)
        used += n
    return chosen
