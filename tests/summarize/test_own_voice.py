"""The writer's own voice to the reader (issue 10, ``BriefConfig.own_voice``): a question, "you" or "we" outside
every quotation with no verb of saying is the writer's, whatever the verdict models score; such a summary sentence
is noted with whose view it is (session 18, opinion20)."""

from __future__ import annotations

import pytest

from newsbrief import Article, BriefConfig, ConfigError, brief
from newsbrief.model import Sentence
from newsbrief.summarize.genre import NEWS, OPINION
from newsbrief.summarize.own_voice import FIRST, QUESTION, SECOND, voice_sign, voice_signs, voiced_verdicts


def test_the_signs_of_the_writers_voice() -> None:
    assert voice_sign("Is this really the best the party can do?") == QUESTION
    assert voice_sign("If you own one, you should update it now.") == SECOND
    assert voice_sign("Next thing is you have to say, in a cheerful voice, what you praise.") == SECOND
    assert voice_sign("We don't have reason to expect it to be any less safe.") == FIRST
    assert voice_sign("First, let’s consult the dictionary.") == FIRST
    assert voice_sign("Please continue showing your support on this page.") == SECOND


def test_someone_elses_words_and_plain_facts_show_no_sign() -> None:
    assert voice_sign('"What now?" she asked.') is None  # the question is quoted
    assert voice_sign('"We will win this state," Trump said.') is None
    assert voice_sign("Your favorite tracker may not be accurate, according to a study.") is None  # attributed
    assert voice_sign("US officials met on Monday.") is None  # the country, not "us"
    assert voice_sign("The singer died on Wednesday, Us Weekly confirms.") is None  # a capital names something
    assert voice_sign("The biscuit softens and melts in your mouth.") is None  # a generic "your" describes
    assert voice_sign("The Senate voted 52-48 on Tuesday.") is None
    assert voice_sign("We will win.", inside_quote=True) is None  # inside a quotation opened earlier


def test_a_sentence_inside_a_quotation_opened_earlier_is_someone_elses() -> None:
    sents = [
        Sentence("a", 0, 0, 30, '"We have done our part, and', paragraph=0),
        Sentence("a", 1, 31, 60, 'we will do more," he said.', paragraph=0),
        Sentence("a", 2, 61, 90, "We think that was a mistake.", paragraph=1),
    ]
    assert voice_signs(sents) == [None, None, FIRST]


def test_a_transcripts_turn_is_its_speakers() -> None:
    text = (
        "STEPHANOPOULOS: What happened next?\n\nLEE: I just thought somebody would take notice.\n\n"
        "STEPHANOPOULOS: And then?\n\nLEE: We walked."
    )
    start = text.index("I just")
    end = text.index("notice.") + 7
    sents = [Sentence("t", 0, start, end, text[start:end], paragraph=1)]
    assert voice_signs(sents) == [FIRST]
    assert voiced_verdicts(sents, [False], set(), {"t": NEWS}, {"t": text}) == [False]
    # the same sentence with its label in it
    whole = Sentence("t", 0, text.index("LEE: I"), end, text[text.index("LEE: I") : end], paragraph=1)
    assert voiced_verdicts([whole], [False], set(), {"t": NEWS}, {"t": text}) == [False]
    # not a transcript: the writer's own
    plain = "A report.\n\nI just thought somebody would take notice."
    mine = Sentence("p", 1, plain.index("I just"), len(plain), plain[plain.index("I just") :], paragraph=1)
    assert voiced_verdicts([mine], [False], set(), {"p": NEWS}, {"p": plain}) == [True]


def test_notes_are_added_never_taken_and_not_to_agency_copy_or_named_quotes() -> None:
    texts = [
        ("news", "Should we really be surprised?"),
        ("wire", "You can apply online."),
        ("news", "The plant opened in 2001."),
        ("news", '"We will rebuild our town, all of it," Mayor Jane Smith said.'),
        ("rev", "The acting is terrible."),
    ]
    sents = [Sentence(aid, k, k * 100, k * 100 + len(t), t) for k, (aid, t) in enumerate(texts)]
    genres = {"news": NEWS, "wire": NEWS, "rev": OPINION}
    verdict = [False, False, False, False, True]
    assert voiced_verdicts(sents, verdict, {"wire"}, genres, {}) == [True, False, False, False, True]


_REPORT = (
    "The city council voted 7-2 on Tuesday to close the old library on Main Street next year. "
    "The building opened in 1921 and needs repairs that would cost $4 million, the council said.\n\n"
    "Readers who borrow books there will be sent to the new branch on Elm Street, which opened in 2019. "
    "We think the council has made a mistake that the town will regret for years. "
    "The library's 40,000 books will be moved in the spring, officials said."
)
_OTHER = (
    "The old Main Street library will close next year after the city council voted 7-2 to shut it on Tuesday. "
    "Repairs to the 1921 building would have cost $4 million, council members said.\n\n"
    "Its 40,000 books will move to the Elm Street branch in the spring, officials said."
)


def test_the_brief_keeps_its_sentences_and_notes_the_writers_voice() -> None:
    story = [Article("report", _REPORT, outlet="The Valley Times"), Article("other", _OTHER, outlet="Reuters")]
    off = brief(story, words=300, analysis=False)
    on = brief(story, words=300, analysis=False, own_voice="note")
    assert [s.text for s in on.summary] == [s.text for s in off.summary]  # display only
    voiced = "We think the council has made a mistake that the town will regret for years."
    shown = {s.text: s.view_of for s in on.summary}
    assert voiced in shown, "the story's summary should carry the writer's sentence for this test to mean anything"
    assert shown[voiced] is not None and "Valley Times" in shown[voiced]
    # only the writer's voice gains a note
    before = {s.text: s.view_of for s in off.summary}
    assert {t for t in shown if shown[t] != before[t]} <= {voiced}


def test_off_by_default() -> None:
    assert BriefConfig().own_voice == "off"


def test_omit_leaves_the_writers_voice_out_of_the_summary() -> None:
    story = [Article("report", _REPORT, outlet="The Valley Times"), Article("other", _OTHER, outlet="Reuters")]
    out = brief(story, words=300, analysis=False, own_voice="omit")
    texts = [s.text for s in out.summary]
    assert texts, "the brief keeps the story's facts"
    assert "We think the council has made a mistake that the town will regret for years." not in texts


def test_a_bad_value_is_refused() -> None:
    with pytest.raises(ConfigError, match="own_voice"):
        BriefConfig(own_voice="drop")


def test_note_without_the_opinion_step_is_refused() -> None:
    """review43: ``own_voice="note"`` adds to the opinion step's notes; with ``opinion="off"`` it showed nothing and
    said nothing. "omit" works without notes and stays allowed."""
    with pytest.raises(ConfigError, match="own_voice"):
        BriefConfig(opinion="off", own_voice="note")
    assert BriefConfig(opinion="off", own_voice="omit").own_voice == "omit"
