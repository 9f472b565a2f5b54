"""PolNeAR's derived speaker name against the annotated source span (benchmarks/quotes_polnear.py, session 12).

A "named" quote scored wrong whose annotated source span opens with the predicted speaker is counted apart in the
benchmark ("wrong: source names ours"), so the errors left are the ones a reader would call wrong. These cases say
which predictions count there: only the person the span opens with, never another name inside the span.
"""

from __future__ import annotations

import pytest

from benchmark_scripts import load_benchmark
from newsbrief.model import Quote


@pytest.mark.parametrize(
    ("source", "speaker", "expected"),
    [
        ("Peter Morgan, a lawyer for the Sierra Club", "Peter Morgan", True),
        ("Peter Morgan, a lawyer for the Sierra Club", "Morgan", True),
        ("Peter Morgan, a lawyer for the Sierra Club", "Sierra Club", False),
        ("Jason Sims — a teacher from Mount Pleasant —", "Jason Sims", True),
        ("Stacy Baker of Columbia, South Carolina", "Stacy Baker", True),
        ("Stacy Baker of Columbia, South Carolina", "Columbia", False),
        ("Clinton campaign spokesman Brian Fallon", "Brian Fallon", True),
        ("Clinton campaign spokesman Brian Fallon", "Clinton", False),
        ("Former Pennsylvania governor Ed Rendell (D), a Clinton supporter,", "Ed Rendell", True),
        ("Zeliff and 24-year-old Tom Giancola", "Tom Giancola", False),
        ("state\xa0Del. Marcia Price", "Marcia Price", True),
        ("", "Marcia Price", False),
        ("Marcia Price", None, False),
    ],
)
def test_source_names_only_the_person_the_span_opens_with(source: str, speaker: str | None, expected: bool) -> None:
    assert load_benchmark("quotes_polnear").source_names(source, speaker) is expected


def test_a_wrong_name_the_source_span_opens_with_is_counted_apart_and_stays_wrong() -> None:
    bench = load_benchmark("quotes")
    pn = load_benchmark("quotes_polnear")
    text = 'x "We will sue," said Peter Morgan, a lawyer for the Sierra Club. "No," said Sierra Club.'
    a = pn.Article(id="a", text=text, outlet="x")
    s1, e1 = text.index("We will"), text.index(',"')
    s2, e2 = text.index("No"), text.index("No") + 2
    gold = [
        pn.Gold(s1, e1, "Sierra Club", "text", 3, "Peter Morgan, a lawyer for the Sierra Club"),
        pn.Gold(s2, e2, "Sierra Club", "text", 1, "Sierra Club"),
    ]
    pred = [Quote(text[s1:e1], "Peter Morgan", "said", "a", s1, e1), Quote(text[s2:e2], "Morgan", "said", "a", s2, e2)]
    t = pn.score_article(a, pred, gold, bench.match, bench.same_speaker)
    assert (t.named, t.named_ok, t.named_missing, t.named_source_ours) == (2, 0, 0, 1)
