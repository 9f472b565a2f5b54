"""Sentence splitting with character offsets into the cleaned article text.

Paragraphs (separated by a blank line, see :mod:`newsbrief.ingest.clean`) are split independently,
so a sentence never crosses a paragraph; within a paragraph an injected
:class:`~newsbrief.text.splitters.Splitter` decides the boundaries (pySBD, BlingFire or nupunkt; chosen by
``BriefConfig.splitter``, measured in ``benchmarks/split.py``). What newsbrief knows about news stays here,
on top of any splitter: datelines, closing-quote fragments, and windows over very long paragraphs.

A wire dateline that opens a paragraph ("CANNES, France (AP) — ", "WASHINGTON, Feb. 18 (UPI) -- ",
"DAMASCUS — ") is a segment of its own: it is where and when the report was filed, not part of the
first sentence, which then reads on its own ("A man rushed onto the red carpet..."). 60 of 3,064
summary sentences of the Multi-News raw validation briefs opened with one. So is the other debris a scraper
leaves at a paragraph's start, before a sentence that is whole without it (a *lead-in*): a TV station's
dateline ("FT LAUDERDALE (CBSMiami) – "), an outlet's tag with no dash ("(CNN) A Detroit man ..."), an AP
dateline whose dash the scraper lost ("NEWTOWN, Conn. Parents ..."), a bracketed media or footnote mark
("[Video Link] ", "[15] "), an update stamp ("Updated | ", "UPDATE, 10:11 p.m. — "), a photo credit in
brackets ("(Photo: Susan Walsh, AP) "), and a video player's labels ("CLOSE Skip in Skip x Embed x Share ").
Lead-ins chain ("(Photo: ...) Story Highlights ..."); each is its own segment, and the brief drops them
(:func:`is_dateline`), so the sentence after one is kept, verbatim, without it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from newsbrief.model import Article, Sentence
from newsbrief.text.dateline import SOURCE, dateline_at
from newsbrief.text.dates import MONTH_ABBREVIATIONS
from newsbrief.text.lexicon import LONG_DASHES
from newsbrief.text.splitters import DEFAULT_SPLITTER, Splitter, get_splitter

_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\n)[^\n]+)*")
#: A dateline (``segment`` form of :func:`~newsbrief.text.dateline.dateline_at`: "CANNES, France (AP) — ",
#: "ATLANTA _ ", "WASHINGTON The Senate passed", "NEWTOWN, Conn. Parents") is tried first, then these.
#: Other lead-ins (module docstring): an outlet's tag in brackets before a sentence ("(CNN) A man"); a
#: bracketed footnote number or media mark ("[12]", "[Video Link]", "[PHOTOS]", "[via TorrentFreak.com]"); a
#: photo credit in brackets ("(Photo: AP)"); an update stamp closed by a bar or a dash ("Updated | ",
#: "UPDATE, 10:11 p.m. — "); a video player's labels ("CLOSE", "Skip in Skip x Embed x Share", "Editor's
#: Picks", "Story Highlights"). Each is followed by what opens a sentence.
_MEDIA = r"(?:video|videos|photo|photos|image|images|picture|pictures|audio|link|watch|gallery|slideshow|listen|via)"
_LEAD_IN_FORMS = (
    rf"(?:{SOURCE}"
    r"|\[\d{1,3}\](?:\[\d{1,3}\]){0,5}"
    rf"|\[(?:[^\[\]]{{0,30}}\s)?(?i:{_MEDIA})\b[^\[\]]{{0,40}}\]"
    r"|\((?:Photo|Photos|Image|Credit|Picture)s?:[^()]{1,60}\)"
    rf"|(?:UPDATED|UPDATE|Updated|Update|Last\supdated)\b[^|{LONG_DASHES}\n]{{0,30}}?\s?(?:\||[{LONG_DASHES}]|--)"
    r"|CLOSE|Skip\sin\sSkip\sx\sEmbed\sx\sShare|Editor['’]s\sPicks|Story\sHighlights)"
    r"\s(?=[\"“‘'(\[]?[A-Z0-9])"
)
_LEAD_IN = re.compile(_LEAD_IN_FORMS)


# A splitter may cut a closing quote after a full stop off as a segment of its own ("...traitors." + "'",
# pySBD does); such a fragment belongs to the sentence before it.
_FRAGMENT = re.compile(r"^[\W_]+$")
#: A splitter cuts after every "!" or "?", also one that ends a title inside a sentence ("Mamma Mia!",
#: "Blow Me Down!", "E!"): the segment after it then opens in lower case ("in 2008, she played ...") or closes
#: the name and goes on with the verb ("King Features, was directed by ..."). No sentence opens so, and the two
#: are one sentence. (On the Multi-News raw clusters outside the trust labels' held-out third, 74 segments
#: follow one that ends with a capitalised word and "!" or "?" in the same paragraph: this joins 6, three
#: titles cut, a quotation's '"No!' + 'we are brothers ...', and two tweets with their "pic.twitter.com" line.)
_AFTER_TITLE_MARK = re.compile(
    r"[a-z]|(?:[A-Z][\w'’&.-]*\s){0,3}[A-Z][\w'’&.-]*,\s(?:was|is|were|are|has|have|had|will|would|said|says)\s"
)
#: A segment that opens with a closing bracket or a comma, semicolon or colon continues the one before: a
#: splitter took the full stop of an abbreviation inside brackets for a sentence's end ("Mitch McConnell
#: (R-Ky." + "), who on Tuesday ..."). No sentence opens so. An emoticon (":)", ";-)", ":D") opens with the
#: same marks but closes the sentence before: it joins that one, and what follows it is a sentence of its own.
_CONTINUES = re.compile(r"[)\]},;:」』）]|[”’](?=[\u3000-\u9fff\uff00-\uffef])")  # a Chinese quote's close
_EMOTICON = re.compile(r"[:;]-?[()DPp](?=\s|$)\s*")
#: A full stop, "!" or "?" of Chinese or Japanese (with a closing bracket or quote after it) ends a sentence
#: with no space after it; a splitter trained on English (nupunkt) reads on to the next one. Not before the
#: quotative "と" ("「行く。」と彼は言った。": the quote goes on as part of the sentence). Chinese closes a quote
#: with curly marks ("他说：“我们会赢。”然后离开了。"): the cut comes after them.
_CJK_END = re.compile(r"[。！？]+[」』）】〕”’]*(?![」』）】〕”’と])")
#: A month's short form with its full stop, glued to what precedes it ("Aug. 23-Sept."), before a day number
#: ("5 issue"): a date, not a sentence's end; the splitter's model knows "Sept." only as a word of its own.
_MONTH_END = re.compile(r"(?:^|[^A-Za-z])(" + "|".join(sorted(MONTH_ABBREVIATIONS, key=len, reverse=True)) + r")\.$")
_DAY_NEXT = re.compile(r"\d{1,2}(?!\d)")


def _joins(paragraph: str, previous: tuple[int, int], start: int, end: int) -> bool:
    """Whether the segment ``paragraph[start:end]`` belongs to the sentence ``previous`` (see the rules above)."""
    segment = paragraph[start:end]
    if _FRAGMENT.match(segment) or _CONTINUES.match(segment):
        return True
    before = paragraph[previous[0] : previous[1]]
    if before[-1:] in ("!", "?") and _AFTER_TITLE_MARK.match(paragraph, start):
        return True
    return _MONTH_END.search(before) is not None and _DAY_NEXT.match(segment) is not None


def lead_in_end(text: str, start: int = 0) -> int | None:
    """End of the dateline or other lead-in (module docstring) at ``text[start]``, or ``None``: a dateline
    first (:func:`~newsbrief.text.dateline.dateline_at`, ``segment`` form), else another lead-in."""
    dateline = dateline_at(text, start)
    if dateline is not None:
        return dateline.end
    match = _LEAD_IN.match(text, start)
    return match.end() if match else None


def is_dateline(text: str) -> bool:
    """Whether ``text`` is a dateline or another lead-in alone (a segment :func:`split_sentences` cut off a
    paragraph's start; see the module docstring)."""
    return lead_in_end(text + " The ") == len(text) + 1


def _spans_in(paragraph: str, offset: int, splitter: Splitter) -> Iterator[tuple[int, int]]:
    """Character spans of the sentences of one paragraph, shifted by ``offset``."""
    spans: list[tuple[int, int]] = []
    cut = lead_in_end(paragraph)
    if cut is not None and cut < len(paragraph):
        yield offset, offset + len(paragraph[:cut].rstrip())
        yield from _spans_in(paragraph[cut:], offset + cut, splitter)
        return
    for start, end in _raw_spans(paragraph, splitter):
        emoticon = _EMOTICON.match(paragraph, start, end) if spans else None
        if emoticon:
            spans[-1] = (spans[-1][0], start + len(emoticon.group().rstrip()))
            start = emoticon.end()
            if start >= end:
                continue
        elif spans and _joins(paragraph, spans[-1], start, end):
            spans[-1] = (spans[-1][0], end)
            continue
        spans.append((start, end))
    for start, end in _cjk_spans(paragraph, spans):
        yield offset + start, offset + end


def _cjk_spans(paragraph: str, spans: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """``spans`` with each cut after a Chinese or Japanese sentence end inside it (:data:`_CJK_END`)."""
    for start, end in spans:
        for match in _CJK_END.finditer(paragraph, start, end):
            cut = match.end()
            if cut < end:
                yield start, cut
                start = cut
                while start < end and paragraph[start].isspace():  # the next sentence starts at its first word
                    start += 1
        if start < end:
            yield start, end


#: Applied to every splitter (windows cost a linear one nothing). pySBD's time grows with the square of a
#: paragraph's length on some text (issue 15: a 100 KB paragraph of "Mr. Dr. U.S. " took 52 s, one of
#: "toggle caption " 11 s). A longer paragraph is read a window of this many characters at a time: the
#: sentences of a window are kept except its last two, which may be cut or decided without the text that
#: follows, and the next window starts where they start; a window with fewer than three sentences is cut at
#: its last space. pySBD decides most boundaries from the text near them (not all: it pairs quotes across a
#: paragraph), so the spans are nearly always those of the whole paragraph; they are the same with and
#: without windows for every paragraph of Multi-News val_raw, DUC 2004 (tasks 2 and 5) and PolNeAR (train,
#: dev), 17 of which are longer than a window (a window of 4,000 or 6,000 characters changed 3 of those
#: 2,617 documents).
MAX_WINDOW = 10_000


def _raw_spans(paragraph: str, splitter: Splitter) -> Iterator[tuple[int, int]]:
    start = 0
    while len(paragraph) - start > MAX_WINDOW:
        window = paragraph[start : start + MAX_WINDOW]
        spans = splitter.split(window)
        if len(spans) >= 3:
            keep, step = spans[:-2], spans[-2][0]
        else:
            step = window.rfind(" ", MAX_WINDOW // 2) + 1 or MAX_WINDOW
            keep = splitter.split(window[:step])
        for begin, end in keep:
            yield start + begin, start + end
        start += step
    for begin, end in splitter.split(paragraph[start:]):
        yield start + begin, start + end


def split_sentences(article: Article, splitter: Splitter | str = DEFAULT_SPLITTER) -> tuple[Sentence, ...]:
    """Split a cleaned article into sentences whose offsets index ``article.text``.

    Args:
        article: a cleaned article (paragraphs separated by a blank line).
        splitter: a :class:`~newsbrief.text.splitters.Splitter`, or the name of one
            (``BriefConfig.splitter``).

    Returns:
        The sentences in reading order; empty for an empty text.
    """
    if isinstance(splitter, str):
        splitter = get_splitter(splitter)
    text = article.text
    out: list[Sentence] = []
    for p_index, match in enumerate(_PARAGRAPH.finditer(text)):
        for start, end in _spans_in(match.group(), match.start(), splitter):
            out.append(
                Sentence(
                    article_id=article.id,
                    index=len(out),
                    start=start,
                    end=end,
                    text=text[start:end],
                    paragraph=p_index,
                )
            )
    return tuple(out)
