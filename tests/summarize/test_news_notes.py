"""The learned decision on news reports' notes (issue 10, ``BriefConfig.news_note_gate``): a verdict on a sentence
of a source taken for news keeps its "in the view of X's writer" note only where a model fitted on the sentence
labels backs it; an opinion piece's notes stay. On the dev trust briefs 61 of 66 notes on news reports' sentences
were wrong (session 18, notes20)."""

from __future__ import annotations

import pytest

from newsbrief import Article, BriefConfig, ConfigError, brief
from newsbrief.model import Sentence
from newsbrief.package_data import read_json
from newsbrief.pipeline import story_sentences
from newsbrief.summarize.genre import NEWS, OPINION, opinion_probabilities
from newsbrief.summarize.news_notes import FEATURES, default_cut, feature_rows, gated_verdicts, note_scores
from newsbrief.summarize.opinion import opinion_scores
from synthetic import FEATURE_STORY, NEWS_REPORT, REVIEW


def test_only_a_news_reports_verdict_under_the_cut_loses_its_note() -> None:
    texts = [("news", "a"), ("news", "b"), ("rev", "c"), ("rev", "d"), ("news", "e")]
    sents = [Sentence(aid, k, k * 10, k * 10 + 1, t) for k, (aid, t) in enumerate(texts)]
    genres = {"news": NEWS, "rev": OPINION}
    verdict = [True, True, True, False, False]
    scores = [0.7, 0.3, 0.1, 0.9, 0.9]
    # a news verdict over the cut stands, under it goes; an opinion piece's verdict stands whatever the score;
    # the gate never adds a note
    assert gated_verdicts(sents, verdict, scores, genres, cut=0.6) == [True, False, True, False, False]
    assert gated_verdicts(sents, verdict, scores, genres, cut=0.2) == [True, True, True, False, False]


def _story() -> list[Article]:
    return [
        Article("rev", REVIEW, outlet="Variety"),
        Article("news", NEWS_REPORT, outlet="Reuters"),
        Article("feat", FEATURE_STORY, outlet="The Valley Times"),
    ]


def test_the_shipped_model_scores_verdicts_high_and_reported_facts_low() -> None:
    done = brief(_story(), words=300, analysis=False)
    sents = [s for a in done.sources for s in story_sentences(a)]
    genre_p = opinion_probabilities(sents, opinion_scores(sents), 0.5)
    p = dict(zip((s.text for s in sents), note_scores(sents, genre_p), strict=True))
    assert p["The new film has none of the first movie's charm, and the acting is terrible."] > 0.9
    assert p["The remake opened in 2,000 theaters on Friday, the studio said."] < 0.1
    assert p["Raimi served as a producer on the remake, the studio said."] < 0.1
    # a feature's plain fact scores under its own evaluative sentence
    assert (
        p["Her bread is now sold in shops across the valley."]
        < p["Neighbours line up before dawn for the famous sourdough."]
    )


def test_the_brief_keeps_its_sentences_and_loses_only_news_notes() -> None:
    off = brief(_story(), words=300, analysis=False)
    on = brief(_story(), words=300, analysis=False, news_note_gate=default_cut())
    assert [s.text for s in on.summary] == [s.text for s in off.summary]  # display only
    noted_off = {s.text for s in off.summary if s.view_of}
    noted_on = {s.text for s in on.summary if s.view_of}
    assert noted_on < noted_off  # the gate only takes notes away
    assert "Her bread is now sold in shops across the valley." in noted_off - noted_on
    # the review (an opinion piece) keeps every note
    assert {s.text for s in off.summary if s.view_of and s.source.article_id == "rev"} <= noted_on


def test_the_weights_name_the_features_in_order_and_the_cut_was_chosen() -> None:
    doc = read_json("news_notes.json")
    assert tuple(doc["features"]) == FEATURES
    assert 0.0 < default_cut() < 1.0
    rows = feature_rows([Sentence("a", 0, 0, 10, "It is good.")], 0.5, False, True)
    assert rows.shape == (1, len(FEATURES))
    assert rows[0][FEATURES.index("wire_copy")] == 1.0


def test_the_default_and_bad_values() -> None:
    assert BriefConfig().news_note_gate == 0.0
    with pytest.raises(ConfigError, match="news_note_gate"):
        BriefConfig(news_note_gate=1.5)
    with pytest.raises(ConfigError, match="news_note_gate and judgement_notes"):
        BriefConfig(news_note_gate=0.6, judgement_notes=0.5)
