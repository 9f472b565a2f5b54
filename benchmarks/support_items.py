"""Build a fresh held-out round of cross-source pair items for the same-fact decision (issue 10, session 8).

The trust pairs' held-out third (84 ``same`` pairs, 14 clusters) had been scored by several passes before
session 8, so a fresh round is drawn that no one has seen: Multi-News validation clusters with two or more
documents that are in no labelled pair set of ``tests/data`` (``PAIR_SETS``) and not reserved for the
lead's blind reading. Each cluster is read, cleaned and split exactly as for the trust labels
(:func:`trust_items.cluster_sentences`), and **every** cross-document pair at or above the trust labels'
floor (``trust_items.PAIR_FLOOR``) is an item, so recall on it means what it means on the trust pairs.
Clusters are taken in a fixed random order (seed ``SEED``), skipping any with more than ``MAX_PAIRS_CLUSTER``
pairs (one huge cluster would be the whole round), until ``MAX_PAIRS`` pairs. The whole round is held out:
nothing is fitted or chosen on it.

Run: ``python benchmarks/support_items.py --out /work/labels/support8`` writes ``items.jsonl`` (texts, so it
lives outside the repository), ``build.jsonl`` (ids, offsets, hashes) and ``GUIDELINE.md`` (the trust
guideline's pair part, verbatim, with the answer format).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from trust_items import (  # a sibling script, not a package
    DEFAULT_DATA_DIR,
    MULTINEWS_FILE,
    PAIR_FLOOR,
    ROOT,
    cluster_pairs,
    cluster_sentences,
    multinews_clusters,
    write_jsonl,
)

SEED = 20261130_8
#: Two documents suffice here (only 7 unlabelled clusters have three): a pair is a pair.
MIN_DOCUMENTS = 2
MAX_PAIRS = 600
MAX_PAIRS_CLUSTER = 110
#: The labelled files of tests/data that hold sentence pairs (or their clusters' sentences).
PAIR_SETS = ("sentence_pairs", "trust_", "conflicts")
RESERVED = Path("/work/notes/s8/reading_ids.json")


def labelled_clusters(tests_data: Path, skip: tuple[str, ...] = ()) -> set[str]:
    """Every Multi-News cluster id a labelled pair set of tests/data names (same-fact, trust, conflict pairs).

    ``skip`` names files (without ``.jsonl``) to leave out: a set drawn at the same time as the one checked.
    """
    seen: set[str] = set()
    for path in sorted(tests_data.glob("*.jsonl")):
        if not path.name.startswith(PAIR_SETS) or path.stem in skip:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if '"multinews-val-' in line:
                seen.update(
                    tok.strip('",:{} ') for tok in line.split() if tok.strip('",:{} ').startswith("multinews-val-")
                )
    return seen


def reserved_clusters() -> set[str]:
    if not RESERVED.exists():
        return set()
    data = json.loads(RESERVED.read_text(encoding="utf-8"))
    ids = (
        data if isinstance(data, list) else [v for vs in data.values() for v in (vs if isinstance(vs, list) else [vs])]
    )
    return {str(i) for i in ids}


def guideline(readme: Path, out: Path) -> str:
    text = readme.read_text(encoding="utf-8")
    sp_start = text.index("### Guideline", text.index("## Sentence pairs"))
    sp_end = text.index("\n### Caveats", sp_start)  # the caveats are about the old sample, not labelling
    tp_start = text.index("### Pair labels", text.index("## Trust labels"))
    tp_end = text.index("\n### ", tp_start + 1)
    sl_start = text.index("- **junk**", text.index("### Sentence labels"))
    sl_end = text.index("\n- **", sl_start + 1)
    return (
        "# Same-fact pair labelling (newsbrief, issue 10, support)\n\n"
        "Each item is two sentences from two different news reports of the same story. Label the pair `same`, "
        "`related` or `different` by the guideline below (the project's existing one, unchanged). Items of one "
        "story are together; the story's topic is what its sentences are about.\n\n"
        "## Base guideline (sentence pairs)\n"
        + text[sp_start:sp_end].replace("### Guideline", "", 1)
        + "\n## Additions (trust pairs): these take precedence\n"
        + text[tp_start:tp_end].replace("### Pair labels", "", 1)
        + "\n## What the sentence guideline calls `junk` (for the first addition)\n\n"
        + text[sl_start:sl_end]
        + "\n\n## Answer format\n\n"
        f"Items: `{out}/items.jsonl` (fields `id`, `cluster`, `a`, `b`). Write `{out}/out/<A or B>.jsonl` as the "
        "lead tells you, one JSON object per line, one line for every item:\n\n"
        '    {"id": "mn101.0.1~mn101.1.0", "label": "same"}\n'
        '    {"id": "mn101.0.2~mn101.2.4", "label": "related", "note": "different year"}\n\n'
        "Labels are exactly `same`, `related`, `different`; `note` is optional. If you change your mind, append "
        "a new line for the same id (the last one wins). Work independently.\n"
    )


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    excluded = labelled_clusters(ROOT / "tests" / "data") | reserved_clusters()
    ids = [
        json.loads(line)["id"]
        for line in (args.data / MULTINEWS_FILE).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    wanted = [i for i in ids if i not in excluded]
    pool = [c for c in multinews_clusters(args.data, wanted) if len(c.raw) >= MIN_DOCUMENTS]
    order = sorted(c.id for c in pool)
    random.Random(SEED).shuffle(order)
    by_id = {c.id: c for c in pool}
    items, build, chosen = [], [], []
    for cid in order:
        sentences, sitems = cluster_sentences(by_id[cid])
        pairs = list(cluster_pairs(sentences, sitems, PAIR_FLOOR))
        if not pairs or len(pairs) > MAX_PAIRS_CLUSTER or len(items) + len(pairs) > MAX_PAIRS:
            continue
        text = {it.id: it for it in sitems}
        chosen.append({"id": cid, "pairs": len(pairs)})
        for p in pairs:
            items.append({"id": p.id, "cluster": cid, "a": text[p.a].text, "b": text[p.b].text})
            build.append(asdict(p) | {"a_item": asdict(text[p.a]), "b_item": asdict(text[p.b])})
    write_jsonl(args.out / "items.jsonl", items)
    write_jsonl(args.out / "build.jsonl", build)
    (args.out / "GUIDELINE.md").write_text(guideline(ROOT / "tests" / "data" / "README.md", args.out), encoding="utf-8")
    print(json.dumps({"pool": len(pool), "excluded": len(excluded), "clusters": chosen, "pairs": len(items)}, indent=1))


if __name__ == "__main__":
    main()
