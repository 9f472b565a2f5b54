"""``newsbrief stories`` through the real console entry point (subprocess): outputs, rejects, workers, errors."""

from __future__ import annotations

import html
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import jsonschema

from synthetic import invented_articles

SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "docs" / "brief.schema.json").read_text())

SPEAKERS = ["Mayor Ana Ruiz", "Captain Tenzing Norbu", "Governor Petra Kovac"]


def feed(path: Path, bad: bool = True) -> Path:
    lines = []
    for t, k, topic, text in invented_articles(4, topics=3, seed=11):
        quote = f'"The {topic[2]} of {topic[0]} matters to all of us," said {SPEAKERS[t]}.'
        lines.append(
            json.dumps(
                {
                    "id": f"t{t}k{k}",
                    "text": f"{text} {quote}",
                    "title": f"{topic[0]}: the {topic[1]} {topic[2]} ({k})",
                    "outlet": f"Outlet {k}",
                    "published": "2026-03-02",
                }
            )
        )
    if bad:
        lines.insert(2, '{"id": "x", "text": ""}')
        lines.append("[oops")
    path.write_text("".join(f"{line}\n" for line in lines))
    return path


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsbrief", "stories", *args], capture_output=True, text=True, timeout=600
    )


def tree(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def test_stories_writes_the_folder_and_reports_rejects(tmp_path: Path) -> None:
    source = feed(tmp_path / "feed.jsonl")
    out = tmp_path / "out"
    proc = run(str(source), "--out", str(out), "--no-analysis", "--words", "60")
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(x) for x in (out / "stories.jsonl").read_text().splitlines()]
    briefed = sum(x["brief"] is not None for x in lines)
    assert briefed >= 1 and all((x["brief"] is not None) == (len(x["articles"]) >= 2) for x in lines)
    assert f"12 articles, 0 duplicates, {len(lines)} stories, {briefed} briefed" in proc.stderr
    assert "2 rejected lines" in proc.stderr and "rejects.jsonl" in proc.stderr
    assert "peak RSS" in proc.stderr
    rejects = [json.loads(x) for x in (out / "rejects.jsonl").read_text().splitlines()]
    assert [r["line"] for r in rejects] == [3, 14]
    assert sorted(a for x in lines for a in x["articles"]) == sorted(f"t{t}k{k}" for t in range(3) for k in range(4))
    for x in (x for x in lines if x["brief"]):
        jsonschema.validate(json.loads((out / x["brief"]).read_text()), SCHEMA)
    assert sorted(p.name for p in out.iterdir()) == ["index.html", "rejects.jsonl", "stories", "stories.jsonl"]


def test_two_workers_and_min_articles(tmp_path: Path) -> None:
    source = feed(tmp_path / "feed.jsonl")
    one = run(str(source), "--out", str(tmp_path / "one"), "--no-analysis", "--words", "60", "--min-articles", "3")
    two = run(
        str(source),
        "--out",
        str(tmp_path / "two"),
        "--no-analysis",
        "--words",
        "60",
        "--min-articles",
        "3",
        "--workers",
        "2",
    )
    assert one.returncode == 0 and two.returncode == 0, (one.stderr, two.stderr)
    assert tree(tmp_path / "one") == tree(tmp_path / "two")
    none = run(str(source), "--out", str(tmp_path / "none"), "--no-analysis", "--min-articles", "13", "--quiet")
    assert none.returncode == 0 and none.stderr == ""
    assert not list((tmp_path / "none" / "stories").iterdir())  # 12 articles: no story of 13


def test_with_analysis_the_briefs_carry_people_and_quotes(tmp_path: Path) -> None:
    source = feed(tmp_path / "feed.jsonl", bad=False)
    out = tmp_path / "out"
    proc = run(str(source), "--out", str(out), "--words", "60", "--min-articles", "3", "--workers", "2")
    assert proc.returncode == 0, proc.stderr
    docs = [json.loads(p.read_text()) for p in sorted((out / "stories").glob("*.json"))]
    assert 1 <= len(docs) <= 3
    speakers = set()
    for doc in docs:
        jsonschema.validate(doc, SCHEMA)
        assert doc["analysed"] is True
        speakers |= {q["speaker"].split()[-1] for q in doc["quotes"] if q["speaker"]}
        assert {e["label"] for e in doc["entities"]} & {"PERSON", "GPE", "ORG"}
    assert speakers == {"Ruiz", "Norbu", "Kovac"}
    # the index names who each story is about: its most mentioned people and organisations, only those whose
    # type the brief backs (a row shown "type not settled" may be no person or body at all)
    index = (out / "index.html").read_text()
    named = 0
    for doc in docs:
        top = [e["name"] for e in doc["entities"] if e["label"] in ("PERSON", "ORG") and e["typed"]][:5]
        unsure = {e["name"] for e in doc["entities"] if not e["typed"]}
        if top:
            named += 1
            assert f'<p class="who">{" · ".join(html.escape(n) for n in top)}</p>' in index
        who = {n for line in re.findall(r'<p class="who">(.*?)</p>', index) for n in line.split(" · ")}
        assert not who & {html.escape(n) for n in unsure}
    assert named >= 1


def test_bad_invocations_exit_2_with_one_line(tmp_path: Path) -> None:
    both = run(str(feed(tmp_path / "feed.jsonl")), "--out", str(tmp_path / "o"), "--workers", "2", "--dask", "x:1")
    assert both.returncode == 2 and "ConfigError" in both.stderr and "Traceback" not in both.stderr
    missing = run(str(tmp_path / "absent.jsonl"), "--out", str(tmp_path / "o"))
    assert missing.returncode == 2 and "InputError" in missing.stderr and "no such file" in missing.stderr
    helped = run("--help")
    assert helped.returncode == 0 and "--resume" in helped.stdout and "--dask" in helped.stdout


def test_every_line_rejected_exits_2_and_says_so(tmp_path: Path) -> None:
    """The batch rule: a bad line beside good ones is reported and the run goes on (status 0, tested above);
    a feed none of whose lines could be read is exit 2 with one error line (it was 0 with "0 articles")."""
    source = tmp_path / "bad.jsonl"
    source.write_text('{"id": "a"}\nnot json\n', encoding="utf-8")
    proc = run(str(source), "--out", str(tmp_path / "o"))
    assert proc.returncode == 2, proc.stderr
    assert f"EmptyInputError: {source}: no article could be read (2 rejected lines" in proc.stderr
    assert "warning: rejected" in proc.stderr and "Traceback" not in proc.stderr


def test_batch_commands_state_one_exit_rule_in_their_help() -> None:
    from newsbrief.cli import BATCH_RULE

    for command in ("stories", "quotes", "follow", "eval"):
        helped = subprocess.run(
            [sys.executable, "-m", "newsbrief", command, "--help"],
            capture_output=True, text=True, check=False, env={**os.environ, "COLUMNS": "1000"},
        )  # fmt: skip
        assert helped.returncode == 0
        assert "status is 2 only when nothing could be done at all" in " ".join(helped.stdout.split()), command
        assert "{batch}" not in helped.stdout
    assert "status 0" in BATCH_RULE


def test_clustering_thresholds_from_the_command_line(tmp_path: Path) -> None:
    source = feed(tmp_path / "feed.jsonl", bad=False)

    def stories(out: str, *flags: str) -> list[list[str]]:
        proc = run(str(source), "--out", str(tmp_path / out), "--no-analysis", "--min-articles", "9", *flags)
        assert proc.returncode == 0, proc.stderr
        return [json.loads(x)["articles"] for x in (tmp_path / out / "stories.jsonl").read_text().splitlines()]

    grouped = stories("default")
    assert len(grouped) == 3  # the three invented topics
    apart = stories("strict", "--threshold", "0.95", "--merge-threshold", "0")
    assert len(apart) > 2 * len(grouped)  # few articles are that similar: the topics fall apart
    assert sorted(a for x in apart for a in x) == sorted(a for x in grouped for a in x)
    for flag, value, says in (
        ("--threshold", "1.5", "--threshold"),
        ("--threshold", "0", "threshold must be in (0, 1)"),
        ("--window-days", "0", "window_days must be positive"),
    ):
        bad = run(str(source), "--out", str(tmp_path / "x"), flag, value)
        assert bad.returncode == 2 and "Traceback" not in bad.stderr, (flag, value)
        assert says in bad.stderr, bad.stderr
