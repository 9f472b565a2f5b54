"""Markdown: the default output. Numbered citations after each sentence, then the source list."""

from __future__ import annotations

from newsbrief.model import Brief
from newsbrief.render.labels import (
    agreement,
    citation_numbers,
    cite,
    display_sentence,
    source_details,
    source_label,
)


def _escape(text: str) -> str:
    """Keep article text from being read as Markdown markup (links, emphasis, HTML)."""
    for ch in "\\`*_[]<>#|":
        text = text.replace(ch, "\\" + ch)
    return text


def to_markdown(brief: Brief) -> str:
    """Render the brief as Markdown."""
    numbers = citation_numbers(brief)
    n = len(brief.sources)
    title = brief.sources[0].title if n == 1 and brief.sources[0].title else f"Brief of {n} reports"
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
        lines.append(
            f"- {_escape(display_sentence(sent.text))} {cite(sent, numbers)} *({agreement(sent, n)})*"
        )
    lines.append("")
    lines.append("## Sources")
    lines.append("")
    for art in brief.sources:
        details = source_details(art)
        suffix = f" — {_escape(details)}" if details else ""
        lines.append(f"{numbers[art.id]}. {_escape(source_label(art))}{suffix}")
    return "\n".join(lines) + "\n"
