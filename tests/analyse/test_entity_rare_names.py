"""A place or body whose first word is a rare given name ("Har Homa", "El Portal", "Anlong Veng": "Har", "El" and
"Anlong" are in gender-guesser's dictionary, rated 1-2 of 13 in every country) was listed as a person when the
tagger said PERSON and nothing else said otherwise (session 11, issue 11). A rare given name is now a person's
evidence only when the story does not use the name as a place's: after "in"/"at"/"near" in half its mentions,
or tagged a body or place once; a speaker ("Newt Gingrich said") stays a person.

A known place named as a place more often than the one full name it opens ("France" beside "France Info" tagged
PERSON once) is the place, not that person's given name; a surname that is a town's name stays the person's.

Real spaCy model; nothing is mocked. The first two tests and the "France Info" one fail on c6a4faa; the look-alikes
pass on both.
"""

from __future__ import annotations

from entity_text import entities_of
from installed import require_spacy_model
from newsbrief.analyse.name_evidence import common_given_name

require_spacy_model()


def _people(*texts: str) -> set[str]:
    return {e.name for e in entities_of(*texts) if e.label == "PERSON"}


def test_a_settlement_named_with_a_rare_given_name_is_no_person() -> None:
    people = _people(
        "Israel's Cabinet said it would build homes at Har Homa in east Jerusalem. Har Homa is the site of a "
        "planned Jewish neighborhood. Palestinians protested the building at Har Homa, officials said.",
        "Prime Minister Benjamin Netanyahu said work in Har Homa would start soon. Netanyahu said the homes at Har "
        "Homa would be finished by 2000.",
    )
    assert "Har Homa" not in people
    assert "Benjamin Netanyahu" in people


def test_a_town_named_with_a_rare_given_name_is_no_person() -> None:
    people = _people(
        "The fire forced the evacuation of El Portal on Tuesday. Residents of El Portal fled as the flames neared. "
        "In El Portal, firefighters held the line, Chief John Smith said.",
        "Smith said the blaze came within a mile of El Portal. Crews in El Portal stayed overnight, Smith said.",
    )
    assert "El Portal" not in people
    assert "John Smith" in people


def test_a_speaker_with_a_rare_given_name_stays_a_person() -> None:
    # "Newt" is rated 1: twice after "at" (left out without the speech), but the subject of "said".
    people = _people(
        "Republicans jeered at Newt Gingrich on Monday. The anger at Newt Gingrich grew in the House. "
        "Newt Gingrich said he would read it.",
        "Hank Aaron hit 755 home runs. Fans cheered Hank Aaron in Atlanta. Hank Aaron was honored on Friday.",
    )
    assert {"Newt Gingrich", "Hank Aaron"} <= people  # "Hank" is rated 1 too: never used as a place


def test_common_given_name_reads_the_dictionary_ratings() -> None:
    assert all(common_given_name(w) for w in ("Edward", "Mathew", "Fan", "Melody"))
    assert not any(common_given_name(w) for w in ("El", "Har", "Anlong", "Hobart", "Twitter", "smith"))


def test_a_country_is_not_the_given_name_of_a_name_it_opens_once() -> None:
    # DUC d30033t: "France Info" tagged PERSON once made the 13 mentions of France (GPE) its given name's; c6a4faa
    # listed "France Info" PERSON (6 here) and no France.
    entities = {
        e.name: (e.label, sum(n for _, n in e.mentions))
        for e in entities_of(
            "France Info radio said the strike would spread. Workers across France stopped work on Monday. In "
            "France, unions said the talks had failed.",
            "Trains in France did not run. The strike hit France hardest in the south, and France's prime minister "
            "said he would not give way.",
        )
    }
    assert entities.get("France", ("", 0))[0] == "GPE"
    assert entities.get("France Info", ("", 0))[1] <= 1


def test_a_surname_that_is_a_town_stays_the_persons() -> None:
    # "Henderson" is a known place (Nevada) and tagged GPE here; it is Bonita Henderson's surname.
    people = {
        e.name: sum(n for _, n in e.mentions)
        for e in entities_of(
            "Bonita Henderson was sentenced on Friday. Henderson said she was sorry. The judge told Henderson to "
            "pay the family.",
            "Lawyers for Henderson said she would appeal. Bonita Henderson left the court in tears.",
        )
        if e.label == "PERSON"
    }
    assert people.get("Bonita Henderson", 0) >= 4


def test_a_person_with_a_rare_given_name_after_to_or_from_stays_a_person() -> None:
    # "Kofi", "Shinzo" are rated rare; "to" and "from" come before people as often as before places (review14:
    # both were left out when those words counted as a place's).
    assert "Kofi Annan" in _people(
        "Protesters delivered a petition to Kofi Annan on Monday. The reply from Kofi Annan came a week later.",
        "Thousands marched in Accra. Organisers sent letters to Kofi Annan and to the government.",
    )
    assert "Shinzo Abe" in _people(
        "The award went to Shinzo Abe on Monday. Congratulations poured in from Shinzo Abe's allies.",
        "Supporters wrote to Shinzo Abe. The crowd cheered in Tokyo.",
    )
