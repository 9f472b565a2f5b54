"""summarize/names.py: the reading of people's names that antecedents, descriptions, introduce and standalone
share, in one place (descriptions.py reached into three other modules' private helpers for it)."""

from __future__ import annotations

import ast
from pathlib import Path

import newsbrief.summarize.descriptions as descriptions
from newsbrief.summarize.names import NOT_GIVEN, PERSON_NOUNS, Person, capitalised_runs, name_lead, person_gender


def _private_imports(module: object) -> list[str]:
    """``from newsbrief.x import _name`` lines of a module: private names of another module."""
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))  # type: ignore[attr-defined]
    return [
        f"{node.module}.{alias.name}"
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("newsbrief.summarize")
        for alias in node.names
        if alias.name.startswith("_")
    ]


def test_descriptions_uses_no_private_helper_of_another_summarize_module() -> None:
    assert _private_imports(descriptions) == []


def test_runs_skip_the_titles_before_a_name() -> None:
    text = "But Supreme Court Justice Harry A. Blackmun said so, and New Hampshire agreed."
    runs = capitalised_runs(text)
    words = runs[0][2]
    assert words == ["But", "Supreme", "Court", "Justice", "Harry", "A.", "Blackmun"]
    assert words[name_lead(words) :] == ["Harry", "A.", "Blackmun"]
    assert "new" in NOT_GIVEN and "monday" in NOT_GIVEN and "nurse" in PERSON_NOUNS


def test_gender_from_titles_and_given_name_and_none_when_they_disagree() -> None:
    assert person_gender("Mrs. Doe spoke.", Person("Jane Doe", "Doe")) == "f"
    assert person_gender("Mr. Doe spoke.", Person("John Doe", "Doe")) == "m"
    assert person_gender("Mr. Doe spoke.", Person("Jane Doe", "Doe")) is None
