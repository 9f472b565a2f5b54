"""What the lead keeps for blind readings: one list that every benchmark and items script reads.

A blind reading is the lead's look at briefs of news no helper has read, labelled or measured; a script that
draws clusters or topics for labelling, a "fresh" round or a score leaves these out. Each session names new topics
(``/work/notes/sNN/COMMON.md``); write them here, not in the script that first needs them, so no script is left
with an older session's list (``pronoun_items.py`` still skipped session 11's topics in session 12).
"""

from __future__ import annotations

#: Multi-News validation clusters of the lead's blind reading of session 6.
BLIND_CLUSTERS = frozenset(f"multinews-val-{n}" for n in (2273, 1400, 2893, 3655, 5012, 393, 1760, 177, 4053, 4288))
#: DUC 2004 task 5 topics of the lead's blind reading of session 12: never opened, briefed, labelled or measured.
BLIND_TOPICS = frozenset("d191h d194f d165h d171f d166d d193h d188a d174b".split())
#: Session 11's blind-reading topics: free for development reading since session 12, but the fresh (held-out)
#: rounds drawn in session 11 left them out, and still do, so those rounds regenerate as they were labelled.
SESSION11_TOPICS = frozenset("d168d d178f d179g d173g d189h d192f d199b d201b".split())
