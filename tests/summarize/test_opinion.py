"""The writer's verdicts: scored from literal sentences, attributed in the brief and in every renderer."""

from __future__ import annotations

import json
import re

import pytest

from newsbrief import Article, BriefConfig, ConfigError, brief
from newsbrief.render import render
from newsbrief.summarize.opinion import default_threshold, holder, opinion_scores, sentence_features
from synthetic import sentences_in

REVIEW = (
    "I loved every minute of this gorgeous, ridiculous remake. "
    "The new film has none of the first movie's charm, and the acting is terrible. "
    "You will probably want to see it twice, though it is far too long."
)
NEWS = (
    "The remake opened in 2,000 theaters on Friday, the studio said. "
    'Critics were divided: the film is "a gorgeous, ridiculous mess," Variety\'s critic wrote. '
    "The studio reported $25 million in ticket sales over the weekend, according to Box Office Mojo."
)


def test_review_verdicts_score_high_and_news_low() -> None:
    review, news = sentences_in("r", REVIEW), sentences_in("n", NEWS)
    scores = opinion_scores(review + news)
    t = default_threshold()
    assert all(p >= t for p in scores[: len(review)])
    assert all(p < t for p in scores[len(review) :])


def test_a_critics_quoted_verdict_with_its_speaker_is_news() -> None:
    # The look-alike that must stay: the verdict is inside quotes and attributed, so not the writer's.
    text = 'Critics were divided: the film is "a gorgeous, ridiculous mess," Variety\'s critic wrote.'
    own = sentence_features(text, lexicon={"gorgeous": 1.0, "ridiculous": 1.0})
    assert own[3] == 0.0  # no subjective adjective outside the quotation
    assert own[5] == 1.0  # attribution


def test_first_person_inside_a_quote_is_not_the_writers_voice() -> None:
    quoted = sentence_features('"I think we will win," the senator said.', lexicon={})
    own = sentence_features("I think we will win, and so should you.", lexicon={})
    assert quoted[:3] == [0.0, 0.0, 0.0]
    assert own[:3] == [1.0, 1.0, 1.0]


def _story() -> list[Article]:
    return [
        Article("rev", REVIEW, outlet="Variety"),
        Article("news", NEWS, outlet="Reuters"),
    ]


def test_brief_attributes_the_writers_verdicts_and_renders_them() -> None:
    # sentence by sentence: the source's genre (tests/summarize/test_genre.py) is not decided here
    result = brief(_story(), words=200, analysis=False, opinion="attribute", genre=False)
    views = {s.source.article_id: s.view_of for s in result.summary}
    assert views.get("rev") == "Variety's writer"
    assert "news" in views and views["news"] is None
    assert "in the view of Variety's writer" in render(result, "md")
    text = " ".join(render(result, "text").split())
    assert "in the view of Variety's writer" in text
    # in running prose a note after the citation reads as the lead-in of the next sentence: it goes before it
    assert re.search(r"\. \(in the view of Variety's writer\) (\[\d\])+", text)
    assert not re.search(r"\] \(in the view of", text)
    assert "in the view of Variety&#39;s writer" in render(result, "html") or (
        "in the view of Variety's writer" in render(result, "html")
    )
    doc = json.loads(render(result, "json"))
    assert {s["view_of"] for s in doc["summary"]} == {"Variety's writer", None}


def test_the_note_is_on_by_default_and_display_only() -> None:
    # issue 10, session 12: with the note off, opinion shown as fact rose from 8 to 46 of 190 held-out sentences
    noted = brief(_story(), words=200, analysis=False)
    plain = brief(_story(), words=200, analysis=False, opinion="off")
    assert all(s.view_of is None for s in plain.summary)
    assert any(s.view_of for s in noted.summary)
    assert [s.text for s in plain.summary] == [s.text for s in noted.summary]  # the note is display only


def test_omit_keeps_verdicts_out_and_off_leaves_them_unmarked() -> None:
    omitted = brief(_story(), words=200, analysis=False, opinion="omit")
    assert {s.source.article_id for s in omitted.summary} == {"news"}
    plain = brief(_story(), words=200, analysis=False, opinion="off")
    assert all(s.view_of is None for s in plain.summary)
    assert "rev" in {s.source.article_id for s in plain.summary}


def test_holder_without_an_outlet() -> None:
    assert holder(Article("a", "x")) == "the writer"


def test_bad_opinion_setting() -> None:
    with pytest.raises(ConfigError, match="opinion must be one of"):
        BriefConfig(opinion="hide")
    with pytest.raises(ConfigError, match="opinion_threshold"):
        BriefConfig(opinion_threshold=0.0)
