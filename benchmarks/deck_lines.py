"""A deck under the headline, or a record's abstract, is not story text: measure
:func:`newsbrief.text.page_parts.deck_lines` and :func:`~newsbrief.text.page_parts.record_abstract`.

``tests/data/deck_openings_polnear.jsonl`` labels the **first story paragraph** (as main d86170e's
:func:`newsbrief.pipeline.story_sentences` left it: title lines already gone; offsets into the cleaned text) of
162 PolNeAR **train** articles drawn in a seeded order (seed 14, not among the 80 of
``headline_openings_polnear.jsonl``, at least two story paragraphs). Every third one (``k % 3 == 2``) is held out.

Guideline, written before labelling:

* D (deck): a line between the headline and the lead that sums the story up in headline style (articles and
  auxiliaries dropped, present tense for what happened, people by their last name), or the headline of an item
  under a section's title ("IN BRIEF"); a lead goes on to tell the story;
* A (abstract): the record's abstract in prose, between "ABSTRACT." and "FULL TEXT." labels (New York Times
  records);
* O (page line): a note about the page or the series ("Welcome to POLITICO New York's Culture-Business Report",
  "This is a preview of the eighth installment of ...");
* S (story): what the writer tells, a short, rhetorical or questioning lead included ("Another first.", "That
  adoring gaze.", "Were the experts wrong about the benefits of trade ...?"); unsure between D and S: S.

Session 15 (junk16) labelled the paragraphs the deck check decides on, in every train article but the reserved
ones (``tests/data/deck_candidates_polnear.jsonl``, 92: the first paragraph under the printed title, one sentence
of 4-16 words, followed by a longer paragraph; 28 of them were among the paragraphs labelled before; of the 64
new ones, every third in a seeded order, seed 15, is held out). Guideline, written before labelling; shown: the
title, the paragraph, the start of the next paragraph:

* D (deck): a line between the headline and the lead that sums the story up in headline style or as a second
  headline; it does not begin the telling: the next paragraph starts the story afresh (people again by their full
  name, the news again with its own who and when), or the line is the headline of an item under a section's title;
* S (story): the writer's first sentence, short or rhetorical leads included; the next paragraph goes on from
  it; unsure between D and S: S;
* O (page line): a note about the page, the series, the author, or a section label ("Best thing that happened to
  Democrats.").

A labelled paragraph counts as flagged when none of its sentences is story text any more. The script prints
precision and recall against D, and against D or A, for the development and the held-out part, and how many
first story paragraphs of all 840 train articles each rule takes, by outlet.

    python benchmarks/deck_lines.py [--data /work/shared/data] [--heldout]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from newsbrief.model import Article
from newsbrief.pipeline import DEFAULT_SPLITTER, clean_articles, split_sentences, story_sentences
from newsbrief.text.page_parts import deck_lines, record_abstract, title_lines
from trust_items import DEFAULT_DATA_DIR, ROOT  # siblings: scripts, not a package

LABELS = ROOT / "tests" / "data" / "deck_openings_polnear.jsonl"
#: Session 13's labelled openings (first three paragraphs of 80 other train articles, H / D / O / S, two passes):
#: a second check, made before this rule.
OPENINGS = ROOT / "tests" / "data" / "headline_openings_polnear.jsonl"
#: Session 15's labelled candidates: every first paragraph under a printed title that is one sentence of 4-16 words
#: followed by a longer paragraph (the paragraphs the deck check decides on), D / S / O (second guideline in the
#: module docstring); every PolNeAR train article but the reserved ones.
CANDIDATES = ROOT / "tests" / "data" / "deck_candidates_polnear.jsonl"
ARTICLES = Path("polnear") / "polnear_articles_train.jsonl"


def _cleaned(row: dict) -> Article:
    arts, _ = clean_articles([Article(id=row["id"], text=row["text"], title=row["title"])])
    return arts[0]


def _table(labels: list[dict], flagged: list[bool]) -> str:
    lines = ["| part | target | labelled | flagged | precision | recall |", "|---|---|---|---|---|---|"]
    for part in ("dev", "heldout"):
        idx = [k for k, lab in enumerate(labels) if lab["part"] == part]
        for target in ("D", "DA"):
            pos = [k for k in idx if labels[k]["label"] in target]
            n = sum(flagged[k] for k in idx)
            tp = sum(flagged[k] for k in pos)
            lines.append(f"| {part} | {'+'.join(target)} | {len(pos)} | {n} | {tp}/{n} | {tp}/{len(pos)} |")
    return "\n".join(lines)


def _flagged(rows: dict[str, dict], labels: list[dict]) -> list[bool]:
    """For each labelled paragraph, whether none of its sentences is story text any more."""
    flagged = []
    for lab in labels:
        story = story_sentences(_cleaned(rows[lab["id"]]))
        flagged.append(not any(lab["start"] <= s.start < lab["end"] for s in story))
    return flagged


def _scored(rows: dict[str, dict], path: Path, what: str, not_story: str) -> tuple[list[dict], list[bool]]:
    """The labels of ``path``, whether each paragraph is flagged, and the dev errors printed (a label in
    ``not_story`` that is kept, or another that is flagged); held-out errors are not read."""
    labels = [json.loads(line) for line in path.read_text().splitlines()]
    flagged = _flagged(rows, labels)
    print(f"\n{len(labels)} labelled {what}: {dict(Counter(lab['label'] for lab in labels))}")
    for k, lab in enumerate(labels):
        if lab["part"] == "dev" and flagged[k] != (lab["label"] in not_story):
            print(f"  {lab['part']} {lab['label']} flagged={flagged[k]} {lab['id']}")
    return labels, flagged


def _candidate_table(labels: list[dict], flagged: list[bool], parts: tuple[str, ...]) -> str:
    """Precision and recall of the deck check on session 15's candidates, against D and against D or O (a page
    line is no story either)."""
    lines = ["| part | target | labelled | flagged | precision | recall | S flagged |", "|---|---|---|---|---|---|---|"]
    for part in parts:
        idx = [k for k, lab in enumerate(labels) if lab["part"] == part]
        n = sum(flagged[k] for k in idx)
        lost = sum(flagged[k] for k in idx if labels[k]["label"] == "S")
        stories = sum(labels[k]["label"] == "S" for k in idx)
        for target in ("D", "DO"):
            pos = [k for k in idx if labels[k]["label"] in target]
            tp = sum(flagged[k] for k in pos)
            lines.append(
                f"| {part} | {'+'.join(target)} | {len(pos)} | {n} | {tp}/{n} | {tp}/{len(pos)} | {lost}/{stories} |"
            )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--heldout", action="store_true", help="also score session 15's held-out candidates (once)")
    args = parser.parse_args()
    rows = {r["id"]: r for r in map(json.loads, (args.data / ARTICLES).read_text().splitlines())}
    labels, flagged = _scored(rows, LABELS, "first story paragraphs", "DA")
    print(_table(labels, flagged))
    candidates, flagged = _scored(rows, CANDIDATES, "candidates", "DO")
    print(_candidate_table(candidates, flagged, ("dev", "heldout") if args.heldout else ("dev",)))
    taken: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for lab in map(json.loads, OPENINGS.read_text().splitlines()):
        story = story_sentences(_cleaned(rows[lab["id"]]))
        span = rows[lab["id"]]["text"][lab["start"] : lab["end"]].strip()
        kept = any(" ".join(s.text.split()) in " ".join(span.split()) for s in story)
        seen[lab["pass1"]] += 1
        taken[lab["pass1"]] += not kept
    print(f"session 13's openings (pass 1 label: taken / labelled): { ({k: f'{taken[k]}/{seen[k]}' for k in seen}) }")
    decks: Counter[str] = Counter()
    abstracts: Counter[str] = Counter()
    for row in rows.values():
        sents = split_sentences(_cleaned(row), DEFAULT_SPLITTER)
        abstracts[row["outlet"]] += any(record_abstract(sents))
        decks[row["outlet"]] += any(deck_lines(sents, title_lines(sents, row["title"])))
    print(f"train articles with a deck taken: {sum(decks.values())} {dict(decks)}")
    print(f"train articles with an abstract taken: {sum(abstracts.values())} {dict(abstracts)}")


if __name__ == "__main__":
    main()
