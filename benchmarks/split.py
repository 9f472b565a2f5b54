"""Splitting (issue 14): boundary F1 of each splitter on the labelled news boundaries, and its speed.

Accuracy: each splitter runs the way the brief runs it (:func:`newsbrief.text.split.split_sentences`, so
datelines, closing-quote fragments and windows are applied on top) over the cleaned documents of
``tests/data/split_boundaries.jsonl`` (loaded by :func:`split_labels.load_boundaries`). A labelled position
is predicted a boundary when a sentence ends there (ends normalised as the items were: over closing quotes
and brackets, back before an opening quote). F1 of the ``boundary`` class, over the items labelled
``boundary`` or ``not-boundary`` (``unsure`` left out); development and held-out parts apart; accuracy per
hard-case kind on all labelled items. The items over-sample hard cases and disagreements between splitters
(``split_items.py``), so the figures compare splitters; they are not the error rate on running text.

Speed, in one run, in CPU seconds of this process (the machine is shared; wall time drifts with the load):
each splitter alone over the cleaned text of ``multinews/val_raw.jsonl``; the full brief path without
analysis (read, clean, split, select, order, support; 300 words) over the same clusters with each splitter,
each in a fresh process (no cache warmed by another splitter's pass), as a ratio of pySBD splitting alone;
the time the analysis adds to a warm brief of the seeds.

    python benchmarks/split.py [--skip-speed] [--skip-accuracy] [--skip-analysis] [--limit N]
"""

from __future__ import annotations

import argparse
import importlib
import logging
import multiprocessing
import platform
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from newsbrief import BriefConfig, Briefer, read_articles, read_clusters
from newsbrief.errors import InputError
from newsbrief.ingest.clean import clean_text
from newsbrief.model import Article
from newsbrief.text.language import language_of
from newsbrief.text.split import split_sentences
from newsbrief.text.splitters import SPLITTERS
from split_items import normalise  # sibling scripts, not a package
from split_labels import DEFAULT_DATA_DIR, LABELS_FILE, Boundary, load_boundaries

DECIDED = ("boundary", "not-boundary")

#: Where the brief path's CPU goes (``--stages``): (module, attribute, stage). Each wrapped call's CPU time is
#: its stage's less the time of the wrapped calls inside it, so the stages add up to the whole pass. A stage
#: is what the pipeline calls by that name (patched where it is looked up); the rows under "selection" are
#: the parts of a selection (concept weights, TF-IDF, same-fact pairs, the solver, the referents check).
STAGES = (
    ("newsbrief.pipeline", "clean_articles", "clean"),
    ("newsbrief.pipeline", "in_one_language", "language of each source"),
    ("newsbrief.story_text", "split_sentences", "split (splitter, datelines, joins)"),
    ("newsbrief.story_text", "is_furniture", "furniture"),
    ("newsbrief.story_text", "language_of", "language of each sentence"),
    ("newsbrief.pipeline", "story_sentences", "story sentences (captions, page parts, notices)"),
    ("newsbrief.pipeline.Briefer", "eligible", "eligibility (standalone, debris, antecedents)"),
    ("newsbrief.pipeline", "set_apart", "pages set apart"),
    ("newsbrief.pipeline", "opinion_scores", "opinion scores"),
    ("newsbrief.summarize.quality.QualityCache", "scores", "quality scores"),
    ("newsbrief.pipeline", "source_genres", "genre, notes, voices"),
    ("newsbrief.pipeline.Briefer", "_judgement", "genre, notes, voices"),
    ("newsbrief.pipeline", "verdicts", "genre, notes, voices"),
    ("newsbrief.pipeline", "news_judged", "genre, notes, voices"),
    ("newsbrief.pipeline", "unnoted_voices", "genre, notes, voices"),
    ("newsbrief.pipeline", "readers_views", "genre, notes, voices"),
    ("newsbrief.summarize.base.Selector", "__call__", "selection (rest: units, loops)"),
    ("newsbrief.summarize.concepts.ConceptWeights", "weigh", "selection: concept weights"),
    ("newsbrief.summarize.ilp", "_Pool", "selection: concept incidence"),
    ("newsbrief.summarize.ilp", "_local_search", "selection: solver"),
    ("newsbrief.summarize.ilp", "_enumerate", "selection: solver"),
    ("newsbrief.summarize.ilp.ConceptILP", "_solve", "selection: solver"),
    ("newsbrief.summarize.repeats", "tfidf_matrix", "TF-IDF matrices"),
    ("newsbrief.summarize.repeats.WithoutRepeats", "_similar", "selection: repeated facts"),
    ("newsbrief.summarize.repeats.WithoutRepeats", "_repeats_in_pool", "selection: repeated facts"),
    ("newsbrief.summarize.referents", "unresolved", "selection: referents check"),
    ("newsbrief.pipeline", "label_words", "speaker labels"),
    ("newsbrief.pipeline", "order_sentences", "order"),
    ("newsbrief.pipeline", "introductions_first", "order"),
    ("newsbrief.pipeline", "named_first", "order"),
    ("newsbrief.pipeline", "keep_runs_together", "order"),
    ("newsbrief.compare.support", "tfidf_matrix", "TF-IDF matrices"),
    ("newsbrief.pipeline", "support_rows", "support"),
    ("newsbrief.pipeline", "attach_support", "support"),
    ("newsbrief.pipeline", "centrality", "news peg first"),
    ("newsbrief.pipeline", "peg_first", "news peg first"),
    ("newsbrief.pipeline", "sets_the_scene", "news peg first"),
    ("newsbrief.pipeline", "announces", "news peg first"),
    ("newsbrief.pipeline", "overtaken", "news peg first"),
    ("newsbrief.pipeline", "depth", "news peg first"),
    ("newsbrief.pipeline", "continues", "news peg first"),
    ("newsbrief.pipeline", "speaks_to_reader", "news peg first"),
    ("newsbrief.pipeline", "name_pronouns", "names: pronouns, descriptions"),
    ("newsbrief.pipeline", "name_descriptions", "names: pronouns, descriptions"),
    ("newsbrief.pipeline", "introduce_people", "names: introductions"),
    ("newsbrief.pipeline", "introduce_from_story", "names: introductions"),
    ("newsbrief.pipeline", "complete_given_names", "names: introductions"),
    ("newsbrief.pipeline", "show_speakers", "speaker labels"),
    ("newsbrief.pipeline", "speakers_hold_their_views", "speaker labels"),
    ("newsbrief.pipeline.Briefer", "__call__", "brief (rest)"),
)


def predicted_ends(text: str, splitter: str) -> set[int]:
    """Normalised sentence ends of the brief's splitting of one cleaned document."""
    return {normalise(text, s.end) for s in split_sentences(Article(id="d", text=text), splitter)}


def predictions(items: Sequence[Boundary], texts: dict, splitter: str) -> dict[str, bool]:
    """Item id -> whether ``splitter`` puts a sentence end there."""
    ends = {key: predicted_ends(text, splitter) for key, text in texts.items()}
    return {b.id: b.offset in ends[b.doc] for b in items}


def f1(items: Iterable[Boundary], predicted: dict[str, bool]) -> tuple[float, float, float, int]:
    """Precision, recall and F1 of the boundary class, and how many items were scored."""
    tp = fp = fn = n = 0
    for b in items:
        if b.label not in DECIDED:
            continue
        n += 1
        gold, pred = b.label == "boundary", predicted[b.id]
        tp += gold and pred
        fp += pred and not gold
        fn += gold and not pred
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0), n


def accuracy_table(items: Sequence[Boundary], texts: dict, splitters: Sequence[str]) -> str:
    preds = {name: predictions(items, texts, name) for name in splitters}
    decided = [b for b in items if b.label in DECIDED]
    dev = [b for b in decided if not b.heldout]
    held = [b for b in decided if b.heldout]
    rows = [
        f"{len(decided)} decided items ({len(dev)} development, {len(held)} held-out; "
        f"{sum(b.label == 'boundary' for b in decided)} boundaries), "
        f"{sum(b.label == 'unsure' for b in items)} unsure left out, {len(texts)} documents\n",
        "| splitter | F1 dev | F1 held-out | P / R held-out |",
        "|---|---|---|---|",
    ]
    for name in splitters:
        _, _, f_dev, _ = f1(dev, preds[name])
        p, r, f_held, _ = f1(held, preds[name])
        rows.append(f"| {name} | {100 * f_dev:.1f} | {100 * f_held:.1f} | {100 * p:.1f} / {100 * r:.1f} |")
    by_kind: dict[str, list[Boundary]] = defaultdict(list)
    for b in decided:
        by_kind[b.kind].append(b)
    rows += ["", "Accuracy per hard-case kind (all decided items; boundaries among them):", ""]
    rows.append("| kind | items | boundaries | " + " | ".join(splitters) + " |")
    rows.append("|---|---|---|" + "---|" * len(splitters))
    for kind, group in sorted(by_kind.items(), key=lambda kv: -len(kv[1])):
        cells = []
        for name in splitters:
            right = sum(preds[name][b.id] == (b.label == "boundary") for b in group)
            cells.append(f"{100 * right / len(group):.1f}")
        n_bound = sum(b.label == "boundary" for b in group)
        rows.append(f"| {kind} | {len(group)} | {n_bound} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def _cpu(fn: Callable[[], object]) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


def _full_path_cpu(splitter: str, limit: int | None, warmed: Callable[[], object] | None = None) -> float:
    """CPU seconds of one cold pass of the brief path (no analysis, 300 words) over val_raw, in this process.

    Warm as a server or a batch worker is: py3langid's model (0.5 CPU s, loaded at the first sentence the
    stopword test cannot decide) and the splitter load before the timed pass, on the first cluster, which the
    pass then briefs again (its sentences' cache entries are warm; the other clusters' are not).
    """
    logging.getLogger("newsbrief").setLevel(logging.ERROR)
    clusters = list(read_clusters(DEFAULT_DATA_DIR / "multinews" / "val_raw.jsonl"))[:limit]
    language_of("Die Regierung hat am Montag erklärt, dass sie die Steuern im nächsten Jahr nicht erhöhen wird.")
    briefer = Briefer(BriefConfig(words=300, analysis=False, splitter=splitter))
    briefer(clusters[0].articles)
    if warmed is not None:  # e.g. the stage timers start from 0 here
        warmed()
    return _cpu(lambda: [briefer(c.articles) for c in clusters])


def stage_holder(where: str) -> object | None:
    """The module or class a :data:`STAGES` entry names (None for a class this source tree does not have)."""
    try:
        return importlib.import_module(where)
    except ModuleNotFoundError:  # a class: its module, then the class
        module, _, cls = where.rpartition(".")
        return getattr(importlib.import_module(module), cls, None)


def _stage_timers(totals: dict[str, float]) -> None:
    """Wrap every :data:`STAGES` entry that this source tree has, adding each call's own CPU time to ``totals``."""
    stack: list[float] = []

    def timed(fn: Callable, stage: str) -> Callable:
        def wrapper(*args: object, **kwargs: object) -> object:
            start = time.process_time()
            stack.append(0.0)
            try:
                return fn(*args, **kwargs)
            finally:
                spent = time.process_time() - start
                totals[stage] += spent - stack.pop()
                if stack:
                    stack[-1] += spent

        return wrapper

    for where, name, stage in STAGES:
        holder = stage_holder(where)
        if holder is not None and getattr(holder, name, None) is not None:
            totals.setdefault(stage, 0.0)
            setattr(holder, name, timed(getattr(holder, name), stage))


def _stages_cpu(splitter: str, limit: int | None) -> tuple[float, dict[str, float]]:
    """:func:`_full_path_cpu` with every stage timed: the pass's CPU seconds and each stage's own."""
    totals: dict[str, float] = {}
    _stage_timers(totals)
    whole = _full_path_cpu(splitter, limit, warmed=lambda: totals.update(dict.fromkeys(totals, 0.0)))
    return whole, totals


def stage_table(limit: int | None, splitter: str) -> str:
    """Where the brief path's CPU goes, stage by stage (:data:`STAGES`), in one fresh process, with the pySBD
    splitting alone of the same text in this process as the yardstick of issue 14."""
    clusters = list(read_clusters(DEFAULT_DATA_DIR / "multinews" / "val_raw.jsonl"))[:limit]
    cleaned = [Article(id=a.id, text=clean_text(a.text)) for c in clusters for a in c.articles]
    split_sentences(cleaned[0], "pysbd")
    alone = _cpu(lambda: [split_sentences(art, "pysbd") for art in cleaned])
    with multiprocessing.get_context("spawn").Pool(1, maxtasksperchild=1) as pool:
        whole, totals = pool.apply(_stages_cpu, (splitter, limit))
    rows = [
        f"{len(clusters)} clusters of val_raw, {splitter}, 300 words, no analysis; CPU s of the timed pass "
        f"(each stage's own, the stages inside it taken out); pySBD splitting alone {alone:.2f} s\n",
        "| stage | CPU s | share | / pySBD alone |",
        "|---|---|---|---|",
    ]
    for stage, spent in sorted(totals.items(), key=lambda kv: -kv[1]):
        rows.append(f"| {stage} | {spent:.2f} | {100 * spent / whole:.1f}% | {spent / alone:.3f}x |")
    rows.append(f"| **all** | {whole:.2f} | 100% | **{whole / alone:.2f}x** |")
    return "\n".join(rows)


def speed_table(limit: int | None, splitters: Sequence[str]) -> str:
    data = DEFAULT_DATA_DIR / "multinews" / "val_raw.jsonl"
    clusters = list(read_clusters(data))[:limit]
    cleaned = [Article(id=a.id, text=clean_text(a.text)) for c in clusters for a in c.articles]
    n_bytes = sum(len(a.text.encode()) for a in cleaned)
    alone: dict[str, float] = {}
    full: dict[str, float] = {}
    for name in splitters:
        split_sentences(cleaned[0], name)  # warm: imports, rules, models
        alone[name] = _cpu(lambda name=name: [split_sentences(art, name) for art in cleaned])
    # Each splitter's brief path runs in a fresh process: the per-sentence caches (``is_debris``, tokens, ...)
    # are keyed on sentence text, and most sentences come out the same whichever splitter cut them, so a run
    # after another splitter's run over the same clusters found them warm (session 6's 1.08x was measured so).
    spawn = multiprocessing.get_context("spawn")
    with spawn.Pool(1, maxtasksperchild=1) as pool:
        for name in splitters:
            full[name] = pool.apply(_full_path_cpu, (name, limit))
    base = alone["pysbd"]
    rows = [
        f"{len(clusters)} clusters of val_raw, {n_bytes / 1e6:.2f} MB of cleaned text; CPU seconds "
        f"(splitting alone in this process, each brief path in a fresh one) "
        f"(the machine is shared: wall time drifts with other work); {platform.node()} · Python "
        f"{platform.python_version()}\n",
        "| splitter | splitting alone (CPU s) | MB/s | full brief path, no analysis (CPU s) | full / pySBD alone |",
        "|---|---|---|---|---|",
    ]
    for name in splitters:
        rows.append(
            f"| {name} | {alone[name]:.2f} | {n_bytes / 1e6 / alone[name]:.2f} | {full[name]:.2f} | "
            f"{full[name] / base:.2f}x |"
        )
    return "\n".join(rows)


def analysis_table(splitters: Sequence[str], runs: int = 5) -> str:
    """CPU time the analysis adds to a warm brief of the seeds, per splitter (median of ``runs``)."""
    seeds = read_articles(DEFAULT_DATA_DIR / "seeds")
    rows = ["| splitter | warm brief, analysis on (CPU s) | off (CPU s) | analysis adds (CPU s) |", "|---|---|---|---|"]
    for name in splitters:
        on = Briefer(BriefConfig(splitter=name))
        off = Briefer(BriefConfig(splitter=name, analysis=False))
        on(seeds)  # loads spaCy once, as a server or a batch worker does
        t_on = statistics.median(_cpu(lambda on=on: on(seeds)) for _ in range(runs))
        t_off = statistics.median(_cpu(lambda off=off: off(seeds)) for _ in range(runs))
        rows.append(f"| {name} | {t_on:.2f} | {t_off:.2f} | {t_on - t_off:.2f} |")
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--labels", type=Path, default=LABELS_FILE)
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument("--skip-accuracy", action="store_true")
    parser.add_argument("--skip-analysis", action="store_true", help="no analysis table (spaCy) after the speed table")
    parser.add_argument(
        "--stages", metavar="SPLITTER", help="only the per-stage CPU table of the brief path with this splitter"
    )
    parser.add_argument("--limit", type=int, default=None, help="clusters of val_raw for the speed table")
    args = parser.parse_args(argv)
    logging.getLogger("newsbrief").setLevel(logging.ERROR)
    splitters = list(SPLITTERS)
    if args.stages:
        print(stage_table(args.limit, args.stages))
        return 0
    if not args.skip_accuracy:
        items, texts = load_boundaries(args.data, args.labels)
        print("**Boundary F1** (tests/data/split_boundaries.jsonl)\n")
        print(accuracy_table(items, texts, splitters))
        print("\nkinds:", dict(Counter(b.kind for b in items)), flush=True)
    if not args.skip_speed:
        print("\n**Speed**\n")
        print(speed_table(args.limit, splitters), flush=True)
        if not args.skip_analysis:
            print("\n**Analysis on the seeds** (spaCy parses with the splitter's sentences preset)\n")
            print(analysis_table(splitters))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except InputError as err:
        print(f"error: {err}", file=sys.stderr)
        sys.exit(2)
