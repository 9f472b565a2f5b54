"""``newsbrief eval DATA.jsonl``: ROUGE of newsbrief and its peers on clusters with references."""

from __future__ import annotations

import itertools
import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from newsbrief.cli import app, setup_logging, stderr
from newsbrief.config import BriefConfig
from newsbrief.errors import ConfigError, InputError


class Multi(StrEnum):
    mean = "mean"
    max = "max"
    jackknife = "jackknife"


@app.command("eval")
def eval_command(
    data: Annotated[
        Path,
        typer.Argument(help="JSONL clusters with reference summaries (Multi-News, DUC).", show_default=False),
    ],
    words: Annotated[
        int, typer.Option("--words", "-w", min=1, help="Word budget of every system.")
    ] = BriefConfig().words,
    systems: Annotated[
        str, typer.Option("--systems", help="Comma-separated: newsbrief, lead, lexrank, textrank, oracle.")
    ] = "newsbrief,lead,lexrank,textrank,oracle",
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="Score only the first N clusters.")] = None,
    recall: Annotated[bool, typer.Option("--recall", help="Report recall instead of F1 (the DUC convention).")] = False,
    multi: Annotated[
        Multi, typer.Option("--references", help="Several references: mean (ROUGE-1.5.5), max or jackknife.")
    ] = Multi.mean,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Write per-cluster scores and intervals as JSON.", dir_okay=False)
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print errors only.")] = False,
) -> None:
    """Score newsbrief and its peers with ROUGE against the references of a data set.

    Every system gets the same sentences, eligibility and word budget. ROUGE follows google
    rouge-score (Porter stemmer; rougeLsum with one sentence per line from our splitter). Means
    come with 95% bootstrap intervals; newsbrief's differences with each peer are paired.

    Examples:

    newsbrief eval val_raw.jsonl --words 300 --out results.json

    newsbrief eval duc2004/task2.jsonl --words 100 --recall --systems newsbrief,lead

    {batch}
    """
    setup_logging(quiet)
    from newsbrief.evaluate.harness import SYSTEMS, evaluate
    from newsbrief.evaluate.rouge import Rouge
    from newsbrief.ingest import read_clusters

    names = [s.strip() for s in systems.split(",") if s.strip()]
    unknown = [s for s in names if s not in SYSTEMS]
    if not names or unknown:
        raise ConfigError(f"unknown system(s) {', '.join(unknown) or '(none)'}; choose from {', '.join(SYSTEMS)}")
    if data.is_dir():
        raise InputError("is a folder: give a JSONL file of clusters with reference summaries", source=str(data))
    if not data.exists():
        raise InputError("no such file or directory", source=str(data))
    if not data.is_file():
        raise InputError("not a regular file: give a JSONL file of clusters", source=str(data))
    if out is not None:
        from newsbrief.fileio import check_writable

        check_writable(out)  # a device, FIFO, directory or unwritable folder is refused before any work
    bad: list[str] = []

    def on_error(err: InputError) -> None:
        bad.append(str(err))
        if not quiet:
            stderr.print(f"warning: skipped {err}", highlight=False, markup=False, soft_wrap=True)

    clusters = read_clusters(data, on_error=on_error)
    if limit is not None:
        clusters = itertools.islice(clusters, limit)
    rouge = Rouge(measure="recall" if recall else "fmeasure", multi=multi.value)
    show = not quiet and stderr.is_terminal
    if show:
        with stderr.status("Scoring…") as status:
            result = evaluate(
                clusters, systems=names, config=BriefConfig(words=words), rouge=rouge,
                progress=lambda n: status.update(f"Scoring… {n} clusters"),
            )  # fmt: skip
    else:
        result = evaluate(clusters, systems=names, config=BriefConfig(words=words), rouge=rouge)
    if not result.ids:
        raise InputError("no cluster with a reference summary could be scored", source=str(data))
    _print_table(result, data, recall)
    if out is not None:
        from newsbrief.fileio import write_atomic

        payload = result.to_json()
        payload["data"] = str(data)
        payload["bad_lines"] = bad
        write_atomic(out, json.dumps(payload, indent=1) + "\n")
        if not quiet:
            stderr.print(f"wrote {out}")


def _print_table(result, data: Path, recall: bool) -> None:  # type: ignore[no-untyped-def]
    measure = "recall" if recall else "F1"
    table = Table(
        title=f"{data.name}: {len(result.ids)} clusters, {result.words} words, ROUGE {measure} x100 "
        f"(95% bootstrap interval; references: {result.multi})",
        title_justify="left",
    )
    table.add_column("system")
    for rtype in result.rouge_types:
        table.add_column(rtype, justify="right")
    table.add_column("words", justify="right")
    table.add_column("ms per cluster", justify="right")  # words, so that 80 columns wrap it, never cut it
    for name in result.systems:
        cells = []
        for rtype in result.rouge_types:
            ci = result.mean(name, rtype)
            cells.append(f"{ci.mean:.2f} [{ci.low:.2f}, {ci.high:.2f}]")
        n = len(result.ids)
        table.add_row(
            name, *cells, f"{sum(result.lengths[name]) / n:.0f}", f"{1000 * sum(result.seconds[name]) / n:.1f}"
        )
    Console().print(table)
