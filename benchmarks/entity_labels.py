"""Entity labels (issue 11, item 4): two labellers' answers in, agreement out, labels stored and loaded back.

The items (``entity_items.py``) are candidate names and descriptors per cluster; the labellers (guideline:
tests/data/README.md, "Entity labels") give each name a type and an entity key (names of one cluster with
the same key are one entity), and each descriptor a yes/no. This module

1. reads the answer files ``A.jsonl``, ``B.jsonl`` and ``adjudicated.jsonl`` (the last line for an id wins;
   a bad line is reported and skipped);
2. measures agreement: Cohen's kappa (``agreement.cohen_kappa``) on the name types, on the
   descriptors, and on "same entity or not" over every pair of names of one cluster that both labellers
   read as names; an item is *disputed* when the types differ or the names it is grouped with differ;
3. writes ``tests/data/entity_names.jsonl`` and ``entity_descriptors.jsonl``: cluster, split, where the string
   occurs in a raw document (doc, start, end; ``null`` when it occurs nowhere verbatim, e.g. a descriptor put
   in the singular), its sha1, the label and a cluster-local entity id (``e1``...), never the text. A
   disputed item takes the adjudicated reading (entity keys in labeller A's key space);
4. loads them back (:func:`load_entity_labels`) with the name texts read from ../shared/data and their hashes
   checked, and looks a system's name up (:func:`lookup_name`: as written, else case-folded, else without a
   leading title or a trailing possessive).

Run: ``python benchmarks/entity_labels.py [--answers /work/labels/entities]`` prints agreement and the
disputed items, and writes the two files when every item has a final reading.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from agreement import cohen_kappa  # siblings: scripts
from newsbrief.errors import InputError
from trust_items import DEFAULT_DATA_DIR, MULTINEWS_FILE, ROOT, SEEDS, write_jsonl

NAME_LABELS = ("person", "organisation", "place", "other", "not-a-name")
DESCRIPTOR_LABELS = ("yes", "no")
AMBIGUOUS = "AMBIGUOUS"
NAMES_FILE = ROOT / "tests" / "data" / "entity_names.jsonl"
DESCRIPTORS_FILE = ROOT / "tests" / "data" / "entity_descriptors.jsonl"
DEFAULT_ANSWERS = Path("/work/labels/entities")
_TITLES = frozenset(
    "mr mrs ms miss dr sir lord lady dame rev president senator sen rep gov governor prince princess king queen "
    "pope sheikh judge justice gen general mayor prime minister chancellor".split()
)


def short_sha1(text: str) -> str:
    """The first 8 hex digits of the sha1 of ``text`` (UTF-8)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


def norm(name: str) -> str:
    """A name with its whitespace collapsed (how names are keyed)."""
    return " ".join(name.split())


# --- 1-2. answers and agreement ------------------------------------------------------------------------------


def read_answers(path: Path) -> tuple[dict[str, dict], list[str]]:
    """The answers of one file by id (the last line wins) and the problems found (bad lines, bad labels)."""
    answers: dict[str, dict] = {}
    problems: list[str] = []
    if not path.exists():
        return answers, problems
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                item = str(row["id"])
                label = row["label"]
            except (json.JSONDecodeError, KeyError, TypeError):
                problems.append(f"{path}:{n}: not a JSON answer with id and label")
                continue
            if label not in NAME_LABELS + DESCRIPTOR_LABELS:
                problems.append(f"{path}:{n}: unknown label {label!r}")
                continue
            answers[item] = row
    return answers, problems


def _entity(row: Mapping) -> str | None:
    if row.get("label") == "not-a-name":
        return None
    key = row.get("entity")
    return norm(str(key)) if key else None


def co_names(items: Mapping[str, dict], answers: Mapping[str, dict], item: str) -> frozenset[str] | None:
    """The other name items of ``item``'s cluster that one labeller put under the same entity key."""
    row = answers.get(item)
    key = _entity(row) if row else None
    if key is None or key == AMBIGUOUS:
        return None
    cluster = items[item]["cluster"]
    return frozenset(
        i
        for i, it in items.items()
        if i != item and it["kind"] == "name" and it["cluster"] == cluster and i in answers
        if _entity(answers[i]) == key
    )


@dataclass(slots=True)
class Agreement:
    """Agreement of two labellers on the three decisions."""

    names: int = 0
    names_agreed: int = 0
    names_kappa: float = 0.0
    pairs: int = 0
    pairs_same_either: int = 0
    pairs_same_both: int = 0
    pairs_kappa: float = 0.0
    descriptors: int = 0
    descriptors_agreed: int = 0
    descriptors_kappa: float = 0.0
    disputed: list[str] = field(default_factory=list)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)


def agreement(items: Mapping[str, dict], a: Mapping[str, dict], b: Mapping[str, dict]) -> Agreement:
    """Kappa on types, on same-entity pairs and on descriptors; the disputed items (see the module doc)."""
    res = Agreement()
    common = [i for i in items if i in a and i in b]
    names = [i for i in common if items[i]["kind"] == "name"]
    la = [a[i]["label"] for i in names]
    lb = [b[i]["label"] for i in names]
    res.names, res.names_agreed, res.names_kappa = (
        len(names),
        sum(x == y for x, y in zip(la, lb, strict=True)),
        cohen_kappa(la, lb),
    )
    res.confusion = Counter(zip(la, lb, strict=True))
    by_cluster: dict[str, list[str]] = {}
    for i in names:
        if _entity(a[i]) not in (None, AMBIGUOUS) and _entity(b[i]) not in (None, AMBIGUOUS):
            by_cluster.setdefault(items[i]["cluster"], []).append(i)
    same_a: list[str] = []
    same_b: list[str] = []
    for group in by_cluster.values():
        for x, y in combinations(group, 2):
            same_a.append(str(_entity(a[x]) == _entity(a[y])))
            same_b.append(str(_entity(b[x]) == _entity(b[y])))
    res.pairs = len(same_a)
    res.pairs_same_either = sum(x == "True" or y == "True" for x, y in zip(same_a, same_b, strict=True))
    res.pairs_same_both = sum(x == y == "True" for x, y in zip(same_a, same_b, strict=True))
    res.pairs_kappa = cohen_kappa(same_a, same_b)
    descs = [i for i in common if items[i]["kind"] == "descriptor"]
    da = [a[i]["label"] for i in descs]
    db = [b[i]["label"] for i in descs]
    res.descriptors, res.descriptors_agreed = len(descs), sum(x == y for x, y in zip(da, db, strict=True))
    res.descriptors_kappa = cohen_kappa(da, db)
    for i in common:
        if a[i]["label"] != b[i]["label"]:
            res.disputed.append(i)
        elif items[i]["kind"] == "name":
            ambiguous = [_entity(r[i]) == AMBIGUOUS for r in (a, b)]
            if ambiguous[0] != ambiguous[1] or co_names(items, a, i) != co_names(items, b, i):
                res.disputed.append(i)
    return res


def known_key_agreement(
    items: Mapping[str, dict], a: Mapping[str, dict], b: Mapping[str, dict]
) -> tuple[int, float, float] | None:
    """For a later round (items with ``known_entities``): agreement on which known entity a name joins, or none
    ("new"), over the names both labellers read as names; ``None`` for a first round."""
    cats_a: list[str] = []
    cats_b: list[str] = []
    for i, it in items.items():
        if it["kind"] != "name" or "known_entities" not in it or i not in a or i not in b:
            continue
        known = {norm(e["entity"]) for e in it["known_entities"]}
        ka, kb = _entity(a[i]), _entity(b[i])
        if ka is None or kb is None:
            continue
        cats_a.append(ka if ka in known else "new")
        cats_b.append(kb if kb in known else "new")
    if not cats_a:
        return None
    agreed = sum(x == y for x, y in zip(cats_a, cats_b, strict=True))
    return len(cats_a), agreed / len(cats_a), cohen_kappa(cats_a, cats_b)


def agreement_text(res: Agreement) -> str:
    """Markdown lines of the agreement figures and the type confusion (rows A, columns B)."""
    lines = [
        f"- name types: {res.names} names, raw agreement {res.names_agreed / max(res.names, 1):.3f}, "
        f"Cohen's kappa {res.names_kappa:.3f}",
        f"- same entity: {res.pairs} pairs of names of one cluster, {res.pairs_same_both} same for both of "
        f"{res.pairs_same_either} same for either, kappa {res.pairs_kappa:.3f}",
        f"- descriptors: {res.descriptors}, raw agreement {res.descriptors_agreed / max(res.descriptors, 1):.3f}, "
        f"kappa {res.descriptors_kappa:.3f}",
        f"- disputed items (type or grouping differs): {len(res.disputed)}",
        "",
        "| A \\ B | " + " | ".join(NAME_LABELS) + " |",
        "|---" * (len(NAME_LABELS) + 1) + "|",
    ]
    for x in NAME_LABELS:
        lines.append(f"| {x} | " + " | ".join(str(res.confusion.get((x, y), 0)) for y in NAME_LABELS) + " |")
    return "\n".join(lines)


# --- 3. writing -----------------------------------------------------------------------------------------------


def raw_documents(data_dir: Path, file: str, cluster_ids: set[str]) -> dict[str, tuple[str, ...]]:
    """The raw documents of the named clusters, as stored (the seed folder's ``*.txt`` sorted by name)."""
    if file == SEEDS:
        folder = data_dir / SEEDS
        return {SEEDS: tuple(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt")))}
    out = {}
    path = data_dir / file
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row["id"] in cluster_ids:
                out[row["id"]] = tuple(row["documents"])
    missing = cluster_ids - set(out)
    if missing:
        raise InputError(f"clusters {sorted(missing)} not in the data file", source=str(path))
    return out


def locate(docs: Sequence[str], text: str) -> tuple[int | None, int | None, int | None]:
    """(doc, start, end) of the first whole-word occurrence of ``text`` (whitespace may differ)."""
    words = [re.escape(w) for w in text.split()]
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)")
    for d, doc in enumerate(docs):
        m = pattern.search(doc)
        if m:
            return d, m.start(), m.end()
    return None, None, None


def final_records(
    items: Mapping[str, dict],
    a: Mapping[str, dict],
    adjudicated: Mapping[str, dict],
    split: Mapping[str, str],
    docs: Mapping[str, Sequence[str]],
    earlier: Labelled | None = None,
) -> tuple[list[dict], list[dict]]:
    """The name and descriptor records of the label files (no text): A's reading unless adjudicated.

    ``earlier`` (a later round): the entity ids of the rounds before, by their labellers' keys and by name, so
    that a name given a known key joins that entity and a new key takes the next free id of its cluster.
    """
    final = {i: adjudicated.get(i, a.get(i)) for i in items}
    missing = [i for i, r in final.items() if r is None]
    if missing:
        raise InputError(f"{len(missing)} items have no final reading, e.g. {missing[:3]}", source="answers")
    earlier = earlier or Labelled()
    ids: dict[tuple[str, str], str] = dict(earlier.ids)  # (cluster, labeller key) -> e1, e2 ... in item order
    used = Counter(c for c, _ in {(c, e) for (c, _), e in ids.items()})

    def entity_id(cluster: str, key: str | None) -> str | None:
        if key is None or key == AMBIGUOUS:
            return key
        if (cluster, key) not in ids:
            used[cluster] += 1
            ids[(cluster, key)] = f"e{used[cluster]}"
        return ids[(cluster, key)]

    names, descriptors = [], []
    key_of_name: dict[tuple[str, str], str | None] = dict(earlier.names)
    for i, it in items.items():
        if it["kind"] != "name":
            continue
        row = final[i]
        eid = entity_id(it["cluster"], _entity(row))
        key_of_name[(it["cluster"], it["name"])] = eid
        doc, start, end = locate(docs[it["cluster"]], it["name"])
        names.append(
            {
                "id": i,
                "cluster": it["cluster"],
                "split": split[it["cluster"]],
                "doc": doc,
                "start": start,
                "end": end,
                "sha1": short_sha1(it["name"]),
                "label": row["label"],
                "entity": eid,
            }
        )
    for i, it in items.items():
        if it["kind"] != "descriptor":
            continue
        doc, start, end = locate(docs[it["cluster"]], it["descriptor"])
        descriptors.append(
            {
                "id": i,
                "cluster": it["cluster"],
                "split": split[it["cluster"]],
                "entity": key_of_name.get((it["cluster"], it["name"])),
                "doc": doc,
                "start": start,
                "end": end,
                "sha1": short_sha1(norm(it["descriptor"])),
                "label": final[i]["label"],
            }
        )
    earlier.ids.update(ids)
    earlier.names.update(key_of_name)
    return names, descriptors


@dataclass(slots=True)
class Labelled:
    """What the rounds written so far assigned: entity ids by (cluster, labeller key) and by (cluster, name)."""

    ids: dict[tuple[str, str], str] = field(default_factory=dict)
    names: dict[tuple[str, str], str | None] = field(default_factory=dict)


# --- 4. loading -----------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NameLabel:
    """One labelled name of a cluster: its type and its cluster-local entity id (``None`` for not-a-name)."""

    name: str | None
    label: str
    entity: str | None


@dataclass(slots=True)
class ClusterLabels:
    """The labels of one cluster: names by text (and folded text, and sha1), descriptors by (entity, sha1)."""

    cluster: str
    file: str
    split: str
    names: dict[str, NameLabel] = field(default_factory=dict)
    folded: dict[str, NameLabel] = field(default_factory=dict)
    by_sha1: dict[str, NameLabel] = field(default_factory=dict)
    descriptors: dict[tuple[str, str], bool] = field(default_factory=dict)


def _records(path: Path) -> list[dict]:
    if not path.exists():
        raise InputError("label file missing", source=str(path))
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load_entity_labels(
    data_dir: Path | str = DEFAULT_DATA_DIR, names_file: Path = NAMES_FILE, descriptors_file: Path = DESCRIPTORS_FILE
) -> dict[str, ClusterLabels]:
    """The labels by cluster id, name texts read back from ``data_dir`` and checked against their hashes.

    Raises:
        InputError: a label file or cluster is missing, or a name's text no longer matches its hash.
    """
    data_dir = Path(data_dir)
    name_rows, desc_rows = _records(names_file), _records(descriptors_file)
    clusters: dict[str, ClusterLabels] = {}
    for row in name_rows:
        file = SEEDS if row["cluster"] == SEEDS else MULTINEWS_FILE
        clusters.setdefault(row["cluster"], ClusterLabels(row["cluster"], file, row["split"]))
    docs: dict[str, tuple[str, ...]] = {}
    for file in {c.file for c in clusters.values()}:
        docs |= raw_documents(data_dir, file, {c.cluster for c in clusters.values() if c.file == file})
    for row in name_rows:
        cl = clusters[row["cluster"]]
        text = None
        if row["doc"] is not None:
            text = norm(docs[row["cluster"]][row["doc"]][row["start"] : row["end"]])
            if short_sha1(text) != row["sha1"]:
                raise InputError(
                    f"name {row['id']}: the text at its offsets no longer matches its hash", source=str(names_file)
                )
        label = NameLabel(text, row["label"], row["entity"])
        cl.by_sha1[row["sha1"]] = label
        if text is not None:
            cl.names[text] = label
            cl.folded.setdefault(text.casefold(), label)
    for row in desc_rows:
        if row["entity"] is not None:
            clusters[row["cluster"]].descriptors[(row["entity"], row["sha1"])] = row["label"] == "yes"
    return clusters


def _variants(name: str) -> list[str]:
    """A name, then without a leading title and without a trailing possessive."""
    name = norm(name)
    out = [name]
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in _TITLES:
        words = words[1:]
        out.append(" ".join(words))
    for v in list(out):
        for end in ("'s", "’s"):
            if v.endswith(end):
                out.append(v[: -len(end)])
    return out


def lookup_name(labels: ClusterLabels, name: str) -> NameLabel | None:
    """The label of a shown name: as written, else case-folded, else a variant (title or possessive dropped)."""
    for v in _variants(name):
        hit = labels.names.get(v) or labels.by_sha1.get(short_sha1(v)) or labels.folded.get(v.casefold())
        if hit is not None:
            return hit
    return None


def _round(folder: Path, labellers: Sequence[str]) -> tuple[dict[str, dict], dict, dict, dict, dict[str, str]]:
    """Items, the two labellers' answers, the adjudications and the split of one round's folder (printing
    agreement and the disputed items not yet adjudicated)."""
    with (folder / "items.jsonl").open(encoding="utf-8") as fh:
        items = {r["id"]: r for r in map(json.loads, fh)}
    build = json.loads((folder / "build.json").read_text(encoding="utf-8"))
    split = {c["id"]: c["split"] for c in build["clusters"]}
    a, pa = read_answers(folder / "out" / f"{labellers[0]}.jsonl")
    b, pb = read_answers(folder / "out" / f"{labellers[1]}.jsonl")
    adj, padj = read_answers(folder / "out" / "adjudicated.jsonl")
    for p in pa + pb + padj:
        print(p, file=sys.stderr)
    print(
        f"## {folder}\nanswers: {labellers[0]} {len(a)}, {labellers[1]} {len(b)}, "
        f"adjudicated {len(adj)} of {len(items)}"
    )
    res = agreement(items, a, b)
    print(agreement_text(res))
    if known := known_key_agreement(items, a, b):
        print(
            f"- known entity or new (a later round): {known[0]} names, raw agreement {known[1]:.3f}, "
            f"kappa {known[2]:.3f}"
        )
    open_items = [i for i in res.disputed if i not in adj]
    print(f"\ndisputed and not adjudicated: {len(open_items)}")
    for i in open_items:
        it = items[i]
        what = it.get("descriptor", "")
        print(f"{i}\t{it['name']!r} {what!r}\tA={a[i]['label']}:{_entity(a[i])}\tB={b[i]['label']}:{_entity(b[i])}")
    return items, a, b, adj, split


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--answers", type=Path, default=DEFAULT_ANSWERS, help="the set folder (items.jsonl, out/)")
    ap.add_argument(
        "--more", type=Path, action="append", default=[], help="a later round's folder (entity_items_more.py)"
    )
    ap.add_argument("--labellers", default="A,B,D,E", help="answer files of the rounds, two per round")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    ap.add_argument("--write", action="store_true", help="write the label files into tests/data")
    args = ap.parse_args(argv)
    who = args.labellers.split(",")
    rounds = [_round(folder, who[2 * k : 2 * k + 2]) for k, folder in enumerate([args.answers, *args.more])]
    if args.write:
        split = {c: sp for r in rounds for c, sp in r[4].items()}
        docs: dict[str, tuple[str, ...]] = {}
        docs |= raw_documents(args.data, MULTINEWS_FILE, {c for c in split if c != SEEDS})
        docs |= raw_documents(args.data, SEEDS, {SEEDS})
        labelled = Labelled()
        names: list[dict] = []
        descriptors: list[dict] = []
        for items, a, _, adj, _ in rounds:
            got_names, got_descriptors = final_records(items, a, adj, split, docs, labelled)
            names += got_names
            descriptors += got_descriptors
        print(f"wrote {write_jsonl(NAMES_FILE, names)} names, {write_jsonl(DESCRIPTORS_FILE, descriptors)} descriptors")


if __name__ == "__main__":
    main()
