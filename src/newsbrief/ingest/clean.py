"""Clean scraped news text into paragraphs a reader (and a sentence splitter) can use.

What scraped news really contains, and what this module does about it (each rule is general, seen
across ../shared/data/seeds and Multi-News):

1. stray indentation, trailing spaces, non-breaking spaces, ``\\r\\n`` -> normalised whitespace; text decoded
   with the wrong character set before it reached us ("GÃ¼len", "it\\x92s") -> repaired
   (:mod:`newsbrief.ingest.mojibake`); an apostrophe typed as a left quote, grave, acute or modifier letter
   ("Obama‘s court pick") -> ’, the one mark the tokenizer splits off a word, so no name keeps a possessive;
2. paragraphs run together on one line ("...'cowards'  A senior Tory...") -> split where two or
   more spaces follow sentence-final punctuation or a closing quote;
3. bullet lists ("• ...", "- ...", "* ...") -> one paragraph per bullet, marker dropped, so each
   bullet is a sentence of its own;
4. a photo caption printed twice, or a paragraph repeated anywhere in the article -> kept once; a
   caption glued to the start of the next paragraph ("CAPTION  In a joint statement...") is cut off
   when the caption already stands alone;
5. boilerplate lines (share/subscribe prompts, "Read more", "Advertisement", web-archive notices
   such as the "Alexa Internet ... crawl data" pages that Multi-News contains) -> dropped; a list of links to
   other stories ("Related:" and the headlines under it) -> dropped (:mod:`newsbrief.ingest.link_lists`);
6. photo credits inside a paragraph ("(AP Photo/Charlie Neibergall)", "(Katherine Frey/The Washington
   Post)", "Tom Williams/Getty Images Rep. Jackie Speier will...", "William Wei, Business Insider Facebook is
   buying ..." at a paragraph's start, NPR's "Enlarge this image toggle caption") -> removed, so that they do
   not end up inside a summary sentence (69 of them in the 250 Multi-News validation clusters);
7. the news wire's messages to editors (:mod:`newsbrief.ingest.wire`: typesetting codes, notes to editors,
   trim marks, the distribution tail) -> dropped; a wire advisory (a budget of planned stories, a photo
   advisory) leaves nothing.

The result is the article text that every offset in a :class:`~newsbrief.model.Brief` points into:
paragraphs separated by one blank line.
"""

from __future__ import annotations

import re
import unicodedata

from newsbrief.ingest.link_lists import drop_link_lists
from newsbrief.ingest.mojibake import repair_line
from newsbrief.ingest.wire import drop_wire_notes, is_advisory, strip_codes
from newsbrief.text.lexicon import CREDIT_NOT_NAMES, CREDIT_OUTLETS, LONG_DASHES, PHOTO_AGENCIES, alternation

PARAGRAPH_SEP = "\n\n"

_BULLET = re.compile(rf"^\s*(?:[•●▪◦‣∙·]|[-*{LONG_DASHES}](?=\s))\s*")
# Two or more spaces after sentence-final punctuation (optionally closed by a quote or bracket),
# followed by what opens a sentence: a new paragraph that the scraper glued on.
_RUN_TOGETHER = re.compile(r"(?<=[.!?'\"’”)\]])[ \t]{2,}(?=[\"'‘“(\[]?[A-Z0-9])")
_SPACES = re.compile(r"[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")

# Lines that are never part of the story. Calibrated on the most frequent short lines of
# Multi-News validation (see tests/ingest/test_clean.py for the cases).
_BOILERPLATE_LINE = re.compile(
    r"""^(?:
        advertisement(?:\s+continue\ reading\ the\ main\ story)?
      | story\ continued\ below
      | continue\ reading(?:\ the\ main\ story)?
      | read\ more(?:\s*(?:about)?\s*:.*)?
      | (?:also|related|see\ also|more|watch|listen)\s*:?
      | share\ (?:this|on)\b.*
      | (?:sign\ up|subscribe)\b.{0,120}
      | follow\ (?:us|me)\ on\b.*
      | (?:click|tap)\ here\b.*
      | please\ enable\ javascript\b.*
      | report\ this\ ad
      | tweet\ with\ a\ location
      | text\ size\ -?
      | play\ (?:facebook|twitter|video)
      | (?:facebook\ )?twitter\ (?:pinterest|email|whatsapp)\b.*
      | (?:image|photo(?:graph)?|picture)\s*(?:copyright|credit|:).*
      | from\ wikipedia,\ the\ free\ encyclopedia
      | (?:the\ )?[\w.'’\ -]{0,60}\ contributed\ (?:to\ )?this\ (?:report|story|article)\.?
      | this\ (?:article|story)\ (?:was|has\ been)\ (?:amended|updated|corrected)\b.{0,80}
      | .{0,120}(?<!to)\ read\ more\.?
      | copyright\b.{0,100}all\ rights\ reserved\.?
      | this\ material\ may\ not\ be\ published.*
      | [-_=*#~.+\s]*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)

# Whole-paragraph web-archive notices (Internet Archive / Alexa crawl pages in Multi-News).
_ARCHIVE_NOTICE = re.compile(
    r"alexa internet has been donating their crawl data"
    r"|these crawls are part of an effort to archive pages"
    r"|the wayback machine after an embargo period"
    r"|internet archive hopes that references to these archived pages",
    re.IGNORECASE,
)


# Photo credits (rule 6). Agencies and papers are named explicitly (text/lexicon.py): "Name Name/Outlet" in
# running prose is otherwise a poll ("an Ipsos/Reuters poll") or a pairing, which must stay.
_AGENCIES = alternation(CREDIT_OUTLETS)
_PHOTO_AGENCY = alternation(PHOTO_AGENCIES)
# The rest of a capitalised name word in a credit ("illiams" of "Williams"). Bounded, because this branch is
# tried at every capital letter: unbounded, a 100 KB run of capitals scanned to its end from each of them
# (quadratic: 40 KB took 35 s). No name word of a credit in Multi-News or DUC comes near 40 characters, and
# the output on their documents is byte-identical with the unbounded form (tests/ingest/test_hostile_regex.py).
_NAME_TAIL = r"[\w'’-]{0,40}\w"
# Not a name: "On Monday, Bloomberg News reported ..." has the credit's shape (review42).
_NOT_A_NAME = alternation(CREDIT_NOT_NAMES)
_CREDIT = re.compile(
    rf"""
      \s*\((?:{_PHOTO_AGENCY}\s+Photo|Photo(?:graph)?\s+by)\b[^()]*\)                # (AP Photo/...), (Photo by ...)
    | \s*\([A-Z][^()/]{{1,60}}/\s*(?:[^()/]{{1,30}}/\s*)?{_AGENCIES}\b[^()]{{0,40}}\)  # (Name/The Washington Post)
    | \s*\(Associated\s+Press\)
    | \s*\((?:[A-Z][\w'’-]*\s){{1,3}}[A-Z][\w'’-]*/[^()]{{1,50}}                     # (Name/The Recorder
      \bvia\s+{_PHOTO_AGENCY}\b[^()]{{0,10}}\)                                            #  via AP, File)
    | \s*(?:Photographer:\s*|(?:[Pp]hoto\s+)?By\s+|[Pp]hoto\s+by\s+)?                  # [Photo] by
      (?!(?:A|An|The|In|On|At|By|This|That)\s)(?:(?:[A-Z]\.|[A-Z]{_NAME_TAIL})\s){{1,3}}
      [A-Z]{_NAME_TAIL}/(?:(?:AFP|AP)/)?{_AGENCIES}(?:\s+via\s+Getty\s+Images)?\b\.?   # Tom Williams/Getty Images
      (?=\s*(?:$|[A-Z(\[“"'‘|]))                                                          # ... then a new sentence
    | \s*(?:Enlarge\s+this\s+image\s+)?toggle\s+caption\b
    | ^(?!{_NOT_A_NAME}\s)                                  # not "On Monday, Bloomberg News reported ..." (prose)
      (?:(?:[A-Z]\.|[A-Z]{_NAME_TAIL})\s){{1,2}}[A-Z]{_NAME_TAIL},\s+{_AGENCIES}       # William Wei, Business
      (?:\s+(?=[A-Z“"‘])|\.?$)                                               # Insider Facebook is ... (start only)
    """,
    re.VERBOSE,
)


# Something every credit above contains, found fast (each branch starts with a literal): most paragraphs have
# none, and the full pattern, which tries a name at every capital letter, then need not run (it doubled the
# time of cleaning).
_CREDIT_HINT = re.compile(
    rf"/\s*(?:[^()/]{{1,30}}/\s*)?{_AGENCIES}|\({_PHOTO_AGENCY}\s+Photo|\(Photo(?:graph)?\s+by"
    rf"|\(Associated\s+Press\)|\bvia\s+{_PHOTO_AGENCY}\b|toggle\s+caption|^[A-Z][^,]{{1,60}},\s+{_AGENCIES}\b"
)


def _drop_credits(paragraph: str) -> str:
    """The paragraph without its photo credits (rule 6)."""
    if not _CREDIT_HINT.search(paragraph):
        return paragraph  # already single-spaced and stripped by _paragraphs
    return _SPACES.sub(" ", _CREDIT.sub("", paragraph)).strip()


_UNICODE_SPACE = re.compile(r"[\t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]")
#: An apostrophe typed as another mark: a left single quote, grave or acute accent or modifier letter between two
#: letters ("Obama‘s", "don`t", "Obamaʼs"), or a left quote or grave after a word ("the Joneses‘ house"). A mark
#: that opens a quotation never follows a letter, so each is the apostrophe ’; one character for one, so every
#: offset stays. The tokenizer splits only ’ and ' off a word: "Obama‘s" was one token, and a name kept its "‘s".
_APOSTROPHE = re.compile(r"(?<=[^\W\d_])(?:[‘`´ʼ](?=[^\W\d_])|[‘`](?![^\W\d_]))")


def apostrophes(text: str) -> str:
    """``text`` with every apostrophe typed as another mark made ’ (:data:`_APOSTROPHE`), as cleaning reads it: for
    code that compares text stored before this reading with today's (a label keyed by its text)."""
    return _APOSTROPHE.sub("’", text)


def _normalise_line(line: str) -> str:
    # Mojibake first: "Â\u00a0" is a garbled no-break space, which the space rule would leave as "Â ".
    line = repair_line(unicodedata.normalize("NFC", _ZERO_WIDTH.sub("", line)))
    # One-for-one, so that a run of two non-breaking spaces still marks glued paragraphs.
    return apostrophes(_UNICODE_SPACE.sub(" ", line)).strip()


def _split_glued(line: str) -> list[str]:
    """Split a line where the scraper glued paragraphs together with a run of spaces."""
    parts = _RUN_TOGETHER.split(line)
    return [p for p in (q.strip() for q in parts) if p]


def _paragraphs(text: str) -> list[str]:
    """Turn raw text into a list of single-line paragraphs (rules 1-3)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paragraphs: list[str] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            paragraphs.append(" ".join(current))
            current.clear()

    for raw in text.split("\n"):
        line = _normalise_line(raw)
        if not line:
            flush()
            continue
        bullet = _BULLET.match(line)
        if bullet:
            flush()
            line = line[bullet.end() :]
        pieces = _split_glued(line)
        if not pieces:
            continue
        # Scraped news puts one paragraph per line far more often than it wraps lines, so a
        # newline ends a paragraph; only a line that visibly continues a sentence (no final
        # punctuation, next line in lower case) is joined to the next.
        for piece in pieces[:-1]:
            current.append(piece)
            flush()
        current.append(pieces[-1])
        if not _continues(pieces[-1]):
            flush()
    flush()
    return [_SPACES.sub(" ", p).strip() for p in paragraphs if p.strip()]


def _continues(line: str) -> bool:
    """A hard-wrapped line: long, and ending mid-sentence (a comma, a word in lower case)."""
    return len(line) > 60 and line[-1] in ",;" and not line.endswith(":")


def _key(paragraph: str) -> str:
    return re.sub(r"\W+", " ", paragraph.lower()).strip()


def _drop_repeats(paragraphs: list[str]) -> list[str]:
    """Keep the first copy of each paragraph (rule 4), and unglue captions from what follows."""
    seen: set[str] = set()
    kept: list[str] = []
    for para in paragraphs:
        key = _key(para)
        if not key or key in seen:
            continue
        # "CAPTION  Next paragraph": the caption stands earlier on its own; keep only the rest.
        for earlier in kept[-3:]:
            if para.startswith(earlier) and len(para) > len(earlier):
                para = para[len(earlier) :].strip()
                key = _key(para)
                break
        if not key or key in seen:
            continue
        seen.add(key)
        kept.append(para)
    return kept


#: A paragraph that is only a picture's credit "X via AGENCY", printed once or twice (HuffPost's "Scott Olson via
#: Getty Images.", "Bloomberg via Getty Images."; val_raw's "Education Images/UIG via Getty Images Education
#: Images/UIG via Getty Images", "U.S. Force Korea via AP U.S. Force Korea via AP"): the entity stage read the
#: photographer as a person of the story. Each word of the credit ends at a space or a slash, so a long run of
#: capitals is tried in one way only.
_VIA_CREDIT = rf"(?:[A-Z][\w.'’&-]*(?:\s+|\s*/\s*)){{1,6}}via\s+(?:{_PHOTO_AGENCY})\.?"
_VIA_CREDIT_LINE = re.compile(rf"^{_VIA_CREDIT}(?:\s+{_VIA_CREDIT})?$")


def is_boilerplate(paragraph: str) -> bool:
    """True for a line that is site furniture, not story (rule 5), or a picture's credit alone (rule 6); the wire's
    messages to editors are :func:`newsbrief.ingest.wire.is_wire_note` (rule 7)."""
    return (
        bool(_BOILERPLATE_LINE.match(paragraph))
        or bool(_ARCHIVE_NOTICE.search(paragraph))
        or bool(_VIA_CREDIT_LINE.match(paragraph))
    )


def clean_text(text: str) -> str:
    """Return the cleaned article text: paragraphs separated by one blank line.

    Args:
        text: the article as read (plain text, or trafilatura's output for HTML).

    Returns:
        The cleaned text; empty when nothing of the story is left (e.g. an archive notice, a wire advisory).
    """
    text = strip_codes(text)
    if is_advisory(text):
        return ""
    # Links to other stories before boilerplate: the heading ("Related:") is boilerplate, and the headlines under it
    # are told by standing under it.
    paragraphs = drop_link_lists(drop_wire_notes(_paragraphs(text)))
    paragraphs = [_drop_credits(p) for p in paragraphs if not is_boilerplate(p)]
    return PARAGRAPH_SEP.join(_drop_repeats([p for p in paragraphs if p and not is_boilerplate(p)]))
