"""Entity types from evidence across mentions: the words around a name, a gazetteer, and what is not backed.

Literal sentences with look-alikes: a company named after a person is a body, a person with a brand's name is a
person; a TV show, an illness and a military exercise are not listed; an airport is a place, not a body. Real
spaCy model throughout; nothing is mocked.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from entity_text import entities_of, span_of
from installed import require_spacy_model
from newsbrief.analyse._entity_context import FAC, GPE, ORG, PERSON, THING, acts_as_body, context_class
from newsbrief.analyse._entity_story import _in_quoted_title
from newsbrief.analyse.name_evidence import known_place
from newsbrief.model import Entity

require_spacy_model()


def labels_of(entities: Sequence[Entity], name: str) -> list[str]:
    """The labels of the listed entities called ``name`` (by name or alias)."""
    return [e.label for e in entities if name in (e.name, *e.aliases)]


def test_a_company_named_after_a_person_is_a_body() -> None:
    ents = entities_of(
        "Michael Kors shares rose 5% on Tuesday after the company agreed to buy Jimmy Choo. Michael Kors said the "
        "deal would close next year.",
        "Analysts said Michael Kors stores had struggled. Michael Kors CEO John Idol said the brand would grow.",
    )
    assert labels_of(ents, "Michael Kors") == ["ORG"]  # tagged PERSON four times
    assert labels_of(ents, "Jimmy Choo") == ["ORG"]  # "buy Jimmy Choo": people are not bought
    assert labels_of(ents, "John Idol") == ["PERSON"]


def test_the_designer_of_the_same_name_stays_a_person() -> None:
    ents = entities_of(
        "The designer Michael Kors said he was thrilled. Kors, 58, told reporters that he loved the show.",
        "Michael Kors, the fashion designer, said on Tuesday that his new collection was inspired by travel.",
    )
    assert labels_of(ents, "Michael Kors") == ["PERSON"]


def test_a_person_with_a_brands_name_stays_a_person() -> None:
    ents = entities_of(
        "White House communications director Mercedes Schlapp said on Tuesday that the president would travel. "
        "Schlapp added that the trip was planned.",
        "Mercedes Schlapp told reporters the visit would go ahead.",
    )
    assert labels_of(ents, "Mercedes Schlapp") == ["PERSON"]


def test_a_person_the_tagger_calls_a_body_is_a_person_by_the_noun_before_the_name() -> None:
    ents = entities_of("Northwestern quarterback Kain Colter led the effort. Former quarterback Kain Colter testified.")
    assert labels_of(ents, "Kain Colter") == ["PERSON"]  # tagged ORG both times


def test_a_newspaper_the_tagger_calls_a_person_is_a_body() -> None:
    ents = entities_of(
        "The satirical newspaper Charlie Hebdo was attacked in January. Charlie Hebdo offices were closed.",
        "Gunmen attacked the offices of Charlie Hebdo in Paris.",
    )
    assert labels_of(ents, "Charlie Hebdo") == ["ORG"]


def test_a_tv_show_is_not_listed_as_a_body() -> None:
    ents = entities_of(
        "Modern Family won again on Sunday night. The show Modern Family has now won five times.",
        "The cast of the sitcom Modern Family celebrated after the ceremony.",
    )
    assert labels_of(ents, "Modern Family") == []


def test_an_airport_is_a_place_not_a_body() -> None:
    ents = entities_of(
        "Hundreds of flights were canceled at O'Hare and Midway. Passengers waited at Midway airport in Chicago.",
        "Southwest canceled flights out of its Midway hub, and O'Hare airport was also hit.",
    )
    assert labels_of(ents, "Midway") == ["FAC"]  # tagged ORG every time
    assert labels_of(ents, "O'Hare") == ["FAC"]


def test_an_illness_and_its_abbreviation_are_not_listed() -> None:
    ents = entities_of(
        "She is being treated for Rocky Mountain Spotted Fever (RMSF), her husband said. RMSF is a potentially "
        "fatal disease.",
        "Doctors said RMSF can be treated with antibiotics if it is caught early.",
    )
    assert labels_of(ents, "RMSF") == []
    assert labels_of(ents, "Rocky Mountain Spotted Fever") == []


def test_a_quoted_title_is_a_thing_but_a_quote_that_opens_with_a_name_is_not() -> None:
    ents = entities_of(
        "“Harry Potter and the Deathly Hallows” made $1 billion, and “The Avengers,” did too.",
        "Harry Potter fans queued. “Donald Trump’s plan is a disaster,” said Hillary Clinton. Donald Trump denied it.",
    )
    assert labels_of(ents, "Harry Potter") == []
    assert labels_of(ents, "Donald Trump") == ["PERSON"]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("“Harry Potter and the Deathly Hallows” made $1 billion.", "Harry Potter", True),
        ("Fans saw “The Avengers,” twice.", "Avengers", True),
        ("“Donald Trump’s plan is a disaster,” she said.", "Donald Trump", False),  # a possessive, no closing quote
        ("“Donald Trump is a liar,” she said.", "Donald Trump", False),  # a sentence, not a title
        ("“Devin” was his nickname.", "Devin", False),  # one word: a nickname
    ],
)
def test_a_name_opening_a_quoted_title(text: str, name: str, title: bool) -> None:
    start = text.index(name)
    assert _in_quoted_title(text, start, start + len(name)) is title


def test_an_exercise_called_by_a_name_is_not_a_person() -> None:
    ents = entities_of("Troops took part in an annual exercise called Key Resolve. Key Resolve ended on Friday.")
    assert labels_of(ents, "Key Resolve") == []


def test_a_known_city_that_opens_with_a_given_name_is_a_place() -> None:
    ents = entities_of("Snow fell in Des Moines on Thursday. A foot of snow had fallen in Des Moines by noon.")
    assert labels_of(ents, "Des Moines") == ["GPE"]  # "Des" is a given name; "Des Moines" a city


def test_a_place_or_body_only_the_tagger_vouches_for_once_is_not_listed() -> None:
    ents = entities_of("Julia Louis-Dreyfus talked backstage at the Emmys about her win in Chicago.")
    assert labels_of(ents, "Emmys") == []  # tagged once, no cue, not a known place or body's name
    assert labels_of(ents, "Chicago") == ["GPE"]  # once too, but a known place


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        ("They flew out of Midway airport on Friday.", "Midway", FAC),
        ("The film Axanar was never made.", "Axanar", THING),
        ("They sued Bushmaster, the manufacturer of the rifle.", "Bushmaster", ORG),
        ("RMSF is a potentially fatal disease.", "RMSF", THING),
        ("Troops joined an exercise called Key Resolve.", "Key Resolve", THING),
        ("Shares of the retailer rose after Michael Kors shares jumped.", "Michael Kors", ORG),
        ("Snow covered the Des Moines area on Friday.", "Des Moines", GPE),
        ("The team was coached by former quarterback Kain Colter last year.", "Kain Colter", PERSON),
        ("Nothing else happened to Jeremy Corbyn on Monday.", "Jeremy Corbyn", None),
        ("The state Senate passed the bill.", "Senate", None),  # a place noun before a body only modifies it
        ("Regulators approved the Pfizer vaccine on Friday.", "Pfizer", None),  # a body's product after it
        ("Cases of the Zika virus rose.", "Zika", THING),
        ("Facebook bought the messaging app WhatsApp.", "WhatsApp", ORG),  # a social network is a body
        ("A 26-year-old Nulato man says he was returning home.", "Nulato", GPE),  # people of a place
        ("Detroit residents lined the streets.", "Detroit", GPE),
        ("The Smith family moved away.", "Smith", None),  # a family is a person's, not a place's
    ],
)
def test_context_class_of_one_mention(text: str, name: str, cls: str | None) -> None:
    assert context_class(span_of(text, name)) == cls


def test_the_gazetteer_folds_names_and_knows_no_common_words() -> None:
    assert known_place("Chicago") and known_place("chicago") and known_place("United States")
    assert known_place("Zürich") == known_place("Zurich")
    assert not known_place("Emmys") and not known_place("Twitter")


@pytest.mark.parametrize(
    ("text", "name", "body"),
    [
        ("NPR reported the figures on Monday.", "NPR", True),
        ("The figures were first reported by the BBC, and the CIA said nothing.", "CIA", True),
        ("He told NPR that he would stay.", "NPR", True),
        ("The deal fell through, according to the AP.", "AP", True),
        ("LKAB plans to pay residents 25% more.", "LKAB", True),
        ("WSJ's Sumathi Reddy discusses the study.", "WSJ", True),
        ("The CIA director resigned.", "CIA", True),
        ("The Oakland pair was arrested Friday by the FBI.", "FBI", True),
        ("The pair posted what the FBI called communiques.", "FBI", True),
        ("San Diego's FBI Special Agent in Charge Eric Birnbaum spoke.", "FBI", True),
        ("ESPN legal analyst Ryan Smith details the video.", "ESPN", True),
        ("It shows the shooting of former NFL star Will Smith.", "NFL", True),
        ("They formed a committee to force the FDA to listen.", "FDA", True),
        ("Neurons in the SCN integrate light.", "SCN", False),
        ("As with the ipRGCs, SCN neurons exhibit persistent firing.", "SCN", False),
        ("Other NIF responses, including alertness, follow.", "NIF", False),
        ("When flashes are separated by a short ISI, firing goes on.", "ISI", False),
        ("Devin was 41.\n\nRIP.", "RIP", False),
    ],
)
def test_an_abbreviation_used_as_a_body(text: str, name: str, body: bool) -> None:
    assert acts_as_body(span_of(text, name)) is body


def test_an_abbreviation_of_a_term_is_not_listed_and_one_used_as_a_body_is() -> None:
    ents = entities_of(
        "Neurons in the SCN fire for seconds. SCN neurons exhibit persistent firing, and the SCN integrates light. "
        "NPR reported the study on Monday.",
    )
    assert labels_of(ents, "SCN") == []  # tagged three times, never used as a body
    assert labels_of(ents, "NPR") == ["ORG"]  # once, but "NPR reported"


def test_an_abbreviation_the_story_expands_is_listed_as_the_body() -> None:
    ents = entities_of(
        "The College Athletes Players Association filed the petition. CAPA wants a seat at the table, and CAPA "
        "members met in Chicago."
    )
    assert any(e.label == "ORG" and "CAPA" in (e.name, *e.aliases) for e in ents)


def test_a_name_in_mixed_case_keeps_its_first_word() -> None:
    ents = entities_of("The video is a collaboration between the band's label dBpm Records and King Features.")
    assert "dBpm Records" in [e.name for e in ents]
    assert "Records" not in [e.name for e in ents]


def test_a_person_named_only_by_the_opening_words_of_a_place_or_body_is_not_listed() -> None:
    ents = entities_of(
        "A lawsuit filed by 10 Sandy Hook victims' families names the maker. Sandy Hook mourned again.",
        "Twenty children died at Sandy Hook Elementary School. The Sandy Hook Permanent Memorial Commission met.",
    )
    assert not [e for e in ents if e.name == "Sandy Hook" and e.label == "PERSON"]
    assert "Sandy Hook Elementary School" in [e.name for e in ents]
