"""Compare sources: support for summary sentences, facts aligned across sources, and conflicts.

- :mod:`.support` -- which other reports say what a summary sentence says;
- :mod:`.facts` -- sentences of different sources grouped into facts; each source's unique facts;
- :mod:`.conflicts` -- aligned facts whose numbers, dates or names differ.
"""

from newsbrief.compare.support import attach_support

__all__ = ["attach_support"]
