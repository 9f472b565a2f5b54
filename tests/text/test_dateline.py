"""Wire datelines: one reader (:func:`dateline_at`) for the splitter, the timeline, the dates and the entities."""

from __future__ import annotations

from datetime import date

import pytest

from newsbrief.text.dateline import Dateline, dateline_at, dateline_follows
from newsbrief.text.dates import dateline_date
from newsbrief.text.split import is_dateline, lead_in_end


@pytest.mark.parametrize(
    ("text", "place", "agency", "day"),
    [
        ("WASHINGTON, Feb. 18 (AP) -- The president's plan", "WASHINGTON", "AP", "Feb. 18"),
        ("CARACAS, December 6 (Xinhua) -- Venezuela's president", "CARACAS", "Xinhua", "December 6"),
        ("ATLANTA _ The city's mayor", "ATLANTA", None, None),
        ("PONTIAC, Mich. _ ``We are here,'' he said.", "PONTIAC", None, None),
        ("FT LAUDERDALE (CBSMiami) – A man", "FT LAUDERDALE", "CBSMiami", None),
        ("(CNN) -- A Detroit man", None, "CNN", None),
        ("WASHINGTON -- The president's plan", "WASHINGTON", None, None),  # no date or source: still a dateline
        ("Phnom Penh, January 27 (Xinhua) -- Cambodia", "Phnom Penh", "Xinhua", "January 27"),
    ],
)
def test_the_splitters_form_reads_the_wire_forms(
    text: str, place: str | None, agency: str | None, day: str | None
) -> None:
    found = dateline_at(text)
    assert found is not None and (found.place, found.agency, found.date) == (place, agency, day)
    assert found.start == 0 and text[found.end - 1] == " " and text[found.end] != " "  # the sentence opens at its end


def test_a_dateline_is_read_where_asked() -> None:
    text = "Headline\nNEW YORK (AP) — The market fell."
    found = dateline_at(text, 9)
    assert found == Dateline(9, 9 + len("NEW YORK (AP) — "), "NEW YORK", None, "AP", None)
    assert text[found.end :] == "The market fell." and dateline_at(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON -- the president's plan",  # no sentence opens after the dash
        "Washington -- The president's plan",  # a place not in capitals needs a date and a source
        "NATO said on Monday that it would act.",
        "The president's plan, Feb. 18, was news.",
        "AP -- The plan",  # two capitals alone are no place
        "UN",
    ],
)
def test_look_alikes_are_not_datelines_for_the_splitter(text: str) -> None:
    assert dateline_at(text) is None


def test_the_forms_differ_as_their_call_sites_did() -> None:
    # The timeline's form does not look past the dash; the splitter's wants a sentence to open there.
    assert dateline_at("WASHINGTON -- the plan", form="event") is not None
    assert dateline_at("AP -- The plan", form="event") is not None and dateline_at("AP -- The plan") is None
    # Only a dateline with a month and a day is dated; a place in any case is read.
    dated = dateline_at("Washington, May 3, 1998 (AP) -- The", form="dated")
    assert dated is not None and (dated.date, dated.year) == ("May 3", "1998")
    assert dateline_at("WASHINGTON (AP) -- The plan", form="dated") is None
    # The agency form wants a source in brackets.
    assert dateline_at("BEIJING, May 3 (Xinhua) -- China", form="agency").agency == "Xinhua"  # type: ignore[union-attr]
    assert dateline_at("ATLANTA _ The city", form="agency") is None


def test_the_call_sites_read_through_it() -> None:
    assert lead_in_end("CANNES, France (AP) — A man rushed") == len("CANNES, France (AP) — ")
    assert lead_in_end("[Video Link] A man") == len("[Video Link] ")  # a lead-in that is no dateline
    assert is_dateline("ATLANTA _") and not is_dateline("ATLANTA is a city.")
    assert dateline_date("CARACAS, December 6 (Xinhua) -- The", date(1998, 12, 7)) == date(1998, 12, 6)
    new_year = date(1999, 1, 2)  # a dateline after the published day is of the year before
    assert dateline_date("CARACAS, December 6 (Xinhua) -- The", new_year) == date(1998, 12, 6)
    assert dateline_date("WASHINGTON (AP) -- The", date(1998, 12, 7)) is None


def test_the_rest_of_a_dateline_after_a_place() -> None:
    text = "JOHANNESBURG, November 21 (Xinhua) -- South Africa"
    assert dateline_follows(text, len("JOHANNESBURG")) == len("JOHANNESBURG, November 21 (Xinhua) -- ")
    assert dateline_follows("JOHANNESBURG _ The ballroom", len("JOHANNESBURG")) == len("JOHANNESBURG _ ")
    assert dateline_follows("JOHANNESBURG is a city", len("JOHANNESBURG")) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("WASHINGTON ― Donald Trump's campaign paid his companies.", "WASHINGTON"),  # HuffPost's horizontal bar
        ("PHILADELPHIA ―\xa0Hillary Clinton's campaign said it was looking.", "PHILADELPHIA"),  # a no-break space
        ("NEWTOWN, Conn. ― Parents of the children have filed suits.", "NEWTOWN"),
    ],
)
def test_the_horizontal_bar_closes_a_dateline_in_every_form(text: str, place: str) -> None:
    for form in ("segment", "event"):
        found = dateline_at(text, form=form)  # type: ignore[arg-type]
        assert found is not None and found.place == place and text[found.end - 1] in " \xa0", form
    assert dateline_at("CHICAGO (AP) ― A man", form="agency").agency == "AP"  # type: ignore[union-attr]
    dated = dateline_at("WASHINGTON, Sept. 6 ― President Obama", form="dated")
    assert dated is not None and dated.date == "Sept. 6"
    assert dateline_follows("CHICAGO (AP) ― A man", len("CHICAGO")) == len("CHICAGO (AP) ― ")
    region = dateline_at("NEWTOWN, Conn. ― Parents")
    assert region is not None and region.region == "Conn."


def test_a_horizontal_bar_dateline_is_set_apart_and_its_sentence_kept() -> None:
    from newsbrief.model import Article
    from newsbrief.text.split import split_sentences

    text = "WASHINGTON ― President Barack Obama made history on Tuesday. He named a judge."
    sentences = [s.text for s in split_sentences(Article(id="a", text=text))]
    assert sentences[:2] == ["WASHINGTON ―", "President Barack Obama made history on Tuesday."]
    assert is_dateline("WASHINGTON ―")
    assert lead_in_end("UPDATE, 10:11 p.m. ― The studio said so.") == len("UPDATE, 10:11 p.m. ― ")


@pytest.mark.parametrize(
    "text",
    [
        "Trump’s absurd ― and dangerous ― anti-Latino remarks.",  # asides between bars
        "The firm ― which is owned partly by a donor ― also works for Cruz.",
        "In his second term ― and after the murder of 20 children ― Obama made gun control a priority.",
        "WASHINGTON ― the city",  # no sentence opens after the bar
        "Prices in a 1990―1995 range held.",
    ],
)
def test_horizontal_bar_look_alikes_are_not_datelines(text: str) -> None:
    assert dateline_at(text) is None and dateline_at(text, form="agency") is None
    assert dateline_at(text, form="dated") is None


@pytest.mark.parametrize(
    ("text", "place", "agency"),
    [
        ("Washington (AFP) – Donald Trump is bent on securing the nomination.", "Washington", "AFP"),
        ("Mexico City (AFP) – It featured drama and tension.", "Mexico City", "AFP"),
        ("New York (AFP) – Vice President Joe Biden on Monday hit the trail.", "New York", "AFP"),
        ("Tokyo (CNN) Seven US sailors are missing.", "Tokyo", "CNN"),  # CNN's style: no dash
        ("Orlando, Fla. (Reuters) - President Barack Obama met survivors.", "Orlando", "Reuters"),
        ("St. Louis (AP) — A man was held.", "St. Louis", "AP"),
    ],
)
def test_a_place_not_in_capitals_before_a_wire_tag_is_a_dateline(text: str, place: str, agency: str) -> None:
    found = dateline_at(text)
    assert found is not None and (found.place, found.agency) == (place, agency)
    assert text[found.end - 1] == " " and text[found.end] != " "


@pytest.mark.parametrize(
    "text",
    [
        "Washington (state) lawmakers passed a bill on Monday.",  # a place and a bracket open a sentence
        "Paris (Texas) police said the man was held.",
        "Paris (Texas) – Police said the man was held.",  # a bracket that is no wire's, even before a dash
        "Sen. Ted Cruz (R-Texas) — Announced March 23, 2015",  # a list of candidates
        "Washington (AFP) – the city",  # no sentence opens after the dash
        "Washington (CNN) reported that the plan failed.",
        "Our view\nTokyo (CNN) Seven US sailors are missing.",  # a place is on one line
    ],
)
def test_a_place_not_in_capitals_before_another_bracket_is_no_dateline(text: str) -> None:
    assert dateline_at(text) is None
    assert lead_in_end(text) is None


def test_a_wire_dateline_in_ordinary_case_is_set_apart_from_its_story_sentence() -> None:
    from newsbrief.model import Article
    from newsbrief.pipeline import story_sentences
    from newsbrief.text.split import split_sentences

    text = "Philadelphia (AFP) – Democrat Hillary Clinton accepted the nomination. She thanked her rival."
    sentences = [s.text for s in split_sentences(Article(id="a", text=text))]
    assert sentences == [
        "Philadelphia (AFP) –",
        "Democrat Hillary Clinton accepted the nomination.",
        "She thanked her rival.",
    ]
    assert is_dateline("Philadelphia (AFP) –") and is_dateline("Tokyo (CNN)")
    story = [s.text for s in story_sentences(Article(id="a", text=text))]
    assert story[0] == "Democrat Hillary Clinton accepted the nomination."
    kept = "Washington (state) lawmakers passed a bill on Monday. They voted 50-48."
    assert story_sentences(Article(id="b", text=kept))[0].text.startswith("Washington (state) lawmakers")
