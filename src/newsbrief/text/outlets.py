"""An outlet's name as a reader sees it, whatever form the source gave it in.

``Article.outlet`` holds what the input said: a site's name from its page ("The Guardian"), a data set's slug
("usa-today", PolNeAR), a host name from a fetched URL ("nytimes.com"). The notes and the source lists show it to a
reader ("in the view of usa-today's writer" was read in session 16's blind reading), so every place that shows an
outlet asks :func:`outlet_name`; the stored field and the JSON output keep what the input said.
"""

from __future__ import annotations

import re

from newsbrief.text.lexicon import NEWS_OUTLETS, OUTLET_SLUGS

#: A slug: lower-case words joined by hyphens or underscores, no space and no dot (a host name is left as it is:
#: "nytimes.com" names the site exactly, and its outlet is not always known).
_SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")


def _squeezed(name: str) -> str:
    """A name reduced to its letters and digits, lower case: "USA Today" and "usa-today" meet as "usatoday"."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


#: Every outlet name the lexicon knows: the names reports use (:data:`NEWS_OUTLETS`) and the display names of the
#: slugs (:data:`OUTLET_SLUGS`: "HuffPost", "The Western Journal"), so that "huffpost" and "huff-post" meet one name.
_NAMES = (*NEWS_OUTLETS, *OUTLET_SLUGS.values())
#: The known names by their squeezed form, a name with "The" also found without it ("washington-post").
_KNOWN = {_squeezed(n): n for n in _NAMES} | {
    _squeezed(n.removeprefix("The ")): n for n in _NAMES if n.startswith("The ")
}
#: The one-word names, for a word of a longer slug ("bbc" in "bbc-news"); not a name's "The"-less form ("hill" is
#: The Hill alone, but "capitol-hill-news" is no The Hill's).
_KNOWN_WORDS = {n.lower(): n for n in _NAMES if " " not in n}


def outlet_name(outlet: str | None) -> str | None:
    """The outlet's display name: a slug as the outlet writes its name ("usa-today" -> "USA Today", "nyt" -> "The
    New York Times"), an unknown slug of several words with each capitalised or written as a known name
    ("daily-mail" -> "Daily Mail", "bbc-news" -> "BBC News"); any other form unchanged: a name, a host name, and an
    unknown single word ("dpa", "wsj", "cnbc", "localhost"), which may be an acronym, a brand written in lower case
    or a host, so that capitalising it ("Dpa", "Wsj") would show a name nobody writes (review35: 7 of 12 such words
    tried). None or blank gives None."""
    if outlet is None or not outlet.strip():
        return None
    name = outlet.strip()
    if not _SLUG.match(name):
        return name
    if name in OUTLET_SLUGS:
        return OUTLET_SLUGS[name]
    known = _KNOWN.get(_squeezed(name))
    if known is not None:
        return known
    words = re.split(r"[-_]", name)
    if len(words) == 1:
        return name
    return " ".join(_KNOWN_WORDS.get(word, word.capitalize()) for word in words)
