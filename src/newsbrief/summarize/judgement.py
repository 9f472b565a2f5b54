"""Is this sentence its writer's own judgement? A sentence-level model for the "in the view of X's writer" note.

The writer's-verdict model (:mod:`newsbrief.summarize.opinion`) scores sentences for the quality model and the
genre model as well as for the note, and half its weight is on its article's rates: a lively news feature lifts its
plainest sentences over the note's bar, and a column's verdict with no evaluative adjective ("In short, Keurig 2.0
isn't the iPhone.") stays under it (BENCHMARKS.md, session 13, opinion14). The unit of a writer's judgement is
the sentence, so this model is fitted on the sentence labels themselves (every candidate sentence of the trust
benchmark's development clusters, ``opinion`` against every other label) with the evidence a reader uses:

- the verdict model's features (the writer's "I"/"we"/"you" outside quotations, evaluative adjectives, hedges
  and intensifiers, attribution, quotation, digits, and the article's rates of them);
- the forms a verdict takes without an evaluative adjective: a superlative or a comparative, an evaluative word
  after "is"/"are" ("the film is dull"), a modal of obligation or likelihood ("should", "would"), a hedge
  ("appears", "arguably"), a stance marker ("in short", "of course", "frankly"), a prediction ("will");
- whose view it is: a quotation, "according to", a sentence inside a quotation opened earlier;
- what kind of piece the source is: its P(opinion piece) (:mod:`newsbrief.summarize.genre`) and whether it
  declares itself one, alone and with the sentence's own evaluative evidence.

``benchmarks/judgement.py`` fits it with cross-validation grouped by cluster and chooses the threshold by the
issue's cost (an opinion shown as fact costs 1, a wrong note ``WRONG_NOTE_COST``); it writes ``data/judgement.json``.
The model only decides notes (and with ``opinion="omit"`` what is left out): the summary sentences are the same.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Mapping, Sequence
from functools import lru_cache

import numpy as np

from newsbrief.logistic import Logistic
from newsbrief.model import Sentence
from newsbrief.package_data import read_json
from newsbrief.summarize.opinion import (
    ARTICLE_FEATURES,
    SENTENCE_FEATURES,
    article_features,
    positions_by_article,
    shipped_lexicon,
)
from newsbrief.summarize.standalone import outside_quotes, quote_states
from newsbrief.text.lexicon import DENYING_PRONOUNS, subset
from newsbrief.text.tokens import WORD, read_by_words

_MODAL = frozenset("should shouldn't must mustn't ought would wouldn't could couldn't might may can't cannot".split())
#: Adjectives of measure, time and place: their "-est" and "-er" forms rank a fact ("the latest figures", "the
#: largest plant", "later than expected"), not a verdict, though the subjectivity lexicon rates some of them
#: ("late" 0.6). "other" and "rather" before "than" are no comparative at all.
_MEASURE = frozenset(
    "late early new old young large big small high low long short near close far fast slow wide deep tall few "
    "rich poor heavy light hot cold warm recent quick".split()
)
_NOT_COMPARATIVE = frozenset("other rather".split())
#: A word compared to a number ("greater than 60 percent", "higher than $5", "better than 3-to-1"): a measure, not a
#: verdict, whatever the lexicon says of the word. The word pattern holds no digits, so this reads the text.
_THAN_A_NUMBER = re.compile(
    r"\b([A-Za-z]+)\s+than\s+(?:about\s+|almost\s+|nearly\s+|roughly\s+)?[$£€]?\d", re.IGNORECASE
)
#: Contractions whose "'s" / "'re" is the verb "is" / "are" (a possessive "'s" is not: "Trump's week").
_CONTRACTED_COPULA = frozenset(
    "it's that's he's she's there's here's what's who's where's this's they're you're we're".split()
)
_HEDGE = frozenset(
    "seems seem seemed appears appear appeared apparently arguably likely unlikely perhaps possibly presumably "
    "suggests suggest supposedly".split()
)
_STANCE = re.compile(
    r"\b(?:in short|of course|after all|in fact|indeed|frankly|honestly|simply put|to be sure|at least|"
    r"no doubt|sadly|unfortunately|fortunately|thankfully|alas|needless to say|let's face it|the truth is|"
    r"it's (?:clear|hard to|easy to|worth)|the problem is|the point is|the question is)\b",
    re.IGNORECASE,
)
_FUTURE = frozenset("will won't going".split())
_NEGATION = frozenset("not n't never no".split()) | subset(DENYING_PRONOUNS, "nothing none nobody")
_COPULA = frozenset("is are was were be been being isn't aren't wasn't weren't".split()) | _CONTRACTED_COPULA
_QUOTE_MARK = re.compile(r"[\"“”]")
_ACCORDING = re.compile(r"\baccording to\b", re.IGNORECASE)

#: The features of one sentence besides the verdict model's, in the order the weights expect.
EXTRA_FEATURES = (
    "superlative",
    "comparative",
    "copula_evaluative",
    "modal",
    "hedge",
    "stance",
    "future",
    "negation",
    "quotation_marks",
    "according_to",
    "inside_quote",
    "log_words",
    "first_in_article",
    "position",
)
#: What kind of piece the source is, alone and with the sentence's own evidence.
SOURCE_FEATURES = ("genre_probability", "declared", "genre_x_subjective", "genre_x_attribution", "genre_x_modal")
FEATURES = (
    *SENTENCE_FEATURES,
    *(f"article_{n}" for n in ARTICLE_FEATURES),
    *EXTRA_FEATURES,
    *SOURCE_FEATURES,
)


def _evaluative(word: str, lexicon: Mapping[str, float]) -> bool:
    return lexicon.get(word, 0.0) >= 0.5


def _graded_base(word: str, suffix: str, lexicon: Mapping[str, float]) -> str | None:
    """The lexicon adjective ``word`` is the ``suffix`` ("est"/"er") form of ("silliest" -> "silly", "biggest" ->
    "big"), or ``None``."""
    if not word.endswith(suffix) or len(word) <= len(suffix) + 2:
        return None
    stem = word[: -len(suffix)]
    for base in (stem, stem + "e", stem[:-1] + "y" if stem.endswith("i") else ""):
        if base in lexicon:
            return base
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in lexicon:  # "biggest"
        return stem[:-1]
    return None


def _ranks_a_verdict(word: str, suffix: str, lexicon: Mapping[str, float]) -> bool:
    base = _graded_base(word, suffix, lexicon)
    return base is not None and base not in _MEASURE


def _superlative(tokens: Sequence[str], lexicon: Mapping[str, float]) -> bool:
    """ "best", "worst", "most"/"least" + a word, or an "-est" form of a lexicon adjective that is no measure
    ("greatest" yes, "latest" no)."""
    for k, t in enumerate(tokens):
        if t in ("best", "worst"):
            return True
        if t in ("most", "least") and k + 1 < len(tokens) and tokens[k + 1] in lexicon:
            return True
        if len(t) > 5 and _ranks_a_verdict(t, "est", lexicon):
            return True
    return False


def _comparative(tokens: Sequence[str], lexicon: Mapping[str, float], measured: Collection[str] = ()) -> bool:
    """ "better", "worse", "more/less" + an adjective, or an "-er" form of a lexicon adjective that is no measure
    before "than" ("sillier than" yes; "later than", "other than", "rather than" no); none of them where ``measured``
    (compared to a number)."""
    for k, t in enumerate(tokens):
        if t in measured:
            continue
        if t in ("better", "worse"):
            return True
        if t in ("more", "less") and k + 1 < len(tokens) and _evaluative(tokens[k + 1], lexicon):
            return True
        if t == "than" and k > 0:
            prev = tokens[k - 1]
            if prev in _NOT_COMPARATIVE or prev in measured:
                continue
            if len(prev) > 4 and _ranks_a_verdict(prev, "er", lexicon):
                return True
    return False


def _modal(raw_tokens: Sequence[str]) -> bool:
    """A modal of obligation or likelihood; "May" capitalised is the month or a name, not the verb."""
    return any(t.lower() in _MODAL and t != "May" for t in raw_tokens)


def _future(tokens: Sequence[str]) -> bool:
    """ "will", "won't", "going", or a contracted "'ll" ("we'll"), which the word pattern keeps whole."""
    return any(t in _FUTURE or t.endswith("'ll") for t in tokens)


def extra_features(
    text: str, *, inside_quote: bool, index: int, count: int, lexicon: Mapping[str, float] | None = None
) -> list[float]:
    """The features of :data:`EXTRA_FEATURES` of one sentence (``index`` of ``count`` in its article)."""
    lex = shipped_lexicon() if lexicon is None else lexicon
    own = "" if inside_quote else outside_quotes(text)
    raw = [t.replace("\u2019", "'") for t in WORD.findall(own)]
    tokens = [t.lower() for t in raw]
    words = set(tokens)
    measured = {m.lower() for m in _THAN_A_NUMBER.findall(own)}
    copula_evaluative = any(
        t in _COPULA and any(_evaluative(u, lex) and u not in measured for u in tokens[k + 1 : k + 4])
        for k, t in enumerate(tokens)
    )
    return [
        float(_superlative(tokens, lex)),
        float(_comparative(tokens, lex, measured)),
        float(copula_evaluative),
        float(_modal(raw)),
        float(bool(words & _HEDGE)),
        float(bool(_STANCE.search(own))),
        float(_future(tokens)),
        float(bool(words & _NEGATION) or any(t.endswith("n't") for t in tokens)),
        float(bool(_QUOTE_MARK.search(text))),
        float(bool(_ACCORDING.search(text))),
        float(inside_quote),
        math.log1p(len(text.split())),
        float(index == 0),
        index / max(1, count - 1),
    ]


def feature_rows(
    sentences: Sequence[Sentence],
    genre_probability: float,
    declared: bool,
    *,
    lexicon: Mapping[str, float] | None = None,
) -> np.ndarray:
    """Rows of :data:`FEATURES` for the sentences of one article, in order."""
    if not sentences:
        return np.zeros((0, len(FEATURES)))
    base = article_features(sentences, lexicon=None if lexicon is None else dict(lexicon))
    states = quote_states(sentences)
    subj = SENTENCE_FEATURES.index("subjective_max")
    attr = SENTENCE_FEATURES.index("attribution")
    out = []
    for k, (s, st, b) in enumerate(zip(sentences, states, base, strict=True)):
        extra = extra_features(s.text, inside_quote=st[0], index=k, count=len(sentences), lexicon=lexicon)
        modal = extra[EXTRA_FEATURES.index("modal")]
        g = genre_probability
        out.append([*b, *extra, g, float(declared), g * b[subj], g * b[attr], g * modal])
    return np.array(out)


@lru_cache(maxsize=1)
def _logistic() -> Logistic:
    return Logistic.from_weights(read_json("judgement.json"), FEATURES, "data/judgement.json")


def default_threshold() -> float:
    """P(own judgement) at or above which a sentence is noted (``data/judgement.json``: the least dev CV cost)."""
    return _logistic().threshold


def judgement_scores(
    sentences: Sequence[Sentence], genre_probabilities: Mapping[str, float], declared: Collection[str] = ()
) -> list[float]:
    """P(the sentence is its writer's own judgement) for sentences of any articles, in input order.

    Args:
        sentences: the sentences, grouped by article inside (the article's rates and positions are features).
        genre_probabilities: article id -> P(opinion piece) (:func:`newsbrief.summarize.genre.opinion_probabilities`).
        declared: ids of sources that declare themselves opinion pieces (``genre.declares_opinion``).
    A sentence mostly in a script the English word features do not read scores 0, as in the verdict model.
    """
    model = _logistic()
    scores = [0.0] * len(sentences)
    for aid, positions in positions_by_article(sentences).items():
        group = [sentences[k] for k in positions]
        x = feature_rows(group, genre_probabilities.get(aid, 0.0), aid in declared)
        for k, p in zip(positions, model.probabilities(x), strict=True):
            scores[k] = float(p) if read_by_words(sentences[k].text) else 0.0
    return scores
