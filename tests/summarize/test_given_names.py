"""A given name used alone shown with the full name ("[Paula Blades] laughs ..."), only where the reports are sure."""

from __future__ import annotations

import pytest

from newsbrief.model import Article, SummarySentence
from newsbrief.summarize.given_names import complete_given_names
from summary_text import summary_of

LEAD = "Doctors removed the implants of Paula Blades, 52, last year."
LATER = "Paula laughs about it now."
QUOTE = '"It was no big deal," Paula said.'


def _brief(articles: list[Article], *sentences: str) -> list[SummarySentence]:
    """The summary of ``sentences`` (each from the first article holding it), shown as the brief would show it."""
    return complete_given_names(summary_of(articles, *sentences), articles)


def test_a_given_name_alone_is_shown_with_the_full_name_its_article_gave_earlier() -> None:
    art = Article("a", f"{LEAD} {LATER} {QUOTE}")
    out = _brief([art], LATER, QUOTE)
    assert out[0].shown == "[Paula Blades] laughs about it now."
    assert out[0].text == LATER and out[0].source.text == LATER  # the span stays verbatim
    assert out[1].insertions == ()  # the reader has met her


def test_no_name_where_the_brief_gave_it_or_the_article_gives_it_only_later() -> None:
    art = Article("a", f"{LEAD} {LATER}")
    out = _brief([art], LEAD, LATER)
    assert [s.insertions for s in out] == [(), ()]
    late = Article("b", f"{LATER} {LEAD} {QUOTE}")
    (alone,) = _brief([late], LATER)
    assert alone.insertions == ()


def test_no_name_where_the_story_gives_the_given_name_two_surnames() -> None:
    art = Article("a", f"{LEAD} {LATER} {QUOTE}")
    other = Article("b", "Paula Smith, a neighbour, said she had seen nothing.")
    (out,) = _brief([art, other], LATER)
    assert out.insertions == ()


def test_a_word_that_is_no_given_name_gets_nothing() -> None:
    text = "Labour Smith, the party's new group, said it would vote no. Labour said so again on Monday."
    art = Article("a", text)
    (out,) = _brief([art], "Labour said so again on Monday.")
    assert out.insertions == ()


def test_a_possessive_written_without_the_s_is_the_same_person() -> None:
    art = Article("a", f"{LEAD} You will find Paula Blade's home down the road. {LATER} {QUOTE}")
    (out,) = _brief([art], LATER)
    assert out.shown == "[Paula Blades] laughs about it now."


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        (
            "Jordan Peterson, 58, said the tour would go on. Officials in Jordan welcomed the visit.",
            "Officials in Jordan welcomed the visit.",
        ),
        ("Georgia Smith, 41, said she would run. Georgia has 16 electoral votes.", "Georgia has 16 electoral votes."),
        (
            "Chelsea Clinton said she was proud. Chelsea beat Arsenal 2-0 on Saturday.",
            "Chelsea beat Arsenal 2-0 on Saturday.",
        ),
        (
            "Austin Lee, 30, said he saw the fire. Firefighters from Austin arrived within minutes.",
            "Firefighters from Austin arrived within minutes.",
        ),
        (
            "Virginia Walsh, 62, said the water rose fast. Lawmakers in Virginia met. Virginia said it would help.",
            "Virginia said it would help.",
        ),
    ],
)
def test_a_given_name_that_is_a_place_the_story_uses_as_one_gets_nothing(text: str, sentence: str) -> None:
    """A given name that is also a place ("Jordan", "Georgia", "Austin") or a club's ("Chelsea") names the place
    when the story never uses it alone as a person, or writes it as a place ("in Virginia"): review25's look-alikes,
    each shown as "[Jordan Peterson]" etc. at 0282552."""
    (out,) = _brief([Article("a", text)], sentence)
    assert out.insertions == ()


def test_a_given_name_that_is_a_place_still_names_the_person_who_speaks_by_it() -> None:
    text = "Madison Reed, 17, won the race. Madison said she had trained all winter."
    (out,) = _brief([Article("a", text)], "Madison said she had trained all winter.")
    assert out.shown == "[Madison Reed] said she had trained all winter."


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        (
            "Christian Bale, 45, said he liked the script. Christian groups protested the film.",
            "Christian groups protested the film.",
        ),
        (
            "Hope Hicks, 29, said the president was tired. Hope faded as the count went on.",
            "Hope faded as the count went on.",
        ),
        (
            "Mercedes Schlapp, 45, said the rally was full. Mercedes unveiled two new cars.",
            "Mercedes unveiled two new cars.",
        ),
    ],
)
def test_a_given_name_the_story_never_uses_alone_for_a_person_gets_nothing(text: str, sentence: str) -> None:
    """Only the surname spoke ("Hicks said"): the word alone is a word ("Hope faded"), an adjective ("Christian
    groups") or a brand ("Mercedes unveiled"); review25's look-alikes, shown "[Hope Hicks] faded ..." at 0282552."""
    (out,) = _brief([Article("a", text)], sentence)
    assert out.insertions == ()


# review29: a second person of the given name whose surname the full-name pattern does not read (a particle, a
# nickname between the names) was not counted: "Paula de Souza" in another report, and "Paula" was still shown
# "[Paula Blades]" there, in a pronoun's antecedent and in a speaker's label


@pytest.mark.parametrize(
    "other",
    ["Paula de Souza", "Paula van der Berg", "Paula dos Santos", 'Paula "PJ" Jones', "Paula “PJ” Jones"],
)
def test_another_person_of_the_given_name_written_with_a_particle_or_a_nickname_gives_no_name(other: str) -> None:
    art = Article("a", f"{LEAD} {LATER} {QUOTE}")
    two = Article("b", f'{other}, a neighbour, was there. "I saw it all," Paula said.')
    (out,) = _brief([art, two], LATER)
    assert out.insertions == ()


def test_a_given_name_before_a_word_in_lower_case_is_no_second_person() -> None:
    """Look-alikes: "Paula de" needs a capital after the particle; "Paula and Mark", "Paula (left)" are no names."""
    art = Article("a", f"{LEAD} {LATER} {QUOTE}")
    two = Article("b", 'Paula and her husband de-cluttered the house. Paula (left) smiled. "We did it," Paula said.')
    (out,) = _brief([art, two], LATER)
    assert out.shown == "[Paula Blades] laughs about it now."
