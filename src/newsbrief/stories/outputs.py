"""The output folder of a stories run: per-story briefs, ``stories.jsonl``, ``rejects.jsonl``, ``index.html``.

::

    DIR/stories/{ID}.json .md .html   one brief per story of --min-articles or more, written atomically
    DIR/stories.jsonl                 one line per story, every input article in exactly one line
    DIR/rejects.jsonl                 one line per unusable input line: file, line, id, reason
    DIR/index.html                    one self-contained page listing the briefed stories

Every file is a pure function of the input and the settings (no clock, no host, no worker count in it),
so that a resumed run and an uninterrupted one write the same bytes. The index borrows the palette and
type of ``render/templates/report.css`` (light and dark, system fonts) in a short stylesheet of its own.
"""

from __future__ import annotations

import html
import json
import logging
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from newsbrief.errors import OutputError
from newsbrief.fileio import write_atomic
from newsbrief.model import Brief
from newsbrief.stories.checkpoint import StoryRow
from newsbrief.text.outlets import outlet_name

__all__ = ["STORIES_DIR", "clean_outputs", "remove_temporaries", "write_index", "write_lines", "write_story"]

logger = logging.getLogger(__name__)

STORIES_DIR = "stories"
FORMATS = ("json", "md", "html")
TOP_FILES = ("stories.jsonl", "rejects.jsonl", "index.html")
_STORY_FILE = re.compile(r"^s\d+\.(json|md|html)$")


def render_files(brief: Brief) -> dict[str, str]:
    """A story's brief rendered in every format of :data:`FORMATS`: the ``render`` of the briefing workers."""
    from newsbrief.render import render

    return {fmt: render(brief, fmt) for fmt in FORMATS}


def write_story(out_dir: Path, story_id: str, files: dict[str, str]) -> None:
    """Write the three renderings of one brief, each atomically."""
    folder = out_dir / STORIES_DIR
    for fmt in FORMATS:
        write_atomic(folder / f"{story_id}.{fmt}", files[fmt])


def write_lines(path: Path, lines: Iterable[str]) -> None:
    """Write ``lines`` as a JSONL file atomically (readers never see half a file)."""
    write_atomic(path, "".join(f"{line}\n" for line in lines))


def story_line(row: StoryRow) -> str:
    """The ``stories.jsonl`` line of a story: its record plus where its brief is (or why there is none)."""
    record = dict(row.record)
    record["brief"] = f"{STORIES_DIR}/{row.id}.json" if row.state == "done" else None
    record["note"] = row.note
    return json.dumps(record, ensure_ascii=False)


def remove_temporaries(out_dir: Path) -> None:
    """Remove the ``.NAME.*.tmp`` files a killed :func:`write_atomic` may have left behind."""
    for folder in (out_dir, out_dir / STORIES_DIR):
        if folder.is_dir():
            for tmp in folder.glob(".*.tmp"):
                tmp.unlink(missing_ok=True)


def clean_outputs(out_dir: Path) -> None:
    """Remove the outputs of an earlier run (only files this module writes), before a fresh run."""
    remove_temporaries(out_dir)
    folder = out_dir / STORIES_DIR
    old = [out_dir / name for name in TOP_FILES]
    if folder.is_dir():
        old.extend(path for path in folder.iterdir() if _STORY_FILE.match(path.name))
    for path in old:
        try:
            path.unlink(missing_ok=True)
        except OSError as err:
            raise OutputError(
                f"cannot delete this output of an earlier run ({err.strerror or err}); remove it or fix the "
                "folder's permissions",
                source=str(path),
            ) from err


# -- the index page ------------------------------------------------------------------------------------

_CSS = """
:root { color-scheme: light dark; --bg: #fbfaf7; --panel: #fff; --ink: #1c1f24; --muted: #5a606a;
  --rule: #e3dfd6; --soft: #f2efe8; --accent: #1f5fae; --pill: #e6edf8; --pill-ink: #1a4b8c;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", Arial, sans-serif;
  --serif: "Iowan Old Style", "Palatino Linotype", Charter, "Sitka Text", Cambria, Georgia, serif; }
@media (prefers-color-scheme: dark) { :root { --bg: #131518; --panel: #1a1d21; --ink: #e6e3dc;
  --muted: #a4aab3; --rule: #2f333a; --soft: #1f2328; --accent: #8db8f2; --pill: #22344d; --pill-ink: #d2e2fa; } }
*, *::before, *::after { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--ink); font: 16px/1.55 var(--sans); }
main { max-width: 52rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1 { font: 600 1.9rem/1.2 var(--serif); margin: 0 0 .4rem; }
.lede { color: var(--muted); margin: 0 0 1.2rem; }
.stats { display: flex; flex-wrap: wrap; gap: .5rem; margin: 0 0 1.2rem; padding: 0; list-style: none; }
.stats li { background: var(--soft); border: 1px solid var(--rule); border-radius: 999px; padding: .15rem .7rem;
  font-size: .9rem; }
#filter { width: 100%; padding: .55rem .8rem; font: inherit; color: inherit; background: var(--panel);
  border: 1px solid var(--rule); border-radius: .5rem; margin-bottom: 1rem; }
ol.stories { list-style: none; margin: 0; padding: 0; }
.story { background: var(--panel); border: 1px solid var(--rule); border-radius: .6rem; padding: .9rem 1.1rem;
  margin-bottom: .75rem; }
.story h2 { font: 600 1.15rem/1.3 var(--serif); margin: 0 0 .3rem; }
.story h2 a { color: inherit; text-decoration: none; }
.story h2 a:hover, .story h2 a:focus { color: var(--accent); text-decoration: underline; }
.meta { display: flex; flex-wrap: wrap; gap: .4rem; align-items: center; font-size: .85rem; color: var(--muted);
  margin: 0 0 .45rem; }
.pill { background: var(--pill); color: var(--pill-ink); border-radius: 999px; padding: 0 .55rem; font-weight: 600; }
.story p.first { margin: 0 0 .4rem; font-family: var(--serif); }
.story p.who { margin: 0 0 .4rem; font-size: .9rem; color: var(--muted); }
.links { font-size: .85rem; margin: 0; }
.links a { color: var(--accent); margin-right: .8rem; }
footer { color: var(--muted); font-size: .85rem; margin-top: 2rem; border-top: 1px solid var(--rule);
  padding-top: .8rem; }
@media print { #filter, .links { display: none; } .story { break-inside: avoid; } }
"""

#: The stylesheet of the index page, shared with the digest of ``newsbrief follow``.
INDEX_CSS = _CSS

_JS = """
const f = document.getElementById('filter');
if (f) { f.hidden = false; f.addEventListener('input', () => { const q = f.value.toLowerCase();
  for (const li of document.querySelectorAll('li.story')) li.hidden = !li.textContent.toLowerCase().includes(q); }); }
"""


def outlets_shown(outlets: list[str], most: int = 4) -> str:
    """The first ``most`` outlets of a story and how many more ("BBC, Reuters, AP, CNN +3"), as its index
    entry shows them (the stories index and the follow digest alike), each by its display name (:func:`outlet_name`)
    and once: "nyt" and "The New York Times" are one outlet to the reader."""
    names = list(dict.fromkeys(outlet_name(o) or o for o in outlets))
    return ", ".join(names[:most]) + (f" +{len(names) - most}" if len(names) > most else "")


def story_item_head(row_id: str, heading: str, meta: Sequence[str], first: str | None) -> list[str]:
    """The opening of a story's item in an index page, the story index's and the follow digest's alike: the item,
    its heading (HTML, linked), its meta line (HTML pills) and, where given, the first summary sentence under it
    (only under a headline: without one that sentence is the heading)."""
    esc = html.escape
    parts = [
        f'<li class="story" id="{esc(row_id)}">',
        f"<h2>{heading}</h2>",
        f'<p class="meta">{" · ".join(meta)}</p>',
    ]
    if first:
        parts.append(f'<p class="first">{esc(first)}</p>')
    return parts


def size_pill(size: int) -> str:
    """The article count of a story as its index entry shows it."""
    return f'<span class="pill">{size} article{"s" if size != 1 else ""}</span>'


def _when(first: str | None, last: str | None) -> str | None:
    if first and last and first != last:
        return f"{first} – {last}"
    return first or last


def _sort_key(row: StoryRow) -> tuple[int, str, int, str]:
    """Largest stories first; among equals the most recent (by last date), then stream order."""
    last = row.record.get("last_published") or ""
    inverted = "".join(chr(0x10FFFF - ord(c)) for c in last)  # descending date inside an ascending sort
    return (-row.size, inverted, len(row.id), row.id)


def _entry(row: StoryRow) -> str:
    esc = html.escape
    info = row.info or {}
    first = info.get("first_sentence")
    # without a headline the first summary sentence is the heading (not repeated below it)
    title = info.get("title") or first or row.id
    if len(title) > 240:
        title = title[:237].rstrip() + "…"
    n_dup = len(row.record.get("duplicates", {}))
    meta = [size_pill(row.size)]
    meta.append(f"<span>{info.get('sources', 0)} sources briefed</span>")
    if n_dup:
        meta.append(f"<span>{n_dup} duplicate{'s' if n_dup != 1 else ''}</span>")
    when = _when(row.record.get("first_published"), row.record.get("last_published"))
    if when:
        meta.append(f"<span>{esc(when)}</span>")
    outlets = info.get("outlets") or []
    if outlets:
        meta.append(f"<span>{esc(outlets_shown(outlets))}</span>")
    base = f"{STORIES_DIR}/{esc(row.id)}"
    parts = story_item_head(
        row.id, f'<a href="{base}.html">{esc(title)}</a>', meta, first if info.get("title") else None
    )
    people = info.get("people") or []
    if people:
        parts.append(f'<p class="who">{" · ".join(esc(p) for p in people)}</p>')
    parts.append(
        f'<p class="links"><a href="{base}.html">Report</a><a href="{base}.md">Markdown</a>'
        f'<a href="{base}.json">JSON</a> <span class="id">{esc(row.id)}</span></p></li>'
    )
    return "".join(parts)


def write_index(out_dir: Path, rows: Iterable[StoryRow], totals: dict[str, Any]) -> None:
    """Write ``index.html``: the briefed stories by size and date, each with its first summary sentence.

    ``totals`` holds the run's counts (articles, rejected, duplicates, stories, briefed) for the header.
    Everything taken from the input is escaped; the page has no external resource.
    """
    briefed = sorted((r for r in rows if r.state == "done"), key=_sort_key)
    stats = [
        f"{totals.get('articles', 0):,} articles",
        f"{totals.get('stories', 0):,} stories",
        f"{len(briefed):,} briefed",
        f"{totals.get('duplicates', 0):,} duplicates",
        f"{totals.get('rejected', 0):,} rejected lines",
    ]
    failed = totals.get("failed", 0)
    if failed:
        stats.append(f"{failed:,} could not be briefed")
    body = "\n".join(_entry(r) for r in briefed) or "<li>No story has enough articles to brief.</li>"
    page = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="newsbrief">
<title>Stories — newsbrief</title>
<style>{_CSS}</style>
</head>
<body>
<main>
<h1>Stories</h1>
<p class="lede">Stories of {totals.get("min_articles", 2)} or more articles, largest first; each links to its \
cited brief. Every input article is listed in <a href="stories.jsonl">stories.jsonl</a>.</p>
<ul class="stats">{"".join(f"<li>{html.escape(s)}</li>" for s in stats)}</ul>
<input id="filter" type="search" placeholder="Filter stories…" aria-label="Filter stories" hidden>
<ol class="stories">
{body}
</ol>
<footer>Made by newsbrief from {html.escape(str(totals.get("input", "")))}.</footer>
</main>
<script>{_JS}</script>
</body>
</html>
"""
    write_atomic(out_dir / "index.html", page)
