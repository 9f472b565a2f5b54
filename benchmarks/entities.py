"""Entities benchmark (issue 11, item 4): the editor's "entity: wrong" among the ten most prominent entities.

For each labelled cluster (``tests/data/entity_names.jsonl`` and ``entity_descriptors.jsonl``, loaded by
:func:`entity_labels.load_entity_labels`) the brief's first :data:`TOP` entities (``Brief.entities`` as the
Markdown and HTML renderers show them, most mentioned first) are checked for the error kinds of
../shared/EDITOR.md:

- **furniture**: the shown name is not a name (page furniture, headline words, debris: "Add Donald Trump");
- **type**: the shown type is not the labelled one (PERSON = person, ORG = organisation, GPE/LOC/FAC = place,
  NORP = organisation or other; "Twitter" PERSON, "Crimea" ORG);
- **merged**: the entity's name and aliases stand for two labelled entities ("Mr Wilson" an alias of Jane);
- **twice**: an earlier entity of the ten is the same labelled entity ("Tom" after "Tom Cruise");
- **descriptor**: a descriptor the labels say is not a description of that entity ("Romney 285").

A row shown without a type claim (``Entity.typed`` False: only the tagger's label backs its type) cannot have a
wrong type; it is counted apart, never as right: *shown unsure* gives how many such rows the first tens hold, and of
them how many the labels give another type than the tagger's (a wrong type said less: saved) and how many the same
(a right type not claimed: the cost). Such a row is still wrong for any other kind (furniture, merged, twice,
descriptor), and it is not among the *right people/orgs in top* (an editor learns its name, not what it is).

An entity is wrong when it has any of these. Labels are keyed on name strings, so any version of the code is
scored; a shown name with no label (also after case-folding and dropping a title) makes the entity
*unlabelled*: it is counted and reported, not scored, and so is every unlabelled descriptor.

``--rev REV`` scores the code of a git revision too (its ``src`` exported to a temporary folder and run in a
subprocess), so one run prints before and after on the same labels.

``--time`` measures instead the entity stage's CPU time on the seed story's parsed reports (least of 15 runs),
for ``--rev`` and the working tree in one run.

Run: ``python benchmarks/entities.py [--rev a97ed53] [--errors | --time]``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from entity_labels import (  # siblings: scripts
    NAMES_FILE,
    ClusterLabels,
    NameLabel,
    load_entity_labels,
    lookup_name,
    short_sha1,
)
from trust_items import DEFAULT_DATA_DIR, ROOT, SEEDS, choose_clusters, multinews_clusters

#: How many of the brief's entities an editor reads ("the ten most prominent").
TOP = 10
KINDS = ("furniture", "type", "merged", "twice", "descriptor")
#: The label files' splits: the first rounds' dev and held-out parts of the 41 trust clusters, then the fresh
#: round's (24 clusters no earlier round or reader saw; its held-out half by :func:`entity_labels.fresh_split`),
#: then session 16's second fresh round (16 val_raw clusters in no labelled set's held-out part:
#: ``entity_items.py --fresh2``; its held-out half by :func:`entity_items.fresh_heldout`).
SPLITS = ("dev", "heldout", "fresh-dev", "fresh-heldout", "fresh2-dev", "fresh2-heldout")
#: The system's label -> the labelled types it may stand for.
TYPE_OK: dict[str, frozenset[str]] = {
    "PERSON": frozenset({"person"}),
    "ORG": frozenset({"organisation"}),
    "GPE": frozenset({"place"}),
    "LOC": frozenset({"place"}),
    "FAC": frozenset({"place"}),
    "NORP": frozenset({"organisation", "other"}),
}


@dataclass(frozen=True, slots=True)
class ShownEntity:
    """What the brief shows of one entity (the fields the editor reads)."""

    name: str
    label: str
    aliases: tuple[str, ...] = ()
    descriptors: tuple[str, ...] = ()
    mentions: int = 0
    typed: bool = True  # False: shown without a type claim


@dataclass(slots=True)
class Tally:
    """Counts over the scored entities of a set of clusters."""

    clusters: int = 0
    listed: int = 0  # entities the briefs list, all of them (not only the first TOP)
    right_people: int = 0  # labelled people and organisations among the first TOP with no error
    entities: int = 0
    wrong: int = 0
    unlabelled: int = 0
    unsure: int = 0  # scored rows shown without a type claim
    unsure_saved: int = 0  # ... whose tagger's type the labels call wrong
    descriptors: int = 0
    unlabelled_descriptors: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.wrong / self.entities if self.entities else 0.0


def row_label(ent: ShownEntity, labels: ClusterLabels) -> NameLabel | None:
    """The label a shown row is judged by: its own name's, else its first labelled alias's (one rule for every kind
    and for the unsure rows' report line)."""
    for name in (ent.name, *ent.aliases):
        if (label := lookup_name(labels, name)) is not None:
            return label
    return None


def entity_errors(
    shown: Sequence[ShownEntity], labels: ClusterLabels, top: int = TOP
) -> list[tuple[ShownEntity, set[str] | None, int, int]]:
    """The error kinds of each of the first ``top`` entities (``None``: unlabelled), with the entity's
    labelled and unlabelled descriptor counts."""
    out = []
    seen: dict[str, str] = {}  # labelled entity key -> the shown name that first had it
    for ent in shown[:top]:
        known = [n for n in (lookup_name(labels, n) for n in (ent.name, *ent.aliases)) if n is not None]
        label = row_label(ent, labels)
        if label is None:
            out.append((ent, None, 0, len(ent.descriptors)))
            continue
        kinds: set[str] = set()
        if label.label == "not-a-name":
            kinds.add("furniture")
        elif label.label not in TYPE_OK.get(ent.label, frozenset()):
            kinds.add("type" if ent.typed else "unsure-type")  # no type shown, so none wrong: counted apart
        keys = {n.entity for n in known if n.entity not in (None, "AMBIGUOUS")}
        if len(keys) > 1:
            kinds.add("merged")
        key = label.entity
        if key not in (None, "AMBIGUOUS"):
            if key in seen:
                kinds.add("twice")
            else:
                seen[key] = ent.name
        labelled = unlabelled = 0
        for d in ent.descriptors:
            verdict = labels.descriptors.get((key, short_sha1(" ".join(d.split())))) if key else None
            if verdict is None:
                unlabelled += 1
                continue
            labelled += 1
            if not verdict:
                kinds.add("descriptor")
        out.append((ent, kinds, labelled, unlabelled))
    return out


def score(
    outputs: Mapping[str, Sequence[ShownEntity]], labels: Mapping[str, ClusterLabels], top: int = TOP
) -> dict[str, Tally]:
    """Tallies per split (``dev``, ``heldout``) and ``all`` over the labelled clusters in ``outputs``."""
    tallies = {s: Tally() for s in (*SPLITS, "all")}
    for cid, cl in labels.items():
        if cid not in outputs:
            continue
        for split in (cl.split, "all"):
            t = tallies[split]
            t.clusters += 1
            t.listed += len(outputs[cid])
            for ent, kinds, n_desc, n_undesc in entity_errors(outputs[cid], cl, top):
                t.descriptors += n_desc
                t.unlabelled_descriptors += n_undesc
                if kinds is None:
                    t.unlabelled += 1
                    t.failures.append(f"{cid}\tunlabelled\t{ent.name} ({ent.label})")
                    continue
                t.entities += 1
                label = lookup_name(cl, ent.name)  # right people: by the row's own name, as before session 13
                if not ent.typed:
                    t.unsure += 1
                    judged = row_label(ent, cl)  # not None: an unlabelled row was counted above
                    t.unsure_saved += "unsure-type" in kinds
                    kinds = kinds - {"unsure-type"}
                    t.failures.append(
                        f"{cid}\tunsure\t{ent.name} ({ent.label}, {ent.mentions}) labelled {judged.label}"
                    )
                elif not kinds and label is not None and label.label in {"person", "organisation"}:
                    t.right_people += 1
                if kinds:
                    t.wrong += 1
                    t.kinds.update(kinds)
                    detail = "; ".join(ent.descriptors) if "descriptor" in kinds else ", ".join(ent.aliases[:4])
                    t.failures.append(
                        f"{cid}\t{'+'.join(sorted(kinds))}\t{ent.name} ({ent.label}, {ent.mentions}) [{detail}]"
                    )
    return tallies


def _people_keys(shown: Sequence[ShownEntity], cl: ClusterLabels, typed: bool) -> dict[str, str]:
    """Labelled people and organisations among ``shown`` (with a type that fits, if ``typed``): key -> name."""
    found: dict[str, str] = {}
    for ent in shown:
        for n in (ent.name, *ent.aliases):
            label = lookup_name(cl, n)
            if label is None or label.entity in (None, "AMBIGUOUS") or label.label not in {"person", "organisation"}:
                continue
            if not typed or label.label in TYPE_OK.get(ent.label, frozenset()):
                found.setdefault(label.entity, ent.name)
    return found


def lost_people(
    before: Mapping[str, Sequence[ShownEntity]],
    after: Mapping[str, Sequence[ShownEntity]],
    labels: Mapping[str, ClusterLabels],
    split: str,
) -> list[str]:
    """The labelled people and organisations one system lists (anywhere, with the right type) that the other
    lists nowhere under any name: what saying less cost."""
    lost = []
    for cid, cl in labels.items():
        if cl.split != split or cid not in before or cid not in after:
            continue
        kept = _people_keys(after[cid], cl, typed=False)
        lost += [
            f"{cid}\t{name}"
            for key, name in sorted(_people_keys(before[cid], cl, typed=True).items())
            if key not in kept
        ]
    return lost


def table(rows: Mapping[str, Mapping[str, Tally]], splits: Sequence[str] = (*SPLITS, "all")) -> str:
    """One row per (system, split): entities scored, wrong, rate, each kind, unlabelled names/descriptors."""
    head = "| system | split | clusters | entities | wrong | rate | " + " | ".join(KINDS)
    head += " | shown unsure (type wrong / right) | unlabelled names | unlabelled descriptors | listed per brief"
    head += " | right people/orgs in top |"
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    for system, tallies in rows.items():
        for split in splits:
            t = tallies[split]
            if not t.clusters:
                continue
            kinds = " | ".join(str(t.kinds[k]) for k in KINDS)
            lines.append(
                f"| {system} | {split} | {t.clusters} | {t.entities} | {t.wrong} | {t.rate:.1%} | {kinds} | "
                f"{t.unsure} ({t.unsure_saved} / {t.unsure - t.unsure_saved}) | "
                f"{t.unlabelled} | {t.unlabelled_descriptors}/{t.descriptors + t.unlabelled_descriptors} | "
                f"{t.listed / max(1, t.clusters):.1f} | {t.right_people} |"
            )
    return "\n".join(lines)


# --- the system's outputs ---------------------------------------------------------------------------------


def dump_outputs(data_dir: Path, ids: set[str] | None = None, cache: Path | None = None) -> dict[str, list[dict]]:
    """The shown entities of each labelled cluster's brief, as plain data (also the subprocess's answer).

    With ``cache``, the entity stage's inputs of each brief (cleaned articles, parsed docs) are kept there on the
    first run and read back later, so only the entity stage runs again (for development: the briefs' entities
    are the same as from ``brief``, since the stage's output goes to ``Brief.entities`` unchanged)."""
    from newsbrief import BriefConfig, brief

    config = BriefConfig(analysis=True)
    out: dict[str, list[dict]] = {}
    for cluster in labelled_clusters(data_dir):
        if ids is not None and cluster.id not in ids:
            continue
        if cache is not None:
            entities = _cached_stage(cluster, config, cache)
        else:
            entities = brief(list(cluster.articles), config).entities
        out[cluster.id] = [
            {
                "name": e.name,
                "label": e.label,
                "aliases": list(e.aliases),
                "descriptors": list(dict.fromkeys(d for _, d in e.descriptors)),
                "mentions": sum(n for _, n in e.mentions),
                "typed": getattr(e, "typed", True),  # revisions before the field typed every row
            }
            for e in entities  # all of them: how many a brief lists is reported too
        ]
    return out


def labelled_clusters(data_dir: Path) -> list:
    """The clusters of the entity labels: the trust set's 41 (:func:`trust_items.choose_clusters`), then the
    clusters of a fresh round (``entity_items.py --fresh``), read from the label file's cluster ids."""
    chosen = choose_clusters(data_dir)
    known = {c.id for c in chosen}
    with NAMES_FILE.open(encoding="utf-8") as fh:
        labelled = {json.loads(line)["cluster"] for line in fh if line.strip()}
    fresh = sorted(labelled - known)
    return chosen + (multinews_clusters(data_dir, fresh) if fresh else [])


def _cached_stage(cluster, config, cache: Path) -> tuple:
    """The entity stage run on the cached inputs of one cluster's brief (made by one ``brief`` run if absent)."""
    import newsbrief.analyse.entities as stage

    return stage.extract_entities(*cached_inputs(cluster, config, cache))


def cached_inputs(cluster, config, cache: Path) -> tuple[list, list]:
    """The entity stage's inputs of one cluster's brief (cleaned articles, parsed docs), kept in ``cache``."""
    import pickle

    from spacy.tokens import Doc

    import newsbrief.analyse.entities as stage
    from newsbrief import brief
    from newsbrief.analyse.nlp import load_nlp

    path = cache / f"{cluster.id}.pkl"
    if not path.exists():
        captured: dict[str, list] = {}
        real = stage.extract_entities

        def capture(articles, docs):
            captured["articles"], captured["docs"] = list(articles), [d.to_bytes() for d in docs]
            return real(articles, docs)

        stage.extract_entities = capture
        try:
            brief(list(cluster.articles), config)
        finally:
            stage.extract_entities = real
        cache.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(pickle.dumps(captured))
        tmp.replace(path)
    data = pickle.loads(path.read_bytes())
    vocab = load_nlp().vocab
    return data["articles"], [Doc(vocab).from_bytes(b) for b in data["docs"]]


def stage_seconds(data_dir: Path, repeats: int = 15) -> float:
    """CPU seconds of the entity stage alone on the seed story's cleaned, parsed reports (least of ``repeats``
    runs, after one warm-up that loads the word lists)."""
    from newsbrief import BriefConfig, brief
    from newsbrief.analyse.entities import extract_entities
    from newsbrief.analyse.nlp import load_nlp
    from newsbrief.analyse.quotes import parse
    from newsbrief.model import Article

    seeds = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted((data_dir / SEEDS).glob("*.txt"))]
    articles = list(brief([Article(id=i, text=t) for i, t in seeds], BriefConfig(analysis=False)).sources)
    docs = list(parse(load_nlp(), (a.text for a in articles)))
    extract_entities(articles, docs)
    best = float("inf")
    for _ in range(repeats):
        t0 = time.process_time()
        extract_entities(articles, docs)
        best = min(best, time.process_time() - t0)
    return best


def _in_rev(data_dir: Path, rev: str, extra: Sequence[str] = ()) -> dict:
    """The answer of this script run on a git revision's ``src`` (exported to a temporary folder)."""
    with tempfile.TemporaryDirectory(prefix="entities-rev-") as tmp:
        archive = subprocess.run(["git", "archive", rev, "src"], cwd=ROOT, capture_output=True, check=True)
        tar_path = Path(tmp) / "src.tar"
        tar_path.write_bytes(archive.stdout)
        with tarfile.open(tar_path) as tar:
            tar.extractall(tmp, filter="data")
        env = dict(os.environ, PYTHONPATH=str(Path(tmp) / "src"))
        answer = Path(tmp) / "out.json"
        cmd = [sys.executable, __file__, "--dump", str(answer), "--data", str(data_dir), *extra]
        subprocess.run(cmd, env=env, check=True)
        return json.loads(answer.read_text(encoding="utf-8"))


def outputs_of(
    data_dir: Path, rev: str | None, cache: Path | None = None
) -> tuple[dict[str, list[ShownEntity]], float]:
    """The outputs of the working tree (``rev`` None) or of a git revision's ``src``; and the seconds taken."""
    t0 = time.perf_counter()
    extra = ["--cache", str(cache)] if cache is not None else []
    raw = dump_outputs(data_dir, cache=cache) if rev is None else _in_rev(data_dir, rev, extra)
    outputs = {
        cid: [
            ShownEntity(
                e["name"],
                e["label"],
                tuple(e["aliases"]),
                tuple(e["descriptors"]),
                e.get("mentions", 0),
                e.get("typed", True),
            )
            for e in ents
        ]
        for cid, ents in raw.items()
    }
    return outputs, time.perf_counter() - t0


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    ap.add_argument("--rev", help="also score this git revision's code (e.g. the branch point)")
    ap.add_argument("--errors", action="store_true", help="list every wrong and unlabelled entity")
    ap.add_argument("--time", action="store_true", help="time the entity stage on the seeds instead of scoring")
    ap.add_argument("--cache", type=Path, help="keep the entity stage's inputs here and rerun only the stage")
    ap.add_argument("--split", choices=(*SPLITS, "all"), help="print only this split (dev while developing)")
    ap.add_argument("--dump", type=Path, help=argparse.SUPPRESS)  # the subprocess of --rev
    args = ap.parse_args(argv)
    if args.dump is not None:
        import newsbrief

        print(f"scoring {newsbrief.__file__}", file=sys.stderr)
        answer = {"seconds": stage_seconds(args.data)} if args.time else dump_outputs(args.data, cache=args.cache)
        args.dump.write_text(json.dumps(answer), encoding="utf-8")
        return
    if args.time:  # the entity stage's CPU time on the seeds, for each system in one run
        for name, rev in ([(f"rev {args.rev}", args.rev)] if args.rev else []) + [("working tree", None)]:
            seconds = stage_seconds(args.data) if rev is None else _in_rev(args.data, rev, ["--time"])["seconds"]
            print(f"{name}: entity stage on the seeds {seconds * 1000:.1f} ms CPU (least of 15)")
        return
    labels = load_entity_labels(args.data)
    rows: dict[str, dict[str, Tally]] = {}
    every: dict[str, dict[str, list[ShownEntity]]] = {}
    systems = ([(f"rev {args.rev}", args.rev)] if args.rev else []) + [("working tree", None)]
    for name, rev in systems:
        outputs, seconds = outputs_of(args.data, rev, args.cache)
        every[name] = outputs
        rows[name] = score(outputs, labels)
        print(f"{name}: {len(outputs)} clusters briefed in {seconds:.0f} s", file=sys.stderr)
    print(table(rows, (args.split,) if args.split else (*SPLITS, "all")))
    if len(every) == 2:
        (_, before), (_, after) = every.items()
        for split in (args.split,) if args.split in SPLITS else SPLITS:
            lost = lost_people(before, after, labels, split)
            print(
                f"\n{split}: {len(lost)} labelled people/organisations listed (right type) by the first system are "
                "listed nowhere by the second" + "".join(f"\n  {x}" for x in lost)
            )
    if args.errors:
        for name, tallies in rows.items():
            print(f"\n## {name}")
            for split in (args.split,) if args.split in SPLITS else SPLITS:
                for line in tallies[split].failures:
                    print(f"{split}\t{line}")


if __name__ == "__main__":
    main()
