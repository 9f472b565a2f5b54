"""Readers' comments in briefs of free pages: how many summary sentences and quotes come from them (issue 10).

Session 18's blind reading found readers' Facebook comments on a USA Today page shown in the summary as "the view of
USA Today's writer (opinion piece)". :mod:`newsbrief.text.reader_comments` cuts a page's section of signed readers'
comments (a platform label, then signed short comments to the end of the page) when the page is cleaned. This
script finds every page the rule cuts among the free data (PolNeAR train and dev less ``reserved.RESERVED_POLNEAR``,
Multi-News val_raw, DUC 2004 task 2 and task 5), briefs each PolNeAR page alone (300 words, with the analysis) and
counts the summary sentences and the brief's quotes whose offset lies in the comment section, with the whose-view
note each summary sentence carries. ``--without-cut`` briefs the pages as the base did (the cleaner's output kept
whole) for the before column; the section's offset is the same in both (the cut is at the end of the cleaned text).

Run:
    python benchmarks/reader_comments.py --data /work/shared/data [--without-cut] [--show]
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from genre_polnear import story_article
from newsbrief import brief
from newsbrief.ingest.clean import clean_text
from newsbrief.text.reader_comments import comments_start
from reserved import RESERVED_POLNEAR
from trust_items import DEFAULT_DATA_DIR


def free_documents(data_dir: Path) -> list[tuple[str, str, dict | None]]:
    """(set, id, PolNeAR record or None) of every free document: PolNeAR less the reserved, val_raw, DUC."""
    out: list[tuple[str, str, dict | None]] = []
    for split in ("train", "dev"):
        for line in (data_dir / "polnear" / f"polnear_articles_{split}.jsonl").read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            if rec["id"] not in RESERVED_POLNEAR:
                out.append((f"polnear-{split}", rec["id"], rec))
    for name in ("multinews/val_raw.jsonl", "duc2004/task2.jsonl"):
        for line in (data_dir / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            out += [(name, f"{row['id']}#{k}", {"text": d}) for k, d in enumerate(row["documents"])]
    for line in (data_dir / "duc2004" / "task5_dated.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        out.append(("duc2004/task5", rec["id"], {"text": rec["text"]}))
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    ap.add_argument("--without-cut", action="store_true", help="brief the pages whole, as the base did")
    ap.add_argument("--show", action="store_true", help="print each summary sentence and quote of a comment")
    args = ap.parse_args(argv)
    logging.disable(logging.WARNING)
    if args.without_cut:
        import newsbrief.pipeline

        newsbrief.pipeline.without_comments = lambda text: text  # the base's cleaning: nothing cut
    docs = free_documents(args.data)
    pages = []
    for where, doc_id, rec in docs:
        text = clean_text(story_article(rec).text if where.startswith("polnear") else rec["text"])
        start = comments_start(text)
        if start is not None:
            pages.append((where, doc_id, rec, start))
    print(f"{len(docs)} free documents; a comment section cut on {len(pages)}")
    print("| page | cut at | summary sentences | from comments (noted as) | brief quotes | from comments |")
    print("|---|---|---|---|---|---|")
    totals = [0, 0, 0, 0]
    for where, doc_id, rec, start in pages:
        if not where.startswith("polnear"):
            print(f"| {doc_id} ({where}) | {start} | not briefed | | | |")
            continue
        shown = brief([story_article(rec)], words=300)
        from_comments = [s for s in shown.summary if s.source.start >= start]
        quotes = [q for q in shown.quotes if q.start >= start]
        notes = sorted({str(s.view_of) for s in from_comments})
        print(
            f"| {doc_id} | {start} | {len(shown.summary)} | {len(from_comments)} ({'; '.join(notes)}) | "
            f"{len(shown.quotes)} | {len(quotes)} |"
        )
        for k, n in enumerate((len(shown.summary), len(from_comments), len(shown.quotes), len(quotes))):
            totals[k] += n
        if args.show:
            for s in from_comments:
                print(f"    S [{s.view_of}] {s.text}")
            for q in quotes:
                print(f"    Q [{q.speaker}] {q.text}")
    print(f"| total | | {totals[0]} | {totals[1]} | {totals[2]} | {totals[3]} |")


if __name__ == "__main__":
    main()
