"""A conflict found by slot (one person's age in sentences that do not align) shows, in Markdown and HTML, the
sources on each side and both quoted sentences."""

from __future__ import annotations

import lxml.html

from newsbrief import Article, brief, render

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
