"""Corpus runs end to end (newsbrief.stories.run): partition, rejects, min-articles, outputs, local workers."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from newsbrief.config import BriefConfig
from newsbrief.errors import ConfigError, InputError
from newsbrief.stories import ClusterConfig, StoryConfig
from newsbrief.stories.run import StoriesRunConfig, run_stories
from synthetic import invented_articles

SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "docs" / "brief.schema.json").read_text())


def make_feed(n_per_topic: int = 4, seed: int = 7, dated: bool = False) -> list[dict]:
    """Articles of the six stories, interleaved, ids a0.., a few exact wire copies; dated if asked."""
    rows: list[dict] = []
    for t, k, topic, body in invented_articles(n_per_topic, topics=6, seed=seed, templates=6):
        text = body + f" Report {k} on {topic[0]}."
        row = {"id": f"a{len(rows)}", "text": text, "title": f"{topic[0]}: the {topic[1]} {topic[2]} ({k})"}
        if dated:  # story t runs over days 2t .. 2t+1: with a 1-day window, stories close mid-stream
            row["published"] = f"2026-03-{1 + 2 * t + (k >= n_per_topic // 2):02d}"
            row["outlet"] = f"Outlet {k}"
        rows.append(row)
    if dated:
        rows.sort(key=lambda r: (r["published"], r["id"]))
    rows.insert(5, {**rows[0], "id": "copy-of-a0"})
    return rows


def write_feed(path: Path, rows: list[dict], extra_lines: list[str] = ()) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows) + "".join(f"{x}\n" for x in extra_lines))
    return path


FAST = BriefConfig(words=60, analysis=False)


def stories_of(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "stories.jsonl").read_text().splitlines()]


def tree(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def test_every_input_article_appears_exactly_once(tmp_path: Path) -> None:
    rows = make_feed()
    summary = run_stories(
        write_feed(tmp_path / "feed.jsonl", rows), tmp_path / "out", config=StoriesRunConfig(brief=FAST)
    )
    lines = stories_of(tmp_path / "out")
    listed = [a for line in lines for a in line["articles"]]
    assert sorted(listed) == sorted(r["id"] for r in rows)
    assert len(listed) == len(set(listed))
    copy = next(line for line in lines if "copy-of-a0" in line["articles"])
    assert copy["duplicates"] == {"copy-of-a0": "a0"}
    assert summary.articles == len(rows) and summary.duplicates == 1 and summary.rejected == 0
    assert summary.stories == len(lines)
    # the six invented stories are found (each article with the others of its topic)
    groups = {frozenset(line["articles"]) - {"copy-of-a0"} for line in lines}
    assert {frozenset(f"a{i}" for i in range(t, 24, 6)) for t in range(6)} == groups
    assert not (tmp_path / "out" / ".newsbrief-checkpoint.sqlite").exists()  # a finished run leaves results only


def test_bad_lines_are_rejected_with_line_numbers_and_the_run_carries_on(tmp_path: Path) -> None:
    rows = make_feed(n_per_topic=2)
    extra = [
        "{not json",
        json.dumps({"id": "empty", "text": "   "}),
        json.dumps({"id": "notext", "title": "no text field"}),
        json.dumps({"id": "num", "text": 42}),
        json.dumps({"id": "badtitle", "text": "Some words here.", "title": ["a", "list"]}),
        json.dumps({"id": ["a", "list"], "text": "An id that is a list is a broken producer."}),
        json.dumps([1, 2, 3]),
        json.dumps({"id": "a3", "text": "A second article claiming the id a3."}),
        json.dumps({"text": "An article without an id gets one made from its line number, stably."}),
    ]
    feed = write_feed(tmp_path / "feed.jsonl", rows, extra)
    summary = run_stories(feed, tmp_path / "out", config=StoriesRunConfig(brief=FAST))
    rejects = [json.loads(x) for x in (tmp_path / "out" / "rejects.jsonl").read_text().splitlines()]
    first = len(rows) + 1
    assert [r["line"] for r in rejects] == list(range(first, first + 8))
    assert all(r["file"] == str(feed) for r in rejects)
    reasons = [r["reason"] for r in rejects]
    assert "invalid JSON" in reasons[0]
    assert "empty" in reasons[1]
    assert '"text"' in reasons[2] and '"text"' in reasons[3]
    assert '"title" must be a string' in reasons[4]
    assert '"id" must be a string or an integer' in reasons[5]
    assert "expected a JSON object" in reasons[6]
    assert "duplicate id 'a3'" in reasons[7] and f"{feed}:4" in reasons[7]
    assert summary.rejected == 8
    listed = {a for line in stories_of(tmp_path / "out") for a in line["articles"]}
    assert f"line{first + 8}" in listed  # the article without an id, named after its line
    assert len(listed) == len(rows) + 1


def test_min_articles_decides_which_stories_are_briefed(tmp_path: Path) -> None:
    rows = make_feed(n_per_topic=2)[:10]  # a0-a8 and the copy of a0: topics 0-2 have two articles, 3-5 one
    feed = write_feed(tmp_path / "feed.jsonl", rows)
    run_stories(feed, tmp_path / "two", config=StoriesRunConfig(brief=FAST, min_articles=2))
    run_stories(feed, tmp_path / "three", config=StoriesRunConfig(brief=FAST, min_articles=3))
    for out, minimum in ((tmp_path / "two", 2), (tmp_path / "three", 3)):
        for line in stories_of(out):
            kept = [a for a in line["articles"] if a not in line["duplicates"]]
            assert (line["brief"] is not None) == (len(kept) >= minimum), (minimum, line)
            assert (out / "stories" / f"{line['story']}.json").exists() == (len(kept) >= minimum)
    assert sum(line["brief"] is not None for line in stories_of(tmp_path / "two")) == 3
    assert not list((tmp_path / "three" / "stories").iterdir())


def test_outputs_exist_validate_and_index_escapes(tmp_path: Path) -> None:
    rows = make_feed(n_per_topic=3)
    rows[0]["title"] = "<script>alert('x')</script> & co"
    out = tmp_path / "out"
    summary = run_stories(write_feed(tmp_path / "feed.jsonl", rows), out, config=StoriesRunConfig(brief=FAST))
    briefed = [line for line in stories_of(out) if line["brief"]]
    assert len(briefed) == summary.briefed == 6
    index = (out / "index.html").read_text()
    for line in briefed:
        doc = json.loads((out / line["brief"]).read_text())
        jsonschema.validate(doc, SCHEMA)
        assert {s["id"] for s in doc["sources"]} <= set(line["articles"])
        assert (out / "stories" / f"{line['story']}.md").read_text().strip()
        assert (out / "stories" / f"{line['story']}.html").read_text().startswith("<!doctype html>")
        assert f'href="stories/{line["story"]}.html"' in index
        assert doc["summary"][0]["text"].replace("'", "&#x27;") in index  # the first summary sentence
    assert "<script>alert" not in index and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; co" in index
    assert "http" not in index.replace("http-equiv", "")  # self-contained: no external resource


def test_directory_input_and_progress_callback(tmp_path: Path) -> None:
    rows = make_feed(n_per_topic=2)
    feeds = tmp_path / "feeds"
    feeds.mkdir()
    write_feed(feeds / "a.jsonl", [{k: v for k, v in r.items() if k != "id"} for r in rows[:6]])
    write_feed(feeds / "b.jsonl", [{k: v for k, v in r.items() if k != "id"} for r in rows[6:]])
    (feeds / "extra.txt").write_text(rows[0]["title"] + "\n\n" + rows[0]["text"].replace("Report", "Note"))
    (feeds / "empty.txt").write_text("  \n")
    calls: list[tuple[str, int, int | None]] = []
    summary = run_stories(
        feeds,
        tmp_path / "out",
        config=StoriesRunConfig(brief=FAST),
        progress=lambda stage, done, total: calls.append((stage, done, total)),
    )
    listed = sorted(a for line in stories_of(tmp_path / "out") for a in line["articles"])
    assert "a.jsonl:line1" in listed and "b.jsonl:line1" in listed and "extra" in listed
    assert len(listed) == len(rows) + 1 == summary.articles
    rejects = [json.loads(x) for x in (tmp_path / "out" / "rejects.jsonl").read_text().splitlines()]
    assert rejects == [
        {"file": str(feeds / "empty.txt"), "line": None, "id": "empty", "reason": "article is empty or only whitespace"}
    ]
    stages = [c[0] for c in calls]
    assert stages.index("read") < stages.index("brief") < stages.index("write")
    assert ("read", summary.articles, None) in calls and calls[-1] == ("write", 3, 3)
    assert max(c[1] for c in calls if c[0] == "brief") == summary.briefed


def test_missing_input_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        run_stories(tmp_path / "absent.jsonl", tmp_path / "out")


def test_two_local_workers_write_the_same_output_as_one(tmp_path: Path) -> None:
    feed = write_feed(tmp_path / "feed.jsonl", make_feed(dated=True), ["{broken"])
    stories = StoryConfig(cluster=ClusterConfig(idf_warmup=5, window_days=1))
    one = run_stories(feed, tmp_path / "one", config=StoriesRunConfig(brief=FAST, stories=stories))
    two = run_stories(feed, tmp_path / "two", config=StoriesRunConfig(brief=FAST, stories=stories, workers=2))
    assert one.briefed == two.briefed == 6
    assert two.worker_peak_rss_mb > 0
    assert tree(tmp_path / "one") == tree(tmp_path / "two")


def test_a_huge_story_is_briefed_from_an_even_sample_of_its_articles(tmp_path: Path) -> None:
    rows = make_feed(n_per_topic=6)
    config = StoriesRunConfig(brief=FAST, max_brief_articles=3)
    run_stories(write_feed(tmp_path / "feed.jsonl", rows), tmp_path / "out", config=config)
    briefed = [line for line in stories_of(tmp_path / "out") if line["brief"]]
    assert briefed
    for line in briefed:
        kept = [a for a in line["articles"] if a not in line["duplicates"]]
        brief = json.loads((tmp_path / "out" / line["brief"]).read_text())
        sources = [s["id"] for s in brief["sources"]]
        if len(kept) > 3:
            assert line["briefed_from"] == 3
            assert len(sources) <= 3 and sources[0] == kept[0] and set(sources) <= set(kept)
        else:
            assert "briefed_from" not in line and len(sources) == len(kept)


def test_the_run_config_caps_a_line_in_bytes_where_the_feed_is_read(tmp_path: Path) -> None:
    """The byte cap of input is the reader's (``StoriesRunConfig.max_bytes``), not a setting of the brief."""
    assert "max_bytes" not in {f for f in BriefConfig.__dataclass_fields__}
    rows = make_feed(n_per_topic=2)
    long = json.dumps({"id": "long", "text": "A very long article. " * 200})  # about 4 kB
    feed = write_feed(tmp_path / "feed.jsonl", rows, [long])
    limit = max(len(json.dumps(r)) for r in rows) + 100
    assert limit < len(long)
    summary = run_stories(feed, tmp_path / "out", config=StoriesRunConfig(brief=FAST, max_bytes=limit))
    rejects = [json.loads(x) for x in (tmp_path / "out" / "rejects.jsonl").read_text().splitlines()]
    assert summary.rejected == 1 and rejects[0]["line"] == len(rows) + 1 and "byte" in rejects[0]["reason"]
    with pytest.raises(ConfigError, match="max_bytes"):
        StoriesRunConfig(max_bytes=0)
