"""The systems newsbrief is measured against, as :class:`~newsbrief.summarize.base.Selector` subclasses.

Every peer receives the same sentences (our cleaning and splitter), the same eligibility mask and
the same word budget as newsbrief, and fills the budget the same way (best-rated first, skipping a
sentence that would overflow, then back to source order), so the comparison isolates *which*
sentences each method rates highly:

- :class:`Lead`: the first sentence of each article in turn, then the second of each... (the
  classic news baseline, strong because news puts the story first);
- :class:`SumyLexRank`: LexRank (Erkan & Radev 2004, "LexRank: Graph-based Lexical Centrality as
  Salience in Text Summarization"), sumy's implementation, unchanged;
- :class:`SumyTextRank`: TextRank (Mihalcea & Tarau 2004, "TextRank: Bringing Order into Texts"),
  sumy's implementation, unchanged;
- :class:`GreedyOracle`: greedily adds the sentence that most raises ROUGE-1 + ROUGE-2 against the
  references, while it fits; the usual upper bound for picking whole sentences (it reads the
  references, so it is a yardstick, never a system).

sumy is handed our sentences and a tokenizer built on our word tokens because its default
tokenizer needs NLTK's punkt data, which cannot be downloaded here; its stemmer (Snowball English)
and stopword list are its own. Eligibility decision: the peers see the *same* mask as newsbrief
(standalone sentences of 6-80 words), because the mask is part of the shared sentence
preparation, not of a selection method; the graph methods still rate every sentence (the mask
only restricts what may be picked), as does newsbrief's concept weighting.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache

from newsbrief.errors import MissingDependencyError
from newsbrief.model import Sentence
from newsbrief.summarize.base import RatingSelector, Selector, greedy_fill
from newsbrief.text.tokens import stems, word_count

_WORD = re.compile(r"[A-Za-z0-9]+")


class Lead(Selector):
    """The lead baseline across articles: sentence 0 of every article, then sentence 1, and so on."""

    name = "lead"

    def select(self, sentences: Sequence[Sentence], words: int, eligible: Sequence[bool]) -> list[int]:
        order = sorted((i for i in range(len(sentences)) if eligible[i]), key=lambda i: (sentences[i].index, i))
        return greedy_fill(sentences, order, words)


class _OurTokenizer:
    """The tokenizer sumy asks for: words only (sentences are already ours)."""

    @staticmethod
    def to_words(text: str) -> list[str]:
        return _WORD.findall(text)

    @staticmethod
    def to_sentences(text: str) -> list[str]:  # pragma: no cover - sumy never calls it on our documents
        return [text]


@cache
def _sumy() -> tuple[object, frozenset[str]]:
    try:
        from sumy.nlp.stemmers import Stemmer
        from sumy.utils import get_stop_words
    except ImportError as err:
        raise MissingDependencyError("sumy", "eval") from err
    return Stemmer("english"), frozenset(get_stop_words("english"))


class _Sumy(RatingSelector):
    """Rate sentences with one of sumy's summarizers (its own rating code, called on our sentences)."""

    def _summarizer(self) -> object:
        raise NotImplementedError

    def _document(self, sentences: Sequence[Sentence]) -> object:
        from sumy.models.dom import ObjectDocumentModel, Paragraph
        from sumy.models.dom import Sentence as SumySentence

        tokenizer = _OurTokenizer()
        return ObjectDocumentModel([Paragraph([SumySentence(s.text, tokenizer) for s in sentences])])


class SumyLexRank(_Sumy):
    """sumy's LexRank (Erkan & Radev 2004): centrality in the thresholded idf-cosine sentence graph."""

    name = "lexrank"

    def rate(self, sentences: Sequence[Sentence]) -> list[float]:
        if not sentences:
            return []
        from sumy.summarizers.lex_rank import LexRankSummarizer

        stemmer, stop_words = _sumy()
        summarizer = LexRankSummarizer(stemmer)
        summarizer.stop_words = stop_words
        # The body of LexRankSummarizer.__call__ up to its ratings: sumy keys ratings by sentence
        # text, which would merge repeated sentences, so we keep them as a list.
        document = self._document(sentences)
        words = [summarizer._to_words_set(s) for s in document.sentences]
        tf = summarizer._compute_tf(words)
        idf = summarizer._compute_idf(words)
        matrix = summarizer._create_matrix(words, summarizer.threshold, tf, idf)
        if not matrix.any():
            # No sentence has a content word (sumy's power method would divide 0 by 0): no ranking.
            return [0.0] * len(sentences)
        return [float(x) for x in summarizer.power_method(matrix, summarizer.epsilon)]


class SumyTextRank(_Sumy):
    """sumy's TextRank (Mihalcea & Tarau 2004): PageRank over word-overlap sentence similarity."""

    name = "textrank"

    def rate(self, sentences: Sequence[Sentence]) -> list[float]:
        if not sentences:
            return []
        from sumy.summarizers.text_rank import TextRankSummarizer

        stemmer, stop_words = _sumy()
        summarizer = TextRankSummarizer(stemmer)
        summarizer.stop_words = stop_words
        matrix = summarizer._create_matrix(self._document(sentences))
        return [float(x) for x in summarizer.power_method(matrix, summarizer.epsilon)]


def _ngrams(tokens: Sequence[str], n: int) -> Counter:
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


class GreedyOracle(Selector):
    """Greedy ROUGE oracle: add the sentence that most raises mean(ROUGE-1, ROUGE-2) while it fits.

    Args:
        references: the reference summaries of this cluster.
        recall: maximise recall instead of F1 (for a recall evaluation such as DUC).

    Tokens are rouge-score's (lower-cased alphanumerics, Porter stems); with several references
    the objective is the mean over them.
    """

    name = "oracle"

    def __init__(self, references: Sequence[str], *, recall: bool = False) -> None:
        self.recall = recall
        self._refs = []
        for ref in references:
            toks = stems(ref)
            self._refs.append((_ngrams(toks, 1), _ngrams(toks, 2), max(1, len(toks)), max(1, len(toks) - 1)))

    def _value(self, hits: list[tuple[int, int]], n_own: tuple[int, int]) -> float:
        """mean over references and n of the F1 (or recall) given the clipped n-gram hits."""
        total = 0.0
        for (h1, h2), (_, _, n1, n2) in zip(hits, self._refs, strict=True):
            for h, n_ref, own in ((h1, n1, n_own[0]), (h2, n2, n_own[1])):
                r = h / n_ref
                if self.recall:
                    total += r
                else:
                    p = h / own if own else 0.0
                    total += 2 * p * r / (p + r) if p + r else 0.0
        return total / (2 * len(self._refs))

    def select(self, sentences: Sequence[Sentence], words: int, eligible: Sequence[bool]) -> list[int]:
        if not self._refs:
            return []
        lengths = [word_count(s.text) for s in sentences]
        candidates = [i for i in range(len(sentences)) if eligible[i] and lengths[i] <= words]
        grams = {i: (_ngrams(toks, 1), _ngrams(toks, 2)) for i in candidates for toks in [stems(sentences[i].text)]}
        own: list[Counter] = [Counter(), Counter()]
        hits = [(0, 0) for _ in self._refs]
        n_own = (0, 0)
        chosen: list[int] = []
        used = 0
        best_value = 0.0
        while True:
            best, best_gain, best_hits = -1, best_value, hits
            for i in candidates:
                if used + lengths[i] > words or i in chosen:
                    continue
                new_hits = []
                for (h1, h2), ref in zip(hits, self._refs, strict=True):
                    d = [0, 0]
                    for n in (0, 1):
                        for g, c in grams[i][n].items():
                            r = ref[n].get(g, 0)
                            if r:
                                s = own[n][g]
                                d[n] += min(s + c, r) - min(s, r)
                    new_hits.append((h1 + d[0], h2 + d[1]))
                n_new = (n_own[0] + sum(grams[i][0].values()), n_own[1] + sum(grams[i][1].values()))
                value = self._value(new_hits, n_new)
                if value > best_gain:
                    best, best_gain, best_hits = i, value, new_hits
            if best < 0:
                return chosen
            chosen.append(best)
            used += lengths[best]
            own[0].update(grams[best][0])
            own[1].update(grams[best][1])
            n_own = (sum(own[0].values()), sum(own[1].values()))
            hits, best_value = best_hits, best_gain


PEERS: dict[str, type[Selector]] = {"lead": Lead, "lexrank": SumyLexRank, "textrank": SumyTextRank}
