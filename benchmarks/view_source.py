"""Whose-view notes compared: on sentences ("attribute"), on sources ("source"), none ("off") (issue 10).

``opinion="source"`` shows every summary sentence of a source taken for an opinion piece "(from Variety's review)"
and no sentence of a news report. Its claim is about the source, so it is scored against the source's genre label:

- **opinion shown as fact**: a summary sentence labelled ``opinion`` (trust labels) with no note of either kind (a
  source note says whose view it is);
- **wrong notes**: a sentence note on a sentence labelled other than opinion (as ``trust.wrong_notes``); a source
  note on a source whose genre label (``tests/data/genre_labels.jsonl``) is ``news``. A source note on a source
  labelled ``unsure`` or not labelled at all is counted apart, not as right;
- the **symmetric cost**, the two summed (``view_cost.FALSE_NOTE_COST`` = 1).

``--cv`` chooses ``BriefConfig.source_note_threshold`` on dev with cross-validated genre scores. ``--reading``
briefs view13's free stories: which of its read sentences (``tests/data/view_labels.jsonl``, the 336 "attribute"
noted) a source note covers, and the sources noted scored by ``tests/data/source_note_labels.jsonl``.

    python benchmarks/view_source.py --data /work/shared/data --splits dev
    python benchmarks/view_source.py --data /work/shared/data --cv --genre-thresholds 0.5,0.7,0.9,0.95,0.97,0.99,1.0
    python benchmarks/view_source.py --data /work/shared/data --splits heldout   # once, settings fixed on dev
    python benchmarks/view_source.py --data /work/shared/data --reading --genre-thresholds 0.95,0.97,0.99,1.0
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from genre_labels import LABELS_FILE as GENRE_LABELS_FILE  # siblings: scripts, not a package
from genre_labels import load_genre_labels
from newsbrief.config import BriefConfig
from newsbrief.model import SOURCE_NOTE
from newsbrief.package_data import read_json
from newsbrief.pipeline import Briefer, story_sentences
from newsbrief.summarize.genre import declares_opinion, opinion_probabilities
from newsbrief.summarize.opinion import opinion_scores
from trust_items import DEFAULT_DATA_DIR
from trust_labels import DISPUTED, PAIRS_FILE, SENTENCES_FILE, load_trust
from view_reading import LABELS_FILE as VIEW_LABELS_FILE
from view_reading import free_stories

MODES = ("attribute", "source", "off")
#: What a row counts; "unknown": a source note on a source with no genre label, or labelled unsure.
COUNTS = (
    "summary",
    "labelled",
    "opinion",
    "opinion as fact",
    "sentence notes",
    "wrong sentence notes",
    "source notes",
    "wrong source notes",
    "source notes, genre unknown",
)


def genre_of(data_dir: Path) -> dict[str, str]:
    """Article id ("multinews-val-23#0") -> genre label (news, opinion, unsure)."""
    return {f"{r['cluster']}#{r['doc']}": r["label"] for r in load_genre_labels(data_dir, GENRE_LABELS_FILE)}


def count(
    data_dir: Path, split: str, mode: str, words: int, genre_threshold: float | None = None
) -> tuple[Counter, list[str]]:
    """The counts of :data:`COUNTS` over the labelled clusters of one part, for one ``BriefConfig.opinion`` (and
    ``genre_threshold``, the shipped one by default), and the summary sentences (the notes are display only: every
    mode must choose the same)."""
    genres = genre_of(data_dir)
    config = BriefConfig(words=words, analysis=False, opinion=mode)
    if genre_threshold is not None:
        config = config.replace(genre_threshold=genre_threshold, source_note_threshold=genre_threshold)
    briefer = Briefer(config)
    out: Counter = Counter()
    texts: list[str] = []
    for lc in load_trust(data_dir, SENTENCES_FILE, PAIRS_FILE).values():
        if lc.split != split:
            continue
        brief = briefer(lc.cluster.articles)
        where = {(s.article_id, s.start): (s.article_id, s.index) for s in lc.sentences}
        texts += [item.text for item in brief.summary]
        for item in brief.summary:
            out["summary"] += 1
            key = where[(item.source.article_id, item.source.start)]
            label = None if key in lc.changed else lc.sentence_labels.get(key)
            source_note = bool(item.view_of and item.view_of.startswith(SOURCE_NOTE))
            if source_note:  # a claim about the source, whatever the sentence's label
                out["source notes"] += 1
                genre = genres.get(item.source.article_id)
                out["wrong source notes"] += genre == "news"
                out["source notes, genre unknown"] += genre not in ("news", "opinion")
            if label is None or label == DISPUTED:
                continue
            out["labelled"] += 1
            out["opinion"] += label == "opinion"
            out["opinion as fact"] += label == "opinion" and item.view_of is None
            if item.view_of and not source_note:
                out["sentence notes"] += 1
                out["wrong sentence notes"] += label != "opinion"
    return out, texts


def table(rows: dict[str, Counter]) -> str:
    """Markdown: one column per mode, the counts and the symmetric cost."""
    lines = ["| measure | " + " | ".join(rows) + " |", "|---" * (len(rows) + 1) + "|"]
    for name in COUNTS:
        lines.append(f"| {name} | " + " | ".join(str(c[name]) for c in rows.values()) + " |")
    cost = [c["opinion as fact"] + c["wrong sentence notes"] + c["wrong source notes"] for c in rows.values()]
    lines.append("| **cost** (opinion as fact + wrong notes) | " + " | ".join(map(str, cost)) + " |")
    return "\n".join(lines)


def cv_genre_probabilities(data_dir: Path) -> dict[str, float]:
    """Article id -> cross-validated P(opinion piece) of the dev sources the genre labels train on: the genre model
    refitted in the cluster-grouped 5 folds of ``genre.py`` (C of the shipped model), each source scored by the fold
    that did not see its cluster (the shipped model's own scores on them are in-sample)."""
    from sklearn.model_selection import GroupKFold, cross_val_predict

    from genre import document_features, model_of, rows

    records = load_genre_labels(data_dir, GENRE_LABELS_FILE)
    feats = document_features(data_dir, {r["cluster"] for r in records if r["split"] == "dev"})
    x, y, groups, ids = rows(records, feats, "dev")
    c = float(read_json("genre.json")["C"])
    cv = cross_val_predict(model_of(c), x, y, groups=groups, cv=GroupKFold(5), method="predict_proba")[:, 1]
    by_id = {r["id"]: f"{r['cluster']}#{r['doc']}" for r in records}
    return {by_id[i]: float(p) for i, p in zip(ids, cv, strict=True)}


def cv_sweep(data_dir: Path, thresholds: list[float], words: int) -> str:
    """Markdown: ``opinion="source"`` on the dev trust labels at each genre threshold, with each dev source's P(opinion
    piece) cross-validated (the genre model refitted in the cluster-grouped 5 folds of ``genre.py``, C of the shipped
    model), so the threshold is not chosen on the shipped model's in-sample scores. A source the genre labels leave
    out of training (unsure, or unlabelled) keeps the shipped model's score, which never saw it. The notes are
    display only, so one brief per cluster gives every threshold's notes."""
    p_cv = cv_genre_probabilities(data_dir)
    genres = genre_of(data_dir)
    config = BriefConfig(words=words, analysis=False, opinion="source", source_note_threshold=1.0)  # declared only
    briefer = Briefer(config)
    items = []  # (article id, sentence label or None, declared, P(opinion piece))
    for lc in load_trust(data_dir, SENTENCES_FILE, PAIRS_FILE).values():
        if lc.split != "dev":
            continue
        brief = briefer(lc.cluster.articles)
        sentences = [s for a in brief.sources for s in story_sentences(a, splitter=config.splitter)]
        shipped = opinion_probabilities(sentences, opinion_scores(sentences), config.opinion_threshold)
        declared = {a.id for a in brief.sources if declares_opinion(a)}
        where = {(s.article_id, s.start): (s.article_id, s.index) for s in lc.sentences}
        for item in brief.summary:
            aid = item.source.article_id
            key = where[(aid, item.source.start)]
            label = None if key in lc.changed else lc.sentence_labels.get(key)
            items.append((aid, None if label == DISPUTED else label, aid in declared, p_cv.get(aid, shipped[aid])))
    lines = [
        "| genre threshold (CV) | source notes | opinion as fact | wrong source notes | genre unknown | cost |",
        "|---|---|---|---|---|---|",
    ]
    for t in thresholds:
        noted = [(a, lab) for a, lab, dec, p in items if dec or p >= t]
        miss = sum(1 for a, lab, dec, p in items if lab == "opinion" and not (dec or p >= t))
        wrong = sum(1 for a, _ in noted if genres.get(a) == "news")
        unknown = sum(1 for a, _ in noted if genres.get(a) not in ("news", "opinion"))
        lines.append(f"| {t} | {len(noted)} | {miss} | {wrong} | {unknown} | {miss + wrong} |")
    return "\n".join(lines)


#: The bar at which the sources of ``source_note_labels.jsonl`` were noted and read: the genre's own, 0.9.
READING_THRESHOLD = 0.9
SOURCE_LABELS_FILE = Path(__file__).resolve().parent.parent / "tests" / "data" / "source_note_labels.jsonl"


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def reading(data_dir: Path, sources_out: Path | None, thresholds: list[float]) -> None:
    """The free stories under ``opinion="source"``: view13's read sentences covered or not, and the sources noted
    scored by the reading of each (``tests/data/source_note_labels.jsonl``: opinion / news / unsure), at
    :data:`READING_THRESHOLD` and, from each source's probability, at the higher ``thresholds``."""
    view = {(r["article"], r["start"]): r["label"] for r in _jsonl(VIEW_LABELS_FILE)}
    read = {r["article"]: r["label"] for r in _jsonl(SOURCE_LABELS_FILE)} if SOURCE_LABELS_FILE.exists() else {}
    lowest = min([READING_THRESHOLD, *thresholds])
    config = BriefConfig(analysis=False, opinion="source", source_note_threshold=lowest)
    noted: dict[str, dict] = {}
    rows = []  # (article, view label or None, noted)
    for corpus, story, articles, words in free_stories(data_dir):
        brief = Briefer(config.replace(words=words))(articles)
        sentences = [s for a in brief.sources for s in story_sentences(a, splitter=config.splitter)]
        probs = opinion_probabilities(sentences, opinion_scores(sentences), config.opinion_threshold)
        for item in brief.summary:
            aid = item.source.article_id
            rows.append((aid, view.get((aid, item.source.start)), bool(item.view_of)))
            if item.view_of:
                art = next(a for a in brief.sources if a.id == aid)
                rec = noted.setdefault(
                    aid,
                    {
                        "corpus": corpus,
                        "story": story,
                        "article": aid,
                        "note": item.view_of,
                        "sentences": 0,
                        "p": probs.get(aid, 0.0),
                        "declared": declares_opinion(art),
                        "opening": " ".join(art.text.split()[:60]),
                    },
                )
                rec["sentences"] += 1
    print(
        f"free stories under opinion='source': {len(rows)} summary sentences, "
        f"{sum(n for *_, n in rows)} source notes on {len(noted)} sources"
    )
    print(
        "\n| genre threshold | sources noted (declared) | their sentences | source read opinion / news / unsure "
        "(sentences) | view13's opinion sentences noted / not | view13's fact sentences noted |"
    )
    print("|---|---|---|---|---|---|")
    for t in [READING_THRESHOLD, *thresholds]:
        on = {a for a, r in noted.items() if r["declared"] or r["p"] >= t}
        by = Counter(read.get(a, "unread") for a in on)
        sent = Counter(read.get(a, "unread") for a, _, n in rows if n and a in on)
        opinion_noted = sum(1 for a, lab, n in rows if lab == "opinion" and n and a in on)
        opinion_all = sum(1 for _, lab, _ in rows if lab == "opinion")
        fact_noted = sum(1 for a, lab, n in rows if lab == "fact" and n and a in on)
        print(
            f"| {t} | {len(on)} ({sum(noted[a]['declared'] for a in on)}) | {sum(sent.values())} "
            f"| {by['opinion']} / {by['news']} / {by['unsure']} ({sent['opinion']} / {sent['news']} / "
            f"{sent['unsure']}){'; unread ' + str(by['unread']) if by['unread'] else ''} "
            f"| {opinion_noted} / {opinion_all - opinion_noted} | {fact_noted} |"
        )
    if sources_out:
        sources_out.write_text("".join(json.dumps(r) + "\n" for r in noted.values()), encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    ap.add_argument("--words", type=int, default=300)
    ap.add_argument("--splits", default="dev", help="dev (default) or heldout (once, settings fixed on dev)")
    ap.add_argument("--modes", default=",".join(MODES))
    ap.add_argument(
        "--genre-thresholds", default="", help="comma-separated BriefConfig.genre_threshold values for 'source' (dev)"
    )
    ap.add_argument("--cv", action="store_true", help="the dev sweep of --genre-thresholds with CV genre scores")
    ap.add_argument("--reading", action="store_true", help="the view13 reading instead of the trust labels")
    ap.add_argument("--sources", type=Path, default=None, help="with --reading: write the noted sources here")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    if args.cv:
        print(cv_sweep(args.data, [float(t) for t in args.genre_thresholds.split(",")], args.words))
        return
    if args.reading:
        reading(args.data, args.sources, [float(t) for t in filter(None, args.genre_thresholds.split(","))])
        return
    for split in args.splits.split(","):
        runs = {mode: count(args.data, split, mode, args.words) for mode in args.modes.split(",") if mode}
        for t in filter(None, args.genre_thresholds.split(",")):
            runs[f"source, genre {t}"] = count(args.data, split, "source", args.words, float(t))
        print(f"\n{split}:\n\n{table({name: c for name, (c, _) in runs.items()})}")
        same = len({tuple(texts) for _, texts in runs.values()}) == 1
        print(f"\nthe same summary sentences in every column: {'yes' if same else 'NO'}")


if __name__ == "__main__":
    main()
