"""Name the person an opening "He"/"She" stands for, where the source's own preceding text leaves no doubt.

A sentence lifted from the middle of a report often opens with a pronoun ("She says her implants nearly killed
her."): its report named the person in the sentence before, the brief did not. Refusing such sentences has cost
ROUGE below the project's floor every time it was tried (BENCHMARKS.md, "Trust"); editors mend them instead, with
an editorial insertion in square brackets: "[Jane Doe] says her implants nearly killed her." The text and its
span stay verbatim; the insertion (:class:`~newsbrief.model.Insertion` with ``replaces``) stands in for the
pronoun when shown. A wrong name is worse than none, so :func:`antecedent` answers only when everything agrees:

- the sentence opens with "He" or "She" (outside any quotation) and never names the person later itself
  ("He told Smith ...": then "He" is not Smith);
- the antecedent sentence is the one right before it in the same paragraph, or the first before a run of
  sentences that all open with the same pronoun and name no one ("Jane Doe, 45, ... She ... She says ...");
  it is not inside an open quotation, and no "he"/"she"/"his"/"her" of that gender comes in it before the name
  (it would lean further back itself);
- it names exactly one person: a full name whose first word is a given name ("Labour leader Jeremy Corbyn"),
  or a bare surname its article gives in full with one given name; any other name or single given name, a
  courtesy title with another surname, or a singular noun for a person that could be the referent ("her
  lawyer", "an officer", "someone"; a noun of the other gender does not compete, nor the word right before the
  name or its apposition: "actress Jane Doe", "Jane Doe, a nurse,"; a name with "Jr."/"Sr." may be a father's or
  a son's) means no answer;
- the person's gender is known and agrees: from the article's courtesy titles ("Ms. Doe"), else from the
  given name (a dictionary of given names, as :mod:`newsbrief.analyse.name_evidence` reads them); names
  used by either gender, or evidence that disagrees, give no answer.

Each of these rules answers a wrong name found on labelled proposals (tests/data/pronoun_names.jsonl; BENCHMARKS.md,
"Session 11: a name for an opening He/She"): a full name counts as a person only with a cue (speaking, a title, an
age, a person noun beside it, or a one-gender given name before a word the article never writes in lower case and
no known place: not "Houston Exploration"); a capitalised word acting ("if Obama would appoint ...") competes; a
surname the article gives in full only after a title ("Justice Harry A. Blackmun") is known; a name that goes on
in lower case ("Mohammed Belgasim al-Zuwiy") or a sentence holding part of a quotation gives no answer.

Sentence-initial "They", "his"/"her" and "the company" are not mended here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from newsbrief.analyse.given_names import NAME_SUFFIXES
from newsbrief.analyse.name_evidence import HONORIFIC_GENDER, first_name_gender, known_place, one_gender_outright
from newsbrief.config import BriefConfig
from newsbrief.model import Insertion, Sentence, SummarySentence
from newsbrief.summarize.given_names import full_name_for, story_text
from newsbrief.summarize.introduce import given_names_of, is_person
from newsbrief.summarize.names import (
    AGENT_SUFFIX,
    INITIAL,
    NOT_GIVEN,
    Person,
    capitalised_runs,
    name_lead,
    person_gender,
)
from newsbrief.summarize.standalone import outside_quotes, quote_states
from newsbrief.summarize.units import UNIT_INDEX
from newsbrief.text.lexicon import NAME_GOES_ON, NOT_PERSON_WORDS, NOUN_GENDER, ORG_WORDS, REFERENT_NOUNS, TITLES

_OPENING = re.compile(r"(He|She)(?= [a-z])")
#: Words of a name: capitalised ("Corbyn", "O'Rourke", "McDowell", "Smith-Jones") or an initial ("W.").
_PRONOUNS = {
    "m": re.compile(r"\b(?:he|him|his|himself)\b", re.I),
    "f": re.compile(r"\b(?:she|her|hers|herself)\b", re.I),
}
#: Someone the sentence does not name, who may be the referent ("Someone shot John Miller. He fled on foot."; not
#: "anyone", which is no one in particular: "strange to anyone who never took the LSAT").
_UNNAMED = re.compile(r"\b(?:someone|somebody)\b")
#: A sentence ending in an initial or an abbreviation ("... protect U.S."): the next may be its second half.
_CUT_AFTER = re.compile(r"(?:\b[A-Z]\.|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|St|No|Jr|Sr|Inc|Co)\.)$")
#: What follows a name that goes on in lower case ("Mohammed Belgasim al-Zuwiy", "Ludwig van Beethoven").
_PARTICLE = re.compile(r" (?:" + "|".join(sorted(NAME_GOES_ON)) + r")[- ][A-Z]")
#: A verb right after a capitalised word: someone acting ("if Obama would appoint ...").
_ACTS = re.compile(
    r" (?:would|will|did|does|do|has|had|is|was|said|says|can|could|should|told|wants|wanted|asked|added)\b"
)
_THE_BEFORE = re.compile(r"\b[Tt]he $")
#: Double quotation marks; an odd count in a sentence closes (or opens) a quotation beyond it.
_DOUBLE_MARKS = re.compile(r"``|''|[\"“”]")
#: The brief's settings where a caller gives none (``pronoun_across_paragraphs``: BriefConfig is their one source).
_DEFAULTS = BriefConfig()
#: Sentences back to the antecedent at most (the sentence before, or the head of a run of the same pronoun).
MAX_BACK = 3


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int
    end: int
    surname: str | None  # None: a person the article does not name in full (an unknown, hence a competitor)
    name: str | None


def opening_pronoun(text: str) -> str | None:
    """``"m"`` or ``"f"`` for a sentence that opens with "He"/"She" followed by a lower-case word; else None."""
    m = _OPENING.match(text)
    return None if m is None else ("m" if m.group(1) == "He" else "f")


def _mentions(text: str, article: str, story: str | None = None) -> list[_Mention] | None:
    """The people ``text`` names, read against its ``article``; None when a name cannot be read safely. With
    ``story`` (every report of the cluster), a given name alone names the one full name :func:`.full_name_for` gives
    it ("Paula laughs ..." after "Paula Blades"); without it, such a word is someone unnamed, a competitor."""
    table = known_people(article)
    out = []
    for start, end, words in capitalised_runs(text):
        words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in words]
        lead = name_lead(words)
        words = words[lead:]
        titled = lead > 0 and (prev := _run_word_before(text, start, lead)) is not None and prev in HONORIFIC_GENDER
        if not words:
            continue
        if _PARTICLE.match(text, end):
            return None  # "Mohammed Belgasim al-Zuwiy": the name goes on past the capitalised words
        if len(words) >= 2 and words[-1].lower() in NAME_SUFFIXES:
            return None  # "John Miller Jr.": a father may share the name, and "Jr" is no surname to show
        if len(words) >= 2 and not INITIAL.fullmatch(words[0]):
            given, surname = words[0], words[-1]
            if first_name_gender(given) is not None:
                # a person by the article's own cues, else possibly a firm or a place ("Houston Exploration")
                person = (
                    titled_lead(text, start, lead)
                    or is_person(article, surname)
                    or _described(text, start, end)
                    or _plain_name(given, surname, article)
                )
                out.append(_Mention(start, end, surname if person else None, " ".join(words) if person else None))
            elif surname in table or is_person(article, surname):
                return None  # a person whose first word is no given name we know: cannot compare safely
            continue
        word = words[0]
        givens = table.get(word)
        if givens is not None:  # the article gives it in full somewhere ("Aliy Zirkle" ... "Zirkle")
            if len({g.split()[0] for g in givens}) != 1:
                return None  # two people share the surname ("Harry" and "Harry A." are one)
            givens = {max(givens, key=lambda g: (len(g), g))}  # ties by name, not by a set's salted order
            person = is_person(article, word)  # else a product or a place may look like a name: a competitor
            out.append(
                _Mention(start, end, word if person else None, f"{next(iter(givens))} {word}" if person else None)
            )
        elif not titled and story is not None and (full := _full_for_given(word, text, article, story)) is not None:
            out.append(_Mention(start, end, full.split()[-1], full))  # "Paula", whom the article named in full
        elif titled or _titled_person(text, start, lead, word) or is_person(article, word) or _given(word):
            out.append(_Mention(start, end, None, None))  # a person named by surname or given name alone
        elif (
            _ACTS.match(text, end)
            and word.lower() not in _lower_words(article)
            and not _THE_BEFORE.search(text, 0, start)
        ):
            out.append(_Mention(start, end, None, None))  # "if Obama would appoint ...": someone acting
    return out


def _full_for_given(word: str, text: str, article: str, story: str) -> str | None:
    """The one full name a given name used alone stands for, where :func:`.full_name_for` finds it before ``text``
    in ``article`` (its own rules: one surname in every report, a dictionary given name the article never writes in
    lower case, used alone as a person's); None for a word that is no given name."""
    if not _given(word):
        return None
    before = article.find(text)
    return full_name_for(word, article, len(article) if before < 0 else before, story)


@lru_cache(maxsize=256)
def known_people(article: str) -> dict[str, frozenset[str]]:
    """Surname -> given names of the full names in ``article``: those :mod:`.introduce` reads, and those after a
    title it skips ("Justice Harry A. Blackmun"), so a bare "Blackmun" is known for a person."""
    out = {k: set(v) for k, v in given_names_of(article).items()}
    for _, _, words in capitalised_runs(article):
        words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in words]
        name = words[name_lead(words) :]
        if len(name) >= 2 and first_name_gender(name[0]) is not None and not INITIAL.fullmatch(name[-1]):
            out.setdefault(name[-1], set()).add(" ".join(name[:-1]))
    return {k: frozenset(v) for k, v in out.items()}


def titled_lead(text: str, start: int, lead: int, titles: frozenset[str] = NOT_GIVEN) -> bool:
    """Whether the run at ``start`` opens with a title ("President") or follows one ("Sen. Dianne Feinstein");
    with ``titles`` = :data:`~.introduce.TITLES`, a person's title only (not "New" of "New Hampshire")."""
    if any(w.lower().rstrip(".") in titles for w in text[start:].split()[:lead]):
        return True
    before = re.search(r"([A-Za-z]+)\.? $", text[:start])
    return before is not None and before.group(1).lower() in titles


def _titled_person(text: str, start: int, lead: int, word: str) -> bool:
    """Whether ``word`` is a person named by a title and surname ("President Trump"), not a body whose name opens
    with a title's word ("Justice Department", "Chief Executive")."""
    return titled_lead(text, start, lead, TITLES) and word.lower() not in NOT_PERSON_WORDS | ORG_WORDS


def _plain_name(given: str, surname: str, article: str) -> bool:
    """A given name of one gender before a word the article never writes in lower case, neither of them a place:
    "Paula Blades", not "Houston Exploration" or "Rose Garden"."""
    return (
        first_name_gender(given) in ("male", "female")
        and one_gender_outright(given)
        and surname.lower() not in _lower_words(article)
        and not known_place(given)
        and not known_place(surname)
    )


def _described(text: str, start: int, end: int) -> bool:
    """Whether a name is described as a person: a person noun just before it ("singer Devin Lima") or in its
    apposition (", a tech executive who ..."), or an age after it (", 31,")."""
    before = re.search(r"(?:[\w'’-]+ ){0,4}$", text[:start])
    words = re.findall(r"[a-z][a-z-]*", before.group(0) if before else "")
    appos = re.match(r",? (?:the |a |an )?([^,;:.\"“”]{1,80})", text[end:])
    if appos:
        words += re.findall(r"[a-z][a-z-]*", appos.group(1))[:6]
    if re.match(r",? \d{1,3}\b", text[end:]):
        return True
    return any(w in REFERENT_NOUNS or AGENT_SUFFIX.search(w) for w in words)


@lru_cache(maxsize=256)
def _lower_words(article: str) -> frozenset[str]:
    return frozenset(re.findall(r"(?<![\w-])[a-z][a-z'’-]*", article))


def _run_word_before(text: str, start: int, lead: int) -> str | None:
    """The lower-cased last leading title word of the run at ``start`` ("mr" of "Mr. Corbyn")."""
    words = [w.rstrip(".").lower() for w in text[start:].split()[:lead]]
    return words[-1] if words else None


def _competing_nouns(text: str, gender: str, keep: tuple[int, int]) -> bool:
    """Whether ``text`` holds a singular noun for a person of ``gender`` (or either) outside the name's title and
    apposition ``keep`` (a span): "her lawyer said", "an officer", or someone unnamed ("someone shot ...")."""
    lower = text.lower()
    if _UNNAMED.search(lower):
        return True
    for m in re.finditer(r"[a-z][a-z-]*", lower):
        word = m.group(0)
        if not (word in REFERENT_NOUNS or AGENT_SUFFIX.search(word)):
            continue
        if NOUN_GENDER.get(word, gender) != gender:
            continue
        if keep[0] <= m.start() < keep[1]:
            continue
        return True
    return False


def _name_span(text: str, mention: _Mention) -> tuple[int, int]:
    """The name with the one lower-case word right before it ("actress Jane Doe", "Labour leader Jeremy Corbyn"),
    or a noun the name is said to be ("The fourth victim is Adam Bentdahl"), and its apposition after it. Not more
    words before: "The officer shot Michael Brown." names the officer as another person ("He said he feared for
    his life." is the officer), and a wider window took the subject and its verb for the name's title."""
    title = re.search(r"[a-z][\w'’-]* (?:(?:is|was) )?$", text[: mention.start])
    start = title.start() if title else mention.start
    end = mention.end
    appos = re.match(r", [^,;:.\"“”]{1,80},", text[mention.end :])
    if appos:
        end += appos.end()
    return start, end


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends as a sentence does (a full stop, a question or exclamation mark, a closing quotation
    mark after one): a paragraph that does not is a heading or a caption ("Senator Ted Cruz"), after which a
    pronoun starts something new."""
    return re.search(r"[.!?][\"”’')]*\s*$", text) is not None


def antecedent(
    sentences: Sequence[Sentence],
    k: int,
    article: str,
    cross_paragraph: bool | None = None,
    story: str | None = None,
    states: Sequence[tuple[bool, bool]] | None = None,
) -> Person | None:
    """The one person the opening "He"/"She" of ``sentences[k]`` stands for (see the module docstring).

    Args:
        sentences: one article's sentences in reading order.
        k: the sentence whose opening pronoun is read.
        article: the article's text (where its full names and courtesy titles are found).
        cross_paragraph: whether the sentence right before may end the paragraph before (nothing intervenes);
            default :attr:`BriefConfig.pronoun_across_paragraphs <newsbrief.config.BriefConfig>`.
        story: every report of the cluster: with it, an antecedent that names the person by given name alone
            ("Paula laughs about it now ... She was determined ...") names the one full name the reports give it
            (:func:`.given_names.full_name_for`); without it (the selection mask), such a sentence gives no answer.
        states: :func:`~.standalone.quote_states` of ``sentences`` (or of a longer list they open), when the caller
            has them: it reads left to right, so its first ``k + 1`` entries are those of ``sentences[: k + 1]``, and a
            caller asking about every opening pronoun of an article need not read the article's start again each time.
    """
    if cross_paragraph is None:
        cross_paragraph = _DEFAULTS.pronoun_across_paragraphs
    text = sentences[k].text.strip()
    gender = opening_pronoun(text)
    if gender is None or k == 0:
        return None
    states = quote_states(sentences[: k + 1]) if states is None else states
    if states[k][0] or len(_DOUBLE_MARKS.findall(text)) % 2:
        return None  # the "He" is inside a quotation run ("He knows exactly what he's doing,'' Mr. Rubio said.")
    j = k - 1
    while True:
        prev = sentences[j]
        gap = prev.index != sentences[j + 1].index - 1  # a sentence between them was set apart
        crossed = prev.paragraph != sentences[k].paragraph and not (
            cross_paragraph and j == k - 1 and ends_sentence(prev.text)
        )
        if gap or crossed or states[j][0] or states[j][1]:
            return None
        own = prev.text.strip()
        if j > 0 and _CUT_AFTER.search(sentences[j - 1].text.strip()):
            return None  # the splitter may have cut the antecedent sentence after "U.S."
        mentions = _mentions(own, article, story)
        if mentions is None:
            return None
        if mentions or opening_pronoun(own) != gender:
            break
        if _competing_nouns(own, gender, (0, 0)) or j == 0 or k - j >= MAX_BACK:
            return None
        j -= 1  # the head of a run of the same pronoun: "She ... She says ..."
    people = {(m.surname, m.name) for m in mentions}
    if len(people) != 1:
        return None
    surname, name = next(iter(people))
    if surname is None or name is None:
        return None
    first = mentions[0]
    if _PRONOUNS[gender].search(outside_quotes(own)[: first.start]):
        return None  # the antecedent sentence leans further back itself
    if _competing_nouns(own, gender, _name_span(own, first)):
        return None
    person = Person(name, surname)
    if person_gender(article, person) != gender:
        return None
    if re.search(rf"\b{re.escape(surname)}\b", text):
        return None  # "He told Smith ...": the pronoun is not Smith
    return person


def named_positions(sentences: Sequence[Sentence], cross_paragraph: bool | None = None) -> set[int]:
    """Positions of one article's sentences (in reading order) whose opening "He"/"She" :func:`antecedent` names
    (``cross_paragraph`` as there): selection may take them alone, shown with the name."""
    candidates = [k for k, s in enumerate(sentences) if k and opening_pronoun(s.text.strip())]
    if not candidates:
        return set()
    article = " ".join(s.text for s in sentences)
    states = quote_states(sentences)  # once for the article, not once per opening pronoun (quadratic before)
    return {k for k in candidates if antecedent(sentences, k, article, cross_paragraph, states=states) is not None}


def by_article_in_order(
    sentences: Sequence[Sentence],
) -> tuple[dict[str, list[Sentence]], dict[tuple[str, int], int], dict[str, str]]:
    """A cluster's sentences as the resolvers read them: each article's in reading order (selection units left
    out), the position of each sentence in its article by (article, start) (a summary span's key), and each
    article's text as its sentences joined."""
    by_article: dict[str, list[Sentence]] = {}
    for s in sorted((s for s in sentences if s.index < UNIT_INDEX), key=lambda s: s.index):
        by_article.setdefault(s.article_id, []).append(s)
    position = {(s.article_id, s.start): k for sents in by_article.values() for k, s in enumerate(sents)}
    texts = {aid: " ".join(s.text for s in sents) for aid, sents in by_article.items()}
    return by_article, position, texts


def story_of(texts: Mapping[str, str]) -> str:
    """Every report of a cluster as one text (``by_article_in_order``'s texts, a blank line between reports, so no
    name runs across two, :func:`.given_names.story_text`): where :func:`antecedent` reads which full name a given
    name stands for."""
    return story_text(texts.values())


def used_alone(surname: str, given: str, texts: Iterable[str]) -> bool:
    """Whether the sources call the person by the last word of the name alone somewhere ("Doe said ..."). "Pol
    Pot" or "Xi Jinping" is never "Pot" or "Jinping": shown alone, that piece names no one the reader knows."""
    pattern = re.compile(rf"(?<!{re.escape(given)} )\b{re.escape(surname)}\b")
    return any(pattern.search(text) for text in texts)


def name_pronouns(
    summary: Sequence[SummarySentence], sentences: Sequence[Sentence], cross_paragraph: bool | None = None
) -> list[SummarySentence]:
    """Show "[Jane Doe]" for the opening "She" of a summary sentence whose source leaves no doubt who she is.

    Not where the summary sentence right before it is the sentence before it in its source and names the person in
    full (the reader has the referent there); after "Rose is 29 years old." it is named, as the surname alone does
    not introduce him. The full name is shown unless an earlier summary sentence already gave it, no other person
    of the surname, and the sources call the person by the surname alone (not "[Pot]" for Pol Pot); then the
    surname.

    Args:
        summary: the summary in reading order (spans index the cleaned articles).
        sentences: the cluster's sentences, each article's in reading order (what the spans point into).
        cross_paragraph: as in :func:`antecedent`.
    """
    by_article, position, texts = by_article_in_order(sentences)
    story = story_of(texts)
    out: list[SummarySentence] = []
    for item in summary:
        key = (item.source.article_id, item.source.start)
        k = position.get(key)
        sents = by_article.get(item.source.article_id, [])
        lead = len(item.text) - len(item.text.lstrip())
        person = None
        if k is not None and opening_pronoun(item.text[lead:]) is not None:
            person = antecedent(sents, k, texts[item.source.article_id], cross_paragraph, story)
        # right after its source sentence, which names the person in full: the reader has the referent there
        before = (out[-1].source.article_id, out[-1].source.start) if out else None
        if person is not None and k and before == (item.source.article_id, sents[k - 1].start):
            person = None if re.search(rf"\b{re.escape(person.name)}\b", out[-1].shown) else person
        if person is None:
            out.append(item)
            continue
        earlier = " ".join(x.shown for x in out)
        given = person.name[: -len(person.surname)].strip()
        # the surname alone only where the brief gave this full name and no other of the surname ("[Clinton]"
        # after "Bill Clinton" and "Hillary Clinton" could be either)
        alone = (
            re.search(rf"\b{re.escape(person.name)}\b", earlier)
            and given_names_of(earlier).get(person.surname, set()) <= {given}
            and used_alone(person.surname, given, texts.values())
        )
        shown = person.surname if alone else person.name
        pronoun = 2 if item.text[lead:].startswith("He") else 3
        ins = Insertion(lead, shown, replaces=pronoun)
        out.append(replace(item, insertions=tuple(sorted((*item.insertions, ins), key=lambda i: i.at))))
    return out


def _given(word: str) -> bool:
    """Whether ``word`` is a given name the dictionary knows (of either gender): a person named by it alone."""
    return first_name_gender(word) is not None
