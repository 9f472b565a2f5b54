"""A bare surname introduced by the full name another report of the story gives ("[Michael] Hayes stayed ...")."""

from __future__ import annotations

from newsbrief.model import Article, SummarySentence
from newsbrief.summarize.introduce import introduce_people
from newsbrief.summarize.story_names import introduce_from_story, story_given_names
from summary_text import summary_of

FULL = "Police arrested Michael Hayes, 28, on Saturday night after the shooting in New Orleans."
FOLLOW_UP = "Hayes stayed at the scene, police said. Hayes' attorney said his client was not to blame."


def _brief(articles: list[Article], *sentences: str) -> list[SummarySentence]:
    """The summary of ``sentences`` (each from the first article holding it), as the brief shows it."""
    return introduce_from_story(introduce_people(summary_of(articles, *sentences), articles), articles)


def test_a_surname_only_another_report_gives_in_full_is_introduced_once() -> None:
    arts = [Article("a", FOLLOW_UP), Article("b", FULL)]
    out = _brief(arts, "Hayes stayed at the scene, police said.", "Hayes' attorney said his client was not to blame.")
    assert out[0].shown == "[Michael] Hayes stayed at the scene, police said."
    assert out[0].text == "Hayes stayed at the scene, police said."  # the text and span stay verbatim
    assert out[1].insertions == ()  # the reader has met him


def test_nothing_where_the_brief_gave_the_full_name_already() -> None:
    arts = [Article("a", FOLLOW_UP), Article("b", FULL)]
    out = _brief(arts, FULL, "Hayes stayed at the scene, police said.")
    assert [s.insertions for s in out] == [(), ()]


def test_nothing_where_the_story_gives_the_surname_two_given_names() -> None:
    arts = [Article("a", FOLLOW_UP), Article("b", FULL), Article("c", "Marcus Hayes, his cousin, said nothing.")]
    (out,) = _brief(arts, "Hayes stayed at the scene, police said.")
    assert out.insertions == ()


def test_a_word_no_dictionary_given_name_or_inside_a_longer_name_gives_nothing() -> None:
    # "the South Carolina Republican said" read "Carolina Republican" as a full name (val_raw, session 16)
    story = [
        Article("a", 'Sen. Lindsey Graham spoke. "It is naive," the South Carolina Republican said on Sunday.'),
        Article("b", "Republican leaders met on Monday. Graham said no. House Republicans said yes."),
    ]
    assert "Republican" not in story_given_names(story) and "Republicans" not in story_given_names(story)
    assert story_given_names(story) == {"Graham": "Lindsey"}


def test_a_surname_that_is_no_person_gets_nothing() -> None:
    # a place or a product: the story never has it speak, with a title or an age
    arts = [Article("a", "Jordan Valley farms flooded. Valley roads closed on Monday."), Article("b", FULL)]
    assert "Valley" not in story_given_names(arts)


def test_a_given_name_behind_quotation_marks_or_a_firm_gets_nothing() -> None:
    # PolNeAR train, session 16: "''Hillary [Hillary] Clinton last night said", "[Daron] Shaw & Company Research"
    story = Article("a", "Hillary Clinton said yes. Daron Shaw, 50, said no. The poll was run by Shaw & Company.")
    quoted = "''Hillary Clinton last night said that it's not our fight.''"
    firm = "The poll was run by Shaw & Company."
    arts = [Article("b", f"{quoted} {firm}"), story]
    assert [s.insertions for s in _brief(arts, quoted, firm)] == [(), ()]


def test_a_full_name_met_only_in_passing_introduces_no_one() -> None:
    # PolNeAR train, session 16: the one "Obama" with a given name was his wife's, in a relative clause
    story = [Article("a", "Obama said no. The slaves whom Michelle Obama referred to built the house. Obama left.")]
    assert story_given_names(story) == {}
    story = [Article("a", "Obama said no. The slaves whom Sen. Barack Obama referred to built the house. Obama left.")]
    assert story_given_names(story) == {"Obama": "Barack"}  # introduced: a title before the name


def test_a_second_given_name_the_full_name_scan_misses_makes_it_ambiguous() -> None:
    # PolNeAR train, session 16: "Actor Clint Howard" (read as "Actor Clint") beside "legend Ron Howard"
    story = [
        Article("a", "Actor Clint Howard backs Cruz. He is the brother of Hollywood legend Ron Howard. Howard said.")
    ]
    assert story_given_names(story) == {}


def test_a_surname_that_names_a_body_or_firm_in_the_story_gets_nothing() -> None:
    # val_raw, session 16 review: "said [Duke] University of Texas law professor ..." beside "Duke University", and
    # "[George] Gallup's polling" beside "Gallup Poll", "Gallup Editor" and the firm's founder "Dr. George Gallup"
    arts = [
        Article(
            "a",
            "She is at Duke University, in Durham. It is fine, said University of Texas professor Ann Lee.",
        ),
        Article("b", "Frank Newport, Gallup Editor in Chief, said no. Dr. George Gallup founded it. Gallup said so."),
        Article("c", "Gallup's polling was out of line, Newport said. The Gallup Poll is old."),
    ]
    assert "University" not in story_given_names(arts) and "Gallup" not in story_given_names(arts)
    assert story_given_names(arts).get("Newport") == "Frank"  # a person in the same story is still introduced
    # "of" + a place after the surname is a person's origin (DUC task 5: "Annan of Ghana")
    assert story_given_names([Article("d", "Kofi Annan, 60, said yes. Annan of Ghana left.")]) == {"Annan": "Kofi"}


def test_a_surname_inside_or_after_the_sources_own_brackets_gets_nothing() -> None:
    # val_raw, session 16 review: "[population biologist Joel] [Joel] Cohen", "his [[Jonathan] Veitch's] resignation"
    arts = [
        Article("a", "Said population biologist Joel Cohen, 70, of it. Jonathan Veitch, 60, said no. Veitch left."),
        Article("b", "We may, says [population biologist Joel] Cohen, feed all. We'll stay until his [Veitch's] exit."),
    ]
    texts = ["We may, says [population biologist Joel] Cohen, feed all.", "We'll stay until his [Veitch's] exit."]
    assert [s.insertions for s in _brief(arts, *texts)] == [(), ()]
