"""The source note (``opinion="source"``): every sentence of an opinion piece shown with where it is from, a claim
about the source ("from Variety's review"), and no note on a news report's sentences."""

from __future__ import annotations

from newsbrief import Article
from newsbrief.model import SOURCE_NOTE, Span, SummarySentence
from newsbrief.render.labels import view_note
from newsbrief.summarize.genre import NEWS, OPINION, declared_kind, declares_opinion, note_sources, source_note

PLAIN = "The council met on Tuesday. It voted to close the library, officials said."


def test_the_kind_a_source_declares() -> None:
    cases = {
        "EDITORIAL: RUBIN LEAVES THE TREASURY": "editorial",
        "SPORTS COLUMN: STANDARDS ARE HIGH FOR MIA HAMM": "column",
        "Review: 'Evil Dead' remake is all gore": "review",
        "BOOK REVIEW: A LIFE OF GLASS": "review",
        "NEWS ANALYSIS: A TURNING POINT": "analysis",
        "Opinion | The council got it wrong": "opinion piece",
        "COMMENTARY: HURRICANE HUGO": "opinion piece",
    }
    for title, kind in cases.items():
        assert declared_kind(Article("a", PLAIN, title=title)) == kind, title
    assert declared_kind(Article("a", PLAIN + "\n\nDavid Doe is a Globe columnist.")) == "column"
    assert declared_kind(Article("a", PLAIN + "\n\nJane Roe is the Globe's film critic.")) == "review"
    lead_in = "The Times said in an editorial for Thursday, May 13:\n\n"
    assert declared_kind(Article("a", lead_in + PLAIN)) == "editorial"
    assert declared_kind(Article("a", PLAIN, title="Council closes library")) is None
    assert not declares_opinion(Article("a", PLAIN, title="Council closes library"))


def test_the_note_claims_only_what_is_known_of_the_source() -> None:
    assert source_note(Article("a", PLAIN, outlet="The Times", title="EDITORIAL: X")) == "from The Times's editorial"
    assert source_note(Article("a", PLAIN, outlet="Variety", genre=OPINION)) == "from Variety's opinion piece"
    assert source_note(Article("a", PLAIN, genre=OPINION)) == "from an opinion piece"
    assert source_note(Article("a", PLAIN, title="SPORTS COLUMN: X")) == "from a column"
    assert source_note(Article("a", PLAIN)).startswith(SOURCE_NOTE)


def test_every_sentence_of_an_opinion_piece_is_noted_and_no_news_sentence() -> None:
    arts = [Article("rev", PLAIN, outlet="Variety", genre=OPINION), Article("news", PLAIN, genre=NEWS)]
    summary = [
        SummarySentence("x", Span("rev", 0, 1, "x")),
        SummarySentence("y", Span("news", 0, 1, "y"), view_of="Reuters's writer"),
        SummarySentence("z", Span("news", 5, 6, "z")),
    ]
    out = note_sources(summary, arts)
    assert out[0].view_of == "from Variety's opinion piece"
    assert out[1].view_of == "Reuters's writer" and out[2].view_of is None  # news sentences are left as they come


def test_the_renderers_show_a_source_note_as_it_is() -> None:
    noted = SummarySentence("x", Span("rev", 0, 1, "x"), view_of="from Variety's review")
    assert view_note(noted) == "from Variety's review"
    assert view_note(SummarySentence("x", Span("rev", 0, 1, "x"), view_of="Variety's writer")) == (
        "in the view of Variety's writer"
    )
    assert view_note(SummarySentence("x", Span("rev", 0, 1, "x"))) == ""
