"""Which language an article or a sentence is in, so a brief is written in one language.

The brief is built in the language of most of its sources; articles in another language are listed
as sources not summarised (with a warning), and a sentence in another language inside an article
(a Dutch quote in an English report, a foreign-language widget) is not a summary sentence.

Identification is py3langid (Lui & Baldwin 2012, langid.py, with its model shipped in the wheel).
Loading that model costs ~1.6 s, so a cheap test comes first: English prose is about 40 % function
words ("the", "of", "said"...), so a text whose share of English stopwords is high is English
without asking the model. The model is loaded only for the rare text that fails that test, and its
answer counts only when it is confident (it calls a list of names German with probability 0.07).
"""

from __future__ import annotations

from functools import cache

from newsbrief.text.tokens import STOPWORDS, words

#: Share of English stopwords above which a text is taken as English without the model. Measured on
#: the 20,510 sentences of the Multi-News raw validation set: English sentences of 8+ words sit
#: almost all above 0.2.
ENGLISH_STOPWORD_SHARE = 0.2
#: A sentence shorter than this is not tested (too little evidence either way).
MIN_WORDS = 8
#: Probability the model must give a language before a sentence counts as in that language.
MIN_PROBABILITY = 0.9


@cache
def _identifier():  # pragma: no cover - trivial
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _stopword_share(tokens: list[str]) -> float:
    return sum(t in STOPWORDS for t in tokens) / len(tokens) if tokens else 0.0


def language_of(text: str, *, default: str = "en") -> str:
    """The ISO 639-1 code of ``text``'s language, or ``default`` when the evidence is too thin.

    English is recognised from its function words without loading the model.
    """
    tokens = words(text)
    if len(tokens) < MIN_WORDS:
        return default
    if _stopword_share(tokens) >= ENGLISH_STOPWORD_SHARE:
        return "en"
    # Names and numbers carry no language: test only texts that are mostly lower-case words.
    lower = [w for w in text.split() if w[:1].islower()]
    if len(lower) < MIN_WORDS // 2:
        return default
    lang, probability = _identifier().classify(text)
    return lang if probability >= MIN_PROBABILITY else default


def majority_language(texts: list[str]) -> str:
    """The language most of ``texts`` are in (ties: English, then the first text's)."""
    return majority([language_of(t) for t in texts])


def majority(langs: list[str]) -> str:
    """The most frequent of ``langs`` (ties: English, then the first one's)."""
    counts = {lang: langs.count(lang) for lang in langs}
    best = max(counts.values(), default=0)
    winners = [lang for lang in langs if counts[lang] == best]
    return "en" if "en" in winners else (winners[0] if winners else "en")
