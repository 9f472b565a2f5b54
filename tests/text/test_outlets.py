"""An outlet's display name (issue 10): a data set's slug is never shown to a reader as it is stored.

Session 16's blind reading saw "in the view of politico's writer" and "usa-today's writer": PolNeAR's ``outlet``
field is a slug, and the notes showed it as given.
"""

from __future__ import annotations

import pytest

from newsbrief.model import Article
from newsbrief.render.labels import source_details
from newsbrief.stories.outputs import outlets_shown
from newsbrief.summarize.genre import source_note
from newsbrief.summarize.opinion import OPINION_PIECE, holder
from newsbrief.text.lexicon import NEWS_OUTLETS, OUTLET_SLUGS
from newsbrief.text.outlets import outlet_name


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        # PolNeAR's seven outlets, as its articles give them
        ("usa-today", "USA Today"),
        ("politico", "Politico"),
        ("nyt", "The New York Times"),
        ("wash-post", "The Washington Post"),
        ("huff-post", "HuffPost"),
        ("breitbart", "Breitbart News"),
        ("west-journal", "The Western Journal"),
        # a slug spelling a known name, with or without its "The"
        ("washington-post", "The Washington Post"),
        ("cnn", "CNN"),
        # a slug spelling a slug's display name: one name whichever form (review35: "huffpost" was "Huffpost")
        ("huffpost", "HuffPost"),
        ("western-journal", "The Western Journal"),
        # an unknown slug of several words: its words capitalised, a known one-word name as it is written
        ("daily-mail", "Daily Mail"),
        ("bbc-news", "BBC News"),  # was "Bbc News"
        ("capitol-hill-news", "Capitol Hill News"),  # "hill" alone is The Hill; inside a name it is a word
        # an unknown single word as it is: an acronym, a brand in lower case, a host (review35: "Wsj", "Dpa")
        ("wsj", "wsj"),
        ("dpa", "dpa"),
        ("cnbc", "cnbc"),
        ("localhost", "localhost"),
        # names and host names as they are
        ("The Guardian", "The Guardian"),
        ("AP", "AP"),
        ("Xinhua", "Xinhua"),
        ("nytimes.com", "nytimes.com"),
        ("  ", None),
        (None, None),
    ],
)
def test_outlet_name(stored: str | None, shown: str | None) -> None:
    assert outlet_name(stored) == shown


def test_every_slug_names_a_display_name_not_a_slug() -> None:
    for slug, name in OUTLET_SLUGS.items():
        assert slug == slug.lower() and name != name.lower()
        assert outlet_name(name) == name  # a display name is shown as it is
    assert all(outlet_name(n) == n for n in NEWS_OUTLETS)


def test_notes_and_source_lists_show_the_display_name() -> None:
    news = Article("a", "x", outlet="usa-today")
    piece = Article("b", "x", outlet="politico", genre=OPINION_PIECE)
    assert holder(news) == "USA Today's writer"
    assert holder(piece) == "Politico's writer (opinion piece)"
    assert source_note(piece) == "from Politico's opinion piece"
    assert source_details(Article("c", "x", outlet="wash-post", published="2016-03-01")) == (
        "The Washington Post, 2016-03-01"
    )
    assert outlets_shown(["nyt", "usa-today"]) == "The New York Times, USA Today"
    # one outlet given in two forms is shown, and counted, once (review35: "The New York Times, The New York Times")
    assert outlets_shown(["The New York Times", "nyt", "politico"], most=1) == "The New York Times +1"
    assert news.outlet == "usa-today"  # the stored field keeps what the input said
