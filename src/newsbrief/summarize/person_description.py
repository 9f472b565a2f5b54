"""Name the person a modified definite description stands for: '..., said the New York businessman [Donald Trump]'.

A summary sentence often has a person act or speak under a description its report set up earlier ("Trump, the New
York businessman, ..." and later '"...," said the New York businessman'; "Sen. Marco Rubio (R-Fla.)" and later
"the Florida senator told a magazine"): shown alone, the reader does not know who (issue 10; two blind readers
marked such sentences as unable to stand alone). :mod:`.descriptions` names a bare opening "The company" from the
sentence right before; this module is its part for a description with words before its noun ("the Florida
senator", "the former secretary of state"), which the report ties to one person anywhere before. It answers only
where the report's own words leave no doubt:

- the description is the sentence's subject (it opens the sentence, followed by a verb-like word or a comma) or the
  speaker right after a quotation ('," said the Florida senator', '," the Florida senator told'), outside any
  quotation, and has at least one word before its noun;
- of the people the report names in full before the sentence, exactly one is given every word of the description
  (:func:`profile`: the words right before a mention, "New York businessman Donald Trump", "Florida Sen. Marco
  Rubio"; an apposition after it, "Trump, the New York businessman,"; a parenthesis, "Rubio (R-Fla.)"; "Rubio of
  Florida"), abbreviations read as the words they stand for ("Sen." senator, "Fla." Florida, "R-" Republican);
- the description's noun is the person's noun there (the title right before the full name, an apposition's head:
  not "guard" of "a coast guard official"); a title before a bare surname counts for no one ("President Clinton"
  is not the Hillary Clinton the article names); a "former" office ties only a "former" description;
- no other person named before is given the description's noun at all (an untold state makes "Sen. Bill Nelson"
  a possible "Florida senator"); a gendered noun ("businessman") agrees with the person's known gender;
- the sentence does not name the person itself ("The party chairman, Kelly Armstrong, called ...").

A description with no word before its noun ("the president said") is left to :mod:`.descriptions`' rule (the
sentence right before names the referent): tried here, 43 source proposals held at least 6 wrong ("The president"
for Michelle Obama, for the World Bank's president).

Not where the sentence or an earlier summary sentence already shows the person's surname (:mod:`.descriptions`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsbrief.analyse._entity_rules import PLACES
from newsbrief.analyse.name_evidence import first_name_gender
from newsbrief.summarize.description_opening import VERBISH
from newsbrief.summarize.names import Person, capitalised_runs, name_lead, person_gender
from newsbrief.summarize.standalone import outside_quotes
from newsbrief.text.lexicon import NOUN_GENDER, PERSON_NOUNS, ROLE_WORDS, SPEECH_WORDS, TITLES, phrases

#: Nouns a person's description may end with: people's nouns and roles, and a few offices of several words.
_HEADS = sorted(
    (PERSON_NOUNS | ROLE_WORDS | TITLES | {"secretary of state", "mogul", "tycoon", "front-runner", "frontrunner"})
    - {"the", "member", "members", "colleague", "colleagues", "family", "person", "people", "man", "woman"},
    key=len,
    reverse=True,
)
_HEAD = "|".join(re.escape(h) for h in _HEADS)
#: Words before the noun: capitalised words ("New York", "Florida") and lower-case modifiers ("former").
_MODS = r"(?P<mods>(?:(?:[A-Z][a-z]+|[a-z][a-z-]+) ){1,4}?)"
#: The verbs of saying a speaker's description stands beside: this stage's part of the lexicon's table.
_SPEECH = "|".join(
    phrases(
        SPEECH_WORDS,
        *"said says added told wrote asked explained continued insisted argued noted replied declared".split(),
    )
)
#: What comes before a speaker or a subject set after an opening clause: a quotation's end, or a comma.
_QUOTE_END = r"(?:[,?!][\"”’']\s+|, )"
_OPENING = re.compile(rf"The {_MODS}(?P<head>{_HEAD})(?=(?P<after> [a-z]+|,))")
_SPEAKER_AFTER = re.compile(rf"{_QUOTE_END}(?:{_SPEECH}) (?P<the>the) {_MODS}(?P<head>{_HEAD})\b(?![-’'])")
_SPEAKER_BEFORE = re.compile(rf"{_QUOTE_END}(?P<the>the) {_MODS}(?P<head>{_HEAD}) (?:{_SPEECH})\b")
#: Abbreviations a report writes for the description's words.
_SHORT = {
    "sen": "senator", "rep": "representative", "congressman": "representative", "congresswoman": "representative",
    "gov": "governor", "sec": "secretary", "gen": "general", "pres": "president", "r": "republican",
    "d": "democrat", "democratic": "democrat", "gop": "republican", "u.s": "us", "u.s.": "us",
}  # fmt: skip
#: Words of a description that say nothing the report must give ("the New York [businessman]": "of" of "secretary
#: of state" too).
_FILLER = frozenset({"of", "the", "a", "an", "and"})
#: Words after an apposition's head noun ("the businessman who ...", "the secretary of ...").
_AFTER_HEAD = frozenset("who whose whom of from in at with for and since".split())
#: Abbreviations that end in a period inside a name's run-up ("Florida Sen. Marco Rubio"): no sentence ends there.
_ABBREVIATIONS = frozenset("sen rep gov sec gen pres dr mr mrs ms lt col sgt capt st jr".split())


@dataclass(frozen=True, slots=True)
class PersonDescription:
    """A modified definite description of a person in a summary sentence: where it ends, its words and its noun."""

    end: int  # offset just past the noun ("the Florida senator")
    words: frozenset[str]  # canonical words the report must give the person ("florida", "senator")
    head: str  # "senator"
    spaced: bool  # a space follows it (else a comma, a period: the name goes after a space of its own)


def _canonical(words: list[str]) -> set[str]:
    """Words as compared: lower case, abbreviations and state abbreviations read out ("Fla." -> florida)."""
    out: set[str] = set()
    for raw in words:
        for piece in re.split(r"[-/]", raw) if not raw.endswith("-year-old") else [raw]:
            w = piece.lower().strip(".,;:()'’\"“”").removesuffix("'s").removesuffix("’s")
            if not w:
                continue
            place = PLACES.get(w + ".") or PLACES.get(w)
            if place is not None and place not in ("united states",) and len(w) > 1:
                out.update(place.split())
                continue
            out.add(_SHORT.get(w, w))
    return out - _FILLER


def person_description(text: str) -> PersonDescription | None:
    """The modified definite description ``text`` has as its subject or as a quotation's speaker, if any."""
    outside = outside_quotes(text)
    m = _OPENING.match(text)
    if m is not None:
        after = m.group("after").strip()
        if after and after != "," and not (after in VERBISH or after.endswith(("ed", "ly", "s"))):
            m = None  # "The New York city council": a compound, not the subject
    if m is None:
        m = _SPEAKER_AFTER.search(text) or _SPEAKER_BEFORE.search(text)
        if m is None or outside[m.start("the") : m.end("head")] != text[m.start("the") : m.end("head")]:
            return None
    mods = m.group("mods").split()
    if any(w.lower() in ("who", "whose", "which", "that") for w in mods):
        return None
    end = m.end("head")
    if re.match(r", (?:[A-Z]|\d)", text[end:]):
        return None  # "The party chairman, Kelly Armstrong, called ...": the sentence names the person itself
    return PersonDescription(
        end, frozenset(_canonical([*mods, *m.group("head").split()])), m.group("head"), text[end : end + 1] == " "
    )


def _people_before(prefix: str) -> dict[str, str]:
    """Surname -> the longest full name ``prefix`` gives it, for names whose first word is a known given name."""
    out: dict[str, str] = {}
    for _, _, words in capitalised_runs(prefix):
        words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in words]
        lead = name_lead(words)  # titles dropped; then from the first known given name ("State Hillary Clinton")
        lead = next((i for i in range(lead, len(words) - 1) if first_name_gender(words[i]) is not None), len(words))
        name = words[lead:]
        if len(name) >= 2:
            full = " ".join(name)
            if len(full) > len(out.get(name[-1], "")):
                out[name[-1]] = full
    return out


def _run_up(prefix: str, start: int, wanted: frozenset[str]) -> list[str]:
    """The words right before a mention that may describe it: capitalised words, abbreviations, "of", and the
    description's own lower-case words, back to the first other word or the end of a sentence or clause."""
    out: list[str] = []
    for word in reversed(prefix[:start].split()[-8:]):
        bare = word.lower().rstrip(".")
        if word[-1] in ',;:"“”()!?' or (word.endswith(".") and bare not in _ABBREVIATIONS and len(bare) > 1):
            break
        if not (word[0].isupper() or bare == "of" or _canonical([word]) <= wanted):
            break
        out.append(word)
    return out


def _heads(words: list[str]) -> set[str]:
    """The nouns of an apposition that stand as its head: the last word, or one right before "who", "of", ...
    ("a former state party chairman", "the businessman who ..."; not "guard" of "a coast guard official")."""
    out = set()
    for i, w in enumerate(words):
        if i == len(words) - 1 or words[i + 1].lower() in _AFTER_HEAD:
            out |= _canonical([w])
    return out


def profile(
    prefix: str, surname: str, full: str, others: set[str], wanted: frozenset[str]
) -> tuple[set[str], set[str]]:
    """What ``prefix`` says of the person of ``surname`` (see the module docstring), as canonical words, and which
    of them stand as a noun for the person (the title right before the name, an apposition's head)."""
    out: set[str] = set()
    heads: set[str] = set()
    given = full.removesuffix(surname)
    for m in re.finditer(rf"\b{re.escape(surname)}\b(?!['’-])", prefix):
        named = prefix[: m.start()].endswith(given)
        first = m.start() - len(given) if named else m.start()
        # a bare surname's title may be another's: "President Clinton" is not Hillary Clinton
        run_up = [w for w in _run_up(prefix, first, wanted) if w not in others] if named else []
        out |= _canonical(run_up)
        heads |= _canonical(run_up[:1])  # the nearest word: "Sen." of "Florida Sen. Marco Rubio"
        rest = prefix[m.end() :]
        apposition = re.match(r", ((?:the|a|an|former|then|longtime) [^,;:.\"“”()]{0,80}?)(?:,|\.(?:\s|$)|;|$)", rest)
        paren = re.match(r" \(([^()]{1,20})\)", rest)
        of = re.match(r" of ([A-Z][a-z]+(?: [A-Z][a-z]+)?)", rest)
        for found in (apposition, paren, of):
            if found is not None and not any(o in found.group(1) for o in others):
                out |= _canonical(found.group(1).split())
        if apposition is not None and not any(o in apposition.group(1) for o in others):
            heads |= _heads(apposition.group(1).split())
    return out, heads


def described_person(prefix: str, d: PersonDescription) -> str | None:
    """The one person ``prefix`` (the report before the sentence) names and gives every word of ``d``, if nothing
    competes (see the module docstring)."""
    people = _people_before(prefix)
    last = next(iter(_canonical(d.head.split()[-1:])), d.head)
    matches, with_head = [], []
    for surname, full in people.items():
        others = {s for s in people if s != surname} | {w for f in people.values() if f != full for w in f.split()}
        said, heads = profile(prefix, surname, full, others, d.words)
        if last in heads:
            with_head.append(full)
            if d.words <= said and ("former" in d.words or "former" not in said):
                matches.append((surname, full))  # a "former state party chairman" is not "the party chairman"
    if len(matches) != 1 or len(with_head) != 1:
        return None
    surname, full = matches[0]
    gender = NOUN_GENDER.get(d.head)
    if gender is not None and person_gender(prefix, Person(full, surname)) != gender:
        return None  # another gender, or one the report does not tell ("the businessman" of an unknown person)
    return full
