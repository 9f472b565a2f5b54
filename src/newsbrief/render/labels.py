"""Small shared wording helpers for every renderer: citation numbers, source labels, counts."""

from __future__ import annotations

from newsbrief.model import Article, Brief, SummarySentence


def citation_numbers(brief: Brief) -> dict[str, int]:
    """Article id -> the 1-based number a reader sees in "[1]"; sources keep their input order."""
    return {art.id: k for k, art in enumerate(brief.sources, start=1)}


def cite(sentence: SummarySentence, numbers: dict[str, int]) -> str:
    """ "[1][3]": the numbers of every source that carries the sentence, ascending."""
    return "".join(f"[{n}]" for n in sorted({numbers[a] for a in sentence.article_ids}))


def agreement(sentence: SummarySentence, n_sources: int) -> str:
    """ "reported by 2 of 3 sources"."""
    k = sentence.n_sources
    if n_sources == 1:
        return "single source"
    return f"reported by {k} of {n_sources} sources"


def source_label(article: Article) -> str:
    """The title where known, else the file (or id) it came from."""
    return article.title or (article.origin or article.id)


def source_details(article: Article) -> str:
    """ "outlet, 2019-02-18, https://..." from whatever metadata the article has."""
    parts = [p for p in (article.outlet, article.published, article.author, article.url) if p]
    return ", ".join(parts)


def display_sentence(text: str) -> str:
    """The sentence as shown: bullet-list sentences without final punctuation get a full stop."""
    text = text.strip()
    return text if text[-1:] in ".!?'\"’”)" else text + "."
