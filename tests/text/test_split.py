"""Sentence splitting: exact offsets, paragraphs, abbreviations, quotes."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbrief import Article, read_articles
from newsbrief.ingest.clean import clean_text
from newsbrief.text.split import split_sentences


def _split(text: str) -> list[str]:
    sents = split_sentences(Article(id="x", text=text))
    for s in sents:
        assert text[s.start : s.end] == s.text
    return [s.text for s in sents]


def test_offsets_and_paragraphs() -> None:
    text = "Mr. Smith went to Washington. He met the U.S. president at 8.15am.\n\nA new paragraph starts here."
    sents = split_sentences(Article(id="x", text=text))
    assert [s.text for s in sents] == [
        "Mr. Smith went to Washington.",
        "He met the U.S. president at 8.15am.",
        "A new paragraph starts here.",
    ]
    assert [s.paragraph for s in sents] == [0, 0, 1]
    assert [s.index for s in sents] == [0, 1, 2]


def test_closing_quote_stays_with_its_sentence() -> None:
    assert _split("He said: 'I love this party. But I no longer recognise it.'") == [
        "He said: 'I love this party.",
        "But I no longer recognise it.'",
    ]


def test_empty_and_one_sentence() -> None:
    assert _split("") == []
    assert _split("Only one sentence without a full stop") == ["Only one sentence without a full stop"]


def test_seed_offsets_are_exact(seeds_dir: Path) -> None:
    for art in read_articles(seeds_dir):
        cleaned = Article(id=art.id, text=clean_text(art.text))
        sents = split_sentences(cleaned)
        assert len(sents) > 5
        for s in sents:
            assert cleaned.text[s.start : s.end] == s.text
            assert s.text == s.text.strip() and s.text


def test_dateline_is_its_own_segment() -> None:
    from newsbrief.text.split import is_dateline

    text = (
        "CANNES, France (AP) — A man rushed onto the red carpet. He was held.\n\n"
        "WASHINGTON, Feb. 18 (UPI) -- The House voted."
    )
    sents = split_sentences(Article(id="a", text=text))
    assert [s.text for s in sents] == [
        "CANNES, France (AP) —",
        "A man rushed onto the red carpet.",
        "He was held.",
        "WASHINGTON, Feb. 18 (UPI) --",
        "The House voted.",
    ]
    assert all(text[s.start : s.end] == s.text for s in sents)
    assert is_dateline("CANNES, France (AP) —") and not is_dateline("A man rushed onto the red carpet.")


def test_datelines_with_any_source_or_without_a_dash() -> None:
    cases = {
        "MILLIS (CBS) – The Millis police officer died.": "MILLIS (CBS) –",
        "(HealthDay News) -- Babies process memories during naps.": "(HealthDay News) --",
        "WASHINGTON The Senate passed a budget plan.": "WASHINGTON",
    }
    for text, dateline in cases.items():
        first = split_sentences(Article(id="a", text=text))[0].text
        assert first == dateline


def test_wire_service_datelines_of_the_nyt_news_service_and_xinhua() -> None:
    """The New York Times news service sends " _ " for the dateline's dash, and Xinhua writes the month in full,
    sometimes with the place not in capitals; each is where the report was filed, not its first sentence."""
    cases = {
        "ATLANTA _ The hearing was postponed until August.": "ATLANTA _",
        "PONTIAC, Mich. _ Acting as his own lawyer, he spoke.": "PONTIAC, Mich. _",
        "WASHINGTON (AP) _ The Senate voted.": "WASHINGTON (AP) _",
        "ATLANTA _ ``We are ready,'' the lawyer said.": "ATLANTA _",
        "CARACAS, December 6 (Xinhua) -- Hugo Chavez was elected on Sunday.": "CARACAS, December 6 (Xinhua) --",
        "CARACAS, December 7 (Xinhua)-- The president-elect spoke.": "CARACAS, December 7 (Xinhua)--",
        "Phnom Penh, January 27 (Xinhua) -- The four-day meeting ended.": "Phnom Penh, January 27 (Xinhua) --",
    }
    for text, dateline in cases.items():
        sents = [s.text for s in split_sentences(Article(id="a", text=text))]
        assert sents == [dateline, text[len(dateline) :].strip()]


def test_dashes_that_are_not_datelines() -> None:
    for text in [
        "NATO - the alliance - met on Monday.",
        "US - China talks resumed on Monday.",
        "MARTIN: I think so.",
        "NASA Administrator Bill Nelson said so.",
        "If the Communist Party has its way _ and it usually does _ the vote will pass.",
        "Paris, France - The talks resumed.",
    ]:
        assert [s.text for s in split_sentences(Article(id="a", text=text))] == [text]


@pytest.mark.parametrize(
    ("text", "lead_in", "sentence"),
    [
        (
            "FT LAUDERDALE (CBSMiami) – A man suspected of robbing four stores is in custody.",
            "FT LAUDERDALE (CBSMiami) –",
            "A man suspected of robbing four stores is in custody.",
        ),
        ("(CNN) A Detroit man pleaded not guilty Friday.", "(CNN)", "A Detroit man pleaded not guilty Friday."),
        (
            "NEWTOWN, Conn. Parents of the children have filed suits.",
            "NEWTOWN, Conn.",
            "Parents of the children have filed suits.",
        ),
        (
            '[Video Link] The Wilco track "Dawned On Me" is a cartoon.',
            "[Video Link]",
            'The Wilco track "Dawned On Me" is a cartoon.',
        ),
        ("[11][12] The church removed several sections.", "[11][12]", "The church removed several sections."),
        (
            "Updated | When the first humans left Africa, they got shorter.",
            "Updated |",
            "When the first humans left Africa, they got shorter.",
        ),
        (
            "UPDATE, 10:11 p.m. — The studio said the film passed $1 billion.",
            "UPDATE, 10:11 p.m. —",
            "The studio said the film passed $1 billion.",
        ),
        ("(Photo: Susan Walsh, AP) The president spoke on Wednesday.", "(Photo: Susan Walsh, AP)", None),
        ("CLOSE Major airlines expect to fly again Friday.", "CLOSE", "Major airlines expect to fly again Friday."),
    ],
)
def test_lead_ins_are_set_apart_and_the_sentence_kept(text: str, lead_in: str, sentence: str | None) -> None:
    from newsbrief.text.split import is_dateline

    sents = split_sentences(Article(id="a", text=text))
    assert sents[0].text == lead_in and is_dateline(lead_in)
    assert all(text[s.start : s.end] == s.text for s in sents)
    rest = [s.text for s in sents[1:]]
    assert rest == [sentence or "The president spoke on Wednesday."]
    assert not any(is_dateline(s) for s in rest)


def test_lead_ins_chain() -> None:
    text = "CLOSE Skip in Skip x Embed x Share A former officer was found dead in his home."
    assert [s.text for s in split_sentences(Article(id="a", text=text))] == [
        "CLOSE",
        "Skip in Skip x Embed x Share",
        "A former officer was found dead in his home.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "[Mitt] Romney talking it up on the trail gives the leadership cover.",  # an editor's insertion
        "[Labor union official] advised Obama that he would call the governor.",  # a redaction
        "ABC News watched Koni Aho race to build a berm around her restaurant.",
        "Northwestern football players win pivotal union case.",  # a headline-like news sentence
        "The Senate (R) voted on Monday, and the House (CNN) reported it.",
        "Police said the man, from LONDON (Ontario) - a city in Canada - was held.",  # dateline-like, mid-sentence
        "Update the software before Friday, officials said.",
        "Close friends of the singer gathered on Sunday.",
    ],
)
def test_sentences_that_open_like_a_lead_in_stay_whole(text: str) -> None:
    from newsbrief.text.split import is_dateline

    assert [s.text for s in split_sentences(Article(id="a", text=text))] == [text]
    assert not is_dateline(text)


def test_a_title_cut_at_its_exclamation_mark_is_joined() -> None:
    text = (
        "The cartoon, a collaboration between the label and Blow Me Down! King Features, was directed by "
        "Darren Romanelli. After the success of Mamma Mia! in 2008, she played an editor."
    )
    assert [s.text for s in split_sentences(Article(id="a", text=text))] == [
        "The cartoon, a collaboration between the label and Blow Me Down! King Features, was directed by "
        "Darren Romanelli.",
        "After the success of Mamma Mia! in 2008, she played an editor.",
    ]
    for apart in ("What a game! The fans went home happy.", "Why? Part of the appeal is simplicity."):
        assert len(split_sentences(Article(id="a", text=apart))) == 2


@pytest.mark.parametrize("splitter", ["nupunkt", "pysbd", "blingfire"])
def test_an_abbreviation_in_brackets_or_a_month_before_a_day_is_no_sentence_end(splitter: str) -> None:
    text = (
        "Senate Majority Leader Mitch McConnell (R-Ky.), who on Tuesday said no, spoke first. "
        "This story first appeared in the Aug. 23-Sept. 5 issue of the magazine. It sold out."
    )
    sents = split_sentences(Article(id="a", text=text), splitter)
    assert [s.text for s in sents] == [
        "Senate Majority Leader Mitch McConnell (R-Ky.), who on Tuesday said no, spoke first.",
        "This story first appeared in the Aug. 23-Sept. 5 issue of the magazine.",
        "It sold out.",
    ]


def test_a_whole_month_name_or_a_number_after_a_sentence_still_ends_it() -> None:
    assert _split("The vote was in May. 5 members left. Prices rose 5%. 3 people died.") == [
        "The vote was in May.",
        "5 members left.",
        "Prices rose 5%.",
        "3 people died.",
    ]


@pytest.mark.parametrize("splitter", ["nupunkt", "pysbd", "blingfire"])
def test_an_emoticon_closes_the_sentence_before_and_the_next_one_stands_apart(splitter: str) -> None:
    text = "We won the game. :) The fans went home happy. Great news! ;-)  Next one: here."
    assert [s.text for s in split_sentences(Article(id="a", text=text), splitter)] == [
        "We won the game. :)",
        "The fans went home happy.",
        "Great news! ;-)",
        "Next one: here.",
    ]
    # look-alikes that still continue the sentence before: a colon or a bracket, no emoticon
    assert _split("He was asked (by whom?) and said no.") == ["He was asked (by whom?) and said no."]


@pytest.mark.parametrize("splitter", ["nupunkt", "pysbd", "blingfire"])
def test_a_japanese_full_stop_ends_a_sentence_but_not_before_the_quotative_to(splitter: str) -> None:
    text = "東京で地震があった。被害は小さい。 The quake hit Tokyo at noon. 「行く。」と彼は言った。次の文。"
    sents = split_sentences(Article(id="a", text=text), splitter)
    assert [s.text for s in sents] == [
        "東京で地震があった。",
        "被害は小さい。",
        "The quake hit Tokyo at noon.",
        "「行く。」と彼は言った。",
        "次の文。",
    ]
    assert all(text[s.start : s.end] == s.text for s in sents)


@pytest.mark.parametrize("splitter", ["nupunkt", "pysbd", "blingfire"])
def test_a_chinese_full_stop_inside_curly_quotes_cuts_after_the_closing_mark(splitter: str) -> None:
    # review11: the cut fell between "。" and "”", leaving a sentence that opens with a closing mark
    text = "他说：“我们会赢。”然后离开了。"
    sents = split_sentences(Article(id="a", text=text), splitter)
    assert [s.text for s in sents] == ["他说：“我们会赢。”", "然后离开了。"]
    assert all(text[s.start : s.end] == s.text for s in sents)
