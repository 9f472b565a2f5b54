"""Store the fresh same-fact pair labels (``benchmarks/support_items.py``) and score support on them.

``--items DIR`` (the labelling folder: ``build.jsonl``, ``out/A.jsonl``, ``out/B.jsonl``, answers one JSON
object a line, the last line for an id wins) writes ``tests/data/support_pairs.jsonl``: one labelled pair a
line, ids, offsets, hashes and labels only (no text). A pair's ``label`` is the two readings' label when
they agree, else ``disputed`` (left out of every figure, as for the trust pairs); Cohen's kappa of the two
readings is printed.

Without ``--items`` it scores the stored labels: the pairs are put back on the sentences the brief's own
reading, cleaning and splitting give today (``trust_items.cluster_sentences``; a sentence renumbered by
splitting elsewhere is found by its hash in its document; a pair whose sentence's text changed is left out
and counted), and support links are made as ``benchmarks/trust.py`` makes them (every
sentence a claim, the brief's rule and per-article cap) at several thresholds and the shipped
``same_fact_threshold``; then each cluster is briefed (300 words, analysis off, as ``benchmarks/trust.py``
does) and its multi-source claims ("reported by N of M", N >= 2) are checked as there: inflated when a cited
supporting sentence's pair is labelled ``related`` or ``different``. The whole round is held out: nothing is
fitted or chosen on it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from agreement import cohen_kappa  # siblings: scripts, not a package
from newsbrief.config import BriefConfig
from newsbrief.errors import InputError
from newsbrief.pipeline import Briefer
from trust import Tally, claims_of, score_summary, score_support, support_links
from trust_items import (
    DEFAULT_DATA_DIR,
    ROOT,
    StoryCluster,
    cluster_sentences,
    multinews_clusters,
    require_data,
    write_jsonl,
)

STORED = ROOT / "tests" / "data" / "support_pairs.jsonl"
LABELS = ("same", "related", "different")
THRESHOLDS = (0.5, 0.7, 0.8, 0.9, 0.95, 0.99)
SIDE = ("id", "doc", "start", "end", "raw_start", "raw_end", "sha1")


def read_answers(path: Path) -> dict[str, str]:
    """One labeller's answers: the last line for an id wins; an unknown label is an error."""
    out = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        if row.get("label") not in LABELS:
            raise InputError(f"{path}:{n}: label must be one of {', '.join(LABELS)}, got {row.get('label')!r}")
        out[row["id"]] = row["label"]
    return out


def store(items_dir: Path, out: Path = STORED) -> dict:
    """Write the stored labels from the build file and both readings; returns the agreement figures."""
    build = [json.loads(line) for line in (items_dir / "build.jsonl").read_text(encoding="utf-8").splitlines()]
    a, b = read_answers(items_dir / "out" / "A.jsonl"), read_answers(items_dir / "out" / "B.jsonl")
    both = [p["id"] for p in build if p["id"] in a and p["id"] in b]
    rows = []
    for p in build:
        if p["id"] not in a or p["id"] not in b:
            continue
        la, lb = a[p["id"]], b[p["id"]]
        rows.append(
            {
                "id": p["id"],
                "cluster": p["cluster"],
                "file": p["a_item"]["file"],
                "split": "heldout",
                "a": {k: p["a_item"][k] for k in SIDE},
                "b": {k: p["b_item"][k] for k in SIDE},
                "label": la if la == lb else "disputed",
                "labels": {"A": la, "B": lb},
            }
        )
    write_jsonl(out, rows)
    same_a = [a[i] == "same" for i in both]
    same_b = [b[i] == "same" for i in both]
    agreed_same = sum(x and y for x, y in zip(same_a, same_b, strict=True))
    return {
        "items": len(build),
        "both": len(both),
        "kappa": round(cohen_kappa([a[i] for i in both], [b[i] for i in both]), 3),
        "kappa_same": round(cohen_kappa(same_a, same_b), 3),
        "raw": round(sum(a[i] == b[i] for i in both) / max(1, len(both)), 3),
        "same_A": sum(same_a),
        "same_B": sum(same_b),
        "same_both": agreed_same,
        "disputed": sum(r["label"] == "disputed" for r in rows),
    }


def load(
    data_dir: Path, path: Path = STORED, left_out: list[str] | None = None
) -> dict[str, tuple[StoryCluster, list, dict]]:
    """Per cluster: the cluster, today's sentences and the labels keyed by (article id, sentence index) pairs.

    A side is found by its id and hash, else by its hash alone in its document (splitting elsewhere in the
    document renumbered it; the text is the same). A side whose text is found nowhere in its document raises
    ``InputError`` naming the pair, unless ``left_out`` is given: then the pair's id is added to it and the
    pair is left out (splitting changed that sentence since the labels were made).
    """
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    out: dict[str, tuple[list, dict]] = {}
    for cluster in multinews_clusters(data_dir, {r["cluster"] for r in rows}):
        sentences, items = cluster_sentences(cluster)
        key = {it.id: ((s.article_id, s.index), it.sha1) for s, it in zip(sentences, items, strict=True)}
        by_text: dict[tuple[int, str], list] = {}
        for s, it in zip(sentences, items, strict=True):
            by_text.setdefault((it.doc, it.sha1), []).append((s.article_id, s.index))
        labels = {}
        for r in rows:
            if r["cluster"] != cluster.id:
                continue
            sides = []
            for side in (r["a"], r["b"]):
                moved = by_text.get((side["doc"], side["sha1"]), [])
                if side["id"] in key and key[side["id"]][1] == side["sha1"]:
                    sides.append(key[side["id"]][0])
                elif len(moved) == 1:
                    sides.append(moved[0])
            if len(sides) < 2:
                if left_out is None:
                    raise InputError(f"{path}: pair {r['id']}: a sentence is not found with its hash today")
                left_out.append(r["id"])
                continue
            labels[frozenset(sides)] = r["label"]
        out[cluster.id] = (cluster, sentences, labels)
    return out


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    ap.add_argument("--items", type=Path, help="the labelling folder: store its answers as tests/data labels")
    ap.add_argument("--words", type=int, default=300, help="summary word budget of the briefs checked for inflation")
    args = ap.parse_args(argv)
    if args.items:
        print(json.dumps(store(args.items), indent=1))
        return
    require_data(args.data)
    left_out: list[str] = []
    clusters = load(args.data, left_out=left_out)
    if left_out:
        print(f"{len(left_out)} labelled pairs left out: a sentence's text changed since labelling")
    shipped = BriefConfig().same_fact_threshold
    counts = Counter(label for _, _, labels in clusters.values() for label in labels.values())
    print(f"{len(clusters)} clusters, {sum(counts.values())} labelled pairs ({dict(counts)})")
    print()
    print("| support threshold | precision | recall | links |")
    print("|---|---|---|---|")
    for threshold in sorted({*THRESHOLDS, shipped}):
        tally = Tally()
        for _, sentences, labels in clusters.values():
            tally.add(score_support(labels, support_links(sentences, BriefConfig(same_fact_threshold=threshold))))
        p = "-" if tally.precision is None else f"{tally.precision:.3f}"
        r = "-" if tally.recall is None else f"{tally.recall:.3f}"
        mark = " (shipped)" if threshold == shipped else ""
        print(
            f"| {threshold:.2f}{mark} | {p} ({tally.tp}/{tally.tp + tally.fp}) | "
            f"{r} ({tally.tp}/{tally.tp + tally.fn}) | {tally.tp + tally.fp} |"
        )
    briefer = Briefer(BriefConfig(words=args.words, analysis=False))
    claims = Tally()
    for cluster, sentences, labels in clusters.values():
        claims.add(score_summary(claims_of(briefer(cluster.articles), sentences), {}, labels))
    checked = claims.multi - claims.unchecked
    print()
    print(
        f"briefs ({args.words} words, analysis off): {claims.multi} multi-source claims, {claims.inflated} of "
        f"{checked} checked inflated (a cited support labelled related or different), {claims.unchecked} unchecked"
    )


if __name__ == "__main__":
    main()
