"""Credits, bylines and campuses are no mentions of the story's entities (``_entity_story.in_credit``,
``entities._campus``): literal text with look-alikes that are mentions. Real spaCy model; nothing is mocked."""

from __future__ import annotations

import pytest

from entity_text import entities_of, span_of
from installed import require_spacy_model
from newsbrief.analyse._entity_story import credit_marks, in_credit

require_spacy_model()


@pytest.mark.parametrize(
    ("text", "name", "credit"),
    [
        ("CHICAGO (AP) — In a stunning ruling, the board agreed.", "AP", True),
        ("CHICAGO (AP) ― In a stunning ruling, the board agreed.", "AP", True),  # HuffPost's horizontal bar
        ("MONDAY, July 2 (HealthDay News) -- Pain may depend on the level of stress.", "HealthDay News", True),
        ("The officer's claim was a hoax. (Photo: AP)\n\nA former officer was charged.", "AP", True),
        ("Ballots were counted in Lauderhill. (Joe Cavaretta/Sun-Sentinel via AP)\n\nThe count went on.", "AP", True),
        ("Staff writers Bill Laitner and Robert Allen contributed to this report.", "Robert Allen", True),
        ("Copyright © 2017 NPR. All rights reserved.", "NPR", True),
        # look-alikes that are mentions
        ("The Centers for Disease Control and Prevention (CDC) issued a warning.", "CDC", False),
        ("Rep. Sandy Levin (Mich.), the panel's top Democrat, said no.", "Mich.", False),
        ('"(Rose) is a member of our canine unit," the university said.', "Rose", False),
        ("The studio holds the copyright to the Klingon language, Paramount said.", "Paramount", False),
        ("NPR reported the figures on Monday.", "NPR", False),
    ],
)
def test_a_credit_is_no_mention(text: str, name: str, credit: bool) -> None:
    assert in_credit(span_of(text, name), text, credit_marks(text)) is credit


def test_a_wire_named_only_in_datelines_and_credits_is_not_listed() -> None:
    ents = entities_of(
        "NEW YORK (Associated Press) — Colin Kroll, a tech executive, has died. Kroll was 34, police said.",
        "Kroll founded the app in 2017. (Associated Press)\n\nColin Kroll was found in his apartment.",
    )
    assert not [e for e in ents if "Associated Press" in (e.name, *e.aliases)]
    assert [e.label for e in ents if e.name == "Colin Kroll"] == ["PERSON"]


def test_a_campus_is_part_of_its_universitys_name() -> None:
    ents = entities_of(
        '"It helps," said Angela Lukowski, an assistant professor of psychology at the University of California, '
        "Irvine. Lukowski studied 216 babies."
    )
    assert not [e for e in ents if e.name == "Irvine"]
    assert [e.label for e in ents if e.name.endswith("University of California")] == ["ORG"]


def test_a_transcripts_speaker_label_is_a_person() -> None:
    ents = entities_of(
        "He said so.\n\nMARTIN: That's Opal Lee. She is on a quest.\n\nLEE: But I got going.\n\n"
        "MARTIN: It started out as a walk around her church."
    )
    assert [e.label for e in ents if e.name.lower() == "martin"] == ["PERSON"]  # tagged ORG both times


def test_a_datelines_place_before_a_colon_stays_a_place() -> None:
    ents = entities_of("LONDON: The minister said on Monday that talks with the unions would resume.")
    assert [e.label for e in ents if e.name.lower() == "london"] == ["GPE"]
