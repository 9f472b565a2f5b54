"""A source that declares itself an opinion piece is one (issue 10: opinion shown as fact).

The genre model reads the story sentences only; the wire's label before the headline ("EDITORIAL:", "SPORTS
COLUMN:"), an editorial's lead-in and a columnist's sign-off say the genre outright (DUC 2004 task 5 newswire).
"""

from __future__ import annotations

import pytest

from newsbrief import brief
from newsbrief.config import BriefConfig
from newsbrief.model import Article
from newsbrief.pipeline import Briefer, story_sentences
from newsbrief.summarize.genre import declares_opinion, source_note
from newsbrief.summarize.opinion import holder

PLAIN = (
    "The secretary of the Treasury will leave his post in July after six years.\n\n"
    "His deputy, a former professor of economics, will succeed him, the White House said on Wednesday.\n\n"
    "The secretary came to Washington in 1993 from a Wall Street firm, where he ran the trading desk."
)


@pytest.mark.parametrize(
    "title",
    [
        "EDITORIAL: RUBIN LEAVES THE TREASURY",
        "SPORTS COLUMN: STANDARDS ARE HIGH FOR MIA HAMM",
        "COMMENTARY: HURRICANE HUGO",
        "NEWS ANALYSIS: WHAT THE VOTE MEANS",
        "Opinion | The Treasury after Rubin",
        "Review: 'Evil Dead' remake has none of the charm",
        "Review: In ‘Lady Bird,’ a mother and a daughter",
        "BOOK REVIEW: A LIFE OF THE PHYSICIST",
    ],
)
def test_a_genre_label_before_the_headline(title: str) -> None:
    assert declares_opinion(Article(id="a", text=PLAIN, title=title))


@pytest.mark.parametrize(
    "title",
    [
        None,
        "RUBIN LEAVES THE TREASURY",
        "Cuba Accepts no Aid From US: Editorial",  # a report about another paper's editorial
        "COLUMNIST BACKS OFF ACCUSATIONS AGAINST FINANCIER",  # a report about a columnist
        "Reviewers split on the new film",
        # an inquiry's finding, a court's ruling, a laboratory's test: news under a label's form
        "Review: Navy ship collisions were avoidable, admiral finds",
        "PENTAGON REVIEW: TRAINING LAPSES LED TO CRASH",
        "COURT OPINION: JUSTICES UPHOLD THE LAW",
        "DNA ANALYSIS: REMAINS ARE THE MISSING PILOT'S",
    ],
)
def test_a_plain_report_declares_nothing(title: str | None) -> None:
    assert not declares_opinion(Article(id="a", text=PLAIN, title=title))


def test_an_editorials_lead_in_and_a_columnists_sign_off() -> None:
    lead_in = "The New York Times said in an editorial for Thursday, May 13:\n\n" + PLAIN
    assert declares_opinion(Article(id="a", text=lead_in))
    # a month's abbreviation is no sentence's end (DUC 2004 task 2's NYT editorials, session 19)
    for day in ("Sunday, Dec. 20", "Monday, Sept. 14"):
        abbreviated = f"The New York Times said in an editorial for {day}:\n\n" + PLAIN
        assert declares_opinion(Article(id="a", text=abbreviated))
    assert not declares_opinion(Article(id="a", text="Sen. Doe said in an editorial. Then: no lead-in.\n\n" + PLAIN))
    for sign_off in (
        "(David Doe is a Globe columnist.)",
        "Jane Roe is the paper's film critic.",
        "(Rogers Doe writes a trivia column for the Fort Worth Star-Telegram.)",
        "( Bob Doe is a Globe columnist.",
        "_ Bob Doe is a Globe columnist.",  # after the wire's dash, as the credits of text/page_parts
        "Ann Doe is the chief theater critic of The Times.",
    ):
        assert declares_opinion(Article(id="a", text=PLAIN + "\n\n" + sign_off))
    for news in (
        "Jason Doe is a reporter for The Washington Post.",
        "The columnist was fired on Monday.",
        # a news story's last line about a critic of a policy, a commentator, a columnist in the past
        "Doe is a frequent critic of Wall Street.",
        "Paul Doe is an outspoken critic of the war and of the administration.",
        "Sean Doe is a Fox News commentator and a close ally of the president.",
        "John Doe was a columnist for the Globe for 30 years.",
    ):
        assert not declares_opinion(Article(id="a", text=PLAIN + "\n\n" + news))
    # a sign-off is the last paragraph: a columnist named in the body is news about him
    assert not declares_opinion(Article(id="a", text="David Doe is a Globe columnist.\n\n" + PLAIN))


def test_an_op_eds_disclaimer_and_a_reviews_credits_block() -> None:
    for tail in (
        "The views expressed by this author are their own and are not the views of The Daily.",
        "The opinions expressed in this commentary are solely those of the author.",
    ):
        assert declares_opinion(Article(id="a", text=PLAIN + "\n\n" + tail))
    credits = "Drama. Starring Jane Roe and John Doe. Directed by Ann Poe. (PG-13. 129 minutes.)"
    assert declares_opinion(Article(id="a", text=credits + "\n\n" + PLAIN))
    assert declares_opinion(Article(id="a", text=PLAIN + "\n\nA film directed by Ann Poe. Rated PG-13."))
    for news in (
        "The views expressed at the hearing were sharply divided, the chairman said.",
        "CNN added a note saying the views expressed in this commentary are solely those of the author.",
        '"The views expressed in this column are the writer\'s own," the paper said on Monday.',
        "The film, directed by Ann Poe, opens on Friday in 3,000 theaters.",
    ):
        assert not declares_opinion(Article(id="a", text=PLAIN + "\n\n" + news))


def test_a_letters_pages_label_as_its_first_paragraph() -> None:
    """A readers' letter was shown as fact in session 14's blind reading; a letters page says what it is in its first
    paragraph ("LETTERS.", PolNeAR train's USA Today pages)."""
    for label in ("LETTERS.", "Letters to the Editor", "LETTERS TO THE EDITOR:", "Readers respond"):
        letters = Article(id="a", text=label + "\n\n" + PLAIN, outlet="USA Today")
        assert declares_opinion(letters)
        assert source_note(letters) == "from USA Today's letters to the editor"
    for news in (
        "Letters to the editor poured in after the vote, the paper said.",
        "LETTERS FROM THE FRONT: A SOLDIER WRITES HOME",
    ):
        assert not declares_opinion(Article(id="a", text=news + "\n\n" + PLAIN))
    assert not declares_opinion(Article(id="a", text=PLAIN + "\n\nLETTERS."))  # only the first paragraph


def test_a_letters_pages_verdicts_are_shown_as_a_readers() -> None:
    letters = "LETTERS.\n\n" + (
        "The senator should resign at once, and his party knows it.\n\nJane Roe.\n\nSpringfield, Ill.\n\n"
        "It is obvious that the council learned nothing from the last scandal. Its members are a disgrace."
    )
    page = Article(id="letters", text=letters, outlet="USA Today")
    assert holder(page) == "a reader writing to USA Today"
    shown = brief([page], words=100, analysis=False, opinion="attribute")
    assert shown.summary and all(s.view_of == "a reader writing to USA Today" for s in shown.summary if s.view_of)
    assert any(s.view_of for s in shown.summary)


def test_the_brief_takes_a_declared_editorial_for_an_opinion_piece() -> None:
    report = Article(
        id="report",
        text="WASHINGTON _ The Treasury secretary announced on Wednesday that he will step down in July.\n\n"
        "Markets fell on the news and recovered by the close of trading, analysts said.",
        title="RUBIN TO LEAVE THE TREASURY",
    )
    editorial = Article(id="editorial", text=PLAIN, title="EDITORIAL: RUBIN LEAVES THE TREASURY")
    brief = Briefer(BriefConfig(words=120, analysis=False, opinion="attribute"))([report, editorial])
    genres = {a.id: a.genre for a in brief.sources}
    assert genres == {"report": "news", "editorial": "opinion"}


LETTERS_PAGE = (
    "LETTERS.\n\nThe senator should resign at once, and his party knows it. Sanders is cool.\n\nJane Roe.\n\n"
    "Springfield, Ill.\n\nTWITTER.\n\nThe council learned nothing from the last scandal.\n\n@janeroe12.\n\n"
    "Its members are a disgrace, and the mayor must go.\n\nMary-Ann O'Neil.\n\nWoodside, N.Y.\n\nMinneapolis."
)


def test_a_letters_pages_sign_offs_are_not_story_text() -> None:
    """A letters page signs each letter with the reader's name, town or handle, each a paragraph alone, and heads its
    social-media letters "TWITTER." (PolNeAR train's seven USA Today pages: "Arlington, Mass.", "@Knottm92.", "Cathy
    Williams." were selected into their briefs and noted as a reader's view). The letters stay."""
    page = Article(id="letters", text=LETTERS_PAGE, outlet="USA Today")
    story = [s.text for s in story_sentences(page)]
    for line in (
        "Jane Roe.",
        "Springfield, Ill.",
        "TWITTER.",
        "@janeroe12.",
        "Mary-Ann O'Neil.",
        "Woodside, N.Y.",
        "Minneapolis.",
    ):
        assert line not in story
    assert "Sanders is cool." in story and "The council learned nothing from the last scandal." in story
    shown = brief([page], words=100, analysis=False)
    assert all(len(s.text.split()) > 3 for s in shown.summary)
    # the same short lines on a page that is no letters page are left to the other rules
    news = Article(id="news", text=LETTERS_PAGE.replace("LETTERS.\n\n", ""), outlet="USA Today")
    assert "Springfield, Ill." in [s.text for s in story_sentences(news)]


def test_a_bare_letter_heading_is_no_letters_page() -> None:
    """ "LETTER." alone heads a published letter as well (a chief executive's, a candidate's: its writer's, not a
    reader's); the seven pages seen all say "LETTERS.", and a single reader's letter says "to the editor"."""
    open_letter = "Dear shareholders,\n\nThis year our company grew revenue by 12 percent to $4.1 billion."
    for label in ("LETTER.", "Letter", "Letter:"):
        page = Article(id="a", text=f"{label}\n\n{open_letter}", outlet="Reuters")
        assert not declares_opinion(page) and holder(page) == "Reuters's writer"
    assert declares_opinion(Article(id="a", text="Letter to the editor\n\n" + open_letter, outlet="Reuters"))
