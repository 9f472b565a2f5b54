"""A conflict found by slot (one person's age in sentences that do not align) shows, in Markdown and HTML, the
sources on each side and both quoted sentences."""

from __future__ import annotations

import lxml.html
import numpy as np

from newsbrief import Article, brief, render
from newsbrief.compare.conflicts import find_conflicts
from newsbrief.model import Brief, Sentence

A = (
    "Police arrested three men in the shooting of a shop owner in Fresno. "
    "A day later, Kevin Johnson, 25, also was arrested on suspicion of murder. "
    "The shop owner had run the store on Olive Avenue for twenty years. "
    "Neighbours left flowers at the door of the shop on Saturday."
)
B = (
    "Prosecutors in Fresno filed murder charges on Friday against the men held in the killing of a shop owner. "
    "The suspects were identified as: Kevin Deon Johnson, 24; Dwight Kevin Smith, 30; and Antheyst Jarrett, 27. "
    "A judge set bail for each of them at one million dollars. "
    "The family of the shop owner thanked the police for their work."
)


def test_a_slot_conflict_shows_both_sides_in_markdown_and_html() -> None:
    b = brief([Article(id="a", text=A, title="Arrest"), Article(id="b", text=B, title="Charges")], words=80)
    (c,) = [c for c in b.conflicts if c.kind == "age"]
    assert [(side.value, side.article_ids) for side in c.sides] == [("25", ("a",)), ("24", ("b",))]
    md = render(b, "md")
    assert "ages differ ('Johnson'): 25 vs 24" in md
    assert "  - “25” [1]: “A day later, Kevin Johnson, 25, also was arrested on suspicion of murder.”" in md
    assert "  - “24” [2]: “The suspects were identified as: Kevin Deon Johnson, 24;" in md
    doc = lxml.html.document_fromstring(render(b, "html"))
    (item,) = [li for li in doc.xpath("//ul[@class='conflicts']/li") if "Johnson" in li.text_content()]
    sides = item.xpath(".//li[@class='side']")
    assert [s.xpath(".//mark[@class='value']")[0].text_content() for s in sides] == ["25", "24"]
    assert "Kevin Johnson, 25, also was arrested" in sides[0].text_content()
    assert "Kevin Deon Johnson, 24;" in sides[1].text_content()
    assert all("according to 1 source" in s.text_content() for s in sides)


def test_a_side_given_by_many_sources_quotes_two_and_cites_the_rest_in_markdown() -> None:
    """Every source that spells a name one way is on that side; Markdown quotes two of them, not every one."""
    texts = [
        "The cabinet met late into the night. The decision came less than three hours after a car rigged with "
        "explosives blew up in an outdoor market in downtown Jersualem. Ministers did not vote.",
        "A car rigged with explosives blew up on Friday in an outdoor market in downtown Jerusalem, wounding 21. "
        "Hamas claimed the attack in a leaflet.",
        "Police in Jerusalem closed the roads around the market after the blast. Shops stayed shut on Sunday.",
        "The prime minister said building would go on throughout Jerusalem. Palestinian leaders protested.",
        "Islamic Jihad said it carried out the bombing of a crowded Jerusalem market. Two bombers died.",
    ]
    b = brief([Article(id=f"s{k}", text=t, title=f"T{k}") for k, t in enumerate(texts)], words=60)
    (c,) = [c for c in b.conflicts if c.kind == "name"]
    assert sorted((side.value, len(side.article_ids)) for side in c.sides) == [("Jersualem", 1), ("Jerusalem", 4)]
    md = render(b, "md")
    jerusalem = [line for line in md.splitlines() if line.startswith("  - “Jerusalem”")]
    assert len(jerusalem) == 3 and jerusalem[-1].startswith("  - “Jerusalem” also [")
    assert jerusalem[-1].count("[") == 2


def test_markdown_quotes_two_sources_of_a_side_and_cites_each_other_source_once() -> None:
    """A side on which one source gives the value in two sentences: Markdown quotes two sources (one sentence
    each), never one source twice, and cites each of the others once, never one it quoted."""
    texts = {
        "s0": ["The bombings killed three people and injured 21 in all.", "Doctors said the bombings injured 21."],
        "s1": ["The bombings killed three people and injured 24 in all."],
        "s2": ["The bombings killed three people and injured 21 in all, police said."],
        "s3": ["The bombings killed three people and injured 21 in all, doctors said."],
    }
    sentences = []
    for article_id, own in texts.items():
        at = 0
        for n, t in enumerate(own):
            sentences.append(Sentence(text=t, article_id=article_id, index=n, start=at, end=at + len(t)))
            at += len(t) + 1
    ids = [s.article_id for s in sentences]
    same = np.array([[float(a != b) for b in ids] for a in ids])
    whole = {a: " ".join(own) for a, own in texts.items()}
    conflicts = find_conflicts(sentences, same, threshold=0.5, texts=whole)
    (side,) = [side for c in conflicts for side in c.sides if side.value == "21"]
    assert [s.article_id for s in side.sentences] == ["s0", "s0", "s2", "s3"]
    sources = tuple(Article(id=a, text=t, title=a) for a, t in whole.items())
    md = render(Brief(summary=(), sources=sources, words=0, conflicts=conflicts, analysed=True), "md")
    lines = [line for line in md.splitlines() if line.startswith("  - “21”")]
    assert [line.split(": ")[0] for line in lines] == ["  - “21” [1]", "  - “21” [3]", "  - “21” also [4]"]
