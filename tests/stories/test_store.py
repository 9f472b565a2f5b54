"""The stream's incremental checkpoint (newsbrief.stories.store): only changed rows written, state read back whole."""

from __future__ import annotations

import pickle
import sqlite3
from pathlib import Path

from newsbrief.model import Article
from newsbrief.stories import DedupConfig, DedupIndex, StoryConfig, StoryStream
from newsbrief.stories.checkpoint import Checkpoint
from newsbrief.stories.cluster import ClusterConfig
from newsbrief.stories.feed import Position
from newsbrief.stories.store import JournaledDict, JournaledOrderedDict
from synthetic import invented_articles

_CONFIG = StoryConfig(cluster=ClusterConfig(idf_warmup=5))


def _articles(n: int, seed: int = 3) -> list[Article]:
    out = []
    for i, (t, k, _, text) in enumerate(invented_articles(n // 4 + 1, topics=4, seed=seed)):
        out.append(Article(f"a{i}-{t}-{k}", text))
    return out[:n]


def _state_rows(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as db:
        return dict(db.execute("SELECT part, count(*) FROM state GROUP BY part").fetchall())


def test_a_commit_writes_only_the_rows_that_changed(tmp_path: Path) -> None:
    path = tmp_path / "ckpt.sqlite"
    ckpt = Checkpoint(path, "fp")
    stream = StoryStream(_CONFIG)
    articles = _articles(40)
    for article in articles[:30]:
        stream.add(article)
    ckpt.commit(Position(), stream, finished=False)
    first = ckpt.stream_rows_written
    assert first["dedup.signatures"] == 30  # every kept article (none of these texts is a copy)
    assert first["arrival"] == 30
    assert first["cluster.df"] > 0

    ckpt.commit(Position(), stream, finished=False)  # nothing happened: nothing is written
    assert sum(ckpt.stream_rows_written.values()) == 0

    stream.add(articles[30])
    stream.add(Article("copy", articles[0].text))  # a copy: no signature, one arrival row, its original's copies
    ckpt.commit(Position(), stream, finished=False)
    rows = ckpt.stream_rows_written
    assert rows["dedup.signatures"] == 1
    assert rows["arrival"] == 2
    assert rows["copies"] == 2  # the new article's empty list, and the original's list that grew
    assert rows["cluster.active"] <= 1  # the one story the new article joined or started
    df_changed = len(set(stream._clusterer._counts(articles[30])[0].tolist()))
    assert rows["cluster.df"] == df_changed
    ckpt.close()


def test_a_resumed_stream_goes_on_exactly_as_the_uninterrupted_one(tmp_path: Path) -> None:
    articles = [*_articles(60), Article("late-copy", _articles(60)[5].text)]
    whole = StoryStream(_CONFIG)
    expected = [s for a in articles for s in whole.add(a)] + whole.finish()

    path = tmp_path / "ckpt.sqlite"
    ckpt = Checkpoint(path, "fp")
    stream = StoryStream(_CONFIG)
    got = []
    for n, article in enumerate(articles[:40], start=1):
        got.extend(stream.add(article))
        if n % 15 == 0:
            ckpt.commit(Position(), stream, finished=False)
    ckpt.commit(Position(), stream, finished=False)
    ckpt.close()

    ckpt = Checkpoint(path, "fp")
    resumed = ckpt.resume()
    assert resumed is not None
    again = resumed.stream
    assert isinstance(again._clusterer._active, JournaledOrderedDict)
    assert list(again._clusterer._active) == list(stream._clusterer._active)  # same least-recently-used order
    assert (again._clusterer._df == stream._clusterer._df).all()
    assert set(again._dedup._signatures) == set(stream._dedup._signatures)
    got.extend(s for a in articles[40:] for s in again.add(a))
    got.extend(again.finish())
    assert got == expected
    ckpt.commit(Position(), None, finished=True)
    assert _state_rows(path) == {}  # the ended stream's rows are dropped
    ckpt.close()


def test_the_dedup_window_drops_old_signatures_from_memory_and_checkpoint(tmp_path: Path) -> None:
    texts = [text for _, _, _, text in invented_articles(3, topics=4, seed=11)]
    index = DedupIndex(DedupConfig(window_articles=4))
    for i, text in enumerate(texts[:6]):
        assert index.add(Article(f"k{i}", text)) is None
    assert set(index._signatures) == {"k1", "k2", "k3", "k4", "k5"}  # k0 is 5 arrivals back: gone
    assert index.add(Article("copy-of-k4", texts[4])) == "k4"  # 3 arrivals after it: a copy
    assert index.add(Article("copy-of-k0", texts[0])) is None  # outside the window: kept as new
    assert index.n_expired == 3  # k0, then k1 and k2 as the 7th and 8th articles arrived

    path = tmp_path / "ckpt.sqlite"
    ckpt = Checkpoint(path, "fp")
    stream = StoryStream(StoryConfig(dedup=DedupConfig(window_articles=3), cluster=ClusterConfig(idf_warmup=2)))
    for i, text in enumerate(texts[:5]):
        stream.add(Article(f"s{i}", text))
    ckpt.commit(Position(), stream, finished=False)
    assert _state_rows(path)["dedup.signatures"] == 4  # s0 has left the window
    stream.add(Article("s5", texts[5]))
    ckpt.commit(Position(), stream, finished=False)
    assert ckpt.stream_rows_written["dedup.signatures"] == 2  # one row in, s1's expired row deleted
    assert _state_rows(path)["dedup.signatures"] == 4
    ckpt.close()


def test_the_date_window_drops_signatures_older_than_its_days() -> None:
    texts = [text for _, _, _, text in invented_articles(2, topics=3, seed=5)]
    index = DedupIndex(DedupConfig(window_days=2, window_articles=None))
    index.add(Article("d1", texts[0], published="2024-03-01"))
    index.add(Article("d2", texts[1], published="2024-03-02"))
    index.add(Article("d5", texts[2], published="2024-03-05"))
    assert set(index._signatures) == {"d5"}
    assert index.add(Article("late", texts[0], published="2024-03-05")) is None  # its original expired


def test_journaled_dicts_record_changes_and_pickle_as_plain_dicts() -> None:
    d = JournaledDict()
    d["a"] = [1]
    d.setdefault("b", [])
    d.touch("c")
    d.pop("missing", None)
    assert d.changed == {"a", "b", "c"}
    copy = pickle.loads(pickle.dumps(d))
    assert copy == {"a": [1], "b": []} and copy.changed == {"a", "b"}  # new to any checkpoint: all to write
    o = JournaledOrderedDict([(1, "x"), (2, "y")])
    o.changed.clear()
    o.move_to_end(1)
    assert o.changed == {1} and list(pickle.loads(pickle.dumps(o))) == [2, 1]
