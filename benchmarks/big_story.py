"""A huge story, and sparse against dense similarity (issue 14, target 3): time, peak RSS, identical output.

Two measurements, each run in fresh subprocesses so that peak RSS (``ru_maxrss``) is the brief's own, with the
code under test (this tree) and, for "before", another source tree given by ``--before-src`` (e.g. a checkout
of main) on ``PYTHONPATH``, in the same run:

- ``--story``: one story of ``--articles`` articles (default 1,000): every document of Multi-News
  ``val_raw.jsonl`` (690), then documents of ``val_truncated.jsonl`` from clusters not in val_raw, until the
  count is reached. Many stories glued into one is the worst case for support and facts (every sentence is
  compared with ~30,000). ``--max-aligned N`` sets ``BriefConfig.max_aligned_sentences`` for both sides.
- ``--stage``: only what target 3 changes, support + facts (``support_matrix``, ``align_facts``,
  ``unique_facts``) on the cleaned, split sentences of that story, without spaCy: where the dense n x n was.
- ``--equal``: brief the first ``--limit`` clusters of ``val_raw.jsonl`` (analysis on) on both sides and
  compare the JSON renders byte for byte.

    python benchmarks/big_story.py --story --before-src ../main/src --no-analysis
    python benchmarks/big_story.py --story --before-src ../main/src --max-aligned 100000
    python benchmarks/big_story.py --stage --before-src ../main/src --articles 300
    python benchmarks/big_story.py --equal --before-src ../main/src --limit 250
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "multinews"

_CHILD = r"""
import hashlib, json, resource, sys, time
from newsbrief import BriefConfig, Briefer, read_clusters
from newsbrief.model import Article
from newsbrief.render import render

args = json.loads(sys.stdin.read())
if args["mode"] == "stage":
    from newsbrief.compare.facts import align_facts, unique_facts
    from newsbrief.compare.support import support_matrix
    from newsbrief.pipeline import clean_articles
    from newsbrief.text.split import split_sentences

    articles, _ = clean_articles([Article(f"a{i}", text) for i, text in enumerate(args["texts"])])
    sentences = [s for a in articles for s in split_sentences(a)]
    eligible = [True] * len(sentences)
    start = time.perf_counter()
    same = support_matrix(sentences)
    facts = align_facts(sentences, same, threshold=0.87, eligible=eligible)
    facts += unique_facts(sentences, same, threshold=0.87, eligible=eligible)
    seconds = time.perf_counter() - start
    digest = hashlib.sha256(repr(facts).encode()).hexdigest()[:12]
    print(json.dumps({"seconds": seconds, "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                      "facts": len(facts), "warnings": [f"{len(sentences):,} sentences, facts {digest}"]}))
elif args["mode"] == "story":
    import threading
    import psutil
    import newsbrief.analysis as analysis_module

    # stages by the calls they start with: the summary path, then analyse() (spaCy: parse, quotes, entities,
    # timeline) until align_facts (facts, conflicts), then what follows analyse(); a thread samples the RSS of
    # this process and any it starts, and keeps each stage's peak (ru_maxrss stays the overall figure)
    stage = ["summary"]
    times, peaks = {}, {}
    started = [time.perf_counter()]
    me = psutil.Process()

    def mark(name):
        now = time.perf_counter()
        times[stage[0]] = times.get(stage[0], 0.0) + now - started[0]
        stage[0], started[0] = name, now

    def tree_rss():
        total = 0
        for p in [me, *me.children(recursive=True)]:
            try:
                total += p.memory_info().rss
            except psutil.Error:
                pass
        return total

    stop = threading.Event()

    def sample():
        while not stop.is_set():
            rss = tree_rss()
            peaks[stage[0]] = max(peaks.get(stage[0], 0), rss)
            stop.wait(0.05)

    def wrap(name, after, function):
        def wrapped(*a, **k):
            mark(name)
            try:
                return function(*a, **k)
            finally:
                if after:
                    mark(after)
        return wrapped

    analysis_module.analyse = wrap("spacy", "after analysis", analysis_module.analyse)
    analysis_module.align_facts = wrap("facts", None, analysis_module.align_facts)
    articles = [Article(f"a{i}", text) for i, text in enumerate(args["texts"])]
    briefer = Briefer(BriefConfig(analysis=args["analysis"], max_aligned_sentences=args["max_aligned"]))
    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    start = started[0] = time.perf_counter()
    brief = briefer(articles)
    seconds = time.perf_counter() - start
    mark("done")
    stop.set()
    sampler.join()
    digest = hashlib.sha256(render(brief, "json").encode()).hexdigest()[:12]
    print(json.dumps({"seconds": seconds, "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                      "tree": max(peaks.values()) / 2**20, "facts": len(brief.facts),
                      "stages": {k: [times.get(k, 0.0), peaks.get(k, 0) / 2**20] for k in times},
                      "digest": digest, "warnings": list(brief.warnings)}))
else:
    briefer = Briefer(BriefConfig(words=args["words"]))
    out = []
    for n, cluster in enumerate(read_clusters(args["data"])):
        if n >= args["limit"]:
            break
        out.append(hashlib.sha256(render(briefer(cluster.articles), "json").encode()).hexdigest())
    print(json.dumps({"hashes": out}))
"""


def _run(src: Path | None, payload: dict) -> dict:
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = str(src)
    done = subprocess.run(
        [sys.executable, "-c", _CHILD],
        input=json.dumps(payload),
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"child failed ({src or 'this tree'}):\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def story_texts(n: int) -> list[str]:
    """``n`` article texts: all of val_raw, then val_truncated documents of clusters not in val_raw."""
    texts: list[str] = []
    raw_ids = set()
    with (DATA / "val_raw.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            cluster = json.loads(line)
            raw_ids.add(cluster["id"])
            texts.extend(d for d in cluster["documents"] if d.strip())
    with (DATA / "val_truncated.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            if len(texts) >= n:
                break
            cluster = json.loads(line)
            if cluster["id"] not in raw_ids:
                texts.extend(d for d in cluster["documents"] if d.strip())
    return texts[:n]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--story", action="store_true")
    parser.add_argument("--stage", action="store_true", help="only support + facts on the story's sentences")
    parser.add_argument("--equal", action="store_true")
    parser.add_argument("--before-src", type=Path, default=None, help="source tree of 'before' (e.g. ../main/src)")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--no-analysis", action="store_true")
    parser.add_argument("--max-aligned", type=int, default=None, help="BriefConfig.max_aligned_sentences, both sides")
    parser.add_argument("--limit", type=int, default=250)
    parser.add_argument("--words", type=int, default=250)
    args = parser.parse_args(argv)
    if not (DATA / "val_raw.jsonl").exists():
        print(f"data not found: {DATA} (expected ../shared/data beside the repo)", file=sys.stderr)
        return 2
    sides = [("before", args.before_src.resolve())] if args.before_src else []
    sides.append(("after", None))
    if args.story or args.stage:
        from newsbrief.config import BriefConfig

        texts = story_texts(args.articles)
        max_aligned = args.max_aligned if args.max_aligned is not None else BriefConfig().max_aligned_sentences
        mode = "stage" if args.stage else "story"
        payload = {"mode": mode, "texts": texts, "analysis": not args.no_analysis, "max_aligned": max_aligned}
        print("| side | articles | analysis | max_aligned_sentences | seconds | peak RSS MiB | facts | warnings |")
        print("|---|---:|---|---:|---:|---:|---:|---|")
        staged = []
        for label, src in sides:
            r = _run(src, payload)
            warnings = "; ".join(w for w in r["warnings"] if "sentences" in w) or "-"
            analysis = "stage only" if args.stage else "on" if payload["analysis"] else "off"
            print(
                f"| {label} | {len(texts):,} | {analysis} "
                f"| {'-' if args.stage else f'{max_aligned:,}'} "
                f"| {r['seconds']:,.1f} | {r['rss']:,.0f} | {r['facts']:,} | {warnings} |"
            )
            if "stages" in r:
                staged.append((label, r))
        if staged:
            print("\n| side | stage | seconds | sampled peak RSS MiB (process tree) |")
            print("|---|---|---:|---:|")
            for label, r in staged:
                for name, (seconds, peak) in r["stages"].items():
                    print(f"| {label} | {name} | {seconds:,.1f} | {peak:,.0f} |")
                print(f"| {label} | whole brief | {r['seconds']:,.1f} | {r['tree']:,.0f} |")
            print("\n" + "; ".join(f"{label}: JSON brief sha256 {r['digest']}" for label, r in staged))
    if args.equal:
        payload = {"mode": "equal", "data": str(DATA / "val_raw.jsonl"), "limit": args.limit, "words": args.words}
        hashes = {label: _run(src, payload)["hashes"] for label, src in sides}
        after = hashes["after"]
        if "before" in hashes:
            same = sum(a == b for a, b in zip(hashes["before"], after, strict=True))
            print(f"val_raw, {len(after)} clusters, analysis on: {same} of {len(after)} JSON briefs byte-identical")
        digest = hashlib.sha256("".join(after).encode()).hexdigest()[:16]
        print(f"digest of this tree's briefs: {digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
