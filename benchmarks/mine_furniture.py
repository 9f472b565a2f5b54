"""Mine page furniture from many stories and write the package's list (newsbrief/data/furniture.json).

How the list is made (re-run this script to rebuild it; it prints what it found):

1. Stories: the Multi-News validation clusters of ``val_truncated.jsonl`` that are NOT among the 250
   clusters of ``val_raw.jsonl`` (5,372 of 5,622), so that measurements on the raw clusters stay honest.
2. Sentences: each document split after ``.``, ``!`` or ``?`` followed by a space; normalised to
   lower-cased ``[a-z0-9]+`` tokens (the truncated split is lower-cased, so the runtime check is too).
3. Furniture sentences: a normalised sentence of at least ``--min-tokens`` tokens printed in at least
   ``--min-stories`` different clusters, or of any length >= 4 tokens in at least ``--min-stories-short``
   clusters (short lines such as "Please try again later." need more evidence).
4. Furniture n-grams: every ``GRAM``-gram of those sentences that occurs inside furniture in at least
   ``--gram-share`` of the clusters that print it at all. Templated widgets whose slot changes ("Add X
   as an interest to stay up to date on the latest X news") keep their fixed words this way, while
   phrasing that news uses everywhere ("said in a statement on") is mostly outside furniture and
   never becomes a furniture n-gram.

The output holds hashes only (:func:`newsbrief.ingest.furniture.key`), never text.

Usage: python benchmarks/mine_furniture.py [--data ../shared/data] [--write]
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

from newsbrief.ingest.furniture import GRAM, MIN_TOKENS, grams, key, tokens

_SPLIT = re.compile(r"(?<=[.!?])\s+(?=\S)")
OUT = Path(__file__).resolve().parents[1] / "src" / "newsbrief" / "data" / "furniture.json"


def stories(data: Path) -> list[list[str]]:
    """The documents of every truncated validation cluster that is not one of the raw clusters."""
    raw = {json.loads(line)["id"] for line in (data / "multinews" / "val_raw.jsonl").open(encoding="utf-8")}
    out = []
    with (data / "multinews" / "val_truncated.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            cluster = json.loads(line)
            if cluster["id"] not in raw:
                out.append(cluster["documents"])
    return out


def mine(
    clusters: list[list[str]], *, min_stories: int, min_tokens: int, min_stories_short: int, gram_share: float
) -> dict:
    """Furniture sentence and n-gram hashes, with counts for the report."""
    sentence_df: collections.Counter[tuple[str, ...]] = collections.Counter()
    for documents in clusters:
        seen = {tuple(t) for doc in documents for s in _SPLIT.split(doc) if len(t := tokens(s)) >= MIN_TOKENS}
        sentence_df.update(seen)
    furniture = {
        s for s, df in sentence_df.items() if (df >= min_stories and len(s) >= min_tokens) or df >= min_stories_short
    }
    candidate_grams = {g for s in furniture for _, g in grams(s)}
    in_furniture: collections.Counter[str] = collections.Counter()
    anywhere: collections.Counter[str] = collections.Counter()
    for documents in clusters:
        seen_in, seen_any = set(), set()
        for doc in documents:
            for s in _SPLIT.split(doc):
                toks = tuple(tokens(s))
                found = {g for _, g in grams(toks)} & candidate_grams
                seen_any |= found
                if toks in furniture:
                    seen_in |= found
        in_furniture.update(seen_in)
        anywhere.update(seen_any)
    furniture_grams = {g for g in candidate_grams if in_furniture[g] >= gram_share * anywhere[g]}
    return {
        "how": (
            "benchmarks/mine_furniture.py: sentences of Multi-News val_truncated clusters not in val_raw, "
            f"printed in >= {min_stories} clusters (>= {min_tokens} tokens) or >= {min_stories_short} clusters; "
            f"{GRAM}-grams of those found inside furniture in >= {gram_share:.0%} of the clusters that print them"
        ),
        "clusters": len(clusters),
        "sentences": sorted(key(s) for s in furniture),
        "grams": sorted(furniture_grams),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    parser.add_argument("--min-stories", type=int, default=3)
    parser.add_argument("--min-tokens", type=int, default=6)
    parser.add_argument("--min-stories-short", type=int, default=10)
    parser.add_argument("--gram-share", type=float, default=0.3)
    parser.add_argument("--write", action="store_true", help=f"write {OUT.name} into the package")
    args = parser.parse_args(argv)
    if not (args.data / "multinews" / "val_truncated.jsonl").exists():
        print(f"no Multi-News data under {args.data}", file=sys.stderr)
        return 2
    result = mine(
        stories(args.data),
        min_stories=args.min_stories,
        min_tokens=args.min_tokens,
        min_stories_short=args.min_stories_short,
        gram_share=args.gram_share,
    )
    print("| clusters mined | furniture sentences | furniture 6-grams |")
    print("|---|---|---|")
    print(f"| {result['clusters']} | {len(result['sentences'])} | {len(result['grams'])} |")
    if args.write:
        tmp = OUT.with_suffix(".tmp")
        tmp.write_text(json.dumps(result, indent=0) + "\n", encoding="utf-8")
        tmp.replace(OUT)
        print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
