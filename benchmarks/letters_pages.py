"""Readers' letters pages of PolNeAR train: does the brief take them for opinion (issue 10)?

Session 14's blind reading found a reader's letter shown as fact. USA Today's letters pages in PolNeAR train open
with the section label "LETTERS." as their first paragraph (``genre.declares_opinion``). Each page outside the
reserved articles (``reserved.BLIND_POLNEAR``) is briefed alone, 300 words, default settings: how many summary
sentences carry a whose-view note, and against the sentence labels of ``tests/data/judgement_labels_polnear2.jsonl``
(the first 16 sentences of six of the pages) how many labelled opinion are shown as fact and labelled other noted.
Also each page's P(opinion piece) from the genre model (the shipped threshold) and whether it declares itself.

Run (base: ``PYTHONPATH=/tmp/base/src``):
    python benchmarks/letters_pages.py --data /work/shared/data
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from genre_polnear import ARTICLES, story_article
from judgement import POLNEAR_LABELS_2
from newsbrief import brief
from newsbrief.pipeline import clean_articles, story_sentences
from newsbrief.summarize.genre import declares_opinion, default_threshold, opinion_probabilities
from newsbrief.summarize.opinion import opinion_scores
from reserved import BLIND_POLNEAR
from trust_items import DEFAULT_DATA_DIR


def letters_pages(data_dir: Path) -> list[dict]:
    """The PolNeAR train articles whose text opens (after the title) with "LETTERS.", reserved ones left out."""
    rows = map(json.loads, (data_dir / ARTICLES).read_text(encoding="utf-8").splitlines())
    return [r for r in rows if r["id"] not in BLIND_POLNEAR and "\n\nLETTERS.\n\n" in r["text"][:300]]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    args = ap.parse_args(argv)
    logging.disable(logging.WARNING)
    labels = {(r["id"], r["start"]): r["label"] for r in map(json.loads, POLNEAR_LABELS_2.read_text().splitlines())}
    pages = letters_pages(args.data)
    total = noted = as_fact = wrong = seen = declared = 0
    for page in pages:
        article = story_article(page)
        cleaned = clean_articles([article])[0][0]
        sents = story_sentences(cleaned)
        p = opinion_probabilities(sents, opinion_scores(sents), 0.5)[sents[0].article_id]
        seen += p >= default_threshold()
        declared += declares_opinion(cleaned)
        for s in brief([article], words=300, analysis=False).summary:
            total += 1
            noted += s.view_of is not None
            label = labels.get((page["id"], s.source.start))
            as_fact += label == "opinion" and s.view_of is None
            wrong += label == "other" and s.view_of is not None
    print(f"{len(pages)} letters pages: genre model P >= {default_threshold()} on {seen}, declared {declared}")
    print(f"summary sentences {total}, noted {noted}; labelled: opinion shown as fact {as_fact}, wrong notes {wrong}")


if __name__ == "__main__":
    main()
