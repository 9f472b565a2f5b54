"""The quotes' names for the one "same person?" rule, which lives in :mod:`newsbrief.analyse.same_person`.

:class:`newsbrief.analyse.quote_speakers.Speakers` imports them from here; the entity stage asks the same module.
"""

from __future__ import annotations

from newsbrief.analyse.same_person import fullest, people_of, same_person

__all__ = ["fullest", "people_of", "same_person"]
