"""The injected sentence splitters (newsbrief.text.splitters) and split_sentences on top of them.

Hard cases are literal sentences; which splitter gets which right is what benchmarks/split.py measures on the
labelled set (BENCHMARKS.md, "Splitting"). Here each case names the splitters that must get it right.
"""

from __future__ import annotations

import pytest

from newsbrief.config import BriefConfig
from newsbrief.errors import ConfigError
from newsbrief.model import Article
from newsbrief.text.split import split_sentences
from newsbrief.text.splitters import DEFAULT_SPLITTER, SPLITTERS, Splitter, get_splitter

ALL = tuple(SPLITTERS)

#: (text, the expected sentences, the splitters that get it right).
HARD_CASES = [
    (
        "Gov. Andrew Cuomo spoke on Monday. He left early.",
        ["Gov. Andrew Cuomo spoke on Monday.", "He left early."],
        ALL,
    ),
    (
        "The troops will be withdrawn from the U.S. The Pentagon declined to comment.",
        ["The troops will be withdrawn from the U.S.", "The Pentagon declined to comment."],
        ALL,
    ),
    (
        "The U.S. military said the strike killed 12 people.",
        ["The U.S. military said the strike killed 12 people."],
        ALL,
    ),
    (
        "He left at 8.15am and spent $1.2 billion. Then he returned.",
        ["He left at 8.15am and spent $1.2 billion.", "Then he returned."],
        ALL,
    ),
    (
        "George W. Bush met J. Edgar Hoover's biographer. It was brief.",
        ["George W. Bush met J. Edgar Hoover's biographer.", "It was brief."],
        ALL,
    ),
    ('He said: "It is over." Then he left the room.', ['He said: "It is over."', "Then he left the room."], ALL),
    (
        "He is at the top of the polls there ... but in Wisconsin he trails.",
        ["He is at the top of the polls there ... but in Wisconsin he trails."],
        ALL,
    ),
    (
        "He bought shares of Apple Inc. The company said nothing.",
        ["He bought shares of Apple Inc.", "The company said nothing."],
        ALL,
    ),
    (
        "The vote is on Feb. 18 in Washington. It will be close.",
        ["The vote is on Feb. 18 in Washington.", "It will be close."],
        ALL,
    ),
    (
        "Zoë Ménard said “c’est fini.” Then she left — quickly.",
        ["Zoë Ménard said “c’est fini.”", "Then she left — quickly."],
        ALL,
    ),
    # pySBD cuts after "D-Mass." (issue 14); BlingFire and nupunkt read on.
    (
        "Sen. Elizabeth Warren, D-Mass., said the bill would pass. Others disagreed.",
        ["Sen. Elizabeth Warren, D-Mass., said the bill would pass.", "Others disagreed."],
        ("blingfire", "nupunkt"),
    ),
    # An initialism that ends a sentence before a capitalised word: only nupunkt.
    (
        "The stock fell 3 percent on the N.Y.S.E. Shares of rivals rose.",
        ["The stock fell 3 percent on the N.Y.S.E.", "Shares of rivals rose."],
        ("nupunkt",),
    ),
    # A question inside a quote whose sentence goes on: BlingFire cuts it.
    ('"Why now?" she asked. Nobody answered.', ['"Why now?" she asked.', "Nobody answered."], ("pysbd", "nupunkt")),
    # Two sentences inside one quotation: pySBD keeps the quotation whole (its low recall on the labels).
    (
        '"I am leaving. It is over," he said.',
        ['"I am leaving.', 'It is over," he said.'],
        ("blingfire", "nupunkt"),
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "expected"), [(name, text, expected) for text, expected, right in HARD_CASES for name in right]
)
def test_hard_cases(name: str, text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in get_splitter(name).split(text)] == expected


@pytest.mark.parametrize("name", ALL)
@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n ",
        "One sentence without a full stop",
        "  Leading and trailing space.  Two spaces between.   ",
        "Café “owners” in Zürich — said 5.5%… Then? Yes! Done.",
        "Tabs\tand\u00a0non-breaking spaces. Another sentence here.",
    ],
)
def test_contract(name: str, text: str) -> None:
    """Spans are exact offsets, in order, not overlapping, stripped, and cover every non-space character."""
    spans = get_splitter(name).split(text)
    assert spans == sorted(spans)
    covered = [False] * len(text)
    for k, (start, end) in enumerate(spans):
        assert 0 <= start < end <= (spans[k + 1][0] if k + 1 < len(spans) else len(text))
        assert text[start:end] == text[start:end].strip()
        covered[start:end] = [True] * (end - start)
    assert all(covered[i] or ch.isspace() for i, ch in enumerate(text))
    assert isinstance(get_splitter(name), Splitter)


class _Pipes:
    """A splitter of our own, injected: a sentence ends at every '|' (kept with the sentence)."""

    name = "pipes"

    def split(self, text: str) -> list[tuple[int, int]]:
        spans, start = [], 0
        for i, ch in enumerate(text):
            if ch == "|":
                spans.append((start, i + 1))
                start = i + 1
                while start < len(text) and text[start].isspace():
                    start += 1
        if text[start:].strip():
            spans.append((start, len(text.rstrip())))
        return spans


def test_injected_splitter_keeps_the_news_rules_on_top() -> None:
    text = "WASHINGTON (AP) — The vote failed| Mr. Smith left. Then more|\n\nA second paragraph| And its end"
    sents = [s.text for s in split_sentences(Article(id="a", text=text), _Pipes())]
    assert sents == [
        "WASHINGTON (AP) —",  # the dateline rule, whatever the splitter
        "The vote failed|",
        "Mr. Smith left. Then more|",
        "A second paragraph|",
        "And its end",
    ]
    assert [s.paragraph for s in split_sentences(Article(id="a", text=text), _Pipes())] == [0, 0, 0, 1, 1]


def test_split_sentences_takes_a_name_and_the_default_is_the_config_default() -> None:
    text = "Sen. Elizabeth Warren, D-Mass., said the bill would pass. Others disagreed."
    art = Article(id="a", text=text)
    assert [s.text for s in split_sentences(art)] == [s.text for s in split_sentences(art, DEFAULT_SPLITTER)]
    assert len(split_sentences(art, "nupunkt")) == 2
    assert BriefConfig().splitter == DEFAULT_SPLITTER


def test_unknown_splitter_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="splitter must be one of"):
        BriefConfig(splitter="spacy")
    with pytest.raises(ConfigError, match="unknown splitter 'nope'"):
        get_splitter("nope")


def test_brief_uses_the_configured_splitter() -> None:
    from newsbrief import brief

    text = (
        '"I am leaving the party today after many years in it. It is over for me and for many others," the MP '
        "said on Monday.\n\nThe party said it regretted the decision and would fight the seat at the election."
    )
    art = Article(id="a", text=text)
    seen = {}
    for name in ("pysbd", "nupunkt"):
        split = split_sentences(art, name)
        sentences = {s.text for s in split}
        # each summary sentence is one of this splitter's sentences, or a run of them that one quotation spans
        # (summarize/quote_pieces.py joins a quotation's pieces into one summary sentence)
        runs = {text[a.start : b.end] for i, a in enumerate(split) for b in split[i:]}
        out = brief([art], analysis=False, words=200, splitter=name, min_sentence_words=3)
        assert out.summary and {s.text for s in out.summary} <= runs
        assert {s.text for s in out.summary} & sentences
        seen[name] = sentences
    assert seen["pysbd"] != seen["nupunkt"]  # pySBD keeps the quotation whole, nupunkt splits it
