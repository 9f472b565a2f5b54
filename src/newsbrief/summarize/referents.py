"""A summary sentence that leans on a person or a thing the summary never names is refused, and selection rerun.

../shared/EDITOR.md reads the brief in order and marks "a person named only by surname before the brief
introduced them", "the company" the brief never named, and a "he"/"she" whose referent is not named in the
sentence just before it. A sentence lifted from the middle of a report names people and things as its report
does by then: "Hayes stayed at the scene", "Shares in the company fell", "Police say he was arrested". That is
fine when the summary also holds a sentence giving the full name ("Cardell Hayes, 28, ..."), naming the thing
("Acme, a company that makes rockets, ..."), or, for the pronoun, the sentence before it in its source; and a
failure when it does not (BENCHMARKS.md, "Trust", sixth pass).

So after selection each chosen candidate is checked against the rest of the choice, with the cues the quality
model and the brief's insertions already read (:mod:`.quality`, :mod:`.introduce`), taken from the sentence and
its own article up to it:

- ``names``: every surname its article gave with a given name earlier and that it uses bare must be given in
  full by another chosen sentence, or be one the brief introduces itself ("[Jeremy] Corbyn", :mod:`.introduce`:
  the article names one person so and treats the name as a person's);
- ``nouns``: every "the" + noun whose noun its article used before ("the company", "the bill") must occur in
  another chosen sentence that does not itself lean on it;
- ``pronoun``: a "he"/"she"/"his"/"her" before anything in the sentence it could point at
  (:func:`.standalone.unresolved_pronoun`) needs the sentence before it in its source chosen too (ordering keeps
  the two together, :func:`.order.keep_runs_together`); such a sentence is also offered with that sentence as a
  selection unit (:mod:`.units`), so it can be carried rather than lost. With ``name_pronouns`` (the brief's
  :attr:`~newsbrief.config.BriefConfig.name_pronouns`), an opening "He"/"She" the brief will name itself
  ("[Jane Doe] says ...", :mod:`.antecedents`) needs nothing, unless another pronoun in it still does;
- ``voice``: a sentence (or unit) in the first person singular outside quotes that names no speaker (no speech
  verb, no transcript turn): a letter's or a post's "So, I showed up to the wedding." An in-context reading of
  the development briefs by two readers (BENCHMARKS.md, "Trust", sixth pass) found first-person text whose
  speaker the brief never names the commonest failure; "we" and "our" too would catch more, but cost ROUGE down
  to the project's floor, so only "I", "me", "my" are checked. A speech verb whose subject is "I" ("Like I said",
  "I was told") names no other speaker and does not excuse the sentence.

The candidates that fail are refused and the selection rerun (as :mod:`.repeats` does for repeats), up to
:data:`MAX_ROUNDS` times; what still fails after the last rerun is dropped without refilling. Ordering then puts
a full-name sentence before a bare mention (:func:`.introduce.introductions_first`). Measured and not kept
(ROUGE fell below the project's floor): the same for an opening definite description ("The 24-year-old
student"), presuppositions ("also", "another") and the first person plural. A dependency these cues do not see
(an epithet, a first name never given in full) is not checked here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsbrief.compare.slots import _SCALES
from newsbrief.config import REFERENT_CHECKS
from newsbrief.model import Sentence
from newsbrief.summarize.antecedents import antecedent
from newsbrief.summarize.base import Selector
from newsbrief.summarize.introduce import bare_mentions, given_names_of, is_person
from newsbrief.summarize.quality import _DEFINITE
from newsbrief.summarize.standalone import SPEECH_VERBS, outside_quotes, unresolved_pronoun
from newsbrief.summarize.units import UNIT_INDEX
from newsbrief.text.lexicon import NUMBER_WORDS
from newsbrief.text.tokens import STOPWORDS, WORD

#: Re-selections at most (each refuses at least one sentence).
MAX_ROUNDS = 6
_FIRST_PERSON = frozenset("me my mine myself".split())
_TRANSCRIPT_TURN = re.compile(r"^[A-Z][A-Z.'’ -]+:")
#: A speech verb whose subject is the writer ("I said", "I was told", "Like I stated earlier"): it names no one
#: else as the speaker, so it does not excuse the first person (a post's "Like I said, I never intended ...").
_SELF_SPEECH = re.compile(
    r"\bI(?:['’]ve| (?:was|had|have|am|just|also|then|never|already|later|previously|had been|have been))* "
    r"(?:said|say|told|tell|stated|state|wrote|write|asked|ask|explained|explain|added|add|claimed|argued|noted|"
    r"replied|continued|warned|insisted|declared)\b"
)


@dataclass(frozen=True, slots=True)
class Needs:
    """What one candidate leans on and what it gives the others.

    Attributes:
        surnames: bare surnames its article gave in full earlier, that the brief will not introduce itself.
        nouns: nouns of its "the" + noun phrases that its article used before.
        gives: surnames it gives in full.
        words: its lower-cased words.
        pronoun: a personal pronoun before anything in it that it could point at.
        before: the (article, start) of the sentence before it in its source (None for an article's first).
        voice: it speaks in the first person outside quotes and names no speaker (:func:`first_person`).
    """

    surnames: frozenset[str]
    nouns: frozenset[str]
    gives: frozenset[str]
    words: frozenset[str]
    pronoun: bool = False
    before: tuple[str, int] | None = None
    voice: bool = False


class _Article:
    """What one article says up to each of its sentences: where each word and each full name first comes.

    Read as far as asked (:meth:`read_to`): chosen sentences sit mostly near their article's top, and the
    positions before a sentence do not depend on the sentences after it.
    """

    def __init__(self, sents: Sequence[Sentence]) -> None:
        self.sents = sents
        self.whole = " ".join(s.text for s in sents)
        self.position = {s.start: k for k, s in enumerate(sents)}
        self.starts = [s.start for s in sents]
        self.first_word: dict[str, int] = {}
        self.first_name: dict[str, int] = {}
        self._read = 0

    def read_to(self, k: int) -> None:
        """Read the sentences before the ``k``-th: every word and full name first found there is in place."""
        if self._read >= k:
            return
        people = given_names_of(self.whole)  # surname -> given names, as the brief's insertions read the article
        for j in range(self._read, k):
            text = self.sents[j].text
            for w in WORD.findall(text):
                self.first_word.setdefault(w.lower(), j)
            for name in given_names_of(text):
                if name in people:
                    self.first_name.setdefault(name, j)
        self._read = k


class NeedsOf:
    """What each candidate of a selection pool leans on (:class:`Needs`), computed when first asked.

    ``sentences`` is a selection pool: the cluster's sentences article after article, then any selection units
    (:mod:`.units`), read against their article up to their first sentence (found by its start). Only the
    chosen candidates are ever asked about, a few dozen of a pool of hundreds.
    """

    def __init__(
        self, sentences: Sequence[Sentence], *, name_pronouns: bool = False, cross_paragraph: bool | None = None
    ) -> None:
        self.sentences = sentences
        self.name_pronouns = name_pronouns
        self.cross_paragraph = cross_paragraph
        self._by_article: dict[str, list[Sentence]] = {}
        for s in sentences:
            if s.index < UNIT_INDEX:
                self._by_article.setdefault(s.article_id, []).append(s)
        self._articles: dict[str, _Article] = {}
        self._needs: dict[int, Needs] = {}

    def __getitem__(self, i: int) -> Needs:
        if i not in self._needs:
            self._needs[i] = self._compute(self.sentences[i])
        return self._needs[i]

    def _compute(self, s: Sentence) -> Needs:
        art = self._articles.get(s.article_id)
        if art is None:
            art = self._articles[s.article_id] = _Article(self._by_article.get(s.article_id, []))
        k = art.position.get(s.start)
        own = outside_quotes(s.text)
        gives = frozenset(given_names_of(s.text))
        words = frozenset(w.lower() for w in WORD.findall(s.text))
        if k is None:  # not a sentence of its article's pool (a literal test's stray candidate): leans on nothing
            return Needs(frozenset(), frozenset(), gives, words, False, None, first_person(s.text))
        art.read_to(k)
        bare = {
            w
            for w, at in art.first_name.items()
            if at < k and w not in gives and w in own and bare_mentions(own, w) and not _introducible(art.whole, w)
        }
        nouns = {
            m.group(1)
            for m in _DEFINITE.finditer(own)
            if m.group(1) not in STOPWORDS and art.first_word.get(m.group(1), k) < k
        }
        before = (s.article_id, art.starts[k - 1]) if k > 0 else None
        pronoun = unresolved_pronoun(s.text) and not (self.name_pronouns and _named(art, k, self.cross_paragraph))
        return Needs(frozenset(bare), frozenset(nouns), gives, words, pronoun, before, first_person(s.text))


def named_first(ordered: Sequence[Sentence], pool: Sequence[Sentence]) -> list[Sentence]:
    """Move a summary sentence that names a thing before an earlier one that says "the" + that noun.

    The ``nouns`` check makes sure another chosen sentence holds the noun of "the company" without leaning
    on it; reading order (position in the articles) can still put "Shares in the company fell" from one
    report before "Acme, a company that makes rockets, ..." from another, and the reader meets "the company"
    first. As :func:`.introduce.introductions_first` does for a full name: the naming sentence moves up to
    just before the first sentence that needs it, never above the first sentence (the news peg stays
    first); one pass, earliest first.

    Args:
        ordered: the chosen sentences in reading order.
        pool: the cluster's sentences, article after article (what each chosen sentence is read against).
    """
    needs = NeedsOf(pool)
    where = {(s.article_id, s.start): i for i, s in enumerate(pool)}

    def of(s: Sentence) -> Needs:
        i = where.get((s.article_id, s.start))
        return needs[i] if i is not None else Needs(frozenset(), frozenset(), frozenset(), frozenset())

    out = list(ordered)
    for j in range(1, len(out)):
        held = [of(x) for x in out[:j]]
        missing = {
            n
            for n in of(out[j]).nouns
            if n not in NUMBER_WORDS and n not in _SCALES and not any(n in h.words and n not in h.nouns for h in held)
        }  # a number after "the" ("The two ships collided") names no thing that another "two" would name
        if not missing:
            continue
        for k in range(j + 1, len(out)):
            later = of(out[k])
            if all(n in later.words and n not in later.nouns for n in missing):
                out.insert(j, out.pop(k))
                break
    return out


def needs_of(sentences: Sequence[Sentence]) -> list[Needs]:
    """What each candidate of a selection pool leans on (see :class:`NeedsOf`), all of them."""
    lazy = NeedsOf(sentences)
    return [lazy[i] for i in range(len(sentences))]


def first_person(text: str) -> bool:
    """Whether ``text`` speaks as "I" outside quotes with no speaker named: no speech verb, no transcript turn
    ("GEORGE STEPHANOPOULOS: ..."). A writer's, a letter's or a post's voice: "So, I showed up to the wedding."."""
    words = WORD.findall(outside_quotes(text))
    if not any(w == "I" or w.lower() in _FIRST_PERSON for w in words):
        return False
    return not SPEECH_VERBS.search(_SELF_SPEECH.sub(" ", text)) and not _TRANSCRIPT_TURN.match(text.strip())


def _named(art: _Article, k: int, cross_paragraph: bool | None = None) -> bool:
    """Whether the brief will name the opening "He"/"She" of the article's ``k``-th sentence itself ("[Jane Doe]
    says ...", :mod:`.antecedents`) and nothing else in it points at someone unnamed."""
    person = antecedent(art.sents, k, art.whole, cross_paragraph)
    if person is None:
        return False
    text = art.sents[k].text.strip()
    return not unresolved_pronoun(person.name + text[3 if text.startswith("She") else 2 :])


def _introducible(article: str, surname: str) -> bool:
    """Whether :func:`.introduce.introduce_people` would give ``surname`` its given name in brackets."""
    return len(given_names_of(article).get(surname, ())) == 1 and is_person(article, surname)


def unresolved(
    needs: NeedsOf | Sequence[Needs],
    chosen: Sequence[int],
    checks: frozenset[str],
    spans: Sequence[tuple[str, int, int]],
) -> set[int]:
    """The chosen candidates that lean on what the rest of the choice does not give (see the module docstring).

    Args:
        needs: what each candidate of the pool leans on (:class:`NeedsOf`).
        chosen: positions of the chosen candidates in the pool.
        checks: which of ``names``, ``nouns``, ``pronoun``, ``voice`` to apply.
        spans: (article, start, end) of each candidate of the pool (a unit spans its sentences).
    """
    held = [spans[j] for j in chosen]
    refused = set()
    for i in chosen:
        mine = needs[i]
        others = [needs[j] for j in chosen if j != i]
        bare = "names" in checks and not mine.surnames <= set().union(*(o.gives for o in others))
        unnamed = "nouns" in checks and not all(
            any(n in o.words and n not in o.nouns for o in others) for n in mine.nouns
        )
        before = mine.before
        alone = (
            "pronoun" in checks
            and mine.pronoun
            and (before is None or not any(a == before[0] and s <= before[1] < e for a, s, e in held))
        )
        if bare or unnamed or alone or ("voice" in checks and mine.voice):
            refused.add(i)
    return refused


class WithReferents(Selector):
    """Run ``selector``, refuse the chosen sentences that lean on what the rest of the choice never names, rerun.

    Args:
        selector: the selector whose choices are checked.
        checks: which checks to apply, joined by "+": ``names``, ``nouns``, ``pronoun``, ``voice`` (the module
            docstring).
    """

    def __init__(
        self, selector: Selector, *, checks: str, name_pronouns: bool = False, cross_paragraph: bool | None = None
    ) -> None:
        self.checks = frozenset(checks.split("+"))
        self.name_pronouns = name_pronouns
        self.cross_paragraph = cross_paragraph
        if not self.checks <= set(REFERENT_CHECKS):
            raise ValueError(f"checks must join some of {', '.join(REFERENT_CHECKS)} with '+', got {checks!r}")
        self.selector = selector
        self.name = selector.name

    def select(self, sentences: Sequence[Sentence], words: int, eligible: Sequence[bool]) -> list[int]:
        allowed = list(eligible)
        chosen = self.selector.select(sentences, words, allowed)
        needs = NeedsOf(sentences, name_pronouns=self.name_pronouns, cross_paragraph=self.cross_paragraph)
        spans = [(s.article_id, s.start, s.end) for s in sentences]
        for _ in range(MAX_ROUNDS):
            refused = unresolved(needs, chosen, self.checks, spans)
            if not refused:
                return chosen
            for i in refused:
                allowed[i] = False
            chosen = self.selector.select(sentences, words, allowed)
        return _drop_unresolved(needs, chosen, self.checks, spans)


def _drop_unresolved(
    needs: NeedsOf, chosen: list[int], checks: frozenset[str], spans: Sequence[tuple[str, int, int]]
) -> list[int]:
    """Last resort after :data:`MAX_ROUNDS`: drop what still leans on what the choice does not give, without
    refilling (the brief says less), until nothing left does (a dropped sentence may have named what another
    needed). A long first-person post ("Like I said, I never intended ...") can bring in a new "I" sentence at
    every rerun; before, the sixth rerun's choice was kept unchecked."""
    while refused := unresolved(needs, chosen, checks, spans):
        chosen = [i for i in chosen if i not in refused]
    return chosen
