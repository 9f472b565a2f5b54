"""Hostile input (issue 15): time, peak memory and outcome of each case, through the real command line.

Each case runs ``python -m newsbrief`` in its own process (peak RSS from ``wait4``), killed after ``--timeout``
seconds; server cases post to a real ``newsbrief serve`` on 127.0.0.1. ``--src`` runs another checkout's code
(e.g. main's, exported with ``git archive``) to measure before and after with the same script:

    python benchmarks/hostile.py                       # this checkout
    git archive BASE | tar -x -C /tmp/base && python benchmarks/hostile.py --src /tmp/base/src

Rows are the issue's: 1 cleaning, 2 Markdown, 5/6 JSON (5: the same on a server), 7 markup in names,
8 --out targets, 9 write errors, 10 UTF-16, 11 deep HTML, 12 FIFO, 13 one 9.2 MB JSONL line of real
Multi-News paragraphs, each numbered so that none repeats (from ../shared/data; skipped when absent),
14 a page pasted as one line (a sentence repeated, no sentence end, one word, table cells) of 50, 200 and
400 KB with the analysis on (CPU s: user + system seconds of the process, from ``wait4``).
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
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


JSON_HEADERS = {"content-type": "application/json"}


@dataclass
class Outcome:
    seconds: float
    peak_mb: float
    cpu: float  # user + system CPU seconds of the process (wait4)
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
                cpu = usage.ru_utime + usage.ru_stime
                said = f"killed at {timeout:g} s"
                return Outcome(time.perf_counter() - start, usage.ru_maxrss / 1024, cpu, None, said)
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
    return Outcome(seconds, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime, code, said)


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
    with source.open(encoding="utf-8") as handle:
        docs = [d if isinstance(d, str) else d["text"] for line in handle for d in json.loads(line)["documents"]]
    paragraphs = [p for doc in docs for p in doc.replace("NEWLINE_CHAR", "\n").split("\n") if p.strip()]
    parts, total, i = [], 0, 0
    while total < size:  # numbered, so that no paragraph repeats (cleaning would keep one copy of each)
        parts.append(f"{paragraphs[i % len(paragraphs)]} ({i})")
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
    if want("5"):
        yield from _server_cases(src, timeout)
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
    if want("14"):
        yield from _pasted_lines(src, tmp, timeout)
    if want("13"):
        line = _big_line(9_200_000)
        if line is None:
            yield "13", "one 9.2 MB JSONL line", "skipped: ../shared/data/multinews/val_raw.jsonl is absent"
            return
        big = _write(tmp / "big.jsonl", line + "\n")
        size = f"one {big.stat().st_size / 1e6:.1f} MB JSONL line"
        yield "13", f"{size} (--no-analysis)", run_cli(src, [*cli, str(big)], timeout=timeout)
        yield "13", f"{size} (with analysis)", run_cli(src, ["brief", "--quiet", str(big)], timeout=timeout)


#: Row 14: one pasted line of each shape, at each size (characters), briefed with the analysis on.
LINE_SIZES = (50_000, 200_000, 400_000)


def pasted_line(shape: str, size: int) -> str:
    """One line of ``size`` characters: a sentence repeated, no sentence end, one word, or table cells."""
    if shape == "'Wow! ' repeated":
        return ("Wow! " * (size // 5)).strip()
    if shape == "words with no sentence end":
        words = itertools.cycle(TEXT.lower().replace(".", "").split())
        return " ".join(next(words) for _ in range(size // 4))[:size].strip()
    if shape == "one word repeated":
        return ("buffalo " * (size // 8)).strip()
    cells = (f"| {i * 7919 % 100_000} | {i * 31 % 10_000 / 100:.2f} " for i in range(size))
    return "".join(itertools.islice(cells, size // 8))[: size - 1] + "|"


def _pasted_lines(src: Path, tmp: Path, timeout: float) -> Iterator[tuple[str, str, Outcome | str]]:
    """Row 14: a page pasted as one line, through ``newsbrief brief FILE`` (analysis on, the default)."""
    for shape in ("'Wow! ' repeated", "words with no sentence end", "one word repeated", "table cells of numbers"):
        for size in LINE_SIZES:
            path = _write(tmp / "line.txt", pasted_line(shape, size) + "\n")
            yield "14", f"{shape}, {size // 1000} KB", run_cli(src, ["brief", "--quiet", str(path)], timeout=timeout)


def _server_cases(src: Path, timeout: float) -> Iterator[tuple[str, str, Outcome | str]]:
    """Row 5 on a real ``newsbrief serve`` (127.0.0.1) running ``src``'s code: status, time and server RSS."""
    import importlib.util

    import httpx

    spec = importlib.util.spec_from_file_location("newsbrief_bench_server_load", REPO / "benchmarks" / "server_load.py")
    assert spec is not None and spec.loader is not None
    load = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = load
    spec.loader.exec_module(load)
    flat = TEXT.replace("\n", " ")
    bodies = {
        "lone surrogate in an article's text": f'{{"articles": [{{"text": "{flat} \\ud800"}}], "analysis": false}}',
        "jsonl field nested 20,000 deep": json.dumps(
            {"jsonl": f'{{"text": "{flat}", "meta": {"[" * 20_000}{"]" * 20_000}}}', "analysis": False}
        ),
        "jsonl field with a 5,000-digit integer": json.dumps(
            {"jsonl": f'{{"text": "{flat}", "id": {"9" * 5_000}}}', "analysis": False}
        ),
        "lone surrogate in the jsonl field": json.dumps({"jsonl": f'{{"text": "{flat} \\ud800"}}', "analysis": False}),
    }
    saved = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = str(src)
    try:
        with load.running_server() as (url, proc), httpx.Client(base_url=url, timeout=timeout) as http:
            for name, body in bodies.items():
                start = time.perf_counter()
                try:
                    answer = http.post("/api/brief", content=body.encode(), headers=JSON_HEADERS)
                except httpx.HTTPError as err:
                    yield "5 (server)", name, Outcome(time.perf_counter() - start, 0.0, 0.0, None, f"no answer: {err}")
                    continue
                message = answer.json().get("message", "") if answer.status_code != 200 else "brief"
                alive = proc.poll() is None
                rss = load.rss_mb(proc.pid) if alive else 0.0
                yield "5 (server)", name, Outcome(time.perf_counter() - start, rss, 0.0, answer.status_code, message)
    finally:
        if saved is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = saved


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
    parser.add_argument("--rows", default="", help="only these rows, comma-separated (e.g. 13,5/6; 5: server)")
    args = parser.parse_args()
    wanted = {r.strip() for r in args.rows.split(",") if r.strip()}
    print(f"code: {args.src}; timeout {args.timeout:g} s; python {sys.version.split()[0]}")
    print("(row 5 (server): exit is the HTTP status, peak MB the server's RSS after the request)")
    print("| row | case | seconds | CPU s | peak MB | exit | outcome |\n|---|---|---:|---:|---:|---:|---|")
    with tempfile.TemporaryDirectory(prefix="hostile-") as tmp:
        for row, case, outcome in cases(args.src, Path(tmp), args.timeout, wanted):
            if isinstance(outcome, str):
                print(f"| {row} | {case} | | | | | {outcome} |", flush=True)
                continue
            code = ("none" if row.startswith("5 (") else "killed") if outcome.code is None else str(outcome.code)
            said = outcome.said.replace("|", "\\|").replace(tmp, "TMP")[:150]
            cells = f"{outcome.seconds:.2f} | {outcome.cpu:.2f} | {outcome.peak_mb:.0f} | {code}"
            print(f"| {row} | {case} | {cells} | {said} |", flush=True)


if __name__ == "__main__":
    main()
