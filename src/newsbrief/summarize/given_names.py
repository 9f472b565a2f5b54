"""Name a person the summary calls by given name alone: "[Paula Blades] laughs about it now ...".

Feature writing calls its subject by given name once it has named her ("Paula Blades shared this picture ...
Paula laughs about it now"), and a sentence lifted from the middle of such a report leaves the reader asking
who Paula is: one of the largest classes of the development failures no selection mends (session 14, issue 10).
The brief shows the full name in brackets in place of the given name, as :mod:`.antecedents` does for "He"
(:class:`~newsbrief.model.Insertion` with ``replaces``; the text and span stay verbatim), only where the
reports leave no doubt:

- the sentence's own article gives the full name earlier ("Given Surname", read by
  :func:`~newsbrief.summarize.names.full_names`), and no report of the story gives that given name any other
  surname, written plainly or after a particle or a nickname ("Paula de Souza", 'Paula "PJ" Jones'), nor puts a
  capitalised word before it as if it were a surname ("Ann Paula");
- the word is a given name the dictionary knows (:func:`first_name_gender`: "Labour", "House" are not) and the
  article never writes it in lower case ("Will", "Rose" as words);
- the reports use the given name alone as a person's: it speaks, has a courtesy title or an age
  (:func:`.introduce.is_person`; the surname's doing so says nothing of the word alone: "Hope Hicks, 29, said"
  then "Hope faded", "Christian Bale said" then "Christian groups", "Chelsea beat Arsenal", "Mercedes unveiled"
  were shown "[Hope Hicks]" etc., review25's look-alikes, session 14), and when it is also a known place
  ("Jordan", "Georgia", "Virginia") the reports never write it after a word of place ("in Virginia");
- the given name stands alone in the sentence (no capitalised word beside it, not after "the"), and neither the
  sentence nor an earlier summary sentence gives the full name (the reader has met the person).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache

from newsbrief.analyse.name_evidence import first_name_gender, known_place
from newsbrief.model import Article, Insertion, SummarySentence
from newsbrief.summarize.introduce import bare_mentions, is_person
from newsbrief.summarize.names import GIVEN, NOT_GIVEN, full_names
from newsbrief.text.lexicon import AFTER_PARTICLE, PARTICLES
from newsbrief.text.literal import NAME_CHAR, has_edged
from newsbrief.text.tokens import STOPWORDS

_GIVEN_WORD = re.compile(rf"(?<![\w'’-]){GIVEN}(?![\w-])")
#: Words after which a name is a place's: "in Georgia", "from Austin", "across Virginia".
_PLACE_BEFORE = r"\b(?:[Ii]n|[Ff]rom|[Nn]ear|[Aa]cross|[Oo]utside|[Tt]hroughout|[Ii]nside)"
#: What may stand between a given name and a surname :data:`~newsbrief.summarize.names.FULL_NAME` does not read: a
#: family name's particles ("de Souza", "van der Berg") or a nickname in quotes ('"PJ" Jones'), before a capital.
_OTHER_SURNAME = (
    rf"(?:(?:{'|'.join(sorted(PARTICLES))})(?: (?:{'|'.join(sorted(AFTER_PARTICLE))}))?"
    r"|[\"“‘'][A-Z][^\"”’'\n]{0,23}[\"”’']) [A-Z]"
)
_OTHER_SURNAME_AT = re.compile(_OTHER_SURNAME)


@lru_cache(maxsize=64)
def _surnames_by_given(text: str) -> dict[str, set[str]]:
    """Given name -> every surname ``text`` writes after it ("Paula" -> {"Blades"}); titles are no given names."""
    out: dict[str, set[str]] = {}
    for m in full_names(text):
        if m.group("given").lower() not in NOT_GIVEN:
            out.setdefault(m.group("given"), set()).add(m.group("surname"))
    return out


@lru_cache(maxsize=64)
def _used_as_surname(text: str) -> frozenset[str]:
    """Words ``text`` writes after a given name as if they were surnames ("Ann Paula" holds "Paula"; "Singer Devin"
    and a sentence's "In Paula" do not: a word the dictionary knows as no given name is a title or a function word)."""
    return frozenset(
        m.group("surname")
        for m in full_names(text)
        if m.group("given").lower() not in NOT_GIVEN | STOPWORDS and first_name_gender(m.group("given")) is not None
    )


def _one_surname(given: str, surnames: set[str], story: str) -> str | None:
    """The surname, when there is one; "Blades" for {"Blades", "Blade"} where "Blade" is only ever written before
    a possessive ("Paula Blade's home"): the writer's possessive of a name ending in s, not a second person."""
    if len(surnames) == 2:
        short, long = sorted(surnames, key=len)
        if long == short + "s" and not re.search(rf"\b{re.escape(f'{given} {short}')}(?!['’]s\b)\b", story):
            return long
    return next(iter(surnames)) if len(surnames) == 1 else None


def story_text(texts: Iterable[str]) -> str:
    """Every report of a cluster as one text, a blank line between reports so that no name runs across two: the
    ``story`` :func:`full_name_for` reads (the summary's given names, :mod:`.antecedents`, :mod:`.speakers_shown`)."""
    return "\n\n".join(texts)


def full_name_for(given: str, article: str, before: int, story: str) -> str | None:
    """The one full name ``given`` stands for in ``article`` at offset ``before`` (see the module docstring)."""
    surname = _one_surname(given, _surnames_by_given(story).get(given, set()), story)
    if surname is None or given in _used_as_surname(story) or given.lower() in NOT_GIVEN | STOPWORDS:
        return None
    if _written_with_other_surname(story, given):
        return None  # "Paula de Souza" in another report: perhaps a second Paula (review29)
    full = f"{given} {surname}"
    first = article.find(full)
    if first < 0 or first >= before or has_edged(article, given.lower()):
        return None
    if first_name_gender(given) is None:
        return None
    if not is_person(story, given) or (known_place(given) and _written_as_place(story, given)):
        return None
    return full


def _written_with_other_surname(story: str, given: str) -> bool:
    """Whether ``story`` writes ``given`` before a surname the full-name pattern does not read ("Paula de Souza",
    'Paula "PJ" Jones'): a person the count of surnames misses, so the given name alone may be hers."""
    lead = given + " "  # a literal scan for the given name, the pattern only after it: none compiled per name
    at = story.find(lead)
    while at >= 0:
        if (at == 0 or not NAME_CHAR.match(story, at - 1)) and _OTHER_SURNAME_AT.match(story, at + len(lead)):
            return True
        at = story.find(lead, at + 1)
    return False


def _written_as_place(story: str, word: str) -> bool:
    """Whether ``story`` writes ``word`` right after a word of place ("in Georgia", "from Austin")."""
    return re.search(rf"{_PLACE_BEFORE} {re.escape(word)}(?![\w-])", story) is not None


def complete_given_names(summary: Sequence[SummarySentence], articles: Sequence[Article]) -> list[SummarySentence]:
    """The summary (in reading order, spans into the cleaned ``articles``, as :func:`.introduce.introduce_people`
    takes it) with "[Given Surname]" shown in place of a given name used alone where the reports make the person
    certain: an :class:`~newsbrief.model.Insertion` that replaces the given name; text, spans and support unchanged."""
    by_id = {a.id: a for a in articles}
    story = story_text(a.text for a in articles)
    met: set[str] = set()  # full names the reader has met
    out: list[SummarySentence] = []
    for item in summary:
        taken = {ins.at for ins in item.insertions}
        shown = item.shown
        inserts: list[Insertion] = []
        for given in dict.fromkeys(m.group(0) for m in _GIVEN_WORD.finditer(item.text)):
            mentions = [p for p in bare_mentions(item.text, given) if p not in taken]
            if not mentions:
                continue
            full = full_name_for(given, by_id[item.source.article_id].text, item.source.start, story)
            if full is None or full in met or full in shown:
                continue
            inserts.append(Insertion(mentions[0], full, replaces=len(given)))
            met.add(full)
        met.update(m.group(0) for m in full_names(shown))
        merged = tuple(sorted((*item.insertions, *inserts), key=lambda i: i.at))
        out.append(replace(item, insertions=merged) if inserts else item)
    return out
