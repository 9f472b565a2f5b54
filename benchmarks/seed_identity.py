"""Do briefs depend on Python's hash seed? (issue 10: numbers a reviewer can reproduce.)

Python salts the hash of every ``str`` per process (``PYTHONHASHSEED``), so a set of strings, or a dict filled
from one, iterates in another order in each process. A brief must not follow that order. This script briefs
the Multi-News ``val_raw.jsonl`` clusters (the lead's reserved ones left out) at 300 words, analysis off
(``--off`` of them) and on (the seeds and ``--on`` of them), once in a fresh process per hash seed, and counts the
briefs whose JSON differs between the seeds::

    python benchmarks/seed_identity.py --seeds 0 1 7            # all val_raw clusters, analysis off
    python benchmarks/seed_identity.py --seeds 0 1 7 --off 0 --on 20
    python benchmarks/seed_identity.py --seeds 0 1 --off 0 --duc 3 --task5 2 --polnear 3   # other data, analysis on

``--duc`` briefs the first DUC 2004 task 2 clusters, ``--task5`` the first task 5 topics and ``--polnear`` groups of
PolNeAR train articles on one story (``summary_junk``: the reserved topics and articles left out), all with the
analysis on, where the quotes, timeline, conflicts and support lists are built.

Each process writes its briefs into ``--keep/seed-N/`` (``diff`` two of them to see what moved). Exits 1 if any
brief differs.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"


def other_stories(n_duc: int, n_task5: int, n_polnear: int) -> list[tuple[str, list]]:
    """(name, articles) of the first DUC 2004 task 2 clusters, task 5 topics and PolNeAR train groups, none reserved."""
    from newsbrief import read_clusters
    from newsbrief.model import Article

    sys.path.insert(0, str(REPO / "benchmarks"))
    from summary_junk import duc_groups, polnear_groups  # both leave benchmarks/reserved.py's out

    def article(r: dict) -> Article:
        return Article(id=r["id"], text=r["text"], title=r.get("title"), published=r.get("published"))

    stories = [(c.id, c.articles) for c in list(read_clusters(DATA / "duc2004" / "task2.jsonl"))[:n_duc]]
    stories += [
        (f"task5-{k}", [article(r) for r in g]) for k, g in enumerate(duc_groups(DATA, n_task5) if n_task5 else [])
    ]
    groups = polnear_groups(DATA, n_polnear) if n_polnear else []
    return stories + [(f"polnear-{k}", [article(r) for r in g]) for k, g in enumerate(groups)]


def briefs(n_off: int, n_on: int, words: int, others: tuple[int, int, int] = (0, 0, 0)) -> Iterator[tuple[str, str]]:
    """(name, JSON brief) for each story and analysis setting, in a fixed order."""
    from newsbrief import BriefConfig, Briefer, read_articles, read_clusters
    from newsbrief.render import render

    sys.path.insert(0, str(REPO / "benchmarks"))
    from reserved import BLIND_CLUSTERS  # the lead's blind reading: never briefed here

    clusters = [c for c in read_clusters(DATA / "multinews" / "val_raw.jsonl") if c.id not in BLIND_CLUSTERS]
    for analysis, n in ((False, n_off), (True, n_on)):
        if not n and not analysis:
            continue
        briefer = Briefer(BriefConfig(words=words, analysis=analysis))
        stories = [(c.id, c.articles) for c in clusters[:n]]
        if analysis:
            stories.insert(0, ("seeds", read_articles(DATA / "seeds")))
            stories += other_stories(*others)
        for story_id, articles in stories:
            yield f"{'on' if analysis else 'off'}-{story_id}", render(briefer(articles), "json")


def write(directory: Path, n_off: int, n_on: int, words: int, others: tuple[int, int, int] = (0, 0, 0)) -> None:
    """Brief in this process and write each brief and an index of their SHA-256 into ``directory``."""
    logging.getLogger("newsbrief").setLevel(logging.ERROR)  # skipped-article notes are not results
    directory.mkdir(parents=True, exist_ok=True)
    index = {}
    for name, doc in briefs(n_off, n_on, words, others):
        (directory / f"{name}.json").write_text(doc, encoding="utf-8")
        index[name] = hashlib.sha256(doc.encode("utf-8")).hexdigest()
    (directory / "index.json").write_text(json.dumps(index, indent=0), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 7], help="PYTHONHASHSEED values")
    parser.add_argument("--off", type=int, default=10_000, help="val_raw clusters briefed with the analysis off")
    parser.add_argument("--on", type=int, default=0, help="val_raw clusters briefed with the analysis on (+ seeds)")
    parser.add_argument("--words", type=int, default=300)
    parser.add_argument("--duc", type=int, default=0, help="DUC 2004 task 2 clusters briefed, analysis on")
    parser.add_argument("--task5", type=int, default=0, help="DUC 2004 task 5 topics briefed, analysis on")
    parser.add_argument("--polnear", type=int, default=0, help="PolNeAR train groups briefed, analysis on")
    parser.add_argument("--keep", type=Path, default=Path("/tmp/seed_identity"), help="where the briefs go")
    parser.add_argument("--write", type=Path, help=argparse.SUPPRESS)  # one seed's process
    args = parser.parse_args(argv)
    if not (DATA / "multinews" / "val_raw.jsonl").is_file():
        print(f"data not found under {DATA} (expected ../shared/data beside the repo)", file=sys.stderr)
        return 2
    if args.write is not None:
        write(args.write, args.off, args.on, args.words, (args.duc, args.task5, args.polnear))
        return 0
    import newsbrief

    print(f"source: {Path(newsbrief.__file__).parent}", flush=True)
    indexes = {}
    for seed in args.seeds:
        out = args.keep / f"seed-{seed}"
        command = [sys.executable, __file__, "--write", str(out), "--off", str(args.off), "--on", str(args.on)]
        command += ["--words", str(args.words), "--duc", str(args.duc), "--task5", str(args.task5)]
        command += ["--polnear", str(args.polnear)]
        subprocess.run(command, check=True, env={**os.environ, "PYTHONHASHSEED": str(seed)})
        indexes[seed] = json.loads((out / "index.json").read_text(encoding="utf-8"))
        print(f"seed {seed}: {len(indexes[seed])} briefs in {out}", flush=True)
    first = indexes[args.seeds[0]]
    differ = [name for name in first if len({index.get(name) for index in indexes.values()}) > 1]
    for setting in ("off", "on"):
        names = [n for n in first if n.startswith(f"{setting}-")]
        if names:
            n_differ = sum(n.startswith(f"{setting}-") for n in differ)
            print(f"analysis {setting}: {n_differ} of {len(names)} briefs differ across seeds {args.seeds}")
    for name in differ:
        print(f"  differs: {name}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
