"""The analysis parse is spaCy's own parse, made faster (BENCHMARKS.md, "Analysis speed").

Two shortcuts in ``analyse/nlp.py`` must not change a single token's annotation: the sentence starts are
written as one array instead of token by token, and the pipeline's matrix products run through numpy's BLAS
instead of thinc's bundled BLIS. Both are checked against the plain way: the documented per-token setter
(``Token.is_sent_start``) on a pipeline loaded with thinc's default ops.
"""

from __future__ import annotations

import bisect
import importlib
from pathlib import Path

import numpy as np
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG

from newsbrief import read_articles
from newsbrief.analyse.nlp import available_model, load_nlp, mark_sentences, parse_sentences
from newsbrief.ingest.clean import clean_text
from newsbrief.model import Article
from newsbrief.text.split import split_sentences

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "data" / "seeds"
ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE, SENT_START]
TEXT = (
    "WASHINGTON (AP) — Sen. Elizabeth Warren, D-Mass., said on Tuesday the bill would pass by 2027.\n\n"
    '"I am leaving. It is over," Mr. Smith told reporters at 3 p.m. The U.S. Senate voted 51-49.\n'
    "Shares of Apple Inc. fell 2.5% to $150.25... Analysts at Goldman Sachs expected more."
)


def marked_one_by_one(doc, spans):
    """The sentence starts set as spaCy documents it, token by token (the code before the array)."""
    starts = [tok.idx for tok in doc]
    for start, end in spans:
        first, last = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        for i in range(first, last):
            doc[i].is_sent_start = i == first
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            tok.is_sent_start = True
    return doc


def texts_and_spans() -> list[tuple[str, list[tuple[int, int]]]]:
    texts = [TEXT]
    if SEEDS.is_dir():
        texts += [clean_text(a.text) for a in read_articles(SEEDS)]
    out = []
    for n, text in enumerate(texts):
        spans = [(s.start, s.end) for s in split_sentences(Article(id=f"a{n}", text=text))]
        out.append((text, spans))
        out.append((text, spans[1::2]))  # sentences left to the parser between the given ones
    return out


def test_the_array_marks_the_same_sentence_starts_as_the_token_setter() -> None:
    nlp = load_nlp()
    for text, spans in texts_and_spans():
        got = mark_sentences(nlp.make_doc(text), spans).to_array([SENT_START])
        want = marked_one_by_one(nlp.make_doc(text), spans).to_array([SENT_START])
        assert np.array_equal(got, want)


def test_the_parse_is_the_one_of_the_pipeline_with_default_ops() -> None:
    name = available_model()
    assert name is not None
    plain = importlib.import_module(name).load()  # thinc's default ops (BLIS), a second, separate pipeline
    assert plain is not load_nlp()
    pairs = texts_and_spans()  # the built-in text, and the seeds where ../shared/data is present
    fast = list(parse_sentences(load_nlp(), [t for t, _ in pairs], [s for _, s in pairs]))
    slow = [plain(marked_one_by_one(plain.make_doc(t), s)) for t, s in pairs]
    for a, b in zip(fast, slow, strict=True):
        assert np.array_equal(a.to_array(ATTRS), b.to_array(ATTRS))
        assert [(e.start_char, e.end_char, e.label_) for e in a.ents] == [
            (e.start_char, e.end_char, e.label_) for e in b.ents
        ]


#: Words that wake the ruler's rarer rules: two-token exceptions ("gon na", "ai n't", "y' all", "c'm on",
#: "let 's"), the rule after an expletive ("There is"), lemma exceptions ("gets", "got"), and spaces.
RULE_TEXT = (
    "I ai n't gon na do it, y' all. Let 's go, c'm on! There is a cat and there were two dogs.  "
    "He gets what he got.\n\n\tShe got ta leave \u00a0 now; Y'all ain't seen nothing."
)


def _ruled_both_ways(text: str):
    """``text`` through the pipeline up to the attribute ruler, then the ruler spaCy's way and the compiled way."""
    from newsbrief.analyse.attribute_rules import compile_ruler

    nlp = load_nlp()
    names = [name for name, _ in nlp.pipeline]
    k = names.index("attribute_ruler")
    ruler = nlp.get_pipe("attribute_ruler")
    compiled = compile_ruler(ruler)
    assert compiled is not None
    docs = []
    for apply in (ruler, compiled):
        doc = nlp.make_doc(text)
        for _, proc in nlp.pipeline[:k]:
            doc = proc(doc)
        docs.append(apply(doc))
    return docs


def test_the_compiled_attribute_ruler_sets_what_spacys_sets() -> None:
    texts = [RULE_TEXT, TEXT] + [t for t, _ in texts_and_spans()]
    for text in texts:
        spacys, ours = _ruled_both_ways(text)
        assert np.array_equal(
            spacys.to_array([TAG, POS, MORPH, LEMMA, DEP, HEAD]), ours.to_array([TAG, POS, MORPH, LEMMA, DEP, HEAD])
        )
        assert [str(t.morph) for t in spacys] == [str(t.morph) for t in ours]
    spacys, ours = _ruled_both_ways(RULE_TEXT)
    # the rules this text is made for did fire: "gon" -> go, "ai" -> be, "got" -> get; "is" after "There" a VERB
    lemmas = {t.text: t.lemma_ for t in ours}
    assert lemmas["gon"] == "go" and lemmas["ai"] == "be" and lemmas["gets"] == "get"
    assert next(t for t in ours if t.text == "is").pos_ == "VERB"
    assert all(t.pos_ == "SPACE" for t in ours if t.is_space)


def test_a_ruler_with_patterns_not_compiled_is_left_to_spacy() -> None:
    from spacy.lang.en import English

    from newsbrief.analyse.attribute_rules import compile_ruler

    for pattern in (
        [{"LOWER": "a", "OP": "?"}, {"LOWER": "b"}],  # an operator
        [{"LENGTH": {">=": 3}}],  # a comparison
        [{"_": {"flag": True}}],  # an extension attribute
        [{}],  # a token that matches anything
        [{"SHAPE": "Xxxx"}],  # an attribute no column is read for
    ):
        nlp = English()
        ruler = nlp.add_pipe("attribute_ruler")
        ruler.add([pattern], {"LEMMA": "x"})
        assert compile_ruler(ruler) is None, pattern
    nlp = English()
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": {"IN": ["a", "b"]}}, {"IS_PUNCT": True}]], {"LEMMA": "x"}, index=-1)
    ruler.add([[{"LOWER": {"REGEX": "^b+$"}}]], {"LEMMA": "y"})
    ruler.add([[{"LOWER": {"NOT_IN": ["a", "b", "."]}}]], {"LEMMA": "z"})
    compiled = compile_ruler(ruler)
    assert compiled is not None
    doc = compiled(nlp.make_doc("a . bb B ! c"))
    # a later rule wins on a shared token ("bb": y, then z); index -1 sets the pattern's last token ("!")
    assert [t.lemma_ for t in doc] == ["", "x", "z", "y", "z", "z"]
    want = ruler(nlp.make_doc("a . bb B ! c"))
    assert [t.lemma_ for t in want] == [t.lemma_ for t in doc]
