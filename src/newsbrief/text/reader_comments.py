"""Readers' comments collected on a page: where they begin, so the page is read without them.

USA Today's letters pages (and its "Your Say" pages) close with comments its readers posted on social media, under
a platform label standing alone as a paragraph ("FACEBOOK.", "TWITTER."), each comment a short paragraph or two
signed by a line of its own (a name, "Ernie Helton.", or a handle, "@IAmTheJody."). A comment is neither news nor
the outlet's writer's view, yet the lead's blind reading of session 18 found three of them in a summary, noted "in
the view of USA Today's writer (opinion piece)", on a page where a short introduction by the paper came before the
label. The section is recognised by its structure (a label, then signed short comments to the end of the page),
not by the outlet: a label alone is no section (HuffPost's "Twitter." stands where an embedded tweet was, news
paragraphs after it; Multi-News pages keep "Play Facebook" / "Twitter" share buttons), and neither are a few
signed paragraphs without a label (a letters page's letters, left to :mod:`newsbrief.text.letters`).
"""

from __future__ import annotations

import re

from newsbrief.text.letters import is_letters_label, is_signature
from newsbrief.text.lexicon import SOCIAL_PLATFORMS

#: A section label standing alone: a social platform ("FACEBOOK.", "Twitter:") or a heading that says readers
#: comment ("Reader comments", "Your say").
_LABEL = re.compile(
    r"^(?:" + "|".join(re.escape(p) for p in SOCIAL_PLATFORMS) + r"|readers?'?\s+comments|comments\s+from\s+readers"
    r"|your\s+say|what\s+(?:you|readers)\s+(?:said|say|are\s+saying))\s*[.:]?$",
    re.IGNORECASE,
)
#: Paragraphs a comment may run to before its signature (the longest signed comment of the free pages: two, or
#: three with the paper's "We asked our followers ..." before the first); a longer unsigned run is text of
#: another kind, and the section is not one of comments.
MAX_COMMENT_PARAGRAPHS = 3
#: Signed comments a section needs at least: one signed paragraph after a label could be a caption or a credit.
MIN_COMMENTS = 2
#: Paragraphs and words before the first label at most for the page to be all comments (the paper's title and a
#: line saying what it asked its readers): nothing of it is story text, and the page is read as empty. A short
#: report of three paragraphs that closes with comments keeps its report.
MAX_INTRO_PARAGRAPHS = 2
MAX_INTRO_WORDS = 60
#: A paragraph: from a non-space character up to a blank line.
_PARAGRAPH = re.compile(r"\S(?:.|\n(?![ \t]*\n))*")


def _paragraphs(text: str) -> list[tuple[int, str]]:
    """Each paragraph of a cleaned text (lines up to a blank line) with its start offset, stripped."""
    return [(m.start(), m.group(0).strip()) for m in _PARAGRAPH.finditer(text)]


def is_comment_label(paragraph: str) -> bool:
    """Whether a paragraph is a label that heads readers' comments ("FACEBOOK.", "Reader comments:")."""
    return bool(_LABEL.match(paragraph.strip()))


def _comments_follow(paragraphs: list[str]) -> bool:
    """Whether the paragraphs after a label are signed comments to the end of the page: at least
    :data:`MIN_COMMENTS` signatures, no run of more than :data:`MAX_COMMENT_PARAGRAPHS` unsigned paragraphs
    (another label starts a new run), and at most one paragraph after the last signature (a "Follow us ..." line)."""
    run = signed = 0
    for p in paragraphs:
        if is_comment_label(p):
            run = 0
        elif is_signature(p):
            if run == 0 and signed == 0:
                return False  # a signature with no comment before it: a list of names, not comments
            signed, run = signed + 1, 0
        else:
            run += 1
            if run > MAX_COMMENT_PARAGRAPHS:
                return False
    return signed >= MIN_COMMENTS and run <= 1


def comments_start(text: str) -> int | None:
    """The offset in a cleaned ``text`` where its readers' comments begin (0: the page is all comments), or None
    for a page without such a section. The section runs from its label to the end of the page."""
    paragraphs = _paragraphs(text)
    for k, (start, body) in enumerate(paragraphs):
        if k == 0 and is_letters_label(body):
            continue  # "YOUR SAY" opening a letters page: its signed letters are letters (review44), not comments
        if is_comment_label(body) and _comments_follow([p for _, p in paragraphs[k + 1 :]]):
            intro = sum(len(p.split()) for _, p in paragraphs[:k])
            return 0 if k <= MAX_INTRO_PARAGRAPHS and intro <= MAX_INTRO_WORDS else start
    return None


def without_comments(text: str) -> str:
    """A cleaned ``text`` with its readers' comments cut (empty for a page of comments alone)."""
    start = comments_start(text)
    return text if start is None else text[:start].rstrip()
