"""The public face: ``__all__`` is explicit and importable, and importing newsbrief loads no model."""

from __future__ import annotations

import subprocess
import sys

import newsbrief


def test_all_names_exist() -> None:
    assert sorted(newsbrief.__all__) == sorted(set(newsbrief.__all__))
    for name in newsbrief.__all__:
        assert hasattr(newsbrief, name), name
    for name in ("brief", "read_articles", "Brief", "Article", "BriefConfig", "NewsbriefError", "render"):
        assert name in newsbrief.__all__


def test_errors_form_one_tree() -> None:
    for name in ("InputError", "EmptyInputError", "InputTooLargeError", "ConfigError", "MissingDependencyError"):
        assert issubclass(getattr(newsbrief, name), newsbrief.NewsbriefError)


def test_import_is_light() -> None:
    code = (
        "import sys, newsbrief; print(sorted(m for m in ('spacy', 'torch', 'sklearn', 'fastapi') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
