"""Show who is speaking in a summary sentence that is a quotation or a transcript line: '[MARTIN:] I have no idea'.

A sentence lifted from a transcript turn or from inside a quotation reads as someone's words, and the reader
cannot see whose: the largest class (19 of 80) of the development failures session 14 read (issue 10,
BENCHMARKS.md "what each failure misses"). An editor mends it as a transcript does, with the speaker's label
before the words, in square brackets as the other inserts (:mod:`.introduce`, :mod:`.given_names`): an
:class:`~newsbrief.model.Insertion` at the start, text and span verbatim. Only where the speaker is certain:

- a transcript turn: the sentence speaks in the first or second person ("I", "we", "you": a host's "Her last stop is
  the Capitol" reads as reporting without a label), and its paragraph opens with a speaker label ("MARTIN:",
  "RACHEL MARTIN, HOST:") before the sentence (a sentence that holds its label shows it already), the label of
  a speaker who opens two paragraphs or more in an article with two such speakers (a newsletter's headings, "TOP
  TALKER:", each open one); a label that names nobody ("UNIDENTIFIED PERSON:", "CROWD:") gives
  nothing. Text only, so briefs with analysis off show it too;
- a quotation (analysis on only: the quote module needs the parse): the sentence opens with, or lies wholly
  inside, a direct quote whose speaker the brief's quotes name (they keep only a speaker the ranker trusts:
  :func:`newsbrief.analyse.quotes.in_brief`); never an unattributed one, never where the sentence or an earlier
  insert already shows the speaker's surname. A speaker the quote module names by given name alone ("Paula said") is
  shown with the one full name the reports give it ("[Paula Blades:]", :func:`.given_names.full_name_for`'s rules)
  where no earlier summary sentence shows that full name; else as named ("[Paula:]").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache

from newsbrief.model import Article, Insertion, Quote, SummarySentence
from newsbrief.summarize.given_names import full_name_for, story_text
from newsbrief.text.tokens import word_count

#: What closes a speaker insert ("[MARTIN:]"): the trust count reads an insert that ends so as no name's introduction.
SPEAKER_MARK = ":"
_LABEL_WORD = r"[A-Z][A-Z'’.-]*[A-Z.]"
#: A transcript's speaker label at a paragraph's start: up to four upper-case words, an optional role after a comma.
_LABEL = re.compile(rf"\s*(?P<name>{_LABEL_WORD}(?: {_LABEL_WORD}){{0,3}})(?:, [A-Z][A-Z ,&'’.-]{{0,40}})?: (?=\S)")
#: Labels that name nobody in particular.
_NOBODY = frozenset("UNIDENTIFIED UNKNOWN CROWD GROUP AUDIENCE VOICE VOICES PROTESTERS PROTESTER CHILDREN".split())
_OPEN_QUOTES = "\"“‘'"
#: A speaker's own person: a transcript line without it ("Her last stop is the Capitol") reads as plain reporting.
#: (Case as written: "US" is the country.)
_FIRST_SECOND = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Mm]ine|[Ww]e|[Uu]s|[Oo]urs?|[Yy]ou|[Yy]ours?)\b")


def is_speaker_insert(insertion: Insertion) -> bool:
    """Whether ``insertion`` shows a speaker ("[MARTIN:]") rather than a name's missing part ("[Jeremy] Corbyn")."""
    return insertion.text.endswith(SPEAKER_MARK)


@lru_cache(maxsize=64)
def _speakers(article: str) -> frozenset[str]:
    """The surnames of the speakers of ``article`` read as a transcript: two speakers at least, each opening two
    paragraphs or more ("OPAL LEE:" then "LEE:" is one speaker); empty otherwise. A newsletter's headings ("TOP
    TALKER:", "BANK STOCKS CRUSHED:") each open one paragraph, a news label ("UPDATE:") one: no transcript."""
    turns = Counter(m.group("name").split()[-1] for p in article.split("\n") if (m := _LABEL.match(p)))
    repeated = frozenset(name for name, n in turns.items() if n >= 2)
    return repeated if len(repeated) >= 2 else frozenset()


def turn_label(article: str, start: int) -> str | None:
    """The speaker label of the transcript turn (one paragraph) that holds offset ``start`` of ``article``, if it
    opens before ``start``, names someone, and is one of the article's transcript speakers; None otherwise."""
    para = article.rfind("\n", 0, start) + 1
    m = _LABEL.match(article, para)
    if m is None or m.end() > start or any(w in _NOBODY for w in m.group("name").split()):
        return None
    return m.group("name") if m.group("name").split()[-1] in _speakers(article) else None


def _quote_speaker(item: SummarySentence, quotes: Iterable[Quote]) -> str | None:
    """The named speaker of a quote the sentence opens with or lies wholly inside; None when there is none."""
    src = item.source
    opens = item.text.lstrip()[:1] in _OPEN_QUOTES
    for q in quotes:
        if q.article_id != src.article_id or q.speaker is None or q.end <= src.start or q.start >= src.end:
            continue
        if (opens and q.start <= src.start + 2) or (q.start <= src.start and q.end >= src.end - 2):
            return q.speaker
    return None


def _in_full(speaker: str, article: str, before: int, story: str) -> str:
    """``speaker`` with the one full name the reports give a given name alone ("Paula" -> "Paula Blades"), where
    :func:`.given_names.full_name_for` finds it before offset ``before`` of ``article``; else ``speaker``."""
    if len(speaker.split()) != 1:
        return speaker
    return full_name_for(speaker, article, before, story) or speaker


def _surname(name: str) -> str:
    return name.split()[-1].strip(".,").capitalize() if name.split() else name


def _shows(shown: str, speaker: str) -> bool:
    """Whether the reader already sees the speaker: the surname, in any case, in the shown sentence."""
    return _surname(speaker).lower() in shown.lower()


def show_speakers(
    summary: Sequence[SummarySentence],
    articles: Sequence[Article],
    quotes: Sequence[Quote] = (),
    words: int | None = None,
) -> list[SummarySentence]:
    """The summary with "[SPEAKER:]" before each sentence whose speaker the reader cannot see but the sources give
    with certainty (see the module docstring); ``quotes`` are the brief's (empty with analysis off). With ``words``,
    a speaker is shown only while the summary as shown (every insert counted) stays within that many words."""
    by_id = {a.id: a for a in articles}
    story = story_text(a.text for a in articles)
    room = None if words is None else words - sum(word_count(s.shown) for s in summary)
    out: list[SummarySentence] = []
    for item in summary:
        if any(is_speaker_insert(i) for i in item.insertions):
            out.append(item)
            continue
        label = (
            turn_label(by_id[item.source.article_id].text, item.source.start)
            if _FIRST_SECOND.search(item.text)
            else None
        )
        named = label or _quote_speaker(item, quotes)
        if named is None or _shows(item.shown, named):  # '"...," Paula said.': the reader sees her already
            out.append(item)
            continue
        speaker = named if label else _in_full(named, by_id[item.source.article_id].text, item.source.start, story)
        if speaker != named and any(speaker in x.shown for x in out):
            speaker = named  # the brief gave the full name before: "[Paula:]" is enough and costs a word less
        if _shows(item.shown, speaker) or (room is not None and word_count(speaker) > room):
            out.append(item)
            continue
        room = None if room is None else room - word_count(speaker)
        inserts = (Insertion(0, speaker + SPEAKER_MARK), *item.insertions)
        out.append(replace(item, insertions=inserts))
    return out
