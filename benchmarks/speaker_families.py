"""Family mix-ups on PolNeAR: a full name given to another member of a same-surname family (issue 11).

The PolNeAR scorer (``quotes.same_speaker``) matches speakers by their last word, so it counts "Hillary
Clinton" right where the text's speaker is Bill Clinton: this script counts exactly that error. For each
predicted quote matched to a gold quote (``quotes.match``: character Jaccard >= 0.8, one-to-one) with a
speaker, honorifics and titles dropped (``quotes._norm``), one row for sources the text names as a full name
at the quote, one for those PolNeAR's coreference resolved to a full name (where the text says "Trump" or
"she": noisy, the data README found about half right, but it is where the family's full names are):

- *family quote*: the gold speaker is a full name (2+ words) whose surname two or more people of the article
  bear (the article's PERSON entities grouped into people by ``same_person.people_of``);
- *right full name*: our speaker is a full name of the same person (``same_person.same_person``);
- *bare surname*: our speaker is the surname alone (the text did not decide which family member spoke);
- *mix-up*: our speaker is a full name with the gold's surname and another given name, both names being
  PERSON names of the article (so "Iowa Democrat" for "New Hampshire Democrat" is no family); counted over
  every matched quote, family or not, and split by whether the brief shows the quote (``quotes.in_brief``).

Run: ``python benchmarks/speaker_families.py [--split train] [--cache DIR] [--list]`` (``--cache`` reads or
writes the DocBin parses as ``speaker_ranker.py`` does; ``--list`` prints each mix-up's article id, offset and
the two names). Train is the development set; the test split is never read. A checkout's ``src`` first on
``PYTHONPATH`` measures that checkout.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import quotes_polnear as polnear
from newsbrief.analyse.quotes import extract_quotes, in_brief
from newsbrief.analyse.same_person import people_of, same_person
from quotes import DATA, _norm, match, polnear_items
from speaker_ranker import docs_of

ROWS = ("named in the text", "resolved by coreference")
COLUMNS = ("family quotes", "right full name", "bare surname", "other speaker", "none", "mix-ups", "mix-ups in brief")


def _person_names(doc) -> list[list[str]]:
    """The article's PERSON entities, each as its normalised words (titles dropped)."""
    return [w for ent in doc.ents if ent.label_ == "PERSON" and (w := _norm(ent.text))]


def _named(words: list[str], people: list[list[str]]) -> bool:
    """Whether a full name is one of the article's people: an entity ends with it, or it ends with one of 2+ words."""
    return any(p[-len(words) :] == words or (len(p) > 1 and words[-len(p) :] == p) for p in people)


def _families(people: list[list[str]]) -> set[str]:
    """Surnames that two or more distinct people of the article bear."""
    forms: dict[str, Counter[str]] = {}
    for p in people:
        forms.setdefault(p[-1], Counter())[" ".join(p)] += 1
    return {surname for surname, c in forms.items() if len(people_of(c)) > 1}


def tally(items: list, docs: list, listing: bool = False) -> dict[str, Counter[str]]:
    """The table's counts over one split, by row (and the mix-ups printed when ``listing``)."""
    table: dict[str, Counter[str]] = {row: Counter() for row in ROWS}
    for (article, _, gold), doc in zip(items, docs, strict=True):
        pred = list(extract_quotes(article, doc))
        people = _person_names(doc)
        families = _families(people)
        gdicts = [{"start": g.start, "end": g.end, "g": g} for g in gold]
        for q, gd in match(pred, gdicts):
            g = gd["g"]
            if not g.speaker:
                continue
            out = table[ROWS[0] if g.resolved_by == "text" else ROWS[1]]
            gw, pw = _norm(g.speaker), _norm(q.speaker or "")
            if len(gw) < 2:
                continue
            family = gw[-1] in families
            if family:
                out["family quotes"] += 1
            if not pw:
                out["none"] += family
                continue
            same_surname = pw[-1] == gw[-1]
            if same_surname and len(pw) > 1 and not same_person(" ".join(gw), " ".join(pw)):
                if _named(gw, people) and _named(pw, people):
                    out["mix-ups"] += 1
                    out["mix-ups in brief"] += in_brief(q)
                    if listing:
                        print(
                            f"  {article.id} {q.start} gold {g.speaker!r} ({g.resolved_by}) ours {q.speaker!r}"
                            f" brief {in_brief(q)}"
                        )
                else:
                    out["other speaker"] += family
                continue
            if family:
                if same_surname and len(pw) == 1:
                    out["bare surname"] += 1
                elif same_surname:
                    out["right full name"] += 1
                else:
                    out["other speaker"] += 1
    return table


def items_of(data: Path, split: str) -> list:
    """The split's articles and gold quotes as ``quotes.py`` reads them: the lead's reserved train articles left out
    (``--list`` prints mix-ups one by one; in session 19 it showed a reserved article to a helper tuning a rule)."""
    return polnear_items(data, split)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--split", choices=polnear.SPLITS, default="train")
    ap.add_argument("--cache", type=Path, default=None, help="directory for DocBin parses (outside the repo)")
    ap.add_argument("--list", action="store_true", help="print each mix-up (article id, offset, names)")
    args = ap.parse_args(argv)
    if not (args.data / "polnear").is_dir():
        print(f"no PolNeAR at {args.data / 'polnear'}; see ../shared/data/README.md", file=sys.stderr)
        return 2
    items = items_of(args.data, args.split)
    counts = tally(items, docs_of(args.split, items, args.cache), args.list)
    print(f"\nPolNeAR {args.split}: {len(items)} articles (reserved left out)\n")
    print("| gold speaker | " + " | ".join(COLUMNS) + " |")
    print("|" + "---|" * (len(COLUMNS) + 1))
    for row in ROWS:
        print(f"| {row} | " + " | ".join(str(counts[row][c]) for c in COLUMNS) + " |")
    total = sum((counts[row] for row in ROWS), Counter())
    print("| **all** | " + " | ".join(f"**{total[c]}**" for c in COLUMNS) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
