"""The JSON API contract with FastAPI's TestClient: answers, the error of each kind and its status, caps."""

from __future__ import annotations

import json
import pickle
import re
from collections.abc import Iterator
from typing import Any

import jsonschema
import pytest
from fastapi.testclient import TestClient

import newsbrief
from newsbrief import Article
from newsbrief.errors import InputError, MissingDependencyError, NewsbriefError, OutputError
from newsbrief.ingest.files import read_document
from newsbrief.server import ServerSettings, create_app
from newsbrief.server.pool import WorkerBugError, call

XSS = '<script>document.title="pwned"</script><img src=x onerror="document.title=1">'


def articles(texts: list[str]) -> list[dict[str, Any]]:
    return [{"text": t} for t in texts]


def test_brief_json_is_the_cli_json(client: TestClient, seed_texts: list[str], brief_schema: dict) -> None:
    response = client.post("/api/brief", json={"articles": articles(seed_texts), "words": 120})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/json")
    doc = response.json()
    jsonschema.validate(doc, brief_schema)
    assert doc["budget_words"] == 120 and len(doc["sources"]) == 3
    # Exactly what the library (and so `newsbrief brief --format json`) renders for the same articles.
    expected = newsbrief.brief(
        [read_document(t, article_id=f"a{i}", origin=f"article {i}") for i, t in enumerate(seed_texts, start=1)],
        words=120,
    )
    assert doc["sources"][0]["title"].startswith("So who will be next")  # a pasted text is read like a .txt file
    assert response.text == newsbrief.render(expected, "json")


def test_metadata_and_ids_are_kept(client: TestClient, story: list[Article], brief_schema: dict) -> None:
    body = {
        "articles": [
            {
                "text": a.text,
                "id": a.id,
                "title": f"T {a.id}",
                "outlet": "Gazette",
                "published": "2024-03-05",
                "url": f"https://example.org/{a.id}",
            }
            for a in story
        ],
        "words": 60,
    }
    doc = client.post("/api/brief", json=body).json()
    jsonschema.validate(doc, brief_schema)
    assert [s["id"] for s in doc["sources"]] == ["a", "b", "c"]
    assert doc["sources"][0]["outlet"] == "Gazette" and doc["sources"][1]["published"] == "2024-03-05"
    assert doc["word_count"] <= 60


def test_brief_html(client: TestClient, story: list[Article]) -> None:
    for response in (
        client.post("/api/brief/html", json={"articles": [{"text": a.text} for a in story]}),
        client.post("/api/brief", json={"articles": [{"text": a.text} for a in story], "format": "html"}),
    ):
        assert response.status_code == 200, response.text
        assert response.headers["content-type"].startswith("text/html")
        assert response.text.lstrip().lower().startswith("<!doctype html")
        csp = response.headers["content-security-policy"]
        assert csp.startswith("sandbox allow-scripts;") and "default-src 'none'" in csp


def test_jsonl_field_and_html_articles(client: TestClient, story: list[Article], brief_schema: dict) -> None:
    feed = "\n".join(json.dumps({"text": a.text, "id": a.id}) for a in story[:2])
    page = (
        "<!doctype html><html><head><title>Bridge</title></head>"
        f"<body><article><p>{story[2].text}</p></article></body></html>"
    )
    doc = client.post("/api/brief", json={"jsonl": feed, "articles": [{"text": page}]}).json()
    jsonschema.validate(doc, brief_schema)
    assert [s["id"] for s in doc["sources"]] == ["a", "b", "a1"]
    assert "<" not in doc["sources"][2]["text"]


def test_repeated_ids_are_made_unique(client: TestClient, story: list[Article]) -> None:
    doc = client.post("/api/brief", json={"articles": [{"text": a.text, "id": "x"} for a in story]}).json()
    assert [s["id"] for s in doc["sources"]] == ["x", "x~2", "x~3"]


@pytest.mark.parametrize(
    ("body", "error", "needle"),
    [
        ({"articles": []}, "EmptyInputError", "no articles"),
        ({"articles": [{"text": "   "}, {"text": "x y z"}]}, "EmptyInputError", "article 1"),
        ({"articles": [{"title": "only a title"}]}, "EmptyInputError", "no text"),
        ({"articles": [{"text": "a b c"}], "words": 0}, "ValidationError", "words"),
        ({"articles": [{"text": "a b c"}], "words": 10_000}, "InputError", "at most 2000"),
        ({"articles": [{"text": "a b c"}], "wrods": 100}, "ValidationError", "wrods"),
        ({"articles": [{"text": 12}]}, "ValidationError", "text"),
        ({"articles": "text"}, "ValidationError", "articles"),
        ({"articles": [{"text": "a b c"}], "format": "pdf"}, "ValidationError", "format"),
        ({"articles": [{"text": "a b c d e f g h."}] * 6}, "InputError", "at most 5"),
        ({"jsonl": '{"text": "one line"}\n{not json'}, "InputError", "jsonl:2"),
        ({"jsonl": '{"title": "no text"}'}, "InputError", "jsonl:1"),
    ],
)
def test_bad_input_is_422_with_a_message(client: TestClient, body: dict, error: str, needle: str) -> None:
    response = client.post("/api/brief", json=body)
    assert response.status_code == 422, response.text
    doc = response.json()
    assert doc["error"] == error
    assert needle in doc["message"]


def test_malformed_json_is_422(client: TestClient) -> None:
    response = client.post("/api/brief", content=b'{"articles": [', headers={"content-type": "application/json"})
    assert response.status_code == 422
    assert response.json()["error"] == "ValidationError"


def test_article_over_cap_is_413(client: TestClient) -> None:
    big = "The council met again today. " * 2_000  # 58 kB, over the 30 kB per-article cap
    response = client.post("/api/brief", json={"articles": [{"text": big}, {"text": "a b c"}]})
    assert response.status_code == 413
    assert response.json()["error"] == "InputTooLargeError" and "30,000-byte cap" in response.json()["message"]


def test_body_over_cap_is_413_declared_or_streamed(client: TestClient) -> None:
    payload = json.dumps({"articles": [{"text": "word " * 30_000}] * 2}).encode()
    response = client.post("/api/brief", content=payload, headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert response.json() == {
        "error": "RequestTooLarge",
        "message": "request body is over the 200,000-byte cap of this server",
    }

    def chunks():  # no Content-Length: counted as it arrives
        for i in range(0, len(payload), 50_000):
            yield payload[i : i + 50_000]

    response = client.post("/api/brief", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413 and response.json()["error"] == "RequestTooLarge"


def test_a_bug_is_a_json_500_and_logged(caplog: pytest.LogCaptureFixture) -> None:
    """Anything that is not one of newsbrief's errors with a status is a bug: 500, logged, no traceback."""

    class Unplaced(NewsbriefError):
        """An error of ours that the status table does not know: a bug, not the client's fault."""

    app = create_app(ServerSettings(preload=False))

    @app.get("/api/boom/{kind}")  # routes that fail the way a bug in a route would
    async def boom(kind: str) -> None:
        if kind == "unplaced":
            raise Unplaced("boom")
        if kind == "worker":
            raise WorkerBugError("unexpected error in worker 1:\nTraceback ... boom")
        if kind == "disk":  # the server's own disk failed it: not the client's input to fix (no 422)
            raise OutputError("cannot write: No space left on device (boom)", source="/srv/jobs/x")
        raise RuntimeError("boom")

    with TestClient(app, raise_server_exceptions=False) as client:
        for kind in ("runtime", "unplaced", "worker", "disk"):
            response = client.get(f"/api/boom/{kind}")
            assert response.status_code == 500, kind
            assert response.json() == {
                "error": "InternalError",
                "message": "an unexpected error in newsbrief; it has been logged",
            }
            assert "boom" not in response.text
    assert sum("unexpected error" in r.message for r in caplog.records) == 4


def test_worker_side_of_a_call_reports_how_it_ended() -> None:
    """What a worker sends back: the result, one of our errors (pickled whole), or a bug's traceback."""
    assert call(len, ("abc",)) == ("ok", 3)
    kind, err = call(newsbrief.read_articles, ("/nonexistent/path",))
    assert kind == "error" and isinstance(err, InputError)
    again = pickle.loads(pickle.dumps(err))
    assert type(again) is type(err) and str(again) == str(err) and again.source == err.source
    kind, trace = call(int, ("not a number",))
    assert kind == "bug" and "ValueError" in trace and "Traceback" in trace
    missing = pickle.loads(pickle.dumps(MissingDependencyError("spacy", "analysis")))
    assert "pip install 'newsbrief[analysis]'" in str(missing)


def test_not_found_and_wrong_method_are_json(client: TestClient) -> None:
    response = client.get("/api/nothing")
    assert response.status_code == 404 and response.json()["error"] == "NotFound"
    response = client.get("/api/brief")
    assert response.status_code == 405 and response.json()["error"] == "MethodNotAllowed"
    assert client.get("/static/../../etc/passwd").status_code == 404
    assert client.get("/static/page.html").status_code == 404


def test_fetch_is_refused_without_allow_fetch(client: TestClient) -> None:
    response = client.post("/api/brief", json={"articles": [{"url": "https://example.org/news"}]})
    assert response.status_code == 403
    assert response.json()["error"] == "FetchRefusedError" and "--allow-fetch" in response.json()["message"]


@pytest.fixture(scope="module")
def fetching() -> Iterator[TestClient]:
    """A server that fetches URLs (in its one worker process, where the address rule is applied)."""
    with TestClient(create_app(ServerSettings(allow_fetch=True, workers=1, preload=False))) as client:
        yield client


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8000/",
        "http://10.1.2.3/admin",
        "http://169.254.169.254/latest/meta-data/",
        "file:///etc/passwd",
        "http://[::1]/",
        "http://0.0.0.0/",
        "ftp://192.0.2.1/x",
    ],
)
def test_fetch_of_non_public_addresses_is_refused(fetching: TestClient, url: str) -> None:
    """IP literals are judged before any connection: nothing here reaches the network."""
    response = fetching.post("/api/brief", json={"articles": [{"url": url}]})
    assert response.status_code == 403, response.text
    assert response.json()["error"] == "FetchRefusedError"


def test_security_headers(client: TestClient) -> None:
    page = client.get("/")
    csp = page.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self' 'sha256-" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert page.headers["x-content-type-options"] == "nosniff"
    # every script of the page is a file of ours: no inline script, no inline handler, no CDN
    assert re.findall(r"<script[^>]*>", page.text) == ['<script src="/static/page.js" defer>']
    assert not re.search(r"\son[a-z]+=", page.text) and "http://" not in page.text and "https://" not in page.text
    api = client.post("/api/brief", json={"articles": []})
    assert api.headers["content-security-policy"].startswith("default-src 'none'")
    assert client.get("/static/page.js").headers["content-type"].startswith("text/javascript")


def test_script_payload_is_escaped_in_the_report(client: TestClient, story: list[Article]) -> None:
    texts = [a.text for a in story]
    texts[0] = texts[0].replace("Mayor Ana Ruiz said", f"Mayor Ana Ruiz {XSS} said")
    body = {"articles": [{"text": t, "title": XSS, "outlet": XSS, "url": "javascript:alert(1)"} for t in texts]}
    html = client.post("/api/brief/html", json=body).text
    assert "<script>document" not in html and "<img src=x" not in html
    assert "&lt;script&gt;document.title=" in html
    assert 'href="javascript:' not in html


def test_docs_are_served_without_a_cdn(client: TestClient) -> None:
    docs = client.get("/docs")
    assert docs.status_code == 200 and "cdn" not in docs.text.lower()
    for src in re.findall(r"(?:src|href)=([^ >]+)", docs.text):
        assert client.get(src.strip("'\"")).status_code == 200, src
    spec = client.get("/openapi.json").json()
    assert {"/api/brief", "/api/brief/html", "/api/stories", "/api/jobs/{job_id}"} <= set(spec["paths"])


def test_the_page_selects_the_configs_defaults(client: TestClient) -> None:
    """The page's length and size choices start at the defaults of BriefConfig and of a stories job."""
    import re

    from newsbrief.config import BriefConfig
    from newsbrief.server.jobs import StoriesOptions

    page = client.get("/").text
    selected = dict(re.findall(r'<select (?:name="\w+" )?id="([\w-]+)">.*?<option value="(\d+)" selected>', page, re.S))
    assert selected == {
        "words": str(BriefConfig().words),
        "story-words": str(StoriesOptions().words),
        "min-articles": str(StoriesOptions().min_articles),
    }
