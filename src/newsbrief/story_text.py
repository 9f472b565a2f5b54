"""The story text of a cleaned source: its sentences less what the page wraps around the story (datelines,
furniture, captions, a letters page's signatures, notices, the headline, deck, credits, bio and tweets), and
:class:`Sources`, a cluster's sources as the brief summarises them.

The second step of the brief (:class:`newsbrief.pipeline.Briefer`), after :mod:`newsbrief.ingest.sources`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from newsbrief.ingest.furniture import is_furniture
from newsbrief.model import Article, NotSummarised, Sentence
from newsbrief.summarize.standalone import after_notice
from newsbrief.text.language import language_of
from newsbrief.text.letters import letters_page, signatures
from newsbrief.text.page_parts import captions, item_markers, page_parts, record_abstract
from newsbrief.text.split import is_dateline, split_sentences
from newsbrief.text.splitters import DEFAULT_SPLITTER, Splitter


@dataclass(frozen=True, slots=True)
class Sources:
    """A cluster's sources as the brief summarises them: cleaned, in one language, articles of the story.

    ``sentences`` are the story sentences of ``articles`` in order, ``eligible`` says which may go into a
    summary; ``not_summarised`` are the sources set apart (another language, not an article, another
    story) and ``warnings`` what the reader is told (copies, empty sources, each source set apart).
    """

    articles: tuple[Article, ...]
    sentences: tuple[Sentence, ...]
    eligible: tuple[bool, ...]
    counts: dict[str, int]
    language: str
    not_summarised: tuple[NotSummarised, ...]
    warnings: tuple[str, ...]


def story_sentences(
    article: Article, *, language: str = "en", splitter: Splitter | str = DEFAULT_SPLITTER
) -> tuple[Sentence, ...]:
    """The sentences of a cleaned article that are story text: split, then the labels of a record's abstract
    (:func:`~newsbrief.text.page_parts.record_abstract`, before they go as datelines), datelines, page
    furniture (:mod:`newsbrief.ingest.furniture`), a letters page's signature lines
    (:func:`~newsbrief.text.letters.signatures`), sentences in another language than
    ``language``, the rest of a page notice's paragraph (:func:`~newsbrief.summarize.standalone.after_notice`)
    and the page's headline, deck, credits, bio, video blurb and tweets (:func:`~newsbrief.text.page_parts.page_parts`)
    dropped.

    Indexes are renumbered over what is kept, so a lead under a widget or a dateline is sentence 0; a live blog's
    item marker (:func:`~newsbrief.text.page_parts.item_markers`) leaves a hole, so units, pronouns and ordering
    read the item after it as a new story, not the sequel of the one before (they treat a hole as a sentence set
    apart).
    """
    split = split_sentences(article, splitter)
    signed = signatures(split) if letters_page(article) else [False] * len(split)
    datelines = [is_dateline(s.text) for s in split]
    kept = [
        s
        for s, abstract, caption, signature, dateline in zip(
            split, record_abstract(split), captions(split), signed, datelines, strict=True
        )
        if not abstract
        and not caption
        and not signature
        and not dateline
        and not is_furniture(s.text)
        and language_of(s.text, default=language) == language
    ]
    kept = [s for s, notice in zip(kept, after_notice(kept), strict=True) if not notice]
    # the paragraphs whose opening dateline is dropped: a lead under a deck may open with one
    dated = {s.paragraph for s, dateline in zip(split, datelines, strict=True) if dateline}
    story: list[Sentence] = []
    k = 0
    markers = item_markers(kept)
    for sent, part, marker in zip(kept, page_parts(kept, article.title, markers, dated), markers, strict=True):
        if marker and story:
            k += 1  # a live blog's next item: a hole in the numbering, as for a sentence set apart
        if not part:
            story.append(sent if sent.index == k else replace(sent, index=k))
            k += 1
    return tuple(story)
