"""Labels of the names proposed for an opening "He"/"She", and the precision of the resolver against them (issue 10).

``pronoun_items.py`` writes the items (outside the repository); the guideline and both readings sit beside them
(``GUIDELINE.md``, ``answers_a.jsonl``: the name the reader gives blind, ``answers_b.jsonl``: right / wrong / unclear
with the proposal shown). ``--write`` combines the two readings into ``tests/data/pronoun_names.jsonl``: ids,
offsets, a hash of the proposed name and the labels, no text. A proposal is ``right`` only when the blind reading
names the same person (same surname) and the second reading says right; ``wrong`` when either names someone else;
else ``unclear``.

``--score`` runs the resolver of today over the same sources and reads each proposal's label: a proposal whose
sentence or name is not labelled counts apart (``unlabelled``), never as right. Precision = right / labelled
proposals; the project ships the resolver only at >= 0.97.

``--write`` replaces the labels of the items read and keeps the others (the development and the fresh readings
live in one file, told apart by ``part``).

Run: ``python benchmarks/pronoun_labels.py --items /work/labels/referents12[/fresh] (--write | --score [--set fresh])``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from trust_labels import agreement

ROOT = Path(__file__).resolve().parents[1]
LABELS_FILE = ROOT / "tests" / "data" / "pronoun_names.jsonl"


def name_key(name: str) -> str:
    """A short hash of a proposed name: the labels say which proposal was judged without holding the name."""
    return hashlib.sha1(name.encode("utf-8")).hexdigest()[:12]


def _surname(name: str) -> str:
    return name.split()[-1].casefold() if name.split() else ""


def blind_verdict(answer: str, proposed: str) -> str:
    """The blind reading as a verdict on the proposal: right (same surname), wrong (another person) or unclear."""
    if answer in ("unclear", "other", ""):
        return "unclear"
    return "right" if _surname(answer) == _surname(proposed) else "wrong"


def final_label(blind: str, shown: str) -> str:
    """``right`` only when both readings say so, ``wrong`` when either does, else ``unclear``."""
    if "wrong" in (blind, shown):
        return "wrong"
    return "right" if blind == shown == "right" else "unclear"


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def combine(
    items: Iterable[Mapping],
    blind: Mapping[str, str],
    shown: Mapping[str, str],
    verdict: Callable[[str, str], str] = blind_verdict,
    extra: tuple[str, ...] = (),
) -> list[dict]:
    """One label record per item read twice (ids, offsets, name hash, both verdicts and the final label; and the
    item's ``extra`` fields), the blind reading judged by ``verdict``."""
    out = []
    for item in items:
        key = f"{item['article']}:{item['index']}"
        if key not in blind or key not in shown:
            continue
        a = verdict(blind[key], item["proposed"])
        b = shown[key]
        out.append(
            {
                "item": key,
                "cluster": item["cluster"],
                "part": item["part"],
                **{f: item[f] for f in extra},
                "start": item["start"],
                "name": name_key(item["proposed"]),
                "blind": a,
                "shown": b,
                "label": final_label(a, b),
            }
        )
    return out


def write_readings(items_dir: Path, path: Path, **combine_args) -> None:
    """Combine the two readings of the items in ``items_dir`` into ``path`` (replacing those items' records, keeping
    the others) and print the agreement of the readings."""
    items = _read(items_dir / "items.jsonl")
    blind = {r["item"]: r["answer"] for r in _read(items_dir / "answers_a.jsonl")}
    shown = {r["item"]: r["answer"] for r in _read(items_dir / "answers_b.jsonl")}
    records = combine(items, blind, shown, **combine_args)
    new = {r["item"] for r in records}
    kept = [r for r in _read(path) if r["item"] not in new] if path.exists() else []
    with path.open("w", encoding="utf-8") as fh:
        for r in [*kept, *records]:  # another reading's labels stay; these items' are replaced
            fh.write(json.dumps(r) + "\n")
    result = agreement(
        "proposed names",
        ("blind", {r["item"]: r["blind"] for r in records}),
        ("shown", {r["item"]: r["shown"] for r in records}),
    )
    print(f"readings agree on {result.agreed}/{result.n} ({result.raw:.3f}), Cohen's kappa {result.kappa:.3f}")
    print(f"{len(records)} labels written to {path}: {dict(Counter(r['label'] for r in records))}")


def load_labels(path: Path = LABELS_FILE) -> dict[tuple[str, int, str], str]:
    """(article id, the sentence's start in the cleaned article, name hash) -> final label.

    Keyed by offset, not by sentence index: the trust benchmark's sentences and the brief's count positions
    alike only up to the first sentence one of them sets apart."""
    if not path.exists():
        return {}
    return {(r["item"].rsplit(":", 1)[0], r["start"], r["name"]): r["label"] for r in _read(path)}


def score(proposals: Iterable[Mapping], labels: Mapping[tuple[str, int, str], str]) -> Counter:
    """How many of today's proposals are labelled right, wrong, unclear, or not labelled."""
    tally: Counter = Counter()
    for p in proposals:
        tally[labels.get((p["article"], p["start"], name_key(p["proposed"])), "unlabelled")] += 1
    return tally


def precision_line(tally: Counter) -> str:
    """ "right/labelled = precision (wrong w, unclear u, unlabelled n)"."""
    labelled = tally["right"] + tally["wrong"] + tally["unclear"]
    p = tally["right"] / labelled if labelled else float("nan")
    return (
        f"{tally['right']}/{labelled} = {p:.3f} (wrong {tally['wrong']}, unclear {tally['unclear']}, "
        f"not labelled {tally['unlabelled']})"
    )


def arguments(doc: str, items_script: str) -> argparse.Namespace:
    """The command line of a labels script: the items folder, then --write and/or --score (on --set)."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("--items", type=Path, required=True, help=f"the folder {items_script} wrote")
    ap.add_argument("--write", action="store_true", help="combine the two readings into tests/data")
    ap.add_argument("--score", action="store_true", help="score today's resolvers against the labels")
    ap.add_argument("--data", type=Path, default=None, help="the shared data directory (for --score)")
    ap.add_argument("--set", choices=("dev", "fresh"), default="dev", help="which sources --score reads")
    return ap.parse_args()


def print_precision(proposals: list[dict], labels: Mapping[tuple[str, int, str], str], head: str = "") -> None:
    """One precision line per source part, then all, each opening with ``head`` ("description ")."""
    by_part: dict[str, Counter] = {}
    for p in proposals:
        by_part.setdefault(p["part"], Counter()).update(score([p], labels))
    for part, tally in by_part.items():
        print(f"{head}{part}: {precision_line(tally)}")
    print(f"{head}all: {precision_line(score(proposals, labels))}")


def main() -> None:
    args = arguments(__doc__, "pronoun_items.py")
    if args.write:
        write_readings(args.items, LABELS_FILE)
    if args.score:
        from description_labels import load_labels as load_description_labels
        from pronoun_items import DEFAULT_DATA_DIR, fresh, harvest

        proposals = (harvest if args.set == "dev" else fresh)(args.data or DEFAULT_DATA_DIR)
        # a name found only across a paragraph break was labelled with the descriptions (session 12)
        labels = {**load_labels(), **load_description_labels()}
        print_precision(proposals, labels)


if __name__ == "__main__":
    main()
