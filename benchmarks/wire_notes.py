"""Writer's-view notes on wire copy and on quotations with their speaker, before and after ``voice_check`` (issue 10).

Session 17's blind reading marked notes "in the view of Breitbart News's writer" on AP and UPI copy Breitbart
carried, and on a candidate's quotation with its speaker. This script reproduces the shape on free data: PolNeAR
**train** grouped by date and topic around the train articles that declare themselves an agency's copy
(:func:`newsbrief.text.wire.declares_wire_copy`; groups as :func:`summary_junk.polnear_groups` makes them, the
reserved articles never grouped), and, for the quotation rule on sources of every kind, the first ``--others``
groups in :mod:`summary_junk`'s seeded order. Each group is briefed with ``voice_check`` off and on (the default
otherwise, ``--words`` words); every noted summary sentence is printed as JSON with its source, whether the source
is wire copy, whether the sentence is a quotation with its named speaker or shown with its speaker ("[LEE:]") and
whether the note stays, then a count. Briefs are made with analysis on (the default: quotations' speakers shown).

    python benchmarks/wire_notes.py [--groups 12] [--others 8] [--words 250] [--data /work/shared/data]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from newsbrief.config import BriefConfig
from newsbrief.model import Article
from newsbrief.pipeline import brief
from newsbrief.summarize.opinion import quotes_named_speaker
from newsbrief.summarize.speakers_shown import is_speaker_insert
from newsbrief.text.wire import declares_wire_copy
from reserved import RESERVED_POLNEAR
from summary_junk import POLNEAR_TRAIN, polnear_groups  # siblings: scripts, not a package
from trust_items import DEFAULT_DATA_DIR


def _article(row: dict) -> Article:
    return Article(
        id=row["id"],
        text=row["text"],
        title=row.get("title"),
        outlet=row.get("outlet"),
        published=row["published"],
        author=row.get("author") or None,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--groups", type=int, default=12, help="groups seeded by wire copy")
    parser.add_argument("--others", type=int, default=8, help="groups in the seeded order, for the quotation rule")
    parser.add_argument("--words", type=int, default=250)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    args = parser.parse_args()
    rows = [json.loads(line) for line in (args.data / POLNEAR_TRAIN).read_text().splitlines()]
    wire_ids = [r["id"] for r in rows if r["id"] not in RESERVED_POLNEAR and declares_wire_copy(_article(r))]
    groups = [g for g in polnear_groups(args.data, len(wire_ids), wire_ids) if len(g) >= 3][: args.groups]
    seen = {r["id"] for g in groups for r in g}
    others = [g for g in polnear_groups(args.data, args.others + len(groups)) if not seen & {r["id"] for r in g}]
    counts: Counter[str] = Counter()
    for g, rows_of in enumerate([*groups, *others[: args.others]]):
        articles = [_article(r) for r in rows_of]
        wire = {a.id for a in articles if declares_wire_copy(a)}
        before = brief(articles, BriefConfig(words=args.words, voice_check=False))
        after = brief(articles, BriefConfig(words=args.words, voice_check=True))
        kept = {(s.source.article_id, s.source.start): s.view_of for s in after.summary}
        labelled = {
            (s.source.article_id, s.source.start) for s in after.summary if any(map(is_speaker_insert, s.insertions))
        }
        counts["summary sentences"] += len(before.summary)
        for s in before.summary:
            if s.view_of is None:
                continue
            key = (s.source.article_id, s.source.start)
            on_wire, quoted = s.source.article_id in wire, quotes_named_speaker(s.text)
            stays = key in kept and kept[key] is not None
            kind = "wire" if on_wire else "quotation" if quoted else "speaker shown" if key in labelled else "other"
            counts[f"notes before ({kind})"] += 1
            counts[f"notes after ({kind})"] += stays
            print(
                json.dumps(
                    {
                        "group": g,
                        "source": s.source.article_id,
                        "kind": kind,
                        "stays": stays,
                        "note": s.view_of,
                        "text": s.text,
                    }
                )
            )
        counts["summary sentences moved"] += len(
            set(kept) ^ {(s.source.article_id, s.source.start) for s in before.summary}
        )
    for key, value in sorted(counts.items()):
        print(f"# {key}: {value}")


if __name__ == "__main__":
    main()
