"""The scorer against the reference rouge-score, bootstrap intervals, and empty input."""

from __future__ import annotations

import pytest

from newsbrief.errors import ConfigError, InputError
from newsbrief.evaluate.rouge import ROUGE_TYPES, Rouge, bootstrap_ci, one_sentence_per_line, paired_difference

rouge_scorer = pytest.importorskip("rouge_score.rouge_scorer")

SUMMARY = [
    "The council of Riverton voted on Tuesday to close the old bridge.",
    "Floods had damaged its supports, the mayor said.",
]
REFERENCES = [
    "Riverton's council voted to close the old bridge on Tuesday. The mayor said spring floods damaged it.",
    "The old Wren bridge is closed. Engineers will design a replacement, which could cost 40 million dollars.",
]


def _reference(prediction: str, target: str) -> dict:
    scorer = rouge_scorer.RougeScorer(list(ROUGE_TYPES), use_stemmer=True)
    return scorer.score(target, prediction)


def test_matches_reference_implementation_one_reference() -> None:
    ours = Rouge().score(SUMMARY, REFERENCES[:1])
    ref = _reference("\n".join(SUMMARY), one_sentence_per_line(REFERENCES[0]))
    for rtype in ROUGE_TYPES:
        assert ours[rtype] == pytest.approx(ref[rtype].fmeasure, abs=1e-9)
    recall = Rouge(measure="recall").score(SUMMARY, REFERENCES[:1])
    assert recall["rouge2"] == pytest.approx(ref["rouge2"].recall, abs=1e-9)


def test_several_references_max_mean_jackknife() -> None:
    per = [_reference("\n".join(SUMMARY), one_sentence_per_line(r)) for r in REFERENCES]
    best = Rouge(multi="max").score(SUMMARY, REFERENCES)
    mean = Rouge(multi="mean", measure="recall").score(SUMMARY, REFERENCES)
    for rtype in ROUGE_TYPES:
        assert best[rtype] == pytest.approx(max(p[rtype].fmeasure for p in per))
        assert mean[rtype] == pytest.approx(sum(p[rtype].recall for p in per) / 2)
    # With two references each leave-one-out subset holds one: jackknife is their mean.
    jack = Rouge(multi="jackknife", measure="recall").score(SUMMARY, REFERENCES)
    assert jack["rouge1"] == pytest.approx(mean["rouge1"])


def test_rougelsum_uses_one_sentence_per_line() -> None:
    # Reversing the order of the summary's sentences breaks the one LCS of rougeL but not the
    # union LCS of rougeLsum, which matches each reference sentence against every summary line.
    forward = Rouge().score(SUMMARY, REFERENCES[:1])
    backward = Rouge().score(SUMMARY[::-1], REFERENCES[:1])
    assert forward["rouge1"] == pytest.approx(backward["rouge1"])
    assert backward["rougeL"] < forward["rougeL"]
    assert backward["rougeLsum"] == pytest.approx(forward["rougeLsum"])
    assert one_sentence_per_line("One here. Two there.") == "One here.\nTwo there."


def test_empty_summary_scores_zero_and_no_reference_is_an_error() -> None:
    assert Rouge().score([], REFERENCES) == dict.fromkeys(ROUGE_TYPES, 0.0)
    assert Rouge().score(["", "  "], REFERENCES) == dict.fromkeys(ROUGE_TYPES, 0.0)
    with pytest.raises(InputError, match="no reference"):
        Rouge().score(SUMMARY, [])
    with pytest.raises(InputError, match="no reference"):
        Rouge().score(SUMMARY, ["   "])


def test_bad_settings() -> None:
    with pytest.raises(ConfigError):
        Rouge(measure="accuracy")  # type: ignore[arg-type]
    with pytest.raises(ConfigError):
        Rouge(rouge_types=("rouge9",))


def test_bootstrap_interval_sanity() -> None:
    values = [0.1 * (k % 10) for k in range(200)]
    ci = bootstrap_ci(values)
    assert ci.low < ci.mean < ci.high
    assert ci.mean == pytest.approx(0.45)
    assert ci.high - ci.low < 0.15
    assert bootstrap_ci(values, seed=1) != ci  # a different resample, a (slightly) different interval
    constant = bootstrap_ci([0.3] * 50)
    assert constant.low == pytest.approx(0.3) and constant.high == pytest.approx(0.3)
    wider = bootstrap_ci(values[:20])
    assert wider.high - wider.low > ci.high - ci.low
    with pytest.raises(ValueError):
        bootstrap_ci([])


def test_paired_difference() -> None:
    a = [0.5 + 0.01 * (k % 7) for k in range(100)]
    b = [x - 0.02 for x in a]
    diff = paired_difference(a, b)
    assert diff.mean == pytest.approx(0.02)
    assert diff.excludes_zero()
    assert not paired_difference(a, a).excludes_zero()
    with pytest.raises(ValueError):
        paired_difference(a, b[:-1])
