"""``benchmarks/speaker_families.py`` counts a full name given to another member of a same-surname family.

Real spaCy model and the real extractor on a literal story; the gold quotes are written here as PolNeAR gives
them (the source named in the text, or resolved by coreference).
"""

from __future__ import annotations

from benchmark_scripts import load_benchmark
from installed import require_spacy_model
from newsbrief.analyse.nlp import load_nlp
from newsbrief.analyse.quotes import parse
from newsbrief.model import Article

require_spacy_model()

TEXT = (
    "Hillary Clinton spoke in Iowa on Monday. Bill Clinton, her husband, campaigned in Ohio.\n\n"
    '"We will win this state by a wide margin," Hillary Clinton said.\n\n'
    '"The economy needs a real plan for working people," Bill Clinton said.\n\n'
    '"Nobody in this race has a better record on jobs," Hillary Clinton said.'
)


def _span(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


def test_mix_up_counted_and_right_names_not() -> None:
    polnear = load_benchmark("quotes_polnear")
    bench = load_benchmark("speaker_families")
    gold = [
        # the extractor says Hillary Clinton; gold (by coreference) says Bill Clinton: a family mix-up
        polnear.Gold(*_span("We will win this state by a wide margin,"), "Bill Clinton", "coref", 9),
        polnear.Gold(*_span("The economy needs a real plan for working people,"), "Bill Clinton", "text", 9),
        polnear.Gold(*_span("Nobody in this race has a better record on jobs,"), "Hillary Clinton", "text", 10),
    ]
    article = Article(id="clintons", text=TEXT)
    docs = list(parse(load_nlp(), [TEXT]))
    table = bench.tally([(article, "x", gold)], docs)
    named, coref = table["named in the text"], table["resolved by coreference"]
    assert named["family quotes"] == 2 and named["right full name"] == 2 and named["mix-ups"] == 0
    assert coref["family quotes"] == 1 and coref["mix-ups"] == 1 and coref["right full name"] == 0
