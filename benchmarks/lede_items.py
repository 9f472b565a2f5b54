"""Draw article openings for the lede labels (issue 10, "the news peg first"): what a brief's first sentence may be.

A feature's scene-setting lede ("A naval battle off this remote spit of land ...", an anecdote about one voter)
opened briefs whose news was further down (BENCHMARKS.md, Session 14 lead's blind reading). To learn to see one,
the first story sentence of each drawn article (as the brief reads it: cleaned, page parts and datelines dropped,
:func:`newsbrief.pipeline.story_sentences`) is labelled, with the next two shown for context.

Pool (fixed seed): Multi-News val_raw documents outside the 40 trust clusters (whose first-sentence-ok rate the
detector is judged on), DUC 2004 task 5 articles and PolNeAR **train** articles less the lead's reserved blind
reading (:data:`reserved.RESERVED_POLNEAR`). PolNeAR dev is never drawn, nor the lead's blind clusters and topics
(:data:`reserved.BLIND_CLUSTERS`, :data:`reserved.BLIND_TOPICS`: session 19 found 49 labels drawn from them before
the pool and :func:`stories` left them out; ``lede_labels.py`` leaves those records out, :func:`reserved_records`).
``split`` (``fit`` / ``heldout``) is a hash of the id: a third held out.

Run: ``python benchmarks/lede_items.py --out /work/labels/lede15/items.jsonl`` (``--briefs``: the first two
sentences of briefs instead, :func:`brief_openings`; the items hold text: they stay outside the repository;
``lede_labels.py`` keeps ids, hashes and labels only).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from newsbrief import BriefConfig, Briefer, read_clusters
from newsbrief.model import Article
from newsbrief.pipeline import clean_articles, story_sentences
from pairs import short_sha1  # siblings: scripts, not a package
from reserved import BLIND_CLUSTERS, BLIND_TOPICS, RESERVED_POLNEAR
from trust_items import DEFAULT_DATA_DIR, choose_clusters, multinews_clusters

SEED = 15
DUC_TASK5 = Path("duc2004") / "task5_dated.jsonl"
POLNEAR_TRAIN = Path("polnear") / "polnear_articles_train.jsonl"
#: How many articles each source gives (Multi-News documents, DUC task 5 articles, PolNeAR train articles).
DRAWS = {"mn": 70, "duc": 50, "pn": 70}
#: A second draw of this many from the outlets that print features (NYT and Washington Post in PolNeAR, NYT in DUC):
#: the first draw held 33 scene-setting ledes of 190, few to learn from; marked ``"draw": "features"``.
FEATURE_DRAW = 40
FEATURE_OUTLETS = ("pn:nyt_", "pn:wash-post_", "duc:NYT")


def split_of(item_id: str) -> str:
    """``heldout`` for a third of the items, by a hash of the id (not by what was read)."""
    return "heldout" if int(hashlib.sha1(item_id.encode()).hexdigest(), 16) % 3 == 0 else "fit"


def _candidates(data: Path) -> Iterator[tuple[str, str, Article]]:
    """(source, item id, article) of every article in the pool, in file order."""
    trust = {c.id for c in choose_clusters(data)}
    for cluster in multinews_clusters(data, None):
        if cluster.id in trust or cluster.id in BLIND_CLUSTERS:
            continue
        for k, art in enumerate(cluster.articles):
            yield "mn", f"mn:{cluster.id.rsplit('-', 1)[1]}:{k}", art
    for line in (data / DUC_TASK5).read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        if r["topic"] in BLIND_TOPICS:
            continue  # the lead's blind reading: never drawn
        yield "duc", f"duc:{r['id']}", Article(id=r["id"], text=r["text"], title=r.get("title"), outlet=r.get("outlet"))
    for line in (data / POLNEAR_TRAIN).read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        if r["id"] in RESERVED_POLNEAR:
            continue  # the lead's blind reading: never drawn
        yield "pn", f"pn:{r['id']}", Article(id=r["id"], text=r["text"], title=r.get("title"), outlet=r.get("outlet"))


def opening(article: Article, n: int = 3) -> list[str]:
    """The first ``n`` story sentences of ``article`` as the brief reads them (cleaned, page parts dropped)."""
    cleaned, _ = clean_articles([article])
    if not cleaned:
        return []
    return [s.text for s in story_sentences(cleaned[0])[:n]]


def draw(data: Path) -> list[dict]:
    """The items: per source a seeded sample of articles whose opening has at least two story sentences."""
    pool: dict[str, list[tuple[str, Article]]] = {}
    for source, item_id, art in _candidates(data):
        pool.setdefault(source, []).append((item_id, art))
    rng = random.Random(SEED)
    items: list[dict] = []
    for source, n in DRAWS.items():
        cands = pool[source][:]
        rng.shuffle(cands)
        items.extend(_take(cands, n, source, "random"))
    drawn = {i["id"] for i in items}
    features = [(i, a) for s in ("pn", "duc") for i, a in pool[s] if i.startswith(FEATURE_OUTLETS) and i not in drawn]
    rng.shuffle(features)
    items.extend(_take(features, FEATURE_DRAW, None, "features"))
    return items


def _take(cands: list[tuple[str, Article]], n: int, source: str | None, how: str) -> list[dict]:
    """The first ``n`` of ``cands`` whose opening has at least two story sentences, as items."""
    out = []
    for item_id, art in cands:
        sents = opening(art)
        if len(sents) < 2:
            continue
        out.append(
            {
                "id": item_id,
                "source": source or item_id.split(":", 1)[0],
                "draw": how,
                "split": split_of(item_id),
                "sha1": short_sha1(sents[0]),
                "title": art.title,
                "sentences": sents,
            }
        )
        if len(out) == n:
            break
    return out


def stories(data: Path, *, skip_trust: bool = False) -> Iterator[tuple[str, Sequence[Article]]]:
    """(id, articles) of every val_raw cluster (less the trust clusters with ``skip_trust``), then of every DUC
    task 5 topic (its articles as one story); never one of the lead's blind clusters or topics, for any caller."""
    trust = {c.id for c in choose_clusters(data)} if skip_trust else set()
    for cluster in read_clusters(data / "multinews" / "val_raw.jsonl"):
        if cluster.id not in trust and cluster.id not in BLIND_CLUSTERS:
            yield cluster.id, cluster.articles
    by_topic: dict[str, list[Article]] = {}
    for line in (data / DUC_TASK5).read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        if r["topic"] in BLIND_TOPICS:
            continue
        art = Article(
            id=r["id"], text=r["text"], title=r.get("title"), outlet=r.get("outlet"), published=r["published"]
        )
        by_topic.setdefault(r["topic"], []).append(art)
    yield from sorted(by_topic.items())


def reserved_records(data: Path, records: Iterable[dict]) -> set[str]:
    """The ids of label records drawn from the lead's blind clusters or topics (an article of one, or a brief's
    opening located in one): none is read or scored."""
    topic = {
        (r := json.loads(line))["id"]: r["topic"]
        for line in (data / DUC_TASK5).read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    out = set()
    for rec in records:
        kind, _, rest = rec["id"].partition(":")
        story = rec["locator"][0] if "locator" in rec else None
        if kind == "mn":
            story = "multinews-val-" + rest.split(":")[0]
        elif kind == "duc":
            story = topic.get(rest)
        if story in BLIND_CLUSTERS or story in BLIND_TOPICS:
            out.add(rec["id"])
    return out


def brief_openings(data: Path, words: int = 300) -> list[dict]:
    """Items of a second kind: the first two sentences of each brief as it was before the news-first rule.

    What a brief opens with is where the detector acts, and web news opens otherwise than the wire and the
    print ledes of the first draw (the detector fitted on them alone took many soft news leads for scenes).
    Stories outside the 40 trust clusters (whose first-sentence-ok rate is measured), 300 words, analysis off.
    A record's ``locator`` (story, article id, sentence index) finds the sentence again through
    :meth:`~newsbrief.pipeline.Briefer.sources`.
    """
    briefer = Briefer(BriefConfig(words=words, analysis=False, news_first=False))
    items = []
    for story_id, articles in stories(data, skip_trust=True):
        prepared = briefer.sources(articles)
        if prepared is None:
            continue
        at = {(s.article_id, s.start): s for s in prepared.sentences}
        for rank, item in enumerate(briefer(articles).summary[:2]):
            sent = at.get((item.source.article_id, item.source.start))
            if sent is None:  # a sentence the brief reworded is not one of the sources' sentences
                continue
            item_id = f"b:{story_id}:{sent.article_id}:{sent.index}"
            items.append(
                {
                    "id": item_id,
                    "source": "brief-duc" if story_id.startswith("d") else "brief-mn",
                    "draw": f"brief{rank + 1}",
                    "split": split_of(item_id),
                    "sha1": short_sha1(sent.text),
                    "locator": [story_id, sent.article_id, sent.index],
                    "title": None,
                    "sentences": [sent.text],
                }
            )
    return items


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--briefs", action="store_true", help="the brief openings instead (see brief_openings)")
    args = parser.parse_args()
    items = brief_openings(args.data) if args.briefs else draw(args.data)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8")
    print(f"wrote {len(items)} items to {args.out}")


if __name__ == "__main__":
    main()
