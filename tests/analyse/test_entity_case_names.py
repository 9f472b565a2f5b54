"""A court case's name is no person of the story (session 14, issue 11, item 4).

d137a (DUC 2004) listed "Wade" PERSON, with the descriptor "Roe vs.", among its first ten: the name is one side of
"Roe vs. Wade", the ruling. Case names recur in legal news (val_raw: "Plessy v. Ferguson", "Brown v. Board",
"Kimble v. Marvel", "Brulotte v. Thys"). A person-tagged name with "v."/"vs." between it and a capitalised word
gets one vote as a thing; people the story names elsewhere outvote it ("Mayweather vs. Pacquiao"), and places
and bodies are left alone ("East Coast vs. West Coast", a rivalry).

Real spaCy model; nothing is mocked. The test of the fix fails on d86170e; the look-alikes pass on both.
"""

from __future__ import annotations

from entity_text import entities_of
from installed import require_spacy_model

require_spacy_model()


def _labels(*texts: str) -> dict[str, str]:
    return {e.name: e.label for e in entities_of(*texts)}


def test_a_side_of_a_case_name_is_no_person() -> None:
    labels = _labels(
        "Justice Harry Blackmun wrote the court's opinion in Roe vs. Wade, which legalized abortion nationwide. "
        "Blackmun defended Roe vs. Wade for the rest of his career. Critics of Roe vs. Wade wrote him letters.",
        "Blackmun, the author of Roe v. Wade, died Thursday. He said Roe v. Wade was a step toward equality.",
    )
    assert labels.get("Wade") != "PERSON"
    assert labels.get("Harry Blackmun") == "PERSON"


def test_people_and_places_of_a_contest_stay() -> None:
    labels = _labels(
        "Floyd Mayweather will fight Manny Pacquiao in May. Pacquiao said he was ready. The Mayweather vs. "
        "Pacquiao bout is the richest ever. Mayweather trained in Las Vegas, where Pacquiao will arrive Monday.",
        "The rapper grew up in the East Coast vs. West Coast feud. He moved from the East Coast to the West Coast "
        "in 1996, and the East Coast never forgave him.",
    )
    assert labels.get("Manny Pacquiao") == "PERSON"
    assert labels.get("Floyd Mayweather") == "PERSON"
    assert labels.get("East Coast") in {"LOC", "GPE"}
