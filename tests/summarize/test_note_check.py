"""The second check on "in the view of X's writer" notes (issue 10, ``BriefConfig.note_check``): a note stands only
where the sentence itself shows the judgement, and never on a sentence that reports a record (a number, a date, a
quotation). The verdict model's notes were right 79 times in 309 on unlabelled briefs (session 17, notes18)."""

from __future__ import annotations

import pytest

from newsbrief import Article, BriefConfig, ConfigError, brief
from newsbrief.model import Sentence
from newsbrief.summarize.genre import NEWS, OPINION, checked_verdicts
from newsbrief.summarize.opinion import reports_a_record
from synthetic import FEATURE_STORY, NEWS_REPORT, REVIEW


@pytest.mark.parametrize(
    ("text", "record"),
    [
        ("The remake opened in 2,000 theaters.", True),  # a number
        ("The bakery opened on Friday.", True),  # a date
        ("It opened last month.", True),
        ('He called it "a disaster".', True),  # someone's words
        ("“We are thankful,” the family wrote.", True),
        ("The acting is terrible.", False),
        # a verb of saying is no mark: here it is the writer's own aside
        ("You will laugh more than you scream, which is a strange thing to say about a horror film.", False),
        ("Neighbours line up before dawn for the famous sourdough.", False),
    ],
)
def test_reports_a_record(text: str, record: bool) -> None:
    assert reports_a_record(text) is record


def test_a_verdict_stands_only_with_the_sentences_own_judgement_and_no_record() -> None:
    texts = [
        ("news", "The ruling is a stunning and reckless blunder."),  # own judgement, scored high: stands
        ("news", "The company moved its offices to the old mill."),  # no sign of its own, in a news report
        ("news", "The stunning ruling came on Friday."),  # a date
        ("rev", "The film ends where it began."),  # a plain sentence of an opinion piece: the piece's argument
        ("rev", "The acting is terrible."),  # scored under the cut
        ("news", "The ruling is a stunning and reckless blunder."),  # no verdict before the check: none after
    ]
    sents = [Sentence(aid, k, k * 100, k * 100 + len(t), t) for k, (aid, t) in enumerate(texts)]
    genres = {"news": NEWS, "rev": OPINION}
    verdict = [True, True, True, True, True, False]
    judgement = [0.9, 0.9, 0.9, 0.9, 0.3, 0.9]
    assert checked_verdicts(sents, verdict, judgement, genres, cut=0.6) == [True, False, False, True, False, False]
    # the cut is the judgement model's probability
    assert checked_verdicts(sents, verdict, judgement, genres, cut=0.2) == [True, False, False, True, True, False]


def _story() -> list[Article]:
    return [
        Article("rev", REVIEW, outlet="Variety"),
        Article("news", NEWS_REPORT, outlet="Reuters"),
        Article("feat", FEATURE_STORY, outlet="The Valley Times"),
    ]


def test_the_brief_keeps_the_notes_that_show_a_judgement_and_the_same_sentences() -> None:
    off = brief(_story(), words=300, analysis=False)
    on = brief(_story(), words=300, analysis=False, note_check=0.6)
    assert [s.text for s in on.summary] == [s.text for s in off.summary]  # display only
    noted_off = {s.text for s in off.summary if s.view_of}
    noted_on = {s.text for s in on.summary if s.view_of}
    assert noted_on < noted_off  # the check only takes notes away
    # plain facts of the lively feature (a news report by its genre) lose the note its article's rates gave them
    for plain in ("The bakery opened its doors in the old mill in the summer.",
                  "Down a quiet country road stands the old mill that Maria Lopez bought last spring."):  # fmt: skip
        assert plain in noted_off and plain not in noted_on
    # the review's verdicts and the feature's own judgement keep theirs
    assert "Fans of the genre deserve better than this tired, joyless exercise." in noted_on
    assert "Neighbours line up before dawn for the famous sourdough." in noted_on


def test_the_default_is_off_and_bad_values_fail() -> None:
    assert BriefConfig().note_check == 0.0
    with pytest.raises(ConfigError, match="note_check"):
        BriefConfig(note_check=1.5)
    # the judgement model's own notes replace the verdicts the check reads: both set is refused, not half ignored
    with pytest.raises(ConfigError, match="note_check and judgement_notes"):
        BriefConfig(note_check=0.6, judgement_notes=0.5)
    assert BriefConfig(judgement_notes=0.5).note_check == 0.0
