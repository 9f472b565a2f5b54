"""Introduce a person by the full name another report of the story gives: "[Cardell] Hayes stayed at the scene".

:mod:`.introduce` gives a bare surname its given name only where the sentence's own article named the person in
full earlier. A report that never does so (a follow-up that says "Hayes" throughout, a wire story whose full name
comes only further down) leaves the reader of the extract asking who that is, though the story as a whole leaves
no doubt (session 16, issue 10; a full name from another article was tried in session 9 without these checks and
put "[House]" before "Republicans"). Here the story is the evidence, and every check asks more of it than the
one-article rule does:

- the reports together give the surname exactly one given name (:func:`.introduce.given_names_of` over the whole
  story: a capitalised word before the surname anywhere, a word the story also writes in lower case, a title,
  reads as ambiguous), and put no other capitalised word right before it (:func:`_other_given`); that word is a
  given name the dictionary knows (:func:`first_name_gender`: "House", "Labour" are not);
- somewhere the story introduces the person by the full name (:func:`_stands_alone`): after a title or a role
  ("Interior Minister Bernard Cazeneuve", "candidate Hillary Clinton"), or before an apposition, an age or a
  speech verb; not inside a longer name ("the South Carolina Republican said", val_raw) nor in passing ("whom
  Michelle Obama referred to", the one given name of "Obama" in a story about Barack Obama's era; PolNeAR train,
  session 16);
- the sentence's own article gives no other given name to it;
- the story treats the surname as a person's: speaking, with a courtesy title or an age
  (:func:`.introduce.is_person`);
- the surname stands alone in the sentence (:func:`.introduce.bare_mentions`), no insertion is there already,
  and neither the sentence nor an earlier summary sentence gives the full name.

Display only, as :mod:`.introduce`: the text and the span stay verbatim, selection does not read this.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsbrief.analyse.name_evidence import first_name_gender
from newsbrief.model import Article, Insertion, SummarySentence
from newsbrief.summarize.given_names import story_text
from newsbrief.summarize.introduce import SPEECH, bare_mentions, given_names_of, is_person, with_insertions
from newsbrief.summarize.names import NOT_GIVEN, full_names
from newsbrief.text.lexicon import NOT_PERSON_WORDS, ORG_WORDS, TITLES
from newsbrief.text.literal import NAME_CHAR, capitalised_words_before, edged_offsets
from newsbrief.text.tokens import STOPWORDS

_WORD = re.compile(r"[\w'’-]+")
_POSSESSIVE = re.compile(r"['’]s?$")


def _word_at(text: str, at: int) -> str:
    """The name an insertion at ``at`` stands before ("Corbyn" of "Corbyn's")."""
    m = _WORD.match(text, at)
    return _POSSESSIVE.sub("", m.group(0)) if m else ""


def story_given_names(articles: Sequence[Article]) -> dict[str, str]:
    """Surname -> the one dictionary given name the story's reports give it, for surnames the story treats as a
    person's (see the module docstring)."""
    story = story_text(a.text for a in articles)
    out = {}
    for surname, givens in given_names_of(story).items():
        if len(givens) != 1:
            continue
        given = next(iter(givens))
        if " " in given or first_name_gender(given) is None or not is_person(story, surname):
            continue  # an initial after the given name is fine for introduce.py, not needed here
        if _names_a_thing(story, surname):
            continue
        if not _other_given(story, given, surname) and _stands_alone(story, given, surname):
            out[surname] = given
    return out


#: A surname heading a longer name: "Gallup Poll", "Gallup Editor in Chief". Not "of" + a name: "Annan of Ghana",
#: "Steck of Switzerland" are people (DUC task 5, val_raw; a body word as "University of Texas" is caught apart).
_HEADS_A_NAME = re.compile(r" ([A-Z][\w'’-]*)")
#: Words that name a body, a firm or a place, never a person's surname ("University", "Agency").
_THING_WORDS = NOT_PERSON_WORDS | ORG_WORDS


def _names_a_thing(story: str, surname: str) -> bool:
    """Whether the story uses ``surname`` for a body, a firm or a place: a word that names one ("University") or
    the surname heading a longer name anywhere, so a bare mention may be the thing ("said University of Texas law
    professor ..." beside "Duke University"; "Gallup's polling" beside "Gallup Poll" and its founder "Dr. George
    Gallup"; val_raw, session 16 review). A day or month after it ("Hayes Monday") is no name."""
    if surname.lower() in _THING_WORDS:
        return True
    for start in edged_offsets(story, surname, NAME_CHAR):  # a literal scan: no pattern compiled per surname
        m = _HEADS_A_NAME.match(story, start + len(surname))
        if m and m.group(1).lower() not in NOT_GIVEN:
            return True
    return False


def _other_given(story: str, given: str, surname: str) -> bool:
    """Whether ``story`` puts another capitalised word than ``given`` (or a title, a month, a function word) right
    before ``surname`` anywhere: "Actor Clint Howard" beside "Ron Howard", which the full-name scan, resuming after
    "Actor Clint", does not read (PolNeAR train, session 16)."""
    for word in capitalised_words_before(story, surname):  # a literal scan: no pattern compiled per surname
        if word != given and word.lower() not in NOT_GIVEN and word.lower() not in STOPWORDS:
            return True
    return False


#: A firm's name after a surname: "Shaw & Company", "Koskoff & Bieder".
_FIRM_AFTER = re.compile(r" ?&")


def _alone(text: str, at: int, surname: str, given: str, insertions: Sequence[Insertion]) -> bool:
    """Whether the bare mention of ``surname`` at ``at`` wants its given name: no insertion there already, the given
    name not right before it behind a quotation mark (''Hillary Clinton, which the full-name pattern does not read),
    and no firm's "&" after it."""
    return (
        not any(i.at == at for i in insertions)
        and not text[:at].endswith(given + " ")
        and not _FIRM_AFTER.match(text, at + len(surname))
    )


_WORD_BEFORE = re.compile(r"([\w'’.-]+) $")
#: What follows a full name that introduces its person: an apposition or age ("Jane Doe, 52,"), a speech verb.
_INTRODUCED_AFTER = re.compile(rf"(?:,| {SPEECH}\b)")


def _stands_alone(story: str, given: str, surname: str) -> bool:
    """Whether ``story`` introduces the person as "given surname" somewhere: after a title or a lower-case word that
    is no function word ("Sen. Bernie Sanders", "candidate Hillary Clinton", "said Jane Doe"), or before an
    apposition, an age or a speech verb ("Jane Doe, 52,", "Jane Doe said"). Not after a capitalised word ("the
    South Carolina Republican") nor in passing ("whom Michelle Obama referred to": the story's one "Obama" with a
    given name was not the Obama it meant; PolNeAR train, session 16)."""
    for m in full_names(story):
        if m.group("given") != given or m.group("surname") != surname:
            continue
        before = _WORD_BEFORE.search(story, max(0, m.start() - 30), m.start())
        word = before.group(1).rstrip(".") if before else ""
        if word.lower() in TITLES:
            return True
        if word[:1].isupper():
            continue
        if (word and word.lower() not in STOPWORDS) or _INTRODUCED_AFTER.match(story, m.end()):
            return True
    return False


def introduce_from_story(summary: Sequence[SummarySentence], articles: Sequence[Article]) -> list[SummarySentence]:
    """Add "[Given]" before a bare surname the reader has not met, with the one given name the story gives it.

    Args:
        summary: the summary in reading order, after :func:`.introduce.introduce_people` (spans index the cleaned
            ``articles``).
        articles: the cleaned articles of the story.

    Returns:
        The summary, with an :class:`~newsbrief.model.Insertion` added where a person is introduced; text, spans
        and support unchanged.
    """
    names = story_given_names(articles)
    if not names:
        return list(summary)
    own = {a.id: given_names_of(a.text) for a in articles}
    met: set[str] = set()  # surnames the reader has met with a given name
    out: list[SummarySentence] = []
    for item in summary:
        text = item.text
        shown_here = set(given_names_of(item.shown)) | {_word_at(text, i.at) for i in item.insertions if not i.replaces}
        inserts: list[Insertion] = []
        for surname, given in names.items():
            if surname in met or surname in given_names_of(text):
                continue
            if own[item.source.article_id].get(surname, {given}) != {given}:
                continue  # the sentence's own article gives the surname another given name
            mentions = [p for p in bare_mentions(text, surname) if _alone(text, p, surname, given, item.insertions)]
            if mentions and surname not in shown_here:
                inserts.append(Insertion(mentions[0], given))
                shown_here.add(surname)
        met |= shown_here
        out.append(with_insertions(item, inserts))
    return out
