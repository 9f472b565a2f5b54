"""Where a name begins and ends (session 11, issue 11): never at a bracket it does not close (the tagger ran
"Federal Bureau of Investigation (FBI" on into the abbreviation; DUC d188a listed that as the name), nor with a
preposition that opens a dateline or a sentence ("Aboard Endeavour is a passageway": DUC d30031t). A name with
both brackets ("ING Baring Securities (Japan) Ltd.") stays whole, and so does one with such a word inside a
sentence ("Mary Near").

Real spaCy model; nothing is mocked. The first and third tests fail on c6a4faa; the look-alikes pass on both.
"""

from __future__ import annotations

from entity_text import entities_of
from installed import require_spacy_model

require_spacy_model()


def test_a_name_ends_before_a_bracket_it_does_not_close() -> None:
    names = {
        e.name
        for e in entities_of(
            'Louis Freeh, Director of the Federal Bureau of Investigation (FBI), said Rudolph "now is charged with '
            'six bombings," including three in Atlanta. The FBI said the search would go on. FBI agents searched the '
            "woods.",
            "The FBI offered a reward. Agents of the FBI said Rudolph was hiding in the mountains, Freeh said.",
        )
    }
    assert "Federal Bureau of Investigation" in names
    assert not any("(" in n for n in names)


def test_a_name_with_both_brackets_stays_whole() -> None:
    from newsbrief.analyse._entity_clean import mention_of
    from newsbrief.analyse.nlp import load_nlp

    doc = load_nlp()("Shares rose, said an analyst at ING Baring Securities (Japan) Ltd. in Tokyo.")
    names = [m.name for e in doc.ents if (m := mention_of(e, "a", 0)) is not None]
    assert not any(n.endswith("(Japan") or n.endswith("(") for n in names)


def test_a_preposition_opening_a_sentence_is_no_part_of_a_name() -> None:
    # DUC d30031t: "Aboard Endeavour" tagged PERSON made "Endeavour" (the shuttle, 26 mentions) its surname.
    names = {
        e.name: e.label
        for e in entities_of(
            "Endeavour docked with the station on Sunday. Aboard Endeavour is an American-made passageway named "
            "Unity. Endeavour will stay for a week, NASA said.",
            "The crew of Endeavour slept well. NASA said Endeavour was in good shape.",
        )
    }
    assert not any(n.startswith("Aboard") for n in names)
    assert names.get("Endeavour") != "PERSON"


def test_a_name_opening_with_such_a_word_mid_sentence_stays_whole() -> None:
    from newsbrief.analyse._entity_clean import mention_of
    from newsbrief.analyse.nlp import load_nlp

    doc = load_nlp()("Shares of In Touch Holdings rose on Monday, said Mary Near, an analyst.")
    names = {m.name for e in doc.ents if (m := mention_of(e, "a", 0)) is not None}
    assert "Mary Near" in names
