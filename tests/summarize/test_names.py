"""summarize/names.py: the reading of people's names that antecedents, descriptions, introduce and standalone
share, in one place (descriptions.py reached into three other modules' private helpers for it)."""

from __future__ import annotations

import random
import re

from newsbrief.summarize.names import NOT_GIVEN, Person, capitalised_runs, name_lead, person_gender
from newsbrief.text.lexicon import REFERENT_NOUNS


def test_runs_skip_the_titles_before_a_name() -> None:
    text = "But Supreme Court Justice Harry A. Blackmun said so, and New Hampshire agreed."
    runs = capitalised_runs(text)
    words = runs[0][2]
    assert words == ["But", "Supreme", "Court", "Justice", "Harry", "A.", "Blackmun"]
    assert words[name_lead(words) :] == ["Harry", "A.", "Blackmun"]
    assert "new" in NOT_GIVEN and "monday" in NOT_GIVEN and "nurse" in REFERENT_NOUNS


def test_gender_from_titles_and_given_name_and_none_when_they_disagree() -> None:
    assert person_gender("Mrs. Doe spoke.", Person("Jane Doe", "Doe")) == "f"
    assert person_gender("Mr. Doe spoke.", Person("John Doe", "Doe")) == "m"
    assert person_gender("Mr. Doe spoke.", Person("Jane Doe", "Doe")) is None


def test_full_names_read_a_title_eaten_given_name_and_gate_the_wider_letters() -> None:
    from newsbrief.summarize.names import full_names

    def read(text: str) -> list[str]:
        return [m.group(0) for m in full_names(text)]

    assert read("K9 Officer Collin Rose died.") == ["Officer Collin", "Collin Rose"]
    assert read("Shelby McDowell, 20, and Mitch McConnell spoke.") == ["Shelby McDowell", "Mitch McConnell"]
    assert read("Liberal MP Mauril Bélanger spoke.") == ["Mauril Bélanger"]  # after a title
    # a headline's verb before a brand: no person (it made "McDonald's" a bare surname the selection refused)
    assert read("Meet McDonald’s McRibster. Visit Québec now.") == []


def _plain_runs(text: str) -> list[tuple[int, int, list[str]]]:
    """capitalised_runs as written before session 18: every token tried against the patterns."""
    runs: list[tuple[int, int, list[str]]] = []
    for m in re.finditer(r"[A-Za-z][\w'’.-]*", text):
        token = m.group(0)
        word = token.rstrip(".,") if not re.fullmatch(r"[A-Z]\.", token) else token
        capitalised = re.fullmatch(r"[A-Z][a-z]*(?:['’]?[A-Z][a-z]+)*(?:-[A-Z][a-z]+)?(?:['’]s)?", word)
        initial = re.fullmatch(r"[A-Z]\.", word)
        if not (capitalised or initial) or (word.isupper() and len(word) > 1 and not initial):
            continue
        if runs and text[runs[-1][1] : m.start()] == " " and text[runs[-1][1] - 1] not in ",;:":
            start, _, words = runs[-1]
            runs[-1] = (start, m.start() + len(word), [*words, word])
        else:
            runs.append((m.start(), m.start() + len(word), [word]))
    return runs


def test_runs_skip_lower_case_words_without_changing_a_run() -> None:
    """The lower-case fast path (session 18) gives the runs every token's patterns gave."""
    rng = random.Random(18)
    vocabulary = ["Jane", "Doe", "A.", "iPhone", "McDowell", "U.S.", "NASA", "de", "la", "the", "O'Neil", "Doe's"]
    vocabulary += ["x", "said", ",", ";", ".", "  ", "Jean-Luc", "e.", "b.", "Zoë", "r", "aB", "Ab-Cd"]
    cases = ["But Supreme Court Justice Harry A. Blackmun said so, and New Hampshire agreed.", "", "a b c"]
    cases += ["".join(rng.choice(vocabulary) + rng.choice([" ", "", ", "]) for _ in range(12)) for _ in range(3_000)]
    for text in cases:
        assert capitalised_runs(text) == _plain_runs(text), text
