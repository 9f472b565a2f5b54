"""The digest index lists the stories updated in the last --days days, most recent day first, then the largest."""

from __future__ import annotations

from newsbrief.follow.digest import _recent
from newsbrief.stories.checkpoint import StoryRow


def row(sid: str, size: int, updated: str) -> StoryRow:
    return StoryRow(sid, {"updated_at": updated, "last_published": updated[:10]}, size, "done", {}, None)


def test_recent_stories_by_day_then_size() -> None:
    rows = [
        row("s000001", 2, "2026-11-30T06:00:00Z"),
        row("s000002", 5, "2026-11-29T23:00:00Z"),
        row("s000003", 9, "2026-11-20T10:00:00Z"),  # older than the window
        row("s000004", 3, "2026-11-30T05:00:00Z"),
    ]
    assert [r.id for r in _recent(rows, "2026-11-30T07:00:00Z", 7)] == ["s000004", "s000001", "s000002"]
    assert [r.id for r in _recent(rows, "2026-11-30T07:00:00Z", 0.25)] == ["s000004", "s000001"]
    assert _recent(rows, "2026-12-30T07:00:00Z", 7) == []
