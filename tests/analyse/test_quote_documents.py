"""Whose words a document's are, session 14: the author a document's own phrase names ("a paper from the Brookings
Institution", "an email sent out by Sanders"), the outlet set beside it ("the newspaper Haaretz"), the one who put it
out ("Trump released a video that said"); and a document of nobody named kept out of the brief rather than shown
"unattributed" (political news, PolNeAR train: a report, paper, ad or email named as the source). Each case sits
beside a look-alike that must stay as it is.

Real spaCy model (the ``analysis`` extra).
"""

from __future__ import annotations

import pytest

from installed import require_spacy_model
from newsbrief.analyse.quotes import in_brief
from quote_text import quotes_of

require_spacy_model()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Likewise, a paper from the left-leaning Brookings Institution had this to say about the plan: "
            '"Families from the top half of the income distribution would receive far more than the rest."',
            "Brookings Institution",
        ),
        (
            "A projection by the consulting firm Oxford Economics predicted that the new rule would "
            '"leave total annual earnings unchanged for most of the workers it covers."',
            "Oxford Economics",
        ),
        (
            "In addition, a fundraising email sent out by Bernie Sanders on Tuesday night warned of the fight ahead: "
            '"There are many primaries over the next three weeks, and our victory will prompt a response."',
            "Bernie Sanders",
        ),
        (
            'The Israeli newspaper Haaretz noted that "as a matter of policy, officials do not meet with such '
            'politicians at all."',
            "Haaretz",
        ),
        (
            'In selling the courses, Donald Trump released a marketing video that said, "We are going to have '
            'professors that are absolutely terrific and handpicked by me."',
            "Donald Trump",
        ),
    ],
)
def test_a_document_speaks_for_the_author_its_phrase_names(text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # an outlet carries another's ad; obtaining a memo is not writing it; a reader is nobody named
        'The network CNN aired an ad that said, "We are going to win this state and every state after it."',
        'Reporters obtained a memo that said, "We are going to win this state and every state after it."',
        'A letter from a reader said, "We are going to win this state and every state after it, believe me."',
    ],
)
def test_a_document_carried_obtained_or_of_nobody_is_not_its_carriers(text: str) -> None:
    # one quote, of nobody (review23: "in ([None], [])" also passed with the quote lost)
    assert [q.speaker for q in quotes_of(text)] == [None]


def test_a_document_of_nobody_named_stays_out_of_the_brief() -> None:
    found = quotes_of('"The ultimate impact of the vote remains very unclear," the report stated.')
    assert [q.speaker for q in found] == [None]
    assert not in_brief(found[0])  # not shown "unattributed": the text names a report
    ad = quotes_of('Voters saw it every night. The ad claims "Jeb is the conservative you can trust in the end."')
    assert [q.speaker for q in ad] == [None] and not in_brief(ad[0])


def test_unnamed_people_are_still_shown_unattributed() -> None:
    found = quotes_of('"We are looking into what happened last night," officials said.')
    assert [q.speaker for q in found] == [None]
    assert in_brief(found[0])  # "officials said": the text names nobody, and the brief says so


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The building was a fake, the State Department said in a statement.\n\n"
            '"For about a decade it operated unhindered," the statement said.',
            "State Department",
        ),
        (
            "The collision caused damage, according to a statement from the US 7th Fleet.\n\n"
            '"It remains uncertain how long it will take to gain access to the spaces," the statement said.',
            "US 7th Fleet",
        ),
    ],
)
def test_the_statement_goes_to_whoever_said_it_or_whose_it_was(text: str, speaker: str) -> None:
    found = quotes_of(text)
    assert [q.speaker for q in found] == [speaker]


def test_a_statement_of_a_body_not_named_stays_out_of_the_brief() -> None:
    # look-alike: "the ministry" names no one a reader could check
    text = (
        "The ministry said in a separate statement that talks went on.\n\n"
        '"Lavrov stressed that the decision reflected the will of the majority," the statement said.'
    )
    found = quotes_of(text)
    assert [q.speaker for q in found] == [None] and not in_brief(found[0])


# review23: a platform before a document whose own phrase names its author is where it was put, not who wrote it
# (the merge's "the statement said" look-back made "the account said" the words of Twitter, shown in the brief)


@pytest.mark.parametrize(
    "text",
    [
        'The Twitter account of the governor posted on Monday.\n\n"We will not back down on this bill," the account '
        "said.",
        'A YouTube video posted by the campaign of the governor said, "We will not back down on this bill."',
        'A Facebook video of the senator said, "We will not back down on this bill, whatever it costs."',
    ],
)
def test_a_platform_before_a_document_with_its_author_is_not_its_author(text: str) -> None:
    assert [q.speaker for q in quotes_of(text)] == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('A Facebook post by Senator John Smith on Monday said, "We will not back down on this bill."', "John Smith"),
        ('"Growth will slow in every region next year," the IMF report said.', "IMF"),
    ],
)
def test_a_document_with_its_author_or_only_a_body_before_it_keeps_its_author(text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes_of(text)] == [speaker]


# session 15: "the Twitter account said" was shown as Twitter's words; the name right before "account" is the
# platform, and an account of nobody named speaks for nobody (kept out of the brief)


@pytest.mark.parametrize("platform", ["Twitter", "Instagram"])
def test_an_account_named_by_its_platform_alone_is_nobodys(platform: str) -> None:
    text = f'Governor Smith spoke on Monday.\n\n"We will win this race in November," the {platform} account said.'
    found = quotes_of(text)
    assert [q.speaker for q in found] == [None] and not in_brief(found[0])


def test_an_account_with_its_holder_speaks_for_the_holder() -> None:
    # look-alikes: the holder named by "of" (one reading of the author phrase with the relay's), or owning it
    text = 'The Instagram account of Donald Trump said, "We will win this race in November and every race after it."'
    assert [q.speaker for q in quotes_of(text)] == ["Donald Trump"]
    text = 'Donald Trump spoke on Monday. "We will win this race in November," his Twitter account said.'
    assert [q.speaker for q in quotes_of(text)] == ["Donald Trump"]


# review29: the one author phrase (session 15) let "of" + a person name the author of every document, so "a study of
# Lyndon Johnson concludes" was shown as Johnson's words (0.94; none before). A study, a poll, a video of someone is
# about them; "the account of Governor Lee" and "a report of the Senate Intelligence Committee" are still theirs


@pytest.mark.parametrize(
    "text",
    [
        '"He lied to the public about the war again and again," a study of Lyndon Johnson concludes.',
        '"He lied to the public about the war again and again," an analysis of Lyndon Johnson concludes.',
        'Citing a study of Lyndon Johnson, the paper wrote: "He lied to the public about the war again and again."',
    ],
)
def test_a_document_about_a_person_is_not_theirs(text: str) -> None:
    assert all(q.speaker != "Lyndon Johnson" for q in quotes_of(text))


def test_a_report_of_a_committee_is_still_its() -> None:
    """Look-alike ("the Instagram account of Donald Trump" is above): a report's "of" still names its author."""
    text = 'A report of the Senate Intelligence Committee said, "The agency misled the White House for years."'
    assert [q.speaker for q in quotes_of(text)] == ["Senate Intelligence Committee"]
