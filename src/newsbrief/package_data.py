"""Read the files newsbrief ships in ``newsbrief/data`` (fitted weights, word tables, place names).

One reader for all of them, so each stage that loads a fitted model or a table (speaker ranker, conflict
model, sentence quality, same-fact, opinion, page furniture, places) does it the same way and fails the same
way: a file missing from a broken install or left half-written by a refit names itself and says what to do,
instead of a bare ``FileNotFoundError`` or ``JSONDecodeError`` from deep inside a brief.

These are install bugs, not bad input, so they are not :class:`newsbrief.errors.NewsbriefError`: the CLI shows
the traceback and the server answers 500 and logs it (see ``errors.py``). Callers cache what they build from
the text (``functools.cache``), so each process reads a file once; the cache's lock-free race between threads
at worst reads the same file twice.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any


def read_text(name: str) -> str:
    """The text of ``newsbrief/data/<name>``.

    Raises:
        FileNotFoundError: the file is not installed (a wheel built without package data, or a deleted file).
    """
    path = resources.files("newsbrief").joinpath("data").joinpath(name)
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise FileNotFoundError(
            f"newsbrief's package data file data/{name} is missing: the install is broken; "
            "reinstall newsbrief (pip install --force-reinstall newsbrief)"
        ) from exc


def read_json(name: str) -> Any:
    """The parsed JSON of ``newsbrief/data/<name>``.

    Raises:
        FileNotFoundError: as :func:`read_text`.
        ValueError: the file is not valid JSON (a refit interrupted while writing it; rerun the benchmark
            script named in its ``"how"`` field with ``--write``).
    """
    text = read_text(name)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"newsbrief's package data file data/{name} is not valid JSON: {exc}") from exc
