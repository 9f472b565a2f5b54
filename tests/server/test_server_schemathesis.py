"""Property-based tests of the API from its own OpenAPI description (schemathesis): never a 500.

Hypothesis draws bodies and parameters that follow the schema and many that break it; whatever comes
in, the server must answer with a 2xx or 4xx (or 503), each with a JSON error document, never 5xx for
a bug. The number of examples is bounded so that this runs in seconds.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error

from newsbrief.server import ServerSettings, create_app

app = create_app(
    ServerSettings(
        max_articles=5,
        max_article_bytes=20_000,
        max_request_bytes=100_000,
        max_upload_bytes=50_000,
        time_limit=20,
        max_jobs=500,
        preload=False,
    )
)

_line = st.one_of(
    st.builds(lambda t, i: json.dumps({"text": t, "id": i}), st.text(max_size=200), st.text(max_size=8)),
    st.text(max_size=80),
    st.just('{"documents": ["a b c.", "d e f."]}'),
)
schemathesis.openapi.media_type(
    "application/x-ndjson", st.lists(_line, max_size=6).map(lambda lines: "\n".join(lines).encode("utf-8"))
)
schema = schemathesis.openapi.from_asgi("/openapi.json", app)


@pytest.fixture(scope="module", autouse=True)
def _stop_jobs() -> Iterator[None]:
    """Stop the stories jobs and the workers the examples started before the interpreter exits."""
    yield
    app.state.jobs.close()
    app.state.pool.close()


def _json_error_or_success(response: object, case: schemathesis.Case) -> None:
    status = response.status_code  # type: ignore[attr-defined]
    assert status < 500 or status == 503, f"{case.method} {case.path}: {status} {response.text[:300]}"  # type: ignore[attr-defined]
    if status >= 400:
        doc = response.json()  # type: ignore[attr-defined]
        assert set(doc) == {"error", "message"} and doc["message"], doc


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
# Hypothesis flags any use of the global `random` while a strategy draws; the server's own threads (which
# start worker processes and follow stories jobs) may touch it meanwhile, which says nothing about the API.
@pytest.mark.filterwarnings("ignore::hypothesis.errors.HypothesisDeprecationWarning")
def test_api_never_answers_500(case: schemathesis.Case) -> None:
    response = case.call()
    case.validate_response(response, checks=[not_a_server_error])
    _json_error_or_success(response, case)
