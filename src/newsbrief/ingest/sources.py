"""A cluster's articles as the brief's sources: each cleaned, a page of readers' comments and a copy of an earlier
article dropped (with the warning the reader is shown), the rest in the one language most of them are in.

The first step of the brief (:class:`newsbrief.pipeline.Briefer`), which an evaluation and a benchmark that read
sources as a brief does share; what is story text in each source is :mod:`newsbrief.story_text`'s.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from newsbrief.ingest.clean import clean_text
from newsbrief.model import Article, NotSummarised
from newsbrief.text.dates import published_at
from newsbrief.text.language import language_of, majority
from newsbrief.text.reader_comments import without_comments
from newsbrief.text.tokens import jaccard, read_by_words, words

#: Word 5-gram Jaccard above which two articles are copies of one report (wire copies reprinted
#: by two outlets differ only in a headline or a byline; distinct reports stay far below 0.5).
DUPLICATE_JACCARD = 0.8


def _shingle_tokens(text: str) -> list[str]:
    """The tokens copies are compared by: words, or characters for a text mostly in another script.

    By its words, a Japanese or Russian report would be one gram, empty or the one Latin name it cites ("NHK",
    "Reuters"), and two such reports "copies" of each other.
    """
    return words(text) if read_by_words(text) else list("".join(text.split()))


def clean_articles(articles: Iterable[Article]) -> tuple[list[Article], list[str]]:
    """Clean each article's text, cut a page's readers' comments (:mod:`~newsbrief.text.reader_comments`: neither
    news nor the outlet's view); drop those left empty and copies of an earlier one.

    A shorter version of another source (a wire story cut to fit) is kept: dropped, it took with it the weight
    its sentences give the story's central facts (session 9: DUC 2004 R2 recall 10.25 -> 10.04, and a reader's
    brief lost its news peg; BENCHMARKS.md, "An editor's blind reading ... session 9").

    Returns:
        The cleaned articles and the warnings to show the reader.
    """
    kept: list[Article] = []
    shingles: list[set[tuple[str, ...]]] = []
    warnings: list[str] = []
    for art in articles:
        text = clean_text(art.text)
        title = " ".join(art.title.split()) if art.title else None
        if text and not (text := without_comments(text)):
            warnings.append(f"{art.where}: a page of readers' comments, no story text; skipped")
            continue
        if not text:
            warnings.append(f"{art.where}: nothing of the story is left after cleaning; skipped")
            continue
        toks = _shingle_tokens(text)
        # word 5-grams (built in C by zip); a text of fewer than five words is one gram of all of them
        grams = {tuple(toks)} if len(toks) < 5 else set(zip(toks, toks[1:], toks[2:], toks[3:], toks[4:], strict=False))
        # by position, not by id: ids a caller of the library passes need not be unique
        k = next((k for k, other in enumerate(shingles) if jaccard(grams, other) >= DUPLICATE_JACCARD), None)
        if k is not None:
            copy_of = kept[k].id
            if _later(art, kept[k]):  # the wire's later version corrects the earlier: it is the one read
                warnings.append(f"{kept[k].where}: an earlier version of {art.id}; counted once")
                kept[k], shingles[k] = replace(art, text=text, title=title), grams
            else:
                warnings.append(f"{art.where}: a copy of {copy_of}; counted once")
            continue
        kept.append(replace(art, text=text, title=title))
        shingles.append(grams)
    return kept, warnings


def _later(article: Article, other: Article) -> bool:
    """Whether ``article`` was published after ``other`` (both stamped).

    A news service sends a story again when it mends it: AP's "stressed Wednesday" of 03:39 is "stressed
    Tuesday" at 06:23 (DUC 2004 d132d), so of two copies the later one is read. A bare day says nothing of the
    hour: against it, only a later day is later (a copy stamped "1998-06-30T03:39" is no later than one stamped
    "1998-06-30", which may have been sent at noon).
    """
    a, b = published_at(article.published), published_at(other.published)
    if a is None or b is None:
        return False
    if _bare_day(article.published) or _bare_day(other.published):
        return a.date() > b.date()
    return a > b


def _bare_day(published: str | None) -> bool:
    """Whether a ``published`` value is a day without a time ("1998-06-30")."""
    return published is not None and "T" not in published.strip().upper() and " " not in published.strip()


def in_one_language(articles: Sequence[Article]) -> tuple[list[Article], list[NotSummarised], str]:
    """Keep the articles in the language most of them are in; set the others apart.

    A brief is written in one language: a source in another is listed as not summarised (with a
    warning) rather than mixed into the summary sentence by sentence.

    Returns:
        The articles kept, those set apart (reason ``"language"``), and the brief's language (ISO 639-1).
    """
    langs = [language_of(a.text) for a in articles]
    brief_lang = majority(langs)
    kept = [a for a, lang in zip(articles, langs, strict=True) if lang == brief_lang]
    apart = [
        NotSummarised(a, "language", f"written in another language ({lang}) than most sources ({brief_lang})")
        for a, lang in zip(articles, langs, strict=True)
        if lang != brief_lang
    ]
    return kept, apart, brief_lang
