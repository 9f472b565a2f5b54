"""A chosen sentence that leans on its context gives way to another source's sentence of the same fact that stands."""

from __future__ import annotations

from newsbrief.config import BriefConfig
from newsbrief.pipeline import Briefer
from newsbrief.summarize.base import Selector
from newsbrief.summarize.quality import QualityCache, quality_scores
from newsbrief.summarize.twins import WithTwins, swap_twins
from synthetic import article_sentences

LEANS = "The company said its quarterly profit rose 20 percent to $5.2 billion on strong sales of its new phones."
TWIN = (
    "Acme Corp said on Monday that its quarterly profit rose 20 percent to $5.2 billion on strong sales of its new "
    "phones."
)
REPEAT = "Acme Corp said on Monday that its profit for the quarter rose 20 percent, helped by its phones."
A = [
    "Acme Corp reported record results for the third quarter on Monday in New York.",  # 0 the twin's fact in part
    LEANS,  # 1 opens with "The company"
    "Analysts had expected a smaller rise after a weak summer for the phone industry.",  # 2
]
B = [
    TWIN,  # 3 the same fact (P(same fact) 0.999 with 1), names the company
    "Shares of the firm climbed 4 percent in early trading in New York.",  # 4
    "The results come a week before the launch of a new tablet.",  # 5
]
SENTENCES = article_sentences("a", *A) + article_sentences("b", *B)
QUALITY = quality_scores(SENTENCES)
ALL = [True] * len(SENTENCES)


def _swap(chosen: list[int], words: int = 300, margin: float = 0.05, eligible: list[bool] = ALL) -> list[int]:
    return swap_twins(SENTENCES, chosen, eligible, QUALITY, words, threshold=0.97, margin=margin, repeat=0.45)


def test_a_sentence_that_leans_gives_way_to_its_twin_that_names_the_company() -> None:
    assert _swap([1, 4]) == [3, 4]


def test_a_sentence_read_after_its_source_predecessor_or_before_its_successor_stays() -> None:
    assert _swap([0, 1]) == [0, 1]  # read right after the sentence naming Acme: it stands in context
    assert _swap([1, 2]) == [1, 2]  # its successor is chosen: a run may lean on it


def test_no_swap_past_the_budget_the_margin_or_the_mask() -> None:
    words = sum(len(SENTENCES[k].text.split()) for k in (1, 4))
    assert _swap([1, 4], words=words) == [1, 4]  # the twin is longer and the budget is full
    assert _swap([1, 4], margin=1.0) == [1, 4]  # it must read alone better by the margin
    assert _swap([1, 4], eligible=[k != 3 for k in range(len(SENTENCES))]) == [1, 4]  # the mask refuses it


def test_no_swap_into_a_repeat_of_another_chosen_sentence() -> None:
    third = article_sentences("c", REPEAT, "The weather in New York was mild on Monday.")
    pool = SENTENCES + third
    scores = quality_scores(pool)

    def swap(chosen: list[int]) -> list[int]:
        return swap_twins(pool, chosen, [True] * len(pool), scores, 300, threshold=0.97, margin=0.05, repeat=0.45)

    assert swap([1, 4, 7]) == [3, 4, 7]
    assert swap([1, 4, 6]) == [1, 4, 6]  # sentence 6 states the twin's fact (P(same fact) 0.98)


def test_a_sentence_that_shows_no_cue_is_never_swapped() -> None:
    assert _swap([0, 4]) == [0, 4]


class _Chosen(Selector):
    """Chooses the given sentences whatever the budget: what any selection may hand the twin check."""

    def __init__(self, chosen: list[int]) -> None:
        self.chosen = chosen

    def select(self, sentences, words, eligible):  # type: ignore[no-untyped-def]
        return list(self.chosen)


def test_the_selector_wrapper_swaps_and_the_brief_turns_it_off_below_zero() -> None:
    wrapped = WithTwins(_Chosen([1, 4]), quality=QualityCache(), threshold=0.97, margin=0.05, repeat=0.45)
    assert [s.text for s in wrapped(SENTENCES, 300)] == [TWIN, B[1]]
    assert isinstance(Briefer(BriefConfig(words=300)).selector, WithTwins)
    assert not isinstance(Briefer(BriefConfig(words=300, twin_margin=-1)).selector, WithTwins)
