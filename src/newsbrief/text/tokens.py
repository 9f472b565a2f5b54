"""Tokens, stems and stopwords, shared by selection, support and evaluation.

Tokenisation follows google ``rouge-score`` (lower-case, runs of ``[a-z0-9]``; Porter stems for
tokens longer than three characters) so that what the selector counts as a concept is what ROUGE
counts as a match. Stemming uses PyStemmer (Snowball's C implementation of Porter's algorithm):
it imports in a millisecond, where nltk's import alone takes ~1.8 s of a cold CLI run.
"""

from __future__ import annotations

import re
import string
from collections.abc import Set as AbstractSet
from functools import lru_cache

import Stemmer

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
#: A word of running text as the sentence rules read it (summarize: stand-alone, opinion, quality): a letter,
#: then letters, apostrophes and hyphens ("don't", "so-called").
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_STEMMER = Stemmer.Stemmer("porter")

# Function words that carry no content. A fixed list (not learnt), so that results do not depend
# on the corpus; it is the usual English list of determiners, pronouns, auxiliaries,
# prepositions and conjunctions, plus the reporting verbs that news uses in every sentence.
STOPWORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "aren",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "cannot",
        "could",
        "couldn",
        "did",
        "didn",
        "do",
        "does",
        "doesn",
        "doing",
        "don",
        "down",
        "during",
        "each",
        "either",
        "even",
        "ever",
        "every",
        "few",
        "for",
        "from",
        "further",
        "had",
        "hadn",
        "has",
        "hasn",
        "have",
        "haven",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "however",
        "i",
        "if",
        "in",
        "into",
        "is",
        "isn",
        "it",
        "its",
        "itself",
        "just",
        "least",
        "less",
        "let",
        "like",
        "made",
        "make",
        "many",
        "may",
        "me",
        "might",
        "more",
        "most",
        "much",
        "must",
        "my",
        "myself",
        "neither",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "often",
        "on",
        "once",
        "one",
        "only",
        "or",
        "other",
        "others",
        "otherwise",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "per",
        "rather",
        "s",
        "same",
        "shall",
        "shan",
        "she",
        "should",
        "shouldn",
        "since",
        "so",
        "some",
        "such",
        "t",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "though",
        "through",
        "thus",
        "to",
        "too",
        "under",
        "until",
        "up",
        "upon",
        "us",
        "very",
        "was",
        "wasn",
        "we",
        "were",
        "weren",
        "what",
        "when",
        "where",
        "whether",
        "which",
        "while",
        "who",
        "whom",
        "whose",
        "why",
        "will",
        "with",
        "within",
        "without",
        "won",
        "would",
        "wouldn",
        "yet",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "said",
        "says",
        "say",
        "saying",
        "told",
        "according",
        "mr",
        "mrs",
        "ms",
        "dr",
    ]
)


#: Texts whose tokens are kept: a sentence is tokenised by language identification, furniture, concepts,
#: TF-IDF and the same-fact features of one brief; this holds the sentences of a brief of ~8,000 (~16 MB).
TOKEN_CACHE = 8192


@lru_cache(maxsize=TOKEN_CACHE)
def _tokens(text: str) -> tuple[str, ...]:
    return tuple(_NON_ALNUM.sub(" ", text.lower()).split())


@lru_cache(maxsize=TOKEN_CACHE)
def _stems(text: str) -> tuple[str, ...]:
    return tuple(map(stem, _tokens(text)))


def words(text: str) -> list[str]:
    """Lower-cased alphanumeric tokens, as rouge-score tokenises."""
    return list(_tokens(text))


_POSSESSIVE = re.compile(r"['’]s?$")


def without_possessive(word: str) -> str:
    """A word without a possessive ending ("Autry's", "Lyons'", "Deep’s"): a name is the same name in either
    form, whether people are counted, values compared or spellings matched."""
    return _POSSESSIVE.sub("", word)


@lru_cache(maxsize=200_000)
def stem(token: str) -> str:
    """Porter stem of a lower-cased token; tokens of three characters or fewer are kept as they are."""
    return _STEMMER.stemWord(token) if len(token) > 3 else token


def stems(text: str) -> list[str]:
    """Stemmed tokens of ``text``, stopwords included (bigram concepts need them in place)."""
    return list(_stems(text))


def content_stems(text: str) -> list[str]:
    """Stemmed tokens of ``text`` without stopwords: the bag of words similarity works on."""
    return list(_content_stems(text))


@lru_cache(maxsize=TOKEN_CACHE)
def _content_stems(text: str) -> tuple[str, ...]:
    """Cached as the tokens are: a brief's TF-IDF is built over its pool, then over its sentences (whose texts are
    mostly the pool's) for support, and each sentence is filtered once instead of each time."""
    return tuple(s for t, s in zip(_tokens(text), _stems(text), strict=True) if t not in STOPWORDS)


def jaccard(a: AbstractSet[object], b: AbstractSet[object]) -> float:
    """Shared share of two sets (intersection over union); 0 when either is empty: nothing to share is no
    evidence of sameness (same-fact and conflict features, near-duplicate articles)."""
    return len(a & b) / len(a | b) if a and b else 0.0


_ASCII_UPPER = string.ascii_uppercase.encode()
_ASCII_LETTERS = string.ascii_letters.encode()


@lru_cache(maxsize=TOKEN_CACHE)  # asked of each sentence by debris, quality, lede and same-fact rules
def capital_share(text: str) -> float:
    """Share of ``text``'s letters that are capitals (0 without letters): a label or a box is mostly capitals.

    Counted in C (``filter``/``map`` over the string): this runs for every sentence, more than once. An ASCII text
    (three sentences in four) is counted by deleting its capitals, then its letters, from its bytes (half the time):
    its letters are A-Z and a-z and its capitals A-Z.
    """
    if text.isascii():
        raw = text.encode("ascii")
        capitals = len(raw) - len(raw.translate(None, _ASCII_UPPER))
        return capitals / max(1, len(raw) - len(raw.translate(None, _ASCII_LETTERS)))
    letters = "".join(filter(str.isalpha, text))
    return sum(map(str.isupper, letters)) / max(1, len(letters))


def word_count(text: str) -> int:
    """Words as a reader counts them (whitespace-separated): the unit of every budget."""
    return len(text.split())


@lru_cache(maxsize=TOKEN_CACHE)  # asked of each sentence by every same-fact matrix of a brief
def read_by_words(text: str) -> bool:
    """Whether :func:`words` reads most of ``text``: its tokens cover at least half its non-space characters.

    The tokeniser sees only Latin letters and digits, so a Japanese or Russian text is read, at most, by the
    Latin names it cites ("NHK", "Reuters"): two such texts would look alike, or be copies, by those alone.
    """
    return 2 * sum(map(len, _tokens(text))) >= len("".join(text.split()))
