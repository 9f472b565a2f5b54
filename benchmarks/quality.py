"""Measured quality of newsbrief against its peers (issue 3): prints the tables of BENCHMARKS.md.

Run from the project root with ../shared/data present::

    python benchmarks/quality.py                 # everything (~15 min on 2 cores)
    python benchmarks/quality.py --quick         # samples: 60 raw, 300 truncated clusters, no plot

Sections: Multi-News validation raw (250 clusters, 300 words, F1), Multi-News validation truncated
(5,622 clusters, 300 words, F1, paired differences), DUC 2004 (100 words, recall, four references,
mean over references), the reproduction of 13 published DUC 2004 systems, selection speed against
sumy LexRank, and docs/rouge_vs_budget.png.
"""

from __future__ import annotations

import argparse
import itertools
import json
import logging
import sys
import time
from pathlib import Path

from newsbrief.config import BriefConfig
from newsbrief.evaluate import EvalResult, Rouge, evaluate
from newsbrief.evaluate.rouge import DUC2004_PUBLISHED, ROUGE_TYPES
from newsbrief.ingest import read_clusters
from newsbrief.text.splitters import DEFAULT_SPLITTER

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
RAW = DATA / "multinews" / "val_raw.jsonl"
TRUNCATED = DATA / "multinews" / "val_truncated.jsonl"
DUC = DATA / "duc2004" / "task2.jsonl"
DUC_SYSTEMS = DATA / "duc2004" / "system_summaries.jsonl"
PLOT = ROOT / "docs" / "rouge_vs_budget.png"
ALL = ("newsbrief", "lead", "lexrank", "textrank", "oracle")


def clusters(path: Path, limit: int | None):
    bad: list[str] = []
    it = read_clusters(path, on_error=lambda err: bad.append(str(err)))
    return itertools.islice(it, limit) if limit else it


def table(result: EvalResult, title: str) -> str:
    lines = [f"**{title}** ({len(result.ids)} clusters, {result.words} words, {result.measure}, x100, 95% CI)", ""]
    lines.append("| system | " + " | ".join(ROUGE_TYPES) + " | mean words | selection ms/cluster |")
    lines.append("|---|" + "---|" * (len(ROUGE_TYPES) + 2))
    n = len(result.ids)
    for name in result.systems:
        cells = []
        for rtype in ROUGE_TYPES:
            ci = result.mean(name, rtype)
            cells.append(f"{ci.mean:.2f} [{ci.low:.2f}, {ci.high:.2f}]")
        words = sum(result.lengths[name]) / n
        ms = 1000 * sum(result.seconds[name]) / n
        lines.append(f"| {name} | " + " | ".join(cells) + f" | {words:.1f} | {ms:.1f} |")
    return "\n".join(lines)


def differences(result: EvalResult) -> str:
    lines = ["", "newsbrief minus each peer, same clusters (paired bootstrap, 95% CI):", ""]
    lines.append("| peer | rouge1 | rouge2 | rougeLsum | all three exclude 0 |")
    lines.append("|---|---|---|---|---|")
    for name in result.systems:
        if name in ("newsbrief", "oracle"):
            continue
        ivs = [result.difference("newsbrief", name, r) for r in ("rouge1", "rouge2", "rougeLsum")]
        cells = [f"{x.mean:+.2f} [{x.low:+.2f}, {x.high:+.2f}]" for x in ivs]
        ok = all(x.low > 0 for x in ivs)
        lines.append(f"| {name} | " + " | ".join(cells) + f" | {'yes' if ok else 'no'} |")
    return "\n".join(lines)


def speed(result: EvalResult) -> str:
    if not {"newsbrief", "lexrank"} <= set(result.systems):
        return ""  # --systems without LexRank: nothing to compare the selection time with
    n = len(result.ids)
    wall = {k: sum(result.seconds[k]) / n for k in ("newsbrief", "lexrank")}
    cpu = {k: sum(result.cpu_seconds[k]) / n for k in ("newsbrief", "lexrank")}
    text = (
        f"\nSelection time per cluster (after the shared splitting), CPU: newsbrief {1000 * cpu['newsbrief']:.2f} ms, "
        f"sumy LexRank {1000 * cpu['lexrank']:.2f} ms, ratio {cpu['newsbrief'] / cpu['lexrank']:.3f}; wall: "
        f"{1000 * wall['newsbrief']:.2f} ms, {1000 * wall['lexrank']:.2f} ms, ratio "
        f"{wall['newsbrief'] / wall['lexrank']:.3f} (target <= 0.2)."
    )
    if result.brief_seconds:
        full = sum(result.brief_seconds) / len(result.brief_seconds)
        text += f" Full brief path (clean, split, select, order, support; wall): {1000 * full:.1f} ms per cluster."
    return text


def speed_only() -> str:
    """Selection time of newsbrief and LexRank alone, cluster by cluster in one run, on each corpus."""
    rows = []
    for label, path, limit, words in (
        ("Multi-News val raw", RAW, None, 300),
        ("Multi-News val truncated (all)", TRUNCATED, None, 300),
        ("DUC 2004", DUC, None, 100),
    ):
        result = evaluate(
            clusters(path, limit),
            systems=("newsbrief", "lexrank"),
            config=BriefConfig(words=words, analysis=False),
            time_brief=True,
        )
        rows.append(f"- {label} ({len(result.ids)} clusters):{speed(result)}")
    return "\n".join(rows)


def truncate_words(text: str, n: int) -> str:
    """The first ``n`` whitespace words, as ROUGE-1.5.5 ``-l n`` cuts a peer summary."""
    return " ".join(text.split()[:n])


def duc_reproduction() -> str:
    """Score the 13 published systems' outputs as ROUGE-1.5.5 would be run, with rouge-score."""
    refs = {c.id: c.references for c in read_clusters(DUC)}
    rows = [json.loads(line) for line in DUC_SYSTEMS.read_text(encoding="utf-8").splitlines() if line.strip()]
    by_system: dict[str, list[dict]] = {}
    for row in rows:
        by_system.setdefault(row["system"], []).append(row)
    out = [
        "| system | published R1 | published R2 | R1 mean-refs | R2 mean-refs | R2 jackknife (best of 3) | R2 max-ref |"
    ]
    out.append("|---|---|---|---|---|---|---|")
    measured: dict[str, dict[str, float]] = {}
    for system, items in sorted(by_system.items()):
        summaries = [[truncate_words(r["summary"], 100)] for r in items]
        references = [refs[r["id"]] for r in items]
        scores = {}
        for multi in ("mean", "jackknife", "max"):
            per = Rouge(measure="recall", multi=multi, rouge_types=("rouge1", "rouge2")).score_many(
                summaries, references
            )
            for rtype in ("rouge1", "rouge2"):
                scores[f"{rtype}/{multi}"] = 100 * sum(p[rtype] for p in per) / len(per)
        measured[system] = scores
    for system, s in sorted(measured.items(), key=lambda kv: kv[1]["rouge2/mean"]):
        pub = DUC2004_PUBLISHED.get(system)
        p1, p2 = (f"{pub[0]:.2f}", f"{pub[1]:.2f}") if pub else ("-", "-")
        out.append(
            f"| {system} | {p1} | {p2} | {s['rouge1/mean']:.2f} | {s['rouge2/mean']:.2f} | "
            f"{s['rouge2/jackknife']:.2f} | {s['rouge2/max']:.2f} |"
        )
    for rtype, k in (("rouge1", 0), ("rouge2", 1)):
        published_order = sorted(DUC2004_PUBLISHED, key=lambda name: DUC2004_PUBLISHED[name][k])
        ours = sorted(DUC2004_PUBLISHED, key=lambda name: measured[name][f"{rtype}/mean"])
        verdict = "same order" if ours == published_order else f"differs: {ours}"
        out.append(f"\n{rtype} order of the six published systems: {' < '.join(published_order)} -> {verdict}")
    return "\n".join(out)


def plot(budgets: tuple[int, ...], limit: int | None) -> str:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    series: dict[str, dict[str, list[float]]] = {}
    for words in budgets:
        result = evaluate(clusters(RAW, limit), systems=ALL, config=BriefConfig(words=words))
        for name in ALL:
            for rtype in ("rouge1", "rouge2"):
                series.setdefault(name, {}).setdefault(rtype, []).append(result.mean(name, rtype).mean)
    fig, axes = plt.subplots(1, 2, figsize=(10, 4), constrained_layout=True)
    for ax, rtype in zip(axes, ("rouge1", "rouge2"), strict=True):
        for name in ALL:
            style = "--" if name == "oracle" else "-"
            ax.plot(
                budgets,
                series[name][rtype],
                style,
                marker="o",
                label=name,
                linewidth=2.5 if name == "newsbrief" else 1.2,
            )
        ax.set_xlabel("word budget")
        ax.set_ylabel(f"{rtype} F1 x100")
        ax.set_title(f"Multi-News val raw ({limit or 250} clusters): {rtype}")
        ax.grid(alpha=0.3)
    axes[0].legend()
    fig.savefig(PLOT, dpi=110)
    plt.close(fig)
    rows = ["| budget | " + " | ".join(f"{n} R1/R2" for n in ALL) + " |", "|---|" + "---|" * len(ALL)]
    for k, words in enumerate(budgets):
        rows.append(
            f"| {words} | "
            + " | ".join(f"{series[n]['rouge1'][k]:.2f}/{series[n]['rouge2'][k]:.2f}" for n in ALL)
            + " |"
        )
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="samples only, no plot")
    parser.add_argument(
        "--skip", default="", help="comma-separated sections to skip: raw,truncated,duc,repro,speed,plot"
    )
    parser.add_argument("--splitter", default=DEFAULT_SPLITTER, help="sentence splitter (raw section only)")
    parser.add_argument("--systems", default=",".join(ALL), help="systems of the raw section")
    args = parser.parse_args()
    # The brief path logs a warning per odd cluster (empty documents, copies); the tables are the output.
    logging.getLogger("newsbrief").setLevel(logging.ERROR)
    if not RAW.exists():
        sys.exit(f"{DATA} is absent: this benchmark reads the shared data set")
    skip = set(args.skip.split(","))
    started = time.time()
    if "raw" not in skip:
        raw = evaluate(
            clusters(RAW, 60 if args.quick else None),
            systems=tuple(args.systems.split(",")),
            config=BriefConfig(words=300, analysis=False, splitter=args.splitter),
            time_brief=True,
        )
        print(table(raw, "Multi-News validation raw"))
        print(differences(raw))
        print(speed(raw), flush=True)
    if "truncated" not in skip:
        truncated = evaluate(
            clusters(TRUNCATED, 300 if args.quick else None), systems=ALL, config=BriefConfig(words=300)
        )
        print()
        print(table(truncated, "Multi-News validation truncated"))
        print(differences(truncated))
        print(speed(truncated), flush=True)
    if "duc" not in skip:
        duc = evaluate(
            clusters(DUC, None), systems=ALL, config=BriefConfig(words=100), rouge=Rouge(measure="recall", multi="mean")
        )
        print()
        print(table(duc, "DUC 2004 task 2 (recall, mean over 4 references)"))
        print(differences(duc))
        print(speed(duc), flush=True)
    if "repro" not in skip:
        print("\n**DUC 2004: published systems re-scored with rouge-score** (recall x100, 100 words)\n")
        print(duc_reproduction(), flush=True)
    if "speed" not in skip:
        print("\n**Speed** (selection only; CPU time of this process and wall time)\n")
        print(speed_only(), flush=True)
    if "plot" not in skip and not args.quick:
        print("\n**ROUGE vs budget** (Multi-News val raw, F1 x100; plotted in docs/rouge_vs_budget.png)\n")
        print(plot((100, 200, 300, 400), None), flush=True)
    print(f"\n({time.time() - started:.0f} s)")


if __name__ == "__main__":
    main()
