"""Kinds of the speaker ranker's errors on PolNeAR train, out of fold (grouped 5-fold CV by article).

Issue 11: which errors are left, and how many of each, so that new candidates and features go where the
errors are. Each matched quote whose annotated source names the speaker, and whose out-of-fold choice is
wrong or none (for a quote the rules decide alone, never offered to the ranker: the rules' answer,
``speaker_ranker.outcome``), gets the first kind that fits, in this order:

1. *candidate missing*: the gold speaker is not among the rules' candidates; split by where the text names
   them: an entity (any type: PolNeAR's sources include places and groups, "Texan", "Pennsylvania") in the
   quote's paragraph, in an earlier one, only after it, words of the text no entity covers, or nowhere;
2. *nested*: the quote holds another quote or lies inside one;
3. *continuation*: no speech verb of its own (a quote running on from an earlier one, maybe paragraphs later);
4. *pronoun or role noun*: the speech verb's subject is "he", "she", "the senator", "his spokesman";
5. *organisation vs spokesperson*: the ranker chose an organisation where the speaker is a person, or the
   reverse;
6. *named subject, other*: none of the above (the verb's subject is a name or a noun phrase).

Each kind is split by where the speech verb stands: after the quote ('"...," X said'), before it
(X said: "...", X said it was "..."), or none; and by outcome
(wrong name, or none given though the gold speaker was a candidate). Train only: dev is never read here.

Run: ``python benchmarks/speaker_errors.py [--cache DIR] [--examples N]`` (the shipped trees' size and threshold
by default).
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import speaker_ranker as sr
from newsbrief.analyse.quote_index import DocIndex
from newsbrief.analyse.quote_spans import outer_and_nested
from newsbrief.analyse.quote_subjects import subject
from newsbrief.analyse.quote_verbs import speech_verb
from newsbrief.analyse.speaker_ranker import FEATURES
from newsbrief.text.lexicon import PRONOUN_GENDER, ROLE_GENDER
from quotes import same_speaker
from reserved import RESERVED_POLNEAR

KINDS = (
    "candidate missing: gold named by an entity of the quote's paragraph",
    "candidate missing: gold named by an entity of an earlier paragraph",
    "candidate missing: gold named by an entity after the quote's paragraph",
    "candidate missing: gold in the text but no entity names it",
    "candidate missing: gold not in the text",
    "nested quote",
    "continuation (no speech verb of its own)",
    "pronoun or role noun resolved wrong",
    "organisation vs spokesperson",
    "named subject, other",
)
_ORG, _PERSON = FEATURES.index("org"), FEATURES.index("person")


def _missing(gold: str, start: int, end: int, text: str, index: DocIndex) -> str:
    """Where the text names a speaker the candidates missed (any entity type: PolNeAR's sources include
    places and groups, "Texan", "Pennsylvania")."""
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    para_end = len(text) if para_end < 0 else para_end
    hits = [e for e in index.doc.ents if same_speaker(e.text, gold)]
    if any(para_start <= e.start_char < para_end for e in hits):
        return KINDS[0]
    if any(e.start_char < para_start for e in hits):
        return KINDS[1]
    if hits:
        return KINDS[2]
    return KINDS[3] if gold and gold.lower() in text.lower() else KINDS[4]


def kind_of(rec: dict, probs: list[float], article_text: str, index: DocIndex, nested: list) -> tuple[str, str]:
    """The error kind of one wrong or unattributed quote, and where its speech verb stands."""
    start, end = rec["start"], rec["end"]
    verb = speech_verb(index, start, end)
    where = "none" if verb is None else "after" if verb.idx >= end else "before"  # a governing verb stands outside too
    if not any(rec["y"]):
        return _missing(rec["gold"] or "", start, end, article_text, index), where
    if any(start <= s < end or s <= start < e for s, e in nested):
        return KINDS[5], where
    if verb is None:
        return KINDS[6], where
    subj = subject(verb, index)
    if subj is not None and (
        subj.lower_ in PRONOUN_GENDER
        or subj.lower_ in ROLE_GENDER
        or "spokes" in subj.lower_
        or (subj.pos_ == "NOUN" and any(c.lower_ in ("the", "his", "her") for c in subj.children))
    ):
        return KINDS[7], where
    if probs:
        k = int(np.argmax(probs))
        g = rec["y"].index(1)
        chose, gold = rec["X"][k], rec["X"][g]
        if chose[_ORG] != gold[_ORG] or chose[_PERSON] != gold[_PERSON]:
            return KINDS[8], where
    return KINDS[9], where


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=sr.DATA)
    ap.add_argument("--cache", type=Path, default=None)
    ap.add_argument("--config", type=int, default=1, help="index into speaker_ranker.CONFIGS (1: the shipped size)")
    ap.add_argument("--threshold", type=float, default=0.2, help="the shipped threshold")
    ap.add_argument("--examples", type=int, default=0, help="print N random examples of each kind")
    args = ap.parse_args(argv)
    items = sr.polnear.load(args.data, "train")
    docs = sr.docs_of("train", items, args.cache)
    recs = sr.rows(items, docs)
    probs = sr.cross_validate(recs, sr.CONFIGS[args.config])
    by_id = {a.id: (a, d) for (a, _, _), d in zip(items, docs, strict=True)}
    indexes: dict[str, tuple[DocIndex, list]] = {}
    kinds: Counter[tuple[str, str]] = Counter()
    outcome: Counter[tuple[str, str]] = Counter()
    examples: dict[str, list[str]] = {}
    n_err = 0
    for rec, p in zip(recs, probs, strict=True):
        got = sr.outcome(rec, p, args.threshold)
        if got == "ok":
            continue
        if rec["article"] in RESERVED_POLNEAR:
            continue
        n_err += 1
        article, doc = by_id[rec["article"]]
        if article.id not in indexes:
            spans, nested = outer_and_nested(article.text)
            indexes[article.id] = (DocIndex(doc, spans), nested)
        index, nested = indexes[article.id]
        kind, where = kind_of(rec, p, article.text, index, nested)
        kinds[(kind, where)] += 1
        outcome[(kind, got)] += 1
        chosen = sr.chosen_name(rec, p)
        snippet = article.text[max(0, rec["start"] - 120) : rec["end"] + 80].replace("\n", " / ")
        got_name = chosen if got == "wrong" else None
        examples.setdefault(kind, []).append(f"gold={rec['gold']!r} got={got_name!r}: {snippet}")
    n = len(recs)
    print(f"train CV (threshold {args.threshold}): {n} matched quotes with a named speaker, {n_err} errors\n")
    print("| kind | errors | wrong name | none | verb after | verb before | no verb |")
    print("|---|---|---|---|---|---|---|")
    for kind in KINDS:
        row = [kinds[(kind, w)] for w in ("after", "before", "none")]
        total = sum(row)
        if total:
            print(
                f"| {kind} | {total} | {outcome[(kind, 'wrong')]} | {outcome[(kind, 'none')]} | "
                + " | ".join(str(v) for v in row)
                + " |"
            )
    if args.examples:
        rng = random.Random(1)
        for kind in KINDS:
            ex = examples.get(kind, [])
            print(f"\n## {kind} ({len(ex)})")
            for line in rng.sample(ex, min(args.examples, len(ex))):
                print("  -", line[:400])
    return 0


if __name__ == "__main__":
    sys.exit(main())
