"""Issue 11: three quote shapes. A poll question's wording is no one's words, a generic
plural ("Politicos call it") is no speaker, and a "he said" inside a sentence goes to the sentence's own named
subject of that gender, not to a person named earlier (or inside the subject's title) whom the pronoun does not fit.

Literal stories written for these tests (the shape of a campaign report the lead's blind reading found: "Clinton
campaign manager Robby Mook acknowledged ..., which is an outcome, he said, '...'"), real spaCy model.
"""

from __future__ import annotations

from installed import require_spacy_model
from newsbrief.analyse.quotes import extract_quotes, in_brief
from newsbrief.model import Article, Quote

require_spacy_model()


def quote_of(text: str, words: str) -> Quote:
    quotes = [q for q in extract_quotes(Article(id="a", text=text)) if words in q.text]
    assert len(quotes) == 1, quotes
    return quotes[0]


def test_he_said_goes_to_the_campaign_manager_not_the_candidate_in_his_title() -> None:
    text = (
        "Hillary Clinton won the Nevada caucuses on Saturday, beating Bernie Sanders by five points.\n\n"
        "Clinton campaign manager Robby Mook acknowledged that the race would be long, which is an outcome, "
        'he said, "we\'ve long anticipated."\n\n'
        "Sanders told supporters he would fight on."
    )
    assert quote_of(text, "long anticipated").speaker == "Robby Mook"


def test_she_said_goes_to_the_sentence_subject_of_her_gender() -> None:
    text = (
        "Donald Trump won the South Carolina primary on Saturday by ten points.\n\n"
        "Trump spokeswoman Hope Hicks conceded that turnout had been lower than hoped, which is something, "
        'she said, "the campaign will work on every single day."'
    )
    assert quote_of(text, "work on every single day").speaker == "Hope Hicks"


def test_the_sentence_main_subject_comes_before_a_reported_one() -> None:
    text = (
        "The debate in Milwaukee ran for two hours on Thursday night.\n\n"
        "Bernie Sanders said that Henry Kissinger had been one of the most destructive secretaries of state, "
        'and he said, "I am proud to say that Henry Kissinger is not my friend."'
    )
    assert quote_of(text, "not my friend").speaker == "Bernie Sanders"


def test_a_poll_question_wording_is_no_one_s_speech() -> None:
    text = (
        "Hillary Clinton leads the Democratic field by 20 points in a new CNN poll released on Monday.\n\n"
        'Asked whether Clinton "has the integrity to serve effectively as president," 45 percent said yes.\n\n'
        'When asked if Donald Trump is "honest and trustworthy when it counts," only 30 percent of voters agreed.'
    )
    for words in ("has the integrity", "honest and trustworthy"):
        q = quote_of(text, words)
        assert q.speaker is None
        assert not in_brief(q)


def test_a_question_someone_asks_stays_theirs() -> None:
    text = (
        "The forum in Des Moines ran late on Monday night.\n\n"
        'Bernie Sanders asked whether voters "really want four more years of the same old politics in Washington."'
    )
    assert quote_of(text, "four more years").speaker == "Bernie Sanders"


def test_a_generic_plural_the_tagger_names_is_no_speaker() -> None:
    text = (
        "Hillary Clinton won the Nevada caucuses on Saturday by five points.\n\n"
        'Politicos call it "better than expected for a campaign that had feared a loss."'
    )
    assert quote_of(text, "feared a loss").speaker is None


def test_a_question_put_by_the_speaker_to_others_stays_his() -> None:
    text = (
        "Bernie Sanders raised money after the debate on Monday.\n\n"
        'Sanders also sent out a fundraising call, asking supporters to "donate $3 to our campaign now to condemn '
        'the hate."\n\n'
        'When asked why, Mel Sembler responded in a text message: "Trump will be the Republican Party\'s nominee."'
    )
    assert quote_of(text, "donate $3").speaker == "Bernie Sanders"
    assert quote_of(text, "Republican Party").speaker == "Mel Sembler"


def test_the_subject_of_the_quoted_words_is_not_the_pronoun_s_person() -> None:
    text = (
        "Donald Trump spoke to Fox on Saturday about the race.\n\n"
        'Clinton "caused tremendous havoc and tremendous death," he said.'
    )
    assert quote_of(text, "tremendous havoc").speaker == "Donald Trump"


def test_the_subject_of_what_he_reports_is_not_the_pronoun_s_person() -> None:
    text = (
        "Joseph Hunter, a conservative blogger in Chicago, said he will not vote for Donald Trump.\n\n"
        'Also, Trump isn\'t a conservative, he said. "He is a liberal through and through!"'
    )
    assert quote_of(text, "liberal through").speaker != "Donald Trump"
