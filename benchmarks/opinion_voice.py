"""Opinion shown as fact and wrong notes in briefs of free stories, at the defaults and at a variant (issue 10).

The dev trust summaries hold 13 opinion sentences (BENCHMARKS.md, session 18, notes20): too few to see a rule's
errors. This script briefs stories outside every label and the reserved sets with the default settings and with
the settings of ``--set`` (display only: the summaries must be the same), and writes every summary sentence as one
JSON line of ``--dump`` for reading (the file stays out of the repository): set, story, part, source id, offsets,
the note before and after, the judgement model's score, the source's P(opinion piece) and the text. Written for
session 18's writer's-own-voice rule (opinion20), whose option session 19 removed (notes21); the labels stay.

Stories: PolNeAR **train** grouped by date and topic (:func:`summary_junk.polnear_groups`: the reserved articles are
never grouped) at 250 words, and the Multi-News ``val_raw`` clusters in no trust or genre label set nor reserved
(:func:`view_reading.free_stories`) at 300 words. Each story is in part ``develop`` or ``aside`` by a hash of its id
(half each, fixed before any sentence was read): a rule is written on ``develop`` and measured on ``aside``.

Labels (``tests/data/opinion_voice_labels.jsonl``: set, story, source id, start, label; no text) follow one
guideline, written before reading: ``opinion`` is a judgement, evaluation, prediction, advice or rhetorical question
the writer makes in their own voice, not attributed to a named speaker; ``fact`` is what happened, who said what,
a description, a figure, a quotation with its speaker, or a question put by someone the sentence names.

    python benchmarks/opinion_voice.py --dump /tmp/voice.jsonl [--set NAME=VALUE ...] [--groups 40] [--clusters 40]
    python benchmarks/opinion_voice.py --score /tmp/voice.jsonl [--labels FILE]
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter
from pathlib import Path

from newsbrief.config import BriefConfig
from newsbrief.model import Article, Sentence
from newsbrief.pipeline import Briefer
from newsbrief.summarize.genre import declares_opinion, opinion_probabilities
from newsbrief.summarize.judgement import judgement_scores
from newsbrief.summarize.opinion import opinion_scores
from summary_junk import polnear_groups  # siblings: scripts, not a package
from trust import _setting
from trust_items import DEFAULT_DATA_DIR
from view_reading import free_stories

LABELS_FILE = Path(__file__).resolve().parent.parent / "tests" / "data" / "opinion_voice_labels.jsonl"
PARTS = ("develop", "aside")


def part(story: str) -> str:
    """The story's half, by a hash of its id (fixed before reading)."""
    return PARTS[int(hashlib.sha256(story.encode()).hexdigest(), 16) % 2]


def stories(data: Path, groups: int, clusters: int) -> list[tuple[str, str, list[Article], int]]:
    """(set, story id, articles, words) of the free stories (see the module's docstring)."""
    out = []
    for rows in polnear_groups(data, groups):
        arts = [
            Article(id=r["id"], text=r["text"], title=r.get("title"), outlet=r.get("outlet"), published=r["published"])
            for r in rows
        ]
        out.append(("polnear", rows[0]["id"], arts, 250))
    out += [s for s in free_stories(data) if s[0] == "val_raw"][:clusters]
    return out


def judgement_and_genre(
    sentences: list[Sentence], cleaned: list[Article]
) -> dict[tuple[str, int], tuple[float, float]]:
    """(article, start) -> (the judgement model's score, the source's P(opinion piece)), as the pipeline computes
    them (:mod:`newsbrief.summarize.judgement`, :func:`newsbrief.summarize.genre.opinion_probabilities`)."""
    if not sentences:
        return {}
    genre_p = opinion_probabilities(sentences, opinion_scores(sentences), BriefConfig().opinion_threshold)
    declared = {a.id for a in cleaned if declares_opinion(a)}
    j = judgement_scores(sentences, genre_p, declared)
    return {(s.article_id, s.start): (a, genre_p.get(s.article_id, 0.0)) for s, a in zip(sentences, j, strict=True)}


def dump(data: Path, groups: int, clusters: int, path: Path, settings: dict[str, object]) -> None:
    """Brief each free story at the defaults and with ``settings`` and write its summary sentences."""
    with path.open("w") as fh:
        for corpus, story, articles, words in stories(data, groups, clusters):
            briefer = Briefer(BriefConfig(words=words, analysis=False))
            base = briefer(articles)
            variant = Briefer(BriefConfig(words=words, analysis=False).replace(**settings))(articles)
            if [s.text for s in base.summary] != [s.text for s in variant.summary]:
                raise SystemExit(f"error: {story}: --set changes the summary; this reading compares notes only")
            prepared = briefer.sources(articles)
            sentences = list(prepared.sentences) if prepared is not None else []
            scores = judgement_and_genre(sentences, list(prepared.articles) if prepared is not None else [])
            for b, v in zip(base.summary, variant.summary, strict=True):
                key = (b.source.article_id, b.source.start)
                judgement, genre_p = scores.get(key, (0.0, 0.0))
                row = {
                    "set": corpus,
                    "story": story,
                    "part": part(story),
                    "source": key[0],
                    "start": key[1],
                    "end": b.source.end,
                    "before": b.view_of,
                    "after": v.view_of,
                    "judgement": judgement,
                    "genre_p": genre_p,
                    "text": b.text,
                }
                fh.write(json.dumps(row) + "\n")


def load_labels(path: Path) -> dict[tuple[str, str, str, int], str]:
    """(set, story, source, start) -> label."""
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    return {(r["set"], r["story"], r["source"], r["start"]): r["label"] for r in rows}


def score(dump_path: Path, labels_path: Path) -> None:
    """Per part: opinion shown as fact and wrong notes before and after, of the labelled summary sentences."""
    labels = load_labels(labels_path)
    rows = [json.loads(line) for line in dump_path.read_text().splitlines()]
    for name in PARTS:
        tally: Counter[str] = Counter()
        for r in rows:
            if r["part"] != name:
                continue
            tally["sentences"] += 1
            label = labels.get((r["set"], r["story"], r["source"], r["start"]))
            if label is None:
                tally["unlabelled"] += 1
                tally["unlabelled, newly noted"] += r["after"] is not None and r["before"] is None
                continue
            tally["labelled"] += 1
            tally[f"labelled {label}"] += 1
            for when in ("before", "after"):
                noted = r[when] is not None
                tally[f"{when}: opinion as fact"] += label == "opinion" and not noted
                tally[f"{when}: wrong notes"] += label == "fact" and noted
            tally["newly noted, opinion"] += label == "opinion" and r["after"] is not None and r["before"] is None
            tally["newly noted, fact"] += label == "fact" and r["after"] is not None and r["before"] is None
        print(f"== {name}")
        for key in sorted(tally):
            print(f"  {key}: {tally[key]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    ap.add_argument("--dump", type=Path, help="write the summary sentences of the free stories here")
    ap.add_argument("--score", type=Path, help="score a dump against the labels")
    ap.add_argument("--labels", type=Path, default=LABELS_FILE)
    ap.add_argument(
        "--set", action="append", default=[], metavar="NAME=VALUE", help="the variant's BriefConfig setting"
    )
    ap.add_argument("--groups", type=int, default=40, help="PolNeAR train groups")
    ap.add_argument("--clusters", type=int, default=40, help="free val_raw clusters")
    args = ap.parse_args()
    settings = {name.strip(): _setting(value) for name, _, value in (item.partition("=") for item in args.set)}
    if args.dump:
        dump(args.data, args.groups, args.clusters, args.dump, settings)
    if args.score:
        score(args.score, args.labels)


if __name__ == "__main__":
    main()
