"""A news brief leaves out the judgements of a source that may be an opinion piece (``pieces_out_of_news``)."""

from __future__ import annotations

import pytest

from newsbrief import Article, BriefConfig, ConfigError, brief
from newsbrief.summarize.genre import kept_out_of_news, opinion_probabilities
from newsbrief.summarize.opinion import opinion_scores
from synthetic import NEWS_REPORT, REVIEW, sentences_in

#: A second wire report of the same opening, in plain reporting.
SECOND_REPORT = (
    "The horror remake earned $25 million in its first weekend, the studio said on Sunday. "
    "It opened in 2,000 theaters across the United States and Canada, according to the distributor. "
    "The film was directed by Fede Alvarez and produced by Sam Raimi, the studio said. "
    "Its budget was about $17 million, according to people familiar with the production. "
    "The studio said it would open the film in 40 more countries in May."
)


def _story() -> list[Article]:
    return [
        Article("rev", REVIEW, outlet="Variety"),
        Article("news", NEWS_REPORT, outlet="Reuters"),
        Article("wire", SECOND_REPORT, outlet="AP"),
    ]


def _kept_out(ids: list[str], declared: frozenset[str] = frozenset()) -> dict[str, int]:
    texts = {"rev": REVIEW, "news": NEWS_REPORT, "wire": SECOND_REPORT}
    sents = [s for aid in ids for s in sentences_in(aid, texts[aid])]
    scores = opinion_scores(sents)
    probs = opinion_probabilities(sents, scores, 0.5)
    out = kept_out_of_news(sents, scores, probs, declared, piece_cut=0.5, verdict_cut=0.2)
    counts = dict.fromkeys(ids, 0)
    for s, o in zip(sents, out, strict=True):
        counts[s.article_id] += o
    return counts


def test_a_news_brief_keeps_out_the_reviews_verdicts_and_none_of_the_reports() -> None:
    counts = _kept_out(["rev", "news", "wire"])
    assert counts["rev"] >= 5 and counts["news"] == 0 and counts["wire"] == 0


def test_a_brief_that_is_not_mostly_news_keeps_every_sentence() -> None:
    assert sum(_kept_out(["rev", "news"]).values()) == 0  # one piece of two sources: not a news brief
    assert sum(_kept_out(["rev"]).values()) == 0  # a review alone keeps its verdicts (and their notes)
    # a report that declares itself an opinion piece counts as one: two of three, not a news brief
    assert sum(_kept_out(["rev", "news", "wire"], frozenset({"wire"})).values()) == 0


def test_the_brief_takes_no_review_verdict_with_the_setting_and_some_without() -> None:
    before = brief(_story(), words=300, analysis=False)
    after = brief(_story(), words=300, analysis=False, pieces_out_of_news=0.5)
    assert any(s.source.article_id == "rev" for s in before.summary)
    assert all(s.source.article_id != "rev" for s in after.summary)
    assert after.summary and {s.source.article_id for s in after.summary} <= {"news", "wire"}


def test_the_setting_is_off_by_default_and_checked() -> None:
    assert BriefConfig().pieces_out_of_news == 0.0
    with pytest.raises(ConfigError):
        BriefConfig(pieces_out_of_news=1.5)


def test_the_setting_does_nothing_where_opinion_is_omitted_or_off() -> None:
    """review31: the option is read only with ``opinion`` "attribute" or "source" (``pipeline.Briefer._brief``
    takes it in the branch after "omit"), as its docstring now says; a caller who sets it with "omit" or "off"
    gets the brief without it."""

    def texts(**settings: object) -> list[str]:
        return [s.text for s in brief(_story(), words=300, analysis=False, **settings).summary]

    for opinion in ("omit", "off"):
        assert texts(opinion=opinion, pieces_out_of_news=0.5) == texts(opinion=opinion)
    assert texts(opinion="source", pieces_out_of_news=0.5) != texts(opinion="source")
