"""Markdown: the default output. Numbered citations after each sentence, then the analysis sections
(people, quotes, agreement, timeline: the story's events, then its dated background) when the brief was
analysed, then the source list."""

from __future__ import annotations

from newsbrief.model import Brief, Event, Span
from newsbrief.render.labels import (
    BACKGROUND_NOTE,
    UNSETTLED,
    agreement,
    citation_numbers,
    cite,
    cite_ids,
    descriptors_by_source,
    display_sentence,
    event_when,
    mention_summary,
    not_summarised_line,
    shared_facts,
    source_details,
    source_label,
    timeline_parts,
    unique_facts_by_source,
    view_note,
)

#: People and organisations listed (most mentioned first); the JSON and HTML have them all.
MAX_ENTITIES = 25
#: Unique facts listed per source (the most novel); the JSON and HTML have them all.
MAX_UNIQUE = 5
#: Sources quoted per side of a conflict (each by its first sentence giving the value); the other sources on that
#: side are cited (the HTML quotes every sentence).
MAX_SIDE_QUOTES = 2


def _escape(text: str) -> str:
    """Keep article text from being read as Markdown markup (links, emphasis, HTML)."""
    for ch in "\\`*_[]<>#|":
        text = text.replace(ch, "\\" + ch)
    return text


def _people(brief: Brief, numbers: dict[str, int]) -> list[str]:
    if not brief.entities:
        return []
    lines = ["## People and organisations", "", "| Who | Type | How the sources describe them | Mentions |"]
    lines.append("|---|---|---|---|")
    for ent in brief.entities[:MAX_ENTITIES]:
        described = "; ".join(f"{_escape(d)} {c}" for d, c in descriptors_by_source(ent, numbers)) or "—"
        kind = ent.label if ent.typed else UNSETTLED
        lines.append(f"| {_escape(ent.name)} | {kind} | {described} | {mention_summary(ent, numbers)} |")
    return [*lines, ""]


def _quotes(brief: Brief, numbers: dict[str, int]) -> list[str]:
    if not brief.quotes:
        return []
    lines = ["## Who said what", ""]
    for q in brief.quotes:
        who = _escape(q.speaker) if q.speaker else "*unattributed*"
        verb = f" ({_escape(q.verb)})" if q.verb else ""
        lines.append(f"- **{who}**{verb}: “{_escape(' '.join(q.text.split()))}” [{numbers[q.article_id]}]")
    return [*lines, ""]


def _agreement(brief: Brief, numbers: dict[str, int]) -> list[str]:
    shared, unique = shared_facts(brief), unique_facts_by_source(brief)
    if not (shared or unique or brief.conflicts):
        return []
    lines = ["## Where the sources agree and differ", ""]
    if shared:
        lines += ["**Reported by several sources**", ""]
        lines += [f"- {_escape(display_sentence(f.text))} {cite_ids(f.article_ids, numbers)}" for f in shared]
        lines.append("")
    if brief.conflicts:
        lines += ["**Where they differ**", ""]
        for c in brief.conflicts:
            lines.append(f"- {_escape(c.description)}")
            for side in c.sides:
                firsts: dict[str, tuple[Span, Span]] = {}  # source -> its first (value, sentence) on this side
                for value, sentence in zip(side.spans, side.sentences, strict=True):
                    if sentence.article_id in numbers:
                        firsts.setdefault(sentence.article_id, (value, sentence))
                shown = list(firsts.values())
                for value, sentence in shown[:MAX_SIDE_QUOTES]:
                    quoted = _escape(" ".join(sentence.text.split()))
                    lines.append(f"  - “{_escape(value.text)}” [{numbers[sentence.article_id]}]: “{quoted}”")
                if rest := [s.article_id for _, s in shown[MAX_SIDE_QUOTES:]]:
                    lines.append(f"  - “{_escape(side.value)}” also {cite_ids(rest, numbers)}")
        lines.append("")
    for article_id, facts in unique.items():
        lines += [f"**Only in [{numbers[article_id]}]**", ""]
        lines += [f"- {_escape(display_sentence(f.text))}" for f in facts[:MAX_UNIQUE]]
        if len(facts) > MAX_UNIQUE:
            lines.append(f"- *…and {len(facts) - MAX_UNIQUE} more (see --format html or json)*")
        lines.append("")
    return lines


def _timeline(brief: Brief, numbers: dict[str, int]) -> list[str]:
    if not brief.timeline:
        return []
    story, background = timeline_parts(brief)
    lines = ["## Timeline", ""]
    lines += [_timeline_line(ev, numbers) for ev in story] or ["*No dated event of the story itself.*"]
    if background:
        lines += ["", "### Background", "", f"*{BACKGROUND_NOTE}*", ""]
        lines += [_timeline_line(ev, numbers) for ev in background]
    return [*lines, ""]


def _timeline_line(ev: Event, numbers: dict[str, int]) -> str:
    value, note = event_when(ev)
    when = f"**{_escape(value)}** ({_escape(note)})"
    reported = f" *(reported by {len(ev.article_ids)} sources)*" if len(ev.article_ids) > 1 else ""
    return f"- {when}: {_escape(display_sentence(ev.text))} {cite_ids(ev.article_ids, numbers)}{reported}"


def to_markdown(brief: Brief) -> str:
    """Render the brief as Markdown."""
    numbers = citation_numbers(brief)
    n = len(brief.sources)
    title = (
        brief.sources[0].title if n == 1 and brief.sources[0].title else f"Brief of {n} report{'s' if n != 1 else ''}"
    )
    lines = [f"# {_escape(title)}", ""]
    lines.append(f"*{n} source{'s' if n != 1 else ''} · {brief.word_count} words (budget {brief.words})*")
    lines.append("")
    for warning in brief.warnings:
        lines.append(f"> **Note:** {_escape(warning)}")
        lines.append("")
    if not brief.summary:
        lines.append("*No sentence could be selected.*")
        lines.append("")
    for sent in brief.summary:
        view = f"; {_escape(view_note(sent))}" if sent.view_of else ""
        lines.append(f"- {_escape(display_sentence(sent.shown))} {cite(sent, numbers)} *({agreement(sent, n)}{view})*")
    lines.append("")
    for section in (_people, _quotes, _agreement, _timeline):
        lines += section(brief, numbers)
    lines.append("## Sources")
    lines.append("")
    for art in brief.sources:
        details = source_details(art)
        suffix = f" — {_escape(details)}" if details else ""
        lines.append(f"{numbers[art.id]}. {_escape(source_label(art))}{suffix}")
    if brief.not_summarised:
        lines += ["", "## Sources not summarised", ""]
        for item in brief.not_summarised:
            name, why = not_summarised_line(item)
            lines.append(f"- {_escape(name)}: {_escape(why)}")
    return "\n".join(lines) + "\n"
