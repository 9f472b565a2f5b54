"""Which sources are articles of the story: a document-level decision before any sentence is chosen.

Scraped sources are not all articles. Multi-News' raw sources include a web host's error page, a shop's
promo, a horoscope, cookie / paywall / "enable JavaScript" walls, video-player pages and real articles about
another story. The sentence-level checks (mined furniture, stand-alone rules, sentence quality) judge one
sentence at a time, and a page of well-formed promo sentences passes them; what gives such a page away is
the page as a whole: how little of it is story text, how short and list-like it is, how much of it splits
into debris (buttons, labels, headings), whether it addresses "you", and how little it shares with the
cluster's other sources.

:data:`FEATURES` are those signals, each computed from what the brief has already made (the cleaned text,
its story sentences and their eligibility, TF-IDF vectors of the cluster's documents), so nothing here is
tuned to one site or one story. Two logistic regressions were fitted on the development part of the
``docs`` labels (``benchmarks/doc_filter.py``, which writes ``data/pages.json``: weights, thresholds and how
they were chosen):

- ``summarise``: P(the source is an article of this story), on every feature; a source below its
  threshold (chosen on cross-validated development predictions for precision: a real article set apart
  costs more than a page let through) is not summarised;
- ``page``: P(the source is an article, of this story or another), on the page features alone; it only
  names the reason of a source set apart: "not an article" below its threshold, else "about another story".

A brief is never emptied: when every source would be set apart, the one most likely an article is kept,
with a warning that it may not be an article of the story (:func:`set_apart`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np

from newsbrief.logistic import Logistic
from newsbrief.model import Article, NotSummarised, Sentence
from newsbrief.package_data import read_json
from newsbrief.summarize.standalone import is_debris
from newsbrief.text.tokens import words
from newsbrief.text.vectors import tfidf_matrix

#: Page features: what the source is like, whatever the story.
PAGE_FEATURES = (
    "log_words",
    "log_sentences",
    "story_word_share",
    "eligible_share",
    "eligible_word_share",
    "short_line_share",
    "open_line_share",
    "second_person",
    "interface_words",
    "mean_sentence_words",
    "debris_share",
)
#: Every feature of the ``summarise`` model: the page features, then how the source relates to the others.
FEATURES = (*PAGE_FEATURES, "similarity_max", "similarity_relative", "alone")

#: A line of fewer words than this is a menu item, a heading or a button, not a paragraph.
SHORT_LINE_WORDS = 5
_OPEN_END = re.compile(r"[.!?\"'’”)\]:]\s*$")
_SECOND = frozenset({"you", "your", "yours", "yourself"})
#: The words of a web page's own interface (sign-in, shop, player, consent): common on pages that are not
#: articles, rare in news text; a share, so an article that mentions "subscribe" or "cookies" once is not moved.
_INTERFACE = frozenset(
    "click tap sign login log account password email newsletter subscribe subscription subscribers cookies cookie "
    "javascript browser enable disabled app download video player playback rating rated shop cart checkout order "
    "shipping offer deal member membership page website site link links menu search home privacy terms help "
    "share comment comments follow like loading error".split()
)

#: Reasons a source is not summarised (``NotSummarised.reason``).
NOT_ARTICLE = "not-article"
OTHER_STORY = "other-story"


@dataclass(frozen=True, slots=True)
class PageModels:
    """The two shipped decisions of :mod:`newsbrief.summarize.pages`."""

    summarise: Logistic
    page: Logistic


@cache
def models() -> PageModels:
    """The shipped models (``data/pages.json``), read once."""
    doc = read_json("pages.json")
    return PageModels(
        Logistic.from_weights(doc["summarise"], FEATURES, "pages.json (summarise)"),
        Logistic.from_weights(doc["page"], PAGE_FEATURES, "pages.json (page)"),
    )


def page_features(article: Article, sentences: Sequence[Sentence], eligible: Sequence[bool]) -> list[float]:
    """The :data:`PAGE_FEATURES` of one cleaned source.

    Args:
        article: the cleaned source.
        sentences: its story sentences (split, datelines, furniture and other-language sentences dropped).
        eligible: for each of ``sentences``, whether it may go into a summary.
    """
    tokens = words(article.text)
    n_words = max(1, len(tokens))
    lengths = [len(words(s.text)) for s in sentences]
    lines = [ln for ln in article.text.splitlines() if ln.strip()]
    line_words = [len(ln.split()) for ln in lines]
    n_sent = len(sentences)
    return [
        math.log1p(n_words),
        math.log1p(n_sent),
        min(1.0, sum(lengths) / n_words),
        sum(eligible) / n_sent if n_sent else 0.0,
        min(1.0, sum(n for n, ok in zip(lengths, eligible, strict=True) if ok) / n_words),
        sum(1 for n in line_words if n < SHORT_LINE_WORDS) / len(lines) if lines else 1.0,
        sum(1 for ln in lines if not _OPEN_END.search(ln)) / len(lines) if lines else 1.0,
        sum(1 for t in tokens if t in _SECOND) / n_words,
        sum(1 for t in tokens if t in _INTERFACE) / n_words,
        sum(lengths) / n_sent if n_sent else 0.0,
        sum(1 for s in sentences if is_debris(s.text)) / n_sent if n_sent else 1.0,
    ]


def relation_features(articles: Sequence[Article]) -> list[list[float]]:
    """For each source: its highest TF-IDF cosine to another source, that relative to the best-connected
    other source's, and whether it is alone (a single source has nothing to be off-topic against)."""
    n = len(articles)
    if n < 2:
        return [[0.0, 1.0, 1.0] for _ in articles]
    matrix = tfidf_matrix([a.text for a in articles])
    sim = (matrix @ matrix.T).toarray()
    np.fill_diagonal(sim, 0.0)
    best = sim.max(axis=1)
    out = []
    for i in range(n):
        others = max((best[j] for j in range(n) if j != i), default=0.0)
        out.append([float(best[i]), float(best[i] / others) if others > 0 else 1.0, 0.0])
    return out


def features(
    articles: Sequence[Article], per_article: Sequence[Sequence[Sentence]], eligible: Sequence[Sequence[bool]]
) -> list[list[float]]:
    """The :data:`FEATURES` row of each source of one cluster."""
    relations = relation_features(articles)
    return [page_features(a, s, e) + r for a, s, e, r in zip(articles, per_article, eligible, relations, strict=True)]


def set_apart(
    articles: Sequence[Article],
    per_article: Sequence[Sequence[Sentence]],
    eligible: Sequence[Sequence[bool]],
    pages: PageModels | None = None,
) -> tuple[list[bool], list[NotSummarised], list[str]]:
    """Decide which sources are summarised.

    Returns:
        For each source whether it is summarised; the sources set apart with their reason; warnings
        (a source kept only because no other is left).
    """
    if not articles:
        return [], [], []
    pages = pages or models()
    rows = features(articles, per_article, eligible)
    p_story = [pages.summarise.probability(r) for r in rows]
    keep = [p >= pages.summarise.threshold for p in p_story]
    warnings: list[str] = []
    if not any(keep):
        best = max(range(len(articles)), key=lambda i: p_story[i])
        keep[best] = True
        art = articles[best]
        warnings.append(
            f"{art.where}: may not be an article of the story (P = {p_story[best]:.2f}); summarised "
            "because no other source is"
        )
    apart = []
    for art, row, ok in zip(articles, rows, keep, strict=True):
        if ok:
            continue
        if pages.page.accepts(row[: len(PAGE_FEATURES)]):
            apart.append(NotSummarised(art, OTHER_STORY, "an article about another story than the other sources"))
        else:
            apart.append(NotSummarised(art, NOT_ARTICLE, "a page that is not an article (little or no story text)"))
    return keep, apart, warnings
