"""One name spelled with a straight and a curly apostrophe is one entity (session 14, issue 11, item 4).

val-1721 listed "Mark O'Mara" (5 mentions) and "Mark O’Mara" (4) as two people among its first ten: one source's
typography curls the apostrophe, another's does not, and ``fold`` kept the two apart.

Real spaCy model; nothing is mocked. The test of the fix fails on d86170e; the look-alike passes on both.
"""

from __future__ import annotations

from entity_text import entities_of
from installed import require_spacy_model

require_spacy_model()


def test_a_curly_apostrophe_is_the_same_name() -> None:
    ents = entities_of(
        "Zimmerman's attorney, Mark O'Mara, said his client would plead not guilty. Mark O'Mara spoke on Tuesday.",
        "Mark O’Mara, the defense attorney, asked for bail. O’Mara said the case was weak. Mark O’Mara left.",
    )
    people = [e for e in ents if "Mara" in e.name]
    assert len(people) == 1, [(e.name, e.aliases) for e in people]


def test_two_people_with_apostrophes_stay_two() -> None:
    ents = entities_of(
        "Mark O'Mara, the defense attorney, asked for bail. Mark O'Mara said the case was weak.",
        "Judge Kenneth O’Hara set the bail. Kenneth O’Hara said he would rule on Friday.",
    )
    names = {e.name for e in ents if e.label == "PERSON"}
    assert {"Mark O'Mara", "Kenneth O’Hara"} <= names, names
