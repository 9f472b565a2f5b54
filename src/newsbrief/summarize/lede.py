"""Whether a sentence is a feature's scene-setting lede: a place, a moment, one person's story, a question.

A hard news lede says what happened and who did it ("A Michigan prosecutor on Wednesday brought murder charges
against ..."); a feature opens on a scene ("Slowly but surely, a four-lane highway is beginning to take shape on
the sparsely populated Central Asian steppe."), an anecdote ("As a small boy, Theodore John Kaczynski feared
people and buildings."), a question or a look back, and states the news paragraphs later. Opening a brief, such
a sentence tells the reader nothing of the story: the last two blind readings' most common failure on political
news (BENCHMARKS.md, Session 14 lead). Selection rates sentences by their concepts and their standing alone, and a
scene reads alone well, so it cannot see one; ordering can keep it from leading
(:func:`~newsbrief.summarize.order.peg_first`).

A logistic regression over :data:`FEATURES` (cheap surface cues, no parser: the brief path loads no spaCy) was
fitted on labelled openings (``benchmarks/lede_labels.py``, ``tests/data/lede_labels.jsonl``: the first story
sentence of 230 articles of Multi-News val_raw, DUC 2004 task 5 and PolNeAR train, and the first two sentences
of the briefs of 260 val_raw and DUC task 5 stories, 519 sentences; ``scene`` against ``news``), which writes
``data/lede.json`` with the threshold chosen by cross-validation for precision. It is a weak reader: on the
held-out brief openings it found 1 of 10 scenes and took 5 news sentences for scenes (BENCHMARKS.md, Session
15, lede15), so the rule it serves only ever trades a scene for another source's lead, never for a detail.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from newsbrief.logistic import Logistic
from newsbrief.package_data import read_json
from newsbrief.summarize.quality import (  # the quality model's cues, the same
    CAPITALISED_NAME,
    DIGIT,
    FIRST_PERSON,
    SECOND_PERSON,
)
from newsbrief.summarize.standalone import SPEECH_VERBS, outside_quotes
from newsbrief.text.dates import NEWS_DAY_OR_WEEK
from newsbrief.text.tokens import WORD, capital_share

#: The features, in the order the shipped weights expect.
FEATURES = (
    "log_words",
    "news_day",
    "attribution",
    "news_verb",
    "past_participle",
    "digits",
    "capitals",
    "full_names",
    "first_person",
    "second_person",
    "question",
    "opens_with_quote",
    "scene_opener",
    "look_back",
    "this_here",
    "descriptive",
    "be_copula",
    "indefinite_opener",
)

#: Verbs of the events hard news reports, in the past or perfect; a feature's lede seldom has one.
_NEWS_VERB = re.compile(
    r"\b(?:announced|died|killed|arrested|charged|ruled|voted|won|lost|elected|appointed|nominated|resigned|"
    r"signed|approved|rejected|released|launched|filed|sued|agreed|warned|ordered|sentenced|convicted|"
    r"accused|found|named|passed|blocked|defeated|suspended|withdrew|withdrawn|unveiled|confirmed|denied|"
    r"reported|revealed|issued|raised|fell|rose|cut|shot|attacked|seized|fired|hired|quit|struck|hit|"
    r"opened|closed|canceled|cancelled|endorsed|called|urged|pleaded|indicted|acquitted|freed|rescued)\b",
    re.IGNORECASE,
)
_PARTICIPLE = re.compile(r"\b(?:has|have|had|was|were|been)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b", re.IGNORECASE)
#: How scenes and anecdotes open: "On a cold morning", "Early one evening", "As a small boy", "When ...", "Imagine",
#: "Slowly but surely", "There is", "For two years", "It was", "Standing in front of".
_SCENE_OPENER = re.compile(
    r"^(?:on an? \w+|early one|late one|one \w+ (?:morning|day|night|evening|afternoon)|as an? |when |imagine|"
    r"slowly|there (?:is|are|was|were)\b|for (?:two|three|four|five|six|\w+ty|many|years|decades)\b|it (?:is|was)\b|"
    r"\w+ing (?:in|on|at|before|behind|outside|inside)\b|these are|this is|in the \w+ of|if )",
    re.IGNORECASE,
)
#: A look back or forward as the hook: "Four years ago", "Sixteen years ago", "once", "in 1948".
_LOOK_BACK = re.compile(
    r"\b(?:\w+ (?:years|decades|months) ago|once|long before|a year ago|back in|in (?:19|18)\d\d)\b"
)
#: The writer on the spot: "this remote spit of land", "flew here", "this city".
_THIS_HERE = re.compile(r"\b(?:this (?!week|year|month|morning|afternoon|weekend|summer|fall|spring|winter)\w+|here)\b")
#: Words that paint rather than report.
_DESCRIPTIVE = frozenset(
    "remote quiet small tiny sprawling lush dusty bright dark sunny cold hot warm rainy muddy narrow wide "
    "empty crowded packed cheering sleepy bustling old ancient historic tree-lined rolling bare green grey gray "
    "soaring towering slowly usual famous legendary giant huge gleaming shabby humble iconic storied beloved "
    "young elderly little long".split()
)
_BE = frozenset("is are was were".split())
_QUOTE_OPENERS = "\"'‘“`"


def lede_row(text: str) -> list[float]:
    """The features of one sentence (see :data:`FEATURES`), read from its text alone."""
    text = text.strip()
    own = outside_quotes(text)
    tokens = [t.lower() for t in WORD.findall(own)]
    n_words = max(1, len(text.split()))
    return [
        math.log(n_words),
        float(bool(NEWS_DAY_OR_WEEK.search(own))),  # when the reported event happened
        float(bool(SPEECH_VERBS.search(own)) or "according to" in own.lower()),
        float(min(2, len(_NEWS_VERB.findall(own)))),
        float(bool(_PARTICIPLE.search(own))),
        float(bool(DIGIT.search(own))),
        capital_share(text),
        float(min(3, len(CAPITALISED_NAME.findall(own)))),
        float(any(t in FIRST_PERSON for t in tokens)),
        float(any(t in SECOND_PERSON for t in tokens)),
        float("?" in own),
        float(text[:1] in _QUOTE_OPENERS),
        float(bool(_SCENE_OPENER.match(text))),
        float(bool(_LOOK_BACK.search(own))),
        float(bool(_THIS_HERE.search(own))),
        float(min(3, sum(t in _DESCRIPTIVE for t in tokens))),
        float(any(t in _BE for t in tokens[:8])),
        float(bool(tokens) and tokens[0] in ("a", "an")),
    ]


@lru_cache(maxsize=1)
def _model() -> Logistic:
    return Logistic.from_weights(read_json("lede.json"), FEATURES, "data/lede.json")


def scene_probability(text: str) -> float:
    """Probability that ``text`` is a scene-setting or anecdotal lede rather than news (or anything else)."""
    return _model().probability(lede_row(text))


def sets_the_scene(text: str) -> bool:
    """Whether ``text`` is a scene-setting lede at the shipped threshold (chosen on the fitting part for precision)."""
    return _model().accepts(lede_row(text))
