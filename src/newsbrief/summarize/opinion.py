"""Whose view is it: the writer's own verdicts in reviews, columns and blogs.

A review or a column states the writer's judgement as plain sentences ("The new film has none of the
first movie's charm"); a brief that lifts such a sentence shows an opinion as if the news said it
(../shared/EDITOR.md, "opinion as fact"). The target allows two answers: leave it out, or say whose
view it is. This module scores each sentence for being the writer's own verdict, from evidence that
does not depend on the story:

- the writer's voice outside quotations ("I", "we", "you");
- evaluative language: adjectives rated subjective (>= 0.5) in the Pattern subjectivity lexicon
  (De Smedt & Daelemans 2012, as shipped by TextBlob, PDDL; tuned on reviews), counted outside quotes;
- hedges, intensifiers and modals of judgement ("should", "probably", "pretty", "worst");
- the signs of reporting that point the other way: an attribution verb ("said", "according to"),
  quotation, numbers;
- the same rates over the whole article, since a verdict is far likelier in a piece written as one.

A logistic regression over these features was fitted on the development part of the trust labels
(``benchmarks/opinion.py``, which writes ``data/opinion.json``: the lexicon, the weights and how they
were made), so scoring needs numpy only and no model is loaded.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

import numpy as np

from newsbrief.analyse.quote_spans import find_quote_spans
from newsbrief.logistic import Logistic
from newsbrief.model import Article, Sentence, SummarySentence
from newsbrief.package_data import read_json
from newsbrief.summarize.standalone import SPEECH_VERBS, outside_quotes, quote_states
from newsbrief.text.letters import letters_page
from newsbrief.text.lexicon import SPEECH_WORDS
from newsbrief.text.outlets import outlet_name
from newsbrief.text.tokens import WORD, read_by_words

_FIRST_SINGULAR = frozenset("i me my mine myself i'm i've i'd i'll i’m i’ve i’d i’ll".split())
_FIRST_PLURAL = frozenset("we us our ours ourselves we're we've let's we’re we’ve let’s".split())
_SECOND = frozenset("you your yours yourself you're you'll you've you’re you’ll you’ve".split())
#: Someone named is speaking: a speech verb (the stand-alone rules' list), or a colon or comma that opens a
#: quotation ("... and blasted: 'I am disappointed ...'").
_QUOTE_INTRO = re.compile(r"[:,]\s*[\"“'‘]")
_JUDGEMENT = frozenset(
    "should must probably perhaps maybe surely might seems seem clearly obviously really very too so just "
    "quite pretty rather even never ever most best worst least less more".split()
)
_DIGIT = re.compile(r"\d")

#: Per-sentence features, in the order the weights expect; the article's mean of SENTENCE_FEATURES
#: named in ARTICLE_FEATURES follows them (prefixed ``article_``).
SENTENCE_FEATURES = (
    "first_singular",
    "first_plural",
    "second_person",
    "subjective_rate",
    "subjective_max",
    "attribution",
    "mostly_quoted",
    "exclamation",
    "question",
    "judgement_rate",
    "digits",
)
ARTICLE_FEATURES = (
    "first_singular",
    "first_plural",
    "second_person",
    "subjective_rate",
    "subjective_max",
    "attribution",
    "judgement_rate",
    "digits",
)


@lru_cache(maxsize=1)
def _model() -> dict:
    return read_json("opinion.json")


@lru_cache(maxsize=1)
def shipped_lexicon() -> dict[str, float]:
    """Adjective -> subjectivity as shipped in ``data/opinion.json`` (the lexicon the verdict and judgement models
    were fitted with: one copy for both). Cached and shared: do not mutate."""
    return dict(_model()["lexicon"])


@lru_cache(maxsize=1)
def _logistic() -> Logistic:
    features = list(SENTENCE_FEATURES) + [f"article_{n}" for n in ARTICLE_FEATURES]
    return Logistic.from_weights(_model(), features, "data/opinion.json")


def sentence_features(text: str, *, inside_quote: bool = False, lexicon: dict[str, float] | None = None) -> list[float]:
    """The features of one sentence (see :data:`SENTENCE_FEATURES`).

    Args:
        text: the sentence.
        inside_quote: the sentence starts inside a quotation opened earlier (all of it is someone's words).
        lexicon: adjective -> subjectivity; the shipped one by default.
    """
    if lexicon is None:
        return list(_shipped_features(text, inside_quote))
    return _features(text, inside_quote, lexicon)


@lru_cache(maxsize=50_000)  # each sentence is asked twice per brief: the verdict scores and the source's genre
def _shipped_features(text: str, inside_quote: bool) -> tuple[float, ...]:
    return tuple(_features(text, inside_quote, shipped_lexicon()))


def _features(text: str, inside_quote: bool, lexicon: dict[str, float]) -> list[float]:
    own = "" if inside_quote else outside_quotes(text)
    tokens = [t.lower() for t in WORD.findall(own)]
    n = max(1, len(tokens))
    subjectivity = [lexicon[t] for t in tokens if t in lexicon]
    return [
        float(any(t in _FIRST_SINGULAR for t in tokens)),
        float(any(t in _FIRST_PLURAL for t in tokens)),
        float(any(t in _SECOND for t in tokens)),
        10.0 * sum(s >= 0.5 for s in subjectivity) / n,
        max(subjectivity, default=0.0),
        float(bool(SPEECH_VERBS.search(text) or _QUOTE_INTRO.search(text))),
        float(len(own.split()) < 0.5 * len(text.split())),  # quotations are blanked, not removed
        float("!" in own),
        float("?" in own),
        10.0 * sum(t in _JUDGEMENT for t in tokens) / n,
        float(bool(_DIGIT.search(text))),
    ]


def article_features(sentences: Sequence[Sentence], *, lexicon: dict[str, float] | None = None) -> np.ndarray:
    """Feature rows (sentence features, then the article's means) for the sentences of one article."""
    if not sentences:
        return np.zeros((0, len(SENTENCE_FEATURES) + len(ARTICLE_FEATURES)))
    states = quote_states(sentences)
    rows = np.array(
        [
            sentence_features(s.text, inside_quote=st[0], lexicon=lexicon)
            for s, st in zip(sentences, states, strict=True)
        ]
    )
    cols = [SENTENCE_FEATURES.index(name) for name in ARTICLE_FEATURES]
    means = rows[:, cols].mean(axis=0)
    return np.hstack([rows, np.tile(means, (len(rows), 1))])


def positions_by_article(sentences: Sequence[Sentence]) -> dict[str, list[int]]:
    """The positions in ``sentences`` of each article's sentences, articles in first-seen order.

    The writer's-verdict, quality and genre features are rates over an article's sentences, so each is
    computed on one article's sentences together and scattered back to input order.
    """
    out: dict[str, list[int]] = {}
    for k, s in enumerate(sentences):
        out.setdefault(s.article_id, []).append(k)
    return out


def opinion_scores(sentences: Sequence[Sentence]) -> list[float]:
    """Probability that each sentence is the writer's own verdict, for sentences of any articles.

    Sentences are grouped by article (the article's rates are features), scores come back in input order. A
    sentence mostly in a script the English word features do not read (Russian, Japanese) scores 0: with no
    evidence either way, each was taken for its writer's verdict.
    """
    model = _logistic()
    scores = [0.0] * len(sentences)
    for positions in positions_by_article(sentences).values():
        x = article_features([sentences[k] for k in positions])
        for k, p in zip(positions, model.probabilities(x), strict=True):
            scores[k] = float(p) if read_by_words(sentences[k].text) else 0.0
    return scores


#: The features that are the writer's own voice or judgement in the sentence itself, outside quotations: an
#: evaluative adjective, a hedge or intensifier, "I"/"we"/"you", "!" or "?". The article's rates, which weigh as
#: much in the verdict probability, say what kind of piece it is, not that this sentence judges.
_OWN_JUDGEMENT = (
    "first_singular",
    "first_plural",
    "second_person",
    "subjective_rate",
    "exclamation",
    "question",
    "judgement_rate",
)


def own_judgement(sentences: Sequence[Sentence]) -> list[bool]:
    """Whether each sentence shows, outside quotations, any sign of its writer's own judgement or voice.

    A news report's sentence can score as a verdict from its article's rates and the absence of reporting signs
    alone ("Paula's implants were removed in a procedure called an explant.", 0.50): with no evaluative word of its
    own, the note "in the view of X's writer" then tells a reported fact as a view. On the dev briefs 20 of the 65
    notes on news-report sentences labelled other than opinion had no such sign and none of the 5 labelled opinion;
    on view13's reading of unlabelled briefs, 51 of 189 wrong and 4 of 43 right (BENCHMARKS.md, session 13,
    opinion14). A sentence inside a quotation opened earlier is someone's words: no sign.
    """
    cols = [SENTENCE_FEATURES.index(name) for name in _OWN_JUDGEMENT]
    out = [False] * len(sentences)
    for positions in positions_by_article(sentences).values():
        group = [sentences[k] for k in positions]
        for k, s, (inside, _) in zip(positions, group, quote_states(group), strict=True):
            f = _shipped_features(s.text, inside)
            out[k] = any(f[c] > 0 for c in cols)
    return out


#: A speaker named beside a verb of saying, outside the quotation: '..., Trump said.', 'said Sen. Ted Cruz',
#: 'Clinton told reporters: ...' (one to four capitalised words; a pronoun is no name).
_SPEECH = "|".join(w.replace(" ", r"\s+") for w in SPEECH_WORDS)
_NAMED_SPEAKER = re.compile(
    rf"(?<![\w.])(?!(?:He|She|They|It|We|I|You|This|That|The|A|An)\b)(?:[A-Z][\w.'’-]*\s+){{0,3}}[A-Z][\w'’-]+"
    rf"(?:\s+(?:also|then|later|previously))?\s+(?:{_SPEECH})\b"
    rf"|\b(?:{_SPEECH})\s+(?!(?:He|She|They|It|We|I|You|The|A|An)\b)(?:[A-Z][\w.'’-]*\s+){{0,3}}[A-Z][\w'’-]+"
)
#: The share of a sentence's words a quotation must hold for the sentence to be the quotation: "Trump called the
#: deal 'a disaster,' Cruz said." is Cruz's view of Trump's words, but a writer who quotes three words in a
#: sentence of thirty has written the rest.
_QUOTED_SHARE = 0.5


def quotes_named_speaker(text: str) -> bool:
    """Whether a sentence is a quotation with its speaker named beside a verb of saying ('"We will win this
    state," Trump said.'): the view is the speaker's, never the writer's, and a note "in the view of X's writer" on
    it gives the reader the wrong holder (session 17's blind reading: a candidate's quotation so noted). Half of its
    words at least must be quoted, and the speaker named, not a pronoun: "he said" leaves whose words they are to
    a sentence the summary may not carry."""
    words = len(WORD.findall(text))
    quoted = sum(len(WORD.findall(text[a:b])) for a, b in find_quote_spans(text))
    if words == 0 or quoted < 3 or quoted < _QUOTED_SHARE * words:
        return False
    return bool(_NAMED_SPEAKER.search(outside_quotes(text)))


def default_threshold() -> float:
    """The shipped decision threshold (chosen on the development labels; see ``data/opinion.json``)."""
    return _logistic().threshold


#: ``Article.genre`` of a source taken for an opinion piece (:mod:`newsbrief.summarize.genre` decides it).
OPINION_PIECE = "opinion"


def holder(article: Article) -> str:
    """Whose view a verdict of ``article`` is, as a reader should see it ("Variety's writer").

    A source taken for an opinion piece says so ("Variety's writer (opinion piece)"): the reader learns the
    sentence comes from a review or a column, not a news report that judged. A letters page's verdicts are a
    reader's ("a reader writing to USA Today"). The outlet is named as a reader knows it (:func:`outlet_name`:
    "usa-today" is shown "USA Today").
    """
    outlet = outlet_name(article.outlet)
    if letters_page(article):
        return f"a reader writing to {outlet}" if outlet else "a reader writing to the paper"
    who = f"{outlet}'s writer" if outlet else "the writer"
    return f"{who} (opinion piece)" if article.genre == OPINION_PIECE else who


def attribute_views(
    summary: Sequence[SummarySentence],
    sentences: Sequence[Sentence],
    verdict: Sequence[bool],
    articles: Sequence[Article],
) -> list[SummarySentence]:
    """Mark each summary sentence taken from a writer's verdict with whose view it is.

    Args:
        summary: the summary sentences (their ``source`` spans index ``sentences`` by article and start).
        sentences: every sentence the summary was chosen from.
        verdict: for each of ``sentences``, whether it reads as the writer's own verdict.
        articles: the cleaned articles (their outlets name the holder).
    """
    flagged = {(s.article_id, s.start) for s, v in zip(sentences, verdict, strict=True) if v}
    by_id = {a.id: a for a in articles}
    return [
        replace(item, view_of=holder(by_id[item.source.article_id]))
        if (item.source.article_id, item.source.start) in flagged
        else item
        for item in summary
    ]
