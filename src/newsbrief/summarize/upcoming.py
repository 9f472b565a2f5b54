"""Which summary sentences announce an event still to come, and which of those a later report of the story overtook.

A story told over several days has previews among its leads ("... more than 250,000 Iowans are expected to attend
caucuses Monday night"), written before the event, and reports written after it ("Ted Cruz ... defeating Donald
Trump in the Iowa caucuses"). The preview shares the story's words and reads well alone, so centrality and the
stand-alone score can put it first (free PolNeAR train, session 18: peg18's rule opened the Iowa story on it); but
the news peg is what happened, and a later report of the story is there to tell it. Tense is the cheap, general
sign: a lead whose own clause tells time still to come (:data:`~newsbrief.text.lexicon.FUTURE_AUXILIARIES`,
:data:`~newsbrief.text.lexicon.FUTURE_PLANS`) from a source dated before the story's latest is *overtaken*, and gives
way to a lead as well supported that announces nothing (:func:`~newsbrief.summarize.order.peg_first`). Not to another
preview: the rabbis' planned boycott of a speech once gave way to "Trump ... is set to meet with the titans ...
Monday", the latest day's preview, which is no better. A preview on the story's latest day is left where it is: with
no report after it, the story's news may be what is still to come (free PolNeAR train: a speaker booked for the
convention, an advertising blitz to come, each gave way to an older, vaguer lead when they were moved too).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsbrief.model import Article, Sentence
from newsbrief.text.dates import published_at
from newsbrief.text.lexicon import FUTURE_AUXILIARIES, FUTURE_PLANS, REPORTING_LEMMAS, SPEECH_WORDS, alternation

#: A clause whose verb tells time still to come: "will attend", "are expected to attend", "is set to meet", "is
#: planning to boycott". Not a noun's "plan to" ("California's plan to raise its minimum wage ... would put").
_UPCOMING = re.compile(
    rf"\b{alternation(FUTURE_AUXILIARIES)}\b"
    rf"|\b(?:is|are|was|were|be|been|being|'s|'re)\s+(?:\w+ly\s+)?{alternation(FUTURE_PLANS)}\s+to\b",
    re.IGNORECASE,
)
#: A verb of saying as written: the inflected ones of the lexicon, and the regular forms of the reporting lemmas
#: ("announced", "reported", "confirms").
_SAYING = re.compile(
    rf"\b{alternation(SPEECH_WORDS)}\b|\b(?:{'|'.join(sorted(REPORTING_LEMMAS))})(?:s|d|ed)\b", re.IGNORECASE
)


def announces(text: str) -> bool:
    """Whether the sentence's own clause tells an event still to come ("Iowans are expected to attend caucuses").

    Not when a verb of saying comes first: "Ryan's office announced Friday that Ryan will meet Trump" reports an
    announcement, which is done, and may be the story's news (free PolNeAR train, three such leads: a meeting
    announced, an award announced, a paper's projection of the delegate count, each the better opener or as good).
    """
    future = _UPCOMING.search(text)
    if future is None:
        return False
    return _SAYING.search(text, 0, future.start()) is None


def overtaken(chosen: Sequence[Sentence], articles: Sequence[Article], announcing: Sequence[bool]) -> list[bool]:
    """Per chosen sentence: it announces (``announcing``, :func:`announces`) and a source is dated on a later day.

    Args:
        chosen: the summary sentences.
        articles: the story's articles (their ``published`` dates; the day is compared, not the hour, in UTC where
            a stamp gives its zone; an unreadable value counts as undated: "Feb 1, 2016" compared as text would be
            later than every ISO day and make every dated preview overtaken).
        announcing: per chosen sentence, :func:`announces` of its text.
    """
    day = {a.id: at.date() for a in articles if (at := published_at(a.published)) is not None}
    latest = max(day.values(), default=None)
    return [
        ahead and latest is not None and day.get(s.article_id, latest) < latest
        for s, ahead in zip(chosen, announcing, strict=True)
    ]
