"""Every knob of a brief in one frozen object (DESIGN.md, rule 1).

CLI flags, keyword arguments of :func:`newsbrief.brief` and the HTTP body all map onto
:class:`BriefConfig`; nothing else holds a tunable. Defaults are the settings measured in
BENCHMARKS.md.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

from newsbrief.errors import ConfigError

#: Largest input file read by default (bytes). A news article is rarely above 200 kB of HTML;
#: 10 MB leaves room for JSONL clusters while refusing accidental binaries and dumps.
DEFAULT_MAX_BYTES = 10_000_000
#: What the timeline shows: entries placed on the calendar, or also those whose date is unresolved.
TIMELINE_CHOICES = ("resolved", "all")


@dataclass(frozen=True, slots=True)
class BriefConfig:
    """Settings of one brief.

    Attributes:
        words: word budget of the summary; the summary never exceeds it.
        min_sentence_words: sentences shorter than this are not selected (datelines, captions).
        max_sentence_words: sentences longer than this are not selected (run-on scraping debris).
        position_weight: strength of the lead prior in concept weights (0 turns it off).
        support_threshold: TF-IDF cosine above which a sentence of another source counts as
            saying the same thing (chosen on the labelled pairs, see BENCHMARKS.md).
        analysis: run entities, quotes, agreement and timeline (loads spaCy once per process);
            off, the brief is the summary with its support only (the fast path).
        max_bytes: refuse input files larger than this.
        timeline: ``"resolved"`` shows the timeline entries placed on the calendar; ``"all"`` also
            shows those whose relative date found no anchor (marked "date not resolved").
    """

    words: int = 250
    min_sentence_words: int = 6
    max_sentence_words: int = 80
    position_weight: float = 2.0
    support_threshold: float = 0.30
    analysis: bool = True
    max_bytes: int = DEFAULT_MAX_BYTES
    timeline: str = "resolved"

    def __post_init__(self) -> None:
        if self.words < 1:
            raise ConfigError(f"words must be at least 1, got {self.words}")
        if self.min_sentence_words < 1 or self.max_sentence_words < self.min_sentence_words:
            raise ConfigError(
                "need 1 <= min_sentence_words <= max_sentence_words, got "
                f"{self.min_sentence_words} and {self.max_sentence_words}"
            )
        if self.position_weight < 0:
            raise ConfigError(f"position_weight must be >= 0, got {self.position_weight}")
        if not 0.0 < self.support_threshold <= 1.0:
            raise ConfigError(f"support_threshold must be in (0, 1], got {self.support_threshold}")
        if self.timeline not in TIMELINE_CHOICES:
            raise ConfigError(f"timeline must be one of {', '.join(TIMELINE_CHOICES)}, got {self.timeline!r}")
        if self.max_bytes < 1:
            raise ConfigError(f"max_bytes must be positive, got {self.max_bytes}")

    def replace(self, **changes: Any) -> BriefConfig:
        """Return a copy with ``changes`` applied, refusing unknown names."""
        known = {f.name for f in fields(self)}
        unknown = sorted(set(changes) - known)
        if unknown:
            raise ConfigError(f"unknown BriefConfig setting(s): {', '.join(unknown)}")
        return replace(self, **changes)
