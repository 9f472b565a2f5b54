"""A preview a later report overtook does not open the brief of a story told over several days (session 18, peg19)."""

from __future__ import annotations

import pytest

from newsbrief.config import BriefConfig
from newsbrief.model import Article, Sentence, Span, SummarySentence
from newsbrief.pipeline import Briefer
from newsbrief.summarize.order import peg_first
from newsbrief.summarize.upcoming import announces, overtaken


@pytest.mark.parametrize(
    "text",
    [
        "More than 250,000 Iowans are expected to attend caucuses on Monday night.",
        "The first votes of the primary will be counted Tuesday in three tiny towns.",
        "A group of rabbis is planning to boycott the candidate's speech next week.",
        "Clinton is poised to shore up her delegate lead in Tuesday's primaries.",
        "Trump is set to meet the party's leaders on Monday.",
    ],
)
def test_a_clause_of_time_still_to_come_announces(text: str) -> None:
    assert announces(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ted Cruz defeated Donald Trump in the Iowa caucuses on Monday.",
        # an announcement reported is done: the saying comes first
        "Ryan's office announced Friday that Ryan will meet with Trump on Thursday.",
        "The committee said Wednesday that it will award the medal to the two balloonists.",
        # no verb of the sentence: a participle after a noun, a noun's plan
        "In a year expected to produce record turnout, there are few signs of a surge.",
        "California's plan to raise its minimum wage would put the state in uncharted territory.",
        "The campaign is making its biggest ad buy, with plans to spend $10 million.",
    ],
)
def test_what_happened_or_was_said_does_not_announce(text: str) -> None:
    assert not announces(text)


def _sentence(article: str, text: str) -> Sentence:
    return Sentence(text=text, article_id=article, index=0, start=0, end=len(text))


def test_only_a_preview_with_a_later_report_is_overtaken() -> None:
    articles = [
        Article(id="a", text="x", published="2016-02-01"),
        Article(id="b", text="x", published="2016-02-02T08:00:00"),
        Article(id="c", text="x", published="2016-02-02"),
    ]
    chosen = [_sentence("a", "p"), _sentence("b", "p"), _sentence("c", "r")]
    assert overtaken(chosen, articles, [True, True, False]) == [True, False, False]  # the day, not the hour
    undated = [Article(id=a.id, text="x") for a in articles]
    assert overtaken(chosen, undated, [True, True, False]) == [False, False, False]


def test_an_unreadable_date_overtakes_nothing_and_zones_compare_as_one_moment() -> None:
    """review42: days were compared as text, so "Feb 3, 2016" (not ISO) was later than every ISO day and made every
    dated preview overtaken; and the same moment written in two zones could fall on two days."""
    chosen = [_sentence("a", "p"), _sentence("b", "p")]
    unreadable = [Article(id="a", text="x", published="2016-02-01"), Article(id="b", text="x", published="Feb 3, 2016")]
    assert overtaken(chosen, unreadable, [True, True]) == [False, False]
    zones = [
        Article(id="a", text="x", published="2016-02-01T23:30:00-05:00"),  # 04:30 UTC on the 2nd
        Article(id="b", text="x", published="2016-02-02T05:00:00Z"),
    ]
    assert overtaken(chosen, zones, [True, True]) == [False, False]


def _item(article: str, text: str) -> SummarySentence:
    return SummarySentence(text=text, source=Span(article, 0, len(text), text, 1.0), support=())


def test_an_overtaken_preview_gives_way_to_a_lead_that_announces_nothing() -> None:
    summary = [
        _item("a", "More than 250,000 Iowans are expected to attend caucuses on Monday night."),
        _item("b", "Trump was at the top of the last 10 polls in Iowa, but lost to Ted Cruz by three points."),
        _item("c", "Trump is set to campaign in New Hampshire on Tuesday."),
    ]
    central = [0.14, 0.11, 0.12]
    assert peg_first(summary, [0.0] * 3, central=central) == summary  # the preview is the most central
    moved = peg_first(
        summary, [0.0] * 3, central=central, overtaken=[True, False, False], announcing=[True, False, True]
    )
    assert moved[0] == summary[1]
    # never to another preview: with only a preview left, the brief opens as before
    assert (
        peg_first(summary[::2], [0.0] * 2, central=[0.14, 0.12], overtaken=[True, False], announcing=[True, True])
        == summary[::2]
    )
    # an overtaken lead never rises over one that is not, however central
    assert (
        peg_first(summary[1::-1], [0.0] * 2, central=[0.11, 0.14], overtaken=[False, True], announcing=[False, True])[0]
        == summary[1]
    )


def test_the_brief_of_a_story_over_two_days_opens_on_the_result_not_the_preview() -> None:
    """Two sources; the preview is the more central lead (it shares the story's words), the result is reported the
    next day. With the rule off the preview opens; on, the result."""
    articles = [
        Article(
            id="preview",
            published="2016-02-01",
            text="Thousands of Iowa voters are expected to attend the Iowa caucuses on Monday night to choose between "
            "Ted Cruz and Donald Trump in the Iowa caucuses. Cruz and Trump held rallies across Iowa on Sunday. "
            "Polls in Iowa showed Trump ahead of Cruz.",
        ),
        Article(
            id="result",
            published="2016-02-02",
            text="Texas Senator Ted Cruz won the Republican contest on Monday, beating the businessman by four "
            "points. Cruz thanked voters in Iowa at a rally in Des Moines. Trump said he was honored to finish "
            "second in the Iowa caucuses.",
        ),
    ]
    off = Briefer(BriefConfig(words=80, analysis=False, peg_upcoming=False))(articles)
    on = Briefer(BriefConfig(words=80, analysis=False))(articles)
    assert off.summary[0].source.article_id == "preview"
    assert on.summary[0].source.article_id == "result"
    assert sorted(s.text for s in on.summary) == sorted(s.text for s in off.summary)  # order only


def test_will_in_its_other_forms() -> None:
    assert announces("New Hampshire's independent voters won't by themselves determine the winners on Tuesday.")
    assert announces("Voters won’t decide the race alone.") and announces("She’ll campaign in Iowa on Monday.")
