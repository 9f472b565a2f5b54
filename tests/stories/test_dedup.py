"""Near-duplicate detection (newsbrief.stories.dedup) on literal-text fixtures."""

from __future__ import annotations

import pytest

from newsbrief.errors import ConfigError
from newsbrief.model import Article
from newsbrief.stories import DedupConfig, DedupIndex, deduplicate, shingles

WIRE = (
    "KATHMANDU, Nepal (AP) - An avalanche swept through the base camp of Mount Everest on Saturday after a "
    "magnitude 7.8 earthquake struck Nepal, killing at least 17 climbers and guides and injuring dozens, "
    "officials said. Helicopters were expected to reach the camp at first light on Sunday to carry the "
    "injured down the mountain, the tourism ministry said. Hundreds of climbers had gathered at the camp "
    "to attempt the summit during the short window in May before the monsoon arrives."
)
# The same wire copy as a second outlet ran it: its own dateline and a footer, one word changed.
WIRE_COPY = (
    "Posted 6:14 PM. " + WIRE.replace("dozens", "scores") + " Copyright 2015 The Associated Press. All rights reserved."
)
OTHER = (
    "The European Central Bank left its main interest rate unchanged on Thursday and said it would keep "
    "buying government bonds until inflation returns to its target, President Mario Draghi told reporters "
    "in Frankfurt, adding that the recovery in the euro area remained fragile and uneven across members."
)


def test_wire_copy_is_detected_and_other_story_kept() -> None:
    articles = [Article("a", WIRE), Article("b", OTHER), Article("c", WIRE_COPY)]
    assert deduplicate(articles) == {"a": ["c"], "b": []}


def test_exact_repeat_is_a_duplicate_of_the_first_copy() -> None:
    articles = [Article("a", WIRE), Article("b", WIRE), Article("c", WIRE)]
    assert deduplicate(articles) == {"a": ["b", "c"]}


def test_empty_input_gives_nothing() -> None:
    assert deduplicate([]) == {}


def test_one_article_is_kept() -> None:
    assert deduplicate([Article("only", WIRE)]) == {"only": []}


def test_article_without_words_is_never_a_duplicate() -> None:
    articles = [Article("a", "  "), Article("b", "..."), Article("c", WIRE)]
    assert deduplicate(articles) == {"a": [], "b": [], "c": []}


def test_index_holds_only_kept_articles() -> None:
    index = DedupIndex()
    assert index.add(Article("a", WIRE)) is None
    assert index.add(Article("b", WIRE_COPY)) == "a"
    assert len(index) == 1
    assert (index.n_seen, index.n_duplicates) == (2, 1)


def test_reused_id_is_an_error() -> None:
    index = DedupIndex()
    index.add(Article("a", WIRE))
    with pytest.raises(ConfigError, match="added twice"):
        index.add(Article("a", OTHER))


def test_dated_index_forgets_articles_outside_its_window() -> None:
    index = DedupIndex(DedupConfig(window_days=3))
    assert index.add(Article("a", WIRE, published="2015-04-25")) is None
    assert index.add(Article("b", WIRE, published="2015-04-26")) == "a"
    assert index.add(Article("c", OTHER, published="2015-05-10")) is None
    assert len(index) == 1  # "a" expired
    assert index.add(Article("d", WIRE, published="2015-05-11")) is None


def test_shingles_of_short_and_empty_texts() -> None:
    assert shingles("", 5) == set()
    assert shingles("Breaking: news!", 5) == {b"breaking news"}
    assert shingles("one two three four five six", 5) == {b"one two three four five", b"two three four five six"}


@pytest.mark.parametrize(
    "kwargs", [{"threshold": 0.0}, {"threshold": 1.5}, {"shingle_size": 0}, {"num_perm": 4}, {"window_days": -1}]
)
def test_impossible_settings_are_refused(kwargs: dict[str, float]) -> None:
    with pytest.raises(ConfigError):
        DedupConfig(**kwargs)
