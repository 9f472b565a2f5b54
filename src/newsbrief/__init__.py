"""newsbrief: many news reports of one story in, one cited brief out.

>>> import newsbrief
>>> articles = newsbrief.read_articles("reports/")          # doctest: +SKIP
>>> result = newsbrief.brief(articles, words=150)           # doctest: +SKIP
>>> for sentence in result.summary:                         # doctest: +SKIP
...     print(sentence.text, sentence.article_ids)
"""

from newsbrief._version import __version__
from newsbrief.config import BriefConfig
from newsbrief.errors import (
    ConfigError,
    EmptyInputError,
    InputError,
    InputTooLargeError,
    MissingDependencyError,
    NewsbriefError,
)
from newsbrief.ingest import Cluster, read_articles, read_clusters
from newsbrief.model import Article, Brief, Quote, Sentence, Span, SummarySentence
from newsbrief.pipeline import Briefer, brief
from newsbrief.quoting import quotes
from newsbrief.render import render

__all__ = [
    "Article",
    "Brief",
    "BriefConfig",
    "Briefer",
    "Cluster",
    "ConfigError",
    "EmptyInputError",
    "InputError",
    "InputTooLargeError",
    "MissingDependencyError",
    "NewsbriefError",
    "Quote",
    "Sentence",
    "Span",
    "SummarySentence",
    "__version__",
    "brief",
    "quotes",
    "read_articles",
    "read_clusters",
    "render",
]
