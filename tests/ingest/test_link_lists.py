"""A page's list of links to other stories is not story text: the heading and the headlines under it go."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.ingest.clean import clean_text
from newsbrief.ingest.link_lists import drop_link_lists, is_heading, is_link_line

STORY = "The senator said on Tuesday that the bill would pass the chamber this week."
AFTER = "Her office did not say when the vote would be held."


@pytest.mark.parametrize(
    "heading", ['"Related:"', "Related:", "RELATED", "Related articles", "Also on HuffPost:", "Read more:",
                "More from Morning Mix:", "“Related:”", "See also"]
)  # fmt: skip
def test_a_quoted_or_plain_heading_and_the_headlines_under_it_leave_the_text(heading: str) -> None:
    links = [
        "Governor Signs Sweeping Water Bill Into Law.",  # title case, with its full stop (HuffPost's)
        "Mayor faces recall vote after budget fight",  # no final full stop
        "Bernie Sanders: A Plan For Free College",
    ]
    text = "\n\n".join([STORY, heading, *links, AFTER])
    assert clean_text(text).split("\n\n") == [STORY, AFTER]


def test_story_text_after_a_heading_stays() -> None:
    """A sentence in sentence case with its full stop ends the block: the heading alone goes."""
    text = "\n\n".join([STORY, "Related:", AFTER, "Officials Expect A Close Vote."])
    assert clean_text(text).split("\n\n") == [STORY, AFTER, "Officials Expect A Close Vote."]


def test_headline_lines_with_no_heading_above_stay() -> None:
    paragraphs = [STORY, "Governor Signs Sweeping Water Bill Into Law.", AFTER]
    assert drop_link_lists(paragraphs) == paragraphs


def test_what_is_a_heading_and_a_link_line() -> None:
    assert is_heading('"Related:"') and is_heading("More from TIME on population:")
    assert not is_heading("Related: the senator's earlier vote on the bill.")
    assert not is_heading("More from the senator later this week, his office said.")
    assert is_link_line("Rand Paul Takes Aim At The Front-Runner.")
    assert not is_link_line(STORY)
    assert not is_link_line(
        "It Was A Long Night For Everyone Who Stayed Up Until The Results Came In From The West Coast And The Islands."
    )


def test_huffpost_related_block_on_polnear_train(data_dir: Path) -> None:
    """The HuffPost article whose '"Related:"' block reached a summary: the heading and its five headlines go,
    the story's paragraphs stay."""
    path = data_dir / "polnear" / "polnear_articles_train.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    wanted = "huff-post_2015-11-11_watch-the-best-moments-from-the-"
    text = next((a["text"] for a in map(json.loads, path.read_text().splitlines()) if a["id"].startswith(wanted)), None)
    if text is None:
        pytest.skip(f"{wanted} is not in {path}")
    paragraphs = clean_text(text).split("\n\n")
    assert not any("Related" in p for p in paragraphs)
    assert not any(is_link_line(p) for p in paragraphs[1:])
    assert len(paragraphs) == 3
