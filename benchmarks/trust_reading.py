"""Items for an in-context reading of briefs (issue 10): each summary sentence, with the brief before it.

The trust labels judge a sentence as a brief's opener; ../shared/EDITOR.md reads it where it stands in the brief.
This script briefs the development part of the trust clusters under two or more configurations and writes one item
per summary sentence: the sentence as shown and the brief's sentences before it, so that a reader marks whether
it stands *there* (the protocol's "cannot stand alone"). An item whose sentence and preceding brief are the same
under two configurations is written once and counts for both. The configurations are not named in the items
(``key.json`` maps them), and the held-out third of the reading is the third of its clusters with the lowest sha1.

Run: ``python benchmarks/trust_reading.py --out DIR --config base: --config other:referents=off``; once two readers
have answered (``DIR/out/A.jsonl``, ``DIR/out/B.jsonl``: ``{"id", "label": "stands" | "cannot-stand-alone", "why"}``),
``--store`` keeps the reading in tests/data/trust_reading.jsonl (no text), and ``--score`` prints the readers'
agreement and, per brief, their in-context rate beside the label-based rate and the protocol count's
(``trust_context.py``), with how often each count's verdict on a sentence matches the readers'. The stored reading
is of main at 9a0eeb1 ("base") and of a strong version of the referents check ("strict") that was not kept.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from agreement import cohen_kappa  # siblings: scripts, not a package
from newsbrief.config import BriefConfig
from newsbrief.pipeline import Briefer
from trust import Claim, claims_of, leans_by_key
from trust_context import resolved_by_brief
from trust_items import DEFAULT_DATA_DIR, ROOT
from trust_labels import PAIRS_FILE, SENTENCES_FILE, load_trust

#: The stored reading: ids, keys, hashes and answers, no text (tests/data/README.md, "Trust reading").
READING_FILE = ROOT / "tests" / "data" / "trust_reading.jsonl"
_FAILS = "cannot-stand-alone"
#: An editorial insertion as shown ("[Jeremy] Corbyn"); the source sentence has none.
_INSERTION = re.compile(r"\[[^\]]*\] ")


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


def write_items(out: Path, specs: Sequence[str], words: int, data: Path, *, read: Path | None = None) -> None:
    """Brief every development cluster under each configuration; write items.jsonl and key.json to ``out``.

    ``read``: the items.jsonl of an earlier round; an item it holds (same sentence, same brief before it) is not
    written again, and the key points at the earlier item's id (its id is kept; new ids carry an "r2-" prefix).
    """
    earlier = {}
    if read is not None:
        for line in read.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            earlier[(rec["cluster"], (*(b.split(". ", 1)[1] for b in rec["brief_before"]), rec["sentence"]))] = rec
    prefix = "r2-" if read is not None else ""
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
                found = items.get((cid, (*before, text))) or earlier.get((cid, (*before, text)))
                if found is None:
                    found = {
                        "id": f"{prefix}{cid.removeprefix('multinews-val-')}.{len(items)}",
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
                        [leans[c.key] for c in claims],
                        j,
                        after_predecessor=after,
                        introduced=Claim.introduced_by(claims, j),
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
    if not ids:
        return 0, 0.0, 0.0
    agree = sum(a[i] == b[i] for i in ids) / len(ids)
    return len(ids), agree, cohen_kappa([a[i] for i in ids], [b[i] for i in ids])


def store(outs: Sequence[Path], data: Path, path: Path = READING_FILE) -> None:
    """Write the reading to ``path`` with no text: per brief sentence its cluster, brief, place, source key
    (article, sentence index, offsets, sha1 of the text), its trust label and the protocol count's verdict, and
    each reader's answer. The sentences are found again by their shown text (insertions removed).

    ``outs`` are the rounds' folders (items.jsonl, key.json, out/A.jsonl, out/B.jsonl); a later round's items
    may point at an earlier round's, and a brief already stored by an earlier round is not stored again.
    """
    items: dict[str, dict] = {}
    answers: dict[str, dict[str, dict]] = {"A": {}, "B": {}}
    for out in outs:
        for line in (out / "items.jsonl").read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            items[rec["id"]] = rec
        for name in answers:
            answers[name].update(_records(out / "out" / f"{name}.jsonl"))
    clusters = load_trust(data, SENTENCES_FILE, PAIRS_FILE)
    rows: list[dict] = []
    stored: set[tuple[str, str]] = set()
    for out in outs:
        key = json.loads((out / "key.json").read_text(encoding="utf-8"))
        rows += _rows(key, items, answers, clusters, stored)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} brief sentences ({len(items)} items) written to {path}")


def _rows(key: dict, items: dict, answers: dict, clusters: dict, stored: set[tuple[str, str]]) -> list[dict]:
    """The stored rows of one round's briefs (see :func:`store`); ``stored`` holds the (cluster, brief) done."""
    held = set(key["heldout"])
    rows = []
    for cid, briefs in sorted(key["briefs"].items()):
        by_text = {s.text.strip(): s for s in clusters[cid].sentences}
        for name, brief in sorted(briefs.items()):
            if (cid, name) in stored:
                continue
            stored.add((cid, name))
            for n, (item, lab) in enumerate(zip(brief["items"], brief["labels"], strict=True), start=1):
                shown = items[item]["sentence"].strip()
                sent = by_text.get(shown) or by_text[_INSERTION.sub("", shown).strip()]
                rows.append(
                    {
                        "item": item,
                        "cluster": cid,
                        "part": "heldout" if cid in held else "dev",
                        "brief": name,
                        "n": n,
                        "article": sent.article_id,
                        "index": sent.index,
                        "start": sent.start,
                        "end": sent.end,
                        "sha1": hashlib.sha1(sent.text.encode()).hexdigest()[:8],
                        "trust_label": None if lab is None else lab["label"],
                        "stands_by_protocol": None if lab is None else lab["stands_by_protocol"],
                        # the label and its reason; a reader's free-text note may quote the sentence: not kept
                        "readers": {
                            r: {k: v for k, v in answers[r][item].items() if k in ("label", "why")} for r in answers
                        },
                    }
                )
    return rows


def _records(path: Path) -> dict[str, dict]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            out[rec["id"]] = rec
    return out


def _pct(k: int, n: int) -> str:
    return f"{k}/{n} ({100 * k / max(1, n):.1f}%)"


def score(path: Path = READING_FILE) -> str:
    """The readers' agreement and, per brief and part, the rates (see the module docstring), as Markdown."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    first = {r["item"]: r["readers"] for r in rows}  # an item read once counts once for agreement
    a = {i: x["A"]["label"] for i, x in first.items()}
    b = {i: x["B"]["label"] for i, x in first.items()}
    n, agree, k = kappa(a, b)
    whys = Counter(x[r].get("why", "none") for x in first.values() for r in ("A", "B") if x[r]["label"] == _FAILS)
    lines = [
        f"readers A and B: {n} items both read, raw agreement {agree:.3f}, Cohen's kappa {k:.3f}",
        "readers' reasons (both readings pooled): " + ", ".join(f"{w} {c}" for w, c in whys.most_common()),
        "",
        "| brief | part | summary sentences | readers: cannot stand alone (both / either) | label-based "
        "| protocol count | protocol verdict = readers' | label = readers' |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name in sorted({r["brief"] for r in rows}):
        for part in ("dev", "heldout"):
            mine = [r for r in rows if r["brief"] == name and r["part"] == part]
            fails = [[r["readers"][x]["label"] == _FAILS for x in ("A", "B")] for r in mine]
            labelled = [(r, f) for r, f in zip(mine, fails, strict=True) if r["trust_label"] not in (None, "disputed")]
            cannot = [r["trust_label"] == "cannot-stand-alone" for r, _ in labelled]
            unresolved = [c and not r["stands_by_protocol"] for c, (r, _) in zip(cannot, labelled, strict=True)]
            judged = [
                (u, c, f[0])
                for u, c, (r, f) in zip(unresolved, cannot, labelled, strict=True)
                if f[0] == f[1] and r["trust_label"] in ("ok", "cannot-stand-alone")
            ]
            lines.append(
                f"| {name} | {part} | {len(mine)} | {_pct(sum(all(f) for f in fails), len(mine))} / "
                f"{_pct(sum(any(f) for f in fails), len(mine))} | {_pct(sum(cannot), len(labelled))} "
                f"| {_pct(sum(unresolved), len(labelled))} | {sum(u == f for u, _, f in judged)}/{len(judged)} "
                f"| {sum(c == f for _, c, f in judged)}/{len(judged)} |"
            )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    """Write the reading's items (or score its answers)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("/work/labels/standalone2"), help="the reading's folder")
    ap.add_argument("--config", action="append", default=[], help="NAME:KEY=VALUE,...; repeatable")
    ap.add_argument("--words", type=int, default=300)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    ap.add_argument("--more", type=Path, nargs="*", default=[], help="later rounds' folders (with --store)")
    ap.add_argument("--read", type=Path, default=None, help="items.jsonl of an earlier round: not asked again")
    ap.add_argument("--store", action="store_true", help="store OUT's items, key and answers in tests/data")
    ap.add_argument("--score", action="store_true", help="print the stored reading's rates")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    if args.store:
        store([args.out, *args.more], args.data)
    if args.score:
        print(score())
    if not (args.store or args.score):
        write_items(args.out, args.config or ["base:"], args.words, args.data, read=args.read)


if __name__ == "__main__":
    main()
