"""A page's list of links to other stories ("Related:", "Also on HuffPost", "Read more:", "More from X:").

A scraped page keeps, between or after its story paragraphs, a heading that announces links to other stories and,
under it, one paragraph per link: the linked story's headline ("Related:" then "GOP Candidates Resoundingly Reject
The Idea Of A Minimum Wage Hike.", "Rand Paul Scores Direct Hit On Donald Trump."; "READ MORE" then "Police: Mother
faces murder charge in death of 2-year-old Jordan Belliveau"). Cleaning dropped the heading as boilerplate, but a
heading in quotation marks ('"Related:"', HuffPost's) passed, and the headlines under either were read as story
text: they reached the summary, the "Only in [2]" list and the people counts.

The block is told by its structure, not by its words: the heading (:data:`_HEADING`), then the paragraphs that are
headlines (:func:`is_link_line`: short, one line, in title case or with no final full stop), up to the first that
is not. A story paragraph ends the block, so a heading followed by story text takes the heading only. On the free
data (PolNeAR train less the reserved articles, Multi-News val_raw less the reserved clusters, DUC 2004 task 5) the
heading stands 15 times; BENCHMARKS.md, "Session 17: related-links blocks", lists every line the rule takes.
"""

from __future__ import annotations

import re

#: A heading of links to other stories, alone in its paragraph, in quotation marks or not: "Related:",
#: '"Related:"', "RELATED", "Related articles", "Also on HuffPost:", "Also on WorldPost:", "Read more:", "More from
#: Morning Mix:", "More from TIME on population:", "See also".
_HEADING = re.compile(
    r"""^["'“‘]?\s*(?:
        related(?:\s+(?:stories|articles|coverage|news|links|content|posts))?
      | also\s+on\s+(?:the\s+)?[\w'’.-]+
      | read\s+more
      | see\s+also
      | more\s+(?:from|on)\s+[\w'’.&-]+(?:\s+[\w'’.&-]+){0,4}
      | you\s+(?:may|might)\s+also\s+like
    )\s*:?\s*["'”’]?\s*:?$""",
    re.IGNORECASE | re.VERBOSE,
)
#: A linked story's headline: at most this many words (val_raw's longest: 14).
_LINK_WORDS = 20
#: At most this many links under one heading (val_raw's longest list: 4, PolNeAR's: 5).
_LINKS = 10
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
#: A sentence's last mark, before closing quotation marks or brackets.
_FINAL_STOP = re.compile(r"[.!?…][\"'”’)\]]*$")


def is_heading(paragraph: str) -> bool:
    """Whether the paragraph is a heading of links to other stories (:data:`_HEADING`)."""
    return _HEADING.match(paragraph.strip()) is not None


def _title_case(words: list[str]) -> bool:
    """Every word of four letters or more capitalised, as headlines are (function words may stay lower case)."""
    long = [w for w in words if len(w) >= 4]
    return len(long) >= 2 and all(w[0].isupper() for w in long)


def is_link_line(paragraph: str) -> bool:
    """Whether the paragraph reads as a linked story's headline: a short line in title case ("Rand Paul Scores
    Direct Hit On Donald Trump."), or one with no final full stop ("Legacies of war", "Amid strife, missing boy's
    father says he doesn't believe mother's story"). A sentence in sentence case with its full stop is story text
    (or a link's blurb, which is left: it may be news)."""
    words = _WORD.findall(paragraph)
    if not words or len(paragraph.split()) > _LINK_WORDS:
        return False
    return _title_case(words) or _FINAL_STOP.search(paragraph.strip()) is None


def drop_link_lists(paragraphs: list[str]) -> list[str]:
    """The paragraphs without the blocks of links to other stories: each heading (:func:`is_heading`) and the
    headlines right under it (:func:`is_link_line`, at most :data:`_LINKS`)."""
    kept: list[str] = []
    k = 0
    while k < len(paragraphs):
        if not is_heading(paragraphs[k]):
            kept.append(paragraphs[k])
            k += 1
            continue
        k += 1
        last = min(k + _LINKS, len(paragraphs))
        while k < last and is_link_line(paragraphs[k]):
            k += 1
    return kept
