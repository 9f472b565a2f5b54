"""Shared fixtures: where the real data lives, the seed reports, and literal articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbrief import Article

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
SEEDS = DATA / "seeds"


def require(path: Path) -> Path:
    """Skip the test with a clear reason when a data file of ../shared/data is absent."""
    if not path.exists():
        pytest.skip(f"{path} is absent: this test reads the shared data set (../shared/data beside the repo)")
    return path


@pytest.fixture
def seeds_dir() -> Path:
    return require(SEEDS)


@pytest.fixture
def data_dir() -> Path:
    return require(DATA)


@pytest.fixture
def story() -> list[Article]:
    """Three short literal reports of one invented story (no data needed)."""
    return [
        Article(
            id="a",
            text=(
                "The city council of Riverton voted on Tuesday to close the old bridge over the Wren river."
                "\n\n"
                "Mayor Ana Ruiz said the bridge had become unsafe after the spring floods damaged its supports."
                "\n\n"
                "The closure will last at least six months while engineers design a replacement.\n\n"
                "Local shop owners warned that the detour would cost them customers."
            ),
            title="Riverton closes old bridge",
        ),
        Article(
            id="b",
            text=(
                "Riverton's council has voted to close the old Wren river bridge, citing flood damage.\n\n"
                "The vote on Tuesday was seven to two.\n\n"
                "Mayor Ana Ruiz said the spring floods had left the bridge unsafe for traffic.\n\n"
                "A replacement bridge could cost 40 million dollars, according to the city engineer."
            ),
        ),
        Article(
            id="c",
            text=(
                "Drivers in Riverton face long detours after the council closed the old bridge on Tuesday."
                "\n\n"
                "The closure is expected to last at least six months.\n\n"
                "Shop owners near the bridge fear losing customers during the detour."
            ),
        ),
    ]
