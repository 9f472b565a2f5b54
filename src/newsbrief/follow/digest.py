"""The digest folder of ``newsbrief follow``: an index of recent stories and one page per story.

::

    DIR/index.html                  the stories updated in the last --days days, by recency and size
    DIR/stories/{ID}.html           one story: its brief, its sources, what is new since the previous run marked
    DIR/briefs/{ID}.json .md .html  the full brief (people, quotes, agreement, timeline), as ``newsbrief brief``
    DIR/newsbrief-follow.sqlite     the store (:mod:`newsbrief.follow.store`)

Pages are written from the store alone, every file atomically. Everything that comes from a feed or a page
(headlines, outlets, URLs, sentences) is escaped, only http(s) URLs become links, and a Content-Security-Policy
forbids every script and every request: a ``<script>`` in a feed title is text, and the pages make no request
beyond file://. They borrow the stories index's stylesheet (light and dark, system fonts).
"""

from __future__ import annotations

import html
import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from newsbrief.fileio import write_atomic
from newsbrief.follow.feeds import is_url
from newsbrief.follow.store import FollowStore
from newsbrief.render.labels import matched_in
from newsbrief.stories.checkpoint import StoryRow
from newsbrief.stories.outputs import FORMATS, INDEX_CSS, outlets_shown, size_pill, story_item_head
from newsbrief.stories.workers import BriefOutcome
from newsbrief.text.outlets import outlet_name

__all__ = ["remove_all", "remove_story", "remove_temporaries", "write_brief", "write_digest"]

PAGES_DIR = "stories"
BRIEFS_DIR = "briefs"

_STORY_FILE = re.compile(r"^s\d{6,}$")
_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

_CSS = (
    INDEX_CSS
    + """
.new { display: inline-block; background: #8a3a00; color: #fff; border-radius: .3rem; padding: 0 .4rem;
  font: 700 .75rem/1.5 var(--sans); letter-spacing: .02em; margin-right: .35rem; vertical-align: .1em; }
@media (prefers-color-scheme: dark) { .new { background: #ffb77a; color: #1c1f24; } }
ol.summary, ol.sources { padding-left: 1.4rem; }
ol.summary li, ol.sources li { margin: 0 0 .6rem; }
ol.summary li { font-family: var(--serif); }
.cite { font: .8rem var(--sans); color: var(--muted); }
.cite a { color: var(--accent); }
nav.crumbs { font-size: .9rem; margin: 0 0 1rem; }
nav.crumbs a, p.full a, ol.sources a { color: var(--accent); }
"""
)


def _page(title: str, body: str) -> str:
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="newsbrief follow">
<title>{html.escape(title)}</title>
<style>{_CSS}</style>
</head>
<body>
<main>
{body}
</main>
</body>
</html>
"""


def remove_temporaries(out_dir: Path) -> None:
    """Remove the ``.NAME.*.tmp`` files a killed atomic write may have left behind."""
    for folder in (out_dir, out_dir / PAGES_DIR, out_dir / BRIEFS_DIR):
        if folder.is_dir():
            for tmp in folder.glob(".*.tmp"):
                tmp.unlink(missing_ok=True)


def remove_all(out_dir: Path) -> None:
    """Remove every file of the digest (``--fresh``): only the files this module writes."""
    remove_temporaries(out_dir)
    (out_dir / "index.html").unlink(missing_ok=True)
    briefs = tuple(f".{fmt}" for fmt in FORMATS)
    for folder, suffixes in ((out_dir / PAGES_DIR, (".html",)), (out_dir / BRIEFS_DIR, briefs)):
        if folder.is_dir():
            for path in folder.iterdir():
                if _STORY_FILE.match(path.stem) and path.suffix in suffixes:
                    path.unlink()


def remove_story(out_dir: Path, sid: str) -> None:
    """Remove the files of a story that was merged into another."""
    (out_dir / PAGES_DIR / f"{sid}.html").unlink(missing_ok=True)
    for fmt in FORMATS:
        (out_dir / BRIEFS_DIR / f"{sid}.{fmt}").unlink(missing_ok=True)


def write_brief(out_dir: Path, outcome: BriefOutcome, run: int) -> dict[str, Any]:
    """Write the full brief of a story; return what the digest pages show of it (kept in the store)."""
    folder = out_dir / BRIEFS_DIR
    folder.mkdir(parents=True, exist_ok=True)
    for fmt in FORMATS:
        write_atomic(folder / f"{outcome.story}.{fmt}", outcome.files[fmt])
    doc = json.loads(outcome.files["json"])
    info = dict(outcome.info or {})
    info["brief_run"] = run
    info["summary"] = [{"text": s["text"], "sources": s["article_ids"]} for s in doc["summary"]]
    info["sources"] = [
        {key: a.get(key) for key in ("id", "title", "outlet", "published", "url")} for a in doc["sources"]
    ]
    return info


# -- pages -------------------------------------------------------------------------------------------------

_NEW = '<span class="new">NEW</span>'


def _headline(row: StoryRow) -> str:
    info = row.info or {}
    title = info.get("title") or info.get("first_sentence") or row.id
    return title if len(title) <= 240 else title[:237].rstrip() + "…"


def _link(url: str | None, text: str) -> str:
    if url and is_url(url):
        return f'<a href="{html.escape(url)}">{html.escape(text)}</a>'
    return html.escape(text)


def _story_page(row: StoryRow, joined: dict[str, int], run: int) -> str:
    esc = html.escape
    info = row.info or {}
    record = row.record
    updated_now = record.get("updated_run") == run
    previous_texts = {p["text"] for p in record.get("previous_summary") or ()}
    sources = info.get("sources") or []
    number = {s["id"]: n for n, s in enumerate(sources, start=1)}
    items = []
    for sentence in info.get("summary") or []:
        new = updated_now and sentence["text"] not in previous_texts
        cites = " ".join(f'<a href="#src-{number[a]}">[{number[a]}]</a>' for a in sentence["sources"] if a in number)
        n = len(sentence["sources"])
        items.append(
            f"<li{' class=is-new' if new else ''}>{_NEW if new else ''}{esc(sentence['text'])} "
            f'<span class="cite">{cites} · {matched_in(n, len(sources))}</span></li>'
        )
    listed = []
    for n, source in enumerate(sources, start=1):
        new = joined.get(source["id"]) == run
        outlet = outlet_name(source.get("outlet")) or "Unknown outlet"
        date = (source.get("published") or "")[:10]
        title = source.get("title") or source.get("url") or source["id"]
        listed.append(
            f'<li id="src-{n}"{" class=is-new" if new else ""}>{_NEW if new else ""}<strong>{esc(outlet)}</strong>'
            f"{f' · {esc(date)}' if date else ''} · {_link(source.get('url') or source['id'], title)}</li>"
        )
    status = "New story" if record.get("created_run") == run else ("Updated" if updated_now else "No change")
    meta = [
        f'<span class="pill">{row.size} article{"s" if row.size != 1 else ""}</span>',
        f"<span>{esc(status)} in run {run}</span>" if updated_now else f"<span>{esc(status)}</span>",
        f"<span>updated {esc(_human(record.get('updated_at')))}</span>",
    ]
    body = f"""<nav class="crumbs" aria-label="Breadcrumb"><a href="../index.html">All stories</a></nav>
<h1>{esc(_headline(row))}</h1>
<p class="meta">{" · ".join(meta)}</p>
<p class="lede">Items marked NEW arrived since the previous run.</p>
<h2>Brief</h2>
<ol class="summary">{"".join(items) or "<li>No summary sentence.</li>"}</ol>
<p class="full"><a href="../{BRIEFS_DIR}/{esc(row.id)}.html">The full brief of {esc(row.id)}: people, quotes, \
agreement and timeline</a></p>
<h2>Sources</h2>
<ol class="sources">{"".join(listed)}</ol>
"""
    return _page(f"{_headline(row)} — newsbrief follow", body)


def _human(stamp: str | None) -> str:
    if not stamp:
        return "unknown"
    return stamp.replace("T", " ").replace("Z", " UTC")


def _index_entry(row: StoryRow, run: int) -> str:
    esc = html.escape
    info = row.info or {}
    record = row.record
    outlets = info.get("outlets") or []
    shown = outlets_shown(outlets)
    badge = ""
    if record.get("updated_run") == run:
        badge = _NEW if record.get("created_run") == run else '<span class="new">UPDATED</span>'
    meta = [size_pill(row.size)]
    if shown:
        meta.append(f"<span>{esc(shown)}</span>")
    meta.append(f"<span>updated {esc(_human(record.get('updated_at')))}</span>")
    first = info.get("first_sentence")
    heading = f'{badge}<a href="{PAGES_DIR}/{esc(row.id)}.html">{esc(_headline(row))}</a>'
    parts = story_item_head(row.id, heading, meta, first if info.get("title") else None)
    parts.append("</li>")
    return "".join(parts)


def _recent(rows: list[StoryRow], now: str, days: float) -> list[StoryRow]:
    """The stories updated within ``days`` of ``now``, most recently updated first, then the largest."""
    horizon = (datetime.strptime(now, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC) - timedelta(days=days)).strftime(
        "%Y-%m-%dT%H:%M:%SZ"
    )
    recent = [r for r in rows if (r.record.get("updated_at") or "") >= horizon]
    recent.sort(key=lambda r: (r.record.get("last_published") or "", r.id), reverse=True)
    recent.sort(key=lambda r: r.size, reverse=True)
    recent.sort(key=lambda r: (r.record.get("updated_at") or "")[:10], reverse=True)
    return recent


def write_digest(out_dir: Path, store: FollowStore, *, run: int, now: str, days: float) -> None:
    """Write every briefed story's page and the index of the recent ones."""
    rows = [r for r in store.stories() if r.state == "done"]
    (out_dir / PAGES_DIR).mkdir(parents=True, exist_ok=True)
    for row in rows:
        joined = {a: r for a, r, _, _ in store.members_of(int(row.id[1:]))}
        write_atomic(out_dir / PAGES_DIR / f"{row.id}.html", _story_page(row, joined, run))
    recent = _recent(rows, now, days)
    n_new = sum(1 for r in recent if r.record.get("updated_run") == run)
    entries = "\n".join(_index_entry(r, run) for r in recent) or "<li>No story in this period yet.</li>"
    body = f"""<h1>Your stories</h1>
<p class="lede">Stories updated in the last {days:g} day{"s" if days != 1 else ""}, as of {esc_now(now)}: \
{len(recent)} stories, {n_new} new or updated in run {run}. NEW and UPDATED mark what changed since the \
previous run.</p>
<ol class="stories">
{entries}
</ol>
<footer>Made by newsbrief follow, run {run}.</footer>
"""
    write_atomic(out_dir / "index.html", _page("Your stories — newsbrief follow", body))


def esc_now(now: str) -> str:
    return html.escape(_human(now))
