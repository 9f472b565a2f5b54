"""Reading order: leads first by depth, and the news peg (the lead most sources report) at the top."""

from __future__ import annotations

from pathlib import Path

from newsbrief.config import BriefConfig
from newsbrief.ingest.jsonl import read_clusters
from newsbrief.model import Article, Sentence, Span, SummarySentence
from newsbrief.pipeline import Briefer
from newsbrief.summarize.lede import sets_the_scene
from newsbrief.summarize.order import continues, depth, keep_runs_together, order_sentences, peg_first
from newsbrief.summarize.quality import speaks_to_reader


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


def _sent(article: str, index: int, text: str = "x.") -> Sentence:
    return Sentence(article, index, 0, 1, text)


def test_a_sentence_follows_the_one_before_it_in_its_source() -> None:
    # Depth order put b's lead between a:3 and a:4; the run a:3-a:4 is read together where it starts.
    ordered = [_sent("a", 3), _sent("b", 0), _sent("a", 4), _sent("c", 1), _sent("a", 6)]
    out = keep_runs_together(ordered)
    assert [(s.article_id, s.index) for s in out] == [("a", 3), ("a", 4), ("b", 0), ("c", 1), ("a", 6)]
    assert continues(out) == [False, True, False, False, False]  # a:6 is not a:5's continuation
    assert keep_runs_together([_sent("a", 2), _sent("b", 2)]) == [_sent("a", 2), _sent("b", 2)]


def test_a_run_is_placed_where_its_earliest_member_was_moved() -> None:
    # introductions_first may move the later member up: the run goes there, in source order.
    out = keep_runs_together([_sent("b", 0), _sent("a", 5), _sent("c", 0), _sent("a", 4)])
    assert [(s.article_id, s.index) for s in out] == [("b", 0), ("a", 4), ("a", 5), ("c", 0)]


def test_the_peg_takes_its_continuation_along_and_never_leaves_one_behind() -> None:
    summary = [
        _item("a", "A senior Tory refused to rule out joining the group."),
        _item("b", "Seven Labour MPs resigned from the party on Monday.", ("a", "c")),
        _item("b", "The group will sit as independents."),
        _item("b", "They said the party had been hijacked.", ("a", "c")),
    ]
    out = peg_first(summary, [0.0] * 4, follows=[False, False, True, True])
    assert [s.text[:5] for s in out] == ["Seven", "The g", "They ", "A sen"]
    # the best-supported sentence continues another one: it does not move away from it alone
    summary2 = [summary[0], summary[2], summary[3]]
    assert peg_first(summary2, [0.0] * 3, follows=[False, False, True]) == summary2


def test_a_furniture_like_sentence_never_opens_the_brief() -> None:
    promo = _item("c", 'Shop or "Skip" The choice to shop is always yours!')
    lead = _item("b", "Business ownership is the latest must-have among women on the A-List.")
    detail = _item("b", "Stars including Halle Berry have launched businesses in recent years.")
    # the quality model rated the promo above the lead it would displace: the floor keeps it from the top
    assert peg_first([lead, promo], [0.0, 0.0], [0.3, 0.6], furniture=[False, True]) == [lead, promo]
    # a promo already first gives way to the best lead that is not furniture, whatever its support
    assert peg_first([promo, lead], [0.0, 0.0], [0.6, 0.3], furniture=[True, False]) == [lead, promo]
    # no lead left: the first sentence of the summary that is not furniture, even from deeper
    assert peg_first([promo, detail], [0.0, 0.4], furniture=[True, False]) == [detail, promo]
    assert peg_first([promo, promo], [0.0, 0.0], furniture=[True, True]) == [promo, promo]


def test_a_scene_setting_lede_gives_way_to_the_news() -> None:
    scene = _item("a", "Slowly but surely, a four-lane highway is taking shape on the empty steppe.", ("b",))
    news = _item("b", "China and Kazakhstan signed a deal on Monday to finish the road by 2020.")
    detail = _item("a", "The road could one day stretch from eastern Asia to Western Europe.")
    lone_scene = _item("a", scene.text)
    assert peg_first([lone_scene, news], [0.0, 0.0], scene=[True, False]) == [news, lone_scene]
    # the 'scene' is reported by more sources than the other lead: news they share (the detector is weak), it stays
    assert peg_first([scene, news], [0.0, 0.0], scene=[True, False]) == [scene, news]
    # furniture gives way whatever the support
    assert peg_first([scene, news], [0.0, 0.0], furniture=[True, False]) == [news, scene]
    # no other lead: the scene stays first (a detail from deeper leans on its article), unlike furniture
    assert peg_first([scene, detail], [0.0, 0.4], scene=[True, False]) == [scene, detail]
    assert peg_first([scene, detail], [0.0, 0.4], furniture=[True, False]) == [detail, scene]
    # every sentence a scene, or a scene next to furniture: the order stays
    assert peg_first([scene, scene], [0.0, 0.0], scene=[True, True]) == [scene, scene]
    assert peg_first([scene, news], [0.0, 0.0], furniture=[False, True], scene=[True, False]) == [scene, news]
    assert peg_first([scene, news], [0.0, 0.0]) == [scene, news]  # without the detector's verdicts: as before


def test_the_promo_that_once_opened_a_brief_does_not(data_dir: Path) -> None:
    """multinews-val-1297 (session 5's reading): a subscription promo ("... is always yours!") was lifted to the top."""
    cluster = next(c for c in read_clusters(data_dir / "multinews" / "val_raw.jsonl") if c.id == "multinews-val-1297")
    brief = Briefer(BriefConfig(words=250, analysis=False))(cluster.articles)
    assert brief.summary and not speaks_to_reader(brief.summary[0].text)
    assert not brief.summary[0].text.startswith("Shop or")


def test_the_anecdote_that_opened_a_brief_gives_way_to_the_news(data_dir: Path) -> None:
    """multinews-val-1397: a feature's anecdote ("When 6-week-old Areej Ali's body was pulled from the roof of a
    balky Brooklyn elevator, ...") opened the brief; another source's lead says what happened."""
    cluster = next(c for c in read_clusters(data_dir / "multinews" / "val_raw.jsonl") if c.id == "multinews-val-1397")
    before = Briefer(BriefConfig(words=300, analysis=False, peg_central=False))(cluster.articles)  # news_first off
    after = Briefer(BriefConfig(words=300, analysis=False, news_first=True, peg_central=False))(cluster.articles)
    assert before.summary[0].text.startswith("When 6-week-old")
    assert after.summary[0].text.startswith("A 6-week-old baby died Thursday")
    assert {s.text for s in after.summary} == {s.text for s in before.summary}  # order only: the scene stays


def test_a_news_lede_several_sources_carry_stays_first_though_the_detector_calls_it_a_scene() -> None:
    """review28's look-alike: the detector takes "Speaking at a rally ..., Clinton promised ..." for a scene (it
    reads the participle opener); three sources report it, and a one-source reaction took its place at the top."""
    lead = (
        "Speaking at a rally in Columbus on Tuesday, Hillary Clinton promised to raise the federal minimum wage to $15"
    )
    openings = (
        f"{lead} an hour.",
        f"{lead} an hour if elected.",
        "Speaking at a Columbus rally on Tuesday, Hillary Clinton promised to raise the federal minimum wage to $15 "
        "an hour.",
    )
    rest = (
        "Clinton said millions of workers could not live on the current wage of $7.25.",
        "Republicans said the plan would cost jobs at small businesses.",
        "The campaign did not say how the increase would be phased in.",
    )
    articles = [Article(id=f"a{k}", text=f"{o}\n\n{r}") for k, (o, r) in enumerate(zip(openings, rest, strict=True))]
    reaction = "A union leader in Ohio praised the wage plan as a lifeline for fast-food workers."
    articles.append(Article(id="d", text=f"{reaction}\n\nThe union has 40,000 members in the state."))
    assert sets_the_scene(openings[0]) and not sets_the_scene(reaction)
    brief = Briefer(BriefConfig(words=80, analysis=False))(articles)
    assert brief.summary[0].text.startswith("Speaking at a rally") and brief.summary[0].n_sources == 3


def test_among_leads_as_well_supported_the_most_central_goes_first() -> None:
    """peg18: in a story told over several days support is 1 for nearly every lead, so a later report's follow-up
    opened the brief; the lead closest to the other sources' text (the event they are about) now does."""
    summary = [
        _item("a", "The senator said on Friday she would not endorse anyone yet."),
        _item("b", "The candidates clashed over trade and taxes in Thursday's debate in Iowa."),
        _item("c", "Voters in Iowa watched the debate closely."),
    ]
    assert peg_first(summary, [0.0] * 3, central=[0.05, 0.4, 0.2])[0].source.article_id == "b"
    assert peg_first(summary, [0.0] * 3, central=[0.4, 0.4, 0.2]) == summary  # ties: as before
    assert peg_first(summary, [0.0] * 3, [0.3, 0.6, 0.9], central=[0.05, 0.4, 0.2])[0] == summary[1]
    # central but leaning on the sentence before it: a lead that stands alone and is nearly as central opens
    leaning = [
        _item("a", "That's the consensus of experts, who weren't surprised that the FBI did not recommend charges."),
        _item("b", "The attorney general said on Wednesday that no charges would be brought in the email inquiry."),
    ]
    assert peg_first(leaning, [0.0, 0.0], [0.40, 0.89], central=[0.17, 0.14])[0] == leaning[1]
    assert peg_first(leaning, [0.0, 0.0], [0.40, 0.89], central=[0.17, 0.01])[0] == leaning[0]
    supported = [summary[0], summary[1], _item("c", "Voters in Iowa watched the debate closely.", ("a", "b"))]
    assert peg_first(supported, [0.0] * 3, central=[0.05, 0.4, 0.2])[0] == supported[2]  # support comes first
    assert peg_first(summary, [0.0, 0.0, 0.5], central=[0.05, 0.1, 0.9])[0] == summary[1]  # never from deeper


def _story() -> list[Article]:
    """Three reports of one debate; the first in input order is a later day's follow-up about one candidate."""
    debate = (
        "Republican candidates clashed over trade, taxes and immigration in a televised debate in Des Moines on "
        "Thursday night. "
    )
    return [
        Article(
            id="a",
            text="Ohio Governor John Kasich told a radio host on Saturday morning that he regretted a joke about a "
            "rival's golf game he made at the Republican debate in Des Moines. Kasich said the remark had been meant "
            "kindly. He will campaign in New Hampshire on Monday, his aides said.",
        ),
        Article(
            id="b",
            text=debate + "The candidates argued about trade with China and taxes on the middle class during the "
            "debate. Immigration drew the sharpest exchanges of the debate in Des Moines.",
        ),
        Article(
            id="c",
            text="Seven Republican candidates met in Des Moines for a debate on Thursday about trade, taxes and "
            "immigration. Trade and taxes took most of the debate's two hours. Several candidates attacked each "
            "other over immigration.",
        ),
    ]


def test_the_follow_up_lead_is_the_least_central() -> None:
    """The score peg_first reads: a later day's follow-up lead is further from the other sources' text than the
    leads about the debate they all report; a story of one source has no score."""
    from newsbrief.summarize.central import centrality

    prepared = Briefer(BriefConfig(words=80, analysis=False)).sources(_story())
    assert prepared is not None
    sentences = prepared.sentences
    leads = [s for s in sentences if s.index == 0]
    scores = dict(zip([s.article_id for s in leads], centrality(leads, sentences) or [], strict=True))
    assert set(scores) == {"a", "b", "c"}
    assert scores["a"] < min(scores["b"], scores["c"])
    assert centrality(leads[:1], [s for s in sentences if s.article_id == "a"]) is None
