"""Reading order: leads first by depth, and the news peg (the lead most sources report) at the top."""

from __future__ import annotations

from newsbrief.model import Article, Sentence, Span, SummarySentence
from newsbrief.summarize.order import depth, order_sentences, peg_first


def _item(article: str, text: str, supporters: tuple[str, ...] = ()) -> SummarySentence:
    support = tuple(Span(a, 0, len(text), text, 0.99) for a in supporters)
    return SummarySentence(text=text, source=Span(article, 0, len(text), text, 1.0), support=support)


def test_leads_before_details_and_depth_ties() -> None:
    arts = [Article(id="a", text="x"), Article(id="b", text="y")]
    sents = [Sentence("b", 0, 0, 1, "B lead."), Sentence("a", 8, 0, 1, "A detail."), Sentence("a", 0, 0, 1, "A lead.")]
    ordered = order_sentences(sents, arts, {"a": 10, "b": 10})
    assert [s.text for s in ordered] == ["A lead.", "B lead.", "A detail."]
    assert depth(sents[1], {"a": 10}) == 0.8


def test_the_lead_most_sources_report_goes_first() -> None:
    summary = [
        _item("a", "A senior Tory refused to rule out joining the group."),
        _item("b", "Seven Labour MPs resigned from the party on Monday.", ("a", "c")),
        _item("c", "The group will sit as independents, it said."),
    ]
    out = peg_first(summary, [0.0, 0.0, 0.0])
    assert [s.source.article_id for s in out] == ["b", "a", "c"]


def test_a_detail_never_opens_the_brief() -> None:
    summary = [
        _item("a", "A senior Tory refused to rule out joining the group."),
        _item("b", "Unison called on Labour to take a long look at the reasons.", ("a", "c")),
    ]
    assert peg_first(summary, [0.0, 0.5]) == summary  # the better-supported sentence is from deeper


def test_equal_support_goes_to_the_lead_that_reads_better() -> None:
    summary = [
        _item("a", "Corbyn said he was disappointed."),
        _item("b", "Labour leader Jeremy Corbyn said he was disappointed that seven MPs had resigned."),
    ]
    assert peg_first(summary, [0.0, 0.0], [0.1, 0.7])[0].source.article_id == "b"
    assert peg_first(summary, [0.0, 0.0], [0.7, 0.1]) == summary
    assert peg_first(summary, [0.0, 0.0]) == summary  # no scores: ties keep reading order


def test_short_summaries() -> None:
    assert peg_first([], []) == []
    one = [_item("a", "Seven Labour MPs resigned.")]
    assert peg_first(one, [0.0]) == one
