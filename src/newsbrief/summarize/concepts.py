"""Concepts and their weights for the coverage objective of Gillick & Favre (2009).

"A Scalable Global Model for Summarization" (Gillick & Favre, ILP for NLP workshop 2009): a
summary is good when it covers many *concepts* (stemmed word bigrams) that many documents of the
cluster contain; each concept counts once, however many chosen sentences contain it, which is what
removes redundancy. We add a position prior (news leads carry the story): a concept's credit from a
document is larger when it first appears early in that document (after Gillick et al. 2009, ICSI
at TAC, who counted concepts in the first sentences more).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from newsbrief.model import Sentence
from newsbrief.text.tokens import STOPWORDS, stem, words

Concept = tuple[str, str]


def sentence_concepts(text: str) -> set[Concept]:
    """Stemmed bigrams of a sentence, dropping those made only of stopwords or punctuation digits."""
    toks = words(text)
    out: set[Concept] = set()
    for a, b in pairwise(toks):
        if a in STOPWORDS and b in STOPWORDS:
            continue
        out.add((stem(a), stem(b)))
    return out


@dataclass(frozen=True, slots=True)
class ConceptWeights:
    """How concept weights are computed.

    Attributes:
        position_weight: extra credit for a concept in the lead of a document, decaying with the
            sentence index (0 turns the prior off).
        position_decay: sentence index at which the lead bonus has fallen to 1/e.
        singleton_weight: multiplier for concepts found in one document only, when the cluster has
            several (1 = no discount; 0 = ignore them, as G&F do for df < 3 on 10 documents).
    """

    position_weight: float = 1.0
    position_decay: float = 5.0
    singleton_weight: float = 0.5

    def weigh(self, sentences: Sequence[Sentence]) -> tuple[list[set[Concept]], dict[Concept, float]]:
        """Concepts of each sentence and the weight of each concept in the cluster."""
        per_sentence = [sentence_concepts(s.text) for s in sentences]
        first_seen: dict[Concept, dict[str, int]] = {}
        for sent, concepts in zip(sentences, per_sentence, strict=True):
            for c in concepts:
                docs = first_seen.setdefault(c, {})
                if sent.article_id not in docs:
                    docs[sent.article_id] = sent.index
        n_docs = len({s.article_id for s in sentences})
        weights: dict[Concept, float] = {}
        for c, docs in first_seen.items():
            w = sum(
                1.0 + self.position_weight * math.exp(-idx / self.position_decay) for idx in docs.values()
            )
            if n_docs > 1 and len(docs) == 1:
                w *= self.singleton_weight
            if w > 0:
                weights[c] = w
        return per_sentence, weights
