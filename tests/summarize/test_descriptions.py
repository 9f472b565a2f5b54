"""Naming what an opening definite description stands for (summarize/descriptions.py), and where the brief shows it.

Each refusal is a case the development proposals showed or a guideline rule names: a description that is a new
thing the context makes definite ("the doctor" of a hospital), two things of the kind, a compound ("The city
council"), another name that may be of the kind.
"""

from __future__ import annotations

from newsbrief.config import BriefConfig
from newsbrief.model import Article, Span, SummarySentence
from newsbrief.pipeline import Briefer
from newsbrief.summarize.antecedents import antecedent
from newsbrief.summarize.descriptions import describe, name_descriptions, opening_description
from synthetic import article_sentences

article = article_sentences


def name(*texts: str, evidence: str | None = None, paragraphs: list[int] | None = None) -> str | None:
    sents = article("a", *texts, paragraphs=paragraphs)
    found = describe(sents, len(sents) - 1, " ".join(s.text for s in sents), evidence)
    return None if found is None else found.name


def test_opening_description_is_the_and_a_kind_noun_before_a_verb() -> None:
    d = opening_description("The company recently forced out its CEO.")
    assert d is not None and (d.noun, d.kind, d.end) == ("company", "org", len("The company"))
    assert opening_description("The company’s shares fell.") is not None
    d = opening_description("The 29-year-old was released on bail.")
    assert d is not None and (d.kind, d.age, d.end) == ("person", "29", len("The 29-year-old"))
    assert opening_description("The city council voted on Monday.") is None  # a compound, not the city
    assert opening_description("The 29-year-old law was struck down.") is None  # not a person
    assert opening_description("The weather was fine.") is None  # not a kind this module names
    assert opening_description("The doctor, who asked not to be named, said ...") is None


def test_the_one_thing_of_the_kind_named_before_is_the_referent() -> None:
    assert name("Acme Inc. said Tuesday it would cut 500 jobs.", "The company recently forced out its CEO.") == (
        "Acme Inc."
    )
    # the kind from an apposition elsewhere in the article
    assert (
        name(
            "Draper James, a company that sells Southern fashions, opened in Nashville.",
            "Reese Witherspoon started Draper James last week.",
            "The company sells dresses and home goods.",
        )
        == "Draper James"
    )
    # a person's age in the article names "The 29-year-old"
    assert name("Jane Doe, 29, was arrested on Friday in Tampa.", "The 29-year-old was released on bail.") == "Jane Doe"


def test_a_new_thing_the_context_makes_definite_is_not_named() -> None:
    # the doctor of a hospital visit is not the patient: nothing says Jane Doe is a doctor
    assert name("Jane Doe went to the hospital on Monday.", "The doctor said she would recover.") is None
    # an airport does not make an airline
    assert name("The cat escaped at John F. Kennedy Airport.", "The airline organized searches.") is None


def test_two_things_of_the_kind_or_another_name_give_no_answer() -> None:
    assert name("Acme Inc. sued Globex Corp. on Monday.", "The company said it would appeal.") is None
    assert name("Acme Inc. bought a small firm in Ohio.", "The company said it would hire.") is None
    assert name("Acme Inc. said Tuesday that Initech would pay.", "The company recently forced out its CEO.") is None


def test_the_kind_may_come_from_another_report_of_the_story() -> None:
    texts = ("Mobb Deep's hot streak continued into the 2000s.", "The group eventually split from Loud.")
    assert name(*texts) is None
    assert name(*texts, evidence=" ".join(texts) + " Mobb Deep, the hip-hop group, formed in 1991.") == "Mobb Deep"


def test_the_sentence_right_before_may_end_the_paragraph_before_but_no_further() -> None:
    texts = ("Acme Inc. said Tuesday it would cut 500 jobs.", "The company recently forced out its CEO.")
    assert name(*texts, paragraphs=[0, 1]) == "Acme Inc."
    assert name(texts[0], "Shares fell.", texts[1]) is None


def test_the_name_follows_the_description_which_stays() -> None:
    sents = article("a", "Jane Doe, 29, was arrested on Friday in Tampa.", "The 29-year-old was released on bail.")
    s = sents[1]
    shown = name_descriptions([SummarySentence(s.text, Span("a", s.start, s.end, s.text))], sents)
    assert shown[0].shown == "The 29-year-old [Jane Doe] was released on bail."
    assert shown[0].text == s.text  # verbatim: the insertion is display only
    sents = article("a", "Acme Inc. said Tuesday it would cut 500 jobs.", "The company recently forced out its CEO.")
    s = sents[1]
    shown = name_descriptions([SummarySentence(s.text, Span("a", s.start, s.end, s.text))], sents)
    assert shown[0].shown == "The company [Acme Inc.] recently forced out its CEO."


def test_before_a_possessive_or_a_comma_the_name_stands_in_for_the_description() -> None:
    """review42: the name put after "The company" split a possessive ("The company'[Acme Inc.] s shares") and
    followed the comma ("The company, [Acme Inc.] based in ...")."""
    for second, shown in (
        ("The company's shares fell 4% on Tuesday.", "[Acme Inc.]'s shares fell 4% on Tuesday."),
        ("The company’s shares fell 4% on Tuesday.", "[Acme Inc.]’s shares fell 4% on Tuesday."),
        (
            "The company, based in Ohio, recently forced out its CEO.",
            "[Acme Inc.], based in Ohio, recently forced out its CEO.",
        ),
    ):
        sents = article("a", "Acme Inc. said Tuesday it would cut 500 jobs.", second)
        s = sents[1]
        out = name_descriptions([SummarySentence(s.text, Span("a", s.start, s.end, s.text))], sents)
        assert out[0].shown == shown
        assert out[0].text == s.text


def test_the_one_body_of_the_kind_the_article_named_before_is_the_referent() -> None:
    """Session 18: "The company" a few sentences after the article's one company, named twice and nothing that could
    be the thing since: the story leaves no doubt, though the sentence right before names nothing."""
    acme = ("Acme Inc. said Tuesday it would cut 500 jobs at its plant.", "Acme had warned of cuts in May.")
    later = "The company recently forced out its CEO."
    assert name(*acme, "Its shares fell 4% in early trading.", "It had warned of cuts.", later) == "Acme Inc."
    assert name(*acme, "It had warned of cuts.", later, paragraphs=[0, 0, 1, 1]) == "Acme Inc."  # across a break
    assert (
        name(*acme, "It said the company would survive.", later) == "Acme Inc."
    )  # "the company" between is the one named
    # a government body for "The agency", by its name's last word
    agency = "The Environmental Protection Agency fined the plant."
    assert (
        name(
            agency,
            "The Environmental Protection Agency said it was the largest fine.",
            "It was a record.",
            "The agency said it would appeal.",
        )
        == "Environmental Protection Agency"
    )


def test_no_body_across_sentences_where_something_else_could_be_the_thing() -> None:
    acme = ("Acme Inc. said Tuesday it would cut 500 jobs at its plant.", "Acme had warned of cuts in May.")
    later = "The company recently forced out its CEO."
    assert name(*acme, "Analysts at Globex had expected cuts.", later) is None  # another name that may be a body
    assert name(*acme, "The EPA had fined it.", later) is None  # an all-capital name
    assert name(*acme, "A rival firm had cut more.", later) is None  # another thing of the kind
    assert name("Globex Corp. sued Acme Inc. on Monday.", acme[1], "Shares of both fell.", later) is None  # two
    assert name(*acme, "“Globex will follow,” a spokesman said.", later) is None  # a name in a quotation between
    assert name(*acme, "“We are in talks,” a spokesman said.", later) == "Acme Inc."
    assert name(*acme, *(f"It had {n} plants." for n in range(7)), later) is None  # named too far back
    # named once, in passing: "The league" of a report on the NBA is not the NHL it mentions (DUC 2004)
    assert name(acme[0], "It had warned of cuts.", later) is None
    # a person is no body, and the kind must come from the story: "The group" is not Jane Doe's employer
    assert name("Jane Doe runs Acme Inc. in Ohio.", "She said Acme jobs were safe.", "The group met on Monday.") is None


def test_not_named_right_after_its_source_sentence() -> None:
    sents = article("a", "Acme Inc. said Tuesday it would cut 500 jobs.", "The company recently forced out its CEO.")
    summary = [SummarySentence(s.text, Span("a", s.start, s.end, s.text)) for s in sents]
    assert [x.shown for x in name_descriptions(summary, sents)] == [s.text for s in sents]


def test_a_pronoun_may_cross_one_paragraph_break_only_when_asked() -> None:
    sents = article("a", "Colin Kroll, a tech executive, has died.", "He was 35.", paragraphs=[0, 1])
    joined = " ".join(s.text for s in sents)
    assert antecedent(sents, 1, joined, cross_paragraph=False) is None
    found = antecedent(sents, 1, joined, cross_paragraph=True)
    assert found is not None and found.name == "Colin Kroll"


def test_the_brief_shows_the_name_and_can_be_switched_off() -> None:
    text = (
        "Acme Inc. said Tuesday it would cut 500 jobs at its plant in Springfield, the largest cut in its history.\n\n"
        "The company recently forced out its chief executive after a long and public boardroom battle over pay."
    )
    on = Briefer(BriefConfig(analysis=False, words=100))([Article("a", text)])
    off = Briefer(BriefConfig(analysis=False, words=100, name_descriptions=False))([Article("a", text)])
    assert [s.text for s in on.summary] == [s.text for s in off.summary]  # display only
    shown_on = [s.shown for s in on.summary]
    assert not any("[Acme Inc.]" in s for s in [s.shown for s in off.summary])
    # right after its source sentence the brief needs no name; alone it gets one
    assert all("[" not in s for s in shown_on) or any(s.startswith("The company [Acme Inc.]") for s in shown_on)


def test_a_piece_of_a_longer_name_is_not_shown_for_the_thing() -> None:
    """The capitalised runs are cut for people's names: "Bank of America" is two runs, and the apposition after
    "America" made "[America] said ..." of "The bank said ..." (review of session 12)."""
    assert name("Bank of America, the second-largest bank, cut jobs.", "The bank said more cuts would come.") is None
    assert name("The University of Texas, a public university, raised fees.", "The university said costs rose.") is None
    assert name("The Bank of England, the central bank, raised rates.", "The bank said inflation was high.") is None
    assert name("JPMorgan Chase, the largest bank, said it would follow.", "The bank said loans cost more.") is None
    # a whole name, or one after a comma, is still shown
    assert name("Mobb Deep, the hip-hop group, split up in 2012.", "The group said it would reunite.") == "Mobb Deep"
    assert name("On Monday, Acme Inc. said it was in talks.", "The company said it would cut jobs.") == "Acme Inc."
