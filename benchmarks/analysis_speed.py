"""What the analysis adds to the brief of the seeds, warm: this tree against another, alternating (issue 14).

Each measurement runs in a fresh process (``--before-src``: that source tree on ``PYTHONPATH``, e.g. a
``git archive`` of main; else this tree), which loads spaCy, briefs the seeds once to warm up, then briefs
them ``--briefs`` times with analysis and as many without, interleaved, and reports the medians (wall and
CPU seconds of this process). The sides alternate over ``--rounds`` rounds (before, after, after, before, ...),
so that both see the same load on a shared machine; the table gives each side's median over the rounds and
the median of the per-round ratios after / before, with the load average at the start and end.

``--equal N`` first checks that both sides give byte-identical JSON briefs (analysis on) of the seeds and the
first N clusters of Multi-News ``val_raw.jsonl``.

    git archive main src | tar -x -C /tmp/base
    python benchmarks/analysis_speed.py --before-src /tmp/base/src --rounds 6 --equal 20 [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"


def child(briefs: int, equal: int | None, data: Path = DATA) -> dict[str, object]:
    """The measurement in this process (run with ``--child``)."""
    import hashlib
    import logging
    import time

    import newsbrief
    from newsbrief import BriefConfig, Briefer, read_articles, read_clusters
    from newsbrief.render import render

    logging.getLogger("newsbrief").setLevel(logging.ERROR)  # skipped-article notes are not results
    seeds = read_articles(data / "seeds")
    on, off = Briefer(BriefConfig()), Briefer(BriefConfig(analysis=False))
    if equal is not None:
        items = [seeds] + [c.articles for c in list(read_clusters(data / "multinews" / "val_raw.jsonl"))[:equal]]
        hashes = [hashlib.sha256(render(on(arts), "json").encode()).hexdigest() for arts in items]
        return {"source": newsbrief.__file__, "hashes": hashes}
    on(seeds)
    off(seeds)
    times: dict[str, list[tuple[float, float]]] = {"on": [], "off": []}
    for _ in range(briefs):
        for name, briefer in (("on", on), ("off", off)):
            wall, cpu = time.perf_counter(), time.process_time()
            briefer(seeds)
            times[name].append((time.perf_counter() - wall, time.process_time() - cpu))
    med = {
        f"{name}_{kind}": statistics.median(t[i] for t in ts)
        for name, ts in times.items()
        for i, kind in enumerate(("wall", "cpu"))
    }
    return {"source": newsbrief.__file__, **med}


def run_side(src: Path | None, briefs: int, equal: int | None = None, data: Path = DATA) -> dict[str, object]:
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = str(src)
    cmd = [sys.executable, __file__, "--child", "--briefs", str(briefs), "--data", str(data)]
    if equal is not None:
        cmd += ["--equal", str(equal)]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"child failed ({src or 'this tree'}):\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before-src", type=Path, default=None, help="source tree of 'before' (e.g. a main export)")
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--briefs", type=int, default=5, help="warm briefs per side and setting in one process")
    parser.add_argument("--equal", type=int, default=None, help="first compare the JSON briefs of N val_raw clusters")
    parser.add_argument("--data", type=Path, default=DATA, help="the shared data directory (seeds, multinews)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    data = args.data.resolve()
    if not (data / "seeds").is_dir():
        print(f"data not found: {data / 'seeds'} (give --data, or put shared/data beside the repo)", file=sys.stderr)
        return 2
    if args.child:
        print(json.dumps(child(args.briefs, args.equal, data)))
        return 0
    sides = {"after": None}
    if args.before_src is not None:
        sides = {"before": args.before_src.resolve(), "after": None}
    if args.equal is not None and len(sides) == 2:
        got = {name: run_side(src, args.briefs, args.equal, data) for name, src in sides.items()}
        same = sum(a == b for a, b in zip(got["before"]["hashes"], got["after"]["hashes"], strict=True))
        print(f"byte-identical JSON briefs (analysis on), seeds + {args.equal} val_raw: {same} of {args.equal + 1}")
        print(f"(before: {got['before']['source']}; after: {got['after']['source']})")
    rows: dict[str, list[dict[str, object]]] = {name: [] for name in sides}
    load_start = os.getloadavg()[0]
    for r in range(args.rounds):
        order = list(sides) if r % 2 == 0 else list(reversed(sides))
        for name in order:
            rows[name].append(run_side(sides[name], args.briefs, data=data))
    load_end = os.getloadavg()[0]

    def adds(row: dict[str, object], kind: str) -> float:
        return float(row[f"on_{kind}"]) - float(row[f"off_{kind}"])  # type: ignore[arg-type]

    print(
        f"\nseeds, warm, median of {args.briefs} briefs per process, {args.rounds} alternating rounds; "
        f"load average {load_start:.1f} -> {load_end:.1f}\n"
    )
    print("| side | brief with analysis s (wall / CPU) | without s (wall / CPU) | analysis adds s (wall / CPU) |")
    print("|---|---|---|---|")
    for name, rs in rows.items():
        m = {k: statistics.median(float(r[k]) for r in rs) for k in ("on_wall", "on_cpu", "off_wall", "off_cpu")}
        wall = statistics.median(adds(r, "wall") for r in rs)
        cpu = statistics.median(adds(r, "cpu") for r in rs)
        print(
            f"| {name} | {m['on_wall']:.3f} / {m['on_cpu']:.3f} | {m['off_wall']:.3f} / {m['off_cpu']:.3f} "
            f"| {wall:.3f} / {cpu:.3f} |"
        )
    if len(rows) == 2:
        for kind in ("wall", "cpu"):
            ratios = [adds(a, kind) / adds(b, kind) for a, b in zip(rows["after"], rows["before"], strict=True)]
            print(
                f"\nanalysis adds, after / before ({kind}), median of {len(ratios)} rounds: "
                f"{statistics.median(ratios):.2f} (rounds: {', '.join(f'{x:.2f}' for x in ratios)})"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
