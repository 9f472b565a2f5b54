"""The trust count honours a name shown for an opening "He"/"She" only where the labels say it is right
(benchmarks/trust_pronouns.py), and the proposal labels' bookkeeping (benchmarks/pronoun_labels.py)."""

from __future__ import annotations

from collections import Counter

from benchmark_scripts import load_benchmark
from newsbrief.model import Brief, Sentence, Span, SummarySentence
from newsbrief.summarize.antecedents import name_pronouns

trust = load_benchmark("trust")
trust_pronouns = load_benchmark("trust_pronouns")
pronoun_labels = load_benchmark("pronoun_labels")

TEXTS = ("Opal Lee, 92, walked from Texas to Washington on Friday.", "She is on a quest to make June 19 a holiday.")


def _sentences() -> list[Sentence]:
    out, pos = [], 0
    for k, text in enumerate(TEXTS):
        out.append(Sentence("a", k, pos, pos + len(text), text))
        pos += len(text) + 1
    return out


def _brief(sents: list[Sentence]) -> Brief:
    s = sents[1]
    summary = name_pronouns([SummarySentence(s.text, Span("a", s.start, s.end, s.text))], sents)
    assert summary[0].shown.startswith("[Opal Lee] is on a quest")
    return Brief(summary=tuple(summary), sources=(), words=300)


def _label(label: str) -> dict:
    return {("a", _sentences()[1].start, pronoun_labels.name_key("Opal Lee")): label}


def test_a_name_labelled_right_mends_the_pronoun_for_the_count() -> None:
    sents = _sentences()
    leans = trust.leans_by_key(sents)
    assert "pronoun" in leans[("a", 1)].kinds
    mended, tally = trust_pronouns.honoured_leans(_brief(sents), sents, leans, _label("right"))
    assert tally == Counter(honoured=1)
    assert "pronoun" not in mended[("a", 1)].kinds
    assert trust.resolved_by_brief([mended[("a", 1)]], 0, after_predecessor=False)
    assert mended[("a", 1)].gives == {"Lee"}  # the name introduces her to the sentences after it


def test_a_name_labelled_wrong_or_not_labelled_is_not_honoured() -> None:
    sents = _sentences()
    leans = trust.leans_by_key(sents)
    for labels, kind in ((_label("wrong"), "wrong"), ({}, "unlabelled"), (_label("unclear"), "unclear")):
        mended, tally = trust_pronouns.honoured_leans(_brief(sents), sents, leans, labels)
        assert tally == Counter({kind: 1})
        assert mended[("a", 1)] == leans[("a", 1)]
        assert not trust.resolved_by_brief([mended[("a", 1)]], 0, after_predecessor=False)


def test_final_label_needs_both_readings() -> None:
    assert pronoun_labels.blind_verdict("Opal Lee", "Opal Lee") == "right"
    assert pronoun_labels.blind_verdict("Lee", "Opal Lee") == "right"  # the surname names the same person
    assert pronoun_labels.blind_verdict("Obama", "Preet Bharara") == "wrong"
    assert pronoun_labels.blind_verdict("unclear", "Preet Bharara") == "unclear"
    assert pronoun_labels.final_label("right", "right") == "right"
    assert pronoun_labels.final_label("right", "wrong") == "wrong"
    assert pronoun_labels.final_label("unclear", "right") == "unclear"


def test_score_counts_a_proposal_whose_name_changed_as_unlabelled() -> None:
    labels = {("a", 10, pronoun_labels.name_key("Opal Lee")): "right"}
    proposals = [
        {"article": "a", "start": 10, "proposed": "Opal Lee"},
        {"article": "a", "start": 10, "proposed": "Opal R. Lee"},
    ]
    assert pronoun_labels.score(proposals, labels) == Counter(right=1, unlabelled=1)


def test_a_speaker_labelled_right_mends_the_first_person_for_the_count_and_nothing_else() -> None:
    from newsbrief.model import Article
    from newsbrief.summarize.speakers_shown import show_speakers

    text = "MARTIN: Good morning.\nLEE: Slaves did not free themselves. We had help.\nMARTIN: And then?\nLEE: Yes."
    sents, pos = [], 0
    for k, part in enumerate(("MARTIN: Good morning.", "LEE: Slaves did not free themselves.", "We had help.")):
        pos = text.index(part, pos)
        sents.append(Sentence("a", k, pos, pos + len(part), part))
    s = sents[2]
    (item,) = show_speakers([SummarySentence(s.text, Span("a", s.start, s.end, s.text))], [Article("a", text)])
    assert item.shown == "[LEE:] We had help."
    brief = Brief(summary=(item,), sources=(), words=300)
    leans = trust.leans_by_key(sents)
    assert "writer's I/we/you" in leans[("a", 2)].kinds
    right = {("a", s.start, pronoun_labels.name_key("LEE:")): "right"}
    mended, tally = trust_pronouns.honoured_leans(brief, sents, leans, right)
    assert tally == Counter({"speaker:honoured": 1})
    assert trust.resolved_by_brief([mended[("a", 2)]], 0, after_predecessor=False)
    same, tally = trust_pronouns.honoured_leans(brief, sents, leans, {})  # not labelled: read as written
    assert tally == Counter({"speaker:unlabelled": 1}) and same[("a", 2)] == leans[("a", 2)]
