"""What tells a timeline entry of the story from dated background: the features of the learned decision.

:mod:`newsbrief.analyse.background` decides, for each resolved entry, whether it is an event of the story
or context the sources bring in. Its rule looked only at evidence relative to the story (one source, a
year or month well before the story's dated core); the labels (tests/data/timeline_gold.jsonl, every event
classed as the story's or background) show what else a reader goes by: how the sentence tells it ("born",
"since", "the first ... since", "in 1998," at its start, a past perfect), where the article tells it (a
story's events come first, its history later), whether the sentence speaks of what the other sources
speak of, and whether other sources date something in the same year. One row per entry, computed from the
entries and the cleaned article texts only (no parse), so the rule's tests and the brief share it.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date

from newsbrief.model import Event
from newsbrief.text.lexicon import FUTURE_WORDS, alternation
from newsbrief.text.tokens import content_stems

#: The features, in the order :func:`entry_features` writes them (the weights file must list the same).
FEATURES = (
    "day",
    "week",
    "month",
    "year",
    "sources",
    "relative",
    "no_core",
    "log_months_before_core",
    "log_months_before_latest",
    "after_core",
    "year_written",
    "position",
    "history_cue",
    "since_cue",
    "opening_year",
    "past_perfect",
    "future",
    "speech",
    "story_words",
    "year_echo",
    "dates_in_sentence",
)

_HISTORY = re.compile(
    r"\b(?:born|died|founded|career|graduat\w*|grew up|married|history|historic|former|formerly|previous\w*|"
    r"earlier|first|last time|ago|once|decades?|years? later|joined|served|elected|retired|record)\b",
    re.IGNORECASE,
)
_SINCE = re.compile(r"\b(?:since|until|till|ever)\b", re.IGNORECASE)
_OPENING_YEAR = re.compile(r"^\W*(?:in|by|during|since|after|before)\s+(?:\w+\s+){0,2}\d{4}\b", re.IGNORECASE)
_PAST_PERFECT = re.compile(r"\bhad\s+(?:\w+ly\s+)?(?:been|\w+ed|\w+en)\b", re.IGNORECASE)
_FUTURE = re.compile(rf"\b{alternation(FUTURE_WORDS)}\b", re.IGNORECASE)
_SPEECH = re.compile(r"\b(?:said|says|told|announced|stated|reported|added|according)\b", re.IGNORECASE)
_DATE_WORD = re.compile(
    r"\b(?:1[89]\d\d|20\d\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan|Feb|March|April|June|July|Aug|Sept?|Oct|"
    r"Nov|Dec)\b"
)


def _log_months(days: int) -> float:
    return math.log1p(max(days, 0) / 30.0)


def entry_features(
    events: Sequence[Event],
    texts: Mapping[str, str],
    bounds: Sequence[tuple[date, date] | None],
    core: date | None,
    latest: date | None,
) -> list[list[float]]:
    """One row of :data:`FEATURES` per entry.

    Args:
        events: the story's entries (resolved or not; an unresolved one gets a row of its own).
        texts: the cleaned article texts by id (an entry's place in its article).
        bounds: each entry's first and last day (:func:`newsbrief.analyse.background.value_bounds`).
        core: the first day of the story's dated core, ``None`` when it has none.
        latest: the latest day any entry covers.
    """
    # words several sources use: what the story is about (a word of one source alone is its own detail)
    by_article: dict[str, set[str]] = {aid: set(content_stems(t)) for aid, t in texts.items()}
    df = Counter(s for stems in by_article.values() for s in stems)
    shared = {s for s, n in df.items() if n >= 2} if len(texts) > 1 else set()
    years: dict[int, set[str]] = {}
    for e, b in zip(events, bounds, strict=True):
        if b is not None:
            years.setdefault(b[1].year, set()).update(e.article_ids)
    rows = []
    for e, b in zip(events, bounds, strict=True):
        text, own = e.text, e.span.article_id
        stems = set(content_stems(text))
        length = max(len(texts.get(own, "")), 1)
        reference = core or latest
        before_core = (reference - b[1]).days if b and reference else 0
        before_latest = (latest - b[1]).days if b and latest else 0
        echo = len(years.get(b[1].year, set()) - {own}) if b else 0
        rows.append(
            [
                float(e.precision == "day"),
                float(e.precision == "week"),
                float(e.precision == "month"),
                float(e.precision == "year"),
                math.log(len(e.article_ids)),
                float(e.anchor != "none"),
                float(core is None),
                _log_months(before_core),
                _log_months(before_latest),
                float(b is not None and core is not None and b[1] >= core),
                float(re.search(r"\b\d{4}\b", e.date_text) is not None),
                e.span.start / length,
                float(_HISTORY.search(text) is not None),
                float(_SINCE.search(text) is not None),
                float(_OPENING_YEAR.match(text) is not None),
                float(_PAST_PERFECT.search(text) is not None),
                float(_FUTURE.search(text) is not None),
                float(_SPEECH.search(text) is not None),
                len(stems & shared) / len(stems) if stems else 0.0,
                math.log1p(echo),
                math.log1p(len(_DATE_WORD.findall(text))),
            ]
        )
    return rows
