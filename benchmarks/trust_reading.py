"""Items for an in-context reading of briefs (issue 10): each summary sentence, with the brief before it.

The trust labels judge a sentence as a brief's opener; ../shared/EDITOR.md reads it where it stands in the brief.
This script briefs the development part of the trust clusters under two or more configurations and writes one item
per summary sentence: the sentence as shown and the brief's sentences before it, so that a reader marks whether
it stands *there* (the protocol's "cannot stand alone"). An item whose sentence and preceding brief are the same
under two configurations is written once and counts for both. The configurations are not named in the items
(``key.json`` maps them), and the held-out third of the reading is the third of its clusters with the lowest sha1.

Run: ``python benchmarks/trust_reading.py --out DIR --config base: --config strict:referents=strict``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import sys
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


def main(argv: Sequence[str] | None = None) -> None:
    """Write the reading's items (or score its answers)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--config", action="append", default=[], help="NAME:KEY=VALUE,...; repeatable")
    ap.add_argument("--words", type=int, default=300)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    write_items(args.out, args.config or ["base:"], args.words, args.data)


if __name__ == "__main__":
    main()
