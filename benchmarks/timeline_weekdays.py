"""Weekdays against a story's day: the nearest such day, or the next one in a future clause (issue 12).

Multi-News articles carry no date: a weekday is resolved against the story's latest agreed day, which is on
or before the day the article was written. The Multi-News labels hold no weekday in a future clause, so the
rule is checked on the DUC labels, whose articles carry their dates: each article is anchored ``k`` days
*before* its own date (k = 0..3, as a story's day may precede the writing), every labelled weekday ("on
Monday", not "last"/"next") is read with ``around=True``, and the nearest-day rule is compared with the rule
of :func:`newsbrief.text.dates.parse_date` (future clause: next such day on or after the anchor), by the
clause's tense (:func:`newsbrief.analyse._event_rules.clause_tense`).

Run: ``python benchmarks/timeline_weekdays.py [--part dev|heldout]`` (needs ``../shared/data``).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from datetime import timedelta
from pathlib import Path

import newsbrief.analyse.timeline as timeline_module
from newsbrief.text import date_values, dates

sys.path.insert(0, str(Path(__file__).resolve().parent))
import timeline as bench

SHIFTS = (0, 1, 2, 3)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("dev", "heldout"), default="dev")
    args = parser.parse_args(argv)
    seen: list[tuple[str, object, object]] = []
    parse = timeline_module.parse_date

    def spy(text: str, anchor, *, tense=None, around=False):  # type: ignore[no-untyped-def]
        m = date_values._WEEKDAY_EXPR.match(dates.normalise(text))
        if anchor is not None and m is not None and m[1] not in {"last", "next"}:
            seen.append((text, anchor, tense))
        return parse(text, anchor, tense=tense, around=around)

    timeline_module.parse_date = spy  # type: ignore[assignment]
    counts: Counter[tuple[str, int, str]] = Counter()
    for group in (g for g in bench.load_gold() if g.source == "duc2004" and g.part == args.part):
        seen.clear()
        bench.timeline_of(group)
        raw = {a.id: a.text for a in group.articles}
        labelled: dict[str, set[str]] = {}
        for x in group.labels:
            if x.event and x.date:
                labelled.setdefault(raw[x.doc][x.start : x.end], set()).add(x.date)
        for text, anchor, tense in seen:
            right = labelled.get(text, set())
            if len(right) != 1:
                continue  # the same words with two labelled dates in the group: not one answer
            for k in SHIFTS:
                day = anchor - timedelta(days=k)  # type: ignore[operator]
                counts[(str(tense), k, "n")] += 1
                counts[(str(tense), k, "nearest")] += parse(text, day, around=True).iso in right
                counts[(str(tense), k, "rule")] += parse(text, day, tense=tense, around=True).iso in right
    print(f"DUC {args.part}: labelled weekdays, each article anchored k days before its own date, around=True\n")
    print("| clause | anchor | weekdays | nearest day right | rule right |")
    print("|---|---|---|---|---|")
    for tense in ("future", "past", "None"):
        for k in SHIFTS:
            n = counts[(tense, k, "n")]
            print(f"| {tense} | -{k} d | {n} | {counts[(tense, k, 'nearest')]} | {counts[(tense, k, 'rule')]} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
