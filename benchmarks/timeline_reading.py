"""Where the timeline entries an editor marked in a blind reading go now: the story's part, the background part,
or gone (issue 12, item 2). Development only: the readings' clusters are seen.

A reading folder (``/work/notes/s5``, ``/work/notes/s6``) holds the briefs read (``briefs_after/ID.md``), the key
saying which brief letter was the "after" brief (``reading_key.json``) and each reader's marks
(``marks_R1.jsonl``, ``marks_R2.jsonl``; section ``timeline``, entry ``n`` counted from 1 in the brief's
"Timeline" section, marked ``noise`` or not). Each marked entry is found again by its sentence in the timeline of
a brief made now (250 words, as the reading's) and counted by where it is shown.

Run: ``python benchmarks/timeline_reading.py /work/notes/s5 /work/notes/s6``.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from newsbrief import brief
from newsbrief.ingest import read_articles

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "multinews" / "val_raw.jsonl"


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", text.lower())[:80]


def _entries(md: str) -> list[str]:
    """The sentences of a Markdown brief's timeline entries, in order (story part, then background)."""
    part = md.split("## Timeline", 1)[1].split("## Sources", 1)[0] if "## Timeline" in md else ""
    out = []
    for line in part.splitlines():
        if line.startswith("- ") and "): " in line:
            sentence = line.split("): ", 1)[1]
            out.append(re.sub(r"(\s*\[\d+\])+.*$", "", sentence).replace("\\", ""))
    return out


def where_now(folder: Path) -> Counter:
    """(mark, where the entry is shown now) counts over both readers' timeline marks of the "after" briefs."""
    key = json.loads((folder / "reading_key.json").read_text(encoding="utf-8"))
    counts: Counter = Counter()
    now: dict[str, dict[str, bool]] = {}
    for reader in ("marks_R1.jsonl", "marks_R2.jsonl"):
        for line in (folder / reader).read_text(encoding="utf-8").splitlines():
            m = json.loads(line)
            if m.get("section") != "timeline" or key[m["cluster"]].get(m["brief"]) != "after" or "n" not in m:
                continue
            cluster = m["cluster"]
            entries = _entries((folder / "briefs_after" / f"{cluster}.md").read_text(encoding="utf-8"))
            n = int(m["n"])
            if not 0 < n <= len(entries):
                counts[("unmatched", "")] += 1
                continue
            if cluster not in now:
                b = brief(read_articles([f"{DATA}"], cluster=cluster), words=250)
                now[cluster] = {_key(e.text): e.background for e in b.timeline}
            shown = now[cluster].get(_key(entries[n - 1]))
            mark = "noise" if "noise" in str(m.get("marks")) else "useful"
            counts[(mark, "gone" if shown is None else "background" if shown else "story")] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    folders = [Path(x) for x in (argv if argv is not None else sys.argv[1:])]
    print("| reading | mark | shown in the story part | in the background part | not shown |")
    print("|---|---|---|---|---|")
    for folder in folders:
        counts = where_now(folder)
        for mark in ("noise", "useful"):
            row = [counts[(mark, w)] for w in ("story", "background", "gone")]
            print(f"| {folder.name} | {mark} | " + " | ".join(map(str, row)) + " |")
        if counts[("unmatched", "")]:
            print(f"({counts[('unmatched', '')]} marks name an entry the brief does not have)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
