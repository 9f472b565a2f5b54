"""How often a summary sentence lies inside a quotation whose speaker is outside it, and what the brief shows.

Two steps, so a snapshot of an older commit can brief and today's code classify (one reading of the spans:
:mod:`newsbrief.summarize.quote_pieces`, on the quotes stage's spans):

- ``--dump FILE``: brief (analysis on: a quotation's speaker label needs the parse) the trust benchmark's dev
  clusters and ``--free`` clusters of ``multinews/val_raw.jsonl`` that no labelled set of sentences, quotes or
  speakers names (:data:`LABELLED_SETS`) and that are not reserved (``benchmarks/reserved.py``), in an order
  fixed by a hash of the id; a third of the free ones (by the same hash) is the held-out part. Each summary
  sentence is written with its span, whether it shows a speaker label and its text.
- ``--count FILE``: per part, the summary sentences, those inside a quotation (``opens``: its speaker named outside
  it; ``later``: a piece that starts mid-quotation, a fragment), and of each how many the brief shows labelled.

Run: ``python benchmarks/quote_pieces.py --data ../shared/data --dump /tmp/after.jsonl`` then ``--count``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from newsbrief.config import BriefConfig
from newsbrief.ingest import read_clusters
from newsbrief.pipeline import Briefer
from reserved import BLIND_CLUSTERS

TESTS_DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


#: The labelled sets of sentences, summaries, quotes and speakers. Every val_raw cluster is in some labelled set
#: (doc_labels.jsonl and lede_labels.jsonl name 240 and 210 of the 250: labels of whole documents and of ledes,
#: entity, conflict and timeline sets); "free" here is free of these, the sets a rule about summary sentences and
#: quotations could have been tuned on: 30 clusters.
LABELLED_SETS = (
    "trust_sentences trust_pairs trust_reading quotes_gold speaker_names sentence_pairs support_pairs "
    "split_boundaries view_labels opinion_voice_labels pronoun_names judgement_reading_labels source_note_labels "
    "description_names"
).split()


def _labelled_ids() -> set[str]:
    """Every val_raw cluster one of :data:`LABELLED_SETS` names."""
    found: set[str] = set()
    for name in LABELLED_SETS:
        path = TESTS_DATA / f"{name}.jsonl"
        if path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            found.update(f"multinews-val-{n}" for n in re.findall(r"multinews-val-(\d+)", text))
            found.update(f"multinews-val-{n}" for n in re.findall(r"\bmn(\d+)\b", text))
    return found


def _hash(cid: str) -> int:
    return int(hashlib.sha1(cid.encode()).hexdigest()[:8], 16)


def dump(data: Path, free: int, out: Path) -> None:
    from trust_labels import load_trust

    briefer = Briefer(BriefConfig(words=300, analysis=True))
    parts: list[tuple[str, str, tuple]] = []
    for cid, lc in load_trust(data).items():
        if lc.split == "dev":
            parts.append(("trust-dev", cid, lc.cluster.articles))
    labelled, chosen = _labelled_ids(), []
    for cluster in read_clusters(data / "multinews" / "val_raw.jsonl"):
        if cluster.id in labelled or cluster.id in BLIND_CLUSTERS:
            continue
        chosen.append(cluster)
    chosen.sort(key=lambda c: _hash(c.id))
    for cluster in chosen[:free]:
        part = "free-heldout" if _hash(cluster.id) % 3 == 0 else "free-dev"
        parts.append((part, cluster.id, cluster.articles))
    tmp = out.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for part, cid, articles in parts:
            result = briefer(list(articles))
            for s in result.summary:
                rec = {
                    "part": part,
                    "cluster": cid,
                    "article": s.source.article_id,
                    "start": s.source.start,
                    "end": s.source.end,
                    "labelled": any(i.text.endswith(":") for i in s.insertions),
                    "shown": s.shown,
                }
                fh.write(json.dumps(rec) + "\n")
            fh.flush()
    tmp.replace(out)


def count(data: Path, dumped: Path) -> None:
    from newsbrief.pipeline import Briefer as _B
    from newsbrief.summarize.quote_pieces import piece_kind
    from trust_labels import load_trust

    recs = [json.loads(line) for line in dumped.read_text(encoding="utf-8").splitlines()]
    texts: dict[tuple[str, str], str] = {}
    trust = load_trust(data)
    briefer = _B(BriefConfig(words=300, analysis=False))
    want = {r["cluster"] for r in recs}
    for cid, lc in trust.items():
        if cid in want:
            src = briefer.sources(list(lc.cluster.articles))
            texts.update({(cid, a.id): a.text for a in src.articles} if src else {})
    for cluster in read_clusters(data / "multinews" / "val_raw.jsonl"):
        if cluster.id in want and cluster.id not in trust:
            src = briefer.sources(list(cluster.articles))
            texts.update({(cluster.id, a.id): a.text for a in src.articles} if src else {})
    tally: dict[str, Counter[str]] = {}
    for r in recs:
        t = tally.setdefault(r["part"], Counter())
        t["sentences"] += 1
        t["clusters:" + r["cluster"]] = 1
        kind = piece_kind(texts[(r["cluster"], r["article"])], r["start"], r["end"])
        if kind is None:
            continue
        t[f"{kind} {'labelled' if r['labelled'] else 'unlabelled'}"] += 1
        print(f"{r['part']}\t{r['cluster']}\t{kind}\t{r['labelled']}\t{r['shown'][:160]}", file=sys.stderr)
    print(
        "| part | clusters | summary sentences | opens, labelled | opens, unlabelled | later (fragment), "
        "labelled | later, unlabelled |"
    )
    print("|---|---|---|---|---|---|---|")
    for part in ("free-heldout", "free-dev", "trust-dev"):
        t = tally.get(part, Counter())
        n = sum(1 for k in t if k.startswith("clusters:"))
        cells = [t[k] for k in ("opens labelled", "opens unlabelled", "later labelled", "later unlabelled")]
        print(f"| {part} | {n} | {t['sentences']} | " + " | ".join(map(str, cells)) + " |")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--free", type=int, default=30, help="free val_raw clusters to brief")
    ap.add_argument("--dump", type=Path, help="brief and write the summary sentences here")
    ap.add_argument("--count", type=Path, help="classify a dump")
    args = ap.parse_args(argv)
    if not (args.data / "multinews" / "val_raw.jsonl").exists():
        print(f"error: {args.data}: no multinews/val_raw.jsonl; pass --data ../shared/data", file=sys.stderr)
        raise SystemExit(2)
    if args.dump:
        dump(args.data, args.free, args.dump)
    if args.count:
        count(args.data, args.count)


if __name__ == "__main__":
    main()
