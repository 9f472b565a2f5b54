"""Items for the story/background labelling of the timeline (issue 12, item 2; session 7, set ``timeline4``).

Two kinds of item, each one date expression with what a labeller needs (the group's story, the article's
publication date and opening line, the sentence with the expression marked ``[[...]]`` and the sentence
before):

- ``kind: "event"``: every expression that ``tests/data/timeline_gold.jsonl`` labels an event (21 DUC topics,
  8 Multi-News clusters), with its labelled date: the labeller says whether it is an event of the story or
  dated background (or, on second reading, not an event at all);
- ``kind: "new"``: every date expression a brief could show (the timeline's own finder on the cleaned text:
  the patterns of :func:`newsbrief.text.dates.find_expressions` and spaCy's ``DATE`` entities, read by
  :func:`newsbrief.text.dates.parse_date` as a point in time) of Multi-News ``val_raw`` clusters with three or
  more documents and at most :data:`MAX_CHARS` characters that are not in the timeline set and not reserved
  for a reading, in file order; the labeller
  gives the class and the date (the date module's reading is shown, to confirm or correct).

The held-out part is the groups with ``int(sha1(group id), 16) % 3 == 0`` (as in the timeline set); it is
written to a side file (``heldout.json``), not into the items. Items live outside the repository (they hold text).

Run: ``python benchmarks/timeline_story_items.py --out /work/labels/timeline4 --clusters 16``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from newsbrief.analyse._event_rules import clause_tense
from newsbrief.analyse.nlp import load_nlp, parse_sentences
from newsbrief.analyse.timeline import _dated, _expressions, _weekday_dated_story
from newsbrief.model import Article
from newsbrief.pipeline import clean_articles, story_sentences
from newsbrief.text.dates import choose_anchor, parse_date, story_anchor
from timeline import DATA, _documents, _to_raw, load_gold  # siblings: scripts, not a package
from timeline_items import _sentence_bounds
from trust_items import write_jsonl

RESERVED = Path("/work/notes/s7/reading_ids.json")
STORY_CHARS = 700
#: Clusters longer than this are skipped: one 60,000-character cluster would hold 180 of some 450 items.
MAX_CHARS = 30_000


def heldout(group: str) -> bool:
    return int(hashlib.sha1(group.encode("utf-8")).hexdigest(), 16) % 3 == 0


def _context(art: Article, start: int, end: int) -> dict:
    s, e, before = _sentence_bounds(art, start, end)
    e = max(e, end)
    marked = art.text[s:start] + "[[" + art.text[start:end] + "]]" + art.text[end:e]
    return {
        "article": art.id,
        "published": art.published,
        "opening": art.text[:160].split("\n")[0],
        "before": " ".join(art.text[before:s].split()) or None,
        "sentence": " ".join(marked.split()),
        "expression": art.text[start:end],
    }


def _duc_story(group_articles: Sequence[dict]) -> str:
    heads = [f"{r['published'][:10]} {r['outlet']}: {r['title']}" for r in group_articles]
    return f"Three wire reports about {group_articles[0]['topic_person']}: " + " | ".join(heads)


def event_items() -> list[dict]:
    """One item per labelled event of the timeline set."""
    duc = _documents(DATA / "duc2004" / "task5_dated.jsonl")
    mn = {json.loads(x)["id"]: json.loads(x) for x in (DATA / "multinews" / "val_raw.jsonl").open(encoding="utf-8")}
    out = []
    for g in load_gold():
        by_id = {a.id: a for a in g.articles}
        if g.source == "duc2004":
            story = _duc_story([duc[a.id] for a in g.articles])
        else:
            story = mn[g.id]["summary"][:STORY_CHARS]
        for k, label in enumerate(g.labels):
            if not label.event:
                continue
            item = {"id": f"{g.id}.{k}", "kind": "event", "group": g.id, "story": story}
            item |= _context(by_id[label.doc], label.start, label.end)
            item["given_date"] = label.date
            out.append(item)
    return out


def _clusters(n: int, max_chars: int = MAX_CHARS) -> list[dict]:
    taken = {g.id for g in load_gold()}
    reserved = set(json.loads(RESERVED.read_text(encoding="utf-8"))["unseen"]) if RESERVED.exists() else set()
    out = []
    for line in (DATA / "multinews" / "val_raw.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        small = sum(len(d) for d in row["documents"]) <= max_chars
        if len(row["documents"]) >= 3 and small and row["id"] not in taken and row["id"] not in reserved:
            out.append(row)
            if len(out) == n:
                break
    return out


def new_items(n: int, splitter: str = "nupunkt") -> list[dict]:
    """Every date expression a brief could show in the next ``n`` clusters, with the module's reading."""
    nlp = load_nlp()
    out = []
    for row in _clusters(n):
        raw = [Article(id=f"{row['id']}#{i}", text=t) for i, t in enumerate(row["documents"])]
        raw_by_id = {a.id: a for a in raw}
        cleaned, _ = clean_articles(raw)
        spans = [[(x.start, x.end) for x in story_sentences(a, splitter=splitter)] for a in cleaned]
        docs = list(parse_sentences(nlp, [a.text for a in cleaned], spans))
        kept = [(i, f) for i, (a, d) in enumerate(zip(cleaned, docs, strict=True)) for f in _dated(a, d)]
        story = story_anchor(
            (i, p) for i, (s, e, *_) in kept if (p := parse_date(cleaned[i].text[s:e], None)) is not None
        )
        if story is None:
            story = _weekday_dated_story(cleaned, kept)
        k = 0
        for art, doc in zip(cleaned, docs, strict=True):
            anchor = choose_anchor(art.text, art.published, story)
            for start, end in sorted(_expressions(art.text, doc)):
                if parse_date(art.text[start:end], None) is None:
                    continue
                where = _to_raw(raw_by_id[art.id].text, art.text, start, end)
                if where is None:
                    continue
                span = doc.char_span(start, end, alignment_mode="expand")
                tense = clause_tense(span) if span is not None else None
                parsed = parse_date(art.text[start:end], anchor.day, tense=tense, around=anchor.source == "story")
                item = {
                    "id": f"{row['id']}.n{k}",
                    "kind": "new",
                    "group": row["id"],
                    "story": row["summary"][:STORY_CHARS],
                }
                item |= _context(raw_by_id[art.id], *where)
                item["reading"] = parsed.iso if parsed else None
                item["start"], item["end"] = where
                out.append(item)
                k += 1
    return out


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--clusters", type=int, default=16)
    args = parser.parse_args(argv)
    rows = event_items() + new_items(args.clusters)
    write_jsonl(args.out / "items.jsonl", rows)
    groups = sorted({r["group"] for r in rows})
    held = [g for g in groups if heldout(g)]
    (args.out / "heldout.json").write_text(json.dumps({"heldout_groups": held}, indent=1) + "\n", encoding="utf-8")
    by_kind = {k: sum(r["kind"] == k for r in rows) for k in ("event", "new")}
    print(f"{len(rows)} items ({by_kind}), {len(groups)} groups, {len(held)} held out")


if __name__ == "__main__":
    main()
