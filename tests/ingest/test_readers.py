"""Readers: each format, the seeds, and every kind of bad input named by file (and line)."""

from __future__ import annotations

import io
import json
import logging
from pathlib import Path

import pytest

from newsbrief import EmptyInputError, InputError, InputTooLargeError, read_articles, read_clusters
from newsbrief.ingest import read_stream

HTML = """<!doctype html><html><head><title>Bridge closes | Riverton Gazette</title>
<meta property="og:site_name" content="Riverton Gazette"><meta name="author" content="Jo Reyes">
<meta property="article:published_time" content="2024-03-05T09:00:00Z">
<link rel="canonical" href="https://gazette.example/bridge"></head>
<body><nav>Home | News</nav><article><h1>Bridge closes</h1>
<p>The city council of Riverton voted on Tuesday to close the old bridge over the Wren river.</p>
<p>Mayor Ana Ruiz said the bridge had become unsafe after the spring floods damaged its supports.</p>
</article><footer>Share this article</footer></body></html>"""


def test_seeds_directory(seeds_dir: Path) -> None:
    articles = read_articles(seeds_dir)
    assert [a.id for a in articles] == sorted(p.stem for p in seeds_dir.glob("*.txt"))
    # The Daily Mail report opens with a headline; the other two open with their lead sentence.
    assert articles[0].title is not None and articles[0].title.startswith("So who will be next")
    assert articles[1].title is None and articles[1].text.startswith("LABOUR MPs")
    assert all(a.origin and a.origin.endswith(".txt") for a in articles)


def test_text_title_only_when_it_looks_like_a_headline(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Bridge closes in Riverton\n\nThe council voted to close the bridge.\n")
    (tmp_path / "b.txt").write_text("The council voted to close the bridge.\nIt will stay shut.\n")
    a, b = read_articles([tmp_path / "a.txt", tmp_path / "b.txt"])
    assert a.title == "Bridge closes in Riverton"
    assert "Bridge closes" not in a.text
    assert b.title is None


def test_markdown(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text("# Bridge closes\n\nThe **council** voted to [close](http://x) the bridge on Tuesday.\n")
    (art,) = read_articles(path)
    assert art.title == "Bridge closes"
    assert "The council voted to close the bridge on Tuesday." in art.text


def test_html_keeps_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML)
    (art,) = read_articles(path)
    assert art.title == "Bridge closes"
    assert art.outlet == "Riverton Gazette"
    assert art.author == "Jo Reyes"
    assert art.published == "2024-03-05"
    assert art.url == "https://gazette.example/bridge"
    assert "Mayor Ana Ruiz said" in art.text
    assert "Home | News" not in art.text


def test_html_without_article_text(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><body><script>var x = 1;</script></body></html>")
    with pytest.raises(InputError, match=r"empty\.html: no article text"):
        read_articles(path)


def test_jsonl_cluster_documents(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    line = {
        "id": "c1",
        "documents": ["First report.", {"text": "Second report.", "title": "T"}],
        "summary": "S",
    }
    path.write_text(json.dumps(line) + "\n")
    articles = read_articles(path)
    assert [a.id for a in articles] == ["c1#0", "c1#1"]
    assert articles[1].title == "T"
    (cluster,) = read_clusters(path)
    assert cluster.references == ("S",)


def test_jsonl_multinews_original_form(tmp_path: Path) -> None:
    path = tmp_path / "mn.jsonl"
    doc = "Line one of a.NEWLINE_CHARNEWLINE_CHARLine two of a. ||||| Report b here. |||||"
    path.write_text(json.dumps({"document": doc, "summary": "– A summary."}) + "\n")
    a, b = read_articles(path)
    assert a.text == "Line one of a.\n\nLine two of a. "
    assert b.text.strip() == "Report b here."


def test_jsonl_several_clusters_needs_a_choice(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    path.write_text("\n".join(json.dumps({"id": k, "documents": [f"Doc {k}."]}) for k in "xy") + "\n")
    with pytest.raises(InputError, match="holds 2 clusters; choose one with --cluster"):
        read_articles(path)
    (art,) = read_articles(path, cluster="y")
    assert art.text == "Doc y."


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", r"bad\.jsonl:2: invalid JSON"),
        ('["a list"]', r"bad\.jsonl:2: expected a JSON object"),
        ('{"documents": []}', r"bad\.jsonl:2: \"documents\" must be a non-empty list"),
        ('{"documents": [42]}', r"bad\.jsonl:2: a document must be a string or an object"),
        ('{"title": "no text"}', r"bad\.jsonl:2: expected \"documents\", \"document\" or \"text\""),
        ('{"text": "   "}', r"bad\.jsonl:2: document .* is empty"),
        ('{"text": "ok", "title": 5}', r"bad\.jsonl:2: \"title\" must be a string"),
    ],
)
def test_malformed_jsonl_names_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "A fine first article."}\n' + line + "\n")
    with pytest.raises(InputError, match=message):
        read_articles(path)


def test_batch_reading_reports_bad_lines_and_carries_on(tmp_path: Path) -> None:
    path = tmp_path / "data.jsonl"
    path.write_text('{"documents": ["a."]}\n{oops\n{"documents": ["b."]}\n')
    errors: list[InputError] = []
    clusters = list(read_clusters(path, on_error=errors.append))
    assert len(clusters) == 2
    assert len(errors) == 1 and errors[0].line == 2


def test_stdin_text_and_separator() -> None:
    (one,) = read_stream(io.BytesIO(b"Just one report about the bridge.\n"))
    assert one.id == "stdin"
    two = read_stream(io.BytesIO(b"First report. ||||| Second report."))
    assert [a.id for a in two] == ["stdin#0", "stdin#1"]


def test_stdin_jsonl() -> None:
    data = b'{"text": "A.", "id": "x"}\n{"text": "B.", "id": "y"}\n'
    assert [a.id for a in read_stream(io.BytesIO(data))] == ["x", "y"]


def test_missing_path() -> None:
    with pytest.raises(InputError, match=r"/no/such/file\.txt: no such file or directory"):
        read_articles("/no/such/file.txt")


def test_empty_directory(tmp_path: Path) -> None:
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    with pytest.raises(EmptyInputError, match=r"directory holds no \.txt"):
        read_articles(tmp_path)


@pytest.mark.parametrize("content", [b"", b"   \n\t\n"])
def test_empty_or_whitespace_article(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    with pytest.raises(EmptyInputError, match=r"blank\.txt: article is empty or only whitespace"):
        read_articles(path)


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(InputError, match=r"photo\.txt: looks like a binary file"):
        read_articles(path)


def test_undecodable_bytes_fall_back_with_a_warning(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("The caf\u00e9 on the corner closed on Tuesday.".encode("cp1252"))
    with caplog.at_level(logging.WARNING, logger="newsbrief"):
        (art,) = read_articles(path)
    assert "café" in art.text
    assert any("latin.txt: not valid UTF-8" in r.getMessage() for r in caplog.records)


def test_size_cap(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000)
    with pytest.raises(InputTooLargeError, match=r"big\.txt: file is 5,000 bytes, over the 1,000-byte cap"):
        read_articles(path, max_bytes=1000)
    assert read_articles(path, max_bytes=10_000)


def test_duplicate_stems_get_unique_ids(tmp_path: Path) -> None:
    for sub in ("x", "y"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "story.txt").write_text(f"Report from {sub}.")
    assert [a.id for a in read_articles(tmp_path)] == ["story", "story~2"]


def test_duc_task5_published_dates_reach_the_articles(data_dir: Path) -> None:
    from newsbrief.text.dates import choose_anchor, published_date

    path = data_dir / "duc2004" / "task5_dated.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is absent: this test reads the shared data set")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    articles = read_articles([path])
    assert [a.id for a in articles] == [r["id"] for r in rows]
    assert [a.published for a in articles] == [r["published"] for r in rows]  # as given, time part included
    assert all(published_date(a.published) is not None for a in articles)
    anchors = {choose_anchor(a.text, a.published).source for a in articles}
    assert anchors == {"published", "dateline"}  # Xinhua's datelines a day before their stamp win
    assert {a.outlet for a in articles} == {"AP", "The New York Times", "Xinhua"}


def test_published_in_a_jsonl_article_line(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(
        json.dumps({"id": "a", "text": "The council met on Monday.", "published": "2019-02-20T10:00:00"}) + "\n"
    )
    (article,) = read_articles([path])
    assert article.published == "2019-02-20T10:00:00"
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"id": "a", "text": "The council met.", "published": 20190220}) + "\n")
    with pytest.raises(InputError, match='"published" must be a string'):
        read_articles([bad])


def test_a_cluster_id_with_no_jsonl_input_is_refused_not_ignored(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("The council closed the old bridge on Tuesday after floods.")
    with pytest.raises(InputError, match=r"story\.txt: --cluster 'x' chooses a cluster of a JSONL file"):
        read_articles(path, cluster="x")
    assert read_articles(path)[0].id == "story"


def test_an_article_line_among_clusters_is_named_by_its_line(tmp_path: Path) -> None:
    # `newsbrief eval` on a feed of articles warned "skipped data.jsonl: expected a cluster line" with no line
    path = tmp_path / "data.jsonl"
    path.write_text('{"documents": ["a."]}\n{"id": "x", "text": "An article."}\n')
    errors: list[InputError] = []
    assert len(list(read_clusters(path, on_error=errors.append))) == 1
    assert [e.line for e in errors] == [2] and str(errors[0]).startswith(f"{path}:2: expected a cluster line")
