"""The judgement model's benchmark (benchmarks/judgement.py): its cost, where opinion shown as fact weighs twice a
wrong note, and the threshold it chooses (issue 10)."""

from __future__ import annotations

import numpy as np

from benchmark_scripts import load_benchmark

judgement = load_benchmark("judgement")

P = np.array([0.95, 0.9, 0.7, 0.6, 0.4])
Y = np.array([True, False, True, False, False])


def test_costs_count_opinion_shown_as_fact_once_and_a_wrong_note_half() -> None:
    assert judgement.WRONG_NOTE_COST == 0.5
    assert judgement.costs(P, Y, 0.5) == (0, 2, 4, 1.0)
    assert judgement.costs(P, Y, 0.8) == (1, 1, 2, 1.5)
    assert judgement.costs(P, Y, 1.01) == (2, 0, 0, 2.0)


def test_the_least_cost_is_chosen_and_of_equal_costs_the_higher_threshold() -> None:
    assert judgement.choose_threshold(P, Y, (0.5, 0.8, 1.01)) == 0.5
    # one right note against two wrong ones: noting costs 1, not noting 1: saying less wins
    tie_p, tie_y = np.array([0.9, 0.9, 0.9]), np.array([True, False, False])
    assert judgement.choose_threshold(tie_p, tie_y, (0.5, 1.01)) == 1.01
