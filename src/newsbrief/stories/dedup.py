"""Near-duplicate detection with MinHash locality-sensitive hashing.

Method: Broder (1997), "On the resemblance and containment of documents": two texts are near-duplicates
when the Jaccard similarity of their sets of word k-shingles is high; a MinHash signature estimates it, and
banded LSH (Indyk and Motwani 1998; Leskovec, Rajaraman and Ullman, *Mining of Massive Datasets*, ch. 3)
finds the candidates without comparing all pairs. We use ``datasketch`` for both.

The index is streaming: articles come one at a time, each is checked against the articles kept so far,
and only the LSH buckets and the signatures of *kept* articles stay in memory (never texts; a duplicate
is not indexed, because it would only ever match what its kept copy matches). Memory is therefore
O(kept articles x num_perm), and a window bounds it on a long feed: a kept article is forgotten once
``window_articles`` more articles have arrived after it (the default) or, on dated input, once it is older
than ``window_days``; a copy that comes later than that is kept as a new article (it then usually joins its
original's story in the clusterer, or starts a story of its own if that one has closed).
"""

from __future__ import annotations

import logging
import re
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from newsbrief.errors import ConfigError, MissingDependencyError
from newsbrief.model import Article
from newsbrief.stories.store import Derived, JournaledDict
from newsbrief.text.dates import published_date

__all__ = ["DedupConfig", "DedupIndex", "deduplicate", "shingles"]

logger = logging.getLogger(__name__)

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class DedupConfig:
    """Parameters of near-duplicate detection.

    ``threshold`` is the Jaccard similarity of word ``shingle_size``-shingles above which an article is a
    copy of one already seen. Calibration (2026-11-22, Multi-News val_truncated, 15,317 documents, exact
    Jaccard of all LSH candidate pairs at J >= 0.2): pairs at J >= 0.5 are exact copies, truncated copies
    and template pages ("These crawls are part of an effort...", "Close get email notifications on
    <name>"); the same story rewritten by a second outlet (AP vs. a local rewrite of the AP story) sits at
    J = 0.2-0.45 with cross-story pairs mixed in at that level, so 0.5 separates copies from rewrites and
    leaves rewrites to the story clusterer, which groups them anyway.

    The window: ``window_articles`` (arrivals, any input) and ``window_days`` (dated input) each expire kept
    articles; None turns one off. 200,000 arrivals by default: memory and checkpoint rows of the index are
    bounded (~1.3 KB per kept article: the 128 x 8-byte signature and its LSH entries) whatever the length of
    the feed, while a copy is still caught if it comes within 200,000 articles of its original: on
    Multi-News (15,317 articles, copies anywhere in the set) every copy is caught; a wire story reprinted
    days later in a feed of 100,000 articles a day is not, and is then clustered as a new article.
    """

    threshold: float = 0.5
    shingle_size: int = 5
    num_perm: int = 128
    seed: int = 1
    window_days: float | None = None  # expire kept articles older than this (dated streams only)
    window_articles: int | None = 200_000  # expire kept articles after this many more arrivals

    def __post_init__(self) -> None:
        if not 0.0 < self.threshold <= 1.0:
            raise ConfigError(f"dedup threshold must be in (0, 1], got {self.threshold}")
        if self.shingle_size < 1:
            raise ConfigError(f"shingle_size must be at least 1, got {self.shingle_size}")
        if self.num_perm < 16:
            raise ConfigError(f"num_perm must be at least 16 for a usable estimate, got {self.num_perm}")
        if self.window_days is not None and self.window_days <= 0:
            raise ConfigError(f"dedup window_days must be positive or None, got {self.window_days}")
        if self.window_articles is not None and self.window_articles < 1:
            raise ConfigError(f"dedup window_articles must be at least 1 or None, got {self.window_articles}")


def shingles(text: str, size: int = 5) -> set[bytes]:
    """The set of lower-cased word ``size``-grams of ``text``, as UTF-8 bytes for hashing.

    A text shorter than ``size`` words yields one shingle (all its words), so that short texts can still
    be exact copies of each other; an empty text yields the empty set.
    """
    words = _WORD.findall(text.lower())
    if not words:
        return set()
    if len(words) <= size:
        return {" ".join(words).encode()}
    return {" ".join(words[i : i + size]).encode() for i in range(len(words) - size + 1)}


def ordinal_day(published: str | None) -> int | None:
    """The proleptic ordinal of an ISO date (``YYYY-MM-DD...``), or None where absent or unreadable."""
    day = published_date(published)
    return day.toordinal() if day else None


class DedupIndex:
    """A streaming near-duplicate detector: :meth:`add` one article at a time.

    Holds a ``datasketch.MinHashLSH`` index over the kept articles and their signatures (``uint64``
    arrays, ``num_perm`` x 8 bytes each) to verify candidates with the estimated Jaccard similarity,
    because banded LSH alone lets some pairs below the threshold through. The signatures are journaled
    (:mod:`.store`): a checkpoint writes the ones added or expired since the last, and the LSH is rebuilt
    from them on resume.
    """

    def __init__(self, config: DedupConfig | None = None) -> None:
        self.config = config or DedupConfig()
        # id -> (arrival, day or None, signature) of every kept article in the window
        self._signatures: JournaledDict = JournaledDict()
        self.n_seen = 0
        self.n_duplicates = 0
        self.n_expired = 0
        self.rebuild_derived()

    def checkpoint_parts(self) -> dict[str, object]:
        """The parts a checkpoint stores by rows or rebuilds (:class:`~newsbrief.stories.store.Checkpointed`)."""
        return {
            "signatures": self._signatures,
            "lsh": Derived(self._lsh),
            "by_arrival": Derived(self._by_arrival),
            "by_day": Derived(self._by_day),
        }

    def rebuild_derived(self) -> None:
        """Make the LSH and the date queue from the signatures (a new index, or one read from a checkpoint)."""
        try:
            from datasketch import MinHash, MinHashLSH
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise MissingDependencyError("datasketch", "stories") from exc
        cfg = self.config
        self._minhash = MinHash
        self._lsh = MinHashLSH(threshold=cfg.threshold, num_perm=cfg.num_perm)
        self._by_arrival: deque[tuple[int, str]] = deque()  # (arrival, id) of kept articles, oldest first
        self._by_day: deque[tuple[int, str]] = deque()  # (day, id) of dated kept articles, oldest first
        rows = sorted(self._signatures.items(), key=lambda item: item[1][0])
        scheme = MinHash(num_perm=cfg.num_perm, seed=cfg.seed).scheme if rows else None
        for key, (arrival, day, signature) in rows:
            stored = MinHash(num_perm=cfg.num_perm, seed=cfg.seed, hashvalues=signature, scheme=scheme)
            self._lsh.insert(key, stored, check_duplication=False)
            self._by_arrival.append((arrival, key))
            if cfg.window_days is not None and day is not None:
                self._by_day.append((day, key))

    def __len__(self) -> int:
        """The number of kept articles currently indexed."""
        return len(self._signatures)

    def add(self, article: Article) -> str | None:
        """Check ``article`` against the kept articles; index it if it is new.

        Returns:
            The id of the kept article it duplicates (the most similar one if several; of equally similar
            ones the earliest, so that the answer does not depend on the order of the LSH's sets), or None
            if the article is new (it is then kept and indexed). An article without words is never a
            duplicate and is not indexed.

        Raises:
            ConfigError: an article id is indexed twice (ids must be unique in a stream).
        """
        self.n_seen += 1
        cfg = self.config
        if article.id in self._signatures:
            raise ConfigError(f"article id {article.id!r} was added twice; ids must be unique in a stream")
        day = ordinal_day(article.published)
        self._expire(day)
        grams = shingles(article.text, cfg.shingle_size)
        if not grams:
            return None
        mh = self._minhash(num_perm=cfg.num_perm, seed=cfg.seed)
        mh.update_batch(list(grams))
        signature = mh.hashvalues
        best_id, best_sim, best_at = None, cfg.threshold, 0
        for candidate in self._lsh.query(mh):
            at, _, other = self._signatures[candidate]
            sim = float(np.count_nonzero(other == signature)) / cfg.num_perm
            if sim > best_sim or (sim == best_sim and (best_id is None or at < best_at)):
                best_id, best_sim, best_at = candidate, sim, at
        if best_id is not None:
            self.n_duplicates += 1
            return best_id
        self._lsh.insert(article.id, mh, check_duplication=False)
        self._signatures[article.id] = (self.n_seen, day, signature)
        self._by_arrival.append((self.n_seen, article.id))
        if cfg.window_days is not None and day is not None:
            self._by_day.append((day, article.id))
        return None

    def _expire(self, day: int | None) -> None:
        """Forget the kept articles that have left the window (by arrivals, and by date on dated input).

        The date window assumes roughly time-ordered input: it forgets from the front of the queue while
        the oldest article there is older than the window.
        """
        cfg = self.config
        if cfg.window_articles is not None:
            oldest = self.n_seen - cfg.window_articles  # a copy up to window_articles arrivals later is caught
            while self._by_arrival and self._by_arrival[0][0] < oldest:
                self._forget(self._by_arrival.popleft()[1])
        if cfg.window_days is not None and day is not None:
            before = day - cfg.window_days
            while self._by_day and self._by_day[0][0] < before:
                self._forget(self._by_day.popleft()[1])

    def _forget(self, key: str) -> None:
        if self._signatures.pop(key, None) is not None:  # may have left by the other window already
            self._lsh.remove(key)
            self.n_expired += 1


def deduplicate(articles: Iterable[Article], config: DedupConfig | None = None) -> dict[str, list[str]]:
    """Find near-duplicate copies in a stream of articles.

    Args:
        articles: the articles, in stream (time) order; the first copy seen is the one kept.
        config: the detection parameters.

    Returns:
        For every kept article, in input order, the ids of its duplicates in input order (an empty list
        for an article without copies). Every input id appears exactly once, as a key or in a list.
    """
    index = DedupIndex(config)
    kept: dict[str, list[str]] = {}
    for article in articles:
        original = index.add(article)
        if original is None:
            kept[article.id] = []
        else:
            kept[original].append(article.id)
    logger.info("dedup: %d articles, %d kept, %d duplicates", index.n_seen, len(kept), index.n_duplicates)
    return kept
