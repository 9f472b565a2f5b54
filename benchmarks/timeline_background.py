"""Story events vs background: what a split of the timeline by evidence relative to the story would do to
each label set (issue 12, item 2): the variants measured in session 6 before the split was adopted (the brief's
own rule, the third variant, is :mod:`newsbrief.analyse.background`; this script scores every variant on the
entries before any is marked).

The session-5 reading counted a story's history as noise (a church's history 1830-2004 in a story about a
2018 vote); the timeline labels count it as events ("background events count", tests/data/README.md). This
script shows, per label set, what the default timeline would keep if entries with evidence of background
went to a collapsed part: an entry is **background** when a single source reports it, and it ends more than
``months`` months before the story's dated core (the days and weeks within 60 days of the latest day or week
that two sources report or that a relative date resolved against an article's or the story's day gives: an
encyclopedia's "April 6, 1830" alone is no day of the story); with ``coarse`` only year and month entries can
be background (a day is rarely told as history); with ``no_core`` a story with no such day puts its
single-source year and month entries in the background. Precision and recall are those of
``benchmarks/timeline.py`` over the story part only (a labelled event shown under background counts as missed),
and ``background`` says how many entries moved and how many of them the labels call events with that date.

Run: ``python benchmarks/timeline_background.py [--part dev|heldout]`` (every variant of :data:`VARIANTS`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dateutil.relativedelta import relativedelta

sys.path.insert(0, str(Path(__file__).resolve().parent))
import timeline as bench
from newsbrief.analyse.background import story_core, value_bounds
from newsbrief.model import Event


def background(events: tuple[Event, ...], months: int, coarse: bool, no_core: bool) -> set[int]:
    """Indices of the entries that evidence puts in the story's background (see the module docstring)."""
    core = story_core(events)
    out = set()
    for i, e in enumerate(events):
        b = value_bounds(e)
        if b is None or len(e.article_ids) > 1 or (coarse and e.precision not in {"year", "month"}):
            continue
        if core is None:
            if no_core and e.precision in {"year", "month"}:
                out.add(i)
        elif b[1] < core - relativedelta(months=months):
            out.add(i)
    return out


#: (months, coarse, no_core) of each variant scored; the first is the broadest rule.
VARIANTS = ((1, False, False), (1, True, False), (1, True, True), (12, True, True))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("dev", "heldout"), default="dev")
    args = parser.parse_args(argv)
    groups = [g for g in bench.load_gold() if g.part == args.part]
    full = {g.id: bench.timeline_of(g) for g in groups}  # parsed once, split by each variant
    parts = sorted({f"{g.source} {g.part}" for g in groups})
    shown_all = {p: bench.Scores() for p in parts}
    bench.timeline_of = lambda group, splitter=None: full[group.id]  # type: ignore[assignment]
    bench.score(groups, shown_all)
    print(
        "| background rule | part | shown (all) | precision | recall | story part shown | precision | recall "
        "| background | of them labelled events with that date |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    for months, coarse, no_core in VARIANTS:
        rule = f"one source, > {months} mo before core"
        rule += ", year/month only" if coarse else ""
        rule += ", no core: years/months" if no_core else ""
        moved: dict[str, int] = {}

        def story_part(
            group: bench.Group,
            splitter: str | None = None,
            *,
            v: tuple = (months, coarse, no_core),
            moved: dict[str, int] = moved,
        ) -> tuple:
            cleaned, events = full[group.id]
            bg = background(events, *v)
            moved[group.id] = len(bg)
            return cleaned, tuple(e for i, e in enumerate(events) if i not in bg)

        bench.timeline_of = story_part  # type: ignore[assignment]
        after = {p: bench.Scores() for p in parts}
        bench.score(groups, after)
        for p in parts:
            b, a = shown_all[p], after[p]
            n_bg = sum(moved[g.id] for g in groups if f"{g.source} {g.part}" == p)
            print(
                f"| {rule} | {p} | {b.shown} | {b.precision:.1%} | {b.recall:.1%} ({b.found}/{b.events}) | {a.shown} "
                f"| {a.precision:.1%} | {a.recall:.1%} ({a.found}/{a.events}) | {n_bg} | {b.correct - a.correct} |"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
