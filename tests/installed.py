"""Checks that the install is what pyproject promises (shared by the tests that need it)."""

from __future__ import annotations

import pytest


def require_spacy_model() -> None:
    """Fail (not skip) when the English spaCy model is missing: the install promises it (pyproject), so a
    missing model is a broken install that the analysis tests must report, not hide."""
    from newsbrief.analyse.nlp import available_model

    if available_model() is None:
        pytest.fail(
            "spaCy or its English model is not installed, though newsbrief's dependencies include them: "
            "run `make install` (pip install -e '.[dev]')",
            pytrace=False,
        )
