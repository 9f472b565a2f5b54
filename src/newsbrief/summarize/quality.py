"""How likely a sentence is to read well as a summary sentence: stand alone, be news, not be opinion.

The stand-alone rules (:mod:`.standalone`) refuse what is certain (an opening "He said", half a quotation,
debris); what they let through still fails often on the trust labels: a person by surname whose full name
the article gave earlier, "the company" pointing back, "also" or "another" presupposing an earlier fact,
a quotation with its speaker in another sentence, a writer's verdict. Each of these is a weak, cheap
signal; none alone is a rule worth enforcing (the first pass measured two such rules as filters: ROUGE
fell and the labelled rates did not). Together they rank sentences, and the selector prefers the better
ones (:class:`~newsbrief.summarize.ilp.ConceptILP`'s ``quality_weight``) instead of refusing the rest.

A logistic regression over :data:`FEATURES` was fitted on the development part of the trust labels,
``ok`` against every other label, on the sentences the stand-alone mask admits
(``benchmarks/sentence_quality.py``, which writes ``data/quality.json``: weights and how they were made), so
scoring needs numpy only and no model is loaded. The writer's-verdict probability of
:mod:`.opinion` is one feature.
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from newsbrief.logistic import Logistic
from newsbrief.model import Sentence
from newsbrief.package_data import read_json
from newsbrief.summarize.opinion import opinion_scores, positions_by_article
from newsbrief.summarize.standalone import (
    SPEECH_VERBS,
    depends_on_context,
    outside_quotes,
    quote_states,
    unresolved_pronoun,
)
from newsbrief.text.tokens import STOPWORDS, WORD, capital_share

#: The features, in the order the shipped weights expect.
FEATURES = (
    "relative_position",
    "lead",
    "log_words",
    "opens_dependent",
    "unresolved_pronoun",
    "pronouns_outside_quotes",
    "definite_opener",
    "definite_back_reference",
    "bare_surname",
    "courtesy_title_surname",
    "full_names",
    "first_person",
    "second_person",
    "quoted_share",
    "opens_with_quote",
    "inside_quote",
    "presupposition",
    "attribution",
    "furniture_words",
    "imperative_opener",
    "caption_cue",
    "capitals",
    "digits",
    "opinion",
    "article_opinion",
    "log_article_sentences",
)

_PRONOUN = re.compile(r"\b(?:he|she|him|his|her|hers|they|them|their|it|its)\b", re.IGNORECASE)
#: "The company said", "The move comes": a definite noun phrase opening the sentence, not a name ("The Times").
_DEFINITE_OPENER = re.compile(r"^[\"'‘“(]*the\s+[a-z]", re.IGNORECASE)
#: A definite noun phrase anywhere ("the company"), its noun in group 1: a referent the reader must already
#: know; the referents check reads the same (:mod:`.referents`).
DEFINITE = re.compile(r"\b[Tt]he\s+([a-z][a-z-]+)")
#: A capitalised word alone ("Corbyn").
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?:['’-][A-Za-z]+)?")
#: A given name and a surname ("Jeremy Corbyn", "George W. Bush": group 2 the surname); the scene-setting lede's
#: cue too (:mod:`.lede`), the same pattern.
CAPITALISED_NAME = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+) (?:[A-Z]\. )?([A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?)(?![\w-])")
_TITLE_SURNAME = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof)\.?\s+[A-Z][a-z]+")
FIRST_PERSON = frozenset("i me my mine myself we us our ours ourselves".split())
SECOND_PERSON = frozenset("you your yours yourself yourselves".split())
#: Words that presuppose something said before: "also", "another", "again", "the latest".
_PRESUPPOSE = frozenset("also too again another latest further still meanwhile other others same such".split())
#: Words of page furniture (widgets, promos, contact lines); learnt as evidence, never a rule on their own:
#: "Readers who subscribe to the paper's print edition..." is news in a story about newspapers.
_FURNITURE = frozenset(
    "click subscribe subscribers newsletter sign follow download app email e-mail contact tips tip photo photos "
    "caption credit image video watch read related advertisement copyright rights reserved cookies privacy "
    "twitter facebook instagram share comments comment updated".split()
)
DIGIT = re.compile(r"\d")
#: A promo or widget speaks to the reader: "Click below to sign", "Download the app now!", "Read on for".
_IMPERATIVE = frozenset(
    "click download read watch see sign subscribe follow share join get find learn check have take tap visit "
    "thank thanks please sponsored advertisement".split()
)
#: A photo caption describes a picture in the present tense, often with the full date it was taken:
#: "A woman kneels ... on Sunday", "Steve Gordon ... walks his dogs ... Thursday, Dec. 20, 2012."
_CAPTION_CUE = re.compile(
    r"\b(?:is|are) (?:seen|pictured|shown)\b|\b(?:poses|pose|looks on|look on|gestures|kneels|waves|watches as|"
    r"walks|stands|sits|arrives|speaks during|speaks at)\b|\b(?:picture|photograph|photo|image)\b"
    r"|\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.? \d{1,2}, \d{4}\b",
)


@lru_cache(maxsize=50_000)  # asked of each sentence by units and of each summary sentence by ordering
def speaks_to_reader(text: str) -> bool:
    """Whether a sentence addresses the reader the way page furniture does, in the writer's own words.

    The cues are the model's furniture signals that never describe an event: an imperative opener ("Click",
    "Sign up", "Shop ..." does not, "Please ..." does), "you"/"your" outside quotes, an exclamation outside
    quotes ("The choice to shop is always yours!"). A news sentence can carry one ("Your favorite fitness
    tracker may not be accurate, a study says"), so this is no eligibility rule: it only keeps such a sentence
    from opening a brief (:func:`~newsbrief.summarize.order.peg_first`), where a promo once outranked a lead.
    Furniture words ("video", "share") are left out: leads use them ("the MTV Video Music Awards").
    """
    own = outside_quotes(text)
    tokens = [t.lower() for t in WORD.findall(own)]
    return bool(tokens) and (tokens[0] in _IMPERATIVE or any(t in SECOND_PERSON for t in tokens) or "!" in own)


@lru_cache(maxsize=1)
def _model() -> Logistic:
    return Logistic.from_weights(read_json("quality.json"), FEATURES, "data/quality.json")


def _surnames_introduced(text: str) -> set[str]:
    """Surnames that ``text`` gives with a given name before them ("Corbyn" of "Jeremy Corbyn")."""
    return {m.group(2) for m in CAPITALISED_NAME.finditer(text) if m.group(1).lower() not in STOPWORDS}


def _bare_surname(text: str, introduced: set[str]) -> bool:
    """A surname the article introduced earlier, used here without its given name."""
    if not introduced:
        return False
    full = {m.group(2) for m in CAPITALISED_NAME.finditer(text)}
    for m in _CAPITALISED.finditer(text):
        word = m.group(0).rstrip("'’s")
        if word in introduced and word not in full:
            return True
    return False


def sentence_row(
    sentence: Sentence,
    *,
    n_sentences: int,
    inside_quote: bool,
    earlier_words: set[str],
    introduced: set[str],
    opinion: float,
    article_opinion: float,
) -> list[float]:
    """The features of one sentence (see :data:`FEATURES`) given what its article said before it.

    Args:
        sentence: the sentence.
        n_sentences: sentences in its article.
        inside_quote: it starts inside a quotation opened earlier.
        earlier_words: lower-cased words of the article's earlier sentences (a definite noun phrase whose
            noun came before points back: "the company").
        introduced: surnames the article's earlier sentences gave with a given name.
        opinion: its writer's-verdict probability; ``article_opinion`` the article's mean.
    """
    text = sentence.text.strip()
    own = outside_quotes(text)
    tokens = [t.lower() for t in WORD.findall(own)]
    n_words = max(1, len(text.split()))
    definite = [m.group(1) for m in DEFINITE.finditer(own) if m.group(1) not in STOPWORDS]
    return [
        sentence.index / max(1, n_sentences),
        float(sentence.index == 0),
        math.log(n_words),
        float(depends_on_context(text)),
        float(unresolved_pronoun(text)),
        float(min(3, len(_PRONOUN.findall(own)))),
        float(bool(_DEFINITE_OPENER.match(text))),
        float(any(w in earlier_words for w in definite)),
        float(_bare_surname(own, introduced)),
        float(bool(_TITLE_SURNAME.search(own))),
        float(min(3, len(_surnames_introduced(own)))),
        float(any(t in FIRST_PERSON for t in tokens)),
        float(any(t in SECOND_PERSON for t in tokens)),
        1.0 - len(own.split()) / n_words,
        float(text[:1] in "\"'‘“"),
        float(inside_quote),
        float(min(3, sum(t in _PRESUPPOSE for t in tokens))),
        float(bool(SPEECH_VERBS.search(text))),
        float(min(3, sum(t in _FURNITURE for t in tokens))),
        float(bool(tokens) and tokens[0] in _IMPERATIVE),
        float(min(2, len(_CAPTION_CUE.findall(text)))),
        capital_share(text),
        float(bool(DIGIT.search(text))),
        opinion,
        article_opinion,
        math.log(1 + n_sentences),
    ]


def article_rows(sentences: Sequence[Sentence], opinion: Sequence[float]) -> np.ndarray:
    """Feature rows for the sentences of one article, in reading order."""
    if not sentences:
        return np.zeros((0, len(FEATURES)))
    states = quote_states(sentences)
    mean_opinion = float(np.mean(opinion))
    earlier: set[str] = set()
    introduced: set[str] = set()
    rows = []
    for sent, (inside, _), p in zip(sentences, states, opinion, strict=True):
        rows.append(
            sentence_row(
                sent,
                n_sentences=len(sentences),
                inside_quote=inside,
                earlier_words=earlier,
                introduced=introduced,
                opinion=p,
                article_opinion=mean_opinion,
            )
        )
        earlier |= {w.lower() for w in WORD.findall(sent.text)}
        introduced |= _surnames_introduced(sent.text)
    return np.array(rows)


def feature_matrix(sentences: Sequence[Sentence], opinion: Sequence[float] | None = None) -> np.ndarray:
    """Feature rows of sentences of any articles (grouped by article, each in reading order), in input order.

    ``opinion``: the writer's-verdict probability of each sentence when already computed (the brief has it).
    """
    opinion = opinion_scores(sentences) if opinion is None else opinion
    out = np.zeros((len(sentences), len(FEATURES)))
    for positions in positions_by_article(sentences).values():
        out[positions] = article_rows([sentences[k] for k in positions], [opinion[k] for k in positions])
    return out


def quality_scores(sentences: Sequence[Sentence], opinion: Sequence[float] | None = None) -> list[float]:
    """Probability that each sentence reads well as a summary sentence (labelled ``ok``), in input order."""
    if not sentences:
        return []
    return [float(p) for p in _model().probabilities(feature_matrix(sentences, opinion))]


class QualityCache:
    """The scores of the last sentence list scored, so one brief scores its sentences once.

    Selection asks for them (every re-selection of :class:`~newsbrief.summarize.repeats.WithoutRepeats`
    too) and ordering asks again; the brief primes the cache with the writer's-verdict scores it has
    already computed. Keyed on the identity of the list: a new brief's list is a new object. Kept per thread:
    briefs in threads of one process share a pipeline (a Dask worker's tasks, a library caller's threads), and
    a brief whose primed scores another thread's brief replaced would score its pool as plain sentences and
    select otherwise (6 val_raw briefs in 3 threads: 2 of 6 differed from the serial ones before).
    """

    def __init__(self) -> None:
        self._local = threading.local()

    @property
    def _last(self) -> tuple[Sequence[Sentence], list[float]] | None:
        return getattr(self._local, "last", None)

    @_last.setter
    def _last(self, last: tuple[Sequence[Sentence], list[float]]) -> None:
        self._local.last = last

    def scores(self, sentences: Sequence[Sentence], opinion: Sequence[float] | None = None) -> list[float]:
        """Quality scores of ``sentences`` (see :func:`quality_scores`)."""
        last = self._last
        if last is not None and last[0] is sentences:
            return last[1]
        last = (sentences, quality_scores(sentences, opinion))
        self._last = last
        return last[1]

    def forget(self) -> None:
        """Drop this thread's last list and its scores (``Selector.forget``): the list is the selection pool,
        which a huge story's brief should not hold through support and the analysis. The next ``scores``
        computes them again."""
        self._local.__dict__.pop("last", None)

    def prime(self, sentences: Sequence[Sentence], scores: list[float]) -> None:
        """Set the scores of ``sentences`` (a selection pool whose extra candidates take their scores from
        the sentences they are made of, :mod:`.units`), so selection does not score them as sentences."""
        if len(scores) != len(sentences):
            raise ValueError("one score per sentence")
        self._last = (sentences, scores)
