"""Plain text: the summary as one paragraph with citation numbers, the timeline (the story's events, then its
dated background) when the brief was analysed, then the sources."""

from __future__ import annotations

import textwrap

from newsbrief.model import Brief, Event
from newsbrief.render.labels import (
    BACKGROUND_NOTE,
    citation_numbers,
    cite,
    cite_ids,
    display_sentence,
    event_when,
    not_summarised_line,
    source_details,
    source_label,
    timeline_parts,
    view_note,
)


def to_text(brief: Brief, width: int = 88) -> str:
    """Render the brief as wrapped plain text."""
    numbers = citation_numbers(brief)
    body = " ".join(
        # the note before the citation: after it, running prose reads it as the next sentence's lead-in
        display_sentence(s.shown) + (f" ({view_note(s)})" if s.view_of else "") + f" {cite(s, numbers)}"
        for s in brief.summary
    )
    out = [textwrap.fill(body, width=width) if body else "(no sentence could be selected)", ""]
    out.extend(f"Note: {w}" for w in brief.warnings)
    if brief.warnings:
        out.append("")
    story, background = timeline_parts(brief)
    if story:
        out += ["Timeline:", *(_entry(e, numbers, width) for e in story), ""]
    if background:
        out += [f"Background ({BACKGROUND_NOTE[:-1].lower()}):", *(_entry(e, numbers, width) for e in background), ""]
    out.append("Sources:")
    for art in brief.sources:
        details = source_details(art)
        out.append(f"[{numbers[art.id]}] {source_label(art)}" + (f" ({details})" if details else ""))
    if brief.not_summarised:
        out += ["", "Not summarised:"]
        out += ["- {}: {}".format(*not_summarised_line(item)) for item in brief.not_summarised]
    return "\n".join(out) + "\n"


def _entry(event: Event, numbers: dict[str, int], width: int) -> str:
    value, note = event_when(event)
    line = f"- {value} ({note}): {display_sentence(event.text)} {cite_ids(event.article_ids, numbers)}"
    return textwrap.fill(line, width=width, subsequent_indent="  ")
