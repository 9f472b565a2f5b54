"""Which language an article or a sentence is in, so a brief is written in one language.

The brief is built in the language of most of its sources; articles in another language are listed
as sources not summarised (with a warning), and a sentence in another language inside an article
(a Dutch quote in an English report, a foreign-language widget) is not a summary sentence.

Identification is py3langid (Lui & Baldwin 2012, langid.py, with its model shipped in the wheel).
Loading that model costs ~1.6 s, so a cheap test comes first: English prose is about 40 % function
words ("the", "of", "said"...), so a text whose share of English stopwords is high is English
without asking the model. The model is loaded only for the rare text that fails that test, and its
answer counts only when it is confident (it calls a list of names German with probability 0.07).

Evidence is counted in words for Latin-script text, but in letters for text written mostly in another
script: Japanese and Chinese put no spaces between words, and the word tokeniser (ASCII, as
rouge-score's) sees nothing in Cyrillic or Greek, so such a source used to fall through to the
default and be kept, or set apart as "not an article" instead of as "another language".
"""

from __future__ import annotations

from collections import Counter
from functools import cache

from newsbrief.text.tokens import STOPWORDS, words

#: Share of English stopwords above which a text is taken as English without the model. Measured on
#: the 20,510 sentences of the Multi-News raw validation set: English sentences of 8+ words sit
#: almost all above 0.2.
ENGLISH_STOPWORD_SHARE = 0.2
#: A sentence shorter than this is not tested (too little evidence either way).
MIN_WORDS = 8
#: Letters of scripts other than Latin a text needs before it is tested by those letters (a CJK
#: character carries about a word, a Cyrillic word about six letters: 20 is a short sentence in both).
MIN_OTHER_SCRIPT_LETTERS = 20
#: Share of a text's letters outside basic Latin above which the text is tested by its letters.
OTHER_SCRIPT_SHARE = 0.5
#: Varieties the model tells apart that are written alike and read as one language (ISO 639-3 code
#: to its macrolanguage): it splits a Mandarin sentence 0.65 zh / 0.35 wuu, below any confidence.
MACROLANGUAGE = {"wuu": "zh", "yue": "zh", "ary": "ar", "arz": "ar", "uzs": "uz"}
#: Probability the model must give a language before a sentence counts as in that language.
MIN_PROBABILITY = 0.9


@cache
def _identifier():  # pragma: no cover - trivial
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _stopword_share(tokens: list[str]) -> float:
    return sum(t in STOPWORDS for t in tokens) / len(tokens) if tokens else 0.0


def _classify(text: str, default: str) -> str:
    """The model's language for ``text`` (varieties summed into their macrolanguage) when confident."""
    totals: dict[str, float] = {}
    for lang, probability in _identifier().rank(text):
        code = MACROLANGUAGE.get(lang, lang)
        totals[code] = totals.get(code, 0.0) + probability
    lang = max(totals, key=totals.__getitem__)
    return lang if totals[lang] >= MIN_PROBABILITY else default


def _other_script_letters(text: str) -> int:
    """How many of ``text``'s letters are outside Latin, or 0 when they are not most of its letters.

    Asked of every article and every sentence: the characters are counted in C (``Counter``) and each distinct
    one is classified once, not each occurrence in a Python loop. An ASCII text (three sentences in four of
    Multi-News) has no letter outside a-z and A-Z, so it is not counted at all.
    """
    if text.isascii():
        return 0
    letters = other = 0
    for c, n in Counter(text).items():
        if c.isalpha():
            letters += n
            if not ("a" <= c.lower() <= "z" or "\u00c0" <= c <= "\u024f"):
                other += n
    return other if letters and other / letters >= OTHER_SCRIPT_SHARE else 0


def language_of(text: str, *, default: str = "en") -> str:
    """The ISO 639-1 code of ``text``'s language, or ``default`` when the evidence is too thin.

    English is recognised from its function words without loading the model; a text mostly in
    another script (CJK, Cyrillic, Arabic...) is tested by its letters, having few spaced words.
    """
    if _other_script_letters(text) >= MIN_OTHER_SCRIPT_LETTERS:
        return _classify(text, default)
    tokens = words(text)
    if len(tokens) < MIN_WORDS:
        return default
    if _stopword_share(tokens) >= ENGLISH_STOPWORD_SHARE:
        return "en"
    # Names and numbers carry no language: test only texts that are mostly lower-case words.
    lower = [w for w in text.split() if w[:1].islower()]
    if len(lower) < MIN_WORDS // 2:
        return default
    return _classify(text, default)


def majority_language(texts: list[str]) -> str:
    """The language most of ``texts`` are in (ties: English, then the first text's)."""
    return majority([language_of(t) for t in texts])


def majority(langs: list[str]) -> str:
    """The most frequent of ``langs`` (ties: English, then the first one's)."""
    counts = {lang: langs.count(lang) for lang in langs}
    best = max(counts.values(), default=0)
    winners = [lang for lang in langs if counts[lang] == best]
    return "en" if "en" in winners else (winners[0] if winners else "en")
