"""How many quote spans end at an opening mark read as a closing one (issues 10 and 11), on val_raw.

review47's count: of the outermost spans (:func:`newsbrief.analyse.quote_spans.outer_and_nested`) on the raw
articles of ``multinews/val_raw.jsonl`` (reserved clusters skipped), those whose closing mark is followed straight by
a letter, how many are over 200 characters, and how many have a space before the mark (an opening-shaped mark:
a real closing mark glued to the next word, '..."Serna is', follows its last word, not a space). ``--list`` prints
each with the id of its article (prints article text).

Run: ``python benchmarks/unclosed_quotes.py --data ../shared/data``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from newsbrief.analyse.quote_spans import QUOTE_MARK, outer_and_nested
from newsbrief.ingest import read_clusters
from reserved import BLIND_CLUSTERS


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--list", action="store_true", help="print each span so counted (prints article text)")
    args = ap.parse_args(argv)
    path = args.data / "multinews" / "val_raw.jsonl"
    if not path.is_file():
        print(f"error: {path}: not found; pass --data ../shared/data", file=sys.stderr)
        return 2
    spans = letter = long = spaced = 0
    for cluster in read_clusters(path):
        if cluster.id in BLIND_CLUSTERS:
            continue
        for article in cluster.articles:
            text = article.text
            for start, end in outer_and_nested(text)[0]:
                spans += 1
                mark = QUOTE_MARK.match(text, end)
                after = mark.end() if mark else end + 1
                if after >= len(text) or not text[after].isalpha():
                    continue
                letter += 1
                long += end - start > 200
                spaced += text[end - 1].isspace()
                if args.list:
                    print(f"{article.id}\t{end - start}\t{text[max(0, end - 60) : after + 20]!r}")
    print("| outer spans | closing mark followed by a letter | of them over 200 characters | space before the mark |")
    print("|---|---|---|---|")
    print(f"| {spans} | {letter} | {long} | {spaced} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
