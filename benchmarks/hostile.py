"""Hostile input (issue 15): time, peak memory and outcome of each case, through the real command line.

Each case runs ``python -m newsbrief`` in its own process (peak RSS from ``wait4``), killed after ``--timeout``
seconds; server cases post to a real ``newsbrief serve`` on 127.0.0.1. ``--src`` runs another checkout's code
(e.g. main's, exported with ``git archive``) to measure before and after with the same script:

    python benchmarks/hostile.py                       # this checkout
    git archive main | tar -x -C /tmp/main && python benchmarks/hostile.py --src /tmp/main/src

Rows are the issue's: 1 cleaning, 2 Markdown, 5/6 JSON, 7 markup in names, 8 --out targets, 9 write errors,
10 UTF-16, 11 deep HTML, 12 FIFO, 13 one 9.2 MB JSONL line. Multi-News text for row 13 comes from
../shared/data (skipped when absent).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
TEXT = (
    "The council of Riverton voted on Tuesday to close the old bridge over the Wren river.\n\n"
    "Mayor Ana Ruiz said the bridge had become unsafe after the spring floods damaged its supports.\n"
)


@dataclass
class Outcome:
    seconds: float
    peak_mb: float
    code: int | None  # None: killed at the timeout
    said: str


def run_cli(src: Path, args: list[str], *, timeout: float, stdout: int | None = None) -> Outcome:
    """Run the CLI in a process of its own; its peak RSS comes from wait4."""
    env = {**os.environ, "PYTHONPATH": str(src), "PYTHONDONTWRITEBYTECODE": "1"}
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "newsbrief", *args],
            stdout=stdout if stdout is not None else subprocess.DEVNULL,
            stderr=err,
            env=env,
            start_new_session=True,
        )
        deadline = start + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                os.killpg(proc.pid, signal.SIGKILL)
                pid, status, usage = os.wait4(proc.pid, 0)
                proc.returncode = -9
                return Outcome(time.perf_counter() - start, usage.ru_maxrss / 1024, None, f"killed at {timeout:g} s")
            time.sleep(0.02)
        seconds = time.perf_counter() - start
        err.seek(0)
        lines = [x for x in err.read().decode("utf-8", "replace").splitlines() if x.strip()]
    code = os.waitstatus_to_exitcode(status)
    if code == 0:
        said = "read" + (f"; {lines[0]}" if lines else "")  # the first warning says the most
    else:
        said = next((x for x in lines if not x.startswith("warning:")), lines[-1] if lines else "")
    if any("Traceback" in x for x in lines):
        said = "traceback: " + lines[-1]
    return Outcome(seconds, usage.ru_maxrss / 1024, code, said)


def _write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", errors="surrogatepass")
    return path


def _big_line(size: int) -> str | None:
    source = DATA / "multinews" / "val_raw.jsonl"
    if not source.exists():
        return None
    docs = [d if isinstance(d, str) else d["text"] for line in source.open() for d in json.loads(line)["documents"]]
    parts, total, i = [], 0, 0
    while total < size:
        parts.append(docs[i % len(docs)])
        total += len(json.dumps(parts[-1], ensure_ascii=False).encode()) + 2
        i += 1
    return json.dumps({"text": "\n\n".join(parts)}, ensure_ascii=False)


def _fifo_writer_free(path: Path) -> Path:
    os.mkfifo(path)
    return path


@contextlib.contextmanager
def _tmpfs(point: Path, size: str) -> Iterator[bool]:
    point.mkdir(parents=True, exist_ok=True)
    ok = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(point)],
                        capture_output=True).returncode == 0  # fmt: skip
    try:
        yield ok
    finally:
        if ok:
            subprocess.run(["umount", str(point)], check=False)


def cases(src: Path, tmp: Path, timeout: float, rows: set[str]) -> Iterator[tuple[str, str, Outcome | str]]:
    """``(row, case, outcome)`` for every case of ``rows`` (all when empty), run one at a time."""

    def want(row: str) -> bool:
        return not rows or row in rows

    cli = ["brief", "--no-analysis", "--quiet"]
    flat = TEXT.replace("\n", " ")
    article = _write(tmp / "a.txt", TEXT)
    if want("1"):
        caps = _write(tmp / "caps.txt", TEXT + "\n" + "A" * 100_000 + " toggle caption\n")
        yield "1", "'A'*100000 + ' toggle caption' (.txt)", run_cli(src, [*cli, str(caps)], timeout=timeout)
    if want("2"):
        ticks = _write(tmp / "ticks.md", TEXT + "\n" + "`a " * 33_000 + "\n")
        yield "2", "'`a ' * 33000 (.md)", run_cli(src, [*cli, str(ticks)], timeout=timeout)
        brackets = _write(tmp / "brackets.md", TEXT + "\n" + "[" * 100_000 + "\n")
        yield "2", "'[' * 100000 (.md)", run_cli(src, [*cli, str(brackets)], timeout=timeout)
    if want("5/6"):
        for name, line in (
            ("20,000-deep nesting", f'{{"text": "{flat}", "meta": {"[" * 20_000}{"]" * 20_000}}}'),
            ("5,000-digit integer", f'{{"text": "{flat}", "id": {"9" * 5_000}}}'),
            ("lone surrogate \\ud800", f'{{"text": "{flat} \\ud800"}}'),
        ):
            path = _write(tmp / f"json{len(name)}.jsonl", line + "\n")
            yield "5/6", f"JSONL line: {name}", run_cli(src, [*cli, str(path)], timeout=timeout)
    if want("7"):
        evil = _write(tmp / "[bold red]evil[" / "].txt", "")
        yield "7", "empty file '[bold red]evil[/].txt'", run_cli(src, [*cli, str(evil)], timeout=timeout)
    if want("8"):
        yield from _out_targets(src, tmp, article, cli, timeout)
    if want("9"):
        with open("/dev/full", "wb") as full:
            yield "9", "stdout to /dev/full", run_cli(src, [*cli, str(article)], timeout=timeout, stdout=full.fileno())
        reader, writer = os.pipe()
        os.close(reader)
        yield "9", "stdout to a closed pipe", run_cli(src, [*cli, str(article)], timeout=timeout, stdout=writer)
        os.close(writer)
        lines = (json.dumps({"id": f"a{i}", "text": f"{flat} Item {i}."}) + "\n" for i in range(40))
        feed = _write(tmp / "feed.jsonl", "".join(lines))
        with _tmpfs(tmp / "disk", "48k") as mounted:
            case = "stories --out on a 48 KB tmpfs"
            if mounted:
                args = ["stories", str(feed), "--out", str(tmp / "disk" / "out"), "--no-analysis", "--quiet"]
                yield "9", case, run_cli(src, args, timeout=timeout)
            else:
                yield "9", case, "skipped: mounting a tmpfs needs root"
    if want("10"):
        utf16 = _write(tmp / "utf16.txt", TEXT.encode("utf-16"))
        yield "10", "UTF-16 text with a BOM", run_cli(src, [*cli, str(utf16)], timeout=timeout)
    if want("11"):
        paragraphs = "".join(f"<p>{p}</p>" for p in TEXT.split("\n\n"))
        deep = _write(tmp / "deep.html", f"<html><body>{'<div>' * 10_000}{paragraphs}{'</div>' * 10_000}</body></html>")
        yield "11", "HTML of 10,000 nested divs", run_cli(src, ["brief", "--no-analysis", str(deep)], timeout=timeout)
    if want("12"):
        fifo = _fifo_writer_free(tmp / "in-fifo.txt")
        yield "12", "a FIFO with no writer as input", run_cli(src, [*cli, str(fifo)], timeout=min(timeout, 20))
    if want("13"):
        line = _big_line(9_200_000)
        if line is None:
            yield "13", "one 9.2 MB JSONL line", "skipped: ../shared/data/multinews/val_raw.jsonl is absent"
            return
        big = _write(tmp / "big.jsonl", line + "\n")
        size = f"one {big.stat().st_size / 1e6:.1f} MB JSONL line"
        yield "13", f"{size} (--no-analysis)", run_cli(src, [*cli, str(big)], timeout=timeout)
        yield "13", f"{size} (with analysis)", run_cli(src, ["brief", "--quiet", str(big)], timeout=timeout)


def _out_targets(
    src: Path, tmp: Path, article: Path, cli: list[str], timeout: float
) -> Iterator[tuple[str, str, Outcome | str]]:
    """Row 8: --out onto a FIFO, a directory and (as root) a character device of our own, (1,3) as /dev/null."""
    targets = {"FIFO": _fifo_writer_free(tmp / "out-fifo"), "directory": tmp / "out-dir"}
    targets["directory"].mkdir()
    with contextlib.suppress(PermissionError):
        os.mknod(tmp / "out-null", stat.S_IFCHR | 0o666, os.makedev(1, 3))
        targets["device (1,3)"] = tmp / "out-null"
    for kind, target in targets.items():
        before = target.stat().st_mode
        outcome = run_cli(src, [*cli, str(article), "--out", str(target)], timeout=timeout)
        kept = "kept" if target.stat().st_mode == before else "REPLACED by a regular file"
        outcome.said = f"{outcome.said} [{kind} {kept}]"
        yield "8", f"--out onto a {kind}", outcome


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--src", type=Path, default=REPO / "src", help="the src/ folder whose code runs")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds before a case is killed")
    parser.add_argument("--rows", default="", help="only these rows, comma-separated (e.g. 13,5/6)")
    args = parser.parse_args()
    wanted = {r.strip() for r in args.rows.split(",") if r.strip()}
    print(f"code: {args.src}; timeout {args.timeout:g} s; python {sys.version.split()[0]}")
    print("| row | case | seconds | peak MB | exit | outcome |\n|---|---|---:|---:|---:|---|")
    with tempfile.TemporaryDirectory(prefix="hostile-") as tmp:
        for row, case, outcome in cases(args.src, Path(tmp), args.timeout, wanted):
            if isinstance(outcome, str):
                print(f"| {row} | {case} | | | | {outcome} |", flush=True)
                continue
            code = "killed" if outcome.code is None else str(outcome.code)
            said = outcome.said.replace("|", "\\|").replace(tmp, "TMP")[:150]
            print(f"| {row} | {case} | {outcome.seconds:.2f} | {outcome.peak_mb:.0f} | {code} | {said} |", flush=True)


if __name__ == "__main__":
    main()
