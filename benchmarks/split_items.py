"""Build the items of the sentence-boundary labelling (issue 14, target 1).

An item is one *candidate position* in the cleaned text of a news article (the text every splitter sees:
:func:`newsbrief.ingest.clean.clean_text`): a place where any of pySBD, BlingFire, nupunkt, spaCy's
``senter`` or spaCy's parser ends a sentence, or a place after sentence-like punctuation (``. ? ! …``,
optionally closed by quotes or brackets) or before a line break inside a paragraph. A paragraph's end is
never an item (every splitter ends a sentence there). The labeller sees ~150 characters around the
position with a visible marker and says ``boundary`` / ``not-boundary`` / ``unsure``.

Positions are *normalised* the same way for items and for a splitter's output (:func:`normalise`): a
sentence end is moved over closing quotes and brackets, so "said." + '"' and 'said."' are one decision.

Documents: Multi-News validation raw (``multinews/val_raw.jsonl``), DUC 2004 task 2 and PolNeAR train and
dev articles, drawn with ``random.Random(SEED)``. Per document every candidate where the splitters
disagree or that is a hard case (:func:`kind`) is kept, and an agreed plain full stop with probability
``PLAIN_RATE``, until the quota of the source is reached. The held-out third is chosen by document:
``int(sha1(file|record|doc), 16) % 3 == 0`` (:func:`heldout`).

Run: ``python benchmarks/split_items.py --out /work/labels/boundaries`` writes ``items.jsonl`` (texts
included: it lives outside the repository) and ``keys.jsonl`` (ids, offsets, hashes, kinds, held-out flag:
what goes into the repository with the labels), ``items_B.jsonl`` (what the second labeller reads: the
held-out part and the first ``DEV_DOCS_FOR_B`` development documents) and ``heldout_ids.txt``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from newsbrief.ingest.clean import clean_text
from newsbrief.text.split import lead_in_end
from newsbrief.text.splitters import get_splitter

sys.path.insert(0, str(Path(__file__).resolve().parent))
from split_labels import window_sha1  # a sibling script, not a package

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA_DIR = ROOT.parent / "shared" / "data"
SEED = 20261130
#: Items per source (about 1,700 in all: two labellers at ~1.5 s a decision finish in ~45 minutes).
QUOTAS = {"multinews/val_raw.jsonl": 850, "duc2004/task2.jsonl": 420, "polnear": 430}
PLAIN_RATE = 0.2
#: At most this many items from one document, so that many documents are seen.
PER_DOC = 14
CONTEXT_LEFT, CONTEXT_RIGHT = 100, 60
#: Development documents that labeller B labels too (besides the held-out part), for agreement on dev.
DEV_DOCS_FOR_B = 16
MARK = "⟦|⟧"

_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\n)[^\n]+)*")
CLOSERS = "\"'”’)]»"
_CANDIDATE = re.compile(r"(?:[.?!…]+[\"'”’)\]»]*)(?=\s)|\S(?=[ \t]*\n)")
_ABBREV = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "gov",
    "sen",
    "rep",
    "reps",
    "lt",
    "gen",
    "col",
    "sgt",
    "capt",
    "cmdr",
    "adm",
    "prof",
    "st",
    "jr",
    "sr",
    "inc",
    "corp",
    "co",
    "ltd",
    "llc",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "vs",
    "v",
    "no",
    "nos",
    "approx",
    "ft",
    "mt",
    "ave",
    "blvd",
    "dept",
    "univ",
    "gens",
    "govs",
    "sens",
    "rev",
    "msgr",
    "pres",
    "supt",
    "det",
    "insp",
    "atty",
    "est",
    "etc",
    "al",
    "ca",
    "cf",
    "fig",
    "vol",
    "pp",
    "op",
    "ed",
    "mass",
    "calif",
    "fla",
    "ill",
    "conn",
    "wash",
    "tenn",
    "tex",
    "ore",
    "okla",
    "ariz",
    "colo",
    "mich",
    "minn",
    "wis",
    "ind",
    "ky",
    "la",
    "md",
    "miss",
    "mo",
    "mont",
    "neb",
    "nev",
    "pa",
    "va",
    "vt",
    "wyo",
    "ala",
    "ark",
    "del",
    "ga",
    "kan",
    "n.y",
    "d.c",
}


_OPENING = re.compile(r"\s+[`'\"“‘(\[]+$")


def normalise(text: str, end: int) -> int:
    """A sentence end moved over closing quotes and brackets (and DUC's ``''``); an end after the opening
    quote of the next sentence (``said. ''It``) moved back before it."""
    if end < len(text) and not text[end].isspace():
        opening = _OPENING.search(text, max(0, end - 12), end)
        if opening:
            return opening.start()
    while end < len(text) and text[end] in CLOSERS:
        end += 1
    return end


def kind(text: str, pos: int) -> str:
    """The hard-case kind of the candidate ending at ``pos`` (``plain`` for a full stop after a word)."""
    left = text[:pos]
    token = left.split()[-1] if left.split() else ""
    after = text[pos : pos + 30]
    bare = token.rstrip(CLOSERS)
    line_start = text.rfind("\n", 0, pos) + 1
    dateline = lead_in_end(text, line_start)
    if dateline is not None and pos <= line_start + len(text[line_start:dateline].rstrip()):
        return "dateline"
    if "\n" in after[: len(after) - len(after.lstrip())] or (pos < len(text) and text[pos] == "\n"):
        return "line-break"
    if pos < len(text) and not text[pos].isspace():
        if text[pos] == "," or re.match(r"[DRI]-[A-Z][a-z]+\.$", bare):
            return "abbreviation"
        if pos and text[pos - 1].isdigit() and text[pos].isdigit():
            return "number"
        return "inside-token"
    if bare.endswith(("...", "…")):
        return "ellipsis"
    if bare != token and bare[-1:] in ".?!,":
        return "quote"
    if bare.endswith(("?", "!")):
        return "question-exclamation"
    core = bare.rstrip(".")
    if re.fullmatch(r"(?:[A-Za-z]\.){2,}", bare) or re.fullmatch(r"[A-Za-z](?:\.[A-Za-z])+", core):
        return "initialism"
    if re.fullmatch(r"[A-Z]", core):
        return "initial"
    if core.lower().split("-")[-1] in _ABBREV:
        return "abbreviation"
    if re.match(r"\d", core[-1:] or "x"):
        return "number"
    nxt = after.strip()[:1]
    if nxt and nxt.islower():
        return "lowercase-next"
    return "plain"


def doc_key(file: str, record: str, doc: int) -> str:
    return f"{file}|{record}|{doc}"


def heldout(file: str, record: str, doc: int) -> bool:
    """Whether a document is in the held-out third (by its key's sha1)."""
    return int(hashlib.sha1(doc_key(file, record, doc).encode()).hexdigest(), 16) % 3 == 0


def documents(data_dir: Path) -> Iterator[tuple[str, str, int, str]]:
    """Every (file, record id, doc index, raw text) of the three sources."""
    for file in ("multinews/val_raw.jsonl", "duc2004/task2.jsonl"):
        with open(data_dir / file, encoding="utf-8") as fh:
            for line in fh:
                obj = json.loads(line)
                for i, doc in enumerate(obj["documents"]):
                    yield file, obj["id"], i, doc
    for part in ("train", "dev"):
        file = f"polnear/polnear_articles_{part}.jsonl"
        with open(data_dir / file, encoding="utf-8") as fh:
            for line in fh:
                obj = json.loads(line)
                yield file, obj["id"], 0, obj["text"]


class SpacySplitter:
    """spaCy's sentences (``senter`` alone, or the dependency parser) as spans: candidates only."""

    def __init__(self, parser: bool) -> None:
        import spacy

        from newsbrief.analyse.nlp import load_nlp

        nlp = load_nlp()
        if parser:
            self.nlp = nlp
            self.disable = [p for p in nlp.pipe_names if p not in ("tok2vec", "parser")]
        else:
            self.nlp = spacy.load(nlp.path, exclude=["parser", "ner", "lemmatizer", "attribute_ruler"])
            self.nlp.enable_pipe("senter")
            self.disable = []
        self.name = "spacy-parser" if parser else "spacy-senter"

    def split(self, text: str) -> list[tuple[int, int]]:
        doc = self.nlp(text, disable=self.disable) if self.disable else self.nlp(text)
        return [(s.start_char, s.end_char) for s in doc.sents if s.text.strip()]


def candidates(text: str, splitters: list) -> dict[int, dict[str, bool]]:
    """Candidate positions of a cleaned text and, per splitter, whether it ends a sentence there."""
    found: dict[int, dict[str, bool]] = {}
    ends: dict[str, set[int]] = {}
    for m in _PARAGRAPH.finditer(text):
        para, base = m.group(), m.start()
        for sp in splitters:
            spans = sp.split(para)
            ends.setdefault(sp.name, set()).update(normalise(text, base + e) for _, e in spans[:-1])
        dateline = lead_in_end(para)
        if dateline is not None and dateline < len(para):
            found[base + len(para[:dateline].rstrip())] = {}
        for c in _CANDIDATE.finditer(para):
            pos = normalise(text, base + c.end())
            if pos < base + len(para.rstrip()):
                found[pos] = {}
    for positions in ends.values():
        for pos in positions:
            found.setdefault(pos, {})
    para_ends = {m.start() + len(m.group().rstrip()) for m in _PARAGRAPH.finditer(text)}
    for pos in list(found):
        if pos in para_ends:
            del found[pos]
            continue
        found[pos] = {name: pos in positions for name, positions in ends.items()}
    return found


def context(text: str, pos: int) -> str:
    left = text[max(0, pos - CONTEXT_LEFT) : pos]
    right = text[pos : pos + CONTEXT_RIGHT]
    left = ("…" if pos > CONTEXT_LEFT else "") + left.replace("\n\n", " ¶ ").replace("\n", " ↵ ")
    right = right.replace("\n\n", " ¶ ").replace("\n", " ↵ ") + ("…" if pos + CONTEXT_RIGHT < len(text) else "")
    return left + MARK + right


def build(data_dir: Path, out: Path) -> None:
    rng = random.Random(SEED)
    docs = list(documents(data_dir))
    rng.shuffle(docs)
    splitters = [get_splitter(n) for n in ("pysbd", "blingfire", "nupunkt")]
    splitters += [SpacySplitter(parser=False), SpacySplitter(parser=True)]
    taken: Counter[str] = Counter()
    items: list[dict] = []
    keys: list[dict] = []
    for file, record, i, raw in docs:
        source = "polnear" if file.startswith("polnear") else file
        if taken[source] >= QUOTAS[source]:
            if all(taken[s] >= q for s, q in QUOTAS.items()):
                break
            continue
        text = clean_text(raw)
        if len(text) < 300:
            continue
        cands = candidates(text, splitters)
        chosen = []
        for pos in sorted(cands):
            votes = cands[pos]
            k = kind(text, pos)
            disagree = len(set(votes.values())) > 1
            if disagree or k != "plain" or rng.random() < PLAIN_RATE:
                chosen.append((pos, k, votes, disagree))
        if len(chosen) > PER_DOC:
            # Disagreements first, then hard kinds, then plain ones; reading order kept within the document.
            ranked = sorted(chosen, key=lambda c: (not c[3], c[1] == "plain", rng.random()))
            chosen = sorted(ranked[:PER_DOC])
        chosen = chosen[: QUOTAS[source] - taken[source]]
        taken[source] += len(chosen)
        held = heldout(file, record, i)
        for pos, k, votes, disagree in chosen:
            item_id = f"b{len(items) + 1:04d}"
            items.append({"id": item_id, "document": doc_key(file, record, i), "context": context(text, pos)})
            keys.append(
                {
                    "id": item_id,
                    "file": file,
                    "record": record,
                    "doc": i,
                    "offset": pos,
                    "sha1": window_sha1(text, pos),
                    "kind": k,
                    "votes": votes,
                    "disagree": disagree,
                    "heldout": held,
                }
            )
    # Held-out documents first (so the double-labelled part is done first), then the development part; ids
    # are numbered in that order. Labeller B labels the held-out part and the first dev documents.
    order = sorted(range(len(items)), key=lambda n: not keys[n]["heldout"])
    items = [items[n] for n in order]
    keys = [keys[n] for n in order]
    for n, (item, key) in enumerate(zip(items, keys, strict=True)):
        item["id"] = key["id"] = f"b{n + 1:04d}"
    dev_docs: list[str] = []
    for item, key in zip(items, keys, strict=True):
        if not key["heldout"] and item["document"] not in dev_docs:
            dev_docs.append(item["document"])
    b_docs = set(dev_docs[:DEV_DOCS_FOR_B])
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "items.jsonl", "w", encoding="utf-8") as fh:
        for item in items:
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    with open(out / "items_B.jsonl", "w", encoding="utf-8") as fh:
        for item, key in zip(items, keys, strict=True):
            if key["heldout"] or item["document"] in b_docs:
                fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    with open(out / "heldout_ids.txt", "w", encoding="utf-8") as fh:
        fh.writelines(key["id"] + "\n" for key in keys if key["heldout"])
    with open(out / "keys.jsonl", "w", encoding="utf-8") as fh:
        for key in keys:
            fh.write(json.dumps(key) + "\n")
    print(f"{len(items)} items from {len({k['file'] + k['record'] + str(k['doc']) for k in keys})} documents")
    print("by source:", dict(taken))
    print("by kind:", dict(Counter(k["kind"] for k in keys)))
    print("disagreements:", sum(k["disagree"] for k in keys), "held out:", sum(k["heldout"] for k in keys))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    build(args.data_dir, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
