"""Trust labels (issue 10): the labellers' answers in, agreement out, adjudicated labels stored and loaded back.

Two labellers answer the items built by ``trust_items.py`` independently (guideline: tests/data/README.md,
"Trust labels"). This module

1. reads their answer files (``<labeller>_<file>.jsonl``, the last line for an id wins; a bad line is
   reported and skipped, so a file still being written is usable);
2. measures agreement per task on the items both labelled: raw agreement, Cohen's kappa (Cohen 1960, "A
   coefficient of agreement for nominal scales"; scikit-learn's ``cohen_kappa_score``) and the confusion
   of the two labellings;
3. writes the adjudicated labels to ``tests/data/trust_sentences.jsonl`` and ``tests/data/trust_pairs.jsonl``:
   ids, cluster, document, offsets, sha1, the label and each labeller's label, never the text. Where the two
   disagree the label is ``disputed`` (a third reading adjudicates later); where only one labeller has
   answered so far the label is that one's, and ``labels`` shows it was read once;
4. loads them back onto the sentences the brief sees *today* (:func:`load_trust`), so that a change in
   cleaning or splitting still finds them: by the same offsets and text, else by document and normalised
   text, else by word overlap; the raw document's hash is checked first.

Run: ``python benchmarks/trust_labels.py [--answers /work/labels/out]`` prints the agreement tables and
writes the two files.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from agreement import cohen_kappa  # siblings: scripts, not a package
from newsbrief.errors import InputError
from newsbrief.ingest.clean import apostrophes
from newsbrief.model import Sentence
from newsbrief.pipeline import clean_articles
from newsbrief.text.split import is_dateline
from newsbrief.text.splitters import DEFAULT_SPLITTER
from pairs import short_sha1  # siblings: scripts, not a package
from trust_items import (
    DEFAULT_DATA_DIR,
    ROOT,
    SEEDS,
    StoryCluster,
    _locate,
    choose_clusters,
    cluster_sentences,
    doc_index,
    heldout_ids,
    multinews_clusters,
    seed_cluster,
    write_jsonl,
)

SENTENCE_LABELS = ("ok", "junk", "cannot-stand-alone", "opinion", "other-language")
PAIR_LABELS = ("same", "related", "different")
TASK_LABELS = {"sentences": SENTENCE_LABELS, "pairs": PAIR_LABELS}
DISPUTED = "disputed"
#: When one current sentence carries several labelled ones (splitting merged them), the guideline's
#: precedence decides: a sentence with a junk part is junk.
PRECEDENCE = ("junk", "other-language", "opinion", "cannot-stand-alone", "ok")
#: The splitter the first labels were made on: records without a ``splitter`` field are keyed to its
#: sentences. Records made later on another splitter's sentences name it (``trust_rekey.py``).
LABELLED_SPLITTER = "pysbd"
SENTENCES_FILE = ROOT / "tests" / "data" / "trust_sentences.jsonl"
PAIRS_FILE = ROOT / "tests" / "data" / "trust_pairs.jsonl"
DEFAULT_ANSWERS = Path("/work/labels/out")
#: The item files of the build (trust_items.py): answers to them are independent first readings.
FIRST_READING = ("A", "B")
#: Word-set Jaccard at or above which a re-split sentence is taken for the labelled one.
MIN_OVERLAP = 0.5

_ANSWER_NAME = re.compile(r"^(?P<labeller>[A-Za-z0-9-]+)_(?P<task>sentences|pairs)_(?P<half>[A-Za-z0-9]+)$")
_WORD = re.compile(r"\w+")


# --- 1. answers -------------------------------------------------------------------------------------------


def read_answers(out_dir: Path) -> tuple[dict[str, dict[str, dict[str, str]]], list[str]]:
    """Read every answer file in ``out_dir``.

    Answers to the item files the build wrote (halves ``A`` and ``B``) are first readings, keyed by the
    labeller; answers to any other item file (a set of disputed items given for a third reading) are later
    readings, keyed ``labeller@half`` so that they never overwrite the same labeller's first reading.

    Returns:
        ``{task: {reader: {item id: label}}}`` and the problems met (one line each: file, line, what).
    """
    answers: dict[str, dict[str, dict[str, str]]] = {task: {} for task in TASK_LABELS}
    problems: list[str] = []
    for path in sorted(out_dir.glob("*.jsonl")):
        name = _ANSWER_NAME.match(path.stem)
        if name is None:
            problems.append(f"{path}: not named <labeller>_<sentences|pairs>_<half>.jsonl; skipped")
            continue
        task, labeller = name["task"], name["labeller"]
        reader = labeller if name["half"] in FIRST_READING else f"{labeller}@{name['half']}"
        allowed = TASK_LABELS[task]
        got = answers[task].setdefault(reader, {})
        with path.open(encoding="utf-8", errors="replace") as fh:
            for n, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                    item, label = rec["id"], rec["label"]
                except (json.JSONDecodeError, KeyError, TypeError):
                    problems.append(f"{path}:{n}: not a JSON object with id and label; skipped")
                    continue
                if label not in allowed:
                    problems.append(f"{path}:{n}: label {label!r} is not one of {', '.join(allowed)}; skipped")
                    continue
                got[str(item)] = label
    return answers, problems


# --- 2. agreement -----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Agreement:
    """Agreement of two labellings on the items both labelled."""

    task: str
    labellers: tuple[str, str]
    n: int
    agreed: int
    kappa: float
    confusion: Mapping[tuple[str, str], int] = field(default_factory=dict)

    @property
    def raw(self) -> float:
        """Share of the common items given the same label."""
        return self.agreed / self.n if self.n else 0.0


def agreement(task: str, first: tuple[str, Mapping[str, str]], second: tuple[str, Mapping[str, str]]) -> Agreement:
    """Raw agreement, Cohen's kappa and the confusion counts of two labellings of one task.

    Kappa is 0.0 when there is no common item, and 1.0 when both used a single label throughout and agree.
    """
    common = sorted(set(first[1]) & set(second[1]))
    a = [first[1][i] for i in common]
    b = [second[1][i] for i in common]
    agreed = sum(x == y for x, y in zip(a, b, strict=True))
    kappa = cohen_kappa(a, b)
    return Agreement(task, (first[0], second[0]), len(common), agreed, kappa, Counter(zip(a, b, strict=True)))


def agreement_table(result: Agreement) -> str:
    """Markdown: the figures, then the confusion (rows: first labeller, columns: second) and per-label agreement."""
    labels = TASK_LABELS[result.task]
    first, second = result.labellers
    lines = [
        f"**{result.task}**: {result.n} items labelled by both ({first}, {second}); raw agreement "
        f"{result.raw:.3f}, Cohen's kappa {result.kappa:.3f}",
        "",
        f"| {first} \\ {second} | " + " | ".join(labels) + " | per-label agreement |",
        "|---" * (len(labels) + 2) + "|",
    ]
    for x in labels:
        row = [result.confusion.get((x, y), 0) for y in labels]
        either = sum(row) + sum(result.confusion.get((y, x), 0) for y in labels) - row[labels.index(x)]
        both = result.confusion.get((x, x), 0)
        share = f"{both}/{either}" if either else "–"
        lines.append(f"| {x} | " + " | ".join(map(str, row)) + f" | {share} |")
    return "\n".join(lines)


def adjudicate(by_reader: Mapping[str, Mapping[str, str]], item: str) -> tuple[str | None, dict[str, str]]:
    """The item's label and each reader's label; ``None`` if no one labelled it.

    The label is the one a strict majority of the readings gave: the two first readings when they agree,
    two of three once a third reading of a disputed item is in, the only reading while there is one. Two
    readings that differ, or three that all differ, leave the item ``disputed``.
    """
    given = {name: labels[item] for name, labels in sorted(by_reader.items()) if item in labels}
    if not given:
        return None, {}
    top, votes = Counter(given.values()).most_common(1)[0]
    return (top if 2 * votes > len(given) else DISPUTED), given


def first_readers(by_reader: Mapping[str, Mapping[str, str]]) -> list[str]:
    """The readers of first readings (later readings carry ``@``)."""
    return sorted(name for name in by_reader if "@" not in name)


def pooled(task: str, by_reader: Mapping[str, Mapping[str, str]]) -> Agreement:
    """Agreement over every item with two first readings, whoever gave them (the halves had different pairs).

    Each item contributes (first reader's label, second reader's label) in name order; kappa is Cohen's on
    these pooled pairs.
    """
    names = first_readers(by_reader)
    first: dict[str, str] = {}
    second: dict[str, str] = {}
    items = {i for n in names for i in by_reader[n]}
    for item in items:
        given = [by_reader[n][item] for n in names if item in by_reader[n]]
        if len(given) == 2:
            first[item], second[item] = given
    return agreement(task, ("first", first), ("second", second))


# --- 3. writing the label files -----------------------------------------------------------------------------


def read_items(items_dir: Path) -> dict[str, dict]:
    """The items the labellers saw (``sentences_*.jsonl``, ``pairs_*.jsonl`` of ``items_dir``), by id.

    Labels are attached to these frozen items, not to items rebuilt with today's code: a later change
    in splitting would renumber sentence ids and silently re-point answers at other sentences.
    """
    items: dict[str, dict] = {}
    for path in sorted(items_dir.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    item = json.loads(line)
                    items[item["id"]] = item
    if not items:
        raise InputError("no item files (sentences_*.jsonl, pairs_*.jsonl) found", source=str(items_dir))
    return items


def label_records(
    data_dir: Path, answers: Mapping[str, Mapping[str, Mapping[str, str]]], items_dir: Path
) -> tuple[list[dict], list[dict], set[str]]:
    """Attach the adjudicated labels to the frozen items: sentence and pair records, no text.

    Each sentence item's text is located again in its cleaned article (cleaning is deterministic) and,
    where verbatim, in the raw document, so the records carry offsets and a hash.

    Returns:
        Sentence records, pair records, and the answered ids that are not items (a wrong file or id).
    """
    items = read_items(items_dir)
    clusters = {c.id: c for c in choose_clusters(data_dir)}
    held = heldout_ids(clusters)
    located: dict[str, dict] = {}
    for cid, cluster in clusters.items():
        cleaned, _ = clean_articles(cluster.articles)
        texts = {doc_index(a.id, cluster): a.text for a in cleaned}
        cursors: dict[int, int] = {}
        raw_cursors: dict[int, int] = {}
        for item in items.values():
            if item.get("cluster") != cid or "text" not in item:
                continue
            doc, text = item["doc"], item["text"]
            at = texts.get(doc, "").find(text, cursors.get(doc, 0))
            if at < 0:
                at = texts.get(doc, "").find(text)
            if at >= 0:
                cursors[doc] = at + len(text)
            raw_start, raw_end = _locate(cluster.raw[doc], text, raw_cursors.get(doc, 0))
            if raw_end is not None:
                raw_cursors[doc] = raw_end
            located[item["id"]] = {
                "id": item["id"],
                "doc": doc,
                "start": at if at >= 0 else None,
                "end": at + len(text) if at >= 0 else None,
                "raw_start": raw_start,
                "raw_end": raw_end,
                "sha1": short_sha1(text),
            }
    sentences_out: list[dict] = []
    pairs_out: list[dict] = []
    for item_id, item in items.items():
        cid = item["cluster"]
        split = "heldout" if cid in held else "dev"
        file = clusters[cid].file
        if "text" in item:
            label, given = adjudicate(answers["sentences"], item_id)
            if label is not None:
                record = dict(located[item_id])
                del record["id"]
                head = {"id": item_id, "cluster": cid, "file": file, "split": split}
                sentences_out.append({**head, **record, "label": label, "labels": given})
            continue
        label, given = adjudicate(answers["pairs"], item_id)
        if label is None:
            continue
        side_a, side_b = item_id.split("~")
        pairs_out.append(
            {
                "id": item_id,
                "cluster": cid,
                "file": file,
                "split": split,
                "a": located[side_a],
                "b": located[side_b],
                "label": label,
                "labels": given,
            }
        )
    answered = {i for task in answers.values() for labels in task.values() for i in labels}
    return sentences_out, pairs_out, answered - set(items)


# --- 4. loading the labels onto today's sentences ----------------------------------------------------------


Key = tuple[str, int]  # (article id, sentence index) of a sentence as split today


@dataclass
class LabelledCluster:
    """One labelled cluster as the brief sees it today, with the labels found on its sentences."""

    cluster: StoryCluster
    split: str
    sentences: list[Sentence]
    sentence_labels: dict[Key, str] = field(default_factory=dict)
    pair_labels: dict[frozenset[Key], str] = field(default_factory=dict)
    unmatched: int = 0
    #: Labels of the first splitting (no ``splitter`` field) that another splitter's sentences do not reach:
    #: that splitter cuts there differently, and its own labels (``"splitter"``: its name) cover the text.
    resplit: int = 0
    #: Sentences whose sentence label was found only by word overlap: their text changed since labelling
    #: (merged, cut elsewhere, a dateline split off), so the label may no longer hold; the scorer leaves
    #: them out of the rates. Pair labels, which are about the fact stated, are kept for them. (A junk
    #: label given for a dateline now set apart is not loaded at all: ``stale``.)
    changed: set[Key] = field(default_factory=set)
    stale: int = 0  # junk labels given for a dateline that splitting now sets apart (the rest is unjudged)
    #: Labels of text that cleaning now drops as a whole (a page notice, a bracketed link), or that splitting
    #: now joins to a longer neighbour ("Have a tip? tips@..."): no sentence of today is that text.
    dropped: int = 0
    #: Of :attr:`dropped`, the sentence labels that called the dropped text junk: cleaning dropping page furniture
    #: is what it is for (junk18's credit lines, junk19's related-link headlines and lone photo credits).
    dropped_junk: int = 0
    #: Of :attr:`dropped`, the pair labels with a side cleaning now drops (a pair of a junk line with a story
    #: sentence, mostly "different").
    dropped_pairs: int = 0


def _norm(text: str) -> str:
    """Text compared as the same: spacing, case and the apostrophe's glyph aside (cleaning has read "Trump‘s" as
    "Trump’s" since session 19: a label of the one is a label of the other)."""
    return " ".join(apostrophes(text).split()).casefold()


def _word_set(text: str) -> set[str]:
    return set(_WORD.findall(text.casefold()))


def labelled_text(record: Mapping, raw_doc: str, cleaned: str | None, *, source: str) -> str | None:
    """The text a record labelled, recovered from the raw document (hash-checked) or today's cleaned text.

    Raises:
        InputError: the raw document's span no longer has the recorded hash (the data changed).
    """
    if record.get("raw_start") is not None:
        text = raw_doc[record["raw_start"] : record["raw_end"]]
        if short_sha1(text) != record["sha1"]:
            raise InputError(
                f"sentence hash mismatch for {record['id']} ({record['cluster']} doc {record['doc']} "
                f"[{record['raw_start']}:{record['raw_end']}]): the data differs from the one labelled",
                source=source,
            )
        return text
    if cleaned is not None:
        text = cleaned[record["start"] : record["end"]]
        if short_sha1(text) == record["sha1"]:
            return text
    return None


def find_sentence(sentences: Sequence[Sentence], start: int, text: str) -> int | None:
    """Position in ``sentences`` (one article, split today) of a labelled sentence.

    Tried in order: the same text at the same offset; the same normalised text (nearest offset); the
    sentence sharing most words with it, if their word-set Jaccard is at least ``MIN_OVERLAP``.
    """
    for k, s in enumerate(sentences):
        if s.start == start and s.text == text:
            return k
    target = _norm(text)
    same = [k for k, s in enumerate(sentences) if _norm(s.text) == target]
    if same:
        return min(same, key=lambda k: abs(sentences[k].start - start))
    words = _word_set(text)
    best, best_score = None, 0.0
    for k, s in enumerate(sentences):
        other = _word_set(s.text)
        score = len(words & other) / len(words | other) if words | other else 0.0
        if score > best_score:
            best, best_score = k, score
    return best if best_score >= MIN_OVERLAP else None


def dateline_dropped(labelled: str, current: str) -> bool:
    """Whether ``current`` is ``labelled`` without the wire dateline it opened with."""
    labelled, current = labelled.strip(), current.strip()
    return labelled != current and labelled.endswith(current) and is_dateline(labelled[: -len(current)].strip())


def _stronger(a: str | None, b: str) -> str:
    if a is None or a == b:
        return b
    if DISPUTED in (a, b):
        return DISPUTED
    return min(a, b, key=PRECEDENCE.index) if a in PRECEDENCE and b in PRECEDENCE else DISPUTED


def _read_records(path: Path) -> list[dict]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _load_cluster(data_dir: Path, file: str, cluster_id: str) -> StoryCluster:
    if file == SEEDS:
        return seed_cluster(data_dir)
    found = multinews_clusters(data_dir, [cluster_id])
    if not found:
        raise InputError(f"cluster {cluster_id!r} not in the data file", source=str(data_dir / file))
    return found[0]


def load_trust(
    data_dir: Path | str = DEFAULT_DATA_DIR,
    sentences_file: Path | str = SENTENCES_FILE,
    pairs_file: Path | str = PAIRS_FILE,
    splitter: str = DEFAULT_SPLITTER,
) -> dict[str, LabelledCluster]:
    """Load the trust labels onto the sentences today's cleaning and splitting (by ``splitter``) produce.

    Labels that are ``disputed`` are kept as such (a scorer treats them as not covered). Records made on
    another splitter's sentences (a ``splitter`` field naming it) are loaded only for that splitter; under
    a splitter other than :data:`LABELLED_SPLITTER`, a first-splitting label its sentences do not reach
    counts as ``resplit``, not ``unmatched``.

    Returns:
        Cluster id -> its labelled cluster, in file order.

    Raises:
        InputError: a data file or cluster is missing, or a sentence's raw hash no longer matches.
    """
    data_dir = Path(data_dir)
    sentence_records = [
        r
        for r in _read_records(Path(sentences_file))
        if r.get("splitter", LABELLED_SPLITTER) in (splitter, LABELLED_SPLITTER)
    ]
    pair_records = _read_records(Path(pairs_file))
    wanted: dict[str, tuple[str, str]] = {}
    for rec in [*sentence_records, *pair_records]:
        wanted.setdefault(rec["cluster"], (rec["file"], rec["split"]))
    if not (data_dir / "multinews").is_dir():
        raise InputError("data directory not found; point --data at ../shared/data", source=str(data_dir))
    mn_ids = [c for c, (f, _) in wanted.items() if f != SEEDS]
    mn = {c.id: c for c in multinews_clusters(data_dir, mn_ids)} if mn_ids else {}
    out: dict[str, LabelledCluster] = {}
    for cid, (file, split) in wanted.items():
        cluster = seed_cluster(data_dir) if file == SEEDS else mn.get(cid) or _load_cluster(data_dir, file, cid)
        sentences, _ = cluster_sentences(cluster, splitter)
        out[cid] = LabelledCluster(cluster, split, list(sentences))
    # Locate each labelled sentence once; pair sides are the same sentences (same id scheme).
    cache: dict[tuple[str, int, int, str], Key | None] = {}
    by_article: dict[str, dict[str, list[Sentence]]] = {}
    cleaned_text: dict[str, dict[str, str]] = {}
    for cid, lc in out.items():
        arts = by_article.setdefault(cid, {})
        for s in lc.sentences:
            arts.setdefault(s.article_id, []).append(s)
        cleaned, _ = clean_articles(lc.cluster.articles)
        cleaned_text[cid] = {a.id: a.text for a in cleaned}

    same_text: dict[Key, bool] = {}
    stale: set[tuple[str, int, int, str]] = set()  # labelled sentences whose dateline is now split off
    record_same: dict[tuple[str, int, int, str], bool] = {}  # each labelled text found unchanged today
    gone: set[tuple[str, int, int, str]] = set()  # labelled texts today's cleaning drops or splitting joins

    def locate(cid: str, rec: Mapping, source: str) -> Key | None:
        key = (cid, rec["doc"], rec["start"], rec["sha1"])
        if key in cache:
            return cache[key]
        lc = out[cid]
        article_id = _article_id(lc.cluster, rec["doc"])
        found: Key | None = None
        arts = by_article[cid].get(article_id, []) if article_id else []
        cleaned = cleaned_text[cid].get(article_id) if article_id else None
        record = {"id": rec.get("id", "?"), "cluster": cid, **rec}
        text = labelled_text(record, lc.cluster.raw[rec["doc"]], cleaned, source=source)
        if text is not None and arts:
            k = find_sentence(arts, rec["start"], text)
            if k is not None:
                found = (article_id, arts[k].index)
                record_same[key] = _norm(arts[k].text) == _norm(text)
                if dateline_dropped(text, arts[k].text):
                    stale.add(key)
        if found is None and text is not None and cleaned is not None:
            norm = _norm(text)
            if norm not in _norm(cleaned) or any(norm in _norm(s.text) for s in arts):
                gone.add(key)
        cache[key] = found
        return found

    own: dict[Key, str] = {}  # labels made on this splitter's own sentences, which stand over the rest
    own_records: list[tuple[dict, Key]] = []
    if splitter != LABELLED_SPLITTER:
        for rec in sentence_records:
            if rec.get("splitter") == splitter:
                key = locate(rec["cluster"], rec, str(sentences_file))
                if key is None and _record_key(rec) in gone:
                    out[rec["cluster"]].dropped += 1
                    out[rec["cluster"]].dropped_junk += rec["label"] == "junk"
                elif key is None:
                    out[rec["cluster"]].unmatched += 1
                else:
                    own_records.append((rec, key))
        sentence_records = [r for r in sentence_records if r.get("splitter") != splitter]
    # Labels made on this splitter's sentences (trust_rekey.py, one record per round) stand over the rest: a
    # record of today's text (``own``) always; one whose text changed since (a lead-in set apart: ``loose``)
    # only where no label of today's text is found, and then as changed.
    loose: dict[Key, str] = {}
    for rec, key in own_records:
        rec_key = _record_key(rec)
        if rec_key in stale and rec["label"] == "junk":
            out[rec["cluster"]].stale += 1  # as below: a lead-in now set apart was the junk; the rest is unjudged
        elif record_same.get(rec_key, True):
            own[key] = _stronger(own.get(key), rec["label"])
        else:
            loose[key] = _stronger(loose.get(key), rec["label"])
    own_keys = {key for _, key in own_records if key in own or key not in loose}
    for rec in sentence_records:
        lc = out[rec["cluster"]]
        key = locate(rec["cluster"], rec, str(sentences_file))
        if key is None:
            if rec.get("splitter", LABELLED_SPLITTER) != splitter:
                lc.resplit += 1
            elif _record_key(rec) in gone:
                lc.dropped += 1
                lc.dropped_junk += rec["label"] == "junk"
            else:
                lc.unmatched += 1
            continue
        rec_key = _record_key(rec)
        if rec_key in stale and rec["label"] == "junk":
            # Labelled junk for a leading dateline that splitting now sets apart: the rest is unjudged.
            lc.stale += 1
            continue
        if key in own_keys:
            continue  # labelled on this splitter's own sentence (below): that label stands
        lc.sentence_labels[key] = _stronger(lc.sentence_labels.get(key), rec["label"])
        same_text[key] = same_text.get(key, True) and record_same.get(rec_key, True)
        if not same_text[key]:
            lc.changed.add(key)
    for rec, key in own_records:
        lc = out[rec["cluster"]]
        if key in own:
            lc.sentence_labels[key] = own[key]
            lc.changed.discard(key)
        elif key in loose and (key not in lc.sentence_labels or key in lc.changed):
            lc.sentence_labels[key] = loose[key]
            lc.changed.add(key)
    for rec in pair_records:
        lc = out[rec["cluster"]]
        ka = locate(rec["cluster"], rec["a"], str(pairs_file))
        kb = locate(rec["cluster"], rec["b"], str(pairs_file))
        if ka is None or kb is None or ka[0] == kb[0]:
            if splitter != LABELLED_SPLITTER:
                lc.resplit += 1
            elif (ka is None and _record_key(rec["a"], rec["cluster"]) in gone) or (
                kb is None and _record_key(rec["b"], rec["cluster"]) in gone
            ):
                lc.dropped += 1
                lc.dropped_pairs += 1
            else:
                lc.unmatched += 1
            continue
        pair = frozenset((ka, kb))
        old = lc.pair_labels.get(pair)
        lc.pair_labels[pair] = rec["label"] if old in (None, rec["label"]) else DISPUTED
    return out


def _record_key(rec: Mapping, cluster: str | None = None) -> tuple[str, int, int, str]:
    """How :func:`load_trust` keys one labelled text (a sentence record, or one side of a pair record)."""
    return (cluster or rec["cluster"], rec["doc"], rec["start"], rec["sha1"])


def _article_id(cluster: StoryCluster, doc: int) -> str | None:
    if cluster.file == SEEDS:
        return cluster.articles[doc].id if doc < len(cluster.articles) else None
    return f"{cluster.id}#{doc}"


# --- the command ------------------------------------------------------------------------------------------


def summary_counts(records: Iterable[dict], labels: Sequence[str]) -> str:
    """One line: how many records carry each label, disputed and read once."""
    records = list(records)
    counts = Counter(r["label"] for r in records)
    single = sum(1 for r in records if len(r["labels"]) == 1)
    parts = [f"{lab} {counts[lab]}" for lab in labels] + [f"{DISPUTED} {counts[DISPUTED]}", f"read once {single}"]
    return f"{len(records)} items: " + ", ".join(parts)


def main(argv: Sequence[str] | None = None) -> None:
    """Print agreement per task and write the adjudicated label files."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR, help="the shared data directory")
    ap.add_argument("--answers", type=Path, default=DEFAULT_ANSWERS, help="the labellers' answer files")
    ap.add_argument("--items", type=Path, default=None, help="the item files they answered (default: ANSWERS/../items)")
    ap.add_argument("--sentences-out", type=Path, default=SENTENCES_FILE)
    ap.add_argument("--pairs-out", type=Path, default=PAIRS_FILE)
    args = ap.parse_args(argv)
    if not args.answers.is_dir():
        print(f"error: {args.answers}: no such directory of answer files", file=sys.stderr)
        raise SystemExit(2)
    answers, problems = read_answers(args.answers)
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    for task, by_reader in answers.items():
        print(f"{task}: " + (", ".join(f"{n} {len(v)} items" for n, v in sorted(by_reader.items())) or "no answers"))
        names = first_readers(by_reader)
        for i, first in enumerate(names):
            for second in names[i + 1 :]:
                res = agreement(task, (first, by_reader[first]), (second, by_reader[second]))
                if res.n:
                    print("\n" + agreement_table(res) + "\n")
        if len(names) > 2:
            print("\n" + agreement_table(pooled(task, by_reader)) + "\n")
    sentences, pairs, unknown = label_records(args.data, answers, args.items or args.answers.parent / "items")
    if unknown:
        print(
            f"warning: {len(unknown)} answered ids are not items (e.g. {sorted(unknown)[0]}); ignored", file=sys.stderr
        )
    # Labels of another splitter's sentences (trust_rekey.py) are another build's: kept as they are.
    later = [r for r in _read_records(args.sentences_out) if "splitter" in r]
    write_jsonl(args.sentences_out, [*sentences, *later])
    write_jsonl(args.pairs_out, pairs)
    print(f"{args.sentences_out}: {summary_counts(sentences, SENTENCE_LABELS)}")
    print(f"{args.pairs_out}: {summary_counts(pairs, PAIR_LABELS)}")


if __name__ == "__main__":
    try:
        main()
    except InputError as err:
        print(f"error: {err}", file=sys.stderr)
        raise SystemExit(2) from None
