"""Show who is speaking in a summary sentence that is a quotation or a transcript line: '[MARTIN:] I have no idea'.

A sentence lifted from a transcript turn or from inside a quotation reads as someone's words, and the reader
cannot see whose: the largest class (19 of 80) of the development failures session 14 read (issue 10,
BENCHMARKS.md "what each failure misses"). An editor mends it as a transcript does, with the speaker's label
before the words, in square brackets as the other inserts (:mod:`.introduce`, :mod:`.given_names`): an
:class:`~newsbrief.model.Insertion` at the start, text and span verbatim. Only where the speaker is certain:

- a transcript turn: the sentence speaks in the first or second person ("I", "we", "you": a host's "Her last stop is
  the Capitol" reads as reporting without a label), and its paragraph opens with a speaker label ("MARTIN:",
  "RACHEL MARTIN, HOST:") before the sentence (a sentence that holds its label shows it already), the label of
  a speaker who opens two paragraphs or more in an article with two such speakers (a newsletter's headings, "TOP
  TALKER:", each open one); a label that names nobody ("UNIDENTIFIED PERSON:", "CROWD:") gives
  nothing. Text only, so briefs with analysis off show it too;
- a quotation (analysis on only: the quote module needs the parse): the sentence opens with, or lies wholly
  inside, a direct quote whose speaker the brief's quotes name (they keep only a speaker the ranker trusts:
  :func:`newsbrief.analyse.quotes.in_brief`); never an unattributed one, never where the sentence or an earlier
  insert already shows the speaker's surname. A speaker the quote module names by given name alone ("Paula said") is
  shown with the one full name the reports give it ("[Paula Blades:]", :func:`.given_names.full_name_for`'s rules)
  where no earlier summary sentence shows that full name; else as named ("[Paula:]");
- a statement set out as a block (session 17): the sentence speaks in the first person ("I", "we": a "you"
  alone is the writer's "As you can see"), no quotation mark stands in its paragraph, and that paragraph, or a
  run of at most :data:`MAX_BLOCK` first-person paragraphs without quotation marks that holds it, follows a
  paragraph ending in a colon whose last sentence names exactly one person ("Jim DeMint ... according to The
  Washington Post's Jennifer Rubin. Rubin writes:") and which, outside its quotations, does not speak in the
  writer's own first or second person ("Persson took to Twitter Tuesday to voice his displeasure with the deal:"
  / "We were in talks about maybe bringing a version of Minecraft to Oculus."; not "Below, you can hear Singhal
  talk more about this:", where the writer points at a video and the block is the writer's again):
  :func:`block_speaker`; no paragraph of the block names the person (that is the writer again: "Persson did not
  respond. We could not reach him."). The person is shown as the article names them in full ("[Markus
  Persson:]"); a bare surname whose article gives it no one given name, a pronoun ("He wrote:") or a body
  ("Universal said in a statement:") gives nothing. Text only, so briefs with analysis off show it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache

from newsbrief.analyse.name_evidence import first_name_gender
from newsbrief.model import SOURCE_NOTE, Article, Insertion, Quote, Sentence, Span, SummarySentence
from newsbrief.summarize.antecedents import known_people
from newsbrief.summarize.given_names import full_name_for, story_text
from newsbrief.summarize.names import INITIAL, capitalised_runs, name_lead
from newsbrief.summarize.standalone import outside_quotes
from newsbrief.text.lexicon import NAME_AS_OBJECT, NAME_AS_RECIPIENT, UTTERANCE_NOUNS
from newsbrief.text.tokens import word_count

#: What closes a speaker insert ("[MARTIN:]"): the trust count reads an insert that ends so as no name's introduction.
SPEAKER_MARK = ":"
_LABEL_WORD = r"[A-Z][A-Z'’.-]*[A-Z.]"
#: A transcript's speaker label at a paragraph's start: up to four upper-case words, an optional role after a comma.
_LABEL = re.compile(rf"\s*(?P<name>{_LABEL_WORD}(?: {_LABEL_WORD}){{0,3}})(?:, [A-Z][A-Z ,&'’.-]{{0,40}})?: (?=\S)")
#: Labels that name nobody in particular.
_NOBODY = frozenset("UNIDENTIFIED UNKNOWN CROWD GROUP AUDIENCE VOICE VOICES PROTESTERS PROTESTER CHILDREN".split())
_OPEN_QUOTES = "\"“‘'"
#: The first person's words, case as written ("US" is the country): one list for both patterns below.
_FIRST_FORMS = r"I|[Mm]e|[Mm]y|[Mm]ine|[Ww]e|[Uu]s|[Oo]urs?"
#: A speaker's own person: a transcript line without it ("Her last stop is the Capitol") reads as plain reporting.
_FIRST_SECOND = re.compile(rf"\b(?:{_FIRST_FORMS}|[Yy]ou|[Yy]ours?)\b")
#: A speaker's first person: what a block statement speaks in.
_FIRST = re.compile(rf"\b(?:{_FIRST_FORMS})\b")


def is_speaker_insert(insertion: Insertion) -> bool:
    """Whether ``insertion`` shows a speaker ("[MARTIN:]") rather than a name's missing part ("[Jeremy] Corbyn")."""
    return insertion.text.endswith(SPEAKER_MARK)


@lru_cache(maxsize=64)
def _speakers(article: str) -> frozenset[str]:
    """The surnames of the speakers of ``article`` read as a transcript: two speakers at least, each opening two
    paragraphs or more ("OPAL LEE:" then "LEE:" is one speaker); empty otherwise. A newsletter's headings ("TOP
    TALKER:", "BANK STOCKS CRUSHED:") each open one paragraph, a news label ("UPDATE:") one: no transcript."""
    turns = Counter(m.group("name").split()[-1] for p in article.split("\n") if (m := _LABEL.match(p)))
    repeated = frozenset(name for name, n in turns.items() if n >= 2)
    return repeated if len(repeated) >= 2 else frozenset()


def turn_label(article: str, start: int) -> str | None:
    """The speaker label of the transcript turn (one paragraph) that holds offset ``start`` of ``article``, if it
    opens before ``start``, names someone, and is one of the article's transcript speakers; None otherwise."""
    para = article.rfind("\n", 0, start) + 1
    m = _LABEL.match(article, para)
    if m is None or m.end() > start or any(w in _NOBODY for w in m.group("name").split()):
        return None
    return m.group("name") if m.group("name").split()[-1] in _speakers(article) else None


#: Paragraphs of a block statement back to the paragraph that introduces it, the sentence's own included.
MAX_BLOCK = 3
_QUOTE_MARKS = re.compile(r"[\"“”]|''|``")


def _person_in(text: str, article: str) -> str | None:
    """The one person ``text`` names, in full as ``article`` gives them ("Persson" -> "Markus Persson"); None when
    it names none, two, or a name that may be a person's but is not known in full."""
    people = known_people(article)
    found = set()
    for _, _, words in capitalised_runs(text):
        words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in words]
        name = words[name_lead(words) :]
        if len(name) >= 2 and first_name_gender(name[0]) is not None and not INITIAL.fullmatch(name[-1]):
            found.add(" ".join(name))
        elif len(name) == 1 and name[0] in people:
            givens = people[name[0]]
            if len({g.split()[0] for g in givens}) != 1:
                return None  # two people of that surname in the article
            found.add(f"{max(givens, key=lambda g: (len(g), g))} {name[0]}")
    # the longest of a surname's names wins, ties by name (never by a set's order, salted per process)
    by_surname = {n.split()[-1]: n for n in sorted(found, key=lambda n: (len(n), n))}
    return next(iter(by_surname.values())) if len(by_surname) == 1 else None


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"‘'])")


def _named_as_speaker(sentence: str, person: str) -> bool:
    """Whether ``sentence`` names ``person`` only where a speaker stands: in the possessive only before what their
    words are called ("Zuckerberg's full statement:", not "Smith's lawyer wrote:", :data:`UTTERANCE_NOUNS`), and
    never after a word that makes them the one spoken to or about ("In a letter to Smith, the board wrote:", "The
    governor told Smith:", :data:`newsbrief.text.lexicon.NAME_AS_OBJECT`) or before a word that makes them its
    recipient ("Smith received this note:", :data:`newsbrief.text.lexicon.NAME_AS_RECIPIENT`); else the block is
    someone else's."""
    for m in re.finditer(rf"\b{re.escape(person.split()[-1])}\b", sentence):
        before = sentence[: m.start()].removesuffix(person.rsplit(" ", 1)[0] + " " if " " in person else "").split()
        next_word = re.findall(r"[\w-]+", sentence[m.end() :].lower())[:1]
        if (before and before[-1].lower() in NAME_AS_OBJECT) or NAME_AS_RECIPIENT.intersection(next_word):
            return False
        if sentence[m.end() : m.end() + 2] in ("'s", "’s"):
            after = re.findall(r"[\w-]+", sentence[m.end() + 2 :].lower())[:2]
            if not UTTERANCE_NOUNS.intersection(after):
                return False
    return True


def _last_sentence(paragraph: str) -> str:
    """The paragraph's last sentence: the one that ends in the colon and introduces the block ("... according to
    The Washington Post's Jennifer Rubin. Rubin writes:"); the names of the sentences before it are not its
    speaker's rivals."""
    return _SENTENCE_BREAK.split(paragraph)[-1]


def block_speaker(article: str, start: int) -> str | None:
    """The person whose statement, set out as a block after a colon, holds offset ``start`` of ``article`` (see
    the module docstring); None where the block, its introduction or its one person is not certain. A paragraph
    of the block that names the person ("Persson did not respond. We could not reach him.") is the writer's
    again: no one calls themself by their surname."""
    end = article.find("\n", start)
    para = article.rfind("\n", 0, start) + 1
    own = article[para : len(article) if end < 0 else end]
    if _QUOTE_MARKS.search(own) or not _FIRST.search(own) or _LABEL.match(own):
        return None  # a quotation (its marks say whose words are whose), no one's first person, or a transcript turn
    block = [own]
    for _ in range(MAX_BLOCK):
        if para == 0:
            return None
        before_end = para - 1
        para = article.rfind("\n", 0, before_end) + 1
        text = article[para:before_end].strip()
        if not text:
            continue
        if text.endswith(":"):
            last = _last_sentence(text)
            person = None if _FIRST_SECOND.search(outside_quotes(text)) else _person_in(last, article)
            if person is not None and not _named_as_speaker(last, person):
                return None  # "Smith's lawyer wrote:", "In a letter to Smith, the board wrote:"
            surname = re.compile(rf"\b{re.escape(person.split()[-1])}\b") if person else None
            return None if surname is None or any(surname.search(b) for b in block) else person
        if _QUOTE_MARKS.search(text) or not _FIRST.search(text):
            return None  # the block has ended: reporting, or a quotation
        block.append(text)
    return None


def _quote_speaker(item: SummarySentence, quotes: Iterable[Quote]) -> str | None:
    """The named speaker of a quote the sentence opens with or lies wholly inside; None when there is none."""
    src = item.source
    opens = item.text.lstrip()[:1] in _OPEN_QUOTES
    for q in quotes:
        if q.article_id != src.article_id or q.speaker is None or q.end <= src.start or q.start >= src.end:
            continue
        if (opens and q.start <= src.start + 2) or (q.start <= src.start and q.end >= src.end - 2):
            return q.speaker
    return None


def _in_full(speaker: str, article: str, before: int, story: str) -> str:
    """``speaker`` with the one full name the reports give a given name alone ("Paula" -> "Paula Blades"), where
    :func:`.given_names.full_name_for` finds it before offset ``before`` of ``article``; else ``speaker``."""
    if len(speaker.split()) != 1:
        return speaker
    return full_name_for(speaker, article, before, story) or speaker


def _surname(name: str) -> str:
    return name.split()[-1].strip(".,").capitalize() if name.split() else name


def _shows(shown: str, speaker: str) -> bool:
    """Whether the reader already sees the speaker: the surname, in any case, in the shown sentence."""
    return _surname(speaker).lower() in shown.lower()


def show_speakers(
    summary: Sequence[SummarySentence],
    articles: Sequence[Article],
    quotes: Sequence[Quote] = (),
    words: int | None = None,
) -> list[SummarySentence]:
    """The summary with "[SPEAKER:]" before each sentence whose speaker the reader cannot see but the sources give
    with certainty (see the module docstring); ``quotes`` are the brief's (empty with analysis off). With ``words``,
    a speaker is shown only while the summary as shown (every insert counted) stays within that many words."""
    by_id = {a.id: a for a in articles}
    story = story_text(a.text for a in articles)
    room = None if words is None else words - sum(word_count(s.shown) for s in summary)
    out: list[SummarySentence] = []
    for item in summary:
        if any(is_speaker_insert(i) for i in item.insertions):
            out.append(item)
            continue
        text = by_id[item.source.article_id].text
        label = turn_label(text, item.source.start) if _FIRST_SECOND.search(item.text) else None
        if label is None and _FIRST.search(item.text):
            label = block_speaker(text, item.source.start)
        named = label or _quote_speaker(item, quotes)
        if named is None or _shows(item.shown, named):  # '"...," Paula said.': the reader sees her already
            out.append(item)
            continue
        speaker = named if label else _in_full(named, by_id[item.source.article_id].text, item.source.start, story)
        if speaker != named and any(speaker in x.shown for x in out):
            speaker = named  # the brief gave the full name before: "[Paula:]" is enough and costs a word less
        if _shows(item.shown, speaker) or (room is not None and word_count(speaker) > room):
            out.append(item)
            continue
        room = None if room is None else room - word_count(speaker)
        inserts = (Insertion(0, speaker + SPEAKER_MARK), *item.insertions)
        out.append(replace(item, insertions=inserts))
    return out


def speakers_hold_their_views(summary: Sequence[SummarySentence]) -> list[SummarySentence]:
    """The summary with no writer's-view note on a sentence the brief shows with its speaker ("[LEE:] We will win
    this state."): the words are the speaker's, and "in the view of X's writer" beside the label names two holders,
    the wrong one in the note (``BriefConfig.voice_check``; session 17's blind reading). A note on the source
    ("from Variety's review", :data:`~newsbrief.model.SOURCE_NOTE`) says where the words were read and stays."""
    return [
        replace(item, view_of=None)
        if item.view_of
        and not item.view_of.startswith(SOURCE_NOTE)
        and any(is_speaker_insert(ins) for ins in item.insertions)
        else item
        for item in summary
    ]


def label_words(chosen: Sequence[Sentence], articles: Sequence[Article]) -> int:
    """The words the speaker labels of a summary of ``chosen`` (in any order) would add: transcript turns and block
    statements, the kinds read from the text alone (a quotation's speaker needs the analysis, after selection).

    The labels are shown only within the word budget, so a selection that fills the budget shows none (session 17:
    val-555's five transcript labels and val-3365's two block speakers, every one refused for room); the pipeline
    selects again with these words left free (:class:`newsbrief.pipeline.Briefer`).
    """
    items = [SummarySentence(s.text, Span(s.article_id, s.start, s.end, s.text)) for s in chosen]
    return sum(word_count(x.shown) - word_count(x.text) for x in show_speakers(items, articles))
