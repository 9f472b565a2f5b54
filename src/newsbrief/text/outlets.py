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


#: The known names by their squeezed form, a name with "The" also found without it ("washington-post").
_KNOWN = {_squeezed(n): n for n in NEWS_OUTLETS} | {
    _squeezed(n.removeprefix("The ")): n for n in NEWS_OUTLETS if n.startswith("The ")
}


def outlet_name(outlet: str | None) -> str | None:
    """The outlet's display name: a slug as the outlet writes its name ("usa-today" -> "USA Today", "nyt" -> "The
    New York Times"), an unknown slug with its words capitalised ("daily-mail" -> "Daily Mail"); any other form (a
    name, a host name) unchanged. None or blank gives None."""
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
    return " ".join(word.capitalize() for word in re.split(r"[-_]", name))
