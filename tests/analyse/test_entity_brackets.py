"""A name never holds a bracket it does not close: the tagger ran "Federal Bureau of Investigation (FBI" on into
the abbreviation (DUC d188a listed that as the name; session 11, issue 11). A name with both brackets ("ING Baring
Securities (Japan) Ltd.") is left whole.

Real spaCy model; nothing is mocked. The first test fails on c6a4faa; the look-alike passes on both.
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
