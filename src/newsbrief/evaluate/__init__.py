"""Evaluation: ROUGE against references (Lin 2004), peers side by side, bootstrap intervals.

Needs the ``eval`` extra (rouge-score, sumy): ``pip install 'newsbrief[eval]'``.
"""

from newsbrief.evaluate.harness import SYSTEMS, EvalResult, evaluate
from newsbrief.evaluate.rouge import Interval, Rouge, bootstrap_ci, paired_difference

__all__ = ["SYSTEMS", "EvalResult", "Interval", "Rouge", "bootstrap_ci", "evaluate", "paired_difference"]
