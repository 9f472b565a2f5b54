"""A page of readers' letters: its own label, and the lines that sign each letter.

A letters page says what it is in its first paragraph ("LETTERS.", USA Today's label on all 7 of its letters pages in
PolNeAR train outside the reserved articles): its verdicts are a reader's, not the outlet's writer's (a reader's
letter was shown as fact in session 14's blind reading), and :mod:`newsbrief.summarize.genre` takes it for an
opinion piece. Each letter then ends with the reader's name and town, or a handle for a letter sent by social media,
each a paragraph alone ("Heather T. Remoff." / "Arlington, Mass.", "@Knottm92."): not story text, yet on those
pages the brief selected them ("Mission Viejo, Calif.") and noted them as a reader's view (review27, session 15).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from newsbrief.model import Article, Sentence

#: The label standing alone as the first paragraph; a sentence that mentions letters is no label, and a bare
#: "Letter" heads a published letter (its writer's, a chief executive's or a candidate's) as well as a reader's.
_LETTERS_LABEL = re.compile(
    r"^(?:LETTERS|LETTERS?\s+TO\s+THE\s+EDITOR|Letters|Letters?\s+to\s+the\s+[Ee]ditor|READERS\s+RESPOND"
    r"|Readers\s+respond|YOUR\s+SAY|Your\s+say)\s*[.:]?$"
)
#: A signature line: at most five words, each capitalised, an initial or a handle ("Mary-Ann O'Neil.", "Mission
#: Viejo, Calif.", "Woodside, N.Y.", "@janeroe12."), ending with a full stop. A letter's own short sentence has a
#: lower-case word ("Sanders is cool.").
_SIGNATURE = re.compile(r"^(?:(?:@\w+|[A-Z][\w.'’-]*),?\s+){0,4}(?:@\w+|[A-Z][\w.'’-]*)\.$")


def is_letters_label(paragraph: str) -> bool:
    """Whether a paragraph is the label that opens a page of readers' letters ("LETTERS.", "YOUR SAY")."""
    return bool(_LETTERS_LABEL.match(paragraph.strip()))


def letters_page(article: Article) -> bool:
    """Whether a cleaned source is a page of readers' letters by its own label (its verdicts are a reader's)."""
    return is_letters_label(article.text.lstrip().split("\n\n", 1)[0])


def is_signature(paragraph: str) -> bool:
    """Whether a paragraph has a signature line's form (a reader's name, town or handle alone, "Ernie Helton.",
    "@IAmTheJody."); only where a page says it holds readers' letters or comments is it one."""
    return bool(_SIGNATURE.match(paragraph.strip()))


def signatures(sentences: Sequence[Sentence]) -> list[bool]:
    """For each sentence of a letters page, whether it is a signature line: the only sentence of its paragraph and
    of the signature's form. Only for a page :func:`letters_page` declares: a short capitalised paragraph elsewhere
    is left to the other rules."""
    per_paragraph = Counter(s.paragraph for s in sentences)
    return [per_paragraph[s.paragraph] == 1 and is_signature(s.text) for s in sentences]


def readers_views(sentences: Sequence[Sentence], verdict: Sequence[bool], articles: Sequence[Article]) -> list[bool]:
    """Each sentence's verdict, every sentence of a letters page (:func:`letters_page`) taken for its writer's view.

    A letter's writer is a reader, not a reporter: what it says, a stated fact as much as a verdict, is the
    reader's to vouch for, and the note says whose ("a reader writing to USA Today"). The verdict model half reads
    an article's rates, and a page of one short letter rates low once its readers' comments are cut
    (:mod:`newsbrief.text.reader_comments`): four letter sentences labelled opinion were shown as fact on PolNeAR
    train's letters pages (BENCHMARKS.md, Trust, session 18, comments18).
    """
    letters = {a.id for a in articles if letters_page(a)}
    return [v or s.article_id in letters for s, v in zip(sentences, verdict, strict=True)]
