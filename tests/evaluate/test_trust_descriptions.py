"""The trust count honours a name shown for an opening "The company" only where the labels say it is right
(benchmarks/trust_pronouns.py), and the labels' bookkeeping (benchmarks/description_labels.py)."""

from __future__ import annotations

from collections import Counter

from benchmark_scripts import load_benchmark
from newsbrief.model import Brief, Sentence, Span, SummarySentence
from newsbrief.summarize.descriptions import name_descriptions
from synthetic import article_sentences

trust = load_benchmark("trust")
trust_pronouns = load_benchmark("trust_pronouns")
trust_context = load_benchmark("trust_context")
description_labels = load_benchmark("description_labels")
pronoun_labels = load_benchmark("pronoun_labels")

TEXTS = ("Acme Inc. said Tuesday it would cut 500 jobs.", "The company recently forced out its CEO.")


def _sentences() -> list[Sentence]:
    return article_sentences("a", *TEXTS)


def _brief(sents: list[Sentence]) -> Brief:
    s = sents[1]
    summary = name_descriptions([SummarySentence(s.text, Span("a", s.start, s.end, s.text))], sents)
    assert summary[0].shown == "The company [Acme Inc.] recently forced out its CEO."
    return Brief(summary=tuple(summary), sources=(), words=300)


def _label(label: str) -> dict:
    return {("a", _sentences()[1].start, pronoun_labels.name_key("Acme Inc.")): label}


def test_a_name_labelled_right_mends_the_description_for_the_count() -> None:
    sents = _sentences()
    leans = trust.leans_by_key(sents)
    assert leans[("a", 1)].kinds  # "The company" leans on the sentence before as written
    assert not trust.resolved_by_brief([leans[("a", 1)]], 0, after_predecessor=False)
    mended, tally = trust_pronouns.honoured_leans(_brief(sents), sents, leans, _label("right"))
    assert tally == Counter({"described:honoured": 1})
    assert trust.resolved_by_brief([mended[("a", 1)]], 0, after_predecessor=False)


def test_a_name_labelled_wrong_or_not_labelled_is_not_honoured() -> None:
    sents = _sentences()
    leans = trust.leans_by_key(sents)
    for labels, kind in ((_label("wrong"), "wrong"), ({}, "unlabelled"), (_label("unclear"), "unclear")):
        mended, tally = trust_pronouns.honoured_leans(_brief(sents), sents, leans, labels)
        assert tally == Counter({"described:" + kind: 1})
        assert mended[("a", 1)] == leans[("a", 1)]


def test_the_blind_reading_names_the_same_referent() -> None:
    assert description_labels.blind_verdict(
        "Associated Investigative Services", "Associated Investigative Services Inc."
    )
    assert description_labels.blind_verdict("Obama", "Barack Obama") == "right"
    assert description_labels.blind_verdict("Billy Hunter", "Players Association") == "wrong"
    assert description_labels.blind_verdict("unclear", "Acme Inc.") == "unclear"


def test_the_shipped_labels_hold_no_text() -> None:
    rows = description_labels._read(description_labels.LABELS_FILE)
    assert rows and all(
        set(r) == {"item", "cluster", "part", "kind", "start", "name", "blind", "shown", "label"} for r in rows
    )
    assert {r["kind"] for r in rows} == {"description", "pronoun"}


def test_a_right_name_after_a_persons_description_mends_the_description() -> None:
    texts = (
        "Officer Barbara Morgan took 40 beagles from a house on Sunday.",
        "The officer believes the dogs were inherited.",
    )
    sents = article_sentences("a", *texts)
    s = sents[1]
    summary = name_descriptions([SummarySentence(s.text, Span("a", s.start, s.end, s.text))], sents)
    assert summary[0].shown == "The officer [Barbara Morgan] believes the dogs were inherited."
    brief = Brief(summary=tuple(summary), sources=(), words=300)
    leans = trust.leans_by_key(sents)
    assert trust_context.DESCRIPTION in leans[("a", 1)].kinds
    label = {("a", s.start, pronoun_labels.name_key("Barbara Morgan")): "right"}
    mended, tally = trust_pronouns.honoured_leans(brief, sents, leans, label)
    assert tally == Counter({"described:honoured": 1})
    assert trust_context.DESCRIPTION not in mended[("a", 1)].kinds  # the name mends what the description leaned on


def test_the_inserted_name_introduces_the_noun_for_a_later_sentence() -> None:
    """Session 18: "The company [Acme Inc.] ..." tells the reader which company, so the count reads the company as
    named there: neither that sentence's own "the company" nor a later one of the brief leans on anything."""
    texts = (
        "Acme Inc., a rocket company, said Tuesday it would cut 500 jobs at its plant.",
        "Acme had warned of cuts.",
        "The company recently forced out its CEO.",
        "Shares in the company fell 4% on Wednesday.",
    )
    sents = article_sentences("a", *texts)
    summary = name_descriptions([SummarySentence(s.text, Span("a", s.start, s.end, s.text)) for s in sents[2:]], sents)
    assert summary[0].shown == "The company [Acme Inc.] recently forced out its CEO."
    brief = Brief(summary=tuple(summary), sources=(), words=300)
    leans = trust.leans_by_key(sents)
    assert trust_context.EARLIER_NOUN in leans[("a", 2)].kinds and trust_context.EARLIER_NOUN in leans[("a", 3)].kinds
    label = {("a", sents[2].start, pronoun_labels.name_key("Acme Inc.")): "right"}
    mended, tally = trust_pronouns.honoured_leans(brief, sents, leans, label)
    assert tally == Counter({"described:honoured": 1})
    shown = [mended[("a", 2)], mended[("a", 3)]]
    assert trust.resolved_by_brief(shown, 0, after_predecessor=False)
    assert trust.resolved_by_brief(shown, 1, after_predecessor=True)
    # as written, neither stands: the later "the company" has nothing naming it before
    assert not trust.resolved_by_brief([leans[("a", 2)], leans[("a", 3)]], 1, after_predecessor=True)
