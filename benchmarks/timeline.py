"""Score the timeline against the hand-labelled set (issue 12): precision of shown entries, recall of events.

Gold: ``tests/data/timeline_gold.jsonl`` (one line per group of articles briefed together: the
article ids and text hashes, and every date expression of those articles that the date module reads
as a point in time, labelled as a dated event of the story or not, with its right date; see
``tests/data/README.md``). Texts are read from ``../shared/data``, never stored here.

For each group the articles are cleaned and parsed as a brief does, and
:func:`newsbrief.analyse.timeline.build_timeline` runs on them; the entries a brief shows by default
(resolved ones) are scored:

- **precision**: shown entries whose own date expression is labelled an event with exactly the
  shown date (ISO string, so the precision must match too) / shown entries;
- **recall**: labelled event mentions that some shown entry covers (its sentence or one of its
  supporting sentences holds the expression) with the labelled date / labelled event mentions whose
  date the sources give (a Multi-News "on Wednesday" in a cluster with no date is an event, but there
  is nothing to find: a shown date for it is wrong, its absence is right);
- a shown calendar date whose year the text does not give ("--07-17", shown "17 Jul (year not given)")
  is right for a labelled day of that month and day.
- **relative resolved**: the same recall restricted to events written as relative dates ("on
  Monday", "last week", "Feb. 18" without a year) whose date the sources give;
- **story part / background part** (labels of session 7 class every event as the story's own or dated
  background): the story part's precision is its entries that are labelled events *of the story* with the
  shown date / entries not marked ``background``; the background part's, its entries that are labelled
  *background* events with the shown date / entries marked ``background``; "story events shown as background"
  counts the story's events (right date) put in the background. Recall counts a labelled event found in either
  part; "labelled story events / found" is the same recall over the events labelled the story's own (session 12:
  the Background list shows only what the story's people did, so background events are no longer all to find).
  The first precision column ("any class") is the one of earlier sessions: a labelled event of either class with
  the shown date.

Run: ``python benchmarks/timeline.py`` (``--errors`` lists every wrong or missed entry with its
sentence, for development only: it prints article text, which must not be copied into the repository;
``--sheet TOPIC...`` prints the labelling sheet of other DUC topics).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from newsbrief.analyse.nlp import load_nlp, parse_sentences
from newsbrief.analyse.timeline import build_timeline
from newsbrief.model import Article, Event
from newsbrief.pipeline import clean_articles, story_sentences
from newsbrief.text.dates import parse_date

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "timeline_gold.jsonl"
# The shared data beside the repository; NEWSBRIEF_DATA names it from a worktree elsewhere.
DATA = Path(os.environ.get("NEWSBRIEF_DATA") or ROOT / ".." / "shared" / "data")
TARGETS = {"precision": 0.90, "recall": 0.70}


def sha1(text: str, n: int) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:n]


@dataclass(frozen=True, slots=True)
class Label:
    doc: str
    start: int
    end: int
    event: bool
    date: str | None
    background: bool | None = None  # an event's class: the story's own (False) or dated background (True)


@dataclass(frozen=True, slots=True)
class Group:
    id: str
    part: str
    articles: tuple[Article, ...]
    labels: tuple[Label, ...]
    source: str = "duc2004"


def load_gold(data_dir: Path = DATA, gold: Path = GOLD) -> list[Group]:
    """The labelled groups with their article texts, checked against the stored hashes.

    Raises:
        ValueError: a text or a labelled span does not match its hash (the data changed).
    """
    groups = []
    texts: dict[str, dict[str, dict]] = {}
    for line in gold.read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        if g["file"] not in texts:
            texts[g["file"]] = _documents(data_dir / g["file"])
        rows = texts[g["file"]]
        articles = []
        for d in g["docs"]:
            row = rows[d["id"]]
            if sha1(row["text"], 12) != d["sha1"]:
                raise ValueError(f"{g['file']}: the text of {d['id']} differs from the labelled one")
            articles.append(Article(id=row["id"], text=row["text"], published=row.get("published")))
        by_id = {a.id: a.text for a in articles}
        labels = []
        for x in g["labels"]:
            if sha1(by_id[x["doc"]][x["start"] : x["end"]], 8) != x["sha1"]:
                raise ValueError(f"{g['file']}: labelled span {x['doc']}:{x['start']} differs from the labelled one")
            labels.append(Label(x["doc"], x["start"], x["end"], x["event"], x["date"], x.get("background")))
        groups.append(Group(g["group"], g["part"], tuple(articles), tuple(labels), g["file"].split("/")[0]))
    return groups


def _documents(path: Path) -> dict[str, dict]:
    """Documents by id: DUC task 5 lines are articles; a Multi-News cluster's documents are ``cluster#i``."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if "documents" in row:
            for i, text in enumerate(row["documents"]):
                out[f"{row['id']}#{i}"] = {"id": f"{row['id']}#{i}", "text": text}
        else:
            out[row["id"]] = row
    return out


@dataclass(slots=True)
class Scores:
    shown: int = 0
    correct: int = 0
    unlabelled: int = 0
    events: int = 0
    found: int = 0
    relative: int = 0
    relative_found: int = 0
    story_shown: int = 0  # entries of the story part (not marked background)
    story_correct: int = 0  # of them, labelled events of the story (not background) with the shown date
    background_shown: int = 0
    background_correct: int = 0  # labelled background events with the shown date
    background_of_story: int = 0  # labelled events *of the story* (right date) shown as background
    story_events: int = 0  # labelled events of the story (not background) whose date the sources give
    story_found: int = 0  # of them, found in either part with the labelled date
    wrong: list[tuple[str, Event, str]] = field(default_factory=list)
    missed: list[tuple[str, Label]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / self.shown if self.shown else 1.0

    @property
    def story_precision(self) -> float:
        return self.story_correct / self.story_shown if self.story_shown else 1.0

    @property
    def background_precision(self) -> float:
        return self.background_correct / self.background_shown if self.background_shown else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.events if self.events else 1.0

    @property
    def story_recall(self) -> float:
        return self.story_found / self.story_events if self.story_events else 0.0

    @property
    def relative_share(self) -> float:
        return self.relative_found / self.relative if self.relative else 1.0


def _to_raw(raw: str, cleaned: str, start: int, end: int) -> tuple[int, int] | None:
    """Offsets of a cleaned-text span in the raw text (cleaning rarely changes newswire)."""
    if raw == cleaned:
        return start, end
    at = raw.find(cleaned[start:end])
    return (at, at + end - start) if at >= 0 else None


def timeline_of(group: Group, splitter: str | None = None) -> tuple[tuple[Article, ...], tuple[Event, ...]]:
    """The entries a brief of the group shows by default (resolved ones), on the cleaned articles.

    With ``splitter``, spaCy parses with that splitter's sentences preset, as the brief does
    (:func:`newsbrief.analyse.nlp.parse_sentences`); without, with spaCy's own sentences.
    """
    cleaned, _ = clean_articles(group.articles)
    if splitter is None:
        docs = list(load_nlp().pipe([a.text for a in cleaned]))
    else:
        spans = [[(x.start, x.end) for x in story_sentences(a, splitter=splitter)] for a in cleaned]
        docs = list(parse_sentences(load_nlp(), [a.text for a in cleaned], spans))
    return tuple(cleaned), tuple(e for e in build_timeline(cleaned, docs) if e.resolved)


def score(groups: list[Group], scores: dict[str, Scores], splitter: str | None = None) -> None:
    for group in groups:
        s = scores[f"{group.source} {group.part}"]
        raw = {a.id: a.text for a in group.articles}
        cleaned, events = timeline_of(group, splitter)
        texts = {a.id: a.text for a in cleaned}
        by_start = {(x.doc, x.start): x for x in group.labels}
        covered: list[tuple[str, int, int, str | None]] = []
        for ev in events:
            s.shown += 1
            at = ev.span.text.find(ev.date_text)
            where = _to_raw(raw[ev.span.article_id], texts[ev.span.article_id], ev.span.start + at, ev.span.end)
            label = by_start.get((ev.span.article_id, where[0])) if where else None
            shown_as_background = getattr(ev, "background", False)  # absent on a base before session 7
            s.background_shown += shown_as_background
            s.story_shown += not shown_as_background
            right = label is not None and label.event and _same_date(ev.date, label.date)
            if right and label.background is not None:
                s.story_correct += not shown_as_background and not label.background
                s.background_correct += shown_as_background and label.background
                s.background_of_story += shown_as_background and not label.background
            if label is None:
                s.unlabelled += 1
                s.wrong.append((group.id, ev, "unlabelled"))
            elif right:
                s.correct += 1
                if label.background is not None and label.background != shown_as_background:
                    s.wrong.append((group.id, ev, "labelled background" if label.background else "labelled story"))
            else:
                s.wrong.append((group.id, ev, f"label: {label.date if label.event else 'not an event'}"))
            for span in (ev.span, *ev.support):
                mapped = _to_raw(raw[span.article_id], texts[span.article_id], span.start, span.end)
                if mapped:
                    covered.append((span.article_id, *mapped, ev.date))
        for x in group.labels:
            if not x.event:
                continue
            relative = _is_relative(raw[x.doc][x.start : x.end])
            if x.date is None:
                continue  # an event whose date the sources do not give: nothing to find
            hit = any(
                d == x.doc and s0 <= x.start and x.end <= e0 and _same_date(date, x.date) for d, s0, e0, date in covered
            )
            s.events += 1
            s.found += hit
            s.story_events += x.background is False
            s.story_found += x.background is False and hit
            s.relative += relative
            s.relative_found += relative and hit
            if not hit:
                s.missed.append((group.id, x))


def _same_date(shown: str | None, label: str | None) -> bool:
    """Equal ISO values; a shown "--MM-DD" (year not given, and said so) matches a labelled day of that month-day."""
    if shown is None or label is None:
        return False
    return shown == label or (shown.startswith("--") and len(label) == 10 and label[4:] == shown[1:])


def _is_relative(expression: str) -> bool:
    parsed = parse_date(expression, None)
    return parsed is not None and (parsed.iso is None or parsed.iso.startswith("--"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list wrong and missed entries (prints article text)")
    parser.add_argument("--part", choices=("dev", "heldout"), help="score one part only")
    parser.add_argument("--splitter", help="parse with this splitter's sentences preset, as the brief does")
    args = parser.parse_args(argv)
    if not (DATA / "duc2004" / "task5_dated.jsonl").exists():
        print(f"skipped: {DATA / 'duc2004'} is absent (the shared data set beside the repo)", file=sys.stderr)
        return 0
    groups = [g for g in load_gold() if args.part in (None, g.part)]
    keys = [f"{g.source} {g.part}" for g in groups]
    parts = sorted(set(keys), key=lambda k: (k.split()[0] != "duc2004", k.split()[0], k.split()[1] != "dev"))
    scores = {p: Scores() for p in parts}
    score(groups, scores, args.splitter)
    counts = {p: keys.count(p) for p in parts}
    print(
        "| part | groups | shown | precision (any class) | story part: shown | precision | background part: shown "
        "| precision | story events shown as background | labelled events | recall | relative events | resolved right "
        "| labelled story events | found |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for p, s in scores.items():
        print(
            f"| {p} | {counts[p]} | {s.shown} | {s.precision:.1%} ({s.correct}; {s.unlabelled} unlabelled) "
            f"| {s.story_shown} | {s.story_precision:.1%} ({s.story_correct}) | {s.background_shown} "
            f"| {s.background_precision:.1%} ({s.background_correct}) | {s.background_of_story} "
            f"| {s.events} | {s.recall:.1%} ({s.found}) | {s.relative} | {s.relative_share:.1%} ({s.relative_found}) "
            f"| {s.story_events} | {s.story_recall:.1%} ({s.story_found}) |"
        )
    print(f"targets: precision >= {TARGETS['precision']:.0%}, recall >= {TARGETS['recall']:.0%}")
    if args.errors:
        for p, s in scores.items():
            for gid, ev, why in s.wrong:
                part = "background" if getattr(ev, "background", False) else "story"
                print(f"WRONG {p} {gid} {part} {ev.date} [{ev.date_text}] ({why}): {ev.text[:160]}")
            texts = {a.id: a.text for g in groups for a in g.articles}
            for gid, x in s.missed:
                t = texts[x.doc]
                print(f"MISSED {p} {gid} {x.date} [{t[x.start : x.end]}]: {t[max(0, x.start - 100) : x.end + 60]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
