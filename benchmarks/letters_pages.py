"""Readers' letters pages of PolNeAR train: does the brief take them for opinion (issue 10)?

Session 14's blind reading found a reader's letter shown as fact. USA Today's letters pages in PolNeAR train open
with the section label "LETTERS." as their first paragraph (``genre.declares_opinion``). Each page outside the
reserved articles (``reserved.RESERVED_POLNEAR``) is briefed alone, 300 words, default settings: how many summary
sentences carry a whose-view note, and against the sentence labels of ``tests/data/judgement_labels_polnear2.jsonl``
(the first 16 sentences of six of the pages) how many labelled opinion are shown as fact and labelled other noted.
Also each page's P(opinion piece) from the genre model (the shipped threshold) and whether it declares itself, and
the same counts over the genre-labelled opinion pieces and news reports of PolNeAR train (``genre_polnear.py``).

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
from genre_polnear import ARTICLES, LABELS_FILE, story_article
from judgement import POLNEAR_LABELS_2
from newsbrief import brief
from newsbrief.pipeline import clean_articles, story_sentences
from newsbrief.summarize.genre import declares_opinion, default_threshold, opinion_probabilities
from newsbrief.summarize.opinion import opinion_scores
from reserved import RESERVED_POLNEAR
from trust_items import DEFAULT_DATA_DIR


def letters_pages(data_dir: Path) -> list[dict]:
    """The PolNeAR train articles whose text opens (after the title) with "LETTERS.", reserved ones left out."""
    rows = map(json.loads, (data_dir / ARTICLES).read_text(encoding="utf-8").splitlines())
    return [r for r in rows if r["id"] not in RESERVED_POLNEAR and "\n\nLETTERS.\n\n" in r["text"][:300]]


def genre_seen(article: dict) -> tuple[bool, bool]:
    """(the genre model takes the cleaned article for an opinion piece at its shipped threshold, it declares one)."""
    cleaned = clean_articles([story_article(article)])[0][0]
    sents = story_sentences(cleaned)
    p = opinion_probabilities(sents, opinion_scores(sents), 0.5)[sents[0].article_id] if sents else 0.0
    return p >= default_threshold(), declares_opinion(cleaned)


def by_genre_label(data_dir: Path) -> dict[str, tuple[int, int, int]]:
    """Genre label -> (articles, taken for opinion pieces by the model, declared), reserved articles left out."""
    labels = {r["id"]: r["label"] for r in map(json.loads, LABELS_FILE.read_text(encoding="utf-8").splitlines())}
    out: dict[str, list[int]] = {}
    for line in (data_dir / ARTICLES).read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        if r["id"] in RESERVED_POLNEAR or labels.get(r["id"]) not in ("opinion", "news"):
            continue
        seen, declared = genre_seen(r)
        row = out.setdefault(labels[r["id"]], [0, 0, 0])
        row[0], row[1], row[2] = row[0] + 1, row[1] + seen, row[2] + declared
    return {k: (a, b, c) for k, (a, b, c) in out.items()}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    args = ap.parse_args(argv)
    logging.disable(logging.WARNING)
    labels = {(r["id"], r["start"]): r["label"] for r in map(json.loads, POLNEAR_LABELS_2.read_text().splitlines())}
    pages = letters_pages(args.data)
    total = noted = as_fact = wrong = seen = declared = 0
    for page in pages:
        page_seen, page_declared = genre_seen(page)
        seen, declared = seen + page_seen, declared + page_declared
        for s in brief([story_article(page)], words=300, analysis=False).summary:
            total += 1
            noted += s.view_of is not None
            label = labels.get((page["id"], s.source.start))
            as_fact += label == "opinion" and s.view_of is None
            wrong += label == "other" and s.view_of is not None
    print(f"{len(pages)} letters pages: genre model P >= {default_threshold()} on {seen}, declared {declared}")
    print(f"summary sentences {total}, noted {noted}; labelled: opinion shown as fact {as_fact}, wrong notes {wrong}")
    for label, (n, seen_, declared_) in sorted(by_genre_label(args.data).items()):
        print(f"genre-labelled {label}: {n} articles, genre model P >= threshold on {seen_}, declared {declared_}")


if __name__ == "__main__":
    main()
