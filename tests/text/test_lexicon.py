"""The shared word tables: a stage's part of a table cannot hold a word the table lacks, and the parts the stages
read keep the relations their docstrings state (so a word added to a table reaches every stage that reads it)."""

from __future__ import annotations

import pytest

from newsbrief.analyse._event_rules import REPORTING_LEMMAS as EVENT_REPORTING
from newsbrief.analyse.quote_verbs import SPEECH_LEMMAS as QUOTE_SPEECH
from newsbrief.compare import slots
from newsbrief.summarize.antecedents import _PARTICLE
from newsbrief.text import lexicon
from newsbrief.text.lexicon import (
    BODY_VERBS,
    HONORIFICS,
    NAME_GOES_ON,
    NOUN_GENDER,
    NUMBER_WORDS,
    PARTICLES,
    PERSON_TITLES,
    REPORTING_LEMMAS,
    ROLE_GENDER,
    ROLE_WORDS,
    SPEAKER_TITLES,
    SPEECH_LEMMAS,
    TITLES,
    number_value,
    phrases,
    subset,
)


def test_a_part_with_a_word_outside_its_table_fails() -> None:
    assert subset({"say", "tell"}, "tell") == {"tell"}
    with pytest.raises(ValueError, match="sneeze"):
        subset({"say", "tell"}, "say sneeze")


def test_the_stages_read_the_shared_tables() -> None:
    assert QUOTE_SPEECH is SPEECH_LEMMAS
    assert EVENT_REPORTING is REPORTING_LEMMAS


def test_a_roles_past_holder_is_read_from_the_one_table_of_role_contrasts() -> None:
    """quote_roles.current_holder's "former"/"outgoing" words are a part of ROLE_CONTRAST, not a list of its own."""
    from newsbrief.analyse import quote_roles

    assert lexicon.ROLE_PAST <= lexicon.ROLE_CONTRAST
    assert {"former", "outgoing", "ex"} <= lexicon.ROLE_PAST
    assert not {"new", "incoming", "current"} & lexicon.ROLE_PAST
    assert quote_roles.ROLE_PAST is lexicon.ROLE_PAST


def test_titles_are_parts_of_one_table() -> None:
    assert {h.rstrip(".") for h in HONORIFICS} - TITLES == {"baroness", "baron", "reverend"}
    assert PERSON_TITLES - HONORIFICS <= TITLES
    assert SPEAKER_TITLES - {"the"} <= TITLES
    assert {"mp", "backbencher", "spokesman"} <= ROLE_WORDS - TITLES  # role nouns that stand before no name


def test_a_role_has_the_gender_of_its_noun() -> None:
    assert ROLE_GENDER.items() <= NOUN_GENDER.items()
    assert ROLE_GENDER["spokeswoman"] == "f" and "king" not in ROLE_GENDER


def test_reporting_verbs_are_speech_verbs() -> None:
    assert REPORTING_LEMMAS <= SPEECH_LEMMAS
    assert "blast" not in REPORTING_LEMMAS  # colours the words: not a plain report
    assert {"sue", "spend"} <= BODY_VERBS - SPEECH_LEMMAS  # a body's acts


@pytest.mark.parametrize(
    ("text", "run", "goes_on"),
    [
        ("Mohammed Belgasim al-Zuwiy", "Mohammed Belgasim", True),
        ("Ludwig van Beethoven", "Ludwig", True),
        ("Osama bin Laden", "Osama", True),
        ("Hugo de los Reyes", "Hugo", False),  # one particle before the capital only ("von der" likewise)
        ("John Smith ten Republicans", "John Smith", False),  # "ten" is an English word
    ],
)
def test_the_summary_sees_a_name_go_on_after_a_particle(text: str, run: str, goes_on: bool) -> None:
    assert bool(_PARTICLE.match(text, len(run))) is goes_on


def test_the_summary_reads_more_particles_than_the_entity_stage() -> None:
    assert {"al", "el", "di"} <= NAME_GOES_ON - PARTICLES
    assert not {"al", "el"} & PARTICLES  # "bin Laden's al Qaeda"
    assert NAME_GOES_ON - PARTICLES - {"al", "el", "di"} <= lexicon.AFTER_PARTICLE


@pytest.mark.parametrize(
    ("phrase", "value"),
    [("twelve", 12), ("Twenty-two", 22), ("thirty five", 35), ("a dozen", 12), ("dozen", 12), ("a couple of", 2),
     ("ninety-nine", 99), ("a few", None), ("several", None), ("two-twenty", None), ("twenty-ten", None)],
)  # fmt: skip
def test_number_value_reads_compounds_and_no_vague_count(phrase: str, value: int | None) -> None:
    assert number_value(phrase) == value


def test_the_slots_read_the_one_table_of_number_words() -> None:
    assert slots.NUMBER_WORDS is NUMBER_WORDS


def test_nouns_for_people_are_one_table_whose_parts_the_stages_read() -> None:
    """The summary (a pronoun's referent) and the entity stage (a person cue) each had a ``PERSON_NOUNS`` list of
    their own, 42 words shared; now both are parts of the one table, and no other module defines one."""
    import ast
    from pathlib import Path

    from newsbrief.analyse import _entity_context
    from newsbrief.summarize import standalone

    src = Path(lexicon.__file__).parents[1]
    defining = sorted(
        path.relative_to(src).as_posix()
        for path in src.rglob("*.py")
        for node in ast.parse(path.read_text(encoding="utf-8")).body
        if isinstance(node, ast.Assign | ast.AnnAssign)
        and "PERSON_NOUNS" in {t.id for t in (node.targets if isinstance(node, ast.Assign) else [node.target])
                               if isinstance(t, ast.Name)}
    )  # fmt: skip
    assert defining == ["text/lexicon.py"]
    assert lexicon.PERSON_NOUNS <= lexicon.REFERENT_NOUNS | lexicon.PERSON_CUE_NOUNS  # each word read by a stage
    assert {"mother", "friend"} <= lexicon.REFERENT_NOUNS - lexicon.PERSON_CUE_NOUNS
    assert {"quarterback", "journalist"} <= lexicon.PERSON_CUE_NOUNS - lexicon.REFERENT_NOUNS
    assert standalone.REFERENT_NOUNS is lexicon.REFERENT_NOUNS
    assert _entity_context._CLASS_OF["quarterback"] == _entity_context.PERSON


def test_a_part_of_a_phrase_table_with_a_phrase_outside_it_fails() -> None:
    assert phrases(("more than", "about"), "more than") == ("more than",)
    with pytest.raises(ValueError, match="many more than"):
        phrases(("more than", "about"), "about", "many more than")


@pytest.mark.parametrize(
    ("before", "hedged"),
    [("about", True), ("nearly", True), ("more than", True), ("at most", True), ("just over", True), ("the", False)],
)
def test_the_timeline_reads_the_one_table_of_hedges(before: str, hedged: bool) -> None:
    """A count of days ago after a hedge of the lexicon's table is a round figure (the slots read the same table)."""
    from newsbrief.text.dates import hedged_count

    assert hedged_count("two weeks ago", f"it began {before} ") is hedged
    assert hedged_count("two weeks ago", f"it began {before.upper()} ") is hedged  # the timeline reads any case


def test_a_notice_heading_is_read_from_the_one_table_by_the_summary_and_the_page_parts() -> None:
    from newsbrief.summarize.standalone import is_debris
    from newsbrief.text.page_parts import correction_notices

    assert is_debris("Correction: An earlier version misstated the date.")
    assert is_debris("Editor’s note: This story was updated.")
    assert not is_debris("Corrections officers said the prison was full.")
    story = "Police said the man fled on Monday.\n\n"
    for heading in ("Correction:", "CORRECTIONS", "For the record:"):
        tail = f"{heading}\nAn article on Monday misstated the year."
        assert correction_notices(story + tail) == [(len(story), len(story + tail))]


@pytest.mark.parametrize(
    ("before", "interval"),
    [("more than ", (1.0, float("inf"))), ("nearly ", (0.0, 1.0)), ("approx. ", (0.85, 1.15)), ("the ", (1.0, 1.0))],
)
def test_the_slots_read_their_intervals_from_the_one_table_of_hedges(before: str, interval: tuple) -> None:
    text = f"Officials said {before}300 people came."
    assert slots._hedge(text, text.index("300")) == interval
