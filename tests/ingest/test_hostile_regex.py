"""Issue 15 rows 1-2: the cleaning and Markdown patterns on hostile text give the right output (their linear
time is checked as a ratio in tests/test_hostile_properties.py), and the bounded credit pattern removes exactly
what the unbounded one did on real news."""

from __future__ import annotations

import json
import re
from pathlib import Path

from newsbrief.ingest import clean
from newsbrief.ingest.files import read_markdown


def test_row1_capitals_then_toggle_caption() -> None:
    text = "A" * 100_000 + " toggle caption"
    assert clean.clean_text(text) == "A" * 100_000


def test_credit_name_words_still_removed() -> None:
    text = "Tom Williams/Getty Images Rep. Jackie Speier will speak. (AP Photo/Charlie Neibergall)"
    assert clean.clean_text(text) == "Rep. Jackie Speier will speak."


def test_bounded_credit_pattern_equals_the_unbounded_one_on_real_news(data_dir: Path) -> None:
    unbounded = re.compile(clean._CREDIT.pattern.replace(clean._NAME_TAIL, r"[\w'’-]*\w"), re.VERBOSE)
    assert unbounded.pattern != clean._CREDIT.pattern
    checked = 0
    for name in ("multinews/val_raw.jsonl", "duc2004/task2.jsonl"):
        for line in (data_dir / name).read_text(encoding="utf-8").splitlines():
            for doc in json.loads(line)["documents"]:
                text = doc if isinstance(doc, str) else doc["text"]
                for paragraph in clean._paragraphs(text.replace("NEWLINE_CHAR", "\n")):
                    if clean._CREDIT_HINT.search(paragraph):
                        checked += 1
                        assert clean._CREDIT.sub("", paragraph) == unbounded.sub("", paragraph), paragraph[:200]
    assert checked > 50  # the credits of Multi-News and DUC were really compared


def _md(text: str) -> tuple[str | None, str]:
    article = read_markdown(text, article_id="a", origin="a.md")
    return article.title, article.text


def test_row2_markdown_storms_are_left_as_text() -> None:
    assert _md("Intro line here.\n\n" + "`a " * 33_000)[1].count("`") == 33_000
    assert _md("Intro line here.\n\n" + "[" * 100_000)[1].count("[") == 100_000


def test_markdown_still_reduced_to_its_text() -> None:
    title, text = _md(
        "## Bridge closes ##\n\nThe **council** voted to [close](http://x/y_(z)) the *old* `bridge`. ![pic](a.png)\n"
        "\n### Reaction\n\nShop owners __worried__ about the _detour_."
    )
    assert title == "Bridge closes"
    assert "The council voted to close) the old bridge." in text  # the ")" of a URL's own parentheses stays, as before
    assert "Reaction" in text and "#" not in text
    assert "Shop owners worried about the detour." in text
