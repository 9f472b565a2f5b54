"""Is a source a news report or an opinion piece (a review, column, editorial, argued analysis, blog)?

The writer's-verdict model (:mod:`newsbrief.summarize.opinion`) judges one sentence at a time and was fitted
on sentence labels in which few opinion pieces appear, so it marks verdicts in news reports and misses plain
verdicts of reviews. A genre belongs to the whole source: a review's "The remake has none of the original's
charm" is the writer's view because the piece is a review. This module decides the genre of each source
from evidence that does not depend on the story, pooled over the article: the rates of the sentence
features (the writer's "I"/"we"/"you" outside quotes, evaluative adjectives, judgement words, attribution,
quotation, digits, questions and exclamations), the share of its sentences the verdict model flags and their
mean probability. A logistic regression over them was fitted on the development part of the genre labels
(``benchmarks/genre.py``, which writes ``data/genre.json`` with its threshold, the least cross-validated
cost of missed pieces and news reports marked), so scoring needs numpy only.

The genre is an attribute of the source, not a reason to leave it out: the brief uses it to decide which
sentences are shown with whose view they are (:func:`verdicts`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache

import numpy as np

from newsbrief.logistic import Logistic
from newsbrief.model import SOURCE_NOTE, Article, Sentence, SummarySentence
from newsbrief.package_data import read_json
from newsbrief.summarize.opinion import OPINION_PIECE as OPINION
from newsbrief.summarize.opinion import (
    SENTENCE_FEATURES,
    article_features,
    own_judgement,
    positions_by_article,
    quotes_named_speaker,
)
from newsbrief.text.letters import letters_page
from newsbrief.text.outlets import outlet_name
from newsbrief.text.page_parts import sign_off

NEWS = "news"

#: The article's mean of every sentence feature, then the verdict model's evidence and the length.
GENRE_FEATURES = (
    *(f"mean_{n}" for n in SENTENCE_FEATURES),
    "verdict_mean",
    "verdict_share",
    "speaker_turns",
    "log_sentences",
)
#: A transcript's or a Q&A's turn: "PRESIDENT OBAMA:", "GEORGE STEPHANOPOULOS:", "Q:", "MARTIN:". Its "I" and
#: "you" are the speakers', not a writer's, though no quotation mark says so.
_TURN = re.compile(r"^(?:[A-Z][A-Z.'’-]*\s){0,3}[A-Z][A-Z.'’-]*:\s")


#: The genre a source declares of itself, which the sentence-pooled model cannot see: the wire's label before its
#: headline ("EDITORIAL: RUBIN LEAVES THE TREASURY", "SPORTS COLUMN: STANDARDS ARE HIGH FOR MIA HAMM", "COMMENTARY:
#: HURRICANE HUGO", "NEWS ANALYSIS: ...") or a web page's ("Opinion | ...", "Review: ..."). A label after the headline
#: ("...: Editorial", Xinhua's) names what a report is about, not what it is. "Review:" alone heads news too, a
#: finding of an inquiry ("Review: Navy collisions were avoidable", "PENTAGON REVIEW: ..."): a review is one of a
#: work named in quotes ("Review: 'Evil Dead' remake ...") or of an art by its name ("BOOK REVIEW:"); and only a
#: news analysis is one ("COURT OPINION:", "DNA ANALYSIS:" head reports).
#: The arts a review or a critic is of, by name ("BOOK REVIEW:", "the paper's film critic").
_ARTS = r"(?i:book|film|movie|theat(?:er|re)|music|dance|opera|art|tv|television|record|concert|restaurant|food)"
_LABEL = re.compile(
    r"^(?:(?:[A-Z]+\s+)?(?:EDITORIAL|COMMENTARY|COLUMN|ESSAY)|OP-ED|OPINION|(?:NEWS\s+)?ANALYSIS"
    rf"|{_ARTS}\s+REVIEW"
    r"|(?:News\s+)?Analysis|Editorial|Commentary|Column|Op-Ed|Opinion|Essay)\s*[:|]\s"
    r"|^(?:REVIEW|Review)\s*[:|]\s+(?=[^'‘’\"“”`]{0,60}['‘\"“`])"
)
#: The lead-in of an editorial sent on the wire: "The New York Times said in an editorial for Thursday, May 13:", "...
#: for Sunday, Dec. 20:" (a month's abbreviation is no sentence's end). Its date is the editorial's, which the
#: timeline does not show as an event (:mod:`newsbrief.analyse._event_rules`).
EDITORIAL_LEAD = re.compile(
    r"(?:The\s+)?[A-Z][\w.’' -]{1,60}\s+said\s+in\s+an\s+editorial\b"
    r"(?:[^.!?:]|(?:(?<=\b[A-Z][a-z]{2})|(?<=\b[A-Z][a-z]{3}))\.){0,60}:"
)
#: The sign-off of a column or a review: the writer "is a [Globe] columnist / the paper's film critic" or "writes a
#: [trivia] column", in the article's last paragraph (bracketed or not). "Reporter" or "correspondent" says news,
#: and so do the past tense, a critic of no art and a commentator, which end news stories ("Sanders is a frequent
#: critic of Wall Street.", "He was a columnist for 30 years.", "Hannity is a Fox News commentator."): the five
#: sign-offs of DUC 2004 task 5 all say "is a ... columnist".
_COLUMNIST = sign_off(rf"columnist|{_ARTS}\s+critic|editorial\s+writer")
_WRITES_A_COLUMN = re.compile(r"^\(?\s*(?:[A-Z][\w.'’-]*\s){1,3}writes\s+an?\s+(?:\w+\s){0,2}column\b")

#: An op-ed's disclaimer near its end: "The views expressed by this author are their own and are not the views of The
#: Hill.", "The opinions expressed in this commentary are solely those of the author." It opens a sentence: told
#: inside one, it is a report of an op-ed's note ("CNN added a note saying the views expressed in this commentary are
#: solely those of the author.").
_DISCLAIMER = re.compile(
    r"(?:^|(?<=[.!?:(]))\s*(?:(?:the|any|all)\s+)?(?:views|opinions)\s+expressed\s+"
    r"(?:here|in\s+this\s+(?:\w+\s+)?(?:column|commentary|article|piece|essay|post)"
    r"|by\s+(?:this|the)\s+(?:author|writer|columnist|contributor)s?)\b[^.]{0,60}?\b(?:are|is)\s+(?:solely\s+|entirely\s+)?"
    r"(?:those\s+of\s+the\s+(?:author|writer)|(?:their|his|her|the\s+author['’]s|the\s+writer['’]s)\s+own)",
    re.IGNORECASE,
)
#: A film review's credits block: "Directed by ..." with the cast or the rating and running time in one paragraph
#: ("Drama. Starring Matt Damon ... Directed by Clint Eastwood. (PG-13. 129 minutes. ...)", "... Rated PG-13").
_DIRECTED = re.compile(r"\bDirected\s+by\b", re.IGNORECASE)
_CAST_OR_RATING = re.compile(
    r"\bStarring\b|\bRated\s+(?:G|PG|PG-13|R|NC-17)\b|\((?:G|PG|PG-13|R|NC-17)\.\s+\d{2,3}\s+minutes|\bRunning\s+time:?\s+\d"
)


def declares_opinion(article: Article) -> bool:
    """Whether a cleaned source says of itself that it is an opinion piece: a genre label before its headline, an
    editorial's lead-in or a letters page's label as its first paragraph, a columnist's or critic's sign-off as its
    last, an op-ed's disclaimer in its last four, or a film review's credits block. On the DUC 2004 task 5 newswire
    outside the reserved topics: 10 sources (5 labels, 2 lead-ins, 5 sign-offs; all opinion pieces); on Multi-News raw
    (documents without titles): 3, all labelled opinion (genre labels, development part); PolNeAR: 1 (an argued
    "Politifact: ..." piece)."""
    return declared_kind(article) is not None


#: What a declared piece is, by the word of its label: a wire's "COMMENTARY:" or a page's "Opinion |" says no more
#: than "opinion piece"; "OP-ED" is one.
_KIND_OF_LABEL = {"editorial": "editorial", "column": "column", "review": "review", "analysis": "analysis"}
_CRITIC = re.compile(r"critic\b", re.IGNORECASE)


def declared_kind(article: Article) -> str | None:
    """What a source that declares itself an opinion piece (:func:`declares_opinion`) says it is: "editorial", "letters
    to the editor", "column", "review", "analysis" or "opinion piece" (a commentary, an op-ed, a disclaimer); ``None``
    for a source that declares nothing. The source note names it ("from the Times's column"), a claim the source itself
    makes."""
    if article.title and (label := _LABEL.match(article.title.strip())):
        words = label.group(0).lower()
        return next((kind for word, kind in _KIND_OF_LABEL.items() if word in words), "opinion piece")
    paragraphs = [p.strip() for p in article.text.split("\n\n")]
    first, last = paragraphs[0], paragraphs[-1]
    if EDITORIAL_LEAD.fullmatch(first):
        return "editorial"
    if letters_page(article):
        return "letters to the editor"
    if len(last) <= 300 and (_COLUMNIST.match(last) or _WRITES_A_COLUMN.match(last)):
        return "review" if _CRITIC.search(last) else "column"
    if any(_DIRECTED.search(p) and _CAST_OR_RATING.search(p) for p in paragraphs):
        return "review"
    if any(_DISCLAIMER.search(p) for p in paragraphs[-4:]):
        return "opinion piece"
    return None


def source_note(article: Article) -> str:
    """The note on every summary sentence of a source taken for an opinion piece, a claim about the source only:
    "from Variety's review" where it declares its kind, "from Variety's opinion piece" / "from an opinion piece"
    where only the genre model takes it for one (it cannot tell a review from a column)."""
    kind = declared_kind(article) or "opinion piece"
    outlet = outlet_name(article.outlet)
    if outlet:
        return f"{SOURCE_NOTE}{outlet}'s {kind}"
    return f"{SOURCE_NOTE}{'an' if kind[0] in 'aeiou' else 'a'} {kind}"


@lru_cache(maxsize=1)
def _model() -> dict:
    return read_json("genre.json")


@lru_cache(maxsize=1)
def _logistic() -> Logistic:
    return Logistic.from_weights(_model(), GENRE_FEATURES, "data/genre.json")


def default_threshold() -> float:
    """P(opinion piece) at or above which a source is taken for one (``data/genre.json``: the least CV cost)."""
    return _logistic().threshold


def genre_features(
    sentences: Sequence[Sentence], verdict_scores: Sequence[float], verdict_threshold: float
) -> list[float]:
    """The features of one source (see :data:`GENRE_FEATURES`).

    Args:
        sentences: the source's sentences, in order.
        verdict_scores: the writer's-verdict probability of each sentence.
        verdict_threshold: the probability at which the verdict model flags a sentence.
    """
    if not sentences:
        return [0.0] * len(GENRE_FEATURES)
    rows = article_features(sentences)[:, : len(SENTENCE_FEATURES)]
    scores = np.asarray(verdict_scores, dtype=float)
    return [
        *(float(v) for v in rows.mean(axis=0)),
        float(scores.mean()),
        float((scores >= verdict_threshold).mean()),
        sum(1 for s in sentences if _TURN.match(s.text)) / len(sentences),
        math.log1p(len(sentences)),
    ]


def opinion_probabilities(
    sentences: Sequence[Sentence], verdict_scores: Sequence[float], verdict_threshold: float
) -> dict[str, float]:
    """P(opinion piece) of each source, keyed by article id, for the sentences of any articles."""
    groups = positions_by_article(sentences)
    if not groups:
        return {}
    x = np.array(
        [
            genre_features([sentences[k] for k in ks], [verdict_scores[k] for k in ks], verdict_threshold)
            for ks in groups.values()
        ]
    )
    return {aid: float(p) for aid, p in zip(groups, _logistic().probabilities(x), strict=True)}


def source_genres(
    sentences: Sequence[Sentence],
    verdict_scores: Sequence[float],
    verdict_threshold: float,
    genre_threshold: float | None = None,
    articles: Sequence[Article] = (),
    wire: Collection[str] = frozenset(),
) -> dict[str, str]:
    """:data:`OPINION` or :data:`NEWS` for each source (keyed by article id).

    Args:
        genre_threshold: P(opinion piece) at which a source is one; the shipped threshold by default.
        articles: the cleaned sources; one that declares itself an opinion piece (:func:`declares_opinion`) is one
            whatever the model says (the model reads the story sentences only, not the label or the sign-off).
        wire: ids of the sources that declare themselves a news agency's copy
            (:func:`newsbrief.text.wire.declares_wire_copy`): news, whatever the model says, unless the source
            also declares itself an opinion piece (an agency's "COMMENTARY:").
    """
    cut = default_threshold() if genre_threshold is None else genre_threshold
    probs = opinion_probabilities(sentences, verdict_scores, verdict_threshold)
    declared = {a.id for a in articles if declares_opinion(a)}
    return {aid: OPINION if aid in declared or (p >= cut and aid not in wire) else NEWS for aid, p in probs.items()}


def verdicts(
    sentences: Sequence[Sentence],
    verdict_scores: Sequence[float],
    genres: Mapping[str, str],
    *,
    news_threshold: float,
    opinion_threshold: float,
    own_judgement_in_news: bool = False,
) -> list[bool]:
    """Whether each sentence is taken for its writer's verdict, by the genre of its source.

    A sentence of an opinion piece needs less evidence (``opinion_threshold``) than one of a news report
    (``news_threshold``), where a lively adjective is far likelier to be colour than the writer's verdict. A news
    report's sentence needs, besides, a sign of judgement of its own (:func:`own_judgement`) where
    ``own_judgement_in_news`` is true: what its article's rates make likely is not this sentence's judging (off by
    default, ``BriefConfig.news_note_needs_judgement``). An opinion piece's plain sentences stay judged by the piece.
    """
    judges = own_judgement(sentences) if own_judgement_in_news else [True] * len(sentences)
    return [
        p >= opinion_threshold if genres.get(s.article_id) == OPINION else p >= news_threshold and own
        for s, p, own in zip(sentences, verdict_scores, judges, strict=True)
    ]


def news_judged(
    sentences: Sequence[Sentence],
    verdict: Sequence[bool],
    genres: Mapping[str, str],
    judgement: Sequence[float],
    cut: float,
) -> list[bool]:
    """The verdicts with every sentence of a source taken for a news report decided by the sentence-level judgement
    model instead (``BriefConfig.news_note_judgement``): noted where its score is at least ``cut``.

    61 of the 71 wrong notes of the dev briefs were news-report sentences over the verdict model's bar, which half
    reads the article's rates ("Donald J. Trump reeled on Sunday amid a sustained campaign of criticism" is a news
    lede); the judgement model reads the sentence's own forms of judgement. An opinion piece's sentences stay judged
    by the piece (BENCHMARKS.md, session 19, notes22).
    """
    return [
        v if genres.get(s.article_id) == OPINION else j >= cut
        for s, v, j in zip(sentences, verdict, judgement, strict=True)
    ]


def unnoted_voices(
    sentences: Sequence[Sentence], verdict: Sequence[bool], wire: Collection[str], genres: Mapping[str, str]
) -> list[bool]:
    """The verdicts less those whose view is not the writer's whatever the models read
    (``BriefConfig.voice_check``): every sentence of a news agency's copy that the genre decision left news
    (``wire``, :func:`newsbrief.text.wire.declares_wire_copy`: the host's "writer" did not write it, and the agency
    reports), and every sentence that is a quotation with its named speaker
    (:func:`newsbrief.summarize.opinion.quotes_named_speaker`: the speaker's view). Session 17's blind reading
    marked 9 notes of 44 summary sentences wrong, most of them of these two kinds."""
    return [
        v and not (s.article_id in wire and genres.get(s.article_id) != OPINION) and not quotes_named_speaker(s.text)
        for s, v in zip(sentences, verdict, strict=True)
    ]


def kept_out_of_news(
    sentences: Sequence[Sentence],
    verdict_scores: Sequence[float],
    probabilities: Mapping[str, float],
    declared: frozenset[str] | set[str],
    *,
    piece_cut: float,
    verdict_cut: float,
) -> list[bool]:
    """Which sentences a news brief leaves out: the judgements of a source that may be an opinion piece.

    Notes on single sentences are wrong more often than right, and an unnoted verdict of a column the genre model
    only half believes in ("Publicly, it's clear that HQ Trivia's viral ride is over.", P(opinion piece) 0.82) is
    shown as fact. Where the story is also told by news reports, the brief need not take either risk: a sentence
    of a source whose P(opinion piece) is at least ``piece_cut`` (or that declares itself one) and that the verdict
    model scores at or above ``verdict_cut`` (the opinion-piece threshold) is left out, and the news reports carry
    the facts. A brief is a news brief where more than half of its sources are below ``piece_cut`` and declare
    nothing: a cluster of reviews keeps its sentences (and their notes), as does a single source.

    Args:
        probabilities: P(opinion piece) of each source (:func:`opinion_probabilities`).
        declared: ids of the sources that declare themselves opinion pieces (:func:`declares_opinion`).
    """
    pieces = {aid for aid, p in probabilities.items() if p >= piece_cut or aid in declared}
    if not probabilities or 2 * len(pieces) >= len(probabilities):
        return [False] * len(sentences)
    return [s.article_id in pieces and p >= verdict_cut for s, p in zip(sentences, verdict_scores, strict=True)]


def note_sources(summary: Sequence[SummarySentence], articles: Sequence[Article]) -> list[SummarySentence]:
    """Show every summary sentence of a source taken for an opinion piece with where it is from (``opinion="source"``).

    The note claims what the genre decision knows, that the source is a review or a column, not that this sentence
    is its writer's verdict: the sentence model's notes on single sentences were right 83 of 336 times on unlabelled
    briefs (BENCHMARKS.md, session 12, view13). Sentences of news reports carry no note.
    """
    notes = {a.id: source_note(a) for a in articles if a.genre == OPINION}
    return [
        replace(item, view_of=notes[item.source.article_id]) if item.source.article_id in notes else item
        for item in summary
    ]
