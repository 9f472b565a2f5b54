"""Corpus mode: drop near-duplicate copies and group an article stream into stories.

::

    articles ──> dedup.DedupIndex (MinHash LSH) ──copies──> attached to the article they copy
                        │ new
                        v
                 cluster.OnlineClusterer (single-pass TF-IDF, time window) ──> pipeline.Story

``find_stories`` / ``iter_stories`` / ``cluster_stories`` are the function-first entry points over one
frozen :class:`StoryConfig`; :class:`StoryStream` is the incremental object under them, for callers that
brief and write stories while the stream goes on. ``metrics`` scores a clustering against the truth.

One code path for every face: ``newsbrief stories`` (:mod:`.run`, which the server's stories jobs call too)
and ``newsbrief follow`` (:mod:`newsbrief.follow.run`) both put articles through :class:`StoryStream` and keep
their state in the same SQLite store (:class:`~newsbrief.stories.checkpoint.Checkpoint`; follow's
:class:`~newsbrief.follow.store.FollowStore` is that checkpoint kept between runs). A corpus run ends its
stream; a followed stream never ends, so follow calls :meth:`StoryStream.settle` at the end of each run and
reads the stories still open with :meth:`StoryStream.open_stories`.
"""

from newsbrief.stories.cluster import ClusterConfig, OnlineClusterer, StoryCluster
from newsbrief.stories.dedup import DedupConfig, DedupIndex, deduplicate, shingles
from newsbrief.stories.metrics import ClusterScore, adjusted_rand, bcubed, score_clustering
from newsbrief.stories.pipeline import (
    Story,
    StoryConfig,
    StoryStream,
    cluster_stories,
    find_stories,
    iter_stories,
)

__all__ = [
    "ClusterConfig",
    "ClusterScore",
    "DedupConfig",
    "DedupIndex",
    "OnlineClusterer",
    "Story",
    "StoryCluster",
    "StoryConfig",
    "StoryStream",
    "adjusted_rand",
    "bcubed",
    "cluster_stories",
    "deduplicate",
    "find_stories",
    "iter_stories",
    "score_clustering",
    "shingles",
]
