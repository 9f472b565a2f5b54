"""No writer's-view note where the view is not the writer's (issue 10, ``BriefConfig.voice_check``): on a news
agency's copy another outlet carried ("in the view of Breitbart News's writer" on an AP report) and on a quotation
with its named speaker (session 17's blind reading: 9 wrong notes in 44 summary sentences)."""

from __future__ import annotations

import pytest

from newsbrief import Article, BriefConfig, brief
from newsbrief.model import Insertion, Sentence, Span, SummarySentence
from newsbrief.summarize.genre import NEWS, OPINION, unnoted_voices
from newsbrief.summarize.opinion import quotes_named_speaker
from newsbrief.summarize.speakers_shown import speakers_hold_their_views
from synthetic import FEATURE_STORY, NEWS_REPORT, REVIEW


@pytest.mark.parametrize(
    ("text", "quotation"),
    [
        ('"We will win this state and we will win it big," Trump said.', True),
        ("“It is time to move on and heal,” said Hillary Clinton.", True),
        ('Sen. Ted Cruz said: "This is a disaster for the country."', True),
        # a pronoun names no one; a paraphrase is no quotation; a scare quote leaves the sentence the writer's
        ('"We will win this state and we will win it big," he said.', False),
        ("The plan is a disaster, Trump said.", False),
        ('Trump called the plan "a disaster" on Monday in a long speech to supporters in Iowa.', False),
        ('"A disaster," the writer thinks, and so does everyone.', False),
    ],
)
def test_quotes_named_speaker(text: str, quotation: bool) -> None:
    assert quotes_named_speaker(text) is quotation


def test_verdicts_on_wire_copy_and_named_quotations_are_dropped() -> None:
    texts = [
        ("wire", "The ruling is a stunning and reckless blunder."),  # an agency's copy: news
        ("news", "The ruling is a stunning and reckless blunder."),  # the host's own: the verdict stands
        ("news", '"This ruling is a stunning and reckless blunder," Smith said.'),  # Smith's view
        ("col", "The ruling is a stunning and reckless blunder."),  # wire copy that is also an opinion piece
    ]
    sents = [Sentence(aid, k, k * 100, k * 100 + len(t), t) for k, (aid, t) in enumerate(texts)]
    genres = {"wire": NEWS, "news": NEWS, "col": OPINION}
    assert unnoted_voices(sents, [True] * 4, {"wire", "col"}, genres) == [False, True, False, True]
    assert unnoted_voices(sents, [False] * 4, {"wire"}, genres) == [False] * 4  # only takes notes away


def _story(feature: str) -> list[Article]:
    return [
        Article("rev", REVIEW, outlet="Variety"),
        Article("news", NEWS_REPORT, outlet="The Valley Times"),
        Article("feat", feature, outlet="breitbart"),
    ]


def test_an_agency_report_a_host_carried_has_no_writers_view_note() -> None:
    wire = "SPRINGFIELD (AP) — " + FEATURE_STORY
    off = brief(_story(wire), words=300, analysis=False, voice_check=False)
    on = brief(_story(wire), words=300, analysis=False)
    assert [s.text for s in on.summary] == [s.text for s in off.summary]  # display only
    assert any(s.view_of for s in off.summary if s.source.article_id == "feat")  # the base's wrong notes
    assert not any(s.view_of for s in on.summary if s.source.article_id == "feat")
    # the review's verdicts keep theirs, and the host's own feature (no agency declared) keeps its notes
    assert any(s.view_of for s in on.summary if s.source.article_id == "rev")
    own = brief(_story(FEATURE_STORY), words=300, analysis=False)
    assert any(s.view_of for s in own.summary if s.source.article_id == "feat")


def test_on_by_default() -> None:
    assert BriefConfig().voice_check is True


def _item(text: str, view_of: str | None, *inserts: Insertion) -> SummarySentence:
    return SummarySentence(text, Span("a", 0, len(text), text), view_of=view_of, insertions=inserts)


def test_a_sentence_shown_with_its_speaker_keeps_no_writers_view_note() -> None:
    words = "We will win this state and it is a great day."
    summary = [
        _item(words, "Breitbart News's writer", Insertion(0, "LEE:")),  # the speaker's words: no writer's note
        _item("Corbyn is a disaster.", "The Guardian's writer", Insertion(0, "Jeremy")),  # a name's part: stays
        _item(words, "from Variety's review", Insertion(0, "LEE:")),  # where the words were read: stays
        _item(words, None, Insertion(0, "LEE:")),
    ]
    assert [s.view_of for s in speakers_hold_their_views(summary)] == [
        None,
        "The Guardian's writer",
        "from Variety's review",
        None,
    ]
