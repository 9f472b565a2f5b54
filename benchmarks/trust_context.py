"""Cannot-stand-alone read in context, as ../shared/EDITOR.md reads a brief (issue 10).

The trust labels judge each sentence as if it opened a brief. ../shared/EDITOR.md reads the brief in order and
marks a sentence "whose meaning needs something the brief has not said"; it does not count "a pronoun whose
referent is named earlier in the same sentence or in the sentence just before it in the brief", and it counts "a
person named only by surname *before the brief introduced them*". The labels say *that* a sentence fails, not
*why*; this module says what each one leans on, with the cheap detectors of ``trust_kinds.py`` reading the
sentence and its own article up to it (:func:`kinds_of`), and decides per kind whether the brief has said it
(:func:`resolved_by_brief`):

- a bare surname (introduced earlier in its article, or given in full only later): resolved when an earlier
  summary sentence gives the full name, or the brief shows the given name in brackets before it ("[Jeremy]
  Corbyn"); being right after its source's preceding sentence does not resolve it by itself;
- a given name alone ("Paula laughs about it now") whose article gave it with a surname earlier ("Paula Blades"):
  resolved when an earlier summary sentence gives that full name (session 16; before, such a sentence was read
  as "other", resolved only by adjacency, so "Paula said" after the brief had named Paula Blades failed, and a
  given name the brief never gave in full stood whenever its source's sentence before it did). The full name,
  not the given name with any surname: "Paula Jones" earlier in the brief does not introduce the article's Paula
  Blades (session 17; session 16's count took any surname);
- "the" + a noun its article used before ("the company"): resolved when an earlier summary sentence holds the
  noun without leaning on it itself (the brief named it: "Acme, a company that ..."); again adjacency alone does not;
- a pronoun, an opening connective, a quotation whose speaker is elsewhere, an opening definite description or
  epithet, a presupposition, the writer's I/we/you, and anything the detectors do not recognise: resolved only
  as the older count resolves them, by the sentence right before it in its source being right before it in the
  brief and standing (the one place the protocol lets a referent be);
- a fragment: never;
- a transcript turn's first person ("LEE: I have no idea"), with its speaker's label in the sentence: the
  labelled speaker's, not the writer's, as the brief's inserted "[LEE:]" is read (``trust_pronouns``; session 18).

A sentence is resolved when every kind it shows is. Where the detectors miss what a sentence leans on (the
label's reason is not recorded) and find only a surname the brief introduced, this credits it wrongly; where they
see a surname or "the" + noun that is not what failed it, it can only be stricter. Both counts are reported.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsbrief.analyse.name_evidence import first_name_gender
from newsbrief.model import Sentence
from newsbrief.summarize.introduce import LOWER_WORD
from newsbrief.summarize.names import GIVEN, NOT_GIVEN, SURNAME, full_names
from newsbrief.summarize.quality import _DEFINITE_OPENER, DEFINITE
from newsbrief.summarize.speakers_shown import turn_label
from newsbrief.summarize.standalone import depends_on_context, is_bare_quote, outside_quotes, unresolved_pronoun
from newsbrief.text.tokens import STOPWORDS, WORD

#: The kind of a sentence that opens with "The" + a noun ("The company said ...").
DESCRIPTION = "opens with a definite description"
#: The kind of a sentence with "the" + a noun its article used before ("the company").
EARLIER_NOUN = "the + earlier noun"
#: The kind of a sentence that calls a person by the given name alone ("Paula laughs ...").
GIVEN_NAME = "given name"
KINDS = (
    "quotation",
    "opening",
    "writer's I/we/you",
    "pronoun",
    "surname",
    EARLIER_NOUN,
    "surname given in full later",
    GIVEN_NAME,
    DESCRIPTION,
    "presupposes",
    "fragment",
    "other",
)
#: Kinds the brief resolves only by giving the sentence the source sentence before it, right before it.
CONTEXT_KINDS = frozenset(KINDS) - {
    "surname",
    "surname given in full later",
    GIVEN_NAME,
    EARLIER_NOUN,
    "fragment",
}
_FIRST_SECOND = frozenset("i me my mine we us our ours you your yours".split())
_PRESUPPOSE = re.compile(r"\b(?:also|another|other|others|again|same|the (?:first|latest|second|last|former|latter))\b")
_CLOSED = re.compile(r"[.!?][\"'”’)\]]*$")


@dataclass(frozen=True, slots=True)
class Leans:
    """What one sentence leans on, and what it gives a later sentence of the brief.

    Attributes:
        kinds: the detected kinds (:data:`KINDS`, in that order; ``("other",)`` when none is detected).
        surnames: the bare surnames it uses that its article gives in full elsewhere.
        nouns: the nouns of its "the" + noun phrases that its article used before ("company").
        gives: the surnames it gives in full ("Corbyn" of "Jeremy Corbyn").
        words: its lower-cased words (a later "the company" is named when "company" is here).
        given: the given names it uses alone that its article gave with a surname earlier ("Paula").
        gives_given: the given names it gives with a surname ("Paula" of "Paula Blades").
        given_as: the full names its article gave those given names earlier ("Paula Blades").
        gives_full: the full names it gives ("Paula Blades"), given name and surname.
    """

    kinds: tuple[str, ...]
    surnames: frozenset[str] = frozenset()
    nouns: frozenset[str] = frozenset()
    gives: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()
    given: frozenset[str] = frozenset()
    gives_given: frozenset[str] = frozenset()
    given_as: frozenset[str] = frozenset()
    gives_full: frozenset[str] = frozenset()


#: A capitalised word that may be a surname, and any possessive after it ("McDowell's" holds "McDowell"). The names'
#: own pattern (:data:`newsbrief.summarize.names.SURNAME`), as the brief's insertions read them: the quality model's
#: ASCII pattern missed "McDowell" and "Bélanger" and cut "Jones" to "Jone" (session 14).
_NAME_WORD = re.compile(rf"(?<![\w'’-])({SURNAME})(?:['’]s?)?(?![\w'’-])")


def _surnames_introduced(text: str, lower: frozenset[str] | set[str] = frozenset()) -> set[str]:
    """Surnames that ``text`` gives with a given name before them ("Corbyn" of "Jeremy Corbyn").

    No title, month, day or first word of a place is a given name ("Officer Collin", "New Orleans": the names'
    own rule, :data:`~newsbrief.summarize.names.NOT_GIVEN`), and a "surname" its article (``lower``: its lower-case
    words) also writes in lower case after a word that is no given name the dictionary knows is a common noun
    ("Orleans Police", "Means Committee"; session 16: such words were read as bare surnames the brief never
    introduced, "Police said Rose ...").

    Likewise a "given name" the article writes in lower case that the dictionary does not know ("Singer Devin Lima"
    made "Devin" a surname; session 17).
    """
    out = set()
    for m in full_names(text):
        given, surname = m.group("given"), m.group("surname")
        known = first_name_gender(given) is not None
        if given.lower() in STOPWORDS or given.lower() in NOT_GIVEN:
            continue
        if (surname.lower() in lower or given.lower() in lower) and not known:
            continue
        out.add(surname)
    return out


def _given_names_introduced(text: str) -> set[str]:
    """Given names that ``text`` writes before a surname ("Paula" of "Paula Blades"); titles and function words are
    none."""
    return {name.split()[0] for name in _full_names_given(text)}


def _full_names_given(text: str) -> set[str]:
    """The full names ``text`` gives, given name and surname ("Paula Blades"); a title or function word is no given
    name ("Officer Collin", "The Smith")."""
    return {
        f"{g} {m.group('surname')}"
        for m in full_names(text)
        if (g := m.group("given")).lower() not in NOT_GIVEN | STOPWORDS
    }


_GIVEN_WORD = re.compile(rf"(?<![\w'’-])({GIVEN})(?:['’]s?)?(?![\w'’-])")


def _given_alone(own: str, introduced: set[str], article: str) -> set[str]:
    """The given names of ``introduced`` that ``own`` uses alone: a given name the dictionary knows ("Northwestern"
    of "Northwestern University", "Labour" of "Labour Party" are none), not before a capitalised word ("Paula
    Blades", "Paula Jones"), and never written in lower case in ``article`` ("Will", "Rose" as words)."""
    full = _given_names_introduced(own)
    lower = set(LOWER_WORD.findall(article))
    return {
        word
        for m in _GIVEN_WORD.finditer(own)
        if (word := m.group(1)) in introduced
        and word not in full
        and word.lower() not in lower
        and first_name_gender(word) is not None
        and not _NEXT_CAPITAL.match(own, m.end())
    }


_NEXT_CAPITAL = re.compile(r" [A-Z]")


def _bare_surnames(own: str, introduced: set[str]) -> set[str]:
    """The surnames of ``introduced`` that ``own`` uses without their given name (``quality._bare_surname``'s test)."""
    full = {m.group("surname") for m in full_names(own)}
    return {w for m in _NAME_WORD.finditer(own) if (w := m.group(1)) in introduced and w not in full}


def opens_turn(sentences: Sequence[Sentence], k: int) -> bool:
    """Whether sentence ``k`` of one article opens a transcript turn with its speaker's label ("LEE: I have no
    idea ..."): its "I"/"we" is that speaker's, as the brief's own "[LEE:]" before a later sentence of the turn
    says (:func:`newsbrief.summarize.speakers_shown.turn_label`, the one reading of a label). The count honours an
    inserted label (``trust_pronouns``) and, before session 18, not the same label written in the text (val-3459,
    val-555). The article is rebuilt from its sentences, one line a paragraph, as the label reading wants."""
    if k > 0 and sentences[k - 1].paragraph == sentences[k].paragraph:
        return False  # not the paragraph's first sentence: the label, if any, is not in this one
    lines: list[list[str]] = []
    at = 0
    for i, s in enumerate(sentences):
        if i == 0 or s.paragraph != sentences[i - 1].paragraph:
            lines.append([])
        if i == k:
            at = sum(len(" ".join(line)) + 1 for line in lines[:-1])
        lines[-1].append(s.text.strip())
    article = "\n".join(" ".join(line) for line in lines)
    text = sentences[k].text.strip()
    return turn_label(article, at + len(text)) is not None


def leans_of(sentences: Sequence[Sentence], k: int, inside: bool, leaves_open: bool) -> Leans:
    """What sentence ``k`` of one article (``sentences``, in reading order) leans on.

    Args:
        inside, leaves_open: its quotation state (:func:`newsbrief.summarize.standalone.quote_states`).
    """
    text = sentences[k].text.strip()
    own = outside_quotes(text)
    earlier = sentences[:k]
    found = []
    if inside or leaves_open or is_bare_quote(text):
        found.append("quotation")
    if depends_on_context(text):
        found.append("opening")
    speaker_own = False  # the first person is the turn's labelled speaker's, not the writer's
    if any(t.lower() in _FIRST_SECOND for t in WORD.findall(own)):
        speaker_own = opens_turn(sentences, k)
        if not speaker_own:
            found.append("writer's I/we/you")
    if unresolved_pronoun(text):
        found.append("pronoun")
    lower = set(LOWER_WORD.findall(" ".join(s.text for s in sentences)))
    introduced = set().union(*(_surnames_introduced(s.text, lower) for s in earlier))
    surnames = _bare_surnames(own, introduced)
    if surnames:
        found.append("surname")
    earlier_words = {w.lower() for s in earlier for w in WORD.findall(s.text)}
    nouns = {m.group(1) for m in DEFINITE.finditer(own) if m.group(1) not in STOPWORDS and m.group(1) in earlier_words}
    if nouns:
        found.append(EARLIER_NOUN)
    later_names = set().union(*(_surnames_introduced(s.text, lower) for s in sentences[k + 1 :]))
    later = _bare_surnames(own, later_names - introduced)
    if later:
        found.append("surname given in full later")
    full_earlier = set().union(*(_full_names_given(s.text) for s in earlier))
    given_earlier = {name.split()[0] for name in full_earlier} - introduced
    given = _given_alone(own, given_earlier, " ".join(s.text for s in sentences))
    if given:
        found.append(GIVEN_NAME)
    if _DEFINITE_OPENER.match(text):
        found.append(DESCRIPTION)
    if _PRESUPPOSE.search(own.lower()):
        found.append("presupposes")
    if (not text[:1].isupper() and text[:1] not in "\"'‘“(") or not _CLOSED.search(text):
        found.append("fragment")
    return Leans(
        tuple(found) or (() if speaker_own else ("other",)),  # as an honoured "[LEE:]" reads (trust_pronouns)
        frozenset(surnames | later),
        frozenset(nouns),
        frozenset(_surnames_introduced(text, lower)),
        frozenset(w.lower() for w in WORD.findall(text)),
        frozenset(given),
        frozenset(_given_names_introduced(text)),
        frozenset(name for name in full_earlier if name.split()[0] in given),
        frozenset(_full_names_given(text)),
    )


def kinds_of(sentences: Sequence[Sentence], k: int, inside: bool, leaves_open: bool) -> list[str]:
    """The kinds of dependency of sentence ``k`` of one article (``sentences``, in reading order)."""
    return list(leans_of(sentences, k, inside, leaves_open).kinds)


def resolved_by_brief(
    leans: Sequence[Leans], j: int, *, after_predecessor: bool, introduced: frozenset[str] = frozenset()
) -> bool:
    """Whether the brief has said what summary sentence ``j`` leans on (see the module docstring).

    Args:
        leans: what each summary sentence leans on, in reading order.
        j: the sentence to judge.
        after_predecessor: the summary sentence right before it is the sentence right before it in its source,
            and that one stands (the older count's whole rule).
        introduced: surnames the brief's insertions have given their given name so far, this sentence included
            ("[Jeremy] Corbyn"; ``trust.Claim.introduced_by``).
    """
    mine = leans[j]
    if "fragment" in mine.kinds:
        return False
    if any(kind in CONTEXT_KINDS for kind in mine.kinds) and not after_predecessor:
        return False
    given = set(introduced).union(*(x.gives for x in leans[:j]))
    if not mine.surnames <= given:
        return False
    met = set().union(*(x.gives_full for x in leans[:j]))
    if any(not any(name.split()[0] == g and name in met for name in mine.given_as) for g in mine.given):
        return False  # the article's full name for that given name, not any surname after it ("Paula Jones")
    return all(any(noun in x.words and noun not in x.nouns for x in leans[:j]) for noun in mine.nouns)
