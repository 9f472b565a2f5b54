"""Who does what a dated background entry tells: one of the story's own people, or someone else.

The Background list of the timeline (:mod:`newsbrief.analyse.background`) holds dated facts the sources bring
in as context. Read as an editor reads it (BENCHMARKS.md, "Timeline", session 12: every Background entry of the
development groups and of 16 free DUC topics marked useful or noise), about 7 in 10 were useful: a story
person's history ("Coverdell was first elected to the Senate in 1992", "Sonia Gandhi became an Indian citizen
in 1983"). The rest were years in passing and other people's history brought up for comparison ("Wellstone is
the George McGovern of 1972", "the first German to receive the prize since Heinrich Boell in 1972", "a former
defense secretary said he first learned of the spy ring in 1996"), plans ("He would face re-election to a
third term in 2002") and states ("is the first non-Indian since independence 50 years ago").

So a Background entry is shown only when its clause says that one of the story's people did something then:
the subject of the verb the date hangs from (through "and", "to", "when" and participle clauses; a relative
clause's noun) is a name the story's sources write for a person, or "he"/"she" whose nearest named person
before it is one; no other name stands between the date and that verb ("after Jose Saramago of Portugal in
1998" dates Saramago's prize); the verb is not a present "is"/"are" (a state, a comparison) and the clause
does not speak of the future. The story's people are the persons (spaCy ``PERSON``, by surname) that at least
half of the sources name, and at least two of them when there are several sources.

That test left out what the story is about when it is no person (BENCHMARKS.md, "Timeline", session 12,
branch timeline15): a company, a band, a court that half of the sources name counts as one of the story's
people (:func:`story_subjects`; not places and nationalities, which were context on the development reading);
a date on a noun one of them owns ("his 1966 bestseller") is theirs; and a date on a noun nine in ten of the
sources use ("killed in the December 2012 shooting", "came second in the October elections") names the story's
own event, whoever its subject.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsbrief.analyse._event_rules import FUTURE_AUX, clause_tense, verb_of
from newsbrief.text.tokens import without_possessive

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

_PRONOUNS = frozenset({"he", "she"})
#: The future, and the future seen from the past ("He would face re-election to a third term in 2002").
_FUTURE = FUTURE_AUX | {"would"}
#: Clauses whose subject is their governor's: "Autry returned to New York to record ...", "Born on June 18,
#: 1942, Thabo Mbeki grew up ...", "when he bought a radio station" (climbed at most :data:`_CLIMB` times).
_SHARES_SUBJECT = frozenset({"conj", "xcomp", "advcl", "ccomp", "acl"})
_CLIMB = 4
#: Entity labels of the things a story can be about besides its people (not places and nationalities:
#: "Democrats chose ... in 1984", "Venezuela has foreseen ... in 1998" are context).
_SUBJECT_LABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT"})
#: Share of the articles that use a noun for it to name the story's event (:func:`story_nouns`).
_NOUN_SHARE = 0.9
#: How a date modifies a noun: "the 1966 bestseller", "the October elections", "the December 2012 shooting".
_MODIFIER = frozenset({"compound", "nmod", "amod", "nummod", "npadvmod"})


def name_key(token: Token) -> str:
    """A name as the story's people are keyed: lower case, without a possessive ("Lyons'", "Autry's")."""
    return without_possessive(token.text.lower())


def story_people(docs: Sequence[Doc], labels: frozenset[str] = frozenset({"PERSON"})) -> frozenset[str]:
    """The surnames (:func:`name_key` of an entity's last word; ``PERSON`` ones unless ``labels`` says) that at
    least half of the articles name, and at least two articles when there are more than one."""
    articles: Counter[str] = Counter()
    for doc in docs:
        articles.update(
            {
                name_key(words[-1])
                for ent in doc.ents
                if ent.label_ in labels and (words := [t for t in ent if t.is_alpha and t.text[0].isupper()])
            }
        )
    return _in_share(articles, len(docs), 0.5)


def story_subjects(docs: Sequence[Doc]) -> frozenset[str]:
    """The story's people (:func:`story_people`) and the other things it is about, by the same test: a band, a
    court, a company, a product, a building (spaCy tags "Mobb Deep" and "Crossroads GPS" ``ORG``)."""
    return story_people(docs) | story_people(docs, _SUBJECT_LABELS)


def story_nouns(docs: Sequence[Doc]) -> frozenset[str]:
    """The nouns (lemma, lower case) that nine in ten of the articles use: the words of the story's own event
    ("shooting", "election"), against which "the December 2012 shooting" is the story's, not a year in passing."""
    articles: Counter[str] = Counter()
    for doc in docs:
        articles.update({t.lemma_.lower() for t in doc if t.pos_ == "NOUN"})
    return _in_share(articles, len(docs), _NOUN_SHARE)


def _in_share(articles: Counter[str], n_docs: int, share: float) -> frozenset[str]:
    """The keys counted in at least ``share`` of ``n_docs`` articles (and two when there are several)."""
    need = 1 if n_docs == 1 else max(2, n_docs * share)
    return frozenset(key for key, n in articles.items() if n >= need)


def done_by_story_person(span: SpacySpan, people: frozenset[str], nouns: frozenset[str] = frozenset()) -> bool:
    """Whether the clause of a date expression tells one of ``people`` doing something on that date, or the date
    names the story's own event ("the December 2012 shooting", a noun of ``nouns``): the module docstring's test."""
    if span.root.dep_ in _MODIFIER and span.root.head.pos_ == "NOUN" and span.root.head.lemma_.lower() in nouns:
        return True
    verb = verb_of(span.root)
    if verb is None or (verb.lemma_ == "be" and verb.tag_ in {"VBZ", "VBP"}):
        return False  # no verb, or a present state: "Wellstone is the George McGovern of 1972"
    if clause_tense(span) == "future" or any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in verb.children):
        return False  # "He would face re-election to a third term in 2002"
    if _owned_by(span.root, people):
        return True
    if _other_name_between(span.root, verb, people):
        return False
    subject = _subject(verb)
    if subject is None:
        return False
    if subject.lower_ in _PRONOUNS:
        named = _last_person_before(subject)
        return named is None or named in people
    return subject.pos_ == "PROPN" and name_key(subject) in people


def _other_name_between(token: Token, verb: Token, people: frozenset[str]) -> bool:
    """A proper noun other than the story's people on the way from the date up to its verb: the date is that
    name's ("... since Democrat Herman Talmadge in 1974")."""
    for _ in range(8):
        if token.i == verb.i or token.head.i == token.i:
            return False
        token = token.head
        if (
            token.i != verb.i
            and (token.ent_type_ == "PERSON" or token.pos_ == "PROPN")
            and name_key(token) not in people
        ):
            return True
    return False


def _subject(verb: Token) -> Token | None:
    """The subject of ``verb``, or of the clause it shares its subject with; a relative clause's noun."""
    for _ in range(_CLIMB):
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects:
            return subjects[0]
        if verb.dep_ == "relcl":
            return verb.head
        if verb.dep_ not in _SHARES_SUBJECT or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _last_person_before(token: Token) -> str | None:
    """The surname of the last ``PERSON`` the article names before ``token`` (whom "he" or "she" stands for); not
    a name that modifies a noun ("the Kennedy assassination")."""
    before = [
        e for e in token.doc.ents if e.label_ == "PERSON" and e.end_char <= token.idx and e.root.dep_ != "compound"
    ]
    words = [t for t in before[-1] if t.is_alpha] if before else []
    return name_key(words[-1]) if words else None


def _owned_by(token: Token, people: frozenset[str]) -> bool:
    """A date that modifies a noun a story person owns: "his 1966 bestseller", "Lane's 1980 novel"."""
    if token.dep_ not in _MODIFIER or token.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    for owner in (c for c in token.head.children if c.dep_ == "poss"):
        if owner.lower_ in {"his", "her"}:
            named = _last_person_before(owner)
            return named is not None and named in people
        return owner.pos_ == "PROPN" and name_key(owner) in people
    return False
