"""``benchmarks/quotes.py --polnear train`` leaves out the lead's blind reading (session 18, issue 11).

``reserved.RESERVED_POLNEAR`` holds PolNeAR train articles kept for the lead's blind reading. The benchmark's
train table is where speaker rules are tuned, so even its aggregate must not count them (``speaker_errors.py``
already left them out; ``quotes.py`` did not).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmark_scripts import load_benchmark

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"
TRAIN = DATA / "polnear" / "polnear_articles_train.jsonl"


def _require_train() -> None:
    if not TRAIN.exists():
        pytest.skip(f"PolNeAR train not found at {TRAIN.resolve()} (expected ../shared/data beside the repo)")


def test_the_train_table_scores_no_reserved_article_and_every_other_one() -> None:
    _require_train()
    bench = load_benchmark("quotes")
    reserved = load_benchmark("reserved").RESERVED_POLNEAR
    every = {a.id for a, _, _ in load_benchmark("quotes_polnear").load(DATA, "train")}
    kept = [a.id for a, _, _ in bench.polnear_items(DATA, "train")]
    assert every & reserved, "the train split holds reserved articles: the check below would test nothing"
    assert not set(kept) & reserved
    assert set(kept) == every - reserved


def test_a_limit_counts_the_articles_kept() -> None:
    _require_train()
    bench = load_benchmark("quotes")
    reserved = load_benchmark("reserved").RESERVED_POLNEAR
    first = bench.polnear_items(DATA, "train", 40)
    assert len(first) == 40
    assert not {a.id for a, _, _ in first} & reserved


def test_the_speaker_families_table_reads_no_reserved_article() -> None:
    """``speaker_families.py --split train --list`` prints mix-ups one by one: in session 19 it showed a reserved
    article (the blind reading's Khan story) to a helper tuning a rule; it reads train as ``quotes.py`` does."""
    _require_train()
    reserved = load_benchmark("reserved").RESERVED_POLNEAR
    every = {a.id for a, _, _ in load_benchmark("quotes_polnear").load(DATA, "train")}
    kept = {a.id for a, _, _ in load_benchmark("speaker_families").items_of(DATA, "train")}
    assert every & reserved and kept == every - reserved
