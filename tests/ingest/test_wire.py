"""The news wire's messages to its client editors are not story text (issue 10: junk in briefs of newswire).

Invented wire copy in the forms the DUC 2004 newswire prints (the NYT news service's typesetting codes, notes to
editors, trim marks, the distribution tail, budgets and photo advisories); the real briefs' counts are in
BENCHMARKS.md, "Session 11: the wire's messages to editors".
"""

from __future__ import annotations

import pytest

from newsbrief.config import BriefConfig
from newsbrief.ingest.clean import clean_text
from newsbrief.ingest.wire import is_advisory, is_wire_note, strip_codes
from newsbrief.model import Article
from newsbrief.pipeline import Briefer

STORY = (
    "The city council voted 7-2 on Tuesday to close the old bridge over the river for repairs.\n\n"
    "The repairs will take two years and cost $12 million, the mayor said."
)


def test_typesetting_codes_are_removed_and_a_quad_ends_its_line() -> None:
    raw = (
        "&UR; By JANE DOE &LR; &QC; &UR; (Distributed by New York Times Special Features) &LR; &QC;\n\n"
        "&UR; &LR; Something may be rotten in the state of Texas. &QL;\n\n" + STORY
    )
    paragraphs = clean_text(raw).split("\n\n")
    assert paragraphs[0] == "By JANE DOE"
    assert paragraphs[1] == "Something may be rotten in the state of Texas."
    assert "&" not in clean_text(raw)
    assert "Distributed" not in clean_text(raw)


def test_html_entities_and_an_ampersand_in_a_name_stay() -> None:
    assert strip_codes("AT&T and S&P 500 rose; &amp; stays.") == "AT&T and S&P 500 rose; &amp; stays."


def test_the_wires_escaped_ampersand_is_one() -> None:
    # DUC 2004 task 2: "It was new highs again for the Standard &AMP; Poor's 500-stock and Nasdaq composite indexes"
    raw = "Stocks of AT&AMP;T rose, and the Standard &AMP; Poor's 500-stock index closed at a record."
    assert clean_text(raw) == "Stocks of AT&T rose, and the Standard & Poor's 500-stock index closed at a record."


@pytest.mark.parametrize(
    "paragraph",
    [
        "EDS: The Atlanta Journal-Constitution stories slugged SCIFI-NONSENSE and will not move tonight.",
        "EDITORS: The following is The Associated Press story filed March 2, 1962, the night he scored 100 points.",
        "EDITOR'S NOTE -- Jim Abrams covers Congress for The Associated Press.",
        "EDITOR'S NOTE – Jim Abrams covers Congress for The Associated Press.",  # review26: every long dash
        "EDITOR'S NOTE ― Jim Abrams covers Congress for The Associated Press.",
        "NOTE TO EDITORS: Corrects spelling of name in 4th paragraph.",
        "(STORY CAN END HERE. OPTIONAL MATERIAL FOLLOWS)",
        "(Story can end here. Optional add follows.)",
        "(OPTIONAL TAKE FOLLOWS.)",
        "ENDIT",
        "Story Filed By Cox Newspapers",
        "For Use By Clients of the New York Times News Service",
        "(Distributed by New York Times Special Features)",
        "(To purchase this ``separate buy'' article from the New York Times Syndicate please call (800) 444-0267.)",
        "C. 1998 Cox News Service",
        "c. 1999, Houston Chronicle",
        "NYT-06-28-98 1809EDT",
        "(END OPTIONAL TRIM)",
        "(STORY CAN END HER _ OPTIONAL MATERIAL FOLLOWS)",
        "XXXX END OF STORY",
        "BC-ACTOR-OBIT-2NDTAKE-NYTSF",
        "(Wire service material was used to prepare this report.)",
        "(tc-gb)",
        "Jane Roe's e-mail address is roe(at)globe.com.",
        "(John Doe writes about economics for the Boston Globe. His e-mail address is doe(at)globe.com)",
    ],
)
def test_notes_to_editors_and_the_distribution_tail(paragraph: str) -> None:
    assert is_wire_note(paragraph)
    assert clean_text(paragraph + "\n\n" + STORY) == clean_text(STORY)
    assert clean_text(STORY + "\n\n" + paragraph) == clean_text(STORY)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Editor's note: This story has been revised. An earlier version gave a wrong figure.",  # the web's, to readers
        "Editors at the paper said the story was checked twice.",
        "Eds said nothing.",
        "The story can end here, the judge said, if both sides agree.",
        "Story filed by the reporter was later corrected, the newspaper said.",
        "ENDIT is the name of a new software company in Boston.",
        "Her e-mail address is private, the court said.",
        "(tc-gb is the code the agency used.)",
        # a one-word address after a dash is a subject in the wire's apposition, not a note
        "EDS -- the Dallas computer services company founded by Ross Perot -- said Tuesday it would cut 5,000 jobs.",
        "EDS _ Electronic Data Systems Corp. _ said Tuesday it would cut 5,000 jobs.",
        "EDITORS -- and reporters -- walked out of the newsroom on Monday.",
        "(Optional extras, such as heated seats, cost $400 more.)",
        "(Distributed by the state to every school, the guide is free.)",
        "c. 1920 Women win the right to vote",  # a timeline's item, not a copyright line
    ],
)
def test_story_sentences_that_look_alike_stay(paragraph: str) -> None:
    assert not is_wire_note(paragraph)
    assert paragraph in clean_text(paragraph + "\n\n" + STORY)


def test_the_sales_list_after_the_syndicate_note_goes_too() -> None:
    raw = (
        STORY + "\n\n-----\n\n&UR; NONSUBSCRIBERS: To publish a ``separate-buy'' feature article, it must be "
        "purchased. Please contact one of these sales representatives:\n\n--U.S. and Canada: JOHN ROE in New Jersey "
        "at 1-732-555-0100; fax, 732-555-0101. &QL;"
    )
    assert clean_text(raw) == clean_text(STORY)


def test_trim_mark_inside_annotation_tags_goes_and_the_story_after_it_stays() -> None:
    raw = (
        STORY + "\n\n<ANNOTATION>\n\n(STORY CAN END HERE. OPTIONAL MATERIAL FOLLOWS) </ANNOTATION>\n\nBut he may "
        "also face opposition in Congress."
    )
    assert clean_text(raw) == clean_text(STORY + "\n\nBut he may also face opposition in Congress.")


BUDGET = (
    "The New York Times plans a page of coverage on the resignation of the Treasury secretary:\n\n"
    "RUBIN-RESIGN (Washington) _ A ledeall: the secretary resigns; his deputy will succeed him. By John Doe.\n\n"
    "With photo.\n\n"
    "RUBIN-ASSESS (Washington) _ A look at the secretary's impact on economic policy. An analysis by Jane Roe."
)
ONE_SLUG = (
    "EDS: The stories slugged SCIFI-NONSENSE will not move tonight.\n\n"
    "Below is the budget line for the story that will move:\n\n"
    "PHYSICISTS-HAWKING _ ATLANTA _ A physicist holds a press conference at the annual meeting. WITH PHOTOS."
)
PHOTOS = (
    "KENNEDY, JR., MISSING: &QL;\n\nA small plane carrying three people disappeared late Friday.\n\n"
    "Photos will move by 5:00 p.m. EDT.\n\n"
    "(NYT3) OFF MARTHA'S VINEYARD, Mass., A Coast Guard boat on Saturday. Photo slugged: KENNEDY MISSING PLANE 3"
)


@pytest.mark.parametrize("raw", [BUDGET, ONE_SLUG, PHOTOS])
def test_an_advisory_leaves_nothing(raw: str) -> None:
    assert is_advisory(raw)
    assert clean_text(raw) == ""


@pytest.mark.parametrize(
    "raw",
    [
        "WINSTON-SALEM, N.C. _ The tobacco company said Monday it would cut 500 jobs.\n\nThe cuts start in May.",
        "WILKES-BARRE _ The mine reopened Monday.\n\nU.S.-CHINA _ talks resume, officials said.",  # no note: a story
        # a notes column's headings: slugs without a place are no budget's
        "HIGH-SCHOOLS _ Ten teams remain in the state tournament.\n\nTOP-10 _ The Yankees lead the league.",
        STORY,
    ],
)
def test_a_report_with_a_hyphenated_dateline_is_no_advisory(raw: str) -> None:
    assert not is_advisory(raw)
    assert clean_text(raw)


def test_a_brief_of_wire_copy_says_no_message_to_editors() -> None:
    reports = [
        Article(id="r1", text="EDITORS: The following is the story filed last night.\n\n" + STORY),
        Article(id="r2", text=STORY.replace("Tuesday", "Tuesday night") + "\n\nENDIT\n\nStory Filed By Cox Newspapers"),
        Article(id="budget", text=BUDGET),
    ]
    brief = Briefer(BriefConfig(words=100, analysis=False))(reports)
    assert brief.summary
    assert [a.id for a in brief.sources] == ["r1", "r2"]
    for sentence in brief.summary:
        assert not any(w in sentence.text for w in ("EDITORS", "ENDIT", "Filed", "ledeall", "_ "))


def test_hostile_runs_stay_fast_enough_to_finish() -> None:
    # no timing assertion: the patterns are anchored or bounded, and these inputs finish, each with what it is
    assert clean_text("&" + " " * 50_000 + "x") == "& x"
    slugs = "AB-" * 30_000 + " x"
    assert clean_text(slugs) == slugs  # no wire dash: no budget
    assert clean_text("EDS" + ":" * 50_000) == ""  # a note to editors
    purchase = "(To purchase this " + "a" * 50_000
    assert clean_text(purchase) == purchase  # past the longest distribution tail: story text
