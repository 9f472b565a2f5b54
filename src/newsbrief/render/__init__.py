"""Renderers: a Brief in, a string out. They never compute; they only write what the Brief holds."""

from __future__ import annotations

from collections.abc import Callable

from newsbrief.errors import ConfigError
from newsbrief.model import Brief

FORMATS = ("md", "json", "text", "html")


def render(brief: Brief, fmt: str = "md") -> str:
    """Render ``brief`` as ``md`` (Markdown), ``json``, ``text`` or ``html`` (one self-contained page).

    Raises:
        ConfigError: an unknown format.
    """
    renderers: dict[str, Callable[[Brief], str]]
    from newsbrief.render import html, jsondoc, markdown, text

    renderers = {"md": markdown.to_markdown, "json": jsondoc.to_json, "text": text.to_text, "html": html.to_html}
    try:
        return renderers[fmt](brief)
    except KeyError:
        raise ConfigError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}") from None
