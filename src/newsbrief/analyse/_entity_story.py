"""What the whole story says about its names, gathered before any name is kept: the evidence across mentions.

The tagger reads one sentence at a time; a story says more. These passes read every document of the story:

* **votes for a thing** (:func:`thing_votes`): a name in quotation marks ("Modern Family"), after an indefinite
  article as the head of its phrase ("a Big Mac") or ending in a disease word ("Rocky Mountain Spotted
  Fever", also after lower-case words: "Lou Gehrig disease") is a work, product or illness, not a person, body
  or place; so is one the tagger labels ``WORK_OF_ART``/``PRODUCT``/``EVENT``/``LAW``/``LANGUAGE``;
* **lower-case acronyms** (:func:`common_acronyms`): an abbreviation defined by lower-case words ("the
  suprachiasmatic nucleus (SCN)") is a term, not a name (the definition patterns of Schwartz & Hearst 2003,
  "A simple algorithm for identifying abbreviation definitions in biomedical text");
* **common words** (:class:`WordUse`): a one-word name the story also writes in lower case at least as often
  as capitalised inside a sentence ("Choice", "Houses") is a word, not a name;
* **one word short for several names** (:func:`without_bare_heads`): "Church" beside the "LDS Church" and the
  "Catholic Church";
* **names with a stray word in front** (:func:`known_tail`): "AP American Airlines", "Smith's Mercedes" are
  the story's "American Airlines" and "Mercedes" when the story names those alone;
* **storms** (:func:`storm_name`): "Mitch" of a story that writes "Hurricane Mitch" is the storm, not a person;
* **credits** (:func:`in_credit`): a name that is all a parenthesis holds ("FORT LAUDERDALE, Fla. (AP) —",
  "(Associated Press)", "(CBS)") and does not abbreviate the words before it ("the Centers for Disease Control
  (CDC)"), a photo credit in parentheses ("(Photo: AP)", "(... via AP)"), a contributor or copyright line ("AP
  writers ... contributed to this report.", "Copyright © 2017 NPR."), a byline on a short line of its own ("By
  Kase Wickman", "Photograph by Randy Olson") is the page's furniture, not a mention of the story;
* **datelines** (:func:`in_dateline`): a name that opens a line and is followed by the rest of a dateline
  ("JOHANNESBURG, November 21 (Xinhua) --", "ISLAMABAD, Pakistan (AP) _", "WASHINGTON —") is where the report was
  filed from: a place, whatever the tagger read in the capitals ("ISLAMABAD" ``ORG``, "AUSTIN" ``PERSON``);
* **a state after a place** (:func:`state_of_a_place`): "Colo." of "Aurora, Colo." is the town's address, not a
  mention of Colorado (wire copy writes one after every town it names); so is "Fla." of "John Mica (R-Fla.)".
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsbrief.analyse._entity_mention import Mention
from newsbrief.analyse.name_evidence import first_name_gender
from newsbrief.text.dateline import dateline_at, dateline_follows
from newsbrief.text.dates import WEEKDAY
from newsbrief.text.lexicon import LONG_DASHES, NOT_PERSON_WORDS, ORG_WORDS, ROLE_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Labels of names we do not list; the tagger's vote for them counts against a person/body/place reading.
OTHER_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE"})
#: Last words of the name of an illness.
DISEASE_WORDS = frozenset({"disease", "syndrome", "virus", "fever", "flu", "influenza", "disorder"})
_QUOTES = frozenset("\"'“”‘’")
_LOWER_ACRONYM = re.compile(r"\b[a-z][a-z-]+\s+\(([A-Z][A-Za-z]{1,6})\)")
_DEFINED = re.compile(r"\s*\(([A-Z][A-Za-z]{1,6})\)")
#: A quoted title is at most this many words ("“Harry Potter and the Deathly Hallows: Part 2”").
TITLE_WORDS = 12


_CREDIT_WORDS = re.compile(r"\b(?:photo|photos|image|images|video|file|credit|courtesy|via|getty)\b|/", re.IGNORECASE)
_DASHES = frozenset("-" + LONG_DASHES)
#: A byline or a picture's credit on a line of its own: "By Kase Wickman", "Photograph by Randy Olson".
_BYLINE = re.compile(r"\s*(?:(?:Photo|Photograph|Image|Video|Illustration)s?\s+)?(?:By|BY|by)\s+[A-Z]")
#: ... at most this many words ("By Dominic Casciani, BBC Home Affairs correspondent"); a sentence that opens
#: with "By" ("By Monday, Smith had left the party and ...") is longer.
BYLINE_WORDS = 8
_CREDIT_HINTS = ("contributed", "copyright", "©", "all rights reserved")
_CREDIT_LINE = re.compile(
    r"contributed (?:to )?(?:this|the) (?:report|story|article)|contributed reporting|copyright (?:\(c\) )?\d{4}|©"
    r"|all rights reserved",
    re.IGNORECASE,
)


def credit_marks(text: str) -> list[int]:
    """Where a contributor or copyright line's words occur in ``text`` (found once per article, for
    :func:`in_credit`)."""
    lowered = text.lower()
    if not any(word in lowered for word in _CREDIT_HINTS):
        return []  # most articles: no need to run the pattern
    return [m.start() for m in _CREDIT_LINE.finditer(text)]


def in_credit(ent: Span, text: str, marks: list[int]) -> bool:
    """Whether a mention is a credit, byline or copyright (see the module docstring); ``text`` is the doc's text
    and ``marks`` its :func:`credit_marks`."""
    start, end = ent.start_char, ent.end_char
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    opening = text.rfind("(", line_start, start)
    closing = text.find(")", end, line_end) if opening != -1 else -1
    if closing != -1 and ")" not in text[opening:start]:
        inside = text[opening + 1 : closing].strip()
        if _CREDIT_WORDS.search(inside):
            return True  # "(Photo: AP)", "(Joe Cavaretta/Sun-Sentinel via AP)", "(PHOTOS: ...)"
        if inside == ent.text.strip():
            before = text[line_start:opening].split()
            after = text[closing + 1 : line_end].strip()
            dateline = (
                len(before) <= 6 and all(w[:1].isupper() or w[:1].isdigit() for w in before) and after[:1] in _DASHES
            )
            return (dateline or not after) and not _abbreviates(before, inside)  # "CHICAGO (AP) —", "(CBS)" at the end
    if _BYLINE.match(text, line_start, line_end) and len(text[line_start:line_end].split()) <= BYLINE_WORDS:
        return True  # "By Dominic Casciani, BBC Home Affairs correspondent", "Photograph by Randy Olson"
    k = bisect_left(marks, line_start)
    if k == len(marks) or marks[k] >= line_end:
        return False  # no contributor or copyright words on this line (most lines: no need to find the sentence)
    sent = ent.sent
    return any(sent.start_char <= m < sent.end_char for m in marks[k:] if m < line_end)


def in_dateline(ent: Span, text: str) -> bool:
    """Whether a mention is the place of a dateline: it opens a line and the rest of a dateline follows it
    ("JOHANNESBURG, November 21 (Xinhua) -- ", "NEW YORK (AP) — ", "JOHANNESBURG _ The ballroom")."""
    start = ent.start_char
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    return dateline_follows(text, ent.end_char) is not None


#: A news agency as a dateline's source ("BEIJING, May 3 (Xinhua) --") or named so in lower case ("the Anatolia
#: news agency", "Yonhap news service"; not "Austria Press Agency": "Austria" of it is the country).
#: (A dateline is the ``agency`` form of :func:`~newsbrief.text.dateline.dateline_at`, tried at each line's start.)
_LINE = re.compile(r"^", re.MULTILINE)
_NEWS_AGENCY = re.compile(r"\b([A-Z][A-Za-z'’-]+) (?:news|press) (?:agency|service)\b")
#: Words that open a sentence before "news agency" and name no agency ("The news agency said").
_NOT_AGENCY = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their", "state", "official"})


def agency_names(texts: Iterable[str]) -> frozenset[str]:
    """The folded names the stories use as a news agency: the source in a dateline's brackets ("BEIJING, May 3
    (Xinhua) --") or a name before "news/press agency/service" in lower case ("the Anatolia news agency"). The
    small tagger calls "Xinhua" or "Anatolia" a person ("Xinhua reported", "told Anatolia"; gender-guesser knows
    both as given names) or a place; every mention of such a name is the agency's."""
    from newsbrief.analyse.name_evidence import fold, known_place

    names = set()
    for text in texts:
        datelines = [d for line in _LINE.finditer(text) if (d := dateline_at(text, line.start(), "agency"))]
        for dateline in datelines:
            name = fold(dateline.agency or "")
            if dateline.region is None and known_place(name):
                continue  # "RUBIN-RESIGN (Washington) _", a news budget's slug: a place ("BEIJING, May 3 (Xinhua)")
            if name not in _NOT_AGENCY:
                names.add(name)
        for m in _NEWS_AGENCY.finditer(text):
            if any(d.start <= m.start() < d.end for d in datelines):
                continue  # inside a dateline's place: "... news agency (AP) --" names the AP (one pattern read both)
            if (name := fold(m.group(1))) not in _NOT_AGENCY:
                names.add(name)
    return frozenset(names)


def state_of_a_place(ent: Span) -> bool:
    """Whether a mention is a US state's abbreviation written after a place's name and a comma ("Aurora, Colo.",
    "DENVER, Colo. (AP)") or after a member's party ("(R-Fla.)"): an address, not a mention of the state."""
    from newsbrief.analyse._entity_rules import STATE_ABBREVIATIONS

    doc = ent.doc
    if ent.text.strip().lower() not in STATE_ABBREVIATIONS or ent.start < 2:
        return False
    mark, before = doc[ent.start - 1], doc[ent.start - 2]
    if mark.text == "-":  # "John Mica (R-Fla.)": a member's party and state
        return before.text in {"R", "D", "I"}
    return mark.text == "," and before.text[:1].isupper() and before.is_alpha


def _abbreviates(words: list[str], short: str) -> bool:
    """Whether ``short`` is the initials of the last few of ``words`` ("Centers for Disease Control (CDC)")."""
    from newsbrief.analyse._entity_rules import acronym

    wanted = short.replace(".", "").lower()
    return any(acronym(" ".join(words[-k:])) == wanted for k in range(2, min(len(words), 10) + 1))


#: A weekday's name, as the word after a one-word name that opens a named day ("Super Tuesday", "Black Friday").
_WEEKDAY = re.compile(WEEKDAY)


def weekday_after(ent: Span) -> str | None:
    """The capitalised weekday right after a one-word mention ("Tuesday" after "Super", tagged a place while the
    tagger reads "Tuesday" as a date), else ``None``. A name the story writes only so, before one weekday, is a
    word of a named day, no entity (the caller checks all its mentions: see :func:`day_words`)."""
    doc = ent.doc
    if len(ent) != 1 or ent.end >= len(doc) or not ent[-1].whitespace_:
        return None
    return doc[ent.end].text if _WEEKDAY.fullmatch(doc[ent.end].text) else None


#: A named day's word is seen this often, always before the same weekday ("told MSNBC Monday" once is no day).
DAY_WORD_MIN = 2


def day_words(weekdays: dict[str, list[str | None]]) -> set[str]:
    """The one-word names (folded) that are the first word of a named day ("super" of "Super Tuesday"): every
    mention, two or more, right before one weekday (:func:`weekday_after`). The caller keeps a name in capitals
    ("told MSNBC Monday", "CNN Sunday": a body named before the day it spoke), a person and a known place."""
    return {
        k for k, days in weekdays.items() if len(days) >= DAY_WORD_MIN and days[0] is not None and len(set(days)) == 1
    }


#: Words before the given name of a storm ("Hurricane Mitch", "Tropical Storm Allison", "Super Typhoon Haiyan");
#: "Storm" alone is also a given name ("Storm Reid"), so it counts only after "Tropical" or "Winter".
STORM_WORDS = frozenset({"hurricane", "typhoon", "cyclone"})
_STORM_LEAD = frozenset({"super", "tropical", "winter", "storm"})


def storm_name(ent: Span) -> str | None:
    """The name of a storm the mention names with its class ("mitch" of "Hurricane Mitch"), lower case; else
    ``None``. The story's other mentions of that name ("Mitch was 95 miles off the coast", tagged a person) are
    the storm too."""
    words = [t for t in ent if not t.is_punct]
    cut = 0
    while cut < len(words) - 1 and words[cut].lower_ in STORM_WORDS | _STORM_LEAD and words[cut].text[:1].isupper():
        cut += 1
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    lead = ([before.lower_] if before is not None and before.is_title else []) + [t.lower_ for t in words[:cut]]
    storm = bool(set(lead) & STORM_WORDS) or any(
        a in {"tropical", "winter"} and b == "storm" for a, b in itertools.pairwise(lead)
    )
    name = words[cut:]
    if not storm or len(name) != 1 or first_name_gender(name[0].text) is None:
        return None  # "Hurricane Club" is a restaurant: a storm has a given name
    return name[0].lower_


def thing_votes(doc: Doc, ent: Span, text: str) -> int:
    """How strongly one mention says "a work, product or illness" (0: not at all); ``text`` is ``doc``'s text
    (passed in: ``Doc.text`` rebuilds the whole text on every call)."""
    if ent.label_ in OTHER_LABELS:
        return 1
    before = text[ent.start_char - 1] if ent.start_char > 0 else ""
    after = text[ent.end_char] if ent.end_char < len(text) else ""
    if before in _QUOTES and after in _QUOTES and " " in ent.text.strip():
        return 2  # a title in quotation marks; a one-word quoted name may be a nickname ('Devin')
    if _in_quoted_title(text, ent.start_char, ent.end_char):
        return 2
    if before == "[" and after == "]":
        return 2  # a link's label: "[PDF]"
    if ent[-1].lower_ in DISEASE_WORDS:
        return 2
    after_tokens = doc[ent.end : ent.end + 2]
    if len(after_tokens) == 2 and after_tokens[0].tag_ == "POS" and after_tokens[1].lower_ in DISEASE_WORDS:
        return 2  # "Lou Gehrig's disease"
    for tok in doc[ent.end : ent.end + 3]:  # "Rocky Mountain spotted fever": lower-case words, then the illness
        if not (tok.is_lower and tok.is_alpha):
            break
        if tok.lower_ in DISEASE_WORDS:
            return 2
    start = ent.start  # the tagger may leave out a given name the name opens with: "an Amber [Alert]" (not a title:
    # "the President [Obama] said", "the Rev. [Al Sharpton]")
    given = doc[start - 1] if start > 1 and ent.label_ == "PERSON" else None  # not "a Clinton [White House]"
    if given is not None and given.is_title and given.lower_ not in ROLE_WORDS and first_name_gender(given.text):
        start -= 1
    article = ent[0].lower_ if ent[0].lower_ == "the" else doc[start - 1].lower_ if start > 0 else ""
    head = ent.end == len(doc) or doc[ent.end].pos_ not in {"NOUN", "PROPN"}
    if article in {"a", "an"} and head:
        return 1  # "a Big Mac", not "a Google spokesman"
    # A person's name takes no article: "the Amber Alert", "the Daily Shoah" tagged PERSON (the tagger's span may
    # hold the "the") are things; not "the Obama administration", where the name modifies a noun, nor "the
    # Clintons'", nor "the late John Smith".
    return 1 if article == "the" and ent.label_ == "PERSON" and head and _thing_after_the(doc, ent, start) else 0


#: Words that make a name a body's or a place's ("Center", "House", "Party"): no thing's name after "the".
BODY_OR_PLACE_WORDS = NOT_PERSON_WORDS | ORG_WORDS
#: Relative pronouns that follow a person ("the Elizabeth Warren who spoke"), not a thing.
_RELATIVE_WHO = frozenset({"who", "whom", "whose"})


def _thing_after_the(doc: Doc, ent: Span, start: int) -> bool:
    """Whether a name tagged a person right after "the" (and modifying no noun right after it) reads as a thing's
    name: two words or more ("the Amber Alert"; "the Donald" is a nickname, "the Clintons" a family), none of them a
    body's or place's word ("the Muhammad Ali Center" is a body), not its owner ("the Clintons' foundation"), not the
    first of a list inside a longer name ("the Bill, Hillary & Chelsea Clinton Foundation", "the Kennedy and Dodd
    families"), not a modifier of a noun further on in the parse ("the bin Laden terrorist network"), and not set
    apart by a relative clause ("the Elizabeth Warren who spoke on Monday", "the same Lori Lightfoot who promised
    reform", "the James Kopp arrested in France": "the" picks out the person as seen then; such a mention's vote
    outvoted a full name's one other tagging, and the person was listed by the surname alone). ``start``: where the
    name begins, a given name the tagger left out included ("the Amber [Alert]")."""
    words = [t.lower_ for t in doc[start : ent.end] if t.lower_ != "the"]
    after = doc[ent.end] if ent.end < len(doc) else None
    if len(words) < 2 or set(words) & BODY_OR_PLACE_WORDS:
        return False
    if after is not None and (after.tag_ == "POS" or after.text in {",", "&"} or after.pos_ == "CCONJ"):
        return False
    if after is not None and (after.lower_ in _RELATIVE_WHO or after.tag_ == "VBN"):
        return False  # "the Elizabeth Warren who spoke", "the James Kopp arrested in France"
    if any(c.dep_ in {"relcl", "acl"} for c in ent.root.children):
        return False  # "the same Lori Lightfoot [who] promised reform"
    return not (ent.root.dep_ in {"compound", "nmod"} and not ent.start <= ent.root.head.i < ent.end)


#: What joins the two sides of a court case's name ("Roe v. Wade", "Roe vs. Wade", "Brown v Board").
_CASE_GLUE = frozenset({"v", "v.", "vs", "vs.", "versus"})


def in_case_name(doc: Doc, ent: Span) -> bool:
    """Whether a name the tagger calls a person is one side of a case's (or a contest's) name: "v."/"vs." between it
    and a capitalised word ("Wade" of "Roe vs. Wade" is the ruling, no person of the story); or a name that holds
    the whole case, whatever its label ("Kimble v. Marvel Entertainment", tagged ORG, joined "Marvel Entertainment"
    by its sector word and was listed). Places and bodies on one side only are left alone: "East Coast vs. West
    Coast" (a rivalry) names two places still. Such a side is no mention, and no vote against a person either: a
    thing's vote made "Clinton" of "Clinton vs. Trump" outweigh "Clinton said" and dropped both candidates from the
    list (review24); a case's side named nowhere else is still not listed."""
    if any(tok.text in _CASE_GLUE and 0 < k < len(ent) - 1 for k, tok in enumerate(ent)):  # not "Edward V. Hill"
        return True
    if ent.label_ != "PERSON":
        return False
    before = doc[ent.start - 2 : ent.start] if ent.start >= 2 else None
    after = doc[ent.end : ent.end + 2] if ent.end + 2 <= len(doc) else None
    return any(
        pair is not None and pair[k].lower_ in _CASE_GLUE and pair[1 - k].is_title
        for pair, k in ((before, 1), (after, 0))
    )


def _in_quoted_title(text: str, start: int, end: int) -> bool:
    """Whether a name opens a title of two or more words in quotation marks (“Harry Potter and the Deathly
    Hallows,” “The Avengers”): an opening quote right before it (or before a leading "The"), a closing quote
    within :data:`TITLE_WORDS` words on the same line, every word of four letters or more capitalised between."""
    lead = text[max(0, start - 4) : start]
    if lead.lower() == "the ":
        start -= 4
    if start == 0 or text[start - 1] not in _QUOTES:
        return False
    line_end = text.find("\n", end)
    window = text[start : line_end if line_end != -1 else len(text)][:120]
    close = next(
        (
            i
            for i, c in enumerate(window)
            if c in _QUOTES and i >= end - start and not window[i + 1 : i + 2].isalpha()  # not "Trump’s"
        ),
        None,
    )
    if close is None:
        return False
    words = window[:close].rstrip(",.:;!? ").split()
    long_words = [w for w in words if len(w.strip(",.:;!?")) >= 4]
    return 2 <= len(words) <= TITLE_WORDS and all(w[0].isupper() for w in long_words)


def defined_acronym(ent: Span, text: str) -> str | None:
    """The abbreviation a name defines right after it ("Rocky Mountain Spotted Fever (RMSF)"), if its letters are
    the initials of the name's words."""
    from newsbrief.analyse._entity_rules import acronym

    m = _DEFINED.match(text, ent.end_char)
    if m is None or acronym(ent.text) != m.group(1).lower():
        return None
    return m.group(1)


def common_acronyms(texts: Iterable[str]) -> set[str]:
    """Abbreviations the story defines by lower-case words ("the suprachiasmatic nucleus (SCN)")."""
    return {m.group(1) for text in texts for m in _LOWER_ACRONYM.finditer(text)}


@dataclass(slots=True)
class WordUse:
    """How often each word is written in lower case, and capitalised inside a sentence, across the story."""

    lower: Counter[str] = field(default_factory=Counter)
    capital: Counter[str] = field(default_factory=Counter)
    acronyms: Counter[str] = field(default_factory=Counter)  # each word in capitals, every use
    acronym_nouns: Counter[str] = field(default_factory=Counter)  # ... its uses as a common noun

    def add(self, doc: Doc) -> None:
        for tok in doc:
            if tok.is_lower:
                self.lower[tok.text] += 1
            elif tok.is_title and not tok.is_sent_start:
                self.capital[tok.text] += 1
            elif tok.is_upper and tok.is_alpha and len(tok) > 1:
                self.acronyms[tok.text] += 1
                self.acronym_nouns[tok.text] += _common_noun_use(tok)

    def common(self, word: str) -> bool:
        """Whether a capitalised one-word name is used as an ordinary word at least as often."""
        low = self.lower[word.lower()]
        return low > 0 and not word.isupper() and low >= self.capital[word]

    def common_acronym(self, word: str) -> bool:
        """Whether a word in capitals is a common noun's abbreviation in this story ("a super PAC", "the
        hybrid PAC", "a PAC"): at least half its uses take a lower-case adjective or "a"/"an", as a class's
        noun does and a body's name does not ("the FBI", "former FBI director": the modifier is the director's)."""
        common = self.acronym_nouns[word]
        return common > 0 and common * 2 >= self.acronyms[word]


def _common_noun_use(tok: Token) -> bool:
    """A word in capitals used as a common noun: modified by a lower-case adjective ("super PAC") or, as the head
    of its phrase, taking the indefinite article ("a PAC"; "an FBI agent" gives the article to "agent"). A noun
    before it does not count: "consulting firm IMGE" names the firm (PolNeAR train, 2015-11-25)."""
    return any(
        (c.dep_ == "amod" and c.is_lower and c.is_alpha) or (c.dep_ == "det" and c.lower_ in {"a", "an"})
        for c in tok.lefts
    )


def known_tail(name: str, known: set[str], use: WordUse) -> str | None:
    """The shorter name of the story that ``name`` is with a stray word in front, else ``None``.

    The dropped words must be a possessive ("Smith's Mercedes"), an abbreviation in capitals ("AP American
    Airlines") or an ordinary word of the story ("Airline Qatar Airways").
    """
    words = name.split()
    for cut in range(1, min(3, len(words))):
        rest = " ".join(words[cut:])
        if rest.lower() not in known:
            continue
        dropped = words[:cut]
        if not all(w[:1].isupper() for w in dropped):
            continue  # "Bank of America" is not America
        if (
            dropped[-1].endswith(("'s", "’s", "'", "’"))
            or all(w.isupper() and len(w) <= 4 for w in dropped)
            or all(use.common(w) for w in dropped)
        ):
            return rest
    return None


def without_bare_heads(mentions: list[Mention], lower_words: set[str]) -> list[Mention]:
    """Without a one-word name that is an ordinary noun of the story (also written in lower case) and the last
    word of two or more longer names of it: "Church" beside the "LDS Church" and the "Catholic Church" is short for
    either, and which one is not known."""
    keys = {m.key for m in mentions}
    heads = Counter(k.split()[-1] for k in keys if " " in k)
    return [m for m in mentions if " " in m.key or heads[m.key] < 2 or m.key not in lower_words or m.forced]
