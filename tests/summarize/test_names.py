"""summarize/names.py: the reading of people's names that antecedents, descriptions, introduce and standalone
share, in one place (descriptions.py reached into three other modules' private helpers for it)."""

from __future__ import annotations

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
