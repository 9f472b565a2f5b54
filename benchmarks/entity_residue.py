"""Two kinds of wrong row in the people-and-organisations table, counted over many texts (session 19, issue 11).

1. **residue**: a shown name (or one of its aliases) that still carries a possessive or a quote mark, in any
   apostrophe form (’ ‘ ' ` ´ ʼ): "Barack Obama‘s" from "Barack Obama‘s court pick";
2. **norp**: a ``PERSON``/``ORG``/``GPE`` row whose name is a nationality, ethnicity, religion or political group word
   ("Latina" GPE, "Hispanic" ORG; not a party's name, :data:`PARTY_WORDS`, which the stage makes a body on purpose):
   the lexicon's :data:`~newsbrief.text.lexicon.GROUP_WORDS`, or a word the tagger
   calls ``NORP`` in most of its mentions of the texts read.

Texts: the free Multi-News validation clusters with >= 3 documents (the lead's reserved ones left out) and the
PolNeAR train articles (each one story; every reserved one left out). Each is cleaned and parsed as a brief does
(its own sentence split, :func:`newsbrief.analyse.nlp.parse_sentences`) and its first :data:`TOP` entities are read.
Only counts and the rows' names are printed, no text.

Run: ``python benchmarks/entity_residue.py --data /work/shared/data [--clusters 120] [--polnear 300]``; with
``PYTHONPATH=<snapshot>/src`` it counts another version of the code.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from newsbrief.analyse.entities import extract_entities
from newsbrief.analyse.nlp import load_nlp, parse_sentences
from newsbrief.ingest.sources import clean_articles
from newsbrief.model import Article
from newsbrief.text.split import split_sentences
from reserved import BLIND_CLUSTERS, RESERVED_POLNEAR  # siblings: scripts
from trust_items import DEFAULT_DATA_DIR, multinews_clusters

#: The rows an editor reads.
TOP = 10
#: Every apostrophe or single-quote form a source may type, straight, curly, grave, acute, modifier letter.
MARKS = "’‘'`´ʼ\"“”"
#: A mark the name ends or opens with, or a possessive ending: residue, not the name's own apostrophe ("O’Malley").
_RESIDUE = re.compile(rf"^[{MARKS}]|[{MARKS}]s?$")
#: Party words the tagger calls ``NORP`` that name a body (the entity stage makes them ``ORG`` on purpose).
PARTY_WORDS = frozenset("republican republicans democrat democrats conservatives labour tories tory liberals".split())


def group_words() -> frozenset[str]:
    """The lexicon's nationality/group words where this version has them (an older one has none)."""
    try:
        from newsbrief.text.lexicon import GROUP_WORDS
    except ImportError:
        return frozenset()
    return frozenset(GROUP_WORDS)


def read_story(articles: list[Article]) -> tuple[list, Counter[tuple[str, str]]]:
    """The first :data:`TOP` entities of one story and the tagger's (word, label) counts of its one-word spans."""
    cleaned, _ = clean_articles(articles)
    if not cleaned:
        return [], Counter()
    spans = [[(s.start, s.end) for s in split_sentences(a)] for a in cleaned]
    docs = list(parse_sentences(load_nlp(), (a.text for a in cleaned), spans))
    tags = Counter((e.text.lower(), e.label_) for d in docs for e in d.ents if " " not in e.text)
    return list(extract_entities(cleaned, docs))[:TOP], tags


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    ap.add_argument("--clusters", type=int, default=120, help="free val_raw clusters to read (seeded draw)")
    ap.add_argument("--polnear", type=int, default=300, help="PolNeAR train articles to read (seeded draw)")
    ap.add_argument("--out", type=Path, help="write the flagged rows (names only) as JSON here")
    args = ap.parse_args()
    pool = sorted((c for c in multinews_clusters(args.data) if c.id not in BLIND_CLUSTERS), key=lambda c: c.id)
    stories: list[tuple[str, list[Article]]] = [
        (c.id, list(c.articles)) for c in random.Random(19).sample(pool, min(args.clusters, len(pool)))
    ]
    rows = []
    with (args.data / "polnear" / "polnear_articles_train.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row["id"] not in RESERVED_POLNEAR:
                rows.append(row)
    for row in random.Random(19).sample(rows, min(args.polnear, len(rows))):
        stories.append((row["id"], [Article(id=row["id"], text=row["text"])]))
    groups = group_words()
    tables = []
    tags: Counter[tuple[str, str]] = Counter()
    for sid, arts in stories:
        top, story_tags = read_story(arts)
        tables.append((sid, top))
        tags += story_tags
    by_word: dict[str, Counter[str]] = {}
    for (word, label), n in tags.items():
        by_word.setdefault(word, Counter())[label] += n
    norp_like = {w for w, c in by_word.items() if c["NORP"] * 2 > sum(c.values())} | {w.lower() for w in groups}
    residue, norp, shown = [], [], 0
    for sid, top in tables:
        for e in top:
            shown += 1
            if any(_RESIDUE.search(n) for n in (e.name, *e.aliases)):
                residue.append((sid, e.name, e.label, [a for a in e.aliases if _RESIDUE.search(a)]))
            if e.label in {"PERSON", "ORG", "GPE"} and e.name.lower() in norp_like - PARTY_WORDS:
                norp.append((sid, e.name, e.label))
    print(f"stories {len(stories)} ({sum(s.startswith('multinews') for s, _ in stories)} val_raw), rows {shown}")
    print(f"residue rows {len(residue)}; NORP-like PERSON/ORG/GPE rows {len(norp)}")
    for r in residue:
        print("  residue", r)
    for r in norp:
        print("  norp", r)
    if args.out:
        every = [(sid, e.name, e.label, list(e.aliases)) for sid, top in tables for e in top]
        args.out.write_text(json.dumps({"residue": residue, "norp": norp, "rows": every}, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
