"""Naming the person a modified definite description stands for (summarize/person_description.py), as the brief
shows it through summarize/descriptions.py: "said the New York businessman [Donald Trump], who ...".

Each refusal is a way the reader could be misled: two people the report could mean, a description the report never
gives the person, a gender that disagrees, a person the brief already names.
"""

from __future__ import annotations

from newsbrief.model import Span, SummarySentence
from newsbrief.render.labels import shown_parts
from newsbrief.summarize.descriptions import name_descriptions
from newsbrief.summarize.person_description import person_description
from synthetic import article_sentences

QUOTE = "\u201cWe can't have a guy who lies,\u201d said the New York businessman, who campaigned Monday in Concord."
RUBIO = "\u201cI stand by everything I said,\u201d the Florida senator told a magazine on Thursday."


def shown(*texts: str, earlier: tuple[int, ...] = ()) -> str:
    """The last sentence of a made-up article as the brief shows it, after the summary sentences ``earlier``."""
    sents = article_sentences("a", *texts)
    summary = [SummarySentence(sents[k].text, Span("a", sents[k].start, sents[k].end, sents[k].text)) for k in earlier]
    s = sents[-1]
    summary.append(SummarySentence(s.text, Span("a", s.start, s.end, s.text)))
    return name_descriptions(summary, sents)[-1].shown


def test_a_speaker_described_as_the_report_described_him_is_named() -> None:
    assert shown(
        "Donald Trump, the New York businessman, attacked his rivals on Sunday.", "He spoke for an hour.", QUOTE
    ) == (
        "\u201cWe can't have a guy who lies,\u201d said the New York businessman [Donald Trump], who campaigned Monday"
        " in Concord."
    )
    # a title and a party's parenthesis: "Sen." is a senator, "Fla." Florida
    assert shown("Sen. Marco Rubio (R-Fla.) said Tuesday he would run.", "Polls show him third.", RUBIO) == (
        "\u201cI stand by everything I said,\u201d the Florida senator [Marco Rubio] told a magazine on Thursday."
    )


def test_a_subject_described_by_the_words_before_the_name_is_named() -> None:
    assert shown(
        "Former Secretary of State Hillary Clinton spoke in Iowa.", "The former secretary of state said she would win."
    ) == ("The former secretary of state [Hillary Clinton] said she would win.")


def test_a_description_the_report_does_not_give_or_gives_two_people_is_left_alone() -> None:
    # John Kerry is a secretary of state, not a former one
    text = "The former secretary of state said she would win."
    assert shown("Secretary of State John Kerry spoke in Iowa.", text) == text
    # two senators: the one whose state is not told may be the Florida senator
    text = "The Florida senator told a magazine on Thursday he would run."
    assert shown("Sen. Marco Rubio (R-Fla.) met Sen. Bill Nelson on Monday.", text) == text
    # nobody named before is given the description
    assert shown("Hillary Clinton spoke in Iowa.", text) == text


def test_a_gendered_noun_must_agree_with_the_person() -> None:
    text = "\u201cWe will win,\u201d said the New York businesswoman, who campaigned Monday."
    assert shown("Donald Trump, the New York businesswoman, spoke on Sunday.", text) == text


def test_no_bracket_where_the_brief_already_names_the_person() -> None:
    texts = ("Donald Trump, the New York businessman, attacked his rivals on Sunday.", "He spoke for an hour.", QUOTE)
    assert shown(*texts, earlier=(0,)) == QUOTE


def test_only_a_subject_or_a_quotation_s_speaker_outside_quotes_is_read() -> None:
    assert person_description("He met the New York businessman on Monday.") is None  # an object
    assert person_description("\u201cI told the Florida senator, said she.") is None  # inside the quotation
    d = person_description(RUBIO)
    assert d is not None and d.words == {"florida", "senator"} and d.head == "senator"


def test_a_name_before_a_comma_or_the_end_is_shown_after_a_space_of_its_own() -> None:
    text = "\u201cWe will win,\u201d said the New York businessman."
    sents = article_sentences("a", "Donald Trump, the New York businessman, spoke on Sunday.", text)
    s = sents[-1]
    item = name_descriptions([SummarySentence(s.text, Span("a", s.start, s.end, s.text))], sents)[0]
    assert item.shown == "\u201cWe will win,\u201d said the New York businessman [Donald Trump]."
    assert [p for p, inserted in shown_parts(item) if inserted] == ["[Donald Trump]"]
    assert "".join(p for p, _ in shown_parts(item)) == item.shown


def test_a_noun_that_only_modifies_another_or_a_former_office_or_a_name_in_apposition_is_no_tie() -> None:
    # "guard" of "a coast guard official" is not what Jane Obara is
    text = "The ship is 222 meters long, the coast guard said."
    assert shown("The crew was questioned, said Jane Obara, a regional coast guard official.", text) == text
    # a former party chairman is not the party chairman
    text = "The party chairman called for a voice vote."
    assert shown("Gary Emineth, a former state party chairman, became a delegate.", text) == text
    # the sentence names the chairman itself
    text = "The state party chairman, Kelly Armstrong, called for a voice vote."
    assert shown("Gary Emineth, the state party chairman, became a delegate.", text) == text
    # a title right before the name is a tie: "police Chief Jarrod Burguan"
    assert shown(
        "Anderson opened fire, San Bernardino police Chief Jarrod Burguan said.", "Smith fled, the police chief said."
    ) == ("Smith fled, the police chief [Jarrod Burguan] said.")


def test_a_title_before_a_bare_surname_is_not_the_full_name_s() -> None:
    # "President Clinton" is Bill; the article names Hillary Clinton in full
    text = "\u201cWe did it,\u201d the former president said."
    assert shown("Hillary Clinton met donors after former President Clinton spoke.", text) == text
