"""Single-pass story clustering (newsbrief.stories.cluster) and the story pipeline, on literal fixtures."""

from __future__ import annotations

import pytest

from newsbrief.errors import ConfigError
from newsbrief.model import Article
from newsbrief.stories import ClusterConfig, OnlineClusterer, StoryConfig, StoryStream, cluster_stories

EVEREST_1 = (
    "An avalanche triggered by the Nepal earthquake swept through Everest base camp on Saturday, killing at "
    "least 17 climbers and Sherpa guides. Helicopters will evacuate the injured climbers from base camp."
)
EVEREST_2 = (
    "Sherpa guides and foreign climbers were buried when the earthquake sent an avalanche into the Everest "
    "base camp in Nepal; rescuers said 17 people died and helicopters began flying injured climbers out."
)
ECB_1 = (
    "The European Central Bank kept interest rates unchanged and Mario Draghi said bond buying would "
    "continue until euro area inflation returns to target."
)
ECB_2 = (
    "Mario Draghi told reporters in Frankfurt that the central bank will keep buying bonds, leaving interest "
    "rates unchanged while inflation in the euro area stays far below target."
)
HURRICANE_1 = (
    "Hurricane Irma made landfall in the Florida Keys as a category 4 storm, flooding Miami streets and "
    "knocking out power to millions of homes."
)
HURRICANE_2 = (
    "Millions of Florida homes lost power as Hurricane Irma, a category 4 storm, hit the Keys and flooded "
    "streets in Miami."
)
TEMPLATE = "Tweet with a location: you can add location information to your tweets, such as your city."


def groups(clusters: list[list[str]]) -> set[frozenset[str]]:
    return {frozenset(c) for c in clusters}


def test_same_story_in_different_words_grouped_and_stories_separated() -> None:
    articles = [
        Article("e1", EVEREST_1),
        Article("b1", ECB_1),
        Article("h1", HURRICANE_1),
        Article("e2", EVEREST_2),
        Article("b2", ECB_2),
        Article("h2", HURRICANE_2),
    ]
    assert groups(cluster_stories(articles)) == {
        frozenset({"e1", "e2"}),
        frozenset({"b1", "b2"}),
        frozenset({"h1", "h2"}),
    }


def test_empty_input_gives_no_story() -> None:
    assert cluster_stories([]) == []


def test_one_article_is_one_story() -> None:
    assert cluster_stories([Article("only", EVEREST_1)]) == [["only"]]


def test_wire_copies_join_the_story_of_their_original() -> None:
    articles = [Article("e1", EVEREST_1), Article("b1", ECB_1), Article("e1-copy", EVEREST_1)]
    stories = list(StoryStream().add_all(articles))
    everest = next(s for s in stories if "e1" in s.articles)
    assert everest.articles == ("e1", "e1-copy")
    assert everest.duplicates == (("e1-copy", "e1"),)
    assert everest.kept == ("e1",)


def test_template_page_copied_many_times_becomes_boilerplate_singletons() -> None:
    articles = [Article(f"t{i}", TEMPLATE) for i in range(5)] + [Article("e1", EVEREST_1)]
    stories = list(StoryStream(StoryConfig(boilerplate_copies=5)).add_all(articles))
    assert sorted(s.articles for s in stories if s.boilerplate) == [(f"t{i}",) for i in range(5)]
    assert [s.articles for s in stories if not s.boilerplate] == [("e1",)]


def test_a_long_article_syndicated_many_times_stays_one_story() -> None:
    wire = " ".join([EVEREST_1, EVEREST_2] * 4)  # a full-length report, not a notice
    assert len(wire.split()) >= StoryConfig().boilerplate_max_words
    articles = [Article(f"w{i}", wire) for i in range(8)] + [Article("t0", TEMPLATE)]
    stories = list(StoryStream(StoryConfig(boilerplate_copies=5)).add_all(articles))
    wire_story = next(s for s in stories if "w0" in s.articles)
    assert not wire_story.boilerplate and wire_story.articles == tuple(f"w{i}" for i in range(8))
    assert wire_story.kept == ("w0",)
    # the same text counts as a template page once the length limit is above it
    config = StoryConfig(boilerplate_copies=5, boilerplate_max_words=10_000)
    assert all(s.boilerplate for s in StoryStream(config).add_all(articles[:8]))
    with pytest.raises(ConfigError, match="boilerplate_max_words"):
        StoryConfig(boilerplate_max_words=0)


def test_every_article_in_exactly_one_story() -> None:
    texts = [EVEREST_1, ECB_1, EVEREST_2, TEMPLATE, ECB_2, TEMPLATE, HURRICANE_1, "", EVEREST_1]
    articles = [Article(f"a{i}", t) for i, t in enumerate(texts)]
    ids = [a for story in cluster_stories(articles) for a in story]
    assert sorted(ids) == sorted(a.id for a in articles)


def test_dated_stream_closes_stories_outside_the_window() -> None:
    config = StoryConfig(cluster=ClusterConfig(window_days=3, idf_warmup=0))
    stream = StoryStream(config)
    assert stream.add(Article("e1", EVEREST_1, published="2015-04-25")) == []
    assert stream.add(Article("e2", EVEREST_2, published="2015-04-26")) == []
    closed = stream.add(Article("b1", ECB_1, published="2015-05-20"))
    assert [s.articles for s in closed] == [("e1", "e2")]
    assert (closed[0].first_published, closed[0].last_published) == ("2015-04-25", "2015-04-26")
    late = stream.add(Article("e3", EVEREST_1, published="2015-05-21"))  # a copy of a closed story's article
    assert [(s.articles, s.duplicates) for s in late] == [(("e3",), (("e3", "e1"),))]
    assert [s.articles for s in stream.finish()] == [("b1",)]


def test_undated_stream_keeps_at_most_max_active_stories_open() -> None:
    clusterer = OnlineClusterer(ClusterConfig(max_active=2, idf_warmup=0))
    closed = clusterer.add_all([Article("e1", EVEREST_1), Article("b1", ECB_1), Article("h1", HURRICANE_1)])
    assert [c.members for c in closed] == [["e1"]]
    assert clusterer.n_active == 2


def test_merge_pass_joins_stories_that_single_pass_split() -> None:
    articles = [Article("e1", EVEREST_1), Article("b1", ECB_1), Article("e2", EVEREST_2), Article("b2", ECB_2)]
    split = ClusterConfig(threshold=0.95, idf_warmup=0, merge_threshold=None)  # every article alone
    clusterer = OnlineClusterer(split)
    clusterer.add_all(articles)
    assert sorted(sorted(c.members) for c in clusterer.finish()) == [["b1"], ["b2"], ["e1"], ["e2"]]
    merging = OnlineClusterer(ClusterConfig(threshold=0.95, idf_warmup=0, merge_threshold=0.1))
    merging.add_all(articles)
    assert sorted(sorted(c.members) for c in merging.finish()) == [["b1", "b2"], ["e1", "e2"]]


def test_merge_pass_only_joins_stories_that_close_together() -> None:
    clusterer = OnlineClusterer(ClusterConfig(threshold=0.95, idf_warmup=0, window_days=3, merge_threshold=0.1))
    clusterer.add(Article("e1", EVEREST_1, published="2015-04-25"))
    clusterer.add(Article("e2", EVEREST_2, published="2015-04-25"))
    assert clusterer.n_active == 2  # single pass kept them apart
    closed = clusterer.add(Article("e3", EVEREST_1 + " Aftershocks went on.", published="2015-05-10"))
    assert [sorted(c.members) for c in closed] == [["e1", "e2"]]  # closed together, merged
    assert [c.members for c in clusterer.finish()] == [["e3"]]  # a later story is not glued onto a closed one


@pytest.mark.parametrize(
    "kwargs",
    [
        {"threshold": 0.0},
        {"threshold": 1.0},
        {"max_active": 0},
        {"window_days": 0},
        {"idf_warmup": -1},
        {"linkage": "single"},
        {"merge_threshold": 0.0},
        {"merge_threshold": 1.0},
    ],
)
def test_impossible_settings_are_refused(kwargs: dict[str, object]) -> None:
    with pytest.raises(ConfigError):
        ClusterConfig(**kwargs)  # type: ignore[arg-type]


def test_reused_id_is_an_error() -> None:
    with pytest.raises(ConfigError, match="added twice"):
        cluster_stories([Article("a", EVEREST_1), Article("a", ECB_1)])


def test_settle_places_articles_before_the_warm_up_and_keeps_stories_open() -> None:
    """A followed stream shows every article's story at the end of a run, and later articles still join it."""
    stream = StoryStream(StoryConfig(cluster=ClusterConfig(idf_warmup=1000)))
    for article in (Article("e1", EVEREST_1), Article("b1", ECB_1), Article("e2", EVEREST_2)):
        assert stream.add(article) == []  # still in the IDF warm-up
    assert stream.open_stories() == []
    assert stream.settle() == []
    opened = {frozenset(s.articles): s.cluster for s in stream.open_stories()}
    assert set(opened) == {frozenset({"e1", "e2"}), frozenset({"b1"})}
    stream.add(Article("b2", ECB_2))  # placed at once now, into the open ECB story
    after = {s.cluster: frozenset(s.articles) for s in stream.open_stories()}
    assert after[opened[frozenset({"b1"})]] == {"b1", "b2"}
    # the story numbers stay what they were from the first article on, and closing keeps them
    closed = {s.cluster: frozenset(s.articles) for s in stream.finish()}
    assert closed == after


def test_an_article_joins_only_a_story_within_the_window_of_its_date() -> None:
    """Out of time order (feeds read one after another), an old article does not revive a closed window."""
    config = StoryConfig(cluster=ClusterConfig(idf_warmup=0, window_days=7, merge_threshold=None))
    stream = StoryStream(config)
    stream.add(Article("e1", EVEREST_1, published="2015-04-25"))
    stream.add(Article("e2", EVEREST_2, published="2015-04-26"))
    # the same words in another order (not a near-duplicate copy), dated a year earlier
    stream.add(Article("old", " ".join(reversed(EVEREST_1.split())), published="2014-01-10"))
    stories = {frozenset(s.articles) for s in stream.finish()}
    assert frozenset({"e1", "e2"}) in stories
    assert frozenset({"old"}) in stories
