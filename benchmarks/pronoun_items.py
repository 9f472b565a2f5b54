"""Items for labelling the names :mod:`newsbrief.summarize.antecedents` proposes for an opening "He"/"She".

Every sentence of a source (not only the summary's) that opens with "He"/"She" and for which the resolver names
a person becomes one item: the sentence, the sentences before it in its paragraph (up to four), and the proposed
name. Sources (``--set``): ``dev`` = the development part of the trust labels, Multi-News val_raw clusters outside
the trust labels (never the held-out third), DUC 2004 task 2 clusters and PolNeAR train articles (one article a
cluster), where the rules were developed; ``fresh`` = PolNeAR dev articles and DUC 2004 task 5 sets outside the
lead's reserved topics, read once with the rules fixed. The items, with their text, go outside the repository
(they quote the data): ``items.jsonl``, ``blind.txt`` (no proposal: the reader writes who the pronoun is) and
``shown.txt`` (with it: right / wrong / unclear); ``tests/data/pronoun_names.jsonl`` keeps ids, offsets and labels
only (``pronoun_labels.py``).

Run: ``python benchmarks/pronoun_items.py --out /work/labels/referents12 [--set fresh]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from newsbrief.config import BriefConfig
from newsbrief.ingest.jsonl import read_clusters
from newsbrief.model import Article, Sentence
from newsbrief.pipeline import Briefer
from newsbrief.summarize.antecedents import antecedent, by_article_in_order, opening_pronoun
from reserved import BLIND_TOPICS, SESSION11_TOPICS
from trust_items import DEFAULT_DATA_DIR, heldout_ids, multinews_clusters, short_id
from trust_labels import SENTENCES_FILE

#: Sentences of context shown before the item's sentence.
CONTEXT = 4


def trust_clusters() -> tuple[list[str], set[str]]:
    """The trust labels' cluster ids (file order) and their held-out third."""
    ids: dict[str, None] = {}
    for line in Path(SENTENCES_FILE).read_text(encoding="utf-8").splitlines():
        if line.strip():
            ids.setdefault(json.loads(line)["cluster"], None)
    return list(ids), heldout_ids(ids)


def items_of(cluster_id: str, articles: list, part: str) -> list[dict]:
    """Every proposal of the resolver in one cluster, with its context."""
    briefer = Briefer(BriefConfig(analysis=False))
    prepared = briefer.sources(articles)
    if prepared is None:
        return []
    by_article, _, joined = by_article_in_order(prepared.sentences)
    texts = {a.id: a.text for a in prepared.articles}
    out = []
    for aid, sents in by_article.items():
        for k, s in enumerate(sents):
            if opening_pronoun(s.text.strip()) is None:
                continue
            person = antecedent(sents, k, joined[aid])
            if person is None:
                continue
            before = [x for x in sents[max(0, k - CONTEXT) : k] if x.paragraph == s.paragraph]
            item = item_record(cluster_id, s, part, person.name, [x.text for x in before])
            out.append(item | {"article_len": len(texts[aid])})
    return out


def item_record(cluster_id: str, s: Sentence, part: str, proposed: str, context: list[str]) -> dict:
    """One labelling item: where the sentence is (the labels' key: article and start), what the resolver proposes
    for it, and the text a reader needs (kept outside the repository)."""
    aid = s.article_id
    return {
        "id": f"{short_id(cluster_id)}.{aid.rsplit('#', 1)[-1] if '#' in aid else 0}.{s.index}",
        "cluster": cluster_id,
        "article": aid,
        "index": s.index,
        "start": s.start,
        "part": part,
        "proposed": proposed,
        "context": context,
        "text": s.text,
    }


def harvest(data: Path = DEFAULT_DATA_DIR, val: int = 250, duc: int = 50, polnear: int = 840) -> list[dict]:
    """Every proposal of today's resolver over the labelling sources (see the module docstring), in order."""
    ids, held = trust_clusters()
    dev = [c for c in ids if c not in held and c.startswith("multinews-val-")]
    items = []
    for cluster in multinews_clusters(data, dev):
        items += items_of(cluster.id, list(cluster.articles), "trust-dev")
    others = [c for c in read_clusters(data / "multinews" / "val_raw.jsonl") if c.id not in set(ids)]
    for cluster in others[:val]:
        items += items_of(cluster.id, list(cluster.articles), "val_raw")
    for cluster in list(read_clusters(data / "duc2004" / "task2.jsonl"))[:duc]:
        items += items_of(cluster.id, list(cluster.articles), "duc2004-task2")
    path = data / "polnear" / "polnear_articles_train.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines()[:polnear]:
        row = json.loads(line)
        items += items_of(row["id"], [Article(row["id"], row["text"])], "polnear-train")
    return items


#: DUC 2004 task 5 topics never read here: this session's blind reading, and session 11's, which the fresh round
#: drawn then left out (``reserved.py``).
RESERVED_TOPICS = BLIND_TOPICS | SESSION11_TOPICS


def fresh(data: Path = DEFAULT_DATA_DIR, topics: int = 42) -> list[dict]:
    """Proposals over sources no rule was developed on: PolNeAR dev articles, then DUC 2004 task 5 sets (the
    first ``topics`` in file order outside :data:`RESERVED_TOPICS`, each set one cluster)."""
    items = []
    for line in (data / "polnear" / "polnear_articles_dev.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        items += items_of(row["id"], [Article(row["id"], row["text"])], "polnear-dev")
    sets: dict[str, list[Article]] = {}
    for line in (data / "duc2004" / "task5_dated.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["topic"] in RESERVED_TOPICS:
            continue
        sets.setdefault(row["topic"], []).append(Article(row["id"], row["text"]))
    for topic in list(sets)[:topics]:
        items += items_of(topic, sets[topic], "duc2004-task5")
    return items


def write_views(items: list[dict], out: Path) -> None:
    """``blind.txt`` (context and sentence) and ``shown.txt`` (the same with the proposed name), numbered alike."""
    with (
        (out / "blind.txt").open("w", encoding="utf-8") as blind,
        (out / "shown.txt").open("w", encoding="utf-8") as shown,
    ):
        for n, item in enumerate(items):
            body = "".join(f"  C: {c}\n" for c in item["context"]) + f"  >> {item['text']}\n\n"
            blind.write(f"## {n} {item['id']} ({item['part']})\n" + body)
            shown.write(f"## {n} {item['id']} ({item['part']}) proposed: [{item['proposed']}]\n" + body)


def run(doc: str, harvest: Callable, fresh: Callable, write_views: Callable) -> None:
    """The command line of an items script: harvest the ``--set`` sources, write ``items.jsonl`` and the views."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    ap.add_argument("--out", type=Path, required=True, help="a folder outside the repository")
    ap.add_argument("--set", choices=("dev", "fresh"), default="dev", help="which sources (module docstring)")
    args = ap.parse_args()
    items = harvest(args.data) if args.set == "dev" else fresh(args.data)
    args.out.mkdir(parents=True, exist_ok=True)
    with (args.out / "items.jsonl").open("w", encoding="utf-8") as fh:
        for item in items:
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    write_views(items, args.out)
    parts = Counter(i["part"] for i in items)
    print(f"{len(items)} items: " + ", ".join(f"{k} {v}" for k, v in parts.items()))


def main() -> None:
    run(__doc__, harvest, fresh, write_views)


if __name__ == "__main__":
    main()
