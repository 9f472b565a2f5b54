"""Sentences of a report's page that are not its story, told by their form and where they stand.

A scraped report carries, beside its story, parts of its page that read like sentences and are not news of the
story: the **headline** printed with a full stop above the lead that restates it ("Northwestern football players
win pivotal union case." over "Northwestern University football players on scholarship are employees ..."), the
report's **credits** ("Staff writer Paul Walsh contributed to this report.", "(Reporting by Amanda Becker;
Editing by Eric Beech.)", "Lerer reported from Los Angeles.", "Contributing: Deborah Berry.", "Karen Hill writes for
the Atlanta Journal-Constitution, Atlanta, Ga."), a **writer's bio** closing the page ("Gaudiano is a
Washington-based reporter for the USA TODAY NETWORK.") and a **video's blurb** ("NBC10's George Spencer has the
latest on the investigation.", "WSJ's Sumathi Reddy discusses with Tanya Rivero.", "Wale Aliyu reports."), and a
**gallery's item** ("Hide Caption 14 of 132 Photos: ..."). Cleaning
drops a credit only where it fills a paragraph alone; these survive inside one, and the brief then summarised them
or counted them as support. :func:`page_parts` marks them, and the brief leaves them out of the story text like
the mined furniture (:func:`newsbrief.pipeline.story_sentences`).

Evidence across stories, not tuned on the trust labels: PolNeAR's 924 articles open with their title, so the
headline check is measured on titles it never saw (it finds 335 of them; the rest are longer, in one paragraph
with the lead, or restated in other words), and on Multi-News raw, DUC 2004 task 2 and task 5 newswire (57,627
sentences with PolNeAR, 18,121 in the Multi-News raw clusters outside the trust labels' held-out third) it and the
other rules were read by hand (``BENCHMARKS.md``, "Session 10: credits, bios, video blurbs and headlines").

Where the article carries its **title** (a JSONL ``title``, an HTML page's, a feed item's), the title printed again
above the story is known without the lead's help (:func:`title_lines`): on PolNeAR train the first story sentence
was still a run of the title's words in 541 of 840 articles (two-part titles split at ";" into two paragraphs, a
lead that tells the story in other words), 0 after; on 238 labelled opening paragraphs of 80 train articles it
flags no story paragraph and every headline one (held-out third 30/30, 30/30; ``benchmarks/title_lines.py``,
BENCHMARKS.md "Session 13: a headline repeated in the text"). A deck under the headline that the title does not
hold (4 of the 80 articles) is left in: by form it is not told from a short lead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsbrief.model import Sentence
from newsbrief.text.dates import WEEKDAY
from newsbrief.text.tokens import content_stems

_NAME = r"[A-Z][\w.'’-]*"
#: Where or for whom, up to the full stop, with no clause of what was found ("reports from Beirut that ...").
_TAIL = r"(?:(?!\bthat\b)[^!?])"
#: Who made the report: a reporting or editing line ("(Additional reporting by ...; Editing by ...)", "--additional
#: reporting by Linh Tat."), "Contributing: ...", a contributors' line (:data:`_CONTRIBUTED`; a donor "contributed
#: $2,700 each." goes on after the verb), "X reported from Y.", "X writes
#: for Y." On PolNeAR and DUC 2004 newswire it finds 31 sentences, on the Multi-News raw clusters outside the trust
#: labels' held-out third 50: all credits.
_CREDIT = re.compile(
    # (bracketed or after a dash, "with [additional] reporting by", or a list of roles: "Reporting by the Times
    # found that ..." is news)
    r"^(?:[(\-–—]+\s*(?:with\s+)?(?:additional\s+)?|with\s+(?:additional\s+)?|additional\s+)"
    r"(?:reporting|writing|editing|research)\s+by\s+[A-Z]"
    r"|^(?:reporting|writing|editing)\s+by\s+[A-Z][^.;]{1,120};"
    r"|^contributing\s*:"
    rf"|^(?:{_NAME}\s){{0,2}}{_NAME}\s+(?:reported|wrote)\s+(?:this\s+(?:story|report)\s+)?from\s{_TAIL}{{1,60}}?\.$"
    # for, about or on a paper or a place by its name: "writes about her illness" is news
    rf"|^(?:{_NAME}\s){{0,2}}{_NAME}\s+(?:writes|reports)\s+(?:for|about|on)\s+(?-i:(?:[Tt]he\s+)?[A-Z]){_TAIL}{{0,120}}\.$",
    re.IGNORECASE,
)
#: "X contributed [reporting | to this report] [from Y].": the contributors by name and role only ("AP writer Ken
#: Thomas in Boston contributed.", "Rebecca Sun, Mia Galuppo and Scott Feinberg contributed to this article."), and
#: from or in a place by its name: "Rising costs also contributed.", "Drought contributed in part.", "The Gates
#: Foundation also contributed in 2019." are news (review12).
_CONTRIBUTED = re.compile(
    r"^((?:[\w.'’,-]+\s){1,14}?)(?:also\s+)?contributed(?:\s+(?:reporting|research|to\s+(?:this|the)\s+(?:report"
    r"|story|article)))?(?:\s+(?:from|in)\s+(?-i:[A-Z])[^!?]{0,59}?)?\s*\.$",
    re.IGNORECASE,
)
#: The lower-case words a contributors' line has beside names.
_CREDIT_WORDS = frozenset(
    "and also in from of the staff writer writers reporter reporters correspondent correspondents researcher"
    " researchers editor editors photographer photographers producer producers contributor contributors".split()
)
#: A video page's blurb: the outlet's reporter "has the details / has more / has the latest [on ...]", "X reports."
#: (or "reports for the NBC4 News at 5 p.m. ...", with the player's "(Published ...)" stamp), "discusses with Y."
#: (no object: the clip is the object), or an analyst or correspondent who "details / explains / breaks down" in
#: the present tense. News tells what a reporter found in the past tense or with "reports that": "The BBC's Jim
#: Muir reports from Beirut that ..." stays. On the Multi-News raw clusters outside the held-out third it finds 8
#: sentences (one line three times), all blurbs; on PolNeAR and DUC none.
_SUBJECT = r"(?:(?:[A-Z][\w.&-]*|of|the|and|for|at)['’]?s?\s){0,6}?[A-Z][\w.'’-]*\s"
_BLURB = re.compile(
    rf"^{_SUBJECT}(?:has|have)\s+(?:more|the\s+(?:latest|details|(?:full\s+)?story|report))(?:\s+(?:on|from|about)\s[^.!?]{{1,80}})?"
    r"\s*[.!]$"
    rf"|^{_SUBJECT}reports(?:\s+(?:for|from)\s{_TAIL}{{1,80}}?)?\s*\.(?:\s*\(Published\b[^()]{{0,60}}\))?$"
    r"|\b(?:discusses|chats)\s+with\s+[^.!?]{1,60}\.$"
    r"|^[^.!?]{0,40}\b(?:analyst|correspondent|reporter|anchor|host|contributor|editor|producer)\s"
    rf"{_SUBJECT}(?:discusses|details|explains|breaks\s+down|takes\s+a\s+look|looks\s+at|weighs\s+in|talks\s+about"
    r"|previews|recaps)\b"
)
#: A gallery's or a video carousel's item: "Hide Caption 14 of 132 Photos: Photos: Crisis in Ukraine – A Russian flag
#: waves as ...", "(Jan. 18) AP 1 of 68 Skip in Skip x Embed x Share CLOSE ...". The counter of the slide shows
#: the player around it; 4 Multi-News raw clusters outside the held-out third carry 236 such sentences that no
#: other rule refused, none in PolNeAR or DUC.
_GALLERY = re.compile(
    r"\bhide\s+caption\b|\b\d{1,3}\s+of\s+\d{1,4}\s+(?:(?:photos?|images?|pictures?)\s*:|skip\s+in\s+skip\b)",
    re.IGNORECASE,
)
#: A writer's bio: a name that "is a/the ... reporter / columnist / professor ..." in the present tense. Only in
#: the page's last paragraph, where a column or a report signs off: in a story's body the same words are news
#: ("Jason Rezaian is a reporter for The Washington Post" in a story about his arrest).
_ROLE = (
    r"(?:writer|columnist|reporter|correspondent|contributor|editor|author|journalist|blogger|fellow|professor"
    r"|economist|analyst)"
)
#: How a sign-off opens, after the wire's dash or a bracket ("(Melinda Henneberger is a reporter in The New York
#: Times Washington bureau.)", "_ Jane Doe is ..."): the writer's name, "is a / an / the" in the present tense, and up
#: to five words before what the writer is. The genre of a source reads its own sign-offs with it
#: (:mod:`newsbrief.summarize.genre`: a columnist's).
_SIGNING = rf"^(?:_+\s*|\(\s*)?(?:{_NAME}\s){{0,3}}{_NAME}\s+is\s+(?:a|an|the)\s+(?:[\w.,'’&-]+\s){{0,5}}?"


def sign_off(roles: str) -> re.Pattern[str]:
    """A writer's sign-off that says the writer is one of ``roles`` (a regular expression of role words)."""
    return re.compile(rf"{_SIGNING}(?:{roles})s?\b")


_BIO = sign_off(_ROLE)
#: A headline is short: PolNeAR's titles that the lead restates are 4-12 words; a lead alone in its paragraph is
#: longer, and at 16 or 20 words the check took a column's opening line and news leads on Multi-News raw and DUC.
HEADLINE_WORDS = 12
#: The day of the news, which a short lead names and a headline seldom does: 1 of the 355 first sentences the
#: check takes in PolNeAR (titles), Multi-News val_raw and DUC 2004 task 2 ("... 4 Super Tuesday states.").
_NEWS_DAY = re.compile(rf"\b{WEEKDAY}\b|\b(?:yesterday|today|tonight)\b", re.IGNORECASE)
#: Share of the headline's content words (stemmed, stopwords left out) that the next sentence repeats.
HEADLINE_RESTATED = 0.4


#: The wire's dash before a sign-off ("_ Steve Dollar writes for the Atlanta Journal-Constitution.", "_Bill Hendrick
#: writes for ...": the NYT news service's credit lines).
_WIRE_DASH = re.compile(r"^_+\s*")


def _unmarked(text: str) -> str:
    """The sentence without the wire's dash before it."""
    return _WIRE_DASH.sub("", text.strip(), count=1)


def is_page_line(text: str) -> bool:
    """Whether one sentence, by its form alone, is the report's credit line, a video page's blurb or a gallery's
    item."""
    text = _unmarked(text)
    return bool(_CREDIT.search(text) or _contributors(text) or _BLURB.search(text) or _GALLERY.search(text))


def _contributors(text: str) -> bool:
    """Whether a sentence is a contributors' line (:data:`_CONTRIBUTED`): before the verb, names and roles only."""
    m = _CONTRIBUTED.match(text)
    return m is not None and all(
        not w[:1].islower() or w.lower() in _CREDIT_WORDS for w in m[1].replace(",", " ").split()
    )


def _is_headline(first: Sentence, second: Sentence, sentences: Sequence[Sentence]) -> bool:
    """Whether the article's first sentence is its headline: alone in its paragraph, short, and restated by the
    sentence after it (what a lead does to the headline above it; a lead's next sentence goes on instead)."""
    if sum(s.paragraph == first.paragraph for s in sentences) != 1 or len(first.text.split()) > HEADLINE_WORDS:
        return False
    if _NEWS_DAY.search(first.text):
        return False  # "The Senate passed the budget bill Friday.": a wire lead dates its news, a headline seldom
    head = set(content_stems(first.text))
    return len(head) >= 2 and len(head & set(content_stems(second.text))) >= HEADLINE_RESTATED * len(head)


#: Where a headline's parts meet: a main headline and its second deck ("Trump turns attacks on another Clinton;
#: Onetime friend Bill now fair game as treatment of women enters campaign"), a kicker ("Breaking: ...", "Delegate
#: Update: ..."), a dash or a bar (the outlet's name after it: "... | Reuters"), or the end of a sentence ("What's
#: next for Sanders? Much rests on his answer."). A text
#: that prints the title often prints each part as a paragraph of its own, with a full stop added.
_TITLE_JOINT = re.compile(r"[;:?!]|\s[-–—|]+\s|\.\s")
#: At most this many sentences make up one printed part of the title (an abbreviation's full stop splits one).
_TITLE_SENTENCES = 4


def _folded(text: str) -> list[str]:
    """The words of a text in lower case, without its punctuation, quotes or case: how a printed headline and
    the article's title compare ("Super PAC haul surges past $1B." is the title's "Super PAC haul surges past $1B")."""
    return re.findall(r"\w+", text.lower().replace("’", "'").replace("'", ""))


def _title_spans(title: str) -> tuple[list[str], set[int]]:
    """The title's folded words and the word positions where one of its parts starts or ends."""
    words: list[str] = []
    joints = {0}
    for part in _TITLE_JOINT.split(title):
        words += _folded(part)
        joints.add(len(words))
    return words, joints


def _in_title(text: str, words: list[str], joints: set[int]) -> bool:
    """Whether ``text`` repeats one part of the title or several in a row, from a joint to a joint."""
    said = _folded(text)
    n = len(said)
    return n > 0 and any(words[i : i + n] == said and i + n in joints for i in joints if i + n <= len(words))


def title_lines(sentences: Sequence[Sentence], title: str | None) -> list[bool]:
    """For each sentence of one article (in order), whether it is the article's own title printed above the
    story: the leading paragraphs that repeat the title or a part of it (modulo case, quotes and a final full
    stop). Only whole paragraphs count, so a feed whose title is the lead's first sentence keeps its lead; a text
    that is nothing but its title keeps its last paragraph (the story is the title)."""
    flags = [False] * len(sentences)
    if not title or not sentences:
        return flags
    words, joints = _title_spans(title)
    k = 0
    while k < len(sentences):
        para = [j for j in range(k, len(sentences)) if sentences[j].paragraph == sentences[k].paragraph]
        end = para[-1] + 1
        if len(para) > _TITLE_SENTENCES or not _in_title(" ".join(s.text for s in sentences[k:end]), words, joints):
            break
        flags[k:end] = [True] * (end - k)
        k = end
    if k == len(sentences):  # nothing but the title: a one-line wire item or a feed item whose description is
        last = sentences[-1].paragraph  # its title; its last paragraph is the story, not an empty brief
        flags = [s.paragraph != last for s in sentences]
    return flags


def page_parts(sentences: Sequence[Sentence], title: str | None = None) -> list[bool]:
    """For each sentence of one article (in order), whether it is a part of the page, not of the story: the
    article's title printed above the story (:func:`title_lines`), else the headline its lead restates, a credit
    line, a video's blurb, or a writer's bio in the last paragraph."""
    flags = [is_page_line(s.text) for s in sentences]
    heads = title_lines(sentences, title)
    flags = [f or h for f, h in zip(flags, heads, strict=True)]
    if not any(heads) and len(sentences) >= 2 and _is_headline(sentences[0], sentences[1], sentences):
        flags[0] = True
    if sentences:
        last = sentences[-1].paragraph
        for k, sent in enumerate(sentences):
            if sent.paragraph == last and _BIO.match(sent.text.strip()):
                flags[k] = True
    return flags
