"""A second check of the names for an opening "He"/"She", against PolNeAR's attribution annotations (train only).

PolNeAR marks who said each direct quotation; where the source is written "he"/"she", its ``speaker`` comes from
CoreNLP coreference, which a hand check found only about half right (../shared/data/README.md). A quotation whose
pronoun source opens its sentence ('He said, "..."') and whose coreference speaker is also the named speaker
(``speaker_resolved_by == "text"``) of a quotation in one of the two sentences before it is a silver antecedent:
two annotations agree on it. Where :func:`newsbrief.summarize.antecedents.antecedent` names someone for that
sentence, the names are compared by surname. Silver, not gold: it is a check beside the labelled proposals
(``pronoun_labels.py``), and a disagreement is worth reading, not a verdict.

Run: ``python benchmarks/pronoun_polnear.py [--data ../shared/data] [--show]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from newsbrief.config import BriefConfig
from newsbrief.model import Article
from newsbrief.pipeline import Briefer
from newsbrief.summarize.antecedents import antecedent, opening_pronoun
from newsbrief.summarize.units import UNIT_INDEX
from trust_items import DEFAULT_DATA_DIR


def _surname(name: str) -> str:
    return name.split()[-1].casefold().rstrip(".,'’s") if name.split() else ""


def silver_items(data: Path) -> list[tuple[Article, str, str]]:
    """(article, the quotation's text, the silver speaker) for each quotation described in the module docstring."""
    articles = {}
    for line in (data / "polnear" / "polnear_articles_train.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        articles[row["id"]] = Article(row["id"], row["text"])
    quotes: dict[str, list[dict]] = {}
    for line in (data / "polnear" / "polnear_direct_quotes_train.jsonl").read_text(encoding="utf-8").splitlines():
        q = json.loads(line)
        quotes.setdefault(q["article"], []).append(q)
    out = []
    for aid, qs in quotes.items():
        named = [q for q in qs if q["speaker_resolved_by"] == "text" and q["speaker"]]
        for q in qs:
            if (q["source_raw"] or "").strip().lower() not in ("he", "she") or q["speaker_resolved_by"] != "coref":
                continue
            near = [
                n
                for n in named
                if 0 < q["start"] - n["end"] < 600 and _surname(n["speaker"]) == _surname(q["speaker"] or "")
            ]
            if near and aid in articles:
                out.append((articles[aid], q["quote"], q["speaker"]))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    ap.add_argument("--show", action="store_true", help="print each compared item")
    args = ap.parse_args()
    briefer = Briefer(BriefConfig(analysis=False))
    tally: Counter = Counter()
    cache: dict[str, list] = {}
    for article, quote, speaker in silver_items(args.data):
        if article.id not in cache:
            prepared = briefer.sources([article])
            sents = [] if prepared is None else [s for s in prepared.sentences if s.index < UNIT_INDEX]
            cache[article.id] = sorted(sents, key=lambda s: s.index)
        sents = cache[article.id]
        k = next((i for i, s in enumerate(sents) if quote[:40] in s.text), None)
        if k is None or opening_pronoun(sents[k].text.strip()) is None:
            tally["quotation's sentence does not open with He/She"] += 1
            continue
        tally["silver items"] += 1
        person = antecedent(sents, k, " ".join(s.text for s in sents))
        if person is None:
            tally["no name proposed"] += 1
            continue
        verdict = "same person" if _surname(person.name) == _surname(speaker) else "another person"
        tally[verdict] += 1
        if args.show:
            print(f"{verdict}: [{person.name}] vs PolNeAR {speaker!r} | {sents[k].text[:100]}")
    for key, n in tally.items():
        print(f"{key}: {n}")


if __name__ == "__main__":
    main()
