"""The proposals for an opening "He"/"She" that the reading of a given name alone adds (issue 10, session 15).

:func:`newsbrief.summarize.antecedents.antecedent` with ``story`` (the brief's display, ``name_pronouns``) reads an
antecedent sentence that names the person by given name alone ("Paula laughs about it now ...") as the one full
name the reports give it; without ``story`` (the selection mask, ``pronoun_items.py``) it does not. This lists every
proposal made with ``story`` and not without it, over the development sources of ``pronoun_items.py``: val_raw
(every cluster), DUC 2004 task 2 and PolNeAR train, leaving out the lead's reserved PolNeAR articles
(``reserved.RESERVED_POLNEAR``); each with the sentences before it in its paragraph, for reading against its source.

Run: ``python benchmarks/pronoun_given.py [--data /work/shared/data] [--polnear 840]``.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from newsbrief.config import BriefConfig
from newsbrief.ingest.jsonl import read_clusters
from newsbrief.model import Article
from newsbrief.pipeline import Briefer
from newsbrief.summarize.antecedents import antecedent, by_article_in_order, opening_pronoun, story_of
from pronoun_items import CONTEXT
from reserved import RESERVED_POLNEAR
from trust_items import DEFAULT_DATA_DIR


def added(cluster_id: str, articles: list[Article]) -> Iterable[dict]:
    """The proposals ``story`` adds in one cluster: where, the name, and the paragraph's sentences before it."""
    prepared = Briefer(BriefConfig(analysis=False)).sources(articles)
    if prepared is None:
        return
    by_article, _, joined = by_article_in_order(prepared.sentences)
    story = story_of(joined)
    for aid, sents in by_article.items():
        for k, s in enumerate(sents):
            if opening_pronoun(s.text.strip()) is None:
                continue
            person = antecedent(sents, k, joined[aid], story=story)
            if person is None or antecedent(sents, k, joined[aid]) is not None:
                continue
            before = [x.text for x in sents[max(0, k - CONTEXT) : k] if x.paragraph == s.paragraph]
            yield {
                "cluster": cluster_id,
                "article": aid,
                "index": s.index,
                "start": s.start,
                "proposed": person.name,
                "context": before,
                "text": s.text,
            }


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    ap.add_argument("--polnear", type=int, default=840, help="PolNeAR train articles read (file order)")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    n = 0
    sources: list[tuple[str, list[Article]]] = [
        (c.id, list(c.articles)) for c in read_clusters(args.data / "multinews" / "val_raw.jsonl")
    ]
    sources += [(c.id, list(c.articles)) for c in read_clusters(args.data / "duc2004" / "task2.jsonl")]
    path = args.data / "polnear" / "polnear_articles_train.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines()[: args.polnear]:
        row = json.loads(line)
        if row["id"] not in RESERVED_POLNEAR:
            sources.append((row["id"], [Article(row["id"], row["text"])]))
    for cid, articles in sources:
        for item in added(cid, articles):
            n += 1
            print(json.dumps(item, ensure_ascii=False))
    print(f"{n} proposals added by the given-name reading over {len(sources)} sources", file=sys.stderr)


if __name__ == "__main__":
    main()
