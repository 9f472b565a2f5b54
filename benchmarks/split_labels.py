"""The sentence-boundary labels (issue 14): build them from the labellers' files, load them back onto text.

``tests/data/split_boundaries.jsonl`` holds, per item, where it is (data file, record id, document index,
character offset into the *cleaned* document, :func:`newsbrief.ingest.clean.clean_text`), the sha1 of the
cleaned text 40 characters either side (so that a change in cleaning still finds it: the offset is searched
again by that hash), the hard-case kind, whether it is in the held-out third, and the labels: ``a`` and
``b`` (the two labellers; ``b`` only on the items B labelled), ``label`` (the final one). No article text.
The items only labeller A had read were read again in a second round by D and E (``a``, ``b``), with C's
earlier reading (``c``) breaking their ties.

Build: ``python benchmarks/split_labels.py --labels /work/labels/boundaries --keys build_split/keys.jsonl``
(``keys.jsonl`` is what ``split_items.py`` wrote beside the items) prints Cohen's kappa and the
disagreements to adjudicate, and writes the file when ``out/adjudicated.jsonl`` settles every one.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from agreement import cohen_kappa  # a sibling script, not a package
from newsbrief.errors import InputError
from newsbrief.ingest.clean import clean_text

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA_DIR = ROOT.parent / "shared" / "data"
LABELS_FILE = ROOT / "tests" / "data" / "split_boundaries.jsonl"
LABELS = ("boundary", "not-boundary", "unsure")
HALF = 40


def window_sha1(text: str, pos: int, half: int = HALF) -> str:
    """The sha1 (12 hex digits) of the cleaned text ``half`` characters either side of ``pos``."""
    return hashlib.sha1(text[max(0, pos - half) : pos + half].encode()).hexdigest()[:12]


@dataclass(frozen=True, slots=True)
class Boundary:
    """One labelled candidate position in a cleaned document."""

    id: str
    doc: tuple[str, str, int]  # (data file, record id, document index)
    offset: int
    kind: str
    heldout: bool
    label: str


def raw_documents(data_dir: Path, wanted: Iterable[tuple[str, str, int]]) -> dict[tuple[str, str, int], str]:
    """The raw text of each wanted (file, record, doc), read from ``data_dir``.

    Raises:
        InputError: a data file or record is missing.
    """
    wanted = set(wanted)
    out: dict[tuple[str, str, int], str] = {}
    for file in sorted({w[0] for w in wanted}):
        path = data_dir / file
        if not path.exists():
            raise InputError("data file not found; point --data at ../shared/data", source=str(path))
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                obj = json.loads(line)
                docs = obj["documents"] if "documents" in obj else [obj["text"]]
                for i, doc in enumerate(docs):
                    if (file, obj["id"], i) in wanted:
                        out[(file, obj["id"], i)] = doc
    missing = sorted(wanted - set(out))
    if missing:
        raise InputError(
            f"{len(missing)} labelled document(s) not in the data, e.g. {missing[0][1]}", source=missing[0][0]
        )
    return out


def relocate(text: str, offset: int, sha1: str) -> int | None:
    """The offset whose context window hashes to ``sha1``: ``offset`` itself, else the nearest that does.

    The window of a position near the start of a document was cut short (``min(HALF, offset)`` characters on
    the left); a moved position is compared with a window of that same left length.
    """
    left = min(HALF, offset)

    def digest(pos: int) -> str:
        return hashlib.sha1(text[pos - left : pos + HALF].encode()).hexdigest()[:12]

    if left <= offset <= len(text) and digest(offset) == sha1:
        return offset
    for delta in range(1, len(text) + 1):
        for pos in (offset - delta, offset + delta):
            if left <= pos <= len(text) and digest(pos) == sha1:
                return pos
    return None


def load_boundaries(
    data_dir: Path | str = DEFAULT_DATA_DIR, labels_file: Path | str = LABELS_FILE
) -> tuple[list[Boundary], dict[tuple[str, str, int], str]]:
    """Load the labels onto today's cleaned documents.

    Returns:
        The labelled positions (offsets into today's cleaned text) and the cleaned text of each document.

    Raises:
        InputError: the labels or the data are missing, or a position cannot be found again by its hash.
    """
    data_dir, labels_file = Path(data_dir), Path(labels_file)
    if not labels_file.exists():
        raise InputError("no boundary labels", source=str(labels_file))
    records = [json.loads(line) for line in labels_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    keys = [(r["file"], r["record"], r["doc"]) for r in records]
    texts = {k: clean_text(raw) for k, raw in raw_documents(data_dir, keys).items()}
    out: list[Boundary] = []
    lost: list[str] = []
    for rec, key in zip(records, keys, strict=True):
        pos = relocate(texts[key], rec["offset"], rec["sha1"])
        if pos is None:
            lost.append(rec["id"])
            continue
        out.append(Boundary(rec["id"], key, pos, rec["kind"], rec["heldout"], rec["label"]))
    if lost:
        raise InputError(
            f"{len(lost)} labelled position(s) no longer found by their context hash (first {lost[0]}): "
            "the cleaning changed the text around them",
            source=str(labels_file),
        )
    return out, texts


def _read_labels(path: Path) -> dict[str, dict]:
    if not path.exists():
        return {}
    out = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        obj = json.loads(line)
        if obj.get("label") not in LABELS:
            raise InputError(
                f"line {n}: label must be one of {', '.join(LABELS)}, got {obj.get('label')!r}", source=str(path)
            )
        out[obj["id"]] = obj
    return out


def merge(
    keys: list[Mapping], a: Mapping[str, Mapping], b: Mapping[str, Mapping], adj: Mapping[str, Mapping]
) -> list[dict]:
    """Final records of the items both labellers labelled: the label they agree on, else the adjudicated one.

    Items only one labeller saw are left out: labeller A's agreement with B was at chance (kappa -0.03 on
    the 723 items both labelled; README of tests/data, "Sentence boundaries"), so a label of A alone is not
    evidence.
    """
    out = []
    for key in keys:
        la = a.get(key["id"], {}).get("label")
        lb = b.get(key["id"], {}).get("label")
        if not (la and lb):
            continue
        final = adj.get(key["id"], {}).get("label") if la != lb else la
        if final is None:
            continue
        rec = {k: key[k] for k in ("id", "file", "record", "doc", "offset", "sha1", "kind", "heldout")}
        rec.update(a=la, b=lb, label=final)
        out.append(rec)
    return out


def merge_second_round(
    keys: list[Mapping],
    first: Mapping[str, Mapping],
    second: Mapping[str, Mapping],
    third: Mapping[str, Mapping],
    adj: Mapping[str, Mapping],
    *,
    skip: Iterable[str] = (),
) -> list[dict]:
    """Final records of the second round: two independent readings (``a``, ``b``) and a third (``c``).

    The label both first readings give; where they differ, the one of them the third reading agrees with;
    else the adjudicated one; else the item is left out. Items in ``skip`` (settled by the first round) and
    items without both first readings are left out.
    """
    skip = set(skip)
    out = []
    for key in keys:
        if key["id"] in skip:
            continue
        la = first.get(key["id"], {}).get("label")
        lb = second.get(key["id"], {}).get("label")
        lc = third.get(key["id"], {}).get("label")
        if not (la and lb):
            continue
        if la == lb:
            final = la
        elif lc in (la, lb):
            final = lc
        else:
            final = adj.get(key["id"], {}).get("label")
        if final is None:
            continue
        rec = {k: key[k] for k in ("id", "file", "record", "doc", "offset", "sha1", "kind", "heldout")}
        rec.update(a=la, b=lb, label=final)
        if lc:
            rec["c"] = lc
        out.append(rec)
    return out


def _kappa_line(name: str, x: Mapping[str, Mapping], y: Mapping[str, Mapping], ids: list[str]) -> str:
    kappa = cohen_kappa((x[i]["label"] for i in ids), (y[i]["label"] for i in ids))
    agree = sum(x[i]["label"] == y[i]["label"] for i in ids)
    return f"kappa {name}: {kappa:.3f} on {len(ids)} items ({agree} agree)"


def _write_atomic(path: Path, lines: Iterable[str]) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.writelines(lines)
    os.replace(tmp, path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--labels", type=Path, required=True, help="the set's folder (out/A.jsonl, out/B.jsonl)")
    parser.add_argument("--keys", type=Path, required=True, help="keys.jsonl written by split_items.py")
    parser.add_argument("--out", type=Path, default=LABELS_FILE)
    args = parser.parse_args(argv)
    keys = [json.loads(line) for line in args.keys.read_text(encoding="utf-8").splitlines()]
    a = _read_labels(args.labels / "out" / "A.jsonl")
    b = _read_labels(args.labels / "out" / "B.jsonl")
    adj = _read_labels(args.labels / "out" / "adjudicated.jsonl")
    held = {k["id"] for k in keys if k["heldout"]}
    both = [k["id"] for k in keys if k["id"] in a and k["id"] in b]
    print(f"items {len(keys)}; labelled by A {len(a)}, by B {len(b)}, by both {len(both)}")
    for name, ids in (
        ("all", both),
        ("held-out", [i for i in both if i in held]),
        ("dev", [i for i in both if i not in held]),
    ):
        kappa = cohen_kappa((a[i]["label"] for i in ids), (b[i]["label"] for i in ids))
        agree = sum(a[i]["label"] == b[i]["label"] for i in ids)
        print(f"kappa {name}: {kappa:.3f} on {len(ids)} items ({agree} agree)")
    open_ = [i for i in both if a[i]["label"] != b[i]["label"] and i not in adj]
    print(
        f"disagreements {sum(a[i]['label'] != b[i]['label'] for i in both)}, adjudicated {len(adj)}, open {len(open_)}"
    )
    for i in open_:
        print("  open:", i, a[i]["label"], b[i]["label"])
    records = merge(keys, a, b, adj)
    # Second round (the items only A had read): D and E read them independently, C's reading breaks ties.
    c, d, e = (_read_labels(args.labels / "out" / f"{n}.jsonl") for n in ("C", "D", "E"))
    adj2 = _read_labels(args.labels / "out" / "adjudicated2.jsonl")
    settled = {r["id"] for r in records}
    round2 = [k["id"] for k in keys if k["id"] not in settled and k["id"] in d and k["id"] in e]
    if round2:
        print(f"second round: {len(round2)} items read by D and E (C read {sum(i in c for i in round2)})")
        print("  " + _kappa_line("D vs E", d, e, round2))
        for name, other in (("C vs D", d), ("C vs E", e)):
            ids = [i for i in round2 if i in c]
            print("  " + _kappa_line(name, c, other, ids))
        open2 = [
            i
            for i in round2
            if d[i]["label"] != e[i]["label"] and c.get(i, {}).get("label") not in (d[i]["label"], e[i]["label"])
        ]
        print(
            f"  D/E disagreements {sum(d[i]['label'] != e[i]['label'] for i in round2)}, "
            f"not settled by C {len(open2)}, adjudicated {sum(i in adj2 for i in open2)}"
        )
        records += merge_second_round(keys, d, e, c, adj2, skip=settled)
        order = {k["id"]: n for n, k in enumerate(keys)}
        records.sort(key=lambda r: order[r["id"]])
    print("final labels:", dict(Counter(r["label"] for r in records)), "held out", sum(r["heldout"] for r in records))
    _write_atomic(args.out, (json.dumps(r) + "\n" for r in records))
    print(f"wrote {len(records)} records to {args.out}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except InputError as err:
        print(f"error: {err}", file=sys.stderr)
        sys.exit(2)
