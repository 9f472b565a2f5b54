"""Score the conflicts ("where they differ") against the hand-labelled set (issue 12).

Gold: ``tests/data/conflicts_gold.jsonl`` (one line per labelled cross-source sentence pair: cluster, the two
sentences' document, offsets in the cleaned text and text hash, the adjudicated label and, for a real
disagreement, the slot kind and the two disputed values' offsets within their sentences; how the pairs were
drawn and labelled: ``tests/data/README.md``, "Conflicts set"). Texts are read from ``../shared/data``.

Each labelled cluster is briefed (``newsbrief.brief``, analysis on) by whatever newsbrief is importable, so
the same script measures main before a change (``PYTHONPATH=<main checkout>/src``) and the branch after.
Every listed conflict is turned into the cross-source sentence pairs it sets against each other (its
sentences, side against side; a conflict of main has two sentences), each mapped to a labelled pair when both
sentences overlap the labelled ones in the same documents.

- **precision** (per listed conflict, what a reader sees): conflicts with at least one pair labelled
  ``real`` / conflicts with at least one labelled pair; conflicts none of whose pairs was labelled (outside
  the candidate pool) are counted apart, and a conservative figure counts them as false;
- **recall**: pairs labelled ``real`` that some listed conflict sets against each other / pairs labelled
  ``real``. It is recall of the real disagreements *in the candidate pool* (pairs that align loosely and
  carry comparable values; see ``benchmarks/conflict_items.py``), not of every disagreement in the sources.

Run: ``python benchmarks/conflicts.py`` (``--stage`` scores the conflict stage alone, as ``analyse`` calls it,
without the rest of the brief: the same conflicts, minutes faster; ``--errors`` prints each false and missed
conflict with its sentences, for development only: it prints article text; ``--sweep`` prints dev precision and
recall of :func:`newsbrief.compare.conflicts.find_conflicts` at several thresholds without spaCy, to choose
``BriefConfig.conflict_threshold`` on the development part only).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from newsbrief import brief
from newsbrief.model import Article

sys.path.insert(0, str(Path(__file__).resolve().parent))
from trust_items import DEFAULT_DATA_DIR, StoryCluster, _any_cluster  # a sibling script, not a package

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "conflicts_gold.jsonl"
#: Every labelled conflicts set: the first pool (and its flagged pairs), the third round, the fourth (what the
#: system flags and its candidates by slot), the fifth (a fresh held-out round) and the sixth (numeric value pairs
#: of dated DUC task 5 reports; its held-out third is part "heldout") and the seventh (twenty fresh clusters of
#: session 14, split into "fresh-dev" and "fresh-heldout" before any result was read; tests/data/README.md).
GOLDS = tuple(ROOT / "tests" / "data" / f"conflicts{n}_gold.jsonl" for n in ("", "3", "4", "5", "6", "7"))
#: The parts: development, the held-out part of rounds 1-4, and the fifth round ("fresh": all held out, scored
#: once with settings chosen on dev, reported apart), and the seventh round's two parts.
PARTS = ("dev", "heldout", "fresh", "fresh-dev", "fresh-heldout")
TARGETS = {"precision": 0.8, "recall": 0.5}


@dataclass(frozen=True, slots=True)
class Side:
    doc: int
    start: int
    end: int
    sha1: str


@dataclass(frozen=True, slots=True)
class Pair:
    id: str
    cluster: str
    file: str
    part: str
    a: Side
    b: Side
    label: str
    extra: dict = field(default_factory=dict, compare=False, hash=False)


def load_gold(path: Path = GOLD) -> list[Pair]:
    """The labelled pairs (ids, offsets, hashes and labels only)."""
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            a, b = (Side(row[k]["doc"], row[k]["start"], row[k]["end"], row[k]["sha1"]) for k in ("a", "b"))
            out.append(Pair(row["id"], row["cluster"], row["file"], row["part"], a, b, row["label"], row))
        except (KeyError, TypeError, ValueError) as exc:
            raise SystemExit(f"{path}:{n}: not a labelled pair ({exc})") from None
    return out


def load_golds(paths: Sequence[Path] = GOLDS) -> list[Pair]:
    """Every labelled set that exists, as one (a cluster keeps its part in every set).

    A sentence pair labelled twice alike (round 4 holds ``r4:d30010t.3.1~d30010t.9.2`` and its mirror
    ``r4:d30010t.9.2~d30010t.3.1``, both real) is one disagreement: it is kept once, or recall would count it
    twice and a conflict that sets the two sentences against each other could find only one of the copies
    (:func:`match` returns the first). Copies labelled differently are both kept: a dispute is not ours to settle."""
    out: list[Pair] = []
    seen: set[tuple[str, str, frozenset[tuple[int, int, int]], str]] = set()
    for g in (g for path in paths if path.exists() for g in load_gold(path)):
        key = (g.file, g.cluster, frozenset({(g.a.doc, g.a.start, g.a.end), (g.b.doc, g.b.start, g.b.end)}), g.label)
        if key in seen:
            continue  # a third copy labelled as the second is a copy too, not only one labelled as the first
        seen.add(key)
        out.append(g)
    return out


def relocated(cluster: StoryCluster, pairs: Sequence[Pair]) -> tuple[list[Pair], list[str]]:
    """The labelled pairs with their sentences found in today's cleaned text, and the ids of those not found.

    A side's offsets point into the cleaned article as it was when labelled; a change of the cleaning that
    shortens or lengthens text before the sentence (session 12 reads "&AMP;" as "&") moves it. The sentence is
    then found again by its text (its hash), nearest the recorded place, and the pair scored there; a splitter's
    change does not move it (offsets are into the cleaned article). A side whose own text changed cannot be found:
    its pair is lost, and scoring the characters now at the old offsets would count a neighbour's label."""
    from newsbrief.pipeline import clean_articles

    cleaned, _ = clean_articles(cluster.articles)
    texts = {doc_of(a): a.text for a in cleaned}
    found, lost = [], []
    for g in pairs:
        a, b = (_find(side, texts.get(side.doc, "")) for side in (g.a, g.b))
        if a is None or b is None:
            lost.append(g.id)
        else:
            found.append(replace(g, a=a, b=b))
    return found, lost


def _find(side: Side, text: str) -> Side | None:
    """``side`` at the place of ``text`` nearest its recorded start whose characters hash as labelled."""
    n = side.end - side.start
    for start in sorted(range(len(text) - n + 1), key=lambda i: abs(i - side.start)):
        if hashlib.sha1(text[start : start + n].encode("utf-8")).hexdigest()[:8] == side.sha1:
            return side if start == side.start else replace(side, start=start, end=start + n)
    return None


def doc_of(article: Article) -> int:
    return int(article.id.rsplit("#", 1)[1])


def _overlaps(side: Side, doc: int, start: int, end: int) -> bool:
    if side.doc != doc:
        return False
    shared = min(side.end, end) - max(side.start, start)
    return shared > 0.5 * min(side.end - side.start, end - start)


def conflict_pairs(conflict: object, docs: dict[str, int]) -> list[tuple[tuple[int, int, int], tuple[int, int, int]]]:
    """The cross-source sentence pairs a listed conflict sets against each other, as (doc, start, end) pairs."""
    sides = getattr(conflict, "sides", ())
    if sides:
        groups = [[(docs[s.article_id], s.start, s.end) for s in side.sentences] for side in sides]
    else:  # main before issue 12's rewrite: one sentence per side
        groups = [[(docs[s.article_id], s.start, s.end)] for s in conflict.spans if s.article_id in docs]
    out = []
    for i, x in enumerate(groups):
        for y in groups[i + 1 :]:
            out.extend((p, q) for p in x for q in y if p[0] != q[0])
    return out


def match(pairs: Sequence[Pair], p: tuple[int, int, int], q: tuple[int, int, int]) -> Pair | None:
    for g in pairs:
        if (_overlaps(g.a, *p) and _overlaps(g.b, *q)) or (_overlaps(g.a, *q) and _overlaps(g.b, *p)):
            return g
    return None


@dataclass
class Tally:
    clusters: int = 0
    listed: int = 0
    judged: int = 0
    real: int = 0
    outside: int = 0
    real_pairs: int = 0
    found: int = 0

    def add(self, other: Tally) -> None:
        for k in vars(self):
            setattr(self, k, getattr(self, k) + getattr(other, k))


def score_cluster(
    conflicts: Iterable[object], docs: dict[str, int], gold: Sequence[Pair], errors: list[str] | None = None
) -> Tally:
    t = Tally(clusters=1, real_pairs=sum(g.label == "real" for g in gold))
    found: set[str] = set()
    for c in conflicts:
        t.listed += 1
        labels = [g for p, q in conflict_pairs(c, docs) if (g := match(gold, p, q)) is not None]
        if not labels:
            t.outside += 1
            if errors is not None:
                errors.append(f"  OUTSIDE the pool: {c.description}")
            continue
        t.judged += 1
        if any(g.label == "real" for g in labels):
            t.real += 1
        elif errors is not None:
            errors.append(f"  FALSE ({', '.join(sorted({g.label for g in labels}))}): {c.description} [{labels[0].id}]")
        found |= {g.id for g in labels if g.label == "real"}
    t.found = len(found)
    if errors is not None:
        for g in gold:
            if g.label == "real" and g.id not in found:
                values = f"{g.extra.get('value_a')} vs {g.extra.get('value_b')}"
                errors.append(f"  MISSED: {g.id} {g.extra.get('kind')}: {values}")
    return t


def clusters(gold: Sequence[Pair], data_dir: Path) -> list[tuple[StoryCluster, list[Pair]]]:
    """The labelled clusters with their pairs found in today's cleaned text (:func:`relocated`), but the task 5
    topics reserved for the lead's blind reading: round 6 (session 11) labelled five topics that session 12
    reserves, and a score must not brief them."""
    from conflicts_dated import TASK5_FILE
    from reserved import BLIND_TOPICS

    by: dict[tuple[str, str], list[Pair]] = {}
    for g in gold:
        by.setdefault((g.file, g.cluster), []).append(g)
    if reserved := sorted(k for k in by if k[0] == TASK5_FILE and k[1] in BLIND_TOPICS):
        n = sum(len(by.pop(k)) for k in reserved)
        print(f"{n} labelled pairs of {len(reserved)} reserved topics left out", file=sys.stderr)
    out = []
    for (file, cid), pairs in sorted(by.items()):
        cluster = _cluster(data_dir, file, cid)
        found, lost = relocated(cluster, pairs)
        if lost:
            held = "whose sentence the cleaned articles no longer hold"
            print(f"{cid}: {len(lost)} labelled pairs {held}, left out: {lost}", file=sys.stderr)
        out.append((cluster, found))
    return out


def _cluster(data_dir: Path, file: str, cluster_id: str) -> StoryCluster:
    """A labelled cluster: a Multi-News or DUC task 2 cluster, or a DUC task 5 topic (dated reports, round 6)."""
    from conflicts_dated import TASK5_FILE, topic_cluster  # imports this module: here, not at the top

    return topic_cluster(data_dir, cluster_id) if file == TASK5_FILE else _any_cluster(data_dir, file, cluster_id)


def run(data_dir: Path, gold: Sequence[Pair], *, show_errors: bool = False, **settings: object) -> dict[str, Tally]:
    parts = {part: Tally() for part in PARTS}
    for cluster, pairs in clusters(gold, data_dir):
        b = brief(list(cluster.articles), **settings)
        docs = {a.id: doc_of(a) for a in b.sources}
        errors: list[str] | None = [] if show_errors else None
        parts[pairs[0].part].add(score_cluster(b.conflicts, docs, pairs, errors))
        if errors:
            print(f"{cluster.id} ({pairs[0].part})\n" + "\n".join(errors), file=sys.stderr)
    return parts


def stage(cluster: StoryCluster) -> tuple[list, object, dict[str, int], dict[str, str]]:
    """What the brief's conflict stage reads, computed as the brief computes it (no spaCy: conflicts need no
    parse): the cleaned articles' sentences, their same-fact matrix, the documents and the texts."""
    from newsbrief.compare.support import support_matrix
    from newsbrief.pipeline import clean_articles, in_one_language, story_sentences

    cleaned, _ = clean_articles(cluster.articles)
    cleaned, _, language = in_one_language(cleaned)
    sentences = [s for a in cleaned for s in story_sentences(a, language=language)]
    return sentences, support_matrix(sentences), {a.id: doc_of(a) for a in cleaned}, {a.id: a.text for a in cleaned}


def run_stage(
    data_dir: Path,
    gold: Sequence[Pair],
    threshold: float,
    decision: str = "rules",
    slots: bool = False,
    show_errors: bool = False,
) -> dict[str, Tally]:
    """The same scores as :func:`run` from the conflict stage alone (``find_conflicts`` as ``analyse`` calls it)."""
    from newsbrief.compare.conflicts import find_conflicts

    parts = {part: Tally() for part in PARTS}
    for cluster, pairs in clusters(gold, data_dir):
        sentences, same, docs, texts = stage(cluster)
        slot_arg = {"slots": True} if slots else {}  # a checkout before session 7 has no candidates by slot
        days = {"published": {a.id: a.published for a in cluster.articles}} if _dated(cluster) else {}
        found = find_conflicts(sentences, same, threshold=threshold, texts=texts, decision=decision, **slot_arg, **days)
        errors: list[str] | None = [] if show_errors else None
        parts[pairs[0].part].add(score_cluster(found, docs, pairs, errors))
        if errors:
            print(f"{cluster.id} ({pairs[0].part})\n" + "\n".join(errors), file=sys.stderr)
    return parts


def _dated(cluster: StoryCluster) -> bool:
    """Whether a report of the cluster has a day (``analyse`` passes it; a checkout before session 10 takes none)."""
    return any(getattr(a, "published", None) for a in cluster.articles)


def sweep(data_dir: Path, gold: Sequence[Pair], thresholds: Sequence[float]) -> None:
    """Dev precision/recall of find_conflicts at each threshold (no spaCy: conflicts need no parse)."""
    from newsbrief.compare.conflicts import find_conflicts

    tallies = {t: Tally() for t in thresholds}
    for cluster, pairs in clusters([g for g in gold if g.part == "dev"], data_dir):
        sentences, same, docs, texts = stage(cluster)
        for t in thresholds:
            tallies[t].add(score_cluster(find_conflicts(sentences, same, threshold=t, texts=texts), docs, pairs))
    print("| threshold | listed | judged | real | precision | real pairs | found | recall |")
    print("|---|---|---|---|---|---|---|---|")
    for t, x in tallies.items():
        print(
            f"| {t} | {x.listed} | {x.judged} | {x.real} | {_ratio(x.real, x.judged)} | {x.real_pairs} | {x.found} | "
            f"{_ratio(x.found, x.real_pairs)} |"
        )


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "n/a"


def table(parts: dict[str, Tally], label: str) -> str:
    rows = []
    for part, t in parts.items():
        rows.append(
            f"| {label} | {part} | {t.clusters} | {t.listed} | {t.outside} | {t.real}/{t.judged} = "
            f"**{_ratio(t.real, t.judged)}** | {_ratio(t.real, t.listed)} | {t.found}/{t.real_pairs} = "
            f"**{_ratio(t.found, t.real_pairs)}** |"
        )
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--gold", type=Path, nargs="*", default=list(GOLDS), help="labelled sets (default: all)")
    parser.add_argument("--label", default="this checkout", help="the row's name in the table")
    parser.add_argument("--errors", action="store_true", help="print false and missed conflicts (article text)")
    parser.add_argument(
        "--stage", action="store_true", help="score the conflict stage alone (no spaCy; this checkout's code only)"
    )
    parser.add_argument("--sweep", type=float, nargs="*", help="dev precision/recall at these conflict thresholds")
    parser.add_argument("--part", choices=PARTS, help="score one part only")
    parser.add_argument("--decision", choices=("rules", "both", "learned"), help="with --stage: not the configured one")
    parser.add_argument("--threshold", type=float, help="with --stage: this same-fact gate, not the configured one")
    parser.add_argument(
        "--slots", choices=("on", "off"), help="with --stage: candidates by slot on or off, not the configured way"
    )
    args = parser.parse_args(argv)
    if not (args.data / "multinews").is_dir():
        raise SystemExit(f"{args.data}: the shared data folder is missing (multinews/, duc2004/)")
    gold = [g for g in load_golds(args.gold) if args.part in (None, g.part)]
    if args.sweep is not None:
        sweep(args.data, gold, args.sweep or [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.87])
        return
    started = time.perf_counter()
    if args.stage:
        from newsbrief.config import BriefConfig

        gate = BriefConfig().conflict_threshold if args.threshold is None else args.threshold
        slots = BriefConfig().conflict_slots if args.slots is None else args.slots == "on"
        decision = args.decision or BriefConfig().conflict_decision
        parts = run_stage(args.data, gold, gate, decision=decision, slots=slots, show_errors=args.errors)
    else:
        parts = run(args.data, gold, show_errors=args.errors)
    print(
        "| system | part | clusters | conflicts listed | outside the pool | precision (real / judged) | "
        "precision, outside counted false | recall (real pairs found) |"
    )
    print("|---|---|---|---|---|---|---|---|")
    print(table({k: v for k, v in parts.items() if v.clusters}, args.label))
    print(f"\n{len(gold)} labelled pairs; {time.perf_counter() - started:.0f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
