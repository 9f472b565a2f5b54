"""Speakers the text gives in other ways than "X said": a signature, a document's author, a description, and
quotes that are speech by their own words. Each literal case sits beside a look-alike that must stay as it is.

Real spaCy model (the ``analysis`` extra).
"""

from __future__ import annotations

import pytest

from installed import require_spacy_model
from newsbrief.analyse.nlp import load_nlp
from newsbrief.analyse.quote_index import DocIndex
from newsbrief.analyse.quote_speakers import Speakers
from newsbrief.analyse.quotes import in_brief, parse
from quote_text import quotes_of, speakers_of

require_spacy_model()


def test_a_signature_after_the_quote_names_its_speaker() -> None:
    text = (
        "Readers wrote to us after the debate.\n\n"
        "“He is someone that no sane person would want as the president.” ― Christina N Luis Olidem\n"
        "“The most unqualified child to ever run for president.” ― Julie A. Diaz Martinez\n"
        "“Trump must stop portraying Latinos as dangerous gangsters.”― Carla Sanchez.\n"
        "“Tonight’s debate showed Trump for who he really is, and it was not pretty.” ―\xa0Martha Aguilar"
    )
    found = quotes_of(text)
    assert [q.speaker for q in found] == [
        "Christina N Luis Olidem",
        "Julie A. Diaz Martinez",
        "Carla Sanchez",
        "Martha Aguilar",  # after a no-break space
    ]
    assert all(q.confidence is None and in_brief(q) for q in found)  # the text says who: the rules decide


def test_a_dash_before_a_label_or_a_sentence_is_no_signature() -> None:
    text = (
        '"We are going to win this state and then the whole country," - Editor\'s Note\n\n'
        '"We are going to win this state and then the whole country" - and the crowd cheered.'
    )
    assert speakers_of(text) == [None, None]


def test_a_signature_on_its_own_line_under_a_quote_names_its_speaker() -> None:
    # session 11: fact checks and notebooks set each remark as its own paragraph and sign it on the next line
    text = (
        "Hillary Clinton and Bernie Sanders met again on Thursday, and Barack Obama spoke the next week.\n\n"
        '"Boeing and GE and other big multinationals pay zero taxes in this country."\n\n'
        "- Sanders.\n\n"
        "This is a complex issue, and the companies do not disclose what they pay.\n\n"
        '"I went to Wall Street before the crash and told them to stop."\n\n'
        "- Hillary Clinton.\n\n"
        '"The whole idea of a crooked candidate is something that we hear about all the time."\n\n'
        "-Michelle Marks, Philadelphia.\n\n"
        '"Great speech. She is tested. She is ready. She never quits."\n\n'
        "-President Obama, tweeting after the speech."
    )
    found = quotes_of(text)
    assert [q.speaker for q in found] == ["Bernie Sanders", "Hillary Clinton", "Michelle Marks", "Barack Obama"]
    assert all(q.confidence is None and in_brief(q) for q in found)


class _CountingText(str):
    """A text that counts the characters read from it by index, slice or backward search."""

    read = 0

    def __getitem__(self, key):  # type: ignore[no-untyped-def, override]
        got = str.__getitem__(self, key)
        _CountingText.read += len(got)
        return got

    def rfind(self, sub, lo=0, hi=None):  # type: ignore[no-untyped-def, override]
        found = str.rfind(self, sub, lo, hi)
        _CountingText.read += (len(self) if hi is None else hi) - max(found, lo)
        return found


def test_the_signature_line_check_reads_only_the_quotes_own_line_start() -> None:
    # small13: the check that a quote is its whole paragraph copied the text before each quote back to the line's
    # start: quadratic on one huge line of many quotes (1.4 s for 20,000 quotes in 1 MB). Counted, not timed.
    short = '"We will win."\n\n- Sanders.'
    speakers = Speakers(DocIndex(next(parse(load_nlp(), [short])), [(0, 14)]))
    line = "Bernie Sanders said " + '"we will win" and ' * 5000
    at = line.rindex('"we will win"')
    speakers.index.text = _CountingText(line)
    _CountingText.read = 0
    assert speakers.signed(at + len('"we will win"'), at) is None
    assert _CountingText.read < 100
    # the look-alikes keep their answer: a quote opening its line after spaces, at the text's start, inside a line
    lead = "Bernie Sanders spoke in Iowa on Thursday.\n\n"
    assert speakers_of(lead + '  "Big companies pay zero taxes in this country."\n\n- Sanders.') == ["Bernie Sanders"]
    assert speakers_of('"Big companies pay zero taxes in this country."\n\n- Sanders.\n\n' + lead) == ["Bernie Sanders"]
    assert speakers_of(lead + 'Sanders spoke: "Big companies pay zero taxes."\n\n- Sanders.') == ["Bernie Sanders"]


def test_a_credit_line_or_a_dash_sentence_under_a_quote_signs_nothing() -> None:
    # a wire's credit under a last paragraph that ends in quoted words; a paragraph that only ends with a quote; a
    # dash that opens a sentence
    wire = (
        "Donald Trump spoke in Ohio on Friday.\n\n"
        'Trump recently pointed to a man in the crowd at one of his rallies and called him "my favourite supporter '
        'in the whole state."\n\n- Reuters.'
    )
    assert speakers_of(wire) == ["Donald Trump"]
    agency = 'Donald Trump spoke in Ohio on Friday.\n\n"We are going to win this state and the country."\n\n- Reuters.'
    assert speakers_of(agency) != ["Reuters"]
    sentence = (
        "Donald Trump spoke in Ohio on Friday.\n\n"
        '"We are going to win this state and the whole country."\n\n'
        "- Trump then left the stage and flew back to New York for a fundraiser with his family that night."
    )
    assert speakers_of(sentence) != ["Trump"]


def test_a_place_under_a_quote_signs_nothing() -> None:
    # review15: places that open like a given name ("Austin", "Virginia", "Jordan") on the line under a quote are a
    # dateline or a reader's town, not a signature; before, "Austin" and "Virginia Beach" were put in the brief
    quote = '"We lost everything we had in one night."\n\n'
    for lead, line in (
        ("Residents of Austin spoke after the flood on Friday.", "- Austin, Texas."),
        ("Mayor Jordan Lee spoke after the flood on Friday.", "- Jordan."),
        ("Donald Trump spoke after the flood on Friday.", "-Virginia Beach, Va."),
    ):
        found = quotes_of(f"{lead}\n\n{quote}{line}")
        assert len(found) == 1
        assert not in_brief(found[0]) or found[0].speaker not in ("Austin", "Jordan", "Virginia Beach"), line


def test_a_rank_before_a_name_is_not_the_speaker() -> None:
    # DUC task5: the parser ended a sentence at "Maj." and made the rank the subject; the brief showed "Maj"
    text = (
        "The plane's hydraulic systems become hard to handle.\n\n"
        "``The risk factor was eight or nine out of 10,'' said pilot Maj. George R. McAllister. "
        "``It was at the edge.''"
    )
    assert speakers_of(text) == ["George R. McAllister", "George R. McAllister"]
    # review15: a title with no name after it is nobody ("Gov" was put in the brief)
    alone = quotes_of('"We are ready for it," Gov. said at the time.')
    assert [q.speaker for q in alone if in_brief(q)] == []
    rendell = quotes_of(
        '"We are ready for it," said former Pennsylvania Gov. and Democratic National Committee chairman Ed Rendell.'
    )
    assert [q.speaker for q in rendell] == ["Ed Rendell"]  # PolNeAR train: the rank's phrase names him


def test_the_owner_of_a_document_speaks() -> None:
    text = (
        "Larry Solters was also no help. He said he was in Los Angeles on Tuesday. "
        "“I am in LA and was not aware of any arrangements at all,” his e-mail said."
    )
    assert speakers_of(text) == ["Larry Solters"]  # the tokenizer cuts "e-mail" into three tokens
    imf = '"The ultimate impact of the vote remains very unclear," the IMF report stated.'
    assert speakers_of(imf) == ["IMF"]


def test_a_document_of_nobody_stays_unattributed() -> None:
    assert speakers_of('"The ultimate impact of the vote remains very unclear," the report stated.') == [None]


def test_the_statement_goes_to_whoever_issued_it() -> None:
    text = (
        "The Nulato Tribal Council issued a statement on Sunday. "
        '"We are disturbed and saddened by what happened to the teams in our village," the statement said.'
    )
    assert speakers_of(text) == ["Nulato Tribal Council"]
    unissued = 'Residents were angry. "We are disturbed and saddened by what happened to the teams," a statement said.'
    assert speakers_of(unissued) == [None]


def test_a_speaker_described_by_a_name_is_shown_as_described() -> None:
    text = 'It was late. An Atlanta police spokesman said the department "has not been asked to provide any escorts."'
    found = quotes_of(text)
    assert [q.speaker for q in found] == ["an Atlanta police spokesman"]
    assert found[0].confidence is None and in_brief(found[0])
    text = '"We have never seen anything like it in this city," a spokesman for the Atlanta police said.'
    assert speakers_of(text) == ["a spokesman for the Atlanta police"]


def test_a_description_of_nobody_in_particular_stays_unattributed() -> None:
    assert speakers_of('"Nobody expected this at all, really, not even us," a friend said.') == [None]
    assert speakers_of('"We are looking into what happened last night," officials said.') == [None]


def test_a_description_beside_the_name_gives_the_name() -> None:
    text = (
        "A former Republican presidential candidate -- John McCain, who lost the 2008 election to Obama -- said "
        'the president "offered no changes to his reactive, indirect and incremental strategy."'
    )
    assert speakers_of(text) == ["John McCain"]


def test_officers_posted_at_events_are_not_speaking() -> None:
    text = (
        "The department’s Web site defines a detail as one in which officers are posted at public events to "
        "direct traffic, control crowds and “ensure the safety of public patrons.”"
    )
    assert quotes_of(text) == []
    assert speakers_of('Smith posted on Facebook: "We are all very sad today about this."') == ["Smith"]


def test_a_fragment_is_a_quote_when_its_own_words_are_speech() -> None:
    text = (
        "Trump thought he sounded like someone who had thrown in the towel. "
        '"He\'s supposed to be a cheerleader for this country," Trump said. '
        'Instead, "he just acts like a defeated man."'
    )
    assert [q.text for q in quotes_of(text)] == [
        "He's supposed to be a cheerleader for this country,",
        "he just acts like a defeated man.",
    ]


def test_a_label_fragment_is_still_no_quote() -> None:
    text = "Mrs. Clinton introduced him as ''a fighter for working families'' and a passionate advocate."
    assert quotes_of(text) == []


def test_a_quote_with_no_candidate_stays_out_of_the_brief() -> None:
    text = 'Three months later, by July, "the base was ready and the personnel began moving in."'
    found = quotes_of(text)
    assert [q.speaker for q in found] == [None]
    assert found[0].confidence == 0.0 and not in_brief(found[0])


def test_a_participle_hung_on_an_embedded_clause_does_not_take_its_subject() -> None:
    text = (
        "Donald Trump spoke in Iowa on Friday. Trump argued that a database would keep people from coming into "
        "the country illegally, saying it’s “all about management and good systems.”"
    )
    assert speakers_of(text) == ["Donald Trump"]  # not "nobody" because "a database" names nobody


def test_a_participle_of_the_main_clause_keeps_its_subject() -> None:
    text = (
        "Lawmakers in Kiev passed a resolution on Tuesday saying they were “deeply concerned about the new law "
        "and what it means.”"
    )
    assert speakers_of(text) == [None]  # "Lawmakers" said it, and names nobody


def test_adding_a_thing_is_not_speech() -> None:
    text = (
        "Testing of the plane soon led to an unexpected side effect, “a tremendous increase in reports of "
        "unidentified flying objects” that added much to Area 51 lore."
    )
    found = quotes_of(text)
    assert [(q.speaker, q.verb) for q in found] == [(None, None)] and not in_brief(found[0])
    assert speakers_of('Smith added: "We will be back next year with a much better team."') == ["Smith"]


def test_a_fragment_with_no_speech_verb_stays_out_of_the_brief() -> None:
    text = (
        "Conor Kennedy definitely gets a mention, and so we will assume that the lyrics “I will follow you home” "
        "are about how Taylor Swift followed Conor home."
    )
    found = quotes_of(text)
    assert [(q.text, q.verb) for q in found] == [("I will follow you home", None)]
    assert not in_brief(found[0])  # whatever name the ranker guessed, no verb says whose words they are
    said = quotes_of('Trump said it on Friday. Instead, he said, "he just acts like a defeated man."')
    assert [(q.speaker, q.verb) for q in said] == [("Trump", "said")]  # a verb: the ranker's cut alone decides


# session 11: questions and answers in an interview. Verbs that reply or put a question ("answered", "retorted",
# "interjected", "questioned", "whispered") speak like "said", and an interviewer's name the tagger missed right after
# a question mark ('"...?" Hannity asked') is still a name: the question is not given to the one who answers it.
INTERVIEW = (
    "Sean Hannity interviewed Donald Trump on Tuesday night.\n\n"
    '"Would it be negotiable about the eleven million people?" Hannity asked.\n\n'
    '"We will work out some system that is fair, believe me," Trump answered.\n\n'
    '"So you are saying there will be some flexibility?" Hannity interjected.\n\n'
    '"We are going to be very firm about it," Trump retorted.'
)


def test_the_interviewers_questions_are_his_and_the_answers_are_the_candidates() -> None:
    found = quotes_of(INTERVIEW)
    assert [q.speaker for q in found] == ["Sean Hannity", "Donald Trump", "Sean Hannity", "Donald Trump"]
    assert [q.verb for q in found] == ["asked", "answered", "interjected", "retorted"]
    assert all(in_brief(q) for q in found)


def test_a_question_or_a_whisper_is_the_speakers_own() -> None:
    beck = (
        "Glenn Beck spoke on his radio show on Tuesday about Donald Trump.\n\n"
        '"What was the massive pivot point to make him change so fundamentally?" Beck questioned.'
    )
    (q,) = quotes_of(beck)
    assert (q.speaker, q.verb) == ("Glenn Beck", "questioned")
    assert in_brief(q)
    stage = (
        "Ralph Richardson and Laurence Olivier met on stage in 1937.\n\n"
        "On opening night, Olivier was surprised to hear Richardson whisper to him during the duel: "
        '"Now you hit me, cocky. Now I hit you."'
    )
    (q,) = quotes_of(stage)
    assert (q.speaker, q.verb) == ("Ralph Richardson", "whisper")


def test_a_common_word_opening_a_sentence_after_a_question_is_no_name() -> None:
    # "Opposition" is written in lower case elsewhere: a common noun, not a name the tagger missed
    text = (
        "The opposition was busy on Monday.\n\n"
        '"Where were you on the night of the fire?" Opposition asked the neighbours, who did not answer.'
    )
    assert [q.speaker for q in quotes_of(text)] == [None]


def test_answering_a_phone_is_not_speaking() -> None:
    text = 'Mary Adams answered the phone on Monday. "We will win this fight in the end," her husband said later.'
    assert [q.speaker for q in quotes_of(text)] == [None]


def test_a_name_the_parser_hung_on_the_verb_as_a_compound_is_its_subject() -> None:
    # PolNeAR train: '," Conway notes.' parsed as the noun phrase "Conway notes" (the verb kept, its subject lost)
    text = (
        "Kellyanne Conway, a pollster, joined the campaign in July. Donald Trump has softened his tone lately, "
        "especially when he reads from prepared texts rather than riffing at rallies.\n\n"
        '"Look at the statement Mr. Trump put out after the Dallas shootings," Conway notes. '
        '"It was very different in tone."'
    )
    assert speakers_of(text) == ["Kellyanne Conway", "Kellyanne Conway"]


def test_a_name_the_tagger_missed_opening_a_paragraph_still_speaks() -> None:
    text = (
        "Sean Hannity interviewed Donald Trump on Tuesday night in Austin.\n\n"
        '"The ones who have been here twenty years," Trump asked. "Do we throw them out or work with them?"\n\n'
        "The crowd applauded.\n\n"
        'Hannity interjected: "So you are saying there will be some flexibility?"'
    )
    assert speakers_of(text)[-1] in ("Hannity", "Sean Hannity")  # the tagger takes "Sean Hannity" for a group
    # review15: a role noun opening a sentence is no name the tagger missed: the article names nobody by it
    role = 'The company shut its doors on Friday.\n\nSecurity interjected: "Nobody may enter the building now."'
    assert speakers_of(role) == [None]
    # small13: nor one the parser takes for a proper noun ("Management", "Moderator"); a tagged name or a surname
    # the article writes after a given name still speaks
    for line in ('Management answered: "We will not close the plant."', 'Moderator interjected: "Let him finish."'):
        assert speakers_of(f"The company met its workers on Monday.\n\n{line}") == [None], line
    assert speakers_of('The debate ran long.\n\nObama answered: "We will not close the plant."') == ["Obama"]
    hannity = 'Sean Hannity spoke on Monday.\n\nHannity answered: "We will not close the plant this year."'
    assert speakers_of(hannity) == ["Sean Hannity"]
    # an outlet the article tags elsewhere still speaks where the tagger missed it (PolNeAR train)
    forbes = (
        "Bloomberg and Forbes publish lists of the richest people. Forbes puts Mr. Kamprad at $3 billion.\n\n"
        "Bloomberg estimates his fortune at about $42 billion. Forbes, however, says that Mr. Kamprad is no longer a "
        "billionaire, having transferred his wealth to special entities ''beyond his control.''"
    )
    assert speakers_of(forbes) == ["Forbes"]


def test_a_description_beside_a_name_gives_whom_the_speaker_backs_not_the_speaker() -> None:
    # session 12 (PolNeAR train): the tagger took "Griffin" for a place, and the person inside his description
    # ("an Obama backer") was given his words; the name the description stands beside is the speaker
    text = (
        "Barack Obama won Iowa in 2008. Ernie Griffin, a blogger in Fort Worth, watched the change.\n\n"
        '"Young people have a different swagger about themselves," said Griffin, an Obama backer. '
        '"I see it on the streets here."'
    )
    assert speakers_of(text) == ["Ernie Griffin", "Ernie Griffin"]
    # look-alike kept: a role noun with a name beside it is that person ("the White House spokesman, Josh Earnest")
    earnest = (
        "Barack Obama spoke on Monday.\n\n"
        '"We will not comment on the investigation," said the White House spokesman, Josh Earnest.'
    )
    assert speakers_of(earnest) == ["Josh Earnest"]


def test_a_relative_clause_that_holds_what_was_said_does_not_speak_the_next_quote() -> None:
    # session 12 (PolNeAR train): "who said she planned to demonstrate" is complete; the quote after it runs on
    # from the sentence's speaker, not from the relative clause's "who"
    text = (
        "Protesters gathered outside the hall.\n\n"
        "''You are going to see a variety of tactics,'' said Elizabeth Arnold, 32, a former staff member for the "
        "campaign in Philadelphia who said she planned to demonstrate. ''I personally don't like being arrested. "
        "But it's essential that we speak our minds.''"
    )
    assert speakers_of(text) == ["Elizabeth Arnold", "Elizabeth Arnold"]
    # look-alike kept: a relative clause whose words run into the quote still speaks it
    sham = "Protesters gathered.\n\nMayor John Smith, who said the vote was ''a sham from the start,'' left the hall."
    assert speakers_of(sham) == ["John Smith"]


def test_a_person_who_modifies_a_role_noun_is_not_the_speaker_the_parser_lost() -> None:
    # session 12 (PolNeAR train): the parser hung "Gene Sperling" inside the first quote and left "said" with no
    # subject; the last person before the verb, "Clinton" of "a top outside Clinton adviser", is whom he advises
    text = (
        "Republicans also face challenges.\n\n"
        "“It is not the position that everything is hunky-dory,” Gene Sperling, a top outside Clinton adviser, said "
        "at a recent event on the economy in Iowa. “I think the American people are capable of understanding that "
        "things got dramatically better under Barack Obama, and that yet things are not perfect and there's more "
        "to do.”"
    )
    assert speakers_of(text) == ["Gene Sperling", "Gene Sperling"]


# session 14 (PolNeAR train): the person set beside a phrase tied to someone else after an inverted verb


def test_the_name_set_beside_a_tied_phrase_after_the_verb_speaks() -> None:
    text = (
        "\"It's about time that we had a woman running this country,\" exhorted Clinton's introducer, "
        "actress Jamie Lee Curtis."
    )
    assert speakers_of(text) == ["Jamie Lee Curtis"]  # not Clinton, whose introducer she was
    # look-alikes: the tied phrase names nobody; a name with its own description after the comma speaks as before
    tied = "\"It's about time that we had a woman running this country,\" said Hillary Clinton's spokesman."
    assert speakers_of(tied) != ["Hillary Clinton"]
    described = '"It\'s about time that we had a woman running this country," said Clinton, a former senator.'
    assert speakers_of(described) == ["Clinton"]


# session 14 (PolNeAR train: "a Carrier executive", "one Trump confidant", "one former GOP leadership aide" were
# shown as Carrier's, Donald Trump's and the GOP's words): a person noun with a name before it is one of that
# body's or person's people, unnamed, not the body or the person


@pytest.mark.parametrize(
    ("text", "described"),
    [
        (
            "Intel said the event was canceled.\n\n"
            '"There will be a full exchange of views at the house on Thursday night," an Intel spokeswoman said.',
            "an Intel spokeswoman",
        ),
        (
            '"Violent threats and the promotion of terrorism deserve no place on our site," a Twitter spokesman said.',
            "a Twitter spokesman",
        ),
    ],
)
def test_a_person_of_a_named_body_is_not_the_body(text: str, described: str) -> None:
    found = quotes_of(text)
    assert [q.speaker for q in found] == [described] and found[0].confidence is None


def test_a_group_named_by_its_body_is_still_the_body() -> None:
    # look-alike: "group" is no person noun; the description is shown as before
    text = (
        "The Momentum group that supports Mr Corbyn held a rally.\n\n"
        '"We will not stop until the party listens to its members," the Momentum group said.'
    )
    assert speakers_of(text) == ["the Momentum group"]


# review23: the same person noun after an inverted verb ('," said an Intel spokeswoman') was shown as Intel's words
# in the brief; the rule above held only for the subject before its verb


@pytest.mark.parametrize(
    "who",
    [
        "an Intel spokeswoman",
        "an IBM board member",
        "a Pentagon press officer",
        "one Google software engineer",
        "a Ford factory worker",
    ],
)
def test_a_person_of_a_named_body_after_the_verb_is_not_the_body(who: str) -> None:
    # shown as described, or left unnamed; never the body's name (before the verb or after it)
    for text in (f'"We will not sell the unit," said {who}.', f'"We will not sell the unit," {who} said.'):
        assert [q.speaker for q in quotes_of(text)] in ([who], [None])


def test_a_body_after_the_verb_still_speaks() -> None:
    # look-alike: no person noun after the name, the body said it ("group" is no person)
    assert speakers_of('"We stand ready to talk," said the Momentum group.') in (["Momentum"], ["the Momentum group"])


# session 14's blind reading: "In an interview with The Washington Post Trump said" was shown as the speaker
# "Washington Post Trump" (the tagger runs the outlet and the name into one span)


@pytest.mark.parametrize("outlet", ["The Washington Post", "CNN", "the New York Times", "Fox News"])
def test_an_outlet_glued_before_the_speaker_is_not_his_name(outlet: str) -> None:
    text = f'He spoke at length. In an interview with {outlet} Trump said, "I will win the state easily."'
    assert speakers_of(text) == ["Trump"]


def test_an_outlet_or_its_programme_still_speaks() -> None:
    # look-alikes: the outlet alone, and a programme's name, stay whole
    assert speakers_of('"We will win," The Washington Post said in an editorial.') == ["Washington Post"]
    from newsbrief.analyse.quote_names import without_outlet

    assert without_outlet("Fox News Sunday") == "Fox News Sunday"
    assert without_outlet("The Washington Post Magazine") == "The Washington Post Magazine"
    assert without_outlet("The Washington Post Trump") == "Trump"
    assert without_outlet("Timesha Jones") == "Timesha Jones"


# review26: a one-word outlet is also a given name or a word ("Post Malone", "Hill Harper", "Fox Butterfield"): only
# "the Post" / "The Hill" or a possessive ("Fox's Sean Hannity") is the outlet; acronyms and longer names stay as before


@pytest.mark.parametrize("name", ["Post Malone", "Hill Harper", "Fox Butterfield"])
def test_a_name_opening_with_a_short_outlets_word_is_whole(name: str) -> None:
    assert speakers_of(f'"I never wanted to be famous," {name} said in an interview on Tuesday.') == [name]


def test_a_short_outlet_with_its_article_or_possessive_is_still_dropped() -> None:
    from newsbrief.analyse.quote_names import without_outlet

    assert without_outlet("The Post Trump") == "Trump"
    assert without_outlet("The Hill Harper") == "Harper"
    assert without_outlet("Fox's Sean Hannity") == "Sean Hannity"
    assert without_outlet("CNN Wolf Blitzer") == "Wolf Blitzer"
    assert without_outlet("Times Square") == "Times Square"


# review26: an outlet's own company or service speaks under its whole name ("NBC Universal" was shown as "Universal",
# "CBS Corp." as "Corp", "BBC World Service" as "World Service" at 4446181; whole at d86170e)


@pytest.mark.parametrize(
    ("body", "shown"),
    [
        ("NBC Universal", "NBC Universal"),
        ("CBS Corp.", "CBS Corp"),
        ("BBC World Service", "BBC World Service"),
        ("CNN International", "CNN International"),
    ],
)
def test_an_outlets_company_or_service_keeps_its_whole_name(body: str, shown: str) -> None:
    assert speakers_of(f'"We have no comment on the lawsuit," {body} said in a statement on Monday.') == [shown]


# '"...," an intelligence source told Fox News' was Fox News's words: after "told" stands the hearer, and the
# subject before the verb spoke (unnamed here)


@pytest.mark.parametrize("hearer", ["Fox News", "The Washington Post", "radio host Hugh Hewitt"])
def test_the_hearer_after_told_is_not_the_speaker(hearer: str) -> None:
    text = f'"The agents involved are under a lot of pressure," an intelligence source told {hearer}.'
    assert speakers_of(text) in ([None], ["an intelligence source"])


def test_a_named_teller_of_an_outlet_still_speaks() -> None:
    # look-alikes: a named subject told the outlet; an inverted "said" keeps the name after it
    assert speakers_of('"We will not back down," Smith told The Washington Post.') == ["Smith"]
    assert speakers_of('"We will not back down," said Smith.') == ["Smith"]


# session 15: the learned ranker still named the hearer of "told" / "asked" at low confidence (review26: '"...," the
# witness told Jane Doe' -> Jane Doe 0.58): the hearer is no candidate once the verb has its own subject


@pytest.mark.parametrize(
    "text",
    [
        '"I was there when it happened, and I saw it all," the witness told Jane Doe, a reporter.',
        '"Will you run again next year for the seat?" the host asked Sen. Jeff Flake.',
    ],
)
def test_the_hearer_is_no_candidate_of_the_ranker(text: str) -> None:
    assert speakers_of(text) == [None]


def test_a_named_teller_keeps_the_quote_beside_a_named_hearer() -> None:
    # look-alike: the subject is named and speaks; the hearer stays out
    text = '"I was there when it happened, and I saw it all," Mary Smith told Jane Doe, a reporter.'
    assert speakers_of(text) == ["Mary Smith"]


# session 15: "Representative" was kept in a name the ranker proposed ("Representative Steve Cohen"), as "Rep." and
# "Sen." are not


def test_representative_is_a_title_not_part_of_the_name() -> None:
    text = (
        "''That was a good speech you gave last night, Mr. President,'' Representative Steve Cohen, Democrat of "
        "Tennessee, told Mr. Obama as he stopped to have his picture taken with him in the photo line."
    )
    assert speakers_of(text) == ["Steve Cohen"]


def test_a_trade_representative_keeps_his_name() -> None:
    # look-alike: the title inside an office's name before the name
    text = '"We need a deal on trade with China this year," said U.S. Trade Representative Robert Lighthizer.'
    assert speakers_of(text) == ["Robert Lighthizer"]


# session 15: "the" inside a body's name cut the name at it, as the "the" of "the Rev" is cut ("Correct the Record"
# -> "Record", "the Office of the Inspector General" -> "Inspector General", 27 names on PolNeAR train), and a span
# the tagger ended inside a bracket kept the bracket ("the Vox Populi (Voice of the People) column" -> "People")


@pytest.mark.parametrize(
    ("body", "shown"),
    [
        ("the Office of the Inspector General", "Office of the Inspector General"),
        ("the Ministry of the Environment", "Ministry of the Environment"),
    ],
)
def test_the_inside_a_bodys_name_is_part_of_it(body: str, shown: str) -> None:
    text = f'"Voters deserve to know who paid for these ads before they vote," {body} said in a statement.'
    assert speakers_of(text) == [shown]


def test_a_column_named_with_its_gloss_in_brackets_keeps_its_name() -> None:
    text = (
        "A popular column in the national Asahi newspaper attacked the comment.\n\n"
        '"Amid the trading of insults between the opposing camps on the campaign trail, a remark made by Vice '
        'President Joe Biden was quite rough around the edges," said the Vox Populi (Voice of the People) column.'
    )
    assert speakers_of(text) == ["Vox Populi"]


def test_the_rev_is_still_a_title() -> None:
    # look-alikes: "the" opening a name goes, with the title after it
    assert speakers_of('"We shall overcome, and soon," said the Rev. Jesse Jackson.') == ["Jesse Jackson"]
    assert speakers_of('"We shall overcome, and soon," the Rev Al Sharpton said on Monday.') == ["Al Sharpton"]
