"""Invented news for tests (no data needed): stories for corpus mode, literal clusters for the selectors.

Each story has its own vocabulary; its words fill the templates' slots in a random order, so the
articles of one story share their words (one story) but not their word sequences (not near-duplicate
copies of each other). Importable from any test (pytest's ``pythonpath`` includes ``tests``).
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence

from newsbrief.model import Sentence
from newsbrief.summarize.base import Selector
from newsbrief.text.tokens import word_count

TOPICS = [
    ("Riverton", "council", "bridge", "flood", "engineers", "detour", "closure", "Wren"),
    ("Halvard", "glacier", "expedition", "climbers", "avalanche", "rescue", "helicopter", "summit"),
    ("Ostrava", "central", "bank", "inflation", "bonds", "rates", "governor", "currency"),
    ("Marisol", "hurricane", "landfall", "evacuation", "shelters", "power", "coast", "storm"),
    ("Kettering", "factory", "strike", "union", "wages", "workers", "negotiators", "shifts"),
    ("Belcourt", "museum", "painting", "theft", "curator", "auction", "police", "gallery"),
]
TEMPLATES = [
    "Officials in {0} said on Tuesday that the {1} {2} would be reviewed after the {3} this week.",
    "The {4} told reporters that the {5} in {0} had gone on longer than anyone expected.",
    "Residents of {0} gathered near the {2} as the {6} continued through the night.",
    "A spokesman for the {1} in {0} described the {7} as the most serious in a decade.",
    "Local leaders in {0} promised a full inquiry into the {3} and the handling of the {5}.",
    "Several witnesses in {0} said the {4} had warned about the {2} months before the {3}.",
]


def invented_articles(
    per_topic: int, *, topics: int, seed: int, templates: int = 5
) -> Iterator[tuple[int, int, tuple[str, ...], str]]:
    """``(topic index, round k, topic words, text)``: round by round, one article per story each round.

    Args:
        per_topic: articles per story.
        topics: how many of :data:`TOPICS` (stories) to use.
        seed: the random seed; the same arguments give the same texts.
        templates: how many of :data:`TEMPLATES` the four sentences of an article are drawn from.
    """
    rng = random.Random(seed)
    for k in range(per_topic):
        for t, topic in enumerate(TOPICS[:topics]):
            sentences = [s.format(*rng.sample(topic, len(topic))) for s in rng.sample(TEMPLATES[:templates], 4)]
            yield t, k, topic, "\n\n".join(sentences)


def sentences_of(texts: list[tuple[str, str]]) -> list[Sentence]:
    """Sentences of a literal cluster given as (article id, text) pairs, numbered within each article."""
    out, counts = [], {}
    for art, text in texts:
        k = counts.get(art, 0)
        counts[art] = k + 1
        out.append(Sentence(article_id=art, index=k, start=0, end=len(text), text=text))
    return out


def sentences_in(article_id: str, text: str) -> list[Sentence]:
    """The sentences of one literal article split at ". ", with their character offsets into ``text``."""
    out, pos = [], 0
    for k, part in enumerate(text.split(". ")):
        part = part if part.endswith(".") else part + "."
        start = text.index(part[:-1], pos)
        out.append(Sentence(article_id, k, start, start + len(part), part, 0))
        pos = start + len(part)
    return out


def article_sentences(aid: str, *texts: str, paragraphs: list[int] | None = None) -> list[Sentence]:
    """The sentences of one literal article, with offsets in the article joined by spaces."""
    out, pos = [], 0
    for k, text in enumerate(texts):
        out.append(Sentence(aid, k, pos, pos + len(text), text, paragraphs[k] if paragraphs else 0))
        pos += len(text) + 1
    return out


class TakeAll(Selector):
    """Every allowed sentence that fits, in order: makes a wrapping selector's
    refusals visible (the repeats and referents wrappers' tests)."""

    name = "all"

    def select(self, sentences: Sequence[Sentence], words: int, eligible: Sequence[bool]) -> list[int]:
        out, used = [], 0
        for i, s in enumerate(sentences):
            n = word_count(s.text)
            if eligible[i] and used + n <= words:
                out.append(i)
                used += n
        return out
