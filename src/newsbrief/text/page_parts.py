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
BENCHMARKS.md "Session 13: a headline repeated in the text").

Under the printed title, a print **deck** the title does not hold ("Democrats fear party's split will hurt
Clinton's chances against Trump.") is told from a short lead by headline style (:func:`deck_lines`: no article,
no "it", no "n't", no full name, no day, no reader; 5-14 words; a longer paragraph after it), a database record's
**abstract** by its labels (:func:`record_abstract`), and a **tweet** embedded in the page by its markup
(:func:`tweet_embeds`). On 162 labelled first story paragraphs of PolNeAR train the deck and abstract
rules take no story paragraph (``benchmarks/deck_lines.py``, BENCHMARKS.md "Session 14: decks, record abstracts
and tweet embeds are not story text").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from newsbrief.model import Sentence
from newsbrief.text.dateline import dateline_at
from newsbrief.text.dates import NEWS_DAY, WEEKDAY
from newsbrief.text.lexicon import CORRECTION_HEADINGS, LONG_DASHES, SPEECH_WORDS, alternation, phrases
from newsbrief.text.split import is_dateline
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
    rf"^(?:[(\-{LONG_DASHES}]+\s*(?:with\s+)?(?:additional\s+)?|with\s+(?:additional\s+)?|additional\s+)"
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
#: Foundation also contributed in 2019." are news (review12). The names-only check, not a length, tells a credit:
#: the wire's long lists ("Associated Press writers A and B in Tokyo and C and D in Honolulu contributed to this
#: report.", "X in Des Moines, Iowa; Y in Omaha, Neb.; ... contributed ..."), a dash before it ("—Yukari Iwatani
#: Kane contributed to this article.") and "Journal & Courier reporter Ron Wilkins" are credits too (junk18: 14 words
#: at most, no dash, ";" or "&" left 5 of the val_raw clusters' credits as story text).
_CONTRIBUTED = re.compile(
    rf"^(?:[-{LONG_DASHES}]+\s*)?((?:[\w.'’,;&-]+\s){{1,60}}?)(?:also\s+)?contributed"
    r"(?:\s+(?:reporting|research|to\s+(?:this|the)\s+(?:report|story|article)))?(?:\s+(?:from|in)\s+(?-i:[A-Z])[^!?]{0,59}?)?\s*\.$",
    re.IGNORECASE,
)
#: The lower-case words a contributors' line has beside names.
_CREDIT_WORDS = frozenset(
    "and also in from of the staff writer writers reporter reporters correspondent correspondents researcher"
    " researchers editor editors photographer photographers producer producers contributor contributors journalist"
    " journalists intern interns stringer stringers at".split()
)
#: The roles of :data:`_CREDIT_WORDS`: a lower-case word right before one of them is the writer's beat.
_ROLES = _CREDIT_WORDS - frozenset("and also in from of the staff at".split())
#: A video page's blurb: the outlet's reporter "has the details / has details / has more / has the latest [on ...]",
#: "X reports." (or "reports for the NBC4 News at 5 p.m. ...", with the player's "(Published ...)" stamp), "discusses
#: with Y." (no object: the clip is the object), or an analyst or correspondent who "details / explains / breaks
#: down" in the present tense. News tells what a reporter found in the past tense or with "reports that": "The BBC's Jim
#: Muir reports from Beirut that ..." stays. On the Multi-News raw clusters outside the held-out third it finds 8
#: sentences (one line three times), all blurbs; on PolNeAR and DUC none.
_SUBJECT = r"(?:(?:[A-Z][\w.&-]*|of|the|and|for|at)['’]?s?\s){0,6}?[A-Z][\w.'’-]*\s"
_BLURB = re.compile(
    rf"^{_SUBJECT}(?:has|have)\s+(?:more|details|the\s+(?:latest|details|(?:full\s+)?story|report))(?:\s+(?:on|from|about)\s[^.!?]{{1,80}})?"
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
#: Share of the headline's content words (stemmed, stopwords left out) that the next sentence repeats.
HEADLINE_RESTATED = 0.4


#: The wire's dash before a sign-off ("_ Steve Dollar writes for the Atlanta Journal-Constitution.", "_Bill Hendrick
#: writes for ...": the NYT news service's credit lines).
_WIRE_DASH = re.compile(r"^_+\s*")


def _unmarked(text: str) -> str:
    """The sentence without the wire's dash before it."""
    return _WIRE_DASH.sub("", text.strip(), count=1)


#: A table's row set as a sentence: a label of one to six words and a figure, nothing else ("Bernie Sanders:
#: 1,501.", "Superdelegates: 121.", "Average Number of Guests: 136", "Age: 59"). PolNeAR train: 8 in one AP
#: delegate count (one rode into a summary inside a unit, session 14); Multi-News val_raw: 2 in a wedding-costs box;
#: DUC task 5: 1 in a profile's fact box. A sentence goes on after the figure ("Sanders: 46 percent of them are
#: young.") or is in lower case after the colon; a clock's "04:56" has no space after the colon.
_TABLE_ROW = re.compile(
    r"^[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|of|the|and|for|per|in)){0,5}:\s+[$£€]?\d[\d,.]*\s*(?:%|percent)?\.?$"
)


#: The writer's or the outlet's social-media promo and contact line: "Follow <whom> on Twitter / at twitter.com/...
#: / @handle" and "Contact <whom> at <a telephone number or an e-mail address>" ("Follow Tia Ghose on Twitter and
#: Google+.", "Follow Pam Key on Twitter @pamkeyNEN.", "Contact Julia Prodis Sulek at 408-278-3409."). Story text
#: before session 15: val_raw 40 such lines in 31 documents of many outlets (three reached summaries), PolNeAR
#: train 27 (Breitbart's author lines, USA Today, Politico), DUC task 5 none. A sentence that only mentions
#: following or contacting ("Police asked anyone with information to contact them.") does not open with the verb;
#: "Follow-up talks at www.un.org ..." is no imperative; a report that goes on after a comma in lower case ("Follow
#: the debate on Twitter, the moderator told viewers.", "Contact the campaign at ..., the flyer said.") is story
#: (:data:`_REPORTED`; review28).
_FOLLOW_OR_CONTACT = re.compile(
    r"^(?:you\s+can\s+)?follow\s[^.!?]{0,60}?(?:\s|:)(?:on|at|via)?\s*"
    r"(?:twitter|facebook|google\+|instagram|tumblr|@\w|https?://|www\.)"
    r"|^follow\s+@\w"
    r"|^contact\b[^.!?]{0,60}?\sat\s+(?:\(?\d{3}\)?[-.\s]?\d{3}[-.]\d{4}|[\w.+-]+@[\w-]+\.)",
    re.IGNORECASE,
)
#: A reporting clause after a comma ("..., the moderator told viewers.", "..., the flyer said."): the sentence reports
#: what someone said, where a promo only lists where to follow or reach the writer ("on Twitter, Facebook and
#: Instagram", "at 610.668.5532, vince.lattanzio@nbcuni.com or follow ...").
_REPORTED = re.compile(rf",\s[^,]*?\b{alternation(SPEECH_WORDS)}\b", re.IGNORECASE)


def is_page_line(text: str) -> bool:
    """Whether one sentence, by its form alone, is the report's credit line, a video page's blurb, a gallery's
    item, a table's row (:data:`_TABLE_ROW`), a follow-or-contact promo (:data:`_FOLLOW_OR_CONTACT`; the
    stand-alone mask's ``_PROMO`` reads the outlet's own "follow us" and newsletter lines at eligibility), or a
    sentence holding an embedded tweet's markup (:data:`_TWEET_OPEN`, :data:`_TWEET_CLOSE`: the timeline, which
    reads sentences one by one, showed ``<tweet pic="" author="..." timestamp=...>`` as an event's text; the
    summary's :func:`tweet_embeds` takes the whole tweet)."""
    text = _unmarked(text)
    return bool(
        _CREDIT.search(text)
        or _contributors(text)
        or _BLURB.search(text)
        or _GALLERY.search(text)
        or _TABLE_ROW.match(text)
        or (_FOLLOW_OR_CONTACT.match(text) is not None and not _REPORTED.search(text))
        or _TWEET_OPEN.search(text) is not None
        or _TWEET_CLOSE.search(text) is not None
    )


def _contributors(text: str) -> bool:
    """Whether a sentence is a contributors' line (:data:`_CONTRIBUTED`): before the verb, names and roles only.
    A lower-case word right before a role is the writer's beat ("AP technology writer Barbara Ortutay", "AP medical
    writer ..."), and "at" places a writer ("... Edith M. Lederer at the United Nations"; junk20: two val_raw
    credit lines)."""
    m = _CONTRIBUTED.match(text)
    if m is None:
        return False
    words = re.sub("[,;]", " ", m[1]).split()
    return all(
        not w[:1].islower() or w.lower() in _CREDIT_WORDS or (k + 1 < len(words) and words[k + 1].lower() in _ROLES)
        for k, w in enumerate(words)
    )


def _is_headline(first: Sentence, second: Sentence, sentences: Sequence[Sentence]) -> bool:
    """Whether the article's first sentence is its headline: alone in its paragraph, short, and restated by the
    sentence after it (what a lead does to the headline above it; a lead's next sentence goes on instead)."""
    if sum(s.paragraph == first.paragraph for s in sentences) != 1 or len(first.text.split()) > HEADLINE_WORDS:
        return False
    # The day of the news, which a short lead names and a headline seldom does: 1 of the 355 first sentences the
    # check takes in PolNeAR (titles), Multi-News val_raw and DUC 2004 task 2 ("... 4 Super Tuesday states.").
    if NEWS_DAY.search(first.text):
        return False  # "The Senate passed the budget bill Friday.": a wire lead dates its news, a headline seldom
    head = _headline_words(first.text)
    return len(head) >= 2 and len(head & _headline_words(second.text)) >= HEADLINE_RESTATED * len(head)


def _headline_words(text: str) -> set[str]:
    """The content stems a headline and its lead share, but single letters: the pieces of "p.m." or "U.S." are no
    word of the story, and two of them made "Polls close at 8 p.m." the headline of "Results are expected after
    9 p.m. ..." (review30)."""
    return {s for s in content_stems(text) if len(s) > 1 or s.isdigit()}


#: Where a headline's parts meet: a main headline and its second deck ("Trump turns attacks on another Clinton;
#: Onetime friend Bill now fair game as treatment of women enters campaign"), a kicker ("Breaking: ...", "Delegate
#: Update: ..."), a dash or a bar (the outlet's name after it: "... | Reuters"), or the end of a sentence ("What's
#: next for Sanders? Much rests on his answer."). A text
#: that prints the title often prints each part as a paragraph of its own, with a full stop added.
_TITLE_JOINT = re.compile(rf"[;:?!]|\s[-{LONG_DASHES}|]+\s|\.\s")
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


#: A tweet embedded in the page, in PolNeAR's markup, from its opening tag to its closing one (``<tweet id=".."
#: author="@X" datetime="..">text</tweet>``, West Journal's ``<tweet tweet-author=.. tweet-date="..">text<tweet/>``),
#: which a line break in an attribute or two spaces in the text can spread over paragraphs. Its words are the
#: tweet's author's, never the report's own: 57 of PolNeAR's 840 train articles carry the markup (150 story
#: sentences held some of it; "No one should be above the law." was story text). A tweet scraped without markup
#: (Multi-News: a paragraph closed by "— Name (@handle) June 20, 2017") is not taken yet: the source-genre model
#: reads the story sentences, and its cross-validated threshold moves (0.9 to 0.8) when those leave them, which
#: needs the model refitted (BENCHMARKS.md, "Session 14: decks, record abstracts and tweet embeds").
_TWEET_OPEN = re.compile(r"<tweet\b(?!/)")
_TWEET_CLOSE = re.compile(r"</tweet>|<tweet/>")
#: At most this many sentences from a tweet's opening tag to its closing one (a tweet holds 280 characters); an
#: opening tag never closed flags its own sentence only.
_TWEET_SENTENCES = 8


def tweet_embeds(sentences: Sequence[Sentence]) -> list[bool]:
    """For each sentence of one article (in order), whether it is a part of a tweet embedded in the page
    (:data:`_TWEET_OPEN` to :data:`_TWEET_CLOSE`)."""
    flags = [False] * len(sentences)
    for k, sent in enumerate(sentences):
        opening = _TWEET_OPEN.search(sent.text)
        if opening is None:
            continue
        flags[k] = True
        if _TWEET_CLOSE.search(sent.text, opening.end()):
            continue
        last = min(k + _TWEET_SENTENCES, len(sentences))
        end = next((j for j in range(k + 1, last) if _TWEET_CLOSE.search(sentences[j].text)), k)
        flags[k : end + 1] = [True] * (end + 1 - k)
    return flags


#: A deck in headline style: its words. Headlines drop articles ("Chaffetz asks for probe of email deletions by
#: tech company staffer.", "As she seeks reelection, senator struggles to keep her distance from Trump."), name people
#: by one word, speak of no day and to no reader; a short lead keeps them ("Millennials have a message for the next
#: president.", "Family members of victims of gun violence are not through with Bernie Sanders.", "In a rare moment
#: of solidarity, I stand with Mitt Romney"), and a headline seldom says "it" or shortens a "not" ("It won't be easy
#: to get rid of coal.", "It is, indeed going to be huge."). Nor does it cut a quoted sentence for its speaker ('"Make
#: America great again," Trump told supporters.': a comma closing a quote), as a quoted lead does. "They", "their"
#: and "them" (session 15's labelled candidates: in 6 of 49 short leads, 1 of 38 decks) keep a plain lead about a
#: group ("Voters in Ohio say jobs matter more to them than scandals.").
_LEAD_WORDS = re.compile(
    rf"\b(?:a|an|the|i|we|you|my|our|your|me|us|it|they|their|them)\b|n[’']t\b|\b{WEEKDAY}\b"
    r"|\b(?:yesterday|today|tonight)\b|[?!]"
    r"|,[”\"]",
    re.IGNORECASE,
)
#: A person introduced by a full name ("Bob Corker", "Ben Carson appears to be slipping."): two capitalised words
#: in a row.
_FULL_NAME = re.compile(r"(?:^|\s)[A-Z][a-z][\w'’.-]*\s+[A-Z][a-z][\w'’-]*")
#: How long a deck is: 5 to 14 words (PolNeAR train's labelled decks run 5-13; "That adoring gaze.", "Another
#: first." and "It's game time." are short leads).
DECK_WORDS = (5, 14)


def _is_deck(text: str) -> bool:
    """Whether a one-sentence paragraph reads as a deck: short, in headline style (:data:`_LEAD_WORDS`,
    :data:`_FULL_NAME`), or all in capitals ("INTENSE CAMPAIGNING ON BOTH SIDES.")."""
    words = text.split()
    if not DECK_WORDS[0] <= len(words) <= DECK_WORDS[1]:
        return False
    if text.upper() == text and any(c.isalpha() for c in text):
        return not re.search(r"[?!]", text)
    return not _LEAD_WORDS.search(text) and not _FULL_NAME.search(text)


#: A paragraph that goes on from the line before it: it opens with a pronoun or a connective ("They say ...", "But
#: ...", "That's ..."). Session 15's labelled candidates: the paragraph after 4 of 49 short leads opens so, after
#: none of 38 decks (one opens with a dummy "It may not matter ...", so "it" is not one of them).
_GOES_ON = re.compile(
    r"[\"'“‘]?(?:he|she|they|his|her|their|i|we|but|and|so|yet|that|this|these|those)\b", re.IGNORECASE
)


def deck_lines(sentences: Sequence[Sentence], heads: Sequence[bool], dated: Collection[int] = ()) -> list[bool]:
    """For each sentence of one article (in order), whether it is the deck under the printed title: the paragraph
    right after the title's lines (``heads``, from :func:`title_lines`), one sentence in headline style
    (:func:`_is_deck`; a deck's sentence cut in two counts as one), followed by a longer paragraph (the lead) that
    does not go on from it (:data:`_GOES_ON`). A lead that opens with a dateline ("BERLIN - ...") starts the story,
    so the short line above it is a deck whatever its style ("After a previously amicable rapport, two are now
    sparring."; session 15's candidates: 8 of 38 decks, no lead); ``dated`` holds the paragraphs whose dateline
    the caller has set apart already (:func:`newsbrief.pipeline.story_sentences`). A
    deck the title holds is one of the title's lines already; one it does not hold ("Democrats fear party's split
    will hurt Clinton's chances against Trump." under "Sanders's supporters not giving up the fight") was story
    text, and a summary sentence."""
    flags = [False] * len(sentences)
    k = sum(heads)
    if k == 0 or not all(heads[:k]):
        return flags
    paragraphs: dict[int, list[str]] = {}
    for sent in sentences[k:]:
        paragraphs.setdefault(sent.paragraph, []).append(sent.text.strip())
    parts = list(paragraphs.values())
    # a deck cut by a stray full stop goes on in a paragraph that opens in lower case or with a figure ("Libertarian
    # candidate pushes to hit needed." / "15 percent mark in polls.")
    n = 2 if len(parts) >= 3 and len(parts[1]) == 1 and re.match(r"[a-z0-9]", parts[1][0]) else 1
    deck = " ".join(p[0] for p in parts[:n])
    if len(parts) <= n or not all(len(p) == 1 for p in parts[:n]):
        return flags
    lead = parts[n]
    if list(paragraphs)[n] in dated or is_dateline(lead[0]) or dateline_at(lead[0]) is not None:
        is_deck = DECK_WORDS[0] <= len(deck.split()) <= DECK_WORDS[1]
    else:
        is_deck = _is_deck(deck) and not _GOES_ON.match(lead[0])
    if is_deck:
        flags[k : k + n] = [len(" ".join(lead).split()) > len(deck.split())] * n
    return flags


#: A database record's abstract (PolNeAR's New York Times articles: 99 of 120 in train): the paragraphs between an
#: "ABSTRACT." label and a "FULL TEXT." one, the editors' summary of the story above it. Only the two labels are
#: page parts. junk14 set the whole abstract apart as junk; in session 14's blind reading of unseen news (EDITOR.md's
#: protocol) neither reader marked an abstract sentence junk: two were "ok" (standing news about a named person),
#: and the feature ledes that took their place once they were gone could not stand (a place called "here"); one
#: leaned on its context (a surname with no introduction), as any sentence may. So an abstract is judged by the
#: checks every sentence meets, not dropped as furniture. Both labels are needed: without "FULL TEXT." nothing is
#: taken.
_ABSTRACT_LABEL = re.compile(r"^(?:abstract|summary)\s*[.:]?$", re.IGNORECASE)
_FULL_TEXT_LABEL = re.compile(r"^full\s+text\s*[.:]?$", re.IGNORECASE)
#: At most this many paragraphs of abstract.
_ABSTRACT_PARAGRAPHS = 3


def record_abstract(sentences: Sequence[Sentence]) -> list[bool]:
    """For each sentence of one article as split (in order), whether it is one of the two labels of a record's
    abstract (:data:`_ABSTRACT_LABEL` ... :data:`_FULL_TEXT_LABEL`); the abstract between them stays story text."""
    flags = [False] * len(sentences)
    for k, sent in enumerate(sentences):
        if not _ABSTRACT_LABEL.match(sent.text.strip()):
            continue
        for j in range(k + 1, len(sentences)):
            if sentences[j].paragraph - sent.paragraph > _ABSTRACT_PARAGRAPHS + 1:
                break
            if _FULL_TEXT_LABEL.match(sentences[j].text.strip()):
                flags[k] = flags[j] = True
                break
        break
    return flags


#: A picture's credit: "(Photo: Susan Walsh, AP)", "(AP Photo/Charlie Neibergall)", "(Photo by Matt Sayles/AP)",
#: "Photo: Getty Images", "Photograph by: Miguel Alvarez", "Credit: Image courtesy El Molto", "Image copyright AFP",
#: "Image caption ...", "Karl Gehring/Getty", "| Getty", "Submitted photo.", a gallery's "(PHOTOS: ...)". Only a
#: picture's: "Reporting by" and the other report credits are :data:`_CREDIT`'s.
#: Never one in running prose: a bracketed credit goes on with no lower-case word ("posted it on Instagram (photo
#: by his wife) and later deleted it" is prose), "Image copyright/caption" opens its sentence, and a name's agency
#: closes a line of at most four names ("a poll by Ipsos/Reuters." is prose). Review33: each of those took its
#: paragraph; every credit on free data (val_raw, DUC, PolNeAR train) opens, closes or fills its line.
_PICTURE_CREDIT = re.compile(
    r"\((?:[^()]{0,60}\s)?(?:AP\s+)?(?:photo|photograph|image)s?\s*(?::|by\b|/|courtesy\b)[^()]{0,80}\)(?-i:(?!\s*[a-z]))"
    r"|^(?:photo|photograph|image|picture)(?:\s+(?:credit|by))?\s*:\s*\S"
    r"|^credit\s*:\s*\S|^image\s+(?:copyright|caption)\b"
    r"|^(?:(?-i:[A-Z][\w.'’-]+)\s+){0,3}(?-i:[A-Z][\w.'’-]+)\s*/\s*(?:getty(?:\s+images)?|AP(?:\s+photo)?|reuters|AFP|EPA)\b"
    r"[).]?\s*$"
    r"|^\|\s*getty(?:\s+images)?\.?$"
    r"|^(?:submitted|file|handout)\s+photo\.?$"
    # a bracketed credit that names its maker's role: "(LUKE RAFFERTY / Staff Photographer)"
    r"|\([^()]{1,60}[/,]\s*(?:staff\s+|contributing\s+|freelance\s+)?photographer\s*\)",
    re.IGNORECASE,
)
#: At most this many sentences of a paragraph before its picture credit, and this many words up to it, are the
#: picture's caption (val_raw's longest: five sentences, 60 words); a text of fewer paragraphs than
#: :data:`_CAPTION_PARAGRAPHS` lost its layout (Multi-News' truncated form runs a page into one), so a credit in it
#: tells nothing of where its caption ends.
_CAPTION_SENTENCES = 5
_CAPTION_WORDS = 90
_CAPTION_PARAGRAPHS = 3


def captions(sentences: Sequence[Sentence]) -> list[bool]:
    """For each sentence of one article as split (in order), whether it is a picture's caption or credit: a
    paragraph that holds a picture credit (:data:`_PICTURE_CREDIT`) is the picture's caption, from its first
    sentence to the credit ("Kira Grunberg in action last year. Photo: Getty Images", "At left is her sister Selah
    ... Both got off the bridge safely. Submitted photo. (Photo: submitted)"); what follows the credit in its
    paragraph stays. A scraped page keeps the caption where the picture stood, between story paragraphs, and
    the brief took its lines for news ("Police scanning the submarine for clues.", "This child died of leukemia,
    research indicates."). The credit is read in the split text, before cleaning's rules drop it.

    A gallery's slide counter (:data:`_GALLERY`: "Hide Caption 1 of 6") closes its slide's caption the same way: a
    scraped CNN gallery runs its slides into one paragraph, and the first slide's caption, which comes before the
    first counter ("Photos: Crisis in Ukraine Photos: Crisis in Ukraine – Ukrainian tanks are transported ...
    After Russian troops seized ..."), was a summary sentence (junk20: 3 val_raw documents)."""
    flags = [False] * len(sentences)
    if len({s.paragraph for s in sentences}) < _CAPTION_PARAGRAPHS:
        return flags
    for k, sent in enumerate(sentences):
        if not _PICTURE_CREDIT.search(sent.text.strip()) and not _GALLERY.search(sent.text):
            continue
        first = k
        while first > 0 and sentences[first - 1].paragraph == sent.paragraph:
            first -= 1
        words = sum(len(s.text.split()) for s in sentences[first:k])
        if k - first <= _CAPTION_SENTENCES and words <= _CAPTION_WORDS:
            flags[first : k + 1] = [True] * (k + 1 - first)
    return flags


#: A live blog's item marker: a paragraph that is only the time its item was posted ("2:08 p.m.", "4:40 p.m.:",
#: "10:45 a.m. ET", "UPDATE 3:15 p.m.:", "UPDATE: 3:15 p.m.", "Updated at 11:10 a.m.", British "7.57pm"). AP's
#: "The Latest" and Breitbart's live blogs open each item with one (PolNeAR train: 196 in 8 articles; Multi-News
#: val_raw: 6 in 4 documents, 7 in 5 with the British "Updated 6.15pm"; DUC task 5: none). It is the page's
#: structure, not a sentence of the story; the brief carried it into summaries at the head of a unit ("2:08 p.m.
#: Ted Cruz is protesting ..."). A sentence that tells a time ("At 2:08 p.m., the plane landed.") or a diary line
#: opening with one ("9:27 am: My eyes pop open.") is story text.
_ITEM_STAMP = re.compile(
    r"^(?:update[ds]?\s*[:,]?\s*(?:at\s+)?)?\(?\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s?m\.?"
    r"(?:\s*(?:[ECMP][DS]?T|GMT|BST|local time)\b\.?)?\)?\s*[:.]?$",
    re.IGNORECASE,
)


def item_markers(sentences: Sequence[Sentence]) -> list[bool]:
    """For each sentence of one article (in order), whether it is a live blog's item marker: a sentence that is
    only a time (:data:`_ITEM_STAMP`), alone in its paragraph or glued into one with its item (a scraped British
    blog runs "7.57 pm. The minister ... 7.49 pm. ..." as one paragraph, which the splitter cuts at each stamp's
    full stop; val_raw: 15 such sentences in 2 documents, PolNeAR train and DUC task 5: none). Each item is its
    own little story: the brief sets the marker apart and keeps the item after it from being read as the sequel
    of the item before (:func:`newsbrief.pipeline.story_sentences`)."""
    return [_ITEM_STAMP.match(s.text.strip()) is not None for s in sentences]


def page_parts(
    sentences: Sequence[Sentence],
    title: str | None = None,
    markers: Sequence[bool] | None = None,
    dated: Collection[int] = (),
) -> list[bool]:
    """For each sentence of one article (in order), whether it is a part of the page, not of the story: the
    article's title printed above the story (:func:`title_lines`), else the headline its lead restates, a credit
    line, a video's blurb, a tweet embedded in the page (:func:`tweet_embeds`), a live blog's item marker
    (``markers``, read by :func:`item_markers` when not given: the pipeline reads them once for the holes it leaves
    too), or a writer's bio in the last paragraph. ``dated``: the paragraphs whose opening dateline the caller
    has dropped (:func:`deck_lines`)."""
    if markers is None:
        markers = item_markers(sentences)
    flags = [
        is_page_line(s.text) or tweet or item
        for s, tweet, item in zip(sentences, tweet_embeds(sentences), markers, strict=True)
    ]
    heads = title_lines(sentences, title)
    flags = [f or h or d for f, h, d in zip(flags, heads, deck_lines(sentences, heads, dated), strict=True)]
    if not any(heads) and len(sentences) >= 2 and _is_headline(sentences[0], sentences[1], sentences):
        flags[0] = True
    if sentences:
        last = sentences[-1].paragraph
        for k, sent in enumerate(sentences):
            if sent.paragraph == last and _BIO.match(sent.text.strip()):
                flags[k] = True
    return flags


#: A correction notice's heading, at the start of a line: "Correction:", "CORRECTION:" alone on its line,
#: "Clarification:", "FOR THE RECORD". A page appends it under the story.
_CORRECTION_HEADING = re.compile(
    r"^[ \t\xa0]*"
    + alternation(
        phrases(CORRECTION_HEADINGS, "corrections", "correction", "clarifications", "clarification", "for the record")
    )
    + r"(?:[ \t\xa0]*:|[ \t\xa0]*$)",
    re.IGNORECASE | re.MULTILINE,
)
#: A correction told without a heading: the page's earlier text as the subject ("An earlier version of this article
#: misstated ...", "A previous version of this story said ...").
_EARLIER_VERSION = re.compile(
    r"(?:^|(?<=[.!?\n]))[ \t\xa0]*(?:an?|the)\s+(?:earlier|previous|prior|original)\s+version\s+of\s+this\s+"
    r"(?:article|story|post|report|piece|column)\b",
    re.IGNORECASE,
)
#: Characters from a correction heading to the end of its page within which the heading opens the page's tail (the
#: longest on PolNeAR train, an NYT "CORRECTION: / As published in the International New York Times. / Editor's
#: Note: An article on Monday about ..." of three paragraphs, is 1,054).
CORRECTION_TAIL = 1500


def correction_notices(text: str) -> list[tuple[int, int]]:
    """Character spans of one article's correction notices: a heading (:data:`_CORRECTION_HEADING`) in the last
    :data:`CORRECTION_TAIL` characters runs to the end of the text (the page appends it, and what follows it is
    the notice: NYT's "As published in ...", "An article on Thursday about ... misstated the year ..."); an
    earlier-version sentence (:data:`_EARLIER_VERSION`) anywhere runs to the end of its paragraph. A notice tells
    what the page once said, so its dates are no events of the story (the timeline listed "An article on Monday
    about ..." as Monday's event)."""
    spans = []
    for m in _CORRECTION_HEADING.finditer(text):
        if len(text) - m.start() <= CORRECTION_TAIL:
            spans.append((m.start(), len(text)))
            break
    for m in _EARLIER_VERSION.finditer(text):
        end = text.find("\n", m.start() + 1)
        spans.append((m.start(), len(text) if end < 0 else end))
    return sorted(spans)
