"""The note on a news report's sentence decided by the sentence-level judgement model (issue 10,
``BriefConfig.news_note_judgement``): 61 of 71 dev wrong notes were news-report sentences over the verdict model's
bar (BENCHMARKS.md, session 19, notes22)."""

from __future__ import annotations

import pytest

from newsbrief import BriefConfig
from newsbrief.errors import ConfigError
from newsbrief.model import Sentence
from newsbrief.summarize.genre import NEWS, OPINION, news_judged


def _sentences(ids: list[str]) -> list[Sentence]:
    return [Sentence(aid, k, 100 * k, 100 * k + 50, f"Sentence {k}.") for k, aid in enumerate(ids)]


def test_news_reports_follow_the_judgement_model_and_opinion_pieces_keep_their_verdicts() -> None:
    sents = _sentences(["news", "news", "news", "col", "col"])
    genres = {"news": NEWS, "col": OPINION}
    verdict = [True, False, True, True, False]
    judgement = [0.2, 0.9, 0.55, 0.0, 0.99]
    # a news sentence: noted by its judgement score alone, either way; a column's: its verdict whatever the score
    assert news_judged(sents, verdict, genres, judgement, 0.55) == [False, True, True, True, False]


def test_a_source_of_no_known_genre_is_judged_as_news() -> None:
    sents = _sentences(["unknown"])
    assert news_judged(sents, [True], {}, [0.1], 0.55) == [False]


@pytest.mark.parametrize("cut", [-0.1, 1.5])
def test_the_cut_is_a_probability(cut: float) -> None:
    with pytest.raises(ConfigError, match="news_note_judgement"):
        BriefConfig(news_note_judgement=cut)


def test_the_verdict_rules_own_judgement_switch_is_no_silent_no_op() -> None:
    """``news_note_needs_judgement`` shapes the verdict model's rule for news reports, which
    ``news_note_judgement`` (on by default) replaces: set together, one would be ignored unsaid (review46)."""
    with pytest.raises(ConfigError, match=r"news_note_needs_judgement.*news_note_judgement"):
        BriefConfig(news_note_needs_judgement=True)
    BriefConfig(news_note_needs_judgement=True, news_note_judgement=0.0)  # the verdict rule, with its switch
