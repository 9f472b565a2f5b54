"""The news wire's messages to its client editors: transmission furniture that is not story text.

Wire copy as it is filed (AP, the New York Times news service and the papers it carries, Xinhua; DUC 2004's
newswire) carries, beside the story, the transmission's own conventions, which scraped web pages never print:

- typesetting codes of the NYT news service: ``&UR;`` ``&LR;`` ``&QL;`` ``&QC;`` ``&HT;`` (uppercase two-letter
  entities; HTML's are lower case) and ``<ANNOTATION>`` tags;
- notes to editors: a paragraph opening "EDS:", "EDITORS:", "EDITOR'S NOTE --", "NONSUBSCRIBERS:" (and the
  syndicate's sales list after it);
- trim marks and the distribution tail: "(STORY CAN END HERE. OPTIONAL MATERIAL FOLLOWS)", "(OPTIONAL TAKE
  FOLLOWS.)", "(END OPTIONAL TRIM)", "ENDIT", "XXXX END OF STORY", a slug alone ("BC-JOHN-GIELGUD-OBIT-2NDTAKE-NYTSF"),
  "Story Filed By Cox Newspapers", "For Use By Clients of the New York Times News Service", "(Distributed by New
  York Times Special Features)", "(To purchase this ... article ...)", "(Wire service material was used to prepare
  this report.)", "C. 1998 Cox News Service", "c. 1999, Houston Chronicle", the stamp "NYT-06-28-98 1809EDT", an
  operator's initials "(tc-gb)", the writer's address in the wire's spelling ("David Nyhan's e-mail address is
  nyhan(at)globe.com.");
- whole advisories that are no report: a budget of the stories an agency plans, one slug line a story
  ("RUBIN-RESIGN (Washington) _ A ledeall: Robert Rubin resigns ..."), and a photo advisory ("Photo slugged:
  KENNEDY MISSING PLANE 3", "Photos will move by 5:00 p.m. EDT.").

Each form is the wire's, not one story's: of the 422 DUC 2004 task 5 articles outside the lead's reserved reading,
66 carry 189 codes, 149 paragraphs are trim marks or the distribution tail, 8 paragraphs of 6 articles are notes to
editors, and 5 articles are advisories (3 budgets, a photo advisory filed twice); DUC 2004 task 2, Multi-News raw and
PolNeAR print none of them (their cleaned text is unchanged). Before this module, 13 of the 534 summary sentences of
those topics' briefs were such messages ("EDS: The Atlanta Journal-Constitution stories slugged SCIFI-NONSENSE and
will not move tonight.", "Photos will move by 5:00 p.m. EDT.", "A ledeall: Robert Rubin resigns ...", "&UR; &LR;
Something may be rotten in the state of Texas."), after it none (BENCHMARKS.md, "Session 11: the wire's messages to
editors").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsbrief.text.lexicon import LONG_DASHES

#: The NYT news service's typesetting codes and the annotation tags around trim marks. A quad ("&QL;" flush left,
#: "&QC;" centred, "&QR;") ends a line; the others ("&UR;" / "&LR;" type switches, "&HT;" a tab) stand inside one.
_QUAD = re.compile(r"&Q[LCR];")  # no spaces around: cleaning strips each line (and a bare run of spaces stays linear)
_CODE = re.compile(r"&[A-Z]{2};|</?ANNOTATION>")
#: The wire's ampersand, upper case like its codes (HTML's lower-case "&amp;" is not the wire's: left).
_AMPERSAND = "&AMP;"

#: A paragraph that speaks to the client editors, not to the reader: the wire writes the address in capitals. (A web
#: page's "Editor's note: This story has been revised ..." speaks to the reader: PolNeAR has 24, Multi-News raw 1;
#: left to the page notices of :mod:`newsbrief.summarize.standalone`.) A one-word address takes a colon only: after
#: a dash it is a subject in the wire's style of apposition ("EDS _ Electronic Data Systems Corp. _ said ...",
#: "EDITORS -- and reporters -- walked out"); "EDITOR'S NOTE" and "NOTE TO EDITORS" name themselves.
NOTE = (
    r"(?:(?:EDS|Eds|EDITORS?|NONSUBSCRIBERS)\s*:|(?:EDITOR['’]?S\s+NOTE|NOTE\s+TO\s+EDITORS)\s*"
    rf"(?::|--|[{LONG_DASHES}]|_))"
)
_NOTE = re.compile("^" + NOTE)
#: After the syndicate's sales note, the rest of the copy is its list of sales representatives.
_SALES = re.compile(r"^NONSUBSCRIBERS\s*:")

#: Trim marks, the distribution tail and the transmission stamp: a paragraph that is nothing else. A trim mark in
#: lower case names what may be cut ("Optional add follows"): "(Optional extras cost $40.)" is a story's aside.
#: The copyright's owner is a name in capitals ("C. 1998 Cox News Service", "c. 1999, Houston Chronicle"): "c. 1920
#: Women win the right to vote" is a timeline's item.
_TAIL = re.compile(
    r"""^(?:
        \(?(?:STORY|Story)\s+(?:CAN|can)\s+(?:END|end)\s+(?:HERE?|here)\b[^()]{0,60}\)?
      | \((?:BEGIN\s+|END\s+)?OPTIONAL\b[^()]{0,60}\)
      | \((?:(?:Begin|End)\s+optional|Optional)\s+(?:trim|add|material|take|box)\b[^()]{0,40}\)
      | \(MORE\)
      | ENDIT
      | X{2,}\s*END\s+OF\s+STORY
      | BC-[A-Z0-9]+(?:-[A-Z0-9]+)*
      | (?:Story\s+Filed\s+By|For\s+Use\s+By\s+Clients\s+of)\b[^.!?]{0,80}
      | \(Distributed\s+by\s+[A-Z][^()]{0,80}\)
      | \(To\s+(?:purchase|publish)\s+this\b.{0,400}\)
      | \(?Wire\s+service\s+material\s+was\s+used\b[^()]{0,60}\)?
      | [Cc]\.\s+(?:19|20)\d\d,?\s+[A-Z][\w.&'’-]{0,30}(?:\s+(?:[A-Z][\w.&'’-]{0,30}|of|the|and)){0,6}
      | [A-Z]{2,5}-\d\d-\d\d-\d\d\s+\d{3,4}\s?[A-Z]{3}
      | \([a-z]{2,3}-[a-z]{2,3}\)
    )\.?\)?$""",
    re.VERBOSE,
)
#: The writer's address in the wire's spelling, a paragraph alone: "David Nyhan's e-mail address is
#: nyhan(at)globe.com." (tried only where "(at)" stands: the free prefix would be tried at every paragraph).
_ADDRESS = re.compile(r"^\(?[^()]{0,80}\be-mail\s+address\s+is\s+[\w.-]{1,40}\(at\)[\w.-]{1,60}\)?\.?\)?$")

#: No paragraph of :data:`_TAIL` is longer (its longest form, a syndicate's purchase note, is bounded at 400
#: characters): longer paragraphs, most of a story's, are not tried.
_TAIL_CHARS = 480

#: A budget's slug line: a slug of capitals joined by hyphens, then the place of the story to come, in brackets or
#: in capitals between the wire's dashes ("RUBIN-RESIGN (Washington) _ ", "PHYSICISTS-HAWKING _ ATLANTA _ "). A
#: slug without a place is a heading inside a story ("TOP-10 _ The Yankees lead."), and "WINSTON-SALEM, N.C. _" is
#: a dateline: a comma follows the city, never a slug.
SLUG_LINE = r"[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)+\s+(?:\([^()\n]{1,40}\)|_\s+[A-Z][A-Z.' -]{1,40}?)\s+_\s"
_SLUG_LINE = re.compile("^" + SLUG_LINE, re.MULTILINE)
#: A photo advisory's line.
_PHOTO_SLUG = re.compile(r"\bPhoto\s+slugged\s*:")


def strip_codes(text: str) -> str:
    """``text`` without the wire's typesetting codes: a quad ends its line, any other code is a space (cleaning
    collapses spaces); the wire's escaped ampersand is one ("Standard &AMP; Poor's": DUC 2004 task 2 prints it
    17 times, and a summary sentence would show the code)."""
    if "&" not in text and "<" not in text:
        return text
    return _CODE.sub(" ", _QUAD.sub("\n", text)).replace(_AMPERSAND, "&")


def is_wire_note(paragraph: str) -> bool:
    """Whether a cleaned paragraph is a note to editors, a trim mark or the distribution tail."""
    if _NOTE.match(paragraph):
        return True
    if len(paragraph) > _TAIL_CHARS:
        return False
    return bool(_TAIL.match(paragraph) or ("(at)" in paragraph and _ADDRESS.match(paragraph)))


def is_advisory(text: str) -> bool:
    """Whether a whole text is an advisory to editors, not a report: a photo advisory, or a budget (two slug
    lines, or one under a note to editors)."""
    if "slugged" in text and _PHOTO_SLUG.search(text):  # the literal first: most texts have none (speed)
        return True
    if " _ " not in text:
        return False
    slugs = len(_SLUG_LINE.findall(text))
    return slugs >= 2 or (slugs == 1 and any(_NOTE.match(line.strip()) for line in text.splitlines()))


def drop_wire_notes(paragraphs: Sequence[str]) -> list[str]:
    """The paragraphs without notes to editors, trim marks and the distribution tail; a syndicate's sales note
    ends the story (what follows it is the sales list)."""
    kept: list[str] = []
    for para in paragraphs:
        if _SALES.match(para):
            break
        if not is_wire_note(para):
            kept.append(para)
    return kept
