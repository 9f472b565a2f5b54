"""Items for an in-context reading of briefs (issue 10): each summary sentence, with the brief before it.

The trust labels judge a sentence as a brief's opener; ../shared/EDITOR.md reads it where it stands in the brief.
This script briefs the development part of the trust clusters under two or more configurations and writes one item
per summary sentence: the sentence as shown and the brief's sentences before it, so that a reader marks whether
it stands *there* (the protocol's "cannot stand alone"). An item whose sentence and preceding brief are the same
under two configurations is written once and counts for both. The configurations are not named in the items
(``key.json`` maps them), and the held-out third of the reading is the third of its clusters with the lowest sha1.

Run: ``python benchmarks/trust_reading.py --out DIR --config base: --config other:referents=off``; once two readers
have answered (``DIR/out/A.jsonl``, ``DIR/out/B.jsonl``: ``{"id", "label": "stands" | "cannot-stand-alone", "why"}``),
``python benchmarks/trust_reading.py --out DIR --score`` prints their agreement and, per configuration, the
readers' in-context rate beside the label-based rate and the protocol count's (``trust_context.py``), with how
often the protocol count's verdict on a sentence matches the readers'.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from newsbrief.config import BriefConfig
from newsbrief.pipeline import Briefer
from trust import claims_of, leans_by_key
from trust_context import resolved_by_brief
from trust_items import DEFAULT_DATA_DIR
from trust_labels import PAIRS_FILE, SENTENCES_FILE, load_trust


def _config(spec: str, words: int) -> tuple[str, BriefConfig]:
    name, _, settings = spec.partition(":")
    config = BriefConfig(words=words, analysis=False)
    for item in filter(None, settings.split(",")):
        key, _, value = item.partition("=")
        config = config.replace(**{key: value})
    return name, config


def heldout(cluster_ids: Sequence[str]) -> set[str]:
    """The third of the clusters with the lowest sha1 of their id."""
    ranked = sorted(cluster_ids, key=lambda c: hashlib.sha1(c.encode()).hexdigest())
    return set(ranked[: -(-len(ranked) // 3)])


def write_items(out: Path, specs: Sequence[str], words: int, data: Path) -> None:
    """Brief every development cluster under each configuration; write items.jsonl and key.json to ``out``."""
    clusters = {cid: lc for cid, lc in load_trust(data, SENTENCES_FILE, PAIRS_FILE).items() if lc.split == "dev"}
    configs = [_config(spec, words) for spec in specs]
    held = heldout(sorted(clusters))
    items: dict[tuple[str, tuple[str, ...]], dict] = {}
    key: dict[str, dict] = {"heldout": sorted(held), "briefs": {}}
    for cid in sorted(clusters):
        lc = clusters[cid]
        leans = leans_by_key(lc.sentences)
        labels = {k: v for k, v in lc.sentence_labels.items() if k not in lc.changed}
        for name, config in configs:
            brief = Briefer(config)(lc.cluster.articles)
            claims = claims_of(brief, lc.sentences)
            shown = [s.shown for s in brief.summary]
            ids = []
            for j, text in enumerate(shown):
                before = tuple(shown[:j])
                found = items.get((cid, (*before, text)))
                if found is None:
                    found = {
                        "id": f"{cid.removeprefix('multinews-val-')}.{len(items)}",
                        "cluster": cid,
                        "n": j + 1,
                        "brief_before": [f"{k + 1}. {t}" for k, t in enumerate(before)],
                        "sentence": text,
                    }
                    items[(cid, (*before, text))] = found
                ids.append(found["id"])
            # what the protocol count (trust_context.py) says of each, for the comparison after the reading
            stands: list[bool] = []
            protocol = []
            for j, claim in enumerate(claims):
                label = labels.get(claim.key)
                after = j > 0 and claims[j - 1].key == (claim.key[0], claim.key[1] - 1) and stands[j - 1]
                ok = label == "ok" or (label == "opinion" and claim.attributed)
                if label == "cannot-stand-alone":
                    ok = resolved_by_brief(
                        [leans[c.key] for c in claims], j, after_predecessor=after, introduced=claim.introduced
                    )
                stands.append(ok)
                protocol.append(None if label is None else {"label": label, "stands_by_protocol": ok})
            key["briefs"].setdefault(cid, {})[name] = {"items": ids, "labels": protocol}
    out.mkdir(parents=True, exist_ok=True)
    with (out / "items.jsonl").open("w", encoding="utf-8") as fh:
        for item in items.values():
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    (out / "key.json").write_text(json.dumps(key, indent=1), encoding="utf-8")
    print(f"{len(items)} items from {len(clusters)} clusters x {len(configs)} configurations written to {out}")


def _answers(path: Path) -> dict[str, str]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            out[rec["id"]] = rec["label"]
    return out


def kappa(a: dict[str, str], b: dict[str, str]) -> tuple[int, float, float]:
    """Items both answered, raw agreement and Cohen's kappa of two readings."""
    ids = sorted(set(a) & set(b))
    n = len(ids)
    if not n:
        return 0, 0.0, 0.0
    agree = sum(a[i] == b[i] for i in ids) / n
    labels = {a[i] for i in ids} | {b[i] for i in ids}
    chance = sum((sum(a[i] == x for i in ids) / n) * (sum(b[i] == x for i in ids) / n) for x in labels)
    return n, agree, (agree - chance) / (1 - chance) if chance < 1 else 1.0


def _pct(k: int, n: int) -> str:
    return f"{k}/{n} ({100 * k / max(1, n):.1f}%)"


def score(out: Path) -> None:
    """Print the two readings' agreement and, per configuration and part, the rates (see the module docstring)."""
    key = json.loads((out / "key.json").read_text(encoding="utf-8"))
    a, b = _answers(out / "out" / "A.jsonl"), _answers(out / "out" / "B.jsonl")
    n, agree, k = kappa(a, b)
    print(f"readers A and B: {n} items both read, raw agreement {agree:.3f}, Cohen's kappa {k:.3f}\n")
    held = set(key["heldout"])
    whys = Counter(
        json.loads(line).get("why", "none")
        for name in ("A", "B")
        for line in (out / "out" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip() and json.loads(line)["label"] == "cannot-stand-alone"
    )
    print("readers' reasons (both readings pooled): " + ", ".join(f"{w} {c}" for w, c in whys.most_common()) + "\n")
    print(
        "The last two columns count the sentences labelled ok or cannot-stand-alone that both readers judged alike.\n"
    )
    print(
        "| configuration | part | summary sentences | readers: cannot stand alone (both / either) "
        "| label-based | protocol count | protocol verdict = readers' | label = readers' |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for name in sorted({c for briefs in key["briefs"].values() for c in briefs}):
        for part in ("dev", "heldout"):
            total = both = either = labelled = failing = protocol = match = match_label = judged = 0
            for cid, briefs in key["briefs"].items():
                if (cid in held) != (part == "heldout") or name not in briefs:
                    continue
                for item, lab in zip(briefs[name]["items"], briefs[name]["labels"], strict=True):
                    total += 1
                    fails = [x.get(item) == "cannot-stand-alone" for x in (a, b)]
                    both += all(fails)
                    either += any(fails)
                    if lab is None or lab["label"] == "disputed":
                        continue
                    labelled += 1
                    cannot = lab["label"] == "cannot-stand-alone"
                    failing += cannot
                    unresolved = cannot and not lab["stands_by_protocol"]
                    protocol += unresolved
                    if fails[0] == fails[1] and lab["label"] in ("ok", "cannot-stand-alone"):
                        judged += 1
                        match += unresolved == fails[0]
                        match_label += cannot == fails[0]
            print(
                f"| {name} | {part} | {total} | {_pct(both, total)} / {_pct(either, total)} "
                f"| {_pct(failing, labelled)} | {_pct(protocol, labelled)} "
                f"| {match}/{judged} | {match_label}/{judged} |"
            )


def main(argv: Sequence[str] | None = None) -> None:
    """Write the reading's items (or score its answers)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--config", action="append", default=[], help="NAME:KEY=VALUE,...; repeatable")
    ap.add_argument("--words", type=int, default=300)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    ap.add_argument("--score", action="store_true", help="score the readers' answers in OUT/out/")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    if args.score:
        score(args.out)
    else:
        write_items(args.out, args.config or ["base:"], args.words, args.data)


if __name__ == "__main__":
    main()
