"""Write a fitted logistic regression as package data (``src/newsbrief/data/<name>.json``).

The benchmark scripts that fit a model newsbrief ships (same_fact, opinion, sentence_quality,
conflict_model, speaker_ranker) all write the same document: how it was made, the feature names, the
standardisation (mean, scale), the weights and intercept, and their own extras (a threshold, the chosen C,
a lexicon). One writer keeps the format, rounding and atomic replace in one place, matching the one reader
(``newsbrief.package_data.read_json``) and the feature check each model does on load.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

PACKAGE_DATA = Path(__file__).resolve().parents[1] / "src" / "newsbrief" / "data"


def _rounded(values: Iterable[float]) -> list[float]:
    return [round(float(v), 6) for v in values]


def weights_doc(
    *,
    how: str,
    features: Iterable[str],
    mean: Iterable[float],
    scale: Iterable[float],
    coef: Iterable[float],
    intercept: float,
    **extra: Any,
) -> dict[str, Any]:
    """The weights document of one model (what :func:`write_weights` writes; a file may hold several).

    A zero scale (a feature constant in the training rows) is written as 1.0: the models divide by it.
    """
    return {
        "how": how,
        "features": list(features),
        "mean": _rounded(mean),
        "scale": [s if s > 0 else 1.0 for s in _rounded(scale)],
        "coef": _rounded(coef),
        "intercept": round(float(intercept), 6),
        **extra,
    }


def write_document(out: Path, doc: dict[str, Any]) -> None:
    """Write any model document to ``out`` as JSON, through a temporary file renamed over it."""
    tmp = out.with_suffix(".tmp")
    tmp.write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")
    tmp.replace(out)
    print(f"wrote {out}")


def write_weights(out: Path, **model: Any) -> None:
    """Write one model to ``out``: :func:`weights_doc` of ``model`` (how, features, mean, scale, coef, intercept
    and any extras), written by :func:`write_document`."""
    write_document(out, weights_doc(**model))
