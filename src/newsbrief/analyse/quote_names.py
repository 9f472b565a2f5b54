"""Who the people of one article are: the fullest form of each name, genders, and who was named last.

The registry that :mod:`newsbrief.analyse.quote_speakers` asks once it has found where a quote's speaker is
written. Proper names are expanded to the article's fullest form ("Mr Gapes" -> "Mike Gapes"); a surname
several people bear stays bare until the text decides which one (issue 11); pronouns and singular role nouns
go to the nearest preceding person who is compatible in gender (Lappin and Leass 1994's agreement filter,
then recency): gender comes from the article itself (an honorific "Mr."/"Mrs."/"Ms." before the name, or the
pronouns that follow the person's mentions as subjects), never from a guess about a first name.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import cached_property
from typing import TYPE_CHECKING

from newsbrief.analyse.name_evidence import HONORIFIC_GENDER, first_name_gender
from newsbrief.analyse.quote_verbs import is_speech
from newsbrief.analyse.same_person import (
    after_kin,
    coordinated_name,
    fullest,
    gender_fit,
    people_of,
    same_person,
    surname,
    titled_candidates,
)
from newsbrief.text.lexicon import (
    AFTER_PARTICLE,
    LONG_DASHES,
    NEWS_OUTLETS,
    ORG_SUFFIXES,
    PARTICLES,
    PRONOUN_GENDER,
    ROLE_GENDER,
    ROLE_WORDS,
    SECTOR_WORDS,
    SPEAKER_TITLES,
)
from newsbrief.text.lexicon import words as wordset

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from newsbrief.analyse.quote_index import DocIndex

_MALE, _FEMALE = "m", "f"

#: Titles and ranks written before a name: on their own they name nobody ("Maj." in '," said pilot Maj. George R.
#: McAllister'), the name after them does.
RANKS = SPEAKER_TITLES | ROLE_WORDS | wordset("maj pvt brig lieut")
#: Small words inside a name ("Hans van den Broek", "Charles de Gaulle").
_PARTICLES = PARTICLES | AFTER_PARTICLE


def titled_person(ent: Span) -> Span | None:
    """The person a body's name is the title of: "Army" in "retired Army Lt. Gen. Michael Flynn", or the whole
    tagged span "Air Force Gen. Bantz Craddock" (the tagger's ORG): the words after the title's last rank.

    Why (issue 11, session 18's blind reading): two quotes of a retired general were credited to "Army". A body's
    word before a rank and a name is the person's title; the head of "Army Lt. Gen. Michael Flynn" is the person.
    The name must follow at once: a tagged person starting right after the ranks, or two to four capitalised proper
    nouns; ``None`` when no rank or no name follows (the body then speaks for itself: "the Army said").
    """
    doc = ent.doc
    # the span's own rank after its first word ("Air Force Gen. Bantz Craddock"; not "General Motors", a name that
    # opens with a rank's word), else ranks right after the span ("Army" + "Lt. Gen. Michael Flynn")
    i = next((k for k in range(ent.start + 1, ent.end) if _rank(doc[k])), ent.end)
    ranks = 0
    while i < len(doc) and (_rank(doc[i]) or (ranks and doc[i].text == ".")):
        ranks += _rank(doc[i])
        i += 1
    if not ranks or i >= len(doc):
        return None
    held = next((e for e in doc.ents if e.start == i and e.label_ == "PERSON"), None)
    if held is not None:
        return held
    j = i
    while (
        j < len(doc)
        and j - i < 6
        and not _rank(doc[j])
        and ((doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper()) or (j > i and doc[j].lower_ in _PARTICLES))
    ):
        j += 1
    while j > i and doc[j - 1].lower_ in _PARTICLES:
        j -= 1  # a name ends in a capitalised word ("Hans van den Broek")
    # the name starts at its given name where one is known: "General Counsel James A. Baker" (the rank's own words
    # run on), else the run is the name
    i = next((k for k in range(i, j - 1) if first_name_gender(doc[k].text)), i)
    return doc[i:j] if 2 <= j - i <= 4 else None  # a given name and a surname at least: one word may be a place


#: The ranks a title is made of: not the article ``SPEAKER_TITLES`` holds for :func:`clean_name`, whose capital "The"
#: inside a body's name ("the Council of The European Union", "the Museum of The Moving Image") is no rank: read
#: as one, the words after it were taken for a person (review45).
_TITLE_RANKS = RANKS - wordset("the")


def _rank(tok: Token) -> bool:
    """Whether a token is a title or rank written before a name ("Lt.", "Gen.", "Director", "Sen.")."""
    return tok.text[:1].isupper() and tok.lower_.rstrip(".") in _TITLE_RANKS


def clean_name(name: str) -> str:
    """Drop honorifics and what precedes them, a leading article and a trailing possessive.

    "Mr Corbyn's" -> "Corbyn"; "Green Beret Sgt Joe Serna" -> "Joe Serna". "The" is dropped only as the first word:
    inside a name it is the name's own ("Correct the Record", "the Office of the Inspector General", "the Vox Populi
    (Voice of the People) column", shown as "Record", "Inspector General", "People" before session 15).
    """
    words = name.replace("’", "'").split()
    titled = [
        i
        for i, w in enumerate(words[:-1])
        if w.lower().rstrip(".") in SPEAKER_TITLES and (i == 0 or w.lower() != "the")
    ]
    if titled:
        words = words[titled[-1] + 1 :]
    name = without_outlet(" ".join(words))
    bracket = name.find("(")
    if bracket > 0 and ")" not in name[bracket:]:
        name = name[:bracket]  # the tagger's span ends inside a bracket: "Vox Populi (Voice of the People"
    # "― Jacklyn Ashley" (a signature's dash), 'Marcia "Cia" Price' cut at the nickname's mark
    return re.sub(r"'s?$", "", name).strip(' ,."“”-' + LONG_DASHES)


#: Outlets' words in lower case, longest first, without a leading article: "washington post" before "post".
_OUTLET_WORDS = sorted({tuple(o.lower().removeprefix("the ").split()) for o in NEWS_OUTLETS}, key=len, reverse=True)
#: Words that follow an outlet's name in the name of one of its parts or programmes ("Fox News Sunday", "CNN
#: Tonight", "Washington Post Magazine"): the span is then the outlet's, and stays whole.
_OUTLET_PARTS = frozenset("news sunday tonight today live morning magazine radio online editorial opinion".split())
#: Words of an outlet's company or service ("NBC Universal", "CBS Corp.", "BBC World Service", "CNN International"):
#: a name after the outlet holding one is the outlet's body speaking, no person (review26: shown as "Universal",
#: "Corp" before): the bodies' words the entity rules know ("corp", "inc" among their suffixes) and these.
_OUTLET_BODY_WORDS = ORG_SUFFIXES | SECTOR_WORDS | frozenset("co co. universal international world service".split())


def without_outlet(name: str) -> str:
    """A name with the news outlet glued before it dropped: "The Washington Post Trump" -> "Trump".

    Why: "In an interview with The Washington Post Trump said" has no comma between the outlet and the speaker, and
    the tagger runs both into one span, shown as the speaker "Washington Post Trump" (session 14's blind reading).
    An outlet alone ("The Washington Post"), or with one of its programmes ("Fox News Sunday"), stays as written.
    """
    words = name.split()
    lower = [re.sub(r"['’]s?$", "", w.lower()) for w in words]  # "Fox News' Sean Hannity": the outlet's host
    skip = 1 if lower[:1] == ["the"] else 0
    for outlet in _OUTLET_WORDS:
        end = skip + len(outlet)
        rest = words[end:]
        if tuple(lower[skip:end]) != outlet or not rest:
            continue
        if len(outlet) == 1 and not skip and not words[0].isupper() and lower[0] == words[0].lower():
            # One word in small letters, no article, no possessive: a given name or a word too ("Post Malone",
            # "Hill Harper", "Fox Butterfield", "Times Square"); "the Post Trump", "Fox's Sean Hannity" are outlets
            return name
        if (
            all(w[:1].isupper() for w in rest)
            and lower[end] not in _OUTLET_PARTS
            and not any(w in _OUTLET_BODY_WORDS for w in lower[end:])
        ):
            return " ".join(rest)
        return name
    return name


def surname_key(name: str) -> str:
    """The surname of a name, in lower case: its last word that is no generational suffix.

    "John F. Kennedy Jr" is a Kennedy: keyed under "jr" he was no one his wife "Carolyn Bessette Kennedy" could be
    told from, and a bare "Kennedy" became her (his own words given to her in a DUC brief).
    """
    return surname(name).lower()


#: Kin nouns that tell whether the person named with them is the elder or the younger of a family.
_KIN_AGE = {
    **dict.fromkeys(("father", "mother", "dad", "grandfather", "grandmother"), "elder"),
    **dict.fromkeys(("son", "daughter", "grandson", "granddaughter"), "younger"),
}


def _age_marker(tok: Token) -> str | None:
    """The age word a surname at ``tok`` is written with ("the elder Bush", "the younger Chavez"), else ``None``."""
    for c in tok.children:
        if c.dep_ == "amod" and c.lower_ in ("elder", "younger"):
            return c.lower_
    prev = tok.nbor(-1) if tok.i > 0 else None
    return prev.lower_ if prev is not None and prev.lower_ in ("elder", "younger") else None


def _honorific_gender(tok: Token) -> str | None:
    """The gender of the honorific right before a bare surname ("Mrs. Smith", "Mr Smith"), or ``None``."""
    doc = tok.doc
    j = tok.i - 1
    while j >= 0 and doc[j].text == ".":
        j -= 1
    return HONORIFIC_GENDER.get(doc[j].lower_.rstrip(".")) if j >= 0 else None


class ArticleNames:
    """Names of one article: expansion of surnames, genders, and the history that pronouns point into."""

    def __init__(self, index: DocIndex) -> None:
        self.index = index
        doc = index.doc
        # surname -> most frequent multi-word form ("Nick Boles" over a one-off "Tory Nick Boles")
        forms: dict[str, Counter[str]] = {}
        for ent in index.persons:
            name = coordinated_name(ent) or clean_name(ent.text)  # "Khizr and Ghazala Khan": Khizr Khan
            if name:
                forms.setdefault(surname_key(name), Counter())[name] += 1
        self.full = {key: fullest(c) for key, c in forms.items()}
        # surname -> the distinct people who bear it ("Andrea Smith" and her father "Richard Smith")
        self.family = {key: people for key, c in forms.items() if len(people := people_of(c)) > 1}
        # full-name mentions of a shared surname, in text order: (start, end, person, speaks, is a subject)
        self._withheld: set[str] = set()  # surnames canonical() kept bare for an honorific's gender or an age
        self.family_mentions: list[tuple[int, int, str, bool, bool]] = []
        for ent in index.persons:
            name = clean_name(ent.text)
            if len(name.split()) > 1 and surname_key(name) in self.family and not index.inside(ent.start_char):
                root = ent.root
                while root.dep_ in ("compound", "appos") and root.head is not root:
                    root = root.head
                subj = root.dep_ in ("nsubj", "nsubjpass")
                speaks = subj and is_speech(root.head)
                self.family_mentions.append((ent.start_char, ent.end_char, self.canonical(name), speaks, subj))
        self.established = self._established()
        self.gender = self._genders()
        # (offset, name), kept sorted: people who are the main subject of a sentence, plus speakers
        self.history: list[tuple[int, str]] = []
        for ent in index.persons:
            if index.inside(ent.start_char):
                continue
            root = ent.root
            while root.dep_ in ("compound", "appos") and root.head is not root:
                root = root.head
            if root.dep_ in ("nsubj", "nsubjpass") and root.head.dep_ in ("ROOT", "conj"):
                self.remember(ent.start_char, self.canonical(ent.text, ent[-1]))
        for tok in doc:  # surnames the model did not tag here ("Sanders, well aware of ..., considered")
            if (
                tok.dep_ == "nsubj"
                and not tok.ent_type_
                and tok.text.lower() in self.full
                and tok.head.dep_ == "ROOT"
                and not index.inside(tok.idx)
            ):
                self.remember(tok.idx, self.canonical(tok.text, tok))

    def org_speaker(self, ent: Span) -> str:
        """The speaker an organisation's span gives: the person it is the title of ("retired Army Lt. Gen. Michael
        Flynn": :func:`titled_person`), else the body itself."""
        held = titled_person(ent)
        return self.canonical(held.text, held[-1]) if held is not None else clean_name(ent.text)

    def _established(self) -> dict[str, str]:
        """Shared surname -> the person its bare form first stood for, where only one of them had been named.

        "Sen. Ted Cruz ... Cruz said ... his father, Rafael Cruz": the bare "Cruz" was Ted before Rafael
        came in, and a reporter who keeps it for Ted names the others in full.
        """
        out = {}
        for key, people in self.family.items():
            first = next((t.idx for t in self.index.doc if t.lower_ == key and self._bare(t)), None)
            named = {m[2] for m in self.family_mentions if first is not None and m[0] < first and m[2] in people}
            if len(named) == 1:
                out[key] = named.pop()
        return out

    def _bare(self, tok: Token) -> bool:
        """Whether ``tok`` is a surname written alone ("Cruz said"), outside quotes, not part of a full name."""
        if not tok.text[:1].isupper() or self.index.inside(tok.idx):
            return False
        ent = self.index.ent_of(tok)
        return len(clean_name(ent.text if ent is not None else tok.text).split()) == 1

    def _genders(self) -> dict[str, str]:
        """Gender of each person where the article shows it: an honorific, else the pronouns that follow.

        A pronoun subject of the sentence right after a sentence whose subject is the person votes for
        that person's gender; a person needs a clear majority to be given one.
        """
        votes: dict[str, Counter[str]] = {}
        doc = self.index.doc
        for ent in self.index.persons:
            prev = doc[ent.start - 1].lower_.rstrip(".") if ent.start else ""
            g = HONORIFIC_GENDER.get(prev) or HONORIFIC_GENDER.get(ent[0].lower_.rstrip("."))
            # "Her father, Richard Smith," / "Jane Wilson, his wife,": a family or role noun in apposition
            root = ent.root
            if not g and root.dep_ == "appos":
                g = ROLE_GENDER.get(root.head.lower_)
            if not g:
                roles = [c.lower_ for c in root.children if c.dep_ == "appos" and c.lower_ in ROLE_GENDER]
                g = ROLE_GENDER[roles[0]] if roles else None
            if g:
                votes.setdefault(self.canonical_key(ent.text), Counter())[g] += 3
        last: str | None = None
        for sent in doc.sents:
            subj = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"), None)
            if subj is None:
                continue
            ent = self.index.ent_of(subj)
            if ent is not None and ent.label_ == "PERSON":
                last = self.canonical_key(ent.text)
            elif subj.lower_ in PRONOUN_GENDER:
                # "Robby Mook acknowledged ..., he said": a person subject earlier in the same sentence is the one
                # the pronoun goes on about, not the previous sentence's subject (who would be given his gender)
                inner = self._clause_subjects(subj)
                key = self.canonical_key(inner[0].text) if inner else last
                if key:
                    votes.setdefault(key, Counter())[PRONOUN_GENDER[subj.lower_]] += 1
        out = {}
        for key, c in votes.items():
            (top, n), *rest = [*c.most_common(), ("", 0)]
            if n > 2 * rest[0][1]:
                out[key] = top
        return out

    def canonical_key(self, name: str) -> str:
        """The key a person's mentions share: the surname, or the full name where people share the surname.

        A bare surname that several people bear keeps its own key: it is nobody in particular until the text
        decides (:meth:`resolve`), and never merges two people (issue 11).
        """
        cleaned = clean_name(name)
        if not cleaned:
            return ""
        surname = surname_key(cleaned)
        if surname in self.family and len(cleaned.split()) > 1:
            return self.canonical(cleaned).lower()
        return surname

    def canonical(self, name: str, tok: Token | None = None) -> str:
        """The article's fullest form of a person's name.

        Where two or more people share the surname, a full name stays that person's ("Andrea Smith" is never
        her father "Richard Smith"), and a bare surname becomes a full name only where the text around
        ``tok`` decides (:meth:`resolve`); otherwise it stays as written.
        """
        name = clean_name(name)
        words = name.split()
        if not words:
            return name
        if len(words) == 1 and tok is not None and (age := _age_marker(tok)) is not None:
            return self._by_age(name, age)
        people = self.family.get(surname_key(name))
        if people is not None:
            if len(words) > 1:
                return next((p for p in people if same_person(name, p)), name)
            return (self.resolve(people, tok) if tok is not None else None) or name
        full = self.full.get(surname_key(name))
        if not full or len(full.split()) < len(words):
            return name
        if len(words) == 1 and tok is not None and self._other_gender(full, tok):
            self._withheld.add(name.lower())
            return name  # "Mrs. Yeltsin" beside the one full name "Boris Yeltsin": his wife, not him
        return full

    def _by_age(self, surname: str, age: str) -> str:
        """Who "the elder Chavez" or "the younger Bush" is: the one person of that surname the text says is the
        elder (or younger) one ("Chavez's father, Hugo de los Reyes Chavez"; "his son, George W. Bush"), else the
        surname as written. The marker says two people bear it, so the one full name of the article is no answer alone
        (the elder Bush is not "George W. Bush" because only the son is named in full)."""
        key = surname.lower()
        people = list(self.family.get(key) or ([self.full[key]] if key in self.full else []))
        # a parent named only in apposition ("Chavez's father, Hugo de los Reyes Chavez,": the tagger took "Hugo"
        # for an event) is one of them too
        people += [p for p in self._ages if surname_key(p) == key and p not in people]
        found = [p for p in people if self._ages.get(p) == age]
        if not found and len(people) == 2:  # two of the name, the other one the younger (or elder)
            found = [p for p in people if p not in self._ages and any(self._ages.get(o) for o in people if o != p)]
        if len(found) == 1:
            return found[0]
        self._withheld.add(key)  # nothing here says which: never the one full name by the ranker's choice either
        return surname

    @cached_property
    def _ages(self) -> dict[str, str]:
        """People the text names as someone's parent ("elder") or child ("younger"): a kin noun with a name in
        apposition, right after it, or in apposition to a name ("Chavez's father, Hugo de los Reyes Chavez", "his
        son George W. Bush", "George H.W. Bush, the father of the governor")."""
        ages: dict[str, str] = {}
        for tok in self.index.doc:
            age = _KIN_AGE.get(tok.lower_)
            if age is None:
                continue
            named = [c for c in tok.children if c.dep_ == "appos"]
            if tok.dep_ in ("compound", "appos"):
                named.append(tok.head)  # "his son George W. Bush", "George H.W. Bush, the father of ...": the head
            for t in named:
                ent = self.index.ent_of(t)
                if ent is None or ent.label_ != "PERSON":
                    continue
                # the whole name before the tagged surname ("Hugo de los Reyes Chavez", the tagger's "Chavez")
                name = clean_name(self.index.doc[min(t.left_edge.i, ent.start) : ent.end].text)
                if len(name.split()) > 1 and name[:1].isupper():
                    ages.setdefault(self.canonical(name), age)
        return ages

    def _other_gender(self, full: str, tok: Token) -> bool:
        """Whether the honorific before a bare surname at ``tok`` ("Mrs.", "Mr.") gives another gender than the
        first name of ``full``, the one person of the article named in full with that surname."""
        g = _honorific_gender(tok)
        given = {"male": _MALE, "female": _FEMALE}.get(first_name_gender(full.split()[0]) or "")
        return g is not None and given is not None and g != given

    def withheld(self, name: str | None) -> bool:
        """Whether ``name`` is a bare surname that :meth:`canonical` found with an honorific of the other gender
        than the one person the article names in full with it ("Mrs. Yeltsin" beside "Boris Yeltsin"): two
        people bear it, and a bare mention is neither for sure."""
        return bool(name) and name.lower() in self._withheld

    def ambiguous(self, name: str | None) -> bool:
        """Whether ``name`` is a bare surname that several people of the article bear ("Smith" of two Smiths)."""
        return bool(name) and len(name.split()) == 1 and name.lower() in self.family

    def resolve(self, people: list[str], tok: Token) -> str | None:
        """Which of the people sharing a surname a bare mention at ``tok`` is, where the text decides.

        An honorific's gender ("Mrs. Smith") when one person alone has that gender in the article (or by the given
        name, where the article shows none); among several, a relative who spoke in full nearby, else the one not
        introduced as somebody's kin (:func:`~newsbrief.analyse.same_person.titled_candidates`); else the
        full-name mentions of the family in the same and the previous paragraph before ``tok``: one person
        alone, or the latest one who is the subject of a speech verb ("Her father, Richard Smith, said ..."), or
        else of any verb;
        else, when none of them is named in full there, the person the bare surname stood for from its first use
        (:meth:`_established`). ``None`` when nothing decides: a wrong speaker is worse than none.
        """
        g = _honorific_gender(tok)
        own = None  # "Mr. Noor" beside "Rashid Noor" and "their son, Karim Noor": the one not introduced as kin
        if g is not None:  # "Mrs. Smith" is none of the men (nor "Mr. Khan" his wife Ghazala, by her given name)
            genders = {p: self._gender_of(p) for p in people}
            people = gender_fit(g, people, genders)
            if len(people) <= 1:
                return people[0] if people else None
            story_own = titled_candidates(g, people, genders, self._kin, by_known=False)
            own = story_own[0] if len(story_own) == 1 < len(people) else None
        text = self.index.text
        para = text.rfind("\n", 0, tok.idx)
        while para > 0 and text[para - 1] == "\n":
            para -= 1
        lo = text.rfind("\n", 0, max(0, para)) if para > 0 else -1
        seen = [m for m in self.family_mentions if lo < m[0] and m[1] <= tok.idx and m[2] in people]
        if own is not None:  # a relative who just spoke in full may be the "Mr." meant; else the story's own man
            speakers = [m for m in seen if m[3]]
            return speakers[-1][2] if speakers else own
        if len({m[2] for m in seen}) == 1:
            return seen[0][2]
        for flag in (3, 4):  # a speaker, else a subject ("Former President Bill Clinton criticized ...")
            subjects = [m for m in seen if m[flag]]
            if subjects:
                return subjects[-1][2]
        est = self.established.get(surname_key(people[0]))
        return est if est in people and not seen else None

    def _gender_of(self, person: str) -> str | None:
        """A person's gender ("m"/"f") as the article shows it (:meth:`_genders`), else by the given name."""
        known = self.gender.get(person.lower())
        if known is None and len(person.split()) > 1:
            known = {"male": _MALE, "female": _FEMALE}.get(first_name_gender(person.split()[0]) or "")
        return known

    @cached_property
    def _kin(self) -> frozenset[str]:
        """People of a shared surname the article introduces through a kinship noun ("their son, Capt. Karim Noor")."""
        return frozenset(
            self.canonical(name)
            for ent in self.index.persons
            if len((name := clean_name(ent.text)).split()) > 1
            and surname_key(name) in self.family
            and after_kin(ent.doc, ent.start)
        )

    def remember(self, offset: int, name: str) -> None:
        """Add a named speaker or subject at ``offset`` (the history stays sorted)."""
        bisect.insort(self.history, (offset, name))

    def _clause_subjects(self, pronoun: Token) -> list[Span]:
        """The people named as the subject of a clause of ``pronoun``'s sentence before it, in text order.

        "Clinton campaign manager Robby Mook acknowledged ..., which is an outcome, he said": Mook, the subject of
        a clause of the pronoun's own sentence (the parser may hang "acknowledged" under "said", so no main clause
        holds him). Words inside quotation marks are someone's speech, not the sentence's people.
        """
        out = []
        for ent in self.index.persons:
            if ent.sent != pronoun.sent or ent.end > pronoun.i or self.index.inside(ent.start_char):
                continue
            root = ent.root  # "his aide, Robby Mook," the subject; not "Clinton" of "Clinton campaign manager Mook"
            while root.dep_ == "appos" and root.head is not root:
                root = root.head
            # not the subject of quoted words ('Clinton "caused tremendous havoc," he said': what he said of her),
            # nor of a subordinate clause ("in the event that Clinton faces Trump, she replied", "When Sanders ...")
            verb = root.head
            subordinate = verb.dep_ in ("advcl", "relcl", "acl", "pcomp") or any(
                c.dep_ == "mark" for c in verb.children
            )
            # what the pronoun's own verb reports ("Also, Trump isn't a conservative, he said") unless it is itself
            # a report ("Mook acknowledged ..., he said": the parser hangs it on "said")
            reported = verb.dep_ == "ccomp" and verb.head.i == pronoun.head.i and not is_speech(verb)
            if (
                root.dep_ in ("nsubj", "nsubjpass")
                and root.i < pronoun.i
                and not self.index.inside(verb.idx)
                and not subordinate
                and not reported
            ):
                out.append(ent)
        return out

    def interrupted(self, pronoun: Token) -> str | None:
        """The person a parenthetical "<name>, she said, ..." interrupts: the name right before ", <pronoun> <verb>"
        that is the subject of another verb (the clause the pronoun's speaker reports), else ``None``.

        Why (issue 11, session 19's blind reading): in "Mrs. Clinton praised her ally, and Ms. Warren, she said,
        'exposes him for what he is'" the words were credited to Warren, the last woman named; the pronoun's
        sentence reports what Warren does, and a speaker who meant herself would say "I" (binding theory's condition
        C: a pronoun is never the name inside the clause it governs). That name is no candidate for the pronoun."""
        doc, i = pronoun.doc, pronoun.i
        if i < 2 or doc[i - 1].text != "," or not is_speech(pronoun.head) or pronoun.head.i != i + 1:
            return None
        ent = self.index.ent_of(doc[i - 2])
        if ent is None or ent.label_ != "PERSON" or ent.end != i - 1:
            return None
        root = ent.root
        if root.dep_ not in ("nsubj", "nsubjpass") or root.head.i == pronoun.head.i:
            return None
        return self.canonical(ent.text, ent[-1])

    def clause_subject(self, pronoun: Token, skip: str | None = None) -> str | None:
        """The person a subject pronoun stands for inside its own sentence, or ``None`` (then :meth:`nearest`).

        The first named clause subject before the pronoun that agrees in gender (Lappin and Leass 1994: the same
        sentence and the subject role outrank recency; the sentence's first subject is its main one: "Trump said
        Clinton lied, and he ..." is Trump). Agreement is the article's gender of the person; where the article
        shows none, a given name the dictionary holds as the other gender rules the person out ("Hillary Clinton"
        is no "he"): a veto only, the name never makes anyone the pronoun's person. ``skip``: a person the pronoun
        cannot be (:meth:`interrupted`).
        """
        gender = PRONOUN_GENDER.get(pronoun.lower_)
        for ent in self._clause_subjects(pronoun):
            name = self.canonical(ent.text, ent[-1])
            if name == skip:
                continue
            known = self.gender.get(self.canonical_key(name))
            if known is None:
                given = first_name_gender(name.split()[0]) if len(name.split()) > 1 else None
                known = {"male": _MALE, "female": _FEMALE}.get(given or "")
            if gender is None or known is None or known == gender:
                return name
        return None

    def nearest(self, before: int, gender: str | None = None, skip: str | None = None) -> str | None:
        """The person mentioned last before ``before`` whose gender agrees, other than ``skip`` (:meth:`interrupted`):
        what "he said" points to."""
        k = bisect.bisect_left(self.history, (before, ""))
        for pos in range(k - 1, max(-1, k - 40), -1):
            name = self.history[pos][1]
            if name == skip:
                continue
            if gender is None or self.gender.get(self.canonical_key(name), gender) == gender:
                return name
        return None
