"""People's names in running text, read one way by every step that names a person in a summary.

:mod:`.antecedents` (who an opening "He"/"She" is), :mod:`.descriptions` (who "The 29-year-old" is) and
:mod:`.introduce` ("[Jeremy] Corbyn") all find capitalised runs, skip the titles before a name, and tell a
person's gender from courtesy titles and given names; :mod:`.standalone` and the resolvers share the nouns that
stand for a person. Each piece lives here once, so the steps cannot drift apart (descriptions.py reached into the
private helpers of antecedents.py, introduce.py and standalone.py for them).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from newsbrief.analyse.name_evidence import HONORIFIC_GENDER, first_name_gender
from newsbrief.text.lexicon import TITLES
from newsbrief.text.tokens import STOPWORDS

#: Words that stand before a surname without being a given name: titles, and the first words of places and dates
#: ("New Hampshire", "East Chicago", "Monday").
NOT_GIVEN = TITLES | frozenset(
    """
    north south east west new old great little saint san santa los las fort mount lake port
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    """.split()
)
#: Upper- and lower-case letters of a name, accented ones too ("Bélanger", "Zoë", "Núñez"): an ASCII-only class
#: left every such name unread, so "Bélanger said" was neither introduced nor counted as a bare surname.
NAME_UPPER = "A-ZÀ-ÖØ-Þ"
NAME_LOWER = "a-zß-öø-ÿ"
#: A given name as one word: "Jeremy", "José", "Jean-Luc".
GIVEN = rf"[{NAME_UPPER}][{NAME_LOWER}]+(?:-[{NAME_UPPER}][{NAME_LOWER}]+)?"
#: A surname as one word: "Corbyn", "O'Rourke", "Ocasio-Cortez", and an inner capital after a surname prefix
#: ("McDowell", "MacArthur", "DeSantis", "DiCaprio", "LaGuardia"). Only after those prefixes, so that a brand
#: written in camel case ("YouTube", "PayPal") does not read as a surname.
_SURNAME_PREFIX = "Mc|Mac|De|Di|Da|Du|La|Le"
SURNAME = (
    rf"(?:{_SURNAME_PREFIX})?[{NAME_UPPER}][{NAME_LOWER}]*(?:['’][{NAME_UPPER}])?[{NAME_LOWER}]+"
    rf"(?:-[{NAME_UPPER}][{NAME_LOWER}]+)?"
)
#: A given name, an optional initial, then a surname: "Jeremy Corbyn", "George W. Bush", "Shelby McDowell".
FULL_NAME = re.compile(rf"(?<![\w.’'-])(?P<given>{GIVEN})(?P<initial> [A-Z]\.)? (?P<surname>{SURNAME})(?![\w-])")


def full_names(text: str) -> Iterator[re.Match[str]]:
    """Every :data:`FULL_NAME` match of ``text``, reading on from the surname after a title.

    A scan that resumes after each match lets a title eat the given name: "K9 Officer Collin Rose" matched
    "Officer Collin" and never "Collin Rose", so the one full name the article gave was lost (session 14).

    A name only the wider letters read (an inner capital, "McDowell"; an accent, "Bélanger") counts only after a
    title ("Liberal MP Mauril Bélanger") or with a given name the dictionary knows ("Shelby McDowell"): a
    headline's "Meet McDonald's McRibster" is no person, and read as one it made "McDonald's" a bare surname the
    selection refused (val_raw, session 14).
    """
    pos, titled = 0, -1
    while (m := FULL_NAME.search(text, pos)) is not None:
        given = m.group("given")
        if (
            m.start() == titled
            or not _wider(m)
            or first_name_gender(given) is not None
            or _after_title(text, m.start())
        ):
            yield m
        if given.lower() in NOT_GIVEN:
            pos = titled = m.start("surname")
        else:
            pos = m.end()


def _wider(m: re.Match[str]) -> bool:
    """Whether only the wider letters of :data:`SURNAME` read this full name (the ASCII pattern before them did
    not)."""
    name = m.group(0)
    return not name.isascii() or _INNER_CAPITAL.search(m.group("surname")) is not None


_INNER_CAPITAL = re.compile(rf"^(?:{_SURNAME_PREFIX})[A-Z]")
#: Titles written in capitals, which the lower-cased title list cannot hold ("Liberal MP Mauril Bélanger").
_UPPER_TITLES = frozenset({"MP", "MEP", "MLA", "MPP"})
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.? $")


def _after_title(text: str, start: int) -> bool:
    """Whether the word right before ``start`` is a title ("MP", "Sen.", "Sheriff")."""
    m = _WORD_BEFORE.search(text, max(0, start - 24), start)
    return m is not None and (m.group(1).lower() in NOT_GIVEN or m.group(1) in _UPPER_TITLES)


#: The endings of agent nouns that stand for a person ("scientist", "chairwoman").
AGENT_SUFFIX = re.compile(r"(?:ist|ian|man|woman)$")
#: An initial: "W." of "George W. Bush".
INITIAL = re.compile(r"[A-Z]\.")
_TOKEN = re.compile(r"[A-Za-z][\w'’.-]*")
_CAPITALISED = re.compile(r"[A-Z][a-z]*(?:['’]?[A-Z][a-z]+)*(?:-[A-Z][a-z]+)?(?:['’]s)?")
#: The courtesy titles whose gender :data:`HONORIFIC_GENDER` gives, as a pattern ("Mr|Sir|...", capitalised).
_HONORIFICS = "|".join(title.capitalize() for title in HONORIFIC_GENDER)


@dataclass(frozen=True, slots=True)
class Person:
    """The one person an opening pronoun or description stands for, as its article names them in full."""

    name: str  # "Jeremy Corbyn", "George W. Bush"
    surname: str


def capitalised_runs(text: str) -> list[tuple[int, int, list[str]]]:
    """Runs of capitalised words and initials separated by single spaces: (start, end, words)."""
    runs: list[tuple[int, int, list[str]]] = []
    for m in _TOKEN.finditer(text):
        if text[m.start()] >= "a":
            continue  # a lower-case word is neither capitalised nor an initial (most words: no pattern tried)
        word = m.group(0).rstrip(".,") if not INITIAL.fullmatch(m.group(0)) else m.group(0)
        if not (_CAPITALISED.fullmatch(word) or INITIAL.fullmatch(word)) or (
            word.isupper() and len(word) > 1 and not INITIAL.fullmatch(word)
        ):
            continue
        if runs and text[runs[-1][1] : m.start()] == " " and text[runs[-1][1] - 1] not in ",;:":
            start, _, words = runs[-1]
            runs[-1] = (start, m.start() + len(word), [*words, word])
        else:
            runs.append((m.start(), m.start() + len(word), [word]))
    return runs


def name_lead(words: list[str]) -> int:
    """How many words of a capitalised run come before the name: function words ("But"), and everything up to
    the last title ("Supreme Court Justice Harry A. Blackmun", "Labour leader" is lower case and not in the run)."""
    lead = 0
    while lead < len(words) and (words[lead].lower().rstrip(".") in NOT_GIVEN or words[lead].lower() in STOPWORDS):
        lead += 1
    titles = [i for i, w in enumerate(words[:-1]) if w.lower().rstrip(".") in NOT_GIVEN]
    return max(lead, titles[-1] + 1) if titles else lead


def person_gender(article: str, person: Person) -> str | None:
    """``"m"`` or ``"f"`` from the article's courtesy titles and the given name; None if unknown or disputed."""
    found = set()
    for m in re.finditer(rf"\b({_HONORIFICS})\.? {re.escape(person.surname)}\b", article):
        found.add(HONORIFIC_GENDER[m.group(1).lower()])
    by_name = first_name_gender(person.name.split()[0])
    if by_name in ("male", "female"):
        found.add(by_name[0] if by_name == "male" else "f")
    found = {"m" if g == "m" else "f" for g in found}
    return found.pop() if len(found) == 1 else None
