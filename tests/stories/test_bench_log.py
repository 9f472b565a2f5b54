"""benchmarks/stories_run.py --log: the per-commit and per-window lines a long feed pass is judged by."""

from __future__ import annotations

import json
from pathlib import Path

from benchmark_scripts import load_benchmark
from synthetic import invented_articles


def test_feed_pass_log_has_every_commit_and_window(tmp_path: Path, capsys) -> None:
    bench = load_benchmark("stories_run")
    clusters: dict[int, list[str]] = {}
    for t, k, topic, body in invented_articles(5, topics=6, seed=3, templates=6):
        clusters.setdefault(t, []).append(body + f" Report {k} on {topic[0]}.")
    data = tmp_path / "clusters.jsonl"
    data.write_text("".join(json.dumps({"id": f"c{t}", "documents": d}) + "\n" for t, d in clusters.items()))
    log = tmp_path / "run.jsonl"
    argv = ["--data", str(data), "--repeat", "3", "--perturb", "--feed-pass", "--tmp", str(tmp_path)]
    assert bench.main([*argv, "--log", str(log), "--checkpoint-articles", "7"]) == 0
    lines = [json.loads(x) for x in log.read_text().splitlines()]
    windows = [x for x in lines if x["kind"] == "window"]
    commits = [x for x in lines if x["kind"] == "commit"]
    # 30 articles per copy, 3 copies: a window per copy (the first starts at the first article read)
    assert [(w["first"], w["last"]) for w in windows] == [(1, 30), (30, 60), (60, 90)]
    # a commit every 7 articles read (one article per line): at 7, 14, ..., 84
    assert [c["articles"] for c in commits] == list(range(7, 90, 7))
    assert sum(w["commits"] for w in windows) == len(commits)  # the commit at 90 would follow the last window
    for line in lines:
        assert line["rss_mib"] > 0 and line["peak_rss_mib"] >= line["rss_mib"] and line["load1"] >= 0
    assert all(c["commit_s"] >= 0 and c["commit_cpu_s"] >= 0 and c["rows"] > 0 for c in commits)
    assert all(w["articles_per_s"] > 0 and w["seconds"] > 0 for w in windows)
    feed = tmp_path / "feed.jsonl"  # --feed keeps the feed; a second run reads it rather than write it again
    assert bench.main([*argv, "--feed", str(feed)]) == 0
    stamp = feed.stat().st_mtime_ns
    assert bench.main([*argv, "--feed", str(feed)]) == 0
    assert feed.stat().st_mtime_ns == stamp and len(feed.read_text().splitlines()) == 90
    capsys.readouterr()
    assert bench.main(["--summarize", str(log)]) == 0
    table = capsys.readouterr().out.splitlines()
    assert len(table) == 2 + 3 and table[2].startswith("| 1 | 1-30 |") and table[4].startswith("| 3 | 60-90 |")
