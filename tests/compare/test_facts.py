"""Facts aligned across sources, unique facts, and support, on literal sentences."""

from __future__ import annotations

from newsbrief import Article
from newsbrief.compare.facts import align_facts, max_cross_similarity, unique_facts
from newsbrief.compare.support import attach_support, similarity_matrix
from newsbrief.text.split import split_sentences

A = Article(
    id="a",
    text=(
        "Seven Labour MPs resigned from the party on Monday to form an independent group.\n\n"
        "The group launched a new website and asked supporters to subscribe for updates.\n\n"
        "The weather in London was mild."
    ),
)
B = Article(
    id="b",
    text=(
        "Seven MPs resigned from the Labour party on Monday and will sit as an independent group.\n\n"
        "The union Unison urged Labour to take a long hard look at why they quit."
    ),
)
C = Article(id="c", text="Seven MPs have resigned from Labour to form an independent group in parliament.")


def _setup(*articles: Article):
    sentences = [s for a in articles for s in split_sentences(a)]
    return sentences, similarity_matrix(sentences), [True] * len(sentences)


def test_same_claim_in_three_sources_is_one_fact() -> None:
    sentences, sim, eligible = _setup(A, B, C)
    facts = align_facts(sentences, sim, threshold=0.3, eligible=eligible)
    assert facts, "the resignation is reported by all three"
    top = facts[0]
    assert top.article_ids == ("a", "b", "c")
    assert "resigned" in top.text
    for span in top.spans:
        source = {"a": A, "b": B, "c": C}[span.article_id]
        assert source.text[span.start : span.end] == span.text


def test_one_sentence_per_source_in_a_fact() -> None:
    twice = Article(
        id="a2",
        text=(
            "Seven Labour MPs resigned from the party on Monday to form an independent group.\n\n"
            "Seven Labour MPs resigned from the party to form an independent group."
        ),
    )
    sentences, sim, eligible = _setup(twice, B)
    for fact in align_facts(sentences, sim, threshold=0.3, eligible=eligible):
        assert len(fact.spans) == len(set(fact.article_ids))


def test_unique_facts_are_what_only_one_source_says() -> None:
    sentences, sim, eligible = _setup(A, B, C)
    unique = unique_facts(sentences, sim, threshold=0.3, eligible=eligible)
    texts = {f.text: f.article_ids for f in unique}
    assert texts["The group launched a new website and asked supporters to subscribe for updates."] == ("a",)
    assert any("Unison" in t and ids == ("b",) for t, ids in texts.items())
    assert not any("resigned" in t for t in texts)


def test_unique_facts_need_two_sources_and_respect_eligibility() -> None:
    sentences, sim, _ = _setup(A)
    assert unique_facts(sentences, sim, threshold=0.3, eligible=[True] * len(sentences)) == ()
    sentences, sim, _ = _setup(A, B)
    none = unique_facts(sentences, sim, threshold=0.3, eligible=[False] * len(sentences))
    assert none == ()


def test_support_lists_other_sources_only() -> None:
    sentences, sim, _ = _setup(A, B, C)
    (summary,) = attach_support([sentences[0]], sentences, sim, threshold=0.3)
    assert summary.article_ids == ("a", "b", "c")
    assert all(span.article_id != "a" for span in summary.support)
    assert summary.support[0].similarity >= summary.support[-1].similarity


def test_edge_cases() -> None:
    assert align_facts([], similarity_matrix([]), threshold=0.3, eligible=[]) == ()
    sentences, sim, eligible = _setup(C)
    assert align_facts(sentences, sim, threshold=0.3, eligible=eligible) == ()
    assert max_cross_similarity(sentences, sim).tolist() == [0.0]
