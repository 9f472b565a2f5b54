"""Fixtures of the server tests: an app with small caps, the seed texts, the Brief JSON schema."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from newsbrief.server import ServerSettings, create_app

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def settings() -> ServerSettings:
    """Caps small enough to hit in a test, large enough for the seeds; workers start with the first brief."""
    return ServerSettings(
        max_request_bytes=200_000,
        max_articles=5,
        max_article_bytes=30_000,
        max_upload_bytes=500_000,
        time_limit=600,  # a shared test machine may be slow; the limit itself is tested on its own
        queue_wait=600,
        preload=False,
    )


@pytest.fixture(scope="module")
def client(settings: ServerSettings) -> Iterator[TestClient]:
    """One app per test module: its worker processes (and their spaCy) are started once, not per test."""
    with TestClient(create_app(settings)) as test_client:
        yield test_client


@pytest.fixture
def seed_texts(seeds_dir: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt"))]


@pytest.fixture
def brief_schema() -> dict[str, Any]:
    return json.loads((REPO / "docs" / "brief.schema.json").read_text(encoding="utf-8"))
