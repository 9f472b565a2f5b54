"""The files newsbrief ships in ``newsbrief/data`` load through the one reader, and a missing one says so."""

from __future__ import annotations

import pytest

from newsbrief.package_data import read_json, read_text


def test_a_missing_data_file_names_itself_and_the_fix() -> None:
    with pytest.raises(FileNotFoundError, match=r"data/no_such_model\.json is missing.*reinstall newsbrief"):
        read_json("no_such_model.json")


def test_every_shipped_model_and_table_loads() -> None:
    from newsbrief.analyse.background import _story_model
    from newsbrief.analyse.name_evidence import known_place
    from newsbrief.analyse.speaker_ranker import shipped_ranker
    from newsbrief.compare.conflict_model import shipped_model
    from newsbrief.compare.same_fact import default_model
    from newsbrief.ingest.furniture import is_furniture
    from newsbrief.summarize.lede import _model as lede_model
    from newsbrief.summarize.opinion import default_threshold
    from newsbrief.summarize.pages import models

    assert 0.0 <= shipped_ranker().threshold <= 1.0
    assert 0.0 <= shipped_model().threshold <= 1.0
    assert 0.0 <= default_model().threshold <= 1.0
    assert 0.0 <= default_threshold() <= 1.0
    assert 0.0 < models().summarise.threshold < 1.0
    assert 0.0 < _story_model().threshold < 1.0  # data/timeline_story.json, the timeline's learned second look
    assert 0.0 < lede_model().threshold < 1.0  # data/lede.json, the scene-setting lede detector
    assert set(read_json("quality.json")) >= {"features", "mean", "scale", "coef", "intercept"}
    assert known_place("Paris")
    assert not is_furniture("The council voted on Tuesday to close the library.")
    assert "\nparis\n" in read_text("places.txt")  # folded names


def test_pyproject_ships_every_data_file_in_the_wheel() -> None:
    """A data file the ``package-data`` globs miss works from a checkout and fails from a wheel."""
    import tomllib
    from pathlib import Path, PurePosixPath

    root = Path(__file__).resolve().parents[1]
    globs = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["package-data"]
    package = root / "src" / "newsbrief"
    shipped = [p.relative_to(package).as_posix() for p in (package / "data").rglob("*") if p.is_file()]
    assert shipped
    missed = [f for f in shipped if not any(PurePosixPath(f).match(g) for g in globs["newsbrief"])]
    assert missed == []
