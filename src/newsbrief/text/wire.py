"""Wire copy: whether a source says of itself that it is a news agency's report carried by another outlet.

Breitbart, USA Today and others carry AP, UPI and Reuters reports under their own name; a brief that reads the
host's name as the writer then notes an agency's plain report as "in the view of Breitbart News's writer" (session
17's blind reading: 9 wrong notes in 44 summary sentences, most on such copy). An agency's report is news: its
sentences are no writer's verdict (:func:`newsbrief.summarize.genre.source_genres`). The source declares it in
one of three places, each read here and nowhere else:

- a dateline with an agency's tag at the start of one of its first paragraphs ("DALLAS (AP) — ", "CAMBRIDGE, Mass.,
  Dec. 11 (UPI) — ", :func:`newsbrief.text.dateline.dateline_at`);
- its ``author`` field naming an agency ("AP", "Reuters", "Jill Colvin, Associated Press");
- a byline or credit line of its own naming one ("By Jill Colvin, Associated Press", "Associated Press",
  "Copyright 2016 The Associated Press. All rights reserved.").

"The Associated Press contributed to this report." is not one: the host's writer wrote the piece with some of an
agency's reporting in it.
"""

from __future__ import annotations

import re

from newsbrief.model import Article
from newsbrief.text.dateline import dateline_at
from newsbrief.text.lexicon import NEWS_AGENCIES, alternation

_AGENCY = alternation(NEWS_AGENCIES)
#: The agencies by the tag a dateline gives them, lower case ("AP", "Reuters").
_TAGS = frozenset(name.lower() for name in NEWS_AGENCIES)
#: An ``author`` field that is an agency, or a writer of one: "AP", "The Associated Press", "Jill Colvin, Associated
#: Press", "Reuters Staff", "By Jill Colvin | AP".
_AUTHOR = re.compile(
    rf"^(?:by\s+)?(?:[^,|;]{{1,60}}[,|;]\s*)?(?:the\s+)?{_AGENCY}(?:\s+(?:staff|writer|reporter|news))?\.?$",
    re.IGNORECASE,
)
#: A paragraph that is a byline or a credit naming an agency as the piece's writer: "By Jill Colvin, Associated
#: Press", "By JILL COLVIN, Associated Press Writer", "Copyright 2016 The Associated Press. All rights reserved.". An
#: agency's name alone is not one: "ASSOCIATED PRESS." under a photo credits the photo (a HuffPost piece of PolNeAR
#: train), and "AP" alone could be a sentence's subject.
_CREDIT = re.compile(
    rf"^(?:by\s+[^,\n]{{1,60}},\s*(?:the\s+)?{_AGENCY}(?:\s+(?:writer|reporter|correspondent)s?)?\.?"
    rf"|(?:copyright|©|\(c\))\s*(?:\d{{4}}\s+)?(?:the\s+)?{_AGENCY}\b.{{0,80}})$",
    re.IGNORECASE,
)
#: A dateline of a date alone and an agency's tag, which :func:`newsbrief.text.dateline.dateline_at` takes for no
#: dateline (it wants a place): HuffPost's Reuters copy opens "Dec 29 (Reuters) - U.S. Democratic ...".
_DATED_TAG = re.compile(rf"^[A-Z][a-z]{{2,8}}\.?\s\d{{1,2}}\s?\(({_AGENCY})\)\s?[-\u2013\u2014]\s")
#: How many of a source's first paragraphs may hold its dateline (the title is often the first).
_LEAD_PARAGRAPHS = 3
#: The longest paragraph read as a byline or a credit.
_CREDIT_CHARS = 120


def agency_dateline(paragraph: str) -> str | None:
    """The agency whose tag the dateline opening ``paragraph`` carries ("AP" for "DALLAS (AP) — ..."), or ``None``."""
    for form in ("segment", "agency"):
        found = dateline_at(paragraph, 0, form)
        if found is not None and found.agency is not None and found.agency.lower() in _TAGS:
            return found.agency
    dated = _DATED_TAG.match(paragraph)
    return dated[1] if dated else None


def declares_wire_copy(article: Article) -> bool:
    """Whether ``article`` says it is a news agency's report: an agency's dateline in its first paragraphs, an
    agency as its author, or an agency's byline or copyright line as one of its paragraphs."""
    if article.author and _AUTHOR.match(article.author.strip()):
        return True
    paragraphs = [p.strip() for p in article.text.split("\n") if p.strip()]
    if any(agency_dateline(p) for p in paragraphs[:_LEAD_PARAGRAPHS]):
        return True
    return any(len(p) <= _CREDIT_CHARS and _CREDIT.match(p) for p in paragraphs)
