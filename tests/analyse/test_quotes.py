"""Direct-quote extraction: literal sentences for each quote style, and the hand-labelled gold set.

Real spaCy model throughout (the ``analysis`` extra); nothing is mocked except the import check of
``load_nlp``'s missing-dependency path.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from benchmark_scripts import load_benchmark
from installed import require_spacy_model
from newsbrief.analyse import nlp as nlp_module
from newsbrief.analyse.quote_spans import find_quote_spans
from newsbrief.analyse.quotes import extract_quotes, extract_quotes_batch
from newsbrief.errors import MissingDependencyError
from newsbrief.model import Article, Quote

require_spacy_model()

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / ".." / "shared" / "data"


def quotes_of(text: str) -> tuple[Quote, ...]:
    quotes = extract_quotes(Article(id="a", text=text))
    for q in quotes:  # the model's offset contract
        assert text[q.start : q.end] == q.text
        assert q.article_id == "a"
    return quotes


def test_single_quotes_keep_apostrophes_inside() -> None:
    text = (
        "Tom Watson, Labour's deputy leader, spoke on Monday.\n\n"
        "Mr Watson said: 'I think our colleagues have come to a premature conclusion. But MPs' "
        "worries don't vanish because Corbyn's allies shout.'"
    )
    (q,) = quotes_of(text)
    assert q.text.startswith("I think our colleagues")
    assert q.text.endswith("allies shout.")
    assert q.speaker == "Tom Watson"
    assert q.verb == "said"


def test_double_quotes_with_trailing_attribution() -> None:
    (q,) = quotes_of('"We will win this seat back," said Jane Smith, the party chair.')
    assert q.text == "We will win this seat back,"
    assert q.speaker == "Jane Smith"
    assert q.verb == "said"


def test_curly_double_quotes() -> None:
    (q,) = quotes_of("“It is over for the old party,” Ann Coffey told reporters in London.")
    assert q.text == "It is over for the old party,"
    assert q.speaker == "Ann Coffey"
    assert q.verb == "told"


def test_duc_backtick_quotes() -> None:
    (q,) = quotes_of("``No-one should internationalize Cambodian affairs,'' Hun Sen told reporters.")
    assert q.text == "No-one should internationalize Cambodian affairs,"
    assert q.speaker == "Hun Sen"


def test_multi_paragraph_quote_is_one_span() -> None:
    text = (
        'Chris Leslie said: "Today I have announced that I am leaving the party.\n\n'
        '"I did everything I could to save it, but it has been hijacked."\n\n'
        "The group met later."
    )
    (q,) = quotes_of(text)
    assert q.text.startswith("Today I have announced")
    assert q.text.endswith("been hijacked.")
    assert "\n\n" in q.text
    assert q.speaker == "Chris Leslie"


def test_pronoun_resolves_to_nearest_named_speaker() -> None:
    text = (
        "Mike Gapes resigned from the party on Monday after fifty years.\n\n"
        '"This has not been an easy or sudden decision for me," he said.'
    )
    (q,) = quotes_of(text)
    assert q.speaker == "Mike Gapes"
    assert q.verb == "said"


def test_he_added_colon_continues_speaker() -> None:
    text = (
        "Labour's deputy leader Tom Watson warned the party on Monday.\n\n"
        "He added: 'The identity of this party must be tolerant and welcoming.'"
    )
    (q,) = quotes_of(text)
    assert q.speaker == "Tom Watson"
    assert q.verb == "added"


def test_indefinite_speaker_stays_unnamed() -> None:
    (q,) = quotes_of('"There was some shooting near the market all night," a witness said.')
    assert q.speaker is None
    assert q.verb == "said"


def test_scare_quotes_and_titles_are_not_quotes() -> None:
    text = (
        "The so-called 'gang of seven' left Labour. Critics called them 'traitors'. "
        'She will appear on "Dancing With the Stars" next season.'
    )
    assert quotes_of(text) == ()


def test_no_quotes() -> None:
    assert quotes_of("Seven MPs left the party on Monday. Nobody was quoted.") == ()


def test_empty_text() -> None:
    assert quotes_of("") == ()
    assert find_quote_spans("") == []


def test_unclosed_quote_is_dropped() -> None:
    assert find_quote_spans('He said: "this never closes\n\nA new paragraph without a mark.') == []


def test_batch_matches_single() -> None:
    arts = [
        Article(id="x", text='"We will be back next year," said Jane Smith.'),
        Article(id="y", text=""),
    ]
    batch = extract_quotes_batch(arts)
    assert batch == [extract_quotes(arts[0]), ()]


def test_doc_must_match_text() -> None:
    nlp = nlp_module.load_nlp()
    with pytest.raises(ValueError, match="does not match"):
        extract_quotes(Article(id="z", text='"One two three," she said.'), nlp("other text"))


def test_load_nlp_is_cached() -> None:
    assert nlp_module.load_nlp() is nlp_module.load_nlp()


def test_load_nlp_without_model_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name in nlp_module.MODEL_PACKAGES else real(name, *a)
    )
    nlp_module.load_nlp.cache_clear()
    try:
        with pytest.raises(MissingDependencyError, match=r"pip install 'newsbrief\[analysis\]'"):
            nlp_module.load_nlp()
    finally:
        monkeypatch.undo()
        nlp_module.load_nlp.cache_clear()


def _benchmark_module():
    return load_benchmark("quotes")


def test_gold_set_meets_targets() -> None:
    if not DATA.is_dir():
        pytest.skip(f"{DATA.resolve()} is absent: the gold set's article texts live in ../shared/data")
    bench = _benchmark_module()
    scores = bench.evaluate(DATA)
    assert scores.gold >= 150 and scores.articles >= 30
    assert scores.precision >= 0.95, bench.table(scores, 0)
    assert scores.recall >= 0.90, bench.table(scores, 0)
    assert scores.speaker_accuracy >= 0.85, bench.table(scores, 0)


def test_gold_speaker_rule() -> None:
    bench = _benchmark_module()
    assert bench.same_speaker("Mr Corbyn", "Jeremy Corbyn")
    assert bench.same_speaker(None, None)
    assert not bench.same_speaker("Jeremy Corbyn", "Tom Watson")
    assert not bench.same_speaker(None, "Tom Watson")
    assert bench.jaccard((0, 10), (0, 10)) == 1.0
    assert bench.jaccard((0, 10), (10, 20)) == 0.0


def test_benchmark_parses_as_the_brief_does_with_a_splitter() -> None:
    """``benchmarks/quotes.py --splitter nupunkt`` reads the quotes off a parse with the brief's sentences preset;
    on a plain text they are the quotes of the paragraph-only parse, offsets into the same text."""
    bench = _benchmark_module()
    text = (
        'Labour split on Monday. "I am sickened by what the party has become," Mike Gapes said. '
        "Mr. Corbyn replied on Tuesday.\n\n"
        '"Good morning, how nice it is to see you all here today," he said.'
    )
    arts = [Article(id="a", text=text)]
    paragraphs = bench.extract_all(arts)
    nupunkt = bench.extract_all(arts, "nupunkt")
    assert [(q.start, q.end, q.speaker) for q in nupunkt[0]] == [(q.start, q.end, q.speaker) for q in paragraphs[0]]
    assert [q.speaker for q in nupunkt[0]] == ["Mike Gapes", "Corbyn"]
