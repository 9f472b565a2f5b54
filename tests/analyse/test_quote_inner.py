"""Quotes inside quotes (issue 11): credited to the speaker the outer quote's words name, or not listed.

Real spaCy model; each rule beside a look-alike that must not take a speaker.
"""

from __future__ import annotations

import pytest

from installed import require_spacy_model
from newsbrief.model import Quote
from quote_text import quotes_of

require_spacy_model()


def inner_of(text: str, words: str) -> Quote | None:
    return next((q for q in quotes_of(text) if q.text.startswith(words)), None)


def test_an_inner_quote_told_in_the_first_person_is_the_outer_speakers() -> None:
    text = "\"I told him, 'you are all traitors to this party,' and walked out of the room,\" Jane Smith said."
    outer = inner_of(text, "I told him")
    inner = inner_of(text, "you are all")
    assert outer is not None and outer.speaker == "Jane Smith"
    assert inner is not None and (inner.speaker, inner.verb) == ("Jane Smith", "told")
    assert inner.confidence == outer.confidence  # shown in the brief as its outer quote is


def test_she_said_inside_a_quote_is_the_woman_the_quote_names() -> None:
    text = (
        "Mrs. Clinton spoke first.\n\n\"Hillary Clinton walked up to me after the rally, and she said, 'I just "
        "want you to know how much we appreciate it,'\" Juanita Broaddrick said."
    )
    inner = inner_of(text, "I just want")
    assert inner is not None and inner.speaker == "Hillary Clinton"


@pytest.mark.parametrize(
    "text",
    [
        # the woman named only before the outer quote: "she" may be anyone the speaker speaks of
        "Hillary Clinton spoke at the rally.\n\n\"My mother called, and she said, 'come home to us right now,'\" "
        "Jane Smith said.",
        # the only woman the outer quote names is its own speaker
        "\"Jane Smith is tired, and she said, 'come home to us right now,' to all of us,\" Jane Smith said.",
    ],
)
def test_she_said_without_a_woman_named_in_the_quote_is_not_listed(text: str) -> None:
    assert inner_of(text, "come home") is None


@pytest.mark.parametrize(
    "text",
    [
        "\"When Twitter says, 'We can't do this at all,' I don't believe that,\" said Hany Farid.",
        "\"It's not just Bernie Sanders saying, 'Oh, yes, just vote for Hillary Clinton,' \" Sanders told CNN.",
        "\"If Mr. Corbyn says, 'you are all traitors to the party,' we walk out,\" Jane Smith said.",
    ],
)
def test_a_hypothetical_or_denied_saying_credits_nobody(text: str) -> None:
    inner = next((q for q in quotes_of(text) if q.start > text.index("'")), None)
    assert inner is None


def test_a_named_teller_inside_the_quote_keeps_the_inner_quote() -> None:
    text = "\"President Obama said 'ISIL continues to shrink' in an interview hours before the attack,\" Trump said."
    inner = inner_of(text, "ISIL continues")
    assert inner is not None and inner.speaker == "Obama"


def test_we_said_names_nobody() -> None:
    text = "\"We told them, 'you are all traitors to this party,' and walked out of the room,\" Jane Smith said."
    assert inner_of(text, "you are all") is None


def test_a_quoted_label_inside_the_verbs_object_is_not_what_was_said() -> None:
    text = "\"I love this campaign, and I tell the 'Bernie or Bust' people to calm down,\" said Diane Russell."
    assert inner_of(text, "Bernie or Bust") is None


def test_a_not_inside_another_inner_quote_denies_nothing() -> None:
    text = (
        "\"John Ramsey can be heard shouting to Burke, 'We are not talking to you,' and Patsy Ramsey shouts "
        "'Oh my Jesus, oh my Jesus.'\" the paper writes."
    )
    inner = inner_of(text, "Oh my Jesus")
    assert inner is not None and inner.speaker == "Patsy Ramsey"


def test_he_said_skips_a_name_inside_another_inner_quote() -> None:
    text = (
        "\"Jonah Goldberg published a column titled 'Sorry, I Still Will Not Vote for Donald Trump.' He wrote, "
        "'If the election were a tie, I would vote for him after all,'\" Dennis Prager wrote."
    )
    inner = inner_of(text, "If the election")
    assert inner is None or inner.speaker != "Donald Trump"
