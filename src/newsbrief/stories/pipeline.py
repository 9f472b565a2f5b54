"""From an article stream to stories: near-duplicate removal, then single-pass clustering.

The orchestration (numbered as in trafilatura's ``core.py``):

1. every article goes through the MinHash LSH index (:mod:`newsbrief.stories.dedup`, Broder 1997); a copy is
   attached to the kept article it duplicates and goes no further;
2. a new article goes to the single-pass clusterer (:mod:`newsbrief.stories.cluster`, Allan et al. 1998);
3. when the clusterer closes a story (time window passed, too many open stories, or end of stream) its
   kept articles and their copies become a :class:`Story`; a short kept article copied
   ``boilerplate_copies`` times or more is taken for a template page (cookie walls, "Tweet with a
   location...", web-archive notices: real scraped feeds are full of them) and it and its copies are put
   out as singletons marked ``boilerplate`` instead of being made one giant "story" of unrelated pages.

Every input article ends up in exactly one story, so that a caller can write ``stories.jsonl`` as it goes.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

from newsbrief.errors import ConfigError
from newsbrief.model import Article
from newsbrief.stories.cluster import ClusterConfig, OnlineClusterer, StoryCluster
from newsbrief.stories.dedup import DedupConfig, DedupIndex
from newsbrief.stories.store import JournaledDict

__all__ = ["Story", "StoryConfig", "StoryStream", "cluster_stories", "find_stories", "iter_stories"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class StoryConfig:
    """Every knob of story finding, in one frozen object (CLI flags and API keywords map onto it).

    ``boilerplate_copies``: a text of fewer than ``boilerplate_max_words`` words seen this many times or
    more (itself and its near-duplicates) is a template page rather than news, and its copies are not
    grouped (None turns the rule off). 5 because on Multi-News, copies of real articles come in twos and
    threes while template pages come in tens to hundreds (2026-11-22: 46 texts recur across clusters, the
    top ones 191, 169, 156 and 140 times). The length limit keeps syndication apart from templates: a wire
    story copied by twenty outlets is news and stays one story, whereas every Multi-News text copied five
    times or more is a notice of 7-113 words (archive notices, share widgets, cookie and login walls).
    """

    dedup: DedupConfig = field(default_factory=DedupConfig)
    cluster: ClusterConfig = field(default_factory=ClusterConfig)
    boilerplate_copies: int | None = 5
    boilerplate_max_words: int = 150

    def __post_init__(self) -> None:
        if self.boilerplate_copies is not None and self.boilerplate_copies < 2:
            raise ConfigError(f"boilerplate_copies must be at least 2 or None, got {self.boilerplate_copies}")
        if self.boilerplate_max_words < 1:
            raise ConfigError(f"boilerplate_max_words must be at least 1, got {self.boilerplate_max_words}")


@dataclass(frozen=True, slots=True)
class Story:
    """One story: the ids of its articles and which of them are copies of which.

    ``articles`` holds every input id of the story in stream order, duplicates included. ``duplicates``
    pairs each duplicate id with the id of the kept article it copies; that kept article may be in an
    earlier story when the copy arrived after its story closed. ``boilerplate`` marks a template page.
    """

    id: str
    articles: tuple[str, ...]
    duplicates: tuple[tuple[str, str], ...] = ()
    boilerplate: bool = False
    first_published: str | None = None
    last_published: str | None = None
    cluster: int | None = None  # the clusterer's story number, fixed from the story's first article on

    @property
    def kept(self) -> tuple[str, ...]:
        """The articles that are not copies: the ones to brief."""
        copies = {dup for dup, _ in self.duplicates}
        return tuple(a for a in self.articles if a not in copies)

    def __len__(self) -> int:
        return len(self.articles)


def _iso(day: int | None) -> str | None:
    return None if day is None else date.fromordinal(day).isoformat()


class StoryStream:
    """Incremental story finding: :meth:`add` articles in stream order, then :meth:`finish`.

    Both return the stories completed so far (they can be briefed and written at once). Memory is the
    dedup index, the open stories, and the copies of the articles in open stories, never article texts.
    Every part that grows with the feed is journaled (:mod:`.store`), so a checkpoint writes what changed.
    """

    def __init__(self, config: StoryConfig | None = None) -> None:
        self.config = config or StoryConfig()
        self._dedup = DedupIndex(self.config.dedup)
        self._clusterer = OnlineClusterer(self.config.cluster)
        self._copies: JournaledDict = JournaledDict()  # kept id (in an open story) -> its duplicates' ids
        self._boilerplate: JournaledDict = JournaledDict()  # kept ids found to be template pages -> True
        self._short: JournaledDict = JournaledDict()  # kept ids in open stories short enough to be templates
        self._arrival: JournaledDict = JournaledDict()  # stream position of every article in an open story
        self._position = 0
        self._n_stories = 0
        self.n_articles = 0
        self.n_duplicates = 0
        self.n_boilerplate = 0
        self.seconds = {"dedup": 0.0, "cluster": 0.0}  # time spent in each stage, for throughput reports

    def checkpoint_parts(self) -> dict[str, object]:
        """The parts a checkpoint stores by rows or rebuilds (:class:`~newsbrief.stories.store.Checkpointed`)."""
        parts: dict[str, object] = {
            "copies": self._copies,
            "boilerplate": self._boilerplate,
            "short": self._short,
            "arrival": self._arrival,
        }
        parts.update({f"dedup.{k}": v for k, v in self._dedup.checkpoint_parts().items()})
        parts.update({f"cluster.{k}": v for k, v in self._clusterer.checkpoint_parts().items()})
        return parts

    def rebuild_derived(self) -> None:
        """Make the derived parts again (:class:`~newsbrief.stories.store.Checkpointed`)."""
        self._dedup.rebuild_derived()
        self._clusterer.rebuild_derived()

    def add(self, article: Article) -> list[Story]:
        """Take one article; return the stories its arrival completed."""
        self.n_articles += 1
        self._position += 1
        start = time.perf_counter()
        original = self._dedup.add(article)  # 1. near-duplicate?
        self.seconds["dedup"] += time.perf_counter() - start
        if original is not None:
            self.n_duplicates += 1
            copies = self._copies.get(original)
            if copies is not None:
                copies.append(article.id)
                self._copies.touch(original)
                self._arrival[article.id] = self._position
                return []
            # a late copy: its original's story was already put out
            boiler = original in self._boilerplate
            self.n_boilerplate += boiler
            return [self._story((article.id,), ((article.id, original),), boiler, None, None)]
        self._copies[article.id] = []
        self._arrival[article.id] = self._position
        if len(article.text.split()) < self.config.boilerplate_max_words:
            self._short[article.id] = True
        start = time.perf_counter()
        closed = self._clusterer.add(article)  # 2. cluster
        self.seconds["cluster"] += time.perf_counter() - start
        return self._convert(closed)

    def add_all(self, articles: Iterable[Article]) -> Iterator[Story]:
        """Take every article of ``articles``, yielding stories as they complete, then the rest."""
        for article in articles:
            yield from self.add(article)
        yield from self.finish()

    def settle(self) -> list[Story]:
        """Place every article taken so far, keeping the stories open; return those that closed meanwhile.

        For a stream followed across runs (``newsbrief follow``): at the end of each run every article must
        be in a story, without waiting for the clusterer's IDF warm-up or the end of the stream.
        """
        start = time.perf_counter()
        closed = self._clusterer.settle()
        self.seconds["cluster"] += time.perf_counter() - start
        return self._convert(closed)

    def open_stories(self) -> list[Story]:
        """The stories still open, as they stand (their ids are ``"open"``: a story gets its id when it closes).

        Each lists its kept articles and their copies so far; the template-page rule is applied when the
        story closes, so an open story may still hold one. Nothing is changed.
        """
        stories = []
        for cluster in self._clusterer.open_clusters():
            members = list(cluster.members)
            pairs = [(c, kept) for kept in cluster.members for c in self._copies.get(kept, ())]
            members.extend(c for c, _ in pairs)
            members.sort(key=lambda a: self._arrival.get(a, 0))
            stories.append(
                Story(
                    id="open",
                    articles=tuple(members),
                    duplicates=tuple(pairs),
                    first_published=_iso(cluster.first_day),
                    last_published=_iso(cluster.last_day),
                    cluster=cluster.id,
                )
            )
        return stories

    def finish(self) -> list[Story]:
        """End of stream: return every story still open."""
        start = time.perf_counter()
        closed = self._clusterer.finish()
        self.seconds["cluster"] += time.perf_counter() - start
        stories = self._convert(closed)
        logger.info(
            "stories: %d articles, %d duplicates, %d boilerplate, %d stories",
            self.n_articles,
            self.n_duplicates,
            self.n_boilerplate,
            self._n_stories,
        )
        return stories

    def _convert(self, clusters: list[StoryCluster]) -> list[Story]:
        """3. Turn closed clusters into stories, splitting template pages out as singletons."""
        limit = self.config.boilerplate_copies
        stories: list[Story] = []
        for cluster in clusters:
            members: list[str] = []
            pairs: list[tuple[str, str]] = []
            for kept in cluster.members:
                copies = self._copies.pop(kept, [])
                short = self._short.pop(kept, False)
                if limit is not None and short and 1 + len(copies) >= limit:
                    self._boilerplate[kept] = True
                    self.n_boilerplate += 1 + len(copies)
                    stories.append(self._story((kept,), (), True, cluster.first_day, cluster.last_day, None))
                    stories.extend(self._story((c,), ((c, kept),), True, None, None) for c in copies)
                    for c in copies:
                        self._arrival.pop(c, None)
                    self._arrival.pop(kept, None)
                    continue
                members.append(kept)
                members.extend(copies)
                pairs.extend((c, kept) for c in copies)
            if members:
                members.sort(key=lambda a: self._arrival.pop(a, 0))
                stories.append(
                    self._story(tuple(members), tuple(pairs), False, cluster.first_day, cluster.last_day, cluster.id)
                )
        return stories

    def _story(
        self,
        articles: tuple[str, ...],
        pairs: tuple[tuple[str, str], ...],
        boilerplate: bool,
        first: int | None,
        last: int | None,
        cluster: int | None = None,
    ) -> Story:
        self._n_stories += 1
        return Story(
            id=f"s{self._n_stories:06d}",
            articles=articles,
            duplicates=pairs,
            boilerplate=boilerplate,
            first_published=_iso(first),
            last_published=_iso(last),
            cluster=cluster,
        )


def iter_stories(articles: Iterable[Article], config: StoryConfig | None = None) -> Iterator[Story]:
    """Find the stories of a stream lazily, yielding each as soon as it is complete.

    Args:
        articles: the articles in stream (time) order; ids must be unique.
        config: every parameter; the defaults are calibrated on Multi-News (see the config classes).

    Yields:
        Stories; every input article is in exactly one of them.

    Raises:
        ConfigError: an article id occurs twice.
    """
    yield from StoryStream(config).add_all(articles)


def find_stories(articles: Iterable[Article], config: StoryConfig | None = None) -> list[Story]:
    """Drop near-duplicates and group a stream of articles into stories (see :func:`iter_stories`)."""
    return list(iter_stories(articles, config))


def cluster_stories(articles: Iterable[Article], config: StoryConfig | None = None) -> list[list[str]]:
    """Group articles into stories: a partition of the input ids, duplicates with their originals.

    Returns:
        One list of article ids per story, in the order the stories completed; every input id appears in
        exactly one list (boilerplate pages as singletons).
    """
    return [list(story.articles) for story in iter_stories(articles, config)]
