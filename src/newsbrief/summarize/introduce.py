"""Introduce a person the summary names only by surname: "[Jeremy] Corbyn said ...".

An extract lifted from the middle of a report names people as the report does by then, by surname
("Corbyn said"), and a reader who meets the sentence first does not know who that is: the commonest
failure of the trust labels and of the editor's reading (../shared/EDITOR.md, "a person named only by
surname before the brief introduced them"). Newsrooms mend a quotation or an extract with an
editorial insertion in square brackets; we do the same, only where the article itself makes it
unambiguous (a full name from another article was tried: on the development clusters it put
"[House]" before "Republicans" and "[Outgoing]" before "Northwestern"; not kept):

- the same article gives the full name earlier ("Labour leader Jeremy Corbyn"), a given name directly
  before the surname (an initial may follow it: "George W. Bush");
- no other given name stands before that surname anywhere in the article (two Clintons: no insertion);
- neither word is a title, a month or day, a function word, or a word the article also writes in lower
  case ("Singer Devin Lima": a common word capitalised, not a given name), nor a surname the article
  puts after "the" ("Young Labour" ... "the Labour Party");
- the article treats the surname as a person's somewhere: speaking ("Corbyn said", "said Corbyn"),
  with a courtesy title ("Mr. Corbyn") or an age ("Corbyn, 68,");
- the bare surname is a name here: capitalised, not after "the" or a capitalised word, not before one
  ("House Speaker", "the Court");
- the summary has not already introduced the person (the full name in an earlier summary sentence or
  earlier in the same sentence).

The sentence's text and its span stay verbatim (citations and offsets point at the source); the
insertion is a separate :class:`~newsbrief.model.Insertion` that renderers show in brackets.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import lru_cache

from newsbrief.model import Article, Insertion, Sentence, SummarySentence
from newsbrief.summarize.names import GIVEN, NOT_GIVEN, SURNAME, full_names
from newsbrief.text.literal import WORD_OR_HYPHEN, edged_offsets
from newsbrief.text.tokens import STOPWORDS

#: A word written in lower case (a capitalised form of it may be a common word, not a name).
LOWER_WORD = re.compile(r"(?<![\w-])[a-z][a-z'’-]*")


@lru_cache(maxsize=4096)
def given_names_of(text: str) -> dict[str, set[str]]:
    """Surname -> the given names (with any initial) that stand before it in ``text``.

    A surname with any other capitalised word before it somewhere in ``text`` ("Will Smith" beside
    "Ryan Smith", even where "will" is also a common word) gets every such word, so it reads as ambiguous.
    Cached (a summary sentence is read again by each step here): callers must not modify the answer.
    """
    found: dict[str, set[str]] = {}
    rejected: dict[str, set[str]] = {}
    lower_words: set[str] | None = None  # read when first needed: most sentences hold no full name
    after_the: set[str] | None = None
    for m in full_names(text):
        given, surname = m.group("given"), m.group("surname")
        word = given + (m.group("initial") or "")
        if given.lower() in NOT_GIVEN:
            continue  # a title before the name ("President Obama") is no second given name
        if lower_words is None:
            lower_words = set(LOWER_WORD.findall(text))
        if any(w.lower() in NOT_GIVEN or w.lower() in STOPWORDS or w.lower() in lower_words for w in (given, surname)):
            # a date, a function word, or a word the article also uses in lower case
            rejected.setdefault(surname, set()).add(word)
            continue
        if after_the is None:
            after_the = _after_the(text)
        if surname in after_the:
            continue  # "the Labour Party", "the House": not a person's surname
        found.setdefault(surname, set()).add(word)
    return {k: v | rejected.get(k, set()) for k, v in found.items()}


#: The speech verbs after or before which a name is a person's ("Corbyn said", "said Corbyn").
SPEECH = r"(?:said|says|told|tells|added|adds|wrote|writes|explained|asked|argued|noted|recalled|testified|tweeted)"
#: Where a surname may follow, with the run of word characters, hyphens and apostrophes after it (in a
#: lookahead, so that "the The Hague" finds both): "the", a speech verb, a courtesy title.
_THE_WORD = re.compile(r"(?<![\w-])[Tt]he (?=([\w'’-]+))")
_SPEECH_WORD = re.compile(rf"\b{SPEECH} (?=([\w'’-]+))")
_TITLE_WORD = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.? (?=([\w'’-]+))")
#: The surname of a full name right after a speech verb or a courtesy title: "said Jamie Zeitzer", "Dr. Jane Doe"
#: (the one-word cues above read only "Jamie").
_CUED_FULL_NAME = re.compile(rf"(?:\b{SPEECH}|\b(?:Mr|Mrs|Ms|Miss|Dr)\.?) {GIVEN}(?: [A-Z]\.)? ({SURNAME})(?![\w-])")
#: What follows a speaking surname ("Corbyn said", "Corbyn, the Labour leader, said") or its age ("Corbyn, 68,").
_SPEAKS_AFTER = re.compile(rf"(?:,[^,.]{{1,60}},)? {SPEECH}\b")
_AGE_AFTER = re.compile(r", \d{1,3},")


def _names_after(cue: re.Pattern[str], text: str) -> set[str]:
    """Every surname ``s`` for which ``text`` has ``cue`` then ``s`` not followed by a word character or hyphen.

    One scan of ``text`` instead of a pattern per surname: a surname (letters, hyphens, apostrophes)
    ends where no word character or hyphen follows, so it is the whole run after the cue or the part of
    the run before an apostrophe ("the Smith's" holds "Smith").
    """
    out: set[str] = set()
    for m in cue.finditer(text):
        run = m.group(1)
        out.add(run)
        if "'" in run or "’" in run:  # the character loop only where it can find something (a few runs in 100)
            out.update(run[:i] for i, ch in enumerate(run) if ch in "'’")
    return out


def _after_the(text: str) -> set[str]:
    """Surnames that ``text`` puts after "the" ("the Labour Party")."""
    return _names_after(_THE_WORD, text)


@lru_cache(maxsize=64)
def _named_by_cue(text: str) -> frozenset[str]:
    """Surnames that ``text`` puts after a speech verb or a courtesy title ("said Corbyn", "Mr. Corbyn")."""
    cued = {m.group(1) for m in _CUED_FULL_NAME.finditer(text)}
    return frozenset(_names_after(_SPEECH_WORD, text) | _names_after(_TITLE_WORD, text) | cued)


def _at_word_start(text: str, start: int) -> bool:
    return start == 0 or not WORD_OR_HYPHEN.match(text, start - 1)


def _whole_word_offsets(text: str, words: str) -> Iterator[int]:
    r"""Offsets of ``words`` in ``text`` with no word character or hyphen on either side, left to right.

    What ``(?<![\w-])WORDS(?![\w-])`` finds with ``finditer``, by a literal scan
    (:func:`~newsbrief.text.literal.edged_offsets`): a pattern per name was compiled for every name of every
    article (thousands per 250 briefs, past ``re``'s cache of 512: a fortieth of the brief path in compiling).
    """
    return edged_offsets(text, words, WORD_OR_HYPHEN)


def is_person(text: str, surname: str) -> bool:
    """Whether ``text`` treats ``surname`` as a person's somewhere: speaking, with a courtesy title, or an age."""
    if surname in _named_by_cue(text):
        return True
    start = text.find(surname)
    while start >= 0:
        end = start + len(surname)
        if _at_word_start(text, start) and (_SPEAKS_AFTER.match(text, end) or _AGE_AFTER.match(text, end)):
            return True
        start = text.find(surname, start + 1)
    return False


def _first_full_name(text: str, surname: str, given: str) -> int:
    """Offset of the first "given surname" in ``text``; -1 when absent."""
    return next(_whole_word_offsets(text, f"{given} {surname}"), -1)


def bare_mentions(text: str, surname: str) -> list[int]:
    """Offsets of ``surname`` used alone as a name in ``text`` (see the module docstring)."""
    out = []
    for start in _whole_word_offsets(text, surname):
        before = text[:start].rstrip()
        if before.endswith(("[", "]")):
            continue  # the source's own editorial brackets: "[population biologist Joel] Cohen", "his [Veitch's]"
        prev = re.search(r"([\w.’'-]+)$", before)
        prev_word = prev.group(1) if prev else ""
        if prev_word and (prev_word[0].isupper() or prev_word.lower() == "the"):
            continue
        if re.match(r" [A-Z]", text[start + len(surname) :]):
            continue  # part of a longer name or title: "House Speaker"
        out.append(start)
    return out


def introduce_people(summary: Sequence[SummarySentence], articles: Sequence[Article]) -> list[SummarySentence]:
    """Add "[Given]" before a bare surname whose full name the sentence's own article gave earlier.

    Args:
        summary: the summary in reading order (spans index the cleaned ``articles``).
        articles: the cleaned articles.

    Returns:
        The summary, with :attr:`~newsbrief.model.SummarySentence.insertions` set where a person is
        introduced; text, spans and support unchanged.
    """
    by_id = {a.id: a for a in articles}
    names = {a.id: given_names_of(a.text) for a in articles}
    introduced: set[str] = set()  # surnames the reader has met with a given name
    first_full: dict[tuple[str, str], int] = {}  # (article, surname) -> offset of the first full name
    person: dict[tuple[str, str], bool] = {}  # (article, surname) -> the article treats it as a person's
    out: list[SummarySentence] = []
    for item in summary:
        text = item.text
        article = by_id[item.source.article_id]
        inserts: list[Insertion] = []
        # full names in this sentence, or in an insertion already made (a pronoun's "[Jane Doe]",
        # :mod:`.antecedents`), introduce them from here on
        met: set[str] = set(given_names_of(item.shown))
        for surname, givens in names[article.id].items():
            if surname in introduced or len(givens) != 1 or (surname in met and surname not in given_names_of(text)):
                continue
            given = next(iter(givens))
            key = (article.id, surname)  # the same for every summary sentence from this article
            if key not in first_full:
                first_full[key] = _first_full_name(article.text, surname, given)
            if first_full[key] < 0 or first_full[key] >= item.source.start:
                continue  # the article names the person in full only later, or not at all
            if key not in person:
                person[key] = is_person(article.text, surname)
            if not person[key]:
                continue  # a product or a place may look like a name ("Amazon Petlexa")
            in_sentence = _first_full_name(text, surname, given)
            mentions = [p for p in bare_mentions(text, surname) if in_sentence < 0 or p < in_sentence]
            if mentions:
                inserts.append(Insertion(mentions[0], given))
                met.add(surname)
        introduced |= met
        out.append(with_insertions(item, inserts))
    return out


def with_insertions(item: SummarySentence, inserts: Sequence[Insertion]) -> SummarySentence:
    """``item`` with ``inserts`` added to its insertions, in reading order (itself when there are none)."""
    if not inserts:
        return item
    merged = (*item.insertions, *inserts)
    return replace(item, insertions=tuple(sorted(merged, key=lambda i: i.at)))


def introductions_first(ordered: Sequence[Sentence]) -> list[Sentence]:
    """Move a sentence that names a person in full before an earlier one that uses the bare surname.

    Reading order (:func:`~newsbrief.summarize.order.order_sentences`) follows position in the
    articles, so "Corbyn said ..." from one report can come before "Labour leader Jeremy Corbyn ..."
    from another. The introducing sentence moves up to just before the first bare mention, never
    above the first sentence (the news peg stays first); one pass, earliest mentions first.
    """
    out = list(ordered)
    for j in range(1, len(out)):
        k = j + 1
        while k < len(out):
            full = {s for s, givens in given_names_of(out[k].text).items() if len(givens) == 1}
            earlier = " ".join(x.text for x in out[:j])
            bare = [
                s
                for s in full
                if bare_mentions(out[j].text, s) and not given_names_of(out[j].text).get(s) and s not in earlier
            ]
            if bare:
                out.insert(j, out.pop(k))
                break
            k += 1
    return out
