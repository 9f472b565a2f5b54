"""Which dashes the corpora write, and how many datelines the splitter sets apart (issue 10: junk).

HuffPost closes its datelines with the horizontal bar (U+2015): "WASHINGTON ― Donald Trump's ...". A dash the
dateline patterns do not read leaves the dateline in the first sentence of the story. The script counts every
dash-like character (:data:`CHARACTERS`) in PolNeAR **train**, Multi-News ``val_raw`` and DUC 2004 (tasks 2 and
5), by outlet for PolNeAR; then, on PolNeAR train, the paragraphs that open with a dateline of each form of
:func:`newsbrief.text.dateline.dateline_at`, by outlet, and the sentences of
:func:`newsbrief.text.split.split_sentences` that open with a dateline and go on (the dateline inside a sentence)
against those that are a dateline alone (set apart):

    python benchmarks/dateline_dashes.py [--data /work/shared/data]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from newsbrief.model import Article
from newsbrief.text.dateline import dateline_at
from newsbrief.text.split import is_dateline, split_sentences

REPO = Path(__file__).resolve().parents[1]
CHARACTERS = {
    "―": "U+2015 horizontal bar",
    "—": "U+2014 em dash",
    "–": "U+2013 en dash",
    "‒": "U+2012 figure dash",
    "−": "U+2212 minus",
    "﹘": "U+FE58 small em dash",
    "﹣": "U+FE63 small hyphen-minus",
    "－": "U+FF0D full-width hyphen-minus",
}
FORMS = ("segment", "event", "dated", "agency")
#: A place in capitals and any dash of :data:`CHARACTERS` (or two hyphens, a hyphen, an underscore), then more
#: text: written here, apart from the code measured, so that a dash the code does not read is still seen.
OPENING = re.compile("[A-Z][A-Z .,'-]{1,40}\\s*(?:--|[_" + "".join(CHARACTERS) + "-])\\s+\\S")


def _texts(path: Path) -> list[tuple[str, str]]:
    """(outlet or file name, text) of every article of a JSON lines file (PolNeAR articles or clusters)."""
    out = []
    for line in path.open(encoding="utf-8"):
        record = json.loads(line)
        if "text" in record and "id" in record:
            out.append((record["id"].split("_")[0], record["text"]))
        else:
            out.append((path.stem, json.dumps(record, ensure_ascii=False)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    args = parser.parse_args()
    train = _texts(args.data / "polnear" / "polnear_articles_train.jsonl")
    sets = {
        "polnear train": train,
        "val_raw": _texts(args.data / "multinews" / "val_raw.jsonl"),
        "duc2004": _texts(args.data / "duc2004" / "task2.jsonl") + _texts(args.data / "duc2004" / "task5_dated.jsonl"),
    }
    print("character uses (articles or records):")
    for name, texts in sets.items():
        uses, docs = Counter(), Counter()
        for group, text in texts:
            for char in CHARACTERS:
                if n := text.count(char):
                    key = (group if name == "polnear train" else name, CHARACTERS[char])
                    uses[key] += n
                    docs[key] += 1
        for key in sorted(uses):
            print(f"  {name:14} {key[0]:10} {key[1]:30} {uses[key]:5} ({docs[key]})")
    opened = Counter()
    inside = apart = 0
    for i, (outlet, text) in enumerate(train):
        for paragraph in text.split("\n"):
            for form in FORMS:
                if paragraph.strip() and dateline_at(paragraph, 0, form):
                    opened[(outlet, form)] += 1
        for sentence in split_sentences(Article(id=str(i), text=text)):
            body = sentence.text.strip()
            if is_dateline(body):
                apart += 1
            elif OPENING.match(body):
                inside += 1
    print("PolNeAR train paragraphs opening with a dateline, by outlet and form:")
    for form in FORMS:
        row = {o: n for (o, f), n in sorted(opened.items()) if f == form}
        print(f"  {form:8} {sum(row.values()):4}  " + "  ".join(f"{o} {n}" for o, n in row.items()))
    print(f"PolNeAR train sentences: a dateline alone {apart}; opening with a dateline and going on {inside}")


if __name__ == "__main__":
    main()
