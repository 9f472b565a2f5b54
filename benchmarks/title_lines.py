"""A headline repeated in the text is not a summary sentence: measure :func:`newsbrief.text.page_parts.title_lines`.

PolNeAR's articles open with their title printed again as paragraphs ("Trump turns attacks on another Clinton; " /
"Onetime friend Bill now fair game ..."), and the brief summarised them (session 13: 13 of 70 summary sentences of
the lead's blind reading). Two measures, on PolNeAR **train** only (dev holds the lead's reserved pool):

* every train article: is the first story sentence still a run of the title's words (before / after)?
* ``tests/data/headline_openings_polnear.jsonl``: the first three paragraphs of 80 seeded train articles labelled
  H (the headline, or a part of it), D (a deck under it not in the title), O (a label: "ABSTRACT.", "LETTERS.")
  or S (story), in two passes (the second shuffled, one paragraph at a time, without the title or the first
  pass); every third article is held out. Guideline: H = the lines above the story in headline form, a line
  after a ";" line is its continuation; D = a one-line summary under the headline before the lead, in headline
  style; O = a section label or page line; S = what the writer tells, a short first sentence included; unsure
  between D and S: S. Precision and recall of the rule against H, and against H or D.

    python benchmarks/title_lines.py [--data /work/shared/data]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from newsbrief.model import Article
from newsbrief.pipeline import DEFAULT_SPLITTER, clean_articles, split_sentences, story_sentences
from newsbrief.text.page_parts import title_lines
from trust_items import DEFAULT_DATA_DIR, ROOT  # siblings: scripts, not a package

LABELS = ROOT / "tests" / "data" / "headline_openings_polnear.jsonl"
ARTICLES = Path("polnear") / "polnear_articles_train.jsonl"


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower().replace("’", "").replace("'", ""))


def inside_title(text: str, title: str) -> bool:
    """Whether the words of ``text`` are a run of the title's words."""
    said, words = _words(text), _words(title)
    return bool(said) and any(words[i : i + len(said)] == said for i in range(len(words) - len(said) + 1))


def _cleaned(row: dict) -> Article:
    arts, _ = clean_articles([Article(id=row["id"], text=row["text"], title=row["title"])])
    return arts[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    args = parser.parse_args()
    articles = {r["id"]: r for r in map(json.loads, (args.data / ARTICLES).read_text().splitlines())}
    left = 0
    for row in articles.values():
        story = story_sentences(_cleaned(row))
        left += bool(story) and inside_title(story[0].text, row["title"])
    print(f"{len(articles)} train articles; first story sentence inside the title: {left}")
    labels = [json.loads(line) for line in LABELS.read_text().splitlines()]
    flagged: dict[str, list[tuple[str, bool]]] = {}
    predicted = []
    for lab in labels:
        row = articles[lab["id"]]
        if row["id"] not in flagged:
            sents = split_sentences(_cleaned(row), DEFAULT_SPLITTER)
            flagged[row["id"]] = [
                (" ".join(s.text.split()), f) for s, f in zip(sents, title_lines(sents, row["title"]), strict=True)
            ]
        para = " ".join(row["text"][lab["start"] : lab["end"]].split())
        hits = [f for text, f in flagged[row["id"]] if text and text in para]
        predicted.append(bool(hits) and all(hits))
    agree = sum((lab["pass1"] != "S") == (lab["pass2"] != "S") for lab in labels)
    print(f"{len(labels)} labelled paragraphs; passes agree on story / not story: {agree}")
    print("| part | pass | target | flagged | precision | recall |\n|---|---|---|---|---|---|")
    for part in ("dev", "heldout"):
        idx = [k for k, lab in enumerate(labels) if lab["part"] == part]
        for name in ("pass1", "pass2"):
            for target in ("H", "HD"):
                pos = [k for k in idx if labels[k][name] in target]
                tp = sum(predicted[k] for k in pos)
                n = sum(predicted[k] for k in idx)
                print(f"| {part} | {name} | {'+'.join(target)} | {n} | {tp}/{n} | {tp}/{len(pos)} |")


if __name__ == "__main__":
    main()
