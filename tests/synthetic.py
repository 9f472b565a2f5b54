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


#: A horror remake's review, all verdicts in its writer's voice, and a news report of the same film (the genre and
#: judgement tests).
REVIEW = (
    "I went into this remake expecting the worst, and I was not disappointed. "
    "The new film has none of the first movie's charm, and the acting is terrible. "
    "Its director seems to think that more blood makes a scarier picture. "
    "You will probably laugh more than you scream, which is a strange thing to say about a horror film. "
    "The cabin looks gorgeous, the score is relentless, and the script is a mess. "
    "Frankly, I would rather watch the original again, wooden performances and all. "
    "Fans of the genre deserve better than this tired, joyless exercise."
)
NEWS_REPORT = (
    "The remake opened in 2,000 theaters on Friday, the studio said. "
    "It took $25 million over the weekend, according to Box Office Mojo, ahead of two family films. "
    "The film was shot in New Zealand over 70 days in 2012, the production company said in a statement. "
    'Its director, Fede Alvarez, told reporters that "I wanted it to feel real, so we used almost no CGI." '
    "The studio plans to release the film in 40 more countries in May. "
    "The original, directed by Sam Raimi, cost about $350,000 to make in 1979. "
    "Raimi served as a producer on the remake, the studio said."
)
#: A lively feature story (a news report by its genre) with plain facts among its evaluative sentences.
FEATURE_STORY = (
    "Down a quiet country road stands the old mill that Maria Lopez bought last spring. "
    "Inside, the kitchen is bright and beautifully restored, every beam sanded by hand. "
    "Growing up, Lopez had little money and fewer chances. "
    "She was determined to open a bakery of her own. "
    "The bakery opened its doors in the old mill in the summer. "
    "Neighbours line up before dawn for the famous sourdough. "
    "Her bread is now sold in shops across the valley."
)
