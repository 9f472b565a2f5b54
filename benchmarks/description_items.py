"""Items for labelling the names proposed for an opening "The company" / "The 29-year-old" (and He/She across a break).

Every sentence of a source (not only the summary's) that opens with a definite description and for which the
resolver names a referent becomes one item (and every opening He/She that :mod:`~newsbrief.summarize.antecedents`
names only when it may cross a paragraph break): the sentence, up to four sentences before it (the paragraph before
included: the resolver may cross one break), and the proposed name. Sources (``--set``): ``dev`` = the
development part of the trust labels, the Multi-News val_raw clusters outside the trust labels, DUC 2004 task 2
clusters and PolNeAR train articles (one article a cluster), where the rules were developed; ``fresh`` = PolNeAR dev
articles and the DUC 2004 task 5 topics outside the lead's reserved ones, read once with the rules fixed (the
held-out part). The items, with their
text, go outside the repository (they quote the data): ``items.jsonl``, ``blind.txt`` (no proposal: the reader
writes what the description stands for) and ``shown.txt`` (with it, in another order: right / wrong / unclear);
``tests/data/description_names.jsonl`` keeps ids, offsets and labels only (``description_labels.py``).

Run: ``python benchmarks/description_items.py --out /work/labels/mend13[/fresh] [--set fresh]``.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pronoun_items
from newsbrief.config import BriefConfig
from newsbrief.ingest.jsonl import read_clusters
from newsbrief.model import Article
from newsbrief.pipeline import Briefer
from newsbrief.summarize.antecedents import antecedent, by_article_in_order, opening_pronoun
from newsbrief.summarize.descriptions import describe, opening_description
from pronoun_items import item_record, trust_clusters
from reserved import BLIND_CLUSTERS as RESERVED_CLUSTERS
from reserved import BLIND_TOPICS as RESERVED_TOPICS
from trust_items import DEFAULT_DATA_DIR, multinews_clusters

#: Sentences of context shown before the item's sentence.
CONTEXT = 4


def _proposal(sents: list, k: int, article: str, evidence: str) -> tuple[str, str] | None:
    """("description", name) for an opening description the resolver names; ("pronoun", name) for an opening
    He/She that :mod:`~newsbrief.summarize.antecedents` names only across a paragraph break; else None."""
    text = sents[k].text.strip()
    if opening_description(text) is not None:
        found = describe(sents, k, article, evidence)
        return None if found is None else ("description", found.name)
    if opening_pronoun(text) is None:
        return None
    person = antecedent(sents, k, article, cross_paragraph=True)
    if person is None or antecedent(sents, k, article, cross_paragraph=False) is not None:
        return None
    return "pronoun", person.name


def items_of(cluster_id: str, articles: list, part: str) -> list[dict]:
    """Every proposal of the resolver in one cluster, with its context."""
    prepared = Briefer(BriefConfig(analysis=False)).sources(articles)
    if prepared is None:
        return []
    by_article, _, texts = by_article_in_order(prepared.sentences)
    evidence = " ".join(texts.values())
    out = []
    for aid, sents in by_article.items():
        for k, s in enumerate(sents):
            found = _proposal(sents, k, texts[aid], evidence)
            if found is None:
                continue
            kind, name = found
            out.append(
                item_record(cluster_id, s, part, name, _context(sents[max(0, k - CONTEXT) : k], s)) | {"kind": kind}
            )
    return out


def _context(before: list, s) -> list[str]:
    """The sentences before ``s``, each marked "¶ " where a new paragraph follows it."""
    nxt = [*before[1:], s]
    return [("¶ " if x.paragraph != nxt[i].paragraph else "") + x.text for i, x in enumerate(before)]


def _val_outside(data: Path) -> list:
    ids, _ = trust_clusters()
    skip = set(ids) | RESERVED_CLUSTERS
    return [c for c in read_clusters(data / "multinews" / "val_raw.jsonl") if c.id not in skip]


def harvest(data: Path = DEFAULT_DATA_DIR, duc: int = 50, polnear: int = 840) -> list[dict]:
    """Every proposal of today's resolvers over the development sources (module docstring), in order."""
    ids, held = trust_clusters()
    dev = [c for c in ids if c not in held and c.startswith("multinews-val-")]
    items = []
    for cluster in multinews_clusters(data, dev):
        items += items_of(cluster.id, list(cluster.articles), "trust-dev")
    skip = set(ids) | RESERVED_CLUSTERS
    for cluster in read_clusters(data / "multinews" / "val_raw.jsonl"):
        if cluster.id not in skip:
            items += items_of(cluster.id, list(cluster.articles), "val_raw")
    for cluster in list(read_clusters(data / "duc2004" / "task2.jsonl"))[:duc]:
        items += items_of(cluster.id, list(cluster.articles), "duc2004-task2")
    items += _polnear(data / "polnear" / "polnear_articles_train.jsonl", "polnear-train", polnear)
    return items


def _polnear(path: Path, part: str, limit: int | None = None) -> list[dict]:
    items = []
    for line in path.read_text(encoding="utf-8").splitlines()[:limit]:
        row = json.loads(line)
        items += items_of(row["id"], [Article(row["id"], row["text"])], part)
    return items


def fresh(data: Path = DEFAULT_DATA_DIR) -> list[dict]:
    """Proposals over sources no rule was developed on (module docstring)."""
    items = _polnear(data / "polnear" / "polnear_articles_dev.jsonl", "polnear-dev")
    sets: dict[str, list[Article]] = {}
    for line in (data / "duc2004" / "task5_dated.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["topic"] not in RESERVED_TOPICS:
            sets.setdefault(row["topic"], []).append(Article(row["id"], row["text"]))
    for topic, articles in sets.items():
        items += items_of(topic, articles, "duc2004-task5")
    return items


def write_views(items: list[dict], out: Path, seed: int = 13) -> None:
    """``blind.txt`` (context and sentence) and ``shown.txt`` (with the proposal, shuffled), each item by its id."""

    def body(item: dict) -> str:
        return "".join(f"  C: {c}\n" for c in item["context"]) + f"  >> {item['text']}\n\n"

    with (out / "blind.txt").open("w", encoding="utf-8") as fh:
        for item in items:
            fh.write(f"## {item['article']}:{item['index']} ({item['part']})\n" + body(item))
    shuffled = list(items)
    random.Random(seed).shuffle(shuffled)
    with (out / "shown.txt").open("w", encoding="utf-8") as fh:
        for item in shuffled:
            fh.write(f"## {item['article']}:{item['index']} proposed: [{item['proposed']}]\n" + body(item))


def main() -> None:
    pronoun_items.run(__doc__, harvest, fresh, write_views)


if __name__ == "__main__":
    main()
