"""Small shared wording helpers for every renderer: citation numbers, source labels, counts."""

from __future__ import annotations

from collections.abc import Iterable

from newsbrief.model import SOURCE_NOTE, Article, Brief, Entity, Event, Fact, NotSummarised, SummarySentence
from newsbrief.text.dates import display
from newsbrief.text.outlets import outlet_name


def citation_numbers(brief: Brief) -> dict[str, int]:
    """Article id -> the 1-based number a reader sees in "[1]"; sources keep their input order."""
    return {art.id: k for k, art in enumerate(brief.sources, start=1)}


def cite(sentence: SummarySentence, numbers: dict[str, int]) -> str:
    """ "[1][3]": the numbers of every source that carries the sentence, ascending."""
    return "".join(f"[{n}]" for n in sorted({numbers[a] for a in sentence.article_ids}))


def matched_in(k: int, n_sources: int) -> str:
    """What the support check matched, and only that: "found in 2 sources; not matched in the other 2".

    A source not matched may still say it in other words (the same-fact threshold is strict), so the
    wording never reads "reported by 1 of 4", which a reader takes for "the other three do not say it".
    """
    if n_sources == 1:
        return "single source"
    if k >= n_sources:
        return f"found in all {n_sources} sources"
    return f"found in {k} source{'s' if k != 1 else ''}; not matched in the other {n_sources - k}"


def agreement(sentence: SummarySentence, n_sources: int) -> str:
    """The agreement note of a summary sentence (:func:`matched_in` of its sources)."""
    return matched_in(sentence.n_sources, n_sources)


def view_note(sentence: SummarySentence) -> str:
    """ "in the view of Variety's writer" for a writer's verdict (``view_of``), "from Variety's review" for a sentence
    of an opinion piece (a ``view_of`` opening with :data:`SOURCE_NOTE`); "" for a news sentence."""
    if not sentence.view_of:
        return ""
    return sentence.view_of if sentence.view_of.startswith(SOURCE_NOTE) else f"in the view of {sentence.view_of}"


def source_label(article: Article) -> str:
    """The title where known, else the file (or id) it came from."""
    return article.title or article.where


def not_summarised_line(item: NotSummarised) -> tuple[str, str]:
    """(the source as named in the source list, with its details; why it is not summarised)."""
    details = source_details(item.article)
    return source_label(item.article) + (f" ({details})" if details else ""), item.note


def source_details(article: Article) -> str:
    """ "outlet, 2019-02-18, https://..." from whatever metadata the article has."""
    parts = [p for p in (outlet_name(article.outlet), article.published, article.author, article.url) if p]
    return ", ".join(parts)


def display_sentence(text: str) -> str:
    """The sentence as shown: bullet-list sentences without final punctuation get a full stop."""
    text = text.strip()
    return text if text[-1:] in ".!?'\"’”)" else text + "."


def shown_parts(sentence: SummarySentence) -> list[tuple[str, bool]]:
    """The sentence as shown, in pieces: (text, whether the brief inserted it); insertions in brackets."""
    parts: list[tuple[str, bool]] = []
    pos = 0
    for ins in sorted(sentence.insertions, key=lambda i: i.at):
        before, after = ins.spacing(sentence.text)
        parts += [(sentence.text[pos : ins.at] + before, False), (f"[{ins.text}]", True), (after, False)]
        pos = ins.at + ins.replaces
    parts.append((sentence.text[pos:], False))
    shown = display_sentence("".join(p for p, _ in parts))
    tail = shown[len("".join(p for p, _ in parts)) :]
    return [(p, inserted) for p, inserted in parts if p] + ([(tail, False)] if tail else [])


def cite_ids(article_ids: Iterable[str], numbers: dict[str, int]) -> str:
    """ "[1][3]" for any set of article ids (facts, quotes, conflicts)."""
    return "".join(f"[{n}]" for n in sorted({numbers[a] for a in article_ids if a in numbers}))


def shared_facts(brief: Brief) -> list[Fact]:
    """Facts that two or more sources report, most widely reported first."""
    return [f for f in brief.facts if len(f.article_ids) >= 2]


def unique_facts_by_source(brief: Brief) -> dict[str, list[Fact]]:
    """For each source id (in source order), the facts only it reports."""
    out: dict[str, list[Fact]] = {a.id: [] for a in brief.sources}
    for fact in brief.facts:
        if len(fact.article_ids) == 1 and fact.article_ids[0] in out:
            out[fact.article_ids[0]].append(fact)
    return {k: v for k, v in out.items() if v}


#: What an entity's type reads where nothing in the text backs the tagger's label (``Entity.typed`` False: "Axanar",
#: a film, tagged ORG): the name is shown, its type is not claimed.
UNSETTLED = "type not settled"


def descriptors_by_source(entity: Entity, numbers: dict[str, int]) -> list[tuple[str, str]]:
    """(descriptor, "[1][2]") pairs: each distinct descriptor with the sources that use it."""
    seen: dict[str, set[str]] = {}
    for article_id, descriptor in entity.descriptors:
        seen.setdefault(descriptor, set()).add(article_id)
    return [(d, cite_ids(ids, numbers)) for d, ids in seen.items()]


def mention_summary(entity: Entity, numbers: dict[str, int]) -> str:
    """ "12 (8 in [1], 4 in [2])"."""
    total = sum(n for _, n in entity.mentions)
    parts = [f"{n} in [{numbers[a]}]" for a, n in entity.mentions if a in numbers]
    return f"{total} ({', '.join(parts)})" if len(parts) > 1 else str(total)


#: Under the timeline's "Background" heading: what its entries are.
BACKGROUND_NOTE = "Dated facts the sources mention as context, not events of this story."


def timeline_parts(brief: Brief) -> tuple[list[Event], list[Event]]:
    """The timeline's entries of the story itself, then its dated background (``Event.background``)."""
    return [e for e in brief.timeline if not e.background], [e for e in brief.timeline if e.background]


def event_when(event: Event) -> tuple[str, str]:
    """How an entry's date reads: the value ("18 Feb 2019", or the words as written when unresolved) and a note
    ("day, “on Monday”" or "date not resolved")."""
    if event.resolved and event.date:
        return display(event.date) or event.date, f"{event.precision}, “{event.date_text}”"
    return f"“{event.date_text}”", "date not resolved"
