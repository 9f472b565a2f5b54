"""An opening quotation mark left unclosed must not pair with the next quote's opening mark (issues 10 and 11).

Made-up text. Pairing an unclosed '"a crime.' with the opening mark of a later quote reads the narration
between them as quoted: ``newsbrief quotes`` lists it and the summary leaves it out as a piece of a quotation
with no speaker shown (:mod:`newsbrief.summarize.quote_pieces`).
"""

from __future__ import annotations

from newsbrief.analyse.quote_spans import find_quote_spans, outer_and_nested
from newsbrief.summarize.quote_pieces import piece_kind


def _quoted(text: str) -> list[str]:
    return [text[s:e] for s, e in find_quote_spans(text)]


REVIEW = (
    'Rebels called the strikes "a crime. The army attacked the town on Monday. Officials counted 12 dead. '
    '"We are ready," the envoy said.'
)


def test_unclosed_mark_does_not_pair_with_the_next_opening_mark() -> None:
    assert _quoted(REVIEW) == ["We are ready,"]


def test_narration_after_an_unclosed_mark_is_no_piece_of_a_quotation() -> None:
    start = REVIEW.index("The army")
    end = REVIEW.index("Monday.") + len("Monday.")
    assert piece_kind(REVIEW, start, end) is None
    said = REVIEW.index('"We')
    assert piece_kind(REVIEW, said, len(REVIEW)) is None  # words of its own outside the quote: the speaker


def test_multi_paragraph_quote_continues_only_into_the_next_paragraph() -> None:
    text = (
        'The colonel spoke by telephone. "Warplanes are bombing one town after another. Many are dead.\n\n'
        "The leader spoke hours after reports of the strikes on Monday.\n\n"
        '"I am in the capital, not abroad," he said.'
    )
    assert _quoted(text) == ["I am in the capital, not abroad,"]


def test_single_quotes_continue_only_into_the_next_paragraph() -> None:
    text = (
        "The colonel spoke by telephone. 'Warplanes are bombing one town after another.\n\n"
        "The leader spoke hours later on Monday.\n\n"
        "'I am in the capital,' he said."
    )
    assert _quoted(text) == ["I am in the capital,"]


def test_multi_paragraph_quote_still_one_span() -> None:
    text = (
        'The minister said: "Today I am leaving the party.\n\n'
        '"I did everything I could to save it," she added.\n\nThe group met later.'
    )
    (quoted,) = _quoted(text)
    assert quoted.startswith("Today") and quoted.endswith("save it,")


def test_closing_mark_glued_to_the_next_word_still_closes() -> None:
    text = 'The judge said, "I understood what he was going through."The veteran is a decorated soldier.'
    assert _quoted(text) == ["I understood what he was going through."]


def test_closing_mark_spaced_from_a_nested_closing_mark_still_closes() -> None:
    text = "The guard said, \"I asked him 'are you staying?' and he said 'yes, I am.' \"The judge, a veteran, agreed."
    outer, nested = outer_and_nested(text)
    assert [text[s:e] for s, e in outer] == ["I asked him 'are you staying?' and he said 'yes, I am.' "]
    assert [text[s:e] for s, e in nested] == ["are you staying?", "yes, I am."]


def test_nyt_and_curly_quotes_unchanged() -> None:
    assert _quoted("''We will win,'' he said. ''It is certain.''") == ["We will win,", "It is certain."]
    assert _quoted("“We will win,” he said. “It is certain.”") == ["We will win,", "It is certain."]


def test_curly_opening_mark_after_a_sentence_end_opens_a_new_quote() -> None:
    text = (
        "Rebels called the strikes “a crime. The army attacked the town on Monday. “We are ready,” the envoy said."
        "\n\nTalks resume on Friday."
    )
    assert _quoted(text) == ["We are ready,"]


def test_duc_run_on_text_keeps_the_inline_continuation() -> None:
    # DUC's texts lost their paragraph breaks: a multi-paragraph quote's next paragraph opens in the same line.
    text = "``We will not talk abroad. ``Talks belong at home,'' Hun Sen said."
    assert _quoted(text) == ["We will not talk abroad. ``Talks belong at home,"]
