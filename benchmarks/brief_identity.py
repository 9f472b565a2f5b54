"""Byte-identity of briefs before and after a change that must not change any output (issue 14).

A speed change to the brief path is only a speed change if every brief stays the same. This script renders
the JSON brief of the seeds and of Multi-News ``val_raw.jsonl`` clusters for each splitter (pySBD, nupunkt),
with the analysis off (the seeds and ``--off`` clusters) and on (the seeds, ``--on`` clusters and the first
``--duc`` DUC 2004 task 2 clusters: newswire, whose datelines the analysis reads), and either writes them to a
directory or compares them with one written before. The lead's reserved clusters (``reserved.BLIND_CLUSTERS``)
are left out of the val_raw ones (review31: ``--off 150`` wrote six of them as briefs):

    git archive main src | tar -x -C /tmp/base
    PYTHONPATH=/tmp/base/src python benchmarks/brief_identity.py --write /tmp/briefs-before
    python benchmarks/brief_identity.py --check /tmp/briefs-before

``--polnear N`` adds the first N PolNeAR dev articles (analysis on, one story each; the reserved ones left out),
``--splitters nupunkt`` briefs with one splitter, and ``--on-from K`` skips the first K analysis-on clusters, so a
long run can be written in parts (two ``--write`` runs, base and change, compared file by file with ``cmp``).

``--check`` prints how many briefs are byte-identical, names the first ones that are not, and exits 1 if any
differs (smaller ``--off``/``--on`` than at ``--write`` check a part, for a quick look while working). The
source tree in use is printed, so a ``PYTHONPATH`` that did not take is seen.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
SPLITTERS = ("pysbd", "nupunkt")


def briefs(
    n_off: int,
    n_on: int,
    n_duc: int = 0,
    n_polnear: int = 0,
    splitters: tuple[str, ...] = SPLITTERS,
    on_from: int = 0,
) -> Iterator[tuple[str, str]]:
    """(name, JSON brief) for every splitter, analysis setting and story, in a fixed order."""
    from newsbrief import BriefConfig, Briefer, read_articles, read_clusters
    from newsbrief.render import render

    sys.path.insert(0, str(REPO / "benchmarks"))
    from reserved import BLIND_CLUSTERS, BLIND_TOPICS, RESERVED_POLNEAR  # never written out as briefs here

    seeds = read_articles(DATA / "seeds")
    clusters = [c for c in read_clusters(DATA / "multinews" / "val_raw.jsonl") if c.id not in BLIND_CLUSTERS]
    duc = [c for c in read_clusters(DATA / "duc2004" / "task2.jsonl") if c.id not in BLIND_TOPICS][:n_duc]
    polnear = _polnear_dev(RESERVED_POLNEAR)[:n_polnear]
    for splitter in splitters:
        for analysis, n in ((False, n_off), (True, n_on)):
            briefer = Briefer(BriefConfig(words=300, analysis=analysis, splitter=splitter))
            first = on_from if analysis else 0  # a later part of the analysis-on clusters alone (a run in parts)
            stories = [("seeds", seeds)] + [(c.id, c.articles) for c in clusters[first:n]]
            stories += [(f"duc-{c.id}", c.articles) for c in duc] if analysis else []
            stories += [(f"polnear-{a.id}", [a]) for a in polnear] if analysis else []
            for story_id, articles in stories:
                name = f"{splitter}-{'on' if analysis else 'off'}-{story_id}"
                yield name, render(briefer(articles), "json")


def _polnear_dev(reserved: frozenset[str]) -> list:
    """PolNeAR dev articles (one story each: opinion and politics, whose quotes the analysis reads), reserved out."""
    from newsbrief.model import Article

    lines = (DATA / "polnear" / "polnear_articles_dev.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    return [Article(id=r["id"], text=r["text"]) for r in rows if r["id"] not in reserved]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--write", type=Path, help="write the briefs into this directory")
    what.add_argument("--check", type=Path, help="compare the briefs with those written into this directory")
    parser.add_argument("--off", type=int, default=250, help="val_raw clusters briefed with the analysis off")
    parser.add_argument("--on", type=int, default=40, help="val_raw clusters briefed with the analysis on")
    parser.add_argument("--duc", type=int, default=0, help="DUC 2004 task 2 clusters briefed with the analysis on")
    parser.add_argument("--polnear", type=int, default=0, help="PolNeAR dev articles briefed with the analysis on")
    parser.add_argument("--on-from", type=int, default=0, help="skip this many val_raw clusters of the --on ones")
    parser.add_argument("--splitters", default=",".join(SPLITTERS), help="comma-separated splitters to brief with")
    args = parser.parse_args(argv)
    if not (DATA / "seeds").is_dir():
        print(f"data not found: {DATA / 'seeds'} (expected ../shared/data beside the repo)", file=sys.stderr)
        return 2
    import newsbrief

    logging.getLogger("newsbrief").setLevel(logging.ERROR)  # skipped-article notes are not results
    print(f"source: {Path(newsbrief.__file__).parent}", flush=True)
    if args.write is not None:
        args.write.mkdir(parents=True, exist_ok=True)
        names = []
        for name, doc in briefs(
            args.off, args.on, args.duc, args.polnear, tuple(args.splitters.split(",")), args.on_from
        ):
            (args.write / f"{name}.json").write_text(doc, encoding="utf-8")
            names.append(name)
        (args.write / "index.json").write_text(json.dumps(names), encoding="utf-8")
        print(f"wrote {len(names)} briefs to {args.write}")
        return 0
    expected = json.loads((args.check / "index.json").read_text(encoding="utf-8"))
    got = dict(briefs(args.off, args.on, args.duc, args.polnear, tuple(args.splitters.split(",")), args.on_from))
    missing = sorted(set(got) - set(expected))
    if missing:
        print(f"{len(missing)} briefs were not written into {args.check} (more --off/--on than then?): {missing[0]}")
        return 1
    differ = [n for n in got if got[n] != (args.check / f"{n}.json").read_text(encoding="utf-8")]
    print(f"byte-identical JSON briefs: {len(got) - len(differ)} of {len(got)} ({len(expected)} written)")
    for name in differ[:10]:
        print(f"  differs: {name}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
