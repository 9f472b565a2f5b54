"""How many summary sentences a change moves: the Multi-News ``val_raw`` summaries before and after, counted.

``brief_identity.py`` says whether briefs stay byte-identical; a change meant to alter the summary needs the
size of the alteration instead. This script briefs every ``val_raw`` cluster (300 words, analysis off, the
default splitter) and either writes the summary sentences (text only, per cluster) to a JSON file outside the
repository or compares them with a file written before, printing counts only (no text, so reserved reading
clusters are never shown):

    git archive main src | tar -x -C /tmp/base
    PYTHONPATH=/tmp/base/src python benchmarks/summary_diff.py --write /tmp/summaries-before.json
    python benchmarks/summary_diff.py --check /tmp/summaries-before.json
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"


def summaries(words: int) -> dict[str, list[str]]:
    """Cluster id -> its summary sentences in order."""
    from newsbrief import BriefConfig, Briefer, read_clusters

    briefer = Briefer(BriefConfig(words=words, analysis=False))
    return {
        cluster.id: [s.text for s in briefer(cluster.articles).summary]
        for cluster in read_clusters(DATA / "multinews" / "val_raw.jsonl")
    }


def main(argv: list[str] | None = None) -> int:
    """Write or check; print the counts."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path, help="write the summaries to this JSON file")
    group.add_argument("--check", type=Path, help="compare with a JSON file written before")
    ap.add_argument("--words", type=int, default=300)
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    import newsbrief

    print(f"source tree: {Path(newsbrief.__file__).parent}", file=sys.stderr)
    now = summaries(args.words)
    if args.write:
        args.write.write_text(json.dumps(now), encoding="utf-8")
        print(f"{len(now)} summaries, {sum(map(len, now.values()))} sentences written to {args.write}")
        return 0
    before = json.loads(args.check.read_text(encoding="utf-8"))
    changed = [c for c in now if now[c] != before.get(c)]
    gone = sum(len(set(before.get(c, [])) - set(now[c])) for c in now)
    new = sum(len(set(now[c]) - set(before.get(c, []))) for c in now)
    n_before = sum(map(len, before.values()))
    print(
        f"{len(now)} clusters: {len(changed)} summaries changed; sentences {n_before} -> "
        f"{sum(map(len, now.values()))}: {gone} left out, {new} new (text differs or newly chosen)"
    )
    # Why a sentence left: read again as the code in use reads it (counts only).
    from newsbrief.ingest.clean import is_boilerplate
    from newsbrief.summarize.standalone import is_debris

    why: dict[str, int] = {}
    for c in now:
        for text in set(before.get(c, [])) - set(now[c]):
            if any(text.endswith(t) and t != text for t in now[c]):
                reason = "kept without its lead-in"
            elif any(t.startswith(text) and t != text for t in now[c]):
                reason = "joined with what followed"
            elif is_boilerplate(text):
                reason = "now a boilerplate line"
            elif is_debris(text):
                reason = "now debris"
            else:
                reason = "displaced by another choice"
            why[reason] = why.get(reason, 0) + 1
    print("left out: " + "; ".join(f"{k} {v}" for k, v in sorted(why.items(), key=lambda kv: -kv[1])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
