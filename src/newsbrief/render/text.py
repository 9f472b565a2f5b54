"""Plain text: the summary as one paragraph with citation numbers, then the sources."""

from __future__ import annotations

import textwrap

from newsbrief.model import Brief
from newsbrief.render.labels import (
    citation_numbers,
    cite,
    display_sentence,
    not_summarised_line,
    source_details,
    source_label,
    view_note,
)


def to_text(brief: Brief, width: int = 88) -> str:
    """Render the brief as wrapped plain text."""
    numbers = citation_numbers(brief)
    body = " ".join(
        f"{display_sentence(s.shown)} {cite(s, numbers)}" + (f" ({view_note(s)})" if s.view_of else "")
        for s in brief.summary
    )
    out = [textwrap.fill(body, width=width) if body else "(no sentence could be selected)", ""]
    out.extend(f"Note: {w}" for w in brief.warnings)
    if brief.warnings:
        out.append("")
    out.append("Sources:")
    for art in brief.sources:
        details = source_details(art)
        out.append(f"[{numbers[art.id]}] {source_label(art)}" + (f" ({details})" if details else ""))
    if brief.not_summarised:
        out += ["", "Not summarised:"]
        out += ["- {}: {}".format(*not_summarised_line(item)) for item in brief.not_summarised]
    return "\n".join(out) + "\n"
