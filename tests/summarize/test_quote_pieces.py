"""A summary sentence inside a quotation whose speaker is outside it: shown with the label, or left out (issue 10)."""

from __future__ import annotations

from dataclasses import replace

import newsbrief
from newsbrief.model import Article, Insertion, Span, SummarySentence
from newsbrief.summarize.quote_pieces import LATER, OPENS, join_pieces, piece_kind, without_speakerless_pieces

LEAD = "Senator Jane Smith criticised the governor on Wednesday over the new budget plan for the state."
SAID = "“You can't compare the two budgets at all,” Smith said Wednesday."
FIRST = "“I've said it many times before this week."
SECOND = "I disagree with what the governor said about the schools.”"
TEXT = (
    f"{LEAD}\n{SAID} {FIRST} {SECOND}\n"
    "“We will fight this plan in every committee,” she added. Smith said: “The schools come first.”\n"
    "The governor's office did not respond to a request for comment on the budget plan."
)


def _kind(text: str, sentence: str) -> str | None:
    start = text.index(sentence)
    return piece_kind(text, start, start + len(sentence))


def test_pieces_of_a_quotation_are_told_from_sentences_that_hold_their_speaker() -> None:
    assert _kind(TEXT, FIRST) == OPENS
    assert _kind(TEXT, SECOND) == LATER
    ended = "It was late. “We resign today. This was painful,” Berger said."
    assert _kind(ended, "This was painful,” Berger said.") == LATER  # it ends a quotation begun before it
    # look-alikes that hold their speaker, or no quotation at all
    assert _kind(TEXT, SAID) is None
    assert _kind(TEXT, "Smith said: “The schools come first.”") is None
    assert _kind(TEXT, LEAD) is None


def _item(sentence: str, label: str | None = None) -> SummarySentence:
    start = TEXT.index(sentence)
    inserts = (Insertion(0, label + ":"),) if label else ()
    return SummarySentence(sentence, Span("a", start, start + len(sentence), sentence), insertions=inserts)


def test_a_piece_is_kept_only_as_the_first_piece_with_its_speakers_label() -> None:
    art = Article("a", TEXT)
    out = without_speakerless_pieces([_item(SAID), _item(FIRST), _item(SECOND)], [art])
    assert [s.text for s in out] == [SAID]  # no speaker shown: the pieces are left out
    out = without_speakerless_pieces([_item(SAID), _item(FIRST, "Jane Smith"), _item(SECOND, "Jane Smith")], [art])
    assert [s.shown for s in out] == [SAID, f"[Jane Smith:] {FIRST}"]


def test_the_pieces_of_one_quotation_are_one_sentence_with_the_first_pieces_support() -> None:
    art = Article("a", TEXT)
    first, second = _item(FIRST), _item(SECOND)
    first = replace(first, support=(Span("b", 0, 5, "x"), Span("c", 0, 5, "y")))
    second = replace(second, support=(Span("b", 9, 14, "z"),), insertions=(Insertion(2, "Jeremy"),))
    lead, joined = join_pieces([_item(SAID), first, second], [art])
    assert lead.text == SAID
    assert joined.text == f"{FIRST} {SECOND}" == joined.source.text
    assert (joined.source.start, joined.source.end) == (first.source.start, second.source.end)
    assert [s.article_id for s in joined.support] == ["b"]  # only a source of every piece supports the whole
    assert joined.insertions[0].at == len(FIRST) + 1 + 2  # the second piece's insert moves with it
    # a piece whose predecessor in the summary is not the text right before it stays apart, and is left out
    kept = join_pieces([_item(LEAD), _item(SECOND)], [art])
    assert [s.text for s in kept] == [LEAD, SECOND]
    assert [s.text for s in without_speakerless_pieces(kept, [art])] == [LEAD]


def test_a_brief_shows_no_piece_of_a_quotation_without_its_speaker() -> None:
    other = Article(
        "b",
        "The governor unveiled a new budget plan for the state on Monday, cutting school funding.\n"
        "Senator Jane Smith said she disagreed with the plan and would vote against it in the Senate.",
    )
    result = newsbrief.brief([Article("a", TEXT), other], words=200, analysis=False)
    shown = [s.shown for s in result.summary]
    assert SAID in shown  # the sentence that holds its speaker stays
    assert not any(FIRST in s or SECOND in s for s in shown)


def test_with_analysis_one_quotation_is_one_bullet_with_its_speakers_label() -> None:
    other = Article(
        "b",
        "The governor unveiled a new budget plan for the state on Monday, cutting school funding.\n"
        "Senator Jane Smith said she disagreed with the plan and would vote against it in the Senate.",
    )
    result = newsbrief.brief([Article("a", TEXT), other], words=200)
    shown = [s.shown for s in result.summary]
    assert f"[Jane Smith:] {FIRST} {SECOND}" in shown
    assert FIRST not in [s.text for s in result.summary]
