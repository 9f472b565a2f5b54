"""A listed entity whose type only the tagger's label backs is shown without a type claim (issue 11, item 4).

The held-out entity errors are mostly a wrong type with no cue in the text ("Axanar", a film, tagged ORG 19
times; "Havoc", a rapper, ORG), which neither the tagger's scores nor a learned filter tell from right rows; the
brief says less there: the name is listed, ``Entity.typed`` is False. Look-alikes whose words or use settle the
type keep it: a body that makes statements ("Recode reported"), an organisation's word ("Harvard University"),
a known place ("Queens"), a person's surname used alone, a transcript's speaker label.

Real spaCy model; nothing is mocked. The two tests of the fix fail on c7b78a8 (no ``typed`` field: every row
claims its type); the look-alikes pass on both (``getattr`` reads c7b78a8's rows as typed).
"""

from __future__ import annotations

from entity_text import entities_of
from installed import require_spacy_model

require_spacy_model()


def _typed(*texts: str) -> dict[str, tuple[str, bool]]:
    return {e.name: (e.label, getattr(e, "typed", True)) for e in entities_of(*texts)}


def test_a_name_only_the_tagger_calls_a_body_is_listed_without_a_type() -> None:
    shown = _typed(
        "Fans raised $1 million for Axanar, and the producers of Axanar hired actors. Paramount sued over Axanar. "
        "The studio says Axanar copies Star Trek. A judge will now decide whether Axanar can be released."
    )
    assert shown.get("Axanar") == ("ORG", False)  # still listed: its name and mentions are right


def test_a_person_the_tagger_calls_a_body_is_listed_without_a_type() -> None:
    shown = _typed("The rapper toured with Havoc for years. Havoc posted a tribute on Monday. Fans of Havoc gathered.")
    assert shown.get("Havoc") == ("ORG", False)


def test_a_body_that_makes_statements_keeps_its_type() -> None:
    shown = _typed(
        "Reporters at Recode have learned that the deal is close. Recode reported on Monday that the talks began "
        "in May. The company declined to comment to Recode."
    )
    assert shown.get("Recode") == ("ORG", True)


def test_names_words_and_a_surname_used_alone_settle_the_type() -> None:
    shown = _typed(
        "Fans of Havoc gathered in Queens on Monday. Harvard University said the study of Harvard University "
        "was sound. Jennifer Walsh led it, and Walsh said the results held up."
    )
    assert shown.get("Queens") == ("GPE", True)
    assert shown.get("Harvard University") == ("ORG", True)
    assert shown.get("Jennifer Walsh") == ("PERSON", True)


def test_a_transcript_speaker_label_is_a_persons_mark() -> None:
    """The given name "Opal" is rare; the transcript's "LEE:" is her surname used alone (dev: val-3459)."""
    shown = _typed("MARTIN: That's Opal Lee.\nLEE: It was a long walk.\nMARTIN: Thank you.\nLEE: Thank you.")
    assert shown.get("Opal Lee") == ("PERSON", True)


def test_wire_copy_places_and_bodies_keep_their_type() -> None:
    """Review of entities14 (DUC 2004 reading): a country written without its article ("Netherlands"; GeoNames
    has "The Netherlands"), a place GeoNames names otherwise ("Scotland", "Kiev", "Yugoslavia"), and a body named
    by its head word ("Federal Reserve", "U.S. Embassy") are settled by the place list and the body words. Fails
    on 7222712 (the places are not known: not listed at all with one mention, unsure with more)."""
    from newsbrief.analyse.name_evidence import known_place
    from newsbrief.text.lexicon import ORG_WORDS

    assert all(known_place(n) for n in ("Netherlands", "Scotland", "Kiev", "Yugoslavia"))
    assert {"reserve", "embassy"} <= ORG_WORDS
    shown = _typed(
        "The Federal Reserve raised rates, and the Federal Reserve said more would come. Traders in Kiev and "
        "Scotland sold. Officials in the Netherlands and Yugoslavia said little. The U.S. Embassy closed."
    )
    assert shown.get("Federal Reserve") == ("ORG", True)
    assert shown.get("U.S. Embassy") == ("ORG", True)
    for name in ("Netherlands", "Scotland", "Kiev", "Yugoslavia"):  # one mention each: backed by the list alone
        assert shown.get(name) == ("GPE", True), name


def test_a_county_written_co_is_no_settled_body() -> None:
    """The word "Co." names a company on the wire ("Walt Disney Co.") and a county in local news ("Harris Co."); the
    tagger calls both ORG, so it settles nothing: "Harris Co." stays shown without a type. Fails on the review's
    first version (3dc4203), which made "co" a body's word."""
    shown = _typed(
        "Deputies in Harris Co. found the car on Monday. Harris Co. officials said the road in Harris Co. was shut."
    )
    assert shown.get("Harris Co.") == ("ORG", False)


def test_an_age_in_apposition_settles_a_person() -> None:
    # Session 14: "said Bradley, 34," is a person's cue (news gives people an age that way); the tagger read
    # "Bradley" as a body on both mentions, so the row was a body, or no settled type.
    ents = entities_of(
        '"The water came up so fast," said Bradley, 34, of Dallas. Bradley, 34, said the fire spread quickly.',
        "Neighbours helped Bradley carry the children out.",
    )
    row = next(e for e in ents if e.name == "Bradley")
    assert row.label == "PERSON" and row.typed


def test_an_age_after_a_body_is_its_members() -> None:
    # Look-alike: "Col. Jerry Ross of the Air Force, 50," gives the colonel's age, not the Air Force's.
    ents = entities_of(
        "The builders will be Col. Jerry Ross of the Air Force, 50, and Dr. James Newman, 42, a physicist. "
        "The Air Force flew the crew to Florida. The Air Force said the flight went well."
    )
    assert next(e for e in ents if e.name == "Air Force").label == "ORG"
