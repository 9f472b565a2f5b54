"""Name what an opening definite description stands for: "The company said ..." -> "The company [Acme] said ...".

A sentence lifted from the middle of a report often opens with a definite description of something its report
named just before ("The company recently forced out its CEO", "The 29-year-old was arrested ..."): the brief
shows it alone and the reader does not know which company. Refusing such sentences has cost ROUGE below the
project's floor every time it was tried (BENCHMARKS.md, "Trust"); editors mend them with an insertion in square
brackets, as :mod:`.antecedents` does for an opening "He"/"She". The text and its span stay verbatim; the
insertion (:class:`~newsbrief.model.Insertion`) is display only and follows the description, which stays ("The
company [Acme Inc.] said ...", "The 29-year-old [Jane Doe] was ..."): the description says what kind of thing the
name is, and a later "the company" of the brief has its referent. Before a possessive or a comma the name stands in
for the description ("[Acme Inc.]'s shares fell"), as no name can follow it there.

A definite description is often not a second mention at all but a new thing the context makes definite ("Jane
Doe went to hospital. The doctor said ..."): the doctor is not Jane Doe. So :func:`describe` answers only when the
source's own text says the referent is of the description's kind, and nothing else could be:

- the sentence opens with "The" and a kind noun (:data:`ORG_KINDS`, :data:`PLACE_KINDS`, a person noun) or an age
  ("The 29-year-old", "The 29-year-old woman"), followed by a verb-like word, a comma or a possessive (not a
  compound: "The city council"); it is outside any quotation and does not name the referent itself;
- the sentence right before it in the source (the same paragraph, or the last of the one before: nothing
  intervenes), or the head of a run of sentences opening with the same description, names the referent; or, for
  a body ("The company", "The agency", "The group"), the article before it names exactly one body the story gives
  that kind, and nothing that could be the thing comes after its last mention (:func:`only_body_before`);
- the article itself gives the referent that kind: an apposition ("Acme, a Chicago company,"), the noun right
  before the name ("the company Acme", "the 29-year-old Jane Doe"), the name's last word ("the Environmental
  Protection Agency" for "The agency"; "Acme Inc." for "The company"), "the city of Flint", or an age after the
  name ("Jane Doe, 29,");
- exactly one name of that sentence is so described, the sentence holds no other name that could be one of the
  kind (any capitalised name that is not a known person, place, month or day, for a thing; any other person, for
  a person), and no other word of the kind ("a small firm", "another woman") outside the referent's apposition.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from newsbrief.analyse.name_evidence import first_name_gender, known_place
from newsbrief.model import Insertion, Sentence, SummarySentence
from newsbrief.summarize.antecedents import by_article_in_order, ends_sentence, known_people
from newsbrief.summarize.description_opening import (
    BUSINESS_KINDS,
    ORG_KINDS,
    PLACE_KINDS,
    Description,
    opening_description,
)
from newsbrief.summarize.introduce import LOWER_WORD
from newsbrief.summarize.names import NOT_GIVEN, Person, capitalised_runs, name_lead, person_gender
from newsbrief.summarize.person_description import described_person, person_description
from newsbrief.summarize.standalone import outside_quotes, quote_states
from newsbrief.text.lexicon import NOUN_GENDER
from newsbrief.text.tokens import STOPWORDS

#: Last words of a company's name ("Acme Inc."): a company or a firm.
_COMPANY_SUFFIX = re.compile(r"(?:Inc|Corp|Co|LLC|Ltd|plc|PLC|Corporation|Company|Companies|Group|Holdings)\.?$")
_ABBREVIATION = re.compile(r"\b(?:Inc|Corp|Co|Ltd|Bros)$")
#: Sentences back to the one naming the referent at most (the one before, or the head of a run).
MAX_BACK = 3
#: Sentences back to the last mention of the one body of the kind the article names (:func:`only_body_before`).
MAX_GAP = 6
#: How often the article must name that body before: a body named once in passing is not what the report is about
#: ("Neither did National Hockey League players ..." in a report on the NBA's lockout; DUC 2004, session 18).
MIN_MENTIONS = 2
#: An all-capital name ("EPA", "HQ"), which :func:`~newsbrief.summarize.names.capitalised_runs` leaves out.
_ACRONYM = re.compile(r"(?<![\w-])[A-Z][A-Z&]+(?![\w-])")
#: An apposition right after a name ("Acme, a Chicago company,").
_APPOSITION = re.compile(r", [^,;:.\"“”]{1,80},")
#: Words that join two capitalised runs into one name of a thing ("Bank of America", "Procter & Gamble").
_JOINERS = frozenset("of & de del der di da du von van y for".split())


@dataclass(frozen=True, slots=True)
class Referent:
    """What an opening description stands for, as the source names it, and how the brief shows it."""

    name: str  # "Acme Inc.", "Jane Doe"
    description: Description

    def insertion(self, lead: int) -> Insertion:
        """The name after the description, which stays: "The company [Acme] said", "The 29-year-old [Jane Doe]".

        The description stays shown (session 18; it replaced "The company" before): a later "the company" of the
        brief then has its referent too, as an editor's "The company [Acme Inc.]" gives it. Before a possessive or a
        comma the name still stands in for the description ("[Acme]'s shares fell", "[Acme], based in Ohio,"): put
        after it, it would split "company's" or follow the comma ("The company'[Acme] s shares"; review42).
        """
        if not self.description.spaced:
            return Insertion(lead, self.name, replaces=self.description.end)
        return Insertion(lead + self.description.end + 1, self.name)


def _kind_words(d: Description) -> frozenset[str]:
    if d.noun is None:
        return frozenset()
    return ORG_KINDS.get(d.noun) or PLACE_KINDS.get(d.noun) or frozenset({d.noun})


def _described_as(article: str, name: str, d: Description) -> bool:
    """Whether ``article`` gives ``name`` the description's kind (see the module docstring).

    Each pattern below holds ``name`` verbatim and is compiled for this name: where the article does not hold the
    name at all, none is compiled or searched (the answer is the same).
    """
    n = re.escape(name)
    written = name in article
    if d.age is not None:
        age = re.escape(d.age)
        if not written or not (
            re.search(rf"\b{n}, {age}[,;.]", article)
            or re.search(rf"\b{n} \({age}\)", article)
            or re.search(rf"\b{age}-year-old (?:[a-z]+ ){{0,2}}{n}\b", article)
        ):
            return False
        return d.noun is None or d.noun not in NOUN_GENDER or NOUN_GENDER[d.noun] == _gender_of(article, name)
    assert d.noun is not None
    for word in _kind_words(d) if written else ():
        w = re.escape(word)
        if re.search(rf"\b{n}, (?:a|an|the) [^,.;:\"“”()]{{0,60}}?\b{w}\b", article):
            return True  # "Acme, a Chicago company,"
        if re.search(rf"\b{n} (?:is|was) (?:a|an|the) [^,.;:\"“”()]{{0,40}}?\b{w}\b", article):
            return True  # "Acme is a Chicago company"
        if re.search(rf"\b[Tt]he {w}\b[^,.;:\"“”()]{{0,60}}? (?:is|was) (?:the )?{n}\b", article):
            return True  # "The company making the cups is the Robin Collective"
        if re.search(rf"(?i:\b{w}) {n}\b", article):
            return True  # "the company Acme", "singer Jane Doe", "President Trump"
        if re.search(rf"\b(?:the|its|his|her|their|a|an) (?:[\w-]+ ){{0,3}}?{w}, {n},", article):
            return True  # "whose company, Acme Inc., filed suit" (not "... the union, Hunter said")
        if d.kind == "place" and re.search(rf"\b{w} of {n}\b", article):
            return True  # "the city of Flint"
    last = name.split()[-1].lower()
    if d.kind == "org" and (last == d.noun or (d.noun in BUSINESS_KINDS and _COMPANY_SUFFIX.search(name))):
        return len(name.split()) > 1  # "the Environmental Protection Agency", "Acme Inc."; not "Agency" alone
    return False


def _gender_of(article: str, name: str) -> str | None:
    words = name.split()
    return person_gender(article, Person(name, words[-1])) if len(words) > 1 else None


def _is_person_name(words: list[str], people: set[str]) -> bool:
    """A name whose first word is a given name the dictionary knows, or a surname of a full name seen before."""
    return (len(words) >= 2 and first_name_gender(words[0]) is not None) or (len(words) == 1 and words[0] in people)


@lru_cache(maxsize=256)
def _surnames(article: str) -> frozenset[str]:
    """Last words of the full names in ``article`` (a bare "Doe" is a person there)."""
    out = set()
    for _, _, words in capitalised_runs(article):
        name = words[name_lead(words) :]
        if len(name) >= 2 and first_name_gender(name[0]) is not None:
            out.add(name[-1])
    return frozenset(out)


def _names(text: str) -> list[tuple[int, int, str, list[str]]]:
    """The capitalised names of ``text``, leading function words and titles dropped: (start, end, shown, words)."""
    out = []
    for start, end, words in capitalised_runs(text):
        words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in words]
        lead = name_lead(words)
        if lead >= len(words):
            continue
        first = text.find(words[lead], start)
        if text[end : end + 1] == "." and _ABBREVIATION.search(text, 0, end):
            end += 1  # "Acme Inc.": the period is the name's
        shown = text[first:end].removesuffix("'s").removesuffix("’s")
        out.append((first, end, shown, words[lead:]))
    return out


def _full_name(article: str, words: list[str]) -> str | None:
    """The full name the article gives a bare surname ("Fey" -> "Tina Fey"), if it gives one given name only."""
    if len(words) != 1:
        return None
    givens = known_people(article).get(words[0])
    if not givens or len({g.split()[0] for g in givens}) != 1:
        return None
    return f"{max(givens, key=lambda g: (len(g), g))} {words[0]}"  # ties by name, not by a set's salted order


def part_of_longer_name(text: str, start: int, end: int) -> bool:
    """Whether the capitalised run at ``text[start:end]`` is only a piece of a longer name of a thing: joined to
    another capitalised word by "of" or "&" ("Bank of America", "the University of Texas"), or right after a
    capitalised word the runs leave out or drop ("JPMorgan Chase", "Los Angeles Police Department"). The runs are
    cut for people's names; shown alone, the piece names another thing: "[America] said ..." for "The bank"."""
    before = text[:start].split()
    after = text[end:].split()
    if after and after[0] in _JOINERS and len(after) > 1 and after[1][:1].isupper():
        return True
    if not before:
        return False
    if before[-1] in _JOINERS:
        return len(before) > 1 and before[-2][:1].isupper() and before[-2].lower() not in STOPWORDS
    word = before[-1]
    return word[:1].isupper() and word.lower() not in STOPWORDS and word[-1].isalnum() and text[start - 1].isspace()


def _minor(words: list[str]) -> bool:
    """A capitalised name that cannot be an organisation: a month, a day, a known place, a function word."""
    joined = " ".join(words)
    return (len(words) == 1 and (words[0].lower() in STOPWORDS | NOT_GIVEN)) or known_place(joined)


def _referent_in(own: str, article: str, d: Description, evidence: str) -> str | None:
    """The one name of ``own`` that ``evidence`` (the cluster's reports) describes as the description's kind, if
    nothing competes; ``article`` (its own report) gives a bare surname its full name."""
    people = set(_surnames(article))
    names = _names(outside_quotes(own))
    described = []
    for s, e, shown, words in names:
        if d.kind != "person" and _is_person_name(words, people):
            continue  # a person is no company ("The union" is not its director, Billy Hunter)
        full = _full_name(article, words) if d.kind == "person" else None
        if _described_as(evidence, shown, d) or (full is not None and _described_as(evidence, full, d)):
            described.append((s, e, full or shown))
    if len({shown for _, _, shown in described}) != 1:
        return None  # none, or two things of the kind
    start, end, shown = described[0]
    if d.kind != "person" and part_of_longer_name(own, start, end):
        return None  # "[America]" for "Bank of America": the piece names another thing
    same = {start for start, _, _ in described}
    for s, _, other, words in names:
        if s in same or (len(words) == 1 and words[0] == shown.split()[-1]):
            continue  # the referent again ("Obama ... Obama said")
        if d.kind == "person" and not _minor(words):
            return None  # another person, or a name that may be one ("Jaroslaw Kaczynski": a given name not known)
        if d.kind != "person" and not (_is_person_name(words, people) or _minor(words)):
            return None  # another name that may be of the kind
        if d.kind == "place" and known_place(other):
            return None
    appos = _APPOSITION.match(own[end:])
    keep = (start - 30, end + (appos.end() if appos else 0))
    kinds = _kind_words(d) or frozenset({"man", "woman", "boy", "girl"})
    for m in re.finditer(r"[a-z][a-z-]*", own.lower()):
        of_kind = m.group(0).rstrip("s") in kinds or m.group(0) in kinds
        if of_kind and not keep[0] <= m.start() < keep[1]:
            return None  # "a small firm", "another woman": something else of the kind
    return shown


def describe(sentences: Sequence[Sentence], k: int, article: str, evidence: str | None = None) -> Referent | None:
    """What the opening description of ``sentences[k]`` stands for (see the module docstring).

    Args:
        sentences: one article's sentences in reading order.
        k: the sentence whose opening description is read.
        article: the article's text (where a surname's full name is found).
        evidence: the text where the referent's kind is given: every report of the cluster (what a name is does
            not change between reports of one story; one report often says "Mobb Deep, the hip-hop group" and
            another "Mobb Deep ... The group"); default ``article``.
    """
    text = sentences[k].text.strip()
    d = opening_description(text)
    if d is None or k == 0:
        return None
    states = quote_states(sentences[: k + 1])
    if states[k][0]:
        return None
    name = _named_just_before(sentences, k, article, d, evidence or article, states)
    if name is None and d.kind == "org":
        name = only_body_before(sentences, k, d, evidence or article, states)
    if name is None or re.search(rf"\b{re.escape(name.split()[-1])}\b", text):
        return None  # nothing certain, or the sentence names it itself
    return Referent(name, d)


def _named_just_before(
    sentences: Sequence[Sentence], k: int, article: str, d: Description, evidence: str, states: Sequence
) -> str | None:
    """The referent the sentence right before ``k`` (or the head of a run of the same description) names alone."""
    j = k - 1
    while True:
        prev, nxt = sentences[j], sentences[j + 1]
        if prev.index != nxt.index - 1 or states[j][0] or states[j][1]:
            return None  # a sentence set apart between them, or a quotation
        if prev.paragraph != nxt.paragraph and (j != k - 1 or not ends_sentence(prev.text)):
            return None  # one break at most, after a sentence (not a heading: "Senator Ted Cruz")
        own = prev.text.strip()
        name = _referent_in(own, article, d, evidence)
        if name is not None:
            return name
        same = opening_description(own)
        if same is None or same.noun != d.noun or same.age != d.age or j == 0 or k - j >= MAX_BACK:
            return None
        if _names(outside_quotes(own)):
            return None  # the run's sentence names something else
        j -= 1  # the head of a run: "The company said ... The company also ..."


@lru_cache(maxsize=16)
def _lower_words(text: str) -> frozenset[str]:
    """The words ``text`` writes in lower case: a capitalised one of them opening a sentence is no name."""
    return frozenset(LOWER_WORD.findall(text))


def _same_body(a: str, b: str, lower: frozenset[str] = frozenset()) -> bool:
    """Whether two names of a body are one ("Acme" and "Acme Inc."): one's words hold the other's, and the shorter
    is more than words the story also writes in lower case ("School" of "Delphi Community Middle School" is not)."""
    wa, wb = set(a.split()), set(b.split())
    short = wa if len(wa) <= len(wb) else wb
    return wa == wb or ((wa <= wb or wb <= wa) and any(w.lower() not in lower for w in short))


def only_body_before(
    sentences: Sequence[Sentence], k: int, d: Description, evidence: str, states: Sequence
) -> str | None:
    """The one body the article names before sentence ``k`` that the story describes as the description's kind,
    where nothing since its last mention could be the thing ("Acme Inc. said ... Shares fell 4%. The company ...").

    Certain only when all of these hold (session 18; a wrong insertion is worse than none):

    - of the names outside quotations in the article before ``k``, exactly one body (two names of it count as
      one: "Acme", "Acme Inc.") is given the kind by the story (:func:`_described_as`: "Acme, a Chicago company",
      "Acme Inc.", "the Environmental Protection Agency" for "The agency"); a person, a month, a day, a known place
      is never one;
    - no capitalised or all-capital name that may be a body (not a person, month, day, function word or known
      place), inside a quotation or not, and no other word of the kind ("a small firm") comes after its last
      mention, up to ``k``;
    - no quotation is left open between (its words run on unseen);
    - the article names it at least :data:`MIN_MENTIONS` times before ``k``, the last at most :data:`MAX_GAP`
      sentences back.
    """
    people: set[str] = set()
    for s in sentences[:k]:
        people |= _surnames(s.text)
    kinds = _kind_words(d)
    lower = _lower_words(evidence)
    found: list[str] = []
    mentioned = 0  # the referent's mentions before ``k``
    last = -1  # the sentence of the referent's last mention
    for j in range(k):
        own = outside_quotes(sentences[j].text.strip())
        for s, e, shown, words in _names(own):
            if _is_person_name(words, people) or _minor(words) or part_of_longer_name(own, s, e):
                continue
            if _described_as(evidence, shown, d) and not any(_same_body(shown, f, lower) for f in found):
                found.append(shown)
            mentioned += bool(found) and _same_body(shown, found[0], lower)
    if len(found) != 1 or mentioned < MIN_MENTIONS:
        return None  # none, two bodies of the kind, or one named in passing ("National Hockey League players ...")
    name = found[0]
    pieces = set(name.split())
    for j in range(k - 1, max(-1, k - 1 - MAX_GAP), -1):
        text = sentences[j].text.strip()
        mentions = [e for s, e, shown, words in _names(text) if set(words) & pieces and _same_body(shown, name, lower)]
        if mentions:
            last = j
            after = text[mentions[-1] :]
            appos = _APPOSITION.match(after)
            after = after[appos.end() :] if appos else after  # its own "Acme, a Chicago company," is no other
            break
    if last < 0:
        return None  # named too far back
    # quoted words too: "“Globex will follow,” a spokesman said" names another thing
    between = [after, *(sentences[j].text.strip() for j in range(last + 1, k))]
    if any(states[j][0] or states[j][1] for j in range(last, k)):
        return None
    for own in between:
        for s, _, shown, words in _names(own):
            if s == 0 and len(words) == 1 and words[0].lower() in lower and words[0] not in pieces:
                continue  # a common word opening the sentence ("Shares fell")
            if not (_is_person_name(words, people) or _minor(words) or _same_body(shown, name, lower)):
                return None  # another name that may be the thing
        if any(a not in pieces for a in _ACRONYM.findall(own)):
            return None  # "the EPA", "NASA": a body the capitalised runs leave out
        words = re.findall(r"[a-z][a-z-]*", own.lower())
        for i, w in enumerate(words):
            if (w in kinds or w.rstrip("s") in kinds) and (i == 0 or words[i - 1] != "the"):
                return None  # "a small firm", "banks": something else of the kind ("the bank" is the one named)
    return name


def name_descriptions(summary: Sequence[SummarySentence], sentences: Sequence[Sentence]) -> list[SummarySentence]:
    """Show "The company [Acme]" for the opening "The company" of a summary sentence whose source leaves no doubt which.

    Not where the summary sentence right before it is the sentence before it in its source and names the referent
    (the reader has it there). A person's description with words before its noun, as the sentence's subject or a
    quotation's speaker ("said the New York businessman"), is named where its article ties it to one person
    (:mod:`.person_description`) and no summary sentence so far shows that person's surname.

    Args:
        summary: the summary in reading order (spans index the cleaned articles).
        sentences: the cluster's sentences, each article's in reading order (what the spans point into).
    """
    by_article, position, texts = by_article_in_order(sentences)
    evidence = " ".join(texts.values())
    out: list[SummarySentence] = []
    for item in summary:
        k = position.get((item.source.article_id, item.source.start))
        lead = len(item.text) - len(item.text.lstrip())
        found = None
        if k is not None and not item.insertions and opening_description(item.text[lead:]) is not None:
            found = describe(by_article[item.source.article_id], k, texts[item.source.article_id], evidence)
        if found is not None and out and found.name in out[-1].shown:
            found = None  # the sentence right before it in the brief names it
        if found is not None:
            out.append(replace(item, insertions=(found.insertion(lead),)))
            continue
        person = (
            None
            if k is None or item.insertions
            else _described_person(item, by_article[item.source.article_id], k, out)
        )
        out.append(item if person is None else replace(item, insertions=(person,)))
    return out


def _described_person(
    item: SummarySentence, sents: Sequence[Sentence], k: int, before: Sequence[SummarySentence]
) -> Insertion | None:
    """The name after a modified description of a person that is the sentence's subject or speaker ("the Florida
    senator [Marco Rubio]", :mod:`.person_description`), where the brief does not show that person yet."""
    d = person_description(item.text)
    if d is None:
        return None
    name = described_person(" ".join(s.text for s in sents[:k]), d)
    if name is None:
        return None
    surname = re.compile(rf"\b{re.escape(name.split()[-1])}\b")
    if surname.search(item.text) or any(surname.search(b.shown) for b in before):
        return None  # the sentence or an earlier one of the brief names the person
    return Insertion(d.end + 1 if d.spaced else d.end, name)
