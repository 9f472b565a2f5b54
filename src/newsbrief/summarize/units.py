"""Selection units: a sentence that cannot stand alone, chosen together with the sentence(s) before it.

The stand-alone rules (:mod:`.standalone`) refuse a sentence that leans on the one before it: "He said the
party had been hijacked.", the second half of a quotation split across sentences ('... we resign today. This
was painful," Berger said.'), a quotation announced by "Berger said:". Refused, such a sentence is lost even
where the sentence it leans on is chosen; and the sentences chosen instead fail the same way under a stricter
reading (BENCHMARKS.md, "Trust": a person by surname, "the company", a first-person quotation). Read right
after the sentence before it in its source, it stands: that is how its writer wrote it.

So the selector also sees *units*: a run of two or three consecutive sentences of one article whose first one
opens well and whose run reads alone as one text (no pronoun or connective opening it, every quotation
opened in it closed in it, a speaker named, no debris, within the sentence length limits), where each later
sentence is refused alone. A unit is one candidate with the words of all its sentences, counted once in the
budget; when chosen, its sentences enter the summary as they are (verbatim, each with its own citation), and
ordering keeps them together (:func:`.order.keep_runs_together`). The sentences of the first-chosen unit are
the same whatever the splitter: a quotation a splitter cuts in two is chosen whole.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from newsbrief.model import Sentence
from newsbrief.summarize.base import Selector
from newsbrief.summarize.quality import QualityCache, speaks_to_reader
from newsbrief.summarize.standalone import depends_on_context, is_bare_quote, is_debris, quote_states
from newsbrief.text.tokens import word_count

#: At most this many sentences in a unit (a quotation over more sentences is left out, as before).
MAX_UNIT = 3
#: Units are told apart from sentences by an index this far past any article's sentences (selection code
#: keys sentences by article and index). The lead prior of concept weights is unaffected: units come after the
#: sentences in the pool, and a concept's credit in an article is that of its first sentence holding it.
UNIT_INDEX = 1_000_000


@dataclass(frozen=True, slots=True)
class Units:
    """The candidates a selector sees: every sentence, then each unit as one more sentence-like candidate.

    Attributes:
        pool: ``sentences`` followed by one :class:`~newsbrief.model.Sentence` per unit (its text the
            member texts joined by a space, its span from the first member's start to the last one's end, its
            index :data:`UNIT_INDEX` + the unit's number).
        eligible: the eligibility of the pool: the sentences' own, then True for each unit.
        members: for each unit, the positions of its sentences in ``sentences``.
    """

    pool: list[Sentence]
    eligible: list[bool]
    members: list[tuple[int, ...]]

    def expand(self, chosen: Sequence[int]) -> list[int]:
        """The chosen pool positions as positions of the input sentences (a unit gives its members), in input
        order, no repeats (the pool starts with the input sentences, so a sentence's position is its own)."""
        n = len(self.pool) - len(self.members)
        picked: set[int] = set()
        for k in chosen:
            picked.update(self.members[k - n] if k >= n else (k,))
        return sorted(picked)


def _reads_alone(texts: Sequence[str], min_words: int, max_words: int) -> bool:
    """Whether consecutive sentences, read as one text, stand alone (see the module docstring).

    Each sentence must be a sentence of the report in its own right: no debris, not speaking to the reader,
    and each after the first at least ``min_words`` long ("Click here.", "Sign up now!"): a unit carries a
    sentence that leans on its context, never furniture.
    """
    if any(speaks_to_reader(t) for t in texts) or any(word_count(t) < min_words for t in texts[1:]):
        return False
    joined = " ".join(t.strip() for t in texts)
    if not min_words <= word_count(joined) <= max_words:
        return False
    if depends_on_context(joined) or is_bare_quote(joined) or joined.endswith((":", "?", "?'", '?"', "?”", "?’")):
        return False
    return not any(is_debris(t) for t in texts)


def find_units(
    sentences: Sequence[Sentence], eligible: Sequence[bool], *, min_words: int, max_words: int
) -> list[tuple[int, ...]]:
    """Runs of 2 to :data:`MAX_UNIT` consecutive sentences of one article that read alone together.

    Args:
        sentences: the cluster's sentences, article after article, each in reading order.
        eligible: whether each may be chosen alone (the stand-alone mask and length limits).
        min_words, max_words: the sentence length limits, applied to the unit as a whole.

    Returns:
        Positions in ``sentences`` of each unit's members. For each sentence refused alone, only the shortest
        run that ends with it and reads alone is a unit.
    """
    units: list[tuple[int, ...]] = []
    start = 0
    while start < len(sentences):
        end = start
        while end < len(sentences) and sentences[end].article_id == sentences[start].article_id:
            end += 1
        states = quote_states(sentences[start:end])
        for last in range(start + 1, end):
            if eligible[last]:
                continue
            for size in range(2, MAX_UNIT + 1):
                first = last - size + 1
                if first < start:
                    break
                run = range(first, last + 1)
                if any(eligible[k] for k in run[1:-1]) or sentences[last].index - sentences[first].index != size - 1:
                    break  # a sentence in between stands alone: a shorter unit, or none
                if states[first - start][0] or states[last - start][1]:
                    continue  # it opens inside a quotation, or leaves one open
                if _reads_alone([sentences[k].text for k in run], min_words, max_words):
                    units.append(tuple(run))
                    break
        start = end
    return units


def with_units(sentences: Sequence[Sentence], eligible: Sequence[bool], units: Sequence[tuple[int, ...]]) -> Units:
    """The selection pool: ``sentences`` and one candidate per unit (see :class:`Units`)."""
    extra = []
    for number, members in enumerate(units):
        head, tail = sentences[members[0]], sentences[members[-1]]
        text = " ".join(sentences[k].text.strip() for k in members)
        extra.append(replace(head, index=UNIT_INDEX + number, end=tail.end, text=text))
    return Units([*sentences, *extra], [*eligible, *([True] * len(extra))], list(units))


class WithUnits(Selector):
    """Run ``selector`` on the sentences and their units (:func:`find_units`); a chosen unit gives its sentences.

    Args:
        selector: the selector that chooses among sentences and units alike.
        min_words, max_words: the sentence length limits (``BriefConfig``), applied to a unit as a whole.
        quality: the cache the selector reads the quality scores from (:class:`~.quality.QualityCache`), primed
            so that a unit scores as its first sentence (the one a reader meets first); None when the
            selector uses no scores.
        carry: which admitted sentences also get a unit, as if refused alone (None: only the refused ones).
    """

    def __init__(
        self,
        selector: Selector,
        *,
        min_words: int,
        max_words: int,
        quality: QualityCache | None,
        carry: Callable[[str], bool] | None = None,
    ) -> None:
        self.selector = selector
        self.carry = carry
        self.min_words = min_words
        self.max_words = max_words
        self.quality = quality
        self.name = selector.name

    def forget(self) -> None:
        """Drop the quality scores primed for the last pool with its units, then the wrapped selector's pool:
        :meth:`Selector.forget`."""
        if self.quality is not None:
            self.quality.forget()
        super().forget()

    def select(self, sentences: Sequence[Sentence], words: int, eligible: Sequence[bool]) -> list[int]:
        alone = eligible
        if self.carry is not None:  # also a unit for an admitted sentence that leans on the one before it
            alone = [ok and not self.carry(s.text) for ok, s in zip(eligible, sentences, strict=True)]
        found = find_units(sentences, alone, min_words=self.min_words, max_words=self.max_words)
        if not found:
            return self.selector.select(sentences, words, eligible)
        units = with_units(sentences, eligible, found)
        if self.quality is not None:
            scores = self.quality.scores(sentences)
            self.quality.prime(units.pool, [*scores, *(scores[u[0]] for u in found)])
        return units.expand(self.selector.select(units.pool, words, units.eligible))
