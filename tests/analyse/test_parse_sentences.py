"""spaCy parses with the brief's own sentences preset (newsbrief.analyse.nlp.parse_sentences)."""

from __future__ import annotations

from newsbrief.analyse.nlp import load_nlp, parse_sentences
from newsbrief.model import Article
from newsbrief.text.split import split_sentences


def test_the_parse_keeps_the_given_sentences() -> None:
    text = (
        "Sen. Elizabeth Warren, D-Mass., said the bill would pass. Others disagreed.\n\n"
        '"I am leaving. It is over," he said. WASHINGTON was quiet.'
    )
    for splitter in ("pysbd", "nupunkt"):
        sentences = split_sentences(Article(id="a", text=text), splitter)
        spans = [(s.start, s.end) for s in sentences]
        (doc,) = parse_sentences(load_nlp(), [text], [spans])
        got = [(s.start_char, len(text[: s.end_char].rstrip())) for s in doc.sents]
        assert got == spans, splitter


def test_a_paragraph_break_starts_a_sentence_where_no_span_is_given() -> None:
    text = "The MPs resigned on Monday\nMr Watson warned the party. It was a long day."
    (doc,) = parse_sentences(load_nlp(), [text], [[]])
    starts = {s.start_char for s in doc.sents}
    assert text.index("Mr Watson") in starts
    (doc,) = parse_sentences(load_nlp(), [text], [[(0, len(text))]])  # one span: no break inside it...
    assert text.index("Mr Watson") in {s.start_char for s in doc.sents}  # ...but a line break still is one


def test_a_long_text_parsed_in_pieces_is_one_doc_with_the_parse_of_the_whole(monkeypatch) -> None:
    """Over ``MAX_PIECE`` characters, spaCy parses pieces cut at sentence starts (its memory follows the tokens of
    one Doc); the joined Doc has the whole text, and here the same tokens, sentences, heads and entities."""
    from newsbrief.analyse import nlp

    text = "\n\n".join(
        f"Mayor Ana Ruiz of Riverton said on Tuesday that bridge number {k} would close. Engineers from Boston agreed."
        for k in range(12)
    )
    spans = [(s.start, s.end) for s in split_sentences(Article(id="a", text=text))]
    (whole,) = parse_sentences(load_nlp(), [text], [spans])
    monkeypatch.setattr(nlp, "MAX_PIECE", 300)
    assert len(nlp._cuts(text, spans)) > 4
    short = "A short one. It stays whole."
    first, pieced, last = parse_sentences(load_nlp(), [short, text, short], [[], spans, []])
    assert pieced.text == text and first.text == short == last.text

    def parse(doc):
        return [(t.text, t.is_sent_start, t.head.i, t.dep_, t.ent_type_) for t in doc]

    assert parse(pieced) == parse(whole)
    line = "word " * 200  # no sentence start to cut at: cut after a space
    (doc,) = parse_sentences(load_nlp(), [line], [[]])
    assert doc.text == line


def test_the_parse_keeps_no_doc_once_the_reader_has_moved_on() -> None:
    """The Docs come one by one and the parse holds none of them (nor the batch's tok2vec arrays, through their
    ``tensor``): a 1,000-article story once held every Doc until the last was parsed (BENCHMARKS.md, "Session 14:
    a 1,000-article story with analysis"). A weakref check, not a memory measurement."""
    import gc
    import weakref

    texts = [f"Mayor Ana Ruiz of Riverton said on day {k} that the bridge would close. It did." for k in range(40)]
    docs = parse_sentences(load_nlp(), texts, [[] for _ in texts], batch_size=4)
    first = next(docs)
    assert first.tensor.size == 0 and first.has_annotation("DEP") and first.has_annotation("ENT_IOB")
    seen = weakref.ref(first)
    del first
    for _ in range(20):  # well past the first batch, the stream not finished
        next(docs)
    gc.collect()
    assert seen() is None
    assert len(list(docs)) == 19


def test_a_batch_holds_at_most_max_batch_tokens_and_the_parse_does_not_depend_on_it(monkeypatch) -> None:
    """spaCy holds ~16 KB per token of a batch while it runs, so a batch is cut at ``MAX_BATCH_TOKENS`` (a longer
    Doc goes alone); the Docs' annotations are the same as with batches of 16 whole articles."""
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, TAG

    from newsbrief.analyse import nlp

    pipeline = load_nlp()
    docs = [pipeline.make_doc("word " * n) for n in (3, 4, 2, 9, 1, 1)]
    assert [[len(d) for d in b] for b in nlp._batches(docs, 16, 7)] == [[3, 4], [2], [9], [1, 1]]
    assert [[len(d) for d in b] for b in nlp._batches(docs, 2, 100)] == [[3, 4], [2, 9], [1, 1]]
    texts = [
        f"Mayor Ana Ruiz of Riverton said on Tuesday that bridge number {k} would close. Engineers from Boston agreed."
        for k in range(12)
    ]
    spans = [[(s.start, s.end) for s in split_sentences(Article(id="a", text=t))] for t in texts]
    attrs = [TAG, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]
    whole = [d.to_array(attrs).tolist() for d in parse_sentences(pipeline, texts, spans)]
    monkeypatch.setattr(nlp, "MAX_BATCH_TOKENS", 30)  # ~20 tokens a text: one text a batch
    assert [d.to_array(attrs).tolist() for d in parse_sentences(pipeline, texts, spans)] == whole
