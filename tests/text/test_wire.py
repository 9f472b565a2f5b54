"""Whether a source declares itself a news agency's copy (issue 10, :mod:`newsbrief.text.wire`): Breitbart, HuffPost
and the Times carry AP, UPI and Reuters reports under their own name, and the agency's report is news."""

from __future__ import annotations

import pytest

from newsbrief import Article
from newsbrief.text.wire import agency_dateline, declares_wire_copy

_BODY = "Officials met on Tuesday to discuss the plan.\n\nThe vote is expected next week."


@pytest.mark.parametrize(
    ("paragraph", "agency"),
    [
        ("DALLAS (AP) — Officials met on Tuesday.", "AP"),
        ("CAMBRIDGE, Mass., Dec. 11 (UPI) — Young voters met.", "UPI"),
        ("MACAU (Reuters) – A donor said on Friday.", "Reuters"),
        ("Dec 29 (Reuters) - A candidate said on Tuesday.", "Reuters"),  # a date alone, no place
        ("Washington (AFP) - The Senate voted.", "AFP"),
        ("(CNN) A Detroit man was charged.", None),  # a broadcaster's own report: not another outlet's copy
        ("WASHINGTON — The Senate voted on Tuesday.", None),  # a dateline without an agency
        ("Paris (Texas) police said on Friday.", None),
    ],
)
def test_agency_dateline(paragraph: str, agency: str | None) -> None:
    assert agency_dateline(paragraph) == agency


@pytest.mark.parametrize(
    ("article", "wire"),
    [
        (Article("a", "Plan advances.\n\nDALLAS (AP) — " + _BODY, outlet="breitbart"), True),  # title, then dateline
        (Article("a", _BODY, outlet="breitbart", author="UPI"), True),
        (Article("a", _BODY, outlet="nyt", author="By THE ASSOCIATED PRESS"), True),
        (Article("a", _BODY, outlet="usa-today", author="Jill Colvin, Associated Press"), True),
        (Article("a", _BODY + "\n\nBy Jill Colvin, Associated Press", outlet="x"), True),
        (Article("a", _BODY + "\n\nCopyright 2016 The Associated Press. All rights reserved.", outlet="x"), True),
        # not declared: a host's writer, a contribution, a photo credit, an agency in the story
        (Article("a", _BODY, outlet="usa-today", author="Heidi M. Przybyla, USA TODAY"), False),
        (Article("a", _BODY + "\n\nThe Associated Press contributed to this report.", outlet="x"), False),
        (Article("a", _BODY + "\n\nASSOCIATED PRESS.", outlet="huff-post"), False),
        (Article("a", "Clinton won, the Associated Press declared on Thursday.\n\n" + _BODY), False),
        (Article("a", "Notes.\n\nOne.\n\nTwo.\n\nDALLAS (AP) — " + _BODY), False),  # past the lead paragraphs
    ],
)
def test_declares_wire_copy(article: Article, wire: bool) -> None:
    assert declares_wire_copy(article) is wire
