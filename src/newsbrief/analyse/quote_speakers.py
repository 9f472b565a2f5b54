"""Who a speech verb's subject is: names, pronouns and role nouns of one article.

The second half of :mod:`newsbrief.analyse.quotes`: given the subject token of a speech verb, name the
person. Proper names are expanded to the article's fullest form ("Mr Gapes" -> "Mike Gapes");
pronouns and singular role nouns ("the senator", "his spokesman") go to the nearest preceding
person who is compatible in gender (Lappin and Leass 1994's agreement filter, then recency): gender
comes from the article itself (an honorific "Mr."/"Mrs."/"Ms." before the name, or the pronouns that
follow the person's mentions as subjects), never from a guess about a first name. Indefinite and plural
subjects ("a witness", "officials") stay ``None``: unattributed rather than a guess.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from typing import TYPE_CHECKING

from newsbrief.analyse._entity_evidence import first_name_gender
from newsbrief.analyse.quote_documents import DOCUMENT_NOUNS, document_before, document_issuer, document_owner
from newsbrief.analyse.quote_index import DocIndex
from newsbrief.analyse.same_person import fullest, people_of, same_person

if TYPE_CHECKING:
    from spacy.tokens import Token


def wordset(words: str) -> frozenset[str]:
    """A set from a whitespace-separated word list (long lists stay readable in the source)."""
    return frozenset(words.split())


_MALE, _FEMALE = "m", "f"
_PRONOUN_GENDER = {"he": _MALE, "him": _MALE, "his": _MALE, "she": _FEMALE, "her": _FEMALE, "hers": _FEMALE}
_PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
_TITLES = wordset(
    """mr mrs ms miss dr prof sir dame lord lady sen senator rep gov president rev father sgt judge
    the"""
)
_HONORIFIC_GENDER = {"mr": _MALE, "sir": _MALE, "lord": _MALE, "mrs": _FEMALE, "ms": _FEMALE, "miss": _FEMALE}
_HONORIFIC_GENDER |= {"dame": _FEMALE, "lady": _FEMALE}
#: Role nouns that carry a gender ("the congresswoman" is not the last man named).
_ROLE_GENDER = {
    w: _FEMALE
    for w in "woman congresswoman chairwoman spokeswoman businesswoman mother wife daughter sister girl".split()
} | {w: _MALE for w in "man congressman chairman spokesman businessman father husband son brother boy".split()}
#: Capitalised words before a colon that label rather than name ("Editor's Note:", "UPDATE:").
_LABELS = wordset(
    """note editor editors update updated correction photo photos video watch read related breaking
    exclusive source sources live warning question answer q a transcript"""
)
#: A signature after a closing mark: '"..." ― Carla Sanchez' ending its line, or before a comma or bracket.
_SIGNATURE = re.compile(
    r"[\"”’'`]{1,2}[^\S\n]*[―—–-][^\S\n]*"  # spaces, not line breaks (a no-break space too: "―\xa0Name")
    r"(?P<name>[A-Z][\w'’.-]*(?:[^\S\n]+(?:[A-Z][\w'’.-]*|de|van|von|del|da|la|al|bin)){0,5})"
    r"[^\S\n]*(?=$|\n|[,;(])"
)
#: Verbs that put their speaker after them with no hearer between ("said Malkan,", "added Smith:").
_INVERTED = wordset("say add write continue explain recall note reply respond insist declare state argue conclude")
_NOT_PEOPLE = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC", "DATE", "TIME", "EVENT", "PRODUCT", "LAW"})
_CLIMB = frozenset({"advcl", "xcomp", "conj", "pcomp", "acl", "prep", "pobj", "ccomp"})


def clean_name(name: str) -> str:
    """Drop honorifics and what precedes them, a leading article and a trailing possessive.

    "Mr Corbyn's" -> "Corbyn"; "Green Beret Sgt Joe Serna" -> "Joe Serna".
    """
    words = name.replace("’", "'").split()
    titled = [i for i, w in enumerate(words[:-1]) if w.lower().rstrip(".") in _TITLES]
    if titled:
        words = words[titled[-1] + 1 :]
    name = " ".join(words)
    # "― Jacklyn Ashley" (a signature's dash), 'Marcia "Cia" Price' cut at the nickname's mark
    return re.sub(r"'s?$", "", name).strip(" ,.\"“”―—–-")


def according_to(tok: Token) -> Token | None:
    """The object of ``according to`` when ``tok`` is "according"."""
    if tok.lower_ == "according":
        for child in tok.children:
            if child.lower_ == "to":
                return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def subject(verb: Token, index: DocIndex) -> Token | None:
    """The grammatical speaker of a speech verb.

    Climbs from participles and infinitives that have no subject of their own ("..., telling the
    audience", "was quoted as saying") to the clause that has one; "X quoted Y as saying" gives Y.
    """
    pobj = according_to(verb)
    if pobj is not None:
        return pobj
    document = document_before(verb)
    if document is not None:
        return document  # "a written disclaimer that CBS aired with its show, saying ...": the disclaimer says it
    tok = verb
    for _ in range(4):
        if tok.lemma_ == "quote":
            dobj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if dobj is not None:
                return dobj  # "the presidency quoted Eichmann's letter as saying"
        subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and not index.inside(c.idx)]
        # "A former candidate -- John McCain, who ... -- said": the parser gives the verb two subjects; the name
        subj = next((c for c in subjects if c.ent_type_ == "PERSON"), subjects[0]) if subjects else None
        if subj is not None:
            if subj.lower_ in ("which", "that", "who"):
                return tok.head if tok.dep_ == "relcl" else None  # "Urgant, who replied," -> Urgant
            return subj
        if tok.dep_ not in _CLIMB or tok.head is tok:
            break
        tok = tok.head
    return None


def _honorific_gender(tok: Token) -> str | None:
    """The gender of the honorific right before a bare surname ("Mrs. Smith", "Mr Smith"), or ``None``."""
    doc = tok.doc
    j = tok.i - 1
    while j >= 0 and doc[j].text == ".":
        j -= 1
    return _HONORIFIC_GENDER.get(doc[j].lower_.rstrip(".")) if j >= 0 else None


def _speech_lemma(tok: Token) -> bool:
    from newsbrief.analyse.quotes import _is_speech  # quotes imports this module: no cycle at import time

    return _is_speech(tok)


class Speakers:
    """Names of one article: expansion of surnames, genders, and the history that pronouns point into."""

    def __init__(self, index: DocIndex) -> None:
        self.index = index
        doc = index.doc
        # surname -> most frequent multi-word form ("Nick Boles" over a one-off "Tory Nick Boles")
        forms: dict[str, Counter[str]] = {}
        for ent in index.persons:
            name = clean_name(ent.text)
            if name:
                forms.setdefault(name.split()[-1].lower(), Counter())[name] += 1
        self.full = {key: fullest(c) for key, c in forms.items()}
        # surname -> the distinct people who bear it ("Andrea Smith" and her father "Richard Smith")
        self.family = {key: people for key, c in forms.items() if len(people := people_of(c)) > 1}
        # full-name mentions of a shared surname, in text order: (start, end, person, speaks, is a subject)
        self._withheld: set[str] = set()  # surnames canonical() kept bare for an honorific's gender
        self.family_mentions: list[tuple[int, int, str, bool, bool]] = []
        for ent in index.persons:
            name = clean_name(ent.text)
            if len(name.split()) > 1 and name.split()[-1].lower() in self.family and not index.inside(ent.start_char):
                root = ent.root
                while root.dep_ in ("compound", "appos") and root.head is not root:
                    root = root.head
                subj = root.dep_ in ("nsubj", "nsubjpass")
                speaks = subj and _speech_lemma(root.head)
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
            g = _HONORIFIC_GENDER.get(prev) or _HONORIFIC_GENDER.get(ent[0].lower_.rstrip("."))
            # "Her father, Richard Smith," / "Jane Wilson, his wife,": a family or role noun in apposition
            root = ent.root
            if not g and root.dep_ == "appos":
                g = _ROLE_GENDER.get(root.head.lower_)
            if not g:
                roles = [c.lower_ for c in root.children if c.dep_ == "appos" and c.lower_ in _ROLE_GENDER]
                g = _ROLE_GENDER[roles[0]] if roles else None
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
            elif last is not None and subj.lower_ in _PRONOUN_GENDER:
                votes.setdefault(last, Counter())[_PRONOUN_GENDER[subj.lower_]] += 1
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
        surname = cleaned.split()[-1].lower()
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
        people = self.family.get(words[-1].lower())
        if people is not None:
            if len(words) > 1:
                return next((p for p in people if same_person(name, p)), name)
            return (self.resolve(people, tok) if tok is not None else None) or name
        full = self.full.get(words[-1].lower())
        if not full or len(full.split()) < len(words):
            return name
        if len(words) == 1 and tok is not None and self._other_gender(full, tok):
            self._withheld.add(name.lower())
            return name  # "Mrs. Yeltsin" beside the one full name "Boris Yeltsin": his wife, not him
        return full

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

        An honorific's gender ("Mrs. Smith") when one person alone has that gender in the article; else the
        full-name mentions of the family in the same and the previous paragraph before ``tok``: one person
        alone, or the latest one who is the subject of a speech verb ("Her father, Richard Smith, said ..."), or
        else of any verb;
        else, when none of them is named in full there, the person the bare surname stood for from its first use
        (:meth:`_established`). ``None`` when nothing decides: a wrong speaker is worse than none.
        """
        g = _honorific_gender(tok)
        if g is not None:  # "Mrs. Smith" is none of the men
            people = [p for p in people if self.gender.get(p.lower(), g) == g]
            if len(people) <= 1:
                return people[0] if people else None
        text = self.index.text
        para = text.rfind("\n", 0, tok.idx)
        while para > 0 and text[para - 1] == "\n":
            para -= 1
        lo = text.rfind("\n", 0, max(0, para)) if para > 0 else -1
        seen = [m for m in self.family_mentions if lo < m[0] and m[1] <= tok.idx and m[2] in people]
        if len({m[2] for m in seen}) == 1:
            return seen[0][2]
        for flag in (3, 4):  # a speaker, else a subject ("Former President Bill Clinton criticized ...")
            subjects = [m for m in seen if m[flag]]
            if subjects:
                return subjects[-1][2]
        est = self.established.get(people[0].split()[-1].lower())
        return est if est in people and not seen else None

    def remember(self, offset: int, name: str) -> None:
        """Add a named speaker or subject at ``offset`` (the history stays sorted)."""
        bisect.insort(self.history, (offset, name))

    def nearest(self, before: int, gender: str | None = None) -> str | None:
        """The person mentioned last before ``before`` whose gender agrees: what "he said" points to."""
        k = bisect.bisect_left(self.history, (before, ""))
        for pos in range(k - 1, max(-1, k - 40), -1):
            name = self.history[pos][1]
            if gender is None or self.gender.get(self.canonical_key(name), gender) == gender:
                return name
        return None

    def _named_in(self, tok: Token) -> str | None:
        """The last PERSON named inside a subject phrase ("One of the founders of X, Brandy Wright").

        Relative clauses are left out ("the group that supports Mr Corbyn" is not Corbyn).
        """
        skip = {t.i for c in tok.children if c.dep_ in ("relcl", "acl", "advcl") for t in c.subtree}
        people = [
            self.canonical(e.text, e[-1])
            for t in tok.subtree
            if t.i not in skip and t.ent_type_ == "PERSON" and (e := self.index.ent_of(t)) is not None
        ]
        return people[-1] if people else None

    def _one_included(self, group: Token) -> str | None:
        """The one person a plural subject names as among the speakers: "Others, including ... Lindsey Graham, who
        sits on ..., had said"; ``None`` when it names nobody or several ("including Graham and Cruz": which one?)."""
        prep = next((c for c in group.children if c.dep_ == "prep" and c.lower_ == "including"), None)
        if prep is None:
            return None
        skip = {t.i for t in prep.subtree if t.dep_ in ("relcl", "acl") for t in t.subtree}
        people = {
            e.start: e
            for t in prep.subtree
            if t.i not in skip and t.ent_type_ == "PERSON" and (e := self.index.ent_of(t)) is not None
        }
        if len(people) != 1:
            return None
        ent = next(iter(people.values()))
        members, stack = set(), [c for c in prep.children if c.dep_ == "pobj"]
        while stack:  # what "including" names: its object, and the objects joined to it or set beside it
            tok = stack.pop()
            members.add(tok.i)
            stack.extend(c for c in tok.children if c.dep_ in ("conj", "appos"))
        if ent.root.i not in members:
            return None  # "including a close friend of John McCain": the friend spoke, not McCain
        return self.canonical(ent.text, ent[-1])

    def inverted(self, verb: Token) -> str | None:
        """The name right after a verb of saying that has no subject of its own: "And, said Malkan, '...'".

        The verb must be finite and come after a mark or open its sentence, the name end at a comma or colon, and
        the verb be one that takes no hearer ("told Malkan, '...'" is said to Malkan): the order of the words alone
        says who spoke.
        """
        if verb.lemma_.lower() not in _INVERTED or verb.tag_ not in ("VBD", "VBZ", "VBP"):
            return None  # not "saying Mr. Trump ''...''": a participle's next name is the subject of what follows
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return None
        doc = verb.doc
        if verb.i > 0 and not doc[verb.i - 1].is_punct and not verb.is_sent_start:
            return None  # inverted after a mark or at the start ("And, said Malkan"); "... him and said John Smith, 34,
            # '...'" shares the sentence's subject (the parser may not show it: a conjunct across sentences)
        i = verb.i + 1
        while i < len(doc) and doc[i].lower_.rstrip(".") in _TITLES:
            i += 1
        ent = self.index.ent_of(doc[i]) if i < len(doc) else None
        if ent is None or ent.label_ != "PERSON" or ent.start != i or ent.end >= len(doc):
            return None
        if doc[ent.end].text not in (",", ":"):
            return None
        return self.canonical(ent.text, ent[-1])

    def after_quote(self, end: int) -> str | None:
        """A name written right after a closing mark, before a verb that lost its subject: '"...," Kathy
        Fairbanks with the No on 37 campaign, which ..., told us' (the tagger may miss such a name).

        Two to four capitalised proper nouns right after the mark and its comma, not an organisation or place.
        """
        toks = self.index.tokens_after(end, 8)[1:]
        while toks and toks[0].is_punct:
            toks = toks[1:]
        run = []
        for tok in toks:
            if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.ent_type_ in _NOT_PEOPLE:
                break
            run.append(tok)
        if not 2 <= len(run) <= 4 or self.index.inside(run[0].idx):
            return None
        return self.canonical(" ".join(t.text for t in run), run[-1])

    def name_of(self, tok: Token, before: int) -> str | None:
        """The named speaker behind a subject token, resolving pronouns and "the judge"."""
        ent = self.index.ent_of(tok)
        if ent is not None and ent.label_ == "PERSON":
            return self.canonical(ent.text, ent[-1])
        if ent is not None and ent.label_ == "ORG":
            return clean_name(ent.text)
        appos = next((e for c in tok.children if c.dep_ == "appos" and (e := self.index.ent_of(c)) is not None), None)
        if appos is not None and appos.label_ == "PERSON":
            return self.canonical(appos.text, appos[-1])  # "his best friend at Lehigh, Bruce Turry,": the name given
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        role = tok.lower_ in _ROLE_GENDER or "spokes" in tok.lower_
        if tok.pos_ == "NOUN" and poss is not None and (poss.pos_ == "PRON" or poss.ent_type_ == "PERSON") and not role:
            return self.name_of(poss, before)  # "his letter", "Eichmann's letter"
        if tok.lemma_.lower() in DOCUMENT_NOUNS:
            # "his e-mail said", "the IMF report stated": the author named
            owner = document_owner(tok) or document_issuer(tok)
            if owner is not None and owner.pos_ == "PROPN" and self.index.ent_of(owner) is None:
                parts = [c for c in owner.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
                return self.canonical(" ".join(t.text for t in [*parts, owner]))  # "The Nulato Tribal Council"
            return self.name_of(owner, before) if owner is not None else None
        if tok.tag_ in ("NNS", "NNPS") or tok.lower_ == "others":
            # "officials said", "the lawsuit says": nobody named; "Others, including Sen. Lindsey Graham, said": he did
            return self._one_included(tok)
        named = self._named_in(tok)  # "the White House spokesman, Josh Earnest": the person, not the house
        if named is not None:
            return named
        for child in tok.children:
            if child.dep_ == "compound" and child.ent_type_ == "ORG":
                return self.name_of(child, before)  # "the Momentum group"
        for child in tok.children:
            if child.dep_ == "appos" and (child.ent_type_ == "ORG" or child.pos_ == "PROPN"):
                return self.name_of(child, before)
        dets = {c.lower_ for c in tok.children if c.dep_ == "det"}
        # a capitalised bare noun mid-sentence is a name the tagger missed ('," Hannity said')
        looks_named = tok.pos_ == "NOUN" and tok.text[:1].isupper() and not tok.is_sent_start and not dets
        if (tok.pos_ == "PROPN" or looks_named) and "the" not in dets:
            parts = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
            return self.canonical(" ".join(t.text for t in [*parts, tok]), tok)
        if tok.lower_ in _PRONOUN_GENDER:
            return self.nearest(before, _PRONOUN_GENDER[tok.lower_])
        if tok.lower_ in _PLURAL_PRONOUNS:
            return None  # "they said": several people, no one name
        if poss is not None and role:
            return None  # "his spokesman" unnamed: not the man himself
        if tok.pos_ in ("NOUN", "PROPN") and (dets == {"the"} or poss is not None) and tok.tag_ in ("NN", "NNP"):
            return self.nearest(before, _ROLE_GENDER.get(tok.lower_))  # "the judge said": named before
        return None

    def after_verb(self, verb: Token) -> str | None:
        """The speaker written after a verb that follows its quote: '"...," said Mr. Brock' (inversion).

        Only a name (or "the" + role noun) right after the verb counts; a parser that attached the name
        elsewhere does not matter here, since the order of the words alone says who spoke.
        """
        doc = verb.doc
        people = []  # "said former Vermont governor Howard Dean": the last person before the phrase ends
        for tok in doc[verb.i + 1 : verb.i + 9]:
            if tok.is_punct or self.index.inside(tok.idx) or tok.pos_ in ("VERB", "AUX", "ADP"):
                break
            ent = self.index.ent_of(tok)
            if ent is not None and ent.label_ == "PERSON" and (not people or people[-1] is not ent):
                people.append(ent)
        if people:
            return self.canonical(people[-1].text, people[-1][-1])
        i = verb.i + 1
        while i < len(doc) and i <= verb.i + 3 and (doc[i].lower_.rstrip(".") in _TITLES or doc[i].pos_ == "DET"):
            i += 1
        if i >= len(doc) or self.index.inside(doc[i].idx):
            return None
        tok = doc[i]
        ent = self.index.ent_of(tok)
        if ent is not None and ent.label_ in ("PERSON", "ORG"):
            return self.canonical(ent.text, ent[-1]) if ent.label_ == "PERSON" else clean_name(ent.text)
        if tok.pos_ == "PROPN" and tok.dep_ not in ("amod", "compound"):  # not "writes Nazi war criminal"
            j = i
            while j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN":
                j += 1
            return self.canonical(doc[i : j + 1].text, doc[j])
        if tok.pos_ == "NOUN" and doc[i - 1].lower_ == "the" and tok.tag_ == "NN":
            return self.nearest(verb.idx, _ROLE_GENDER.get(tok.lower_))
        return None

    def unnamed_after(self, verb: Token) -> bool:
        """Whether an unnamed speaker follows the verb: '"...," asked a friend', '... said one aide'."""
        doc = verb.doc
        nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
        return nxt is not None and nxt.lower_ in ("a", "an", "one", "another", "some") and nxt.head.pos_ == "NOUN"

    def before_colon(self, start: int) -> str | None:
        """'Pew Research: "..."' and a list headed "Rush Limbaugh:": the name just before a colon.

        The words between the colon and the start of their paragraph (or a dash before them, as in
        "HEADLINE - Jeffrey M. Jones:") must be a name: a tagged person or organisation, or one to five
        capitalised words that are not a label ("Editor's Note:", "Update:").
        """
        text = self.index.text
        window = text[max(0, start - 120) : start]
        head = window.rstrip("\"“‘'` \t\n")
        if not head.endswith(":"):
            return None
        colon = start - len(window) + len(head) - 1
        toks = self.index.tokens_before(colon, 1)
        ent = self.index.ent_of(toks[-1]) if toks else None
        if ent is not None and ent.label_ in ("PERSON", "ORG") and ent.end_char == colon:
            return self.canonical(ent.text) if ent.label_ == "PERSON" else clean_name(ent.text)
        cut = max(head.rfind("\n"), head.rfind(" - "), head.rfind(" — "), head.rfind(" – "))
        if cut < 0 and len(head) == len(window):  # the paragraph starts further back than the window
            return None
        words = head[cut + 1 : -1].strip(" -—–").split()
        if not 1 <= len(words) <= 5 or any(w.lower().strip("'’s") in _LABELS for w in words):
            return None
        if all(w[0].isupper() or w in ("of", "the", "de", "van", "von") for w in words) and words[0][0].isupper():
            return self.canonical(" ".join(words))
        return None

    def described(self, subj: Token) -> str | None:
        """A speaker the text describes but does not name: "an Atlanta police spokesman", "a White House official".

        Only a singular noun phrase that carries a name of its own (a proper noun or a tagged organisation,
        place or group: whose spokesman, which White House) is a description a reader can check; "a friend",
        "officials", "someone" and "the statement" describe nobody in particular and stay unattributed. The
        phrase is the subject's words up to the noun and its "of"/"for"/"at" phrase, relative clauses and
        appositions left out, at most eight words.
        """
        if subj.pos_ != "NOUN" or subj.tag_ != "NN" or subj.lemma_.lower() in DOCUMENT_NOUNS:
            return None
        subjects = [c for c in subj.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) > 1 or any(c.dep_ == "appos" for c in subj.children):
            return None  # "A former candidate -- John McCain, ..." is named: not a description to show
        keep = [subj, *(t for c in subj.lefts for t in c.subtree)]
        for c in subj.rights:
            if c.dep_ == "prep" and c.lower_ in ("for", "at", "with"):  # not "a number of refugees from Iraq"
                keep.extend(c.subtree)
        toks = sorted(keep, key=lambda t: t.i)
        if any(t.text in ",;()\"“”-" or self.index.inside(t.idx) for t in toks) or len(toks) > 8:
            return None
        doc = subj.doc
        if toks[-1].i - toks[0].i + 1 != len(toks):  # not one run of words
            return None
        if toks[-1].i + 1 < len(doc) and doc[toks[-1].i + 1].text == "-" and not toks[-1].whitespace_:
            return None  # "Blaze co-host": the tokenizer cut a word the phrase would end inside
        if not any(t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") for t in toks):
            return None
        words = [t.text_with_ws for t in toks]
        if toks[0].pos_ == "DET":
            words[0] = words[0].lower()
        return "".join(words).strip()

    def signed(self, end: int) -> str | None:
        """The name signing a quote: '"...," ― Carla Sanchez' (lists of readers' or voters' words, letters).

        The name must follow the closing mark and a dash and end its line (or meet a comma or a bracket:
        "― Hillary Clinton, 2016"); "Editor's Note" and other labels do not sign.
        """
        m = _SIGNATURE.match(self.index.text, end)
        if m is None:
            return None
        words = [w.lower().strip(".'’") for w in m.group("name").split()]
        if any(len(w) > 1 and w.removesuffix("'s") in _LABELS for w in words):  # not the "A." of a name
            return None
        return self.canonical(m.group("name"))

    def left_person(self, verb: Token) -> str | None:
        """Fallback for a verb the parser left without subject: the last person before it."""
        found = self.index.persons_between(verb.sent.start_char, verb.idx)
        ents = [e for e in found if not self.index.inside(e.start_char)]
        return self.canonical(ents[-1].text, ents[-1][-1]) if ents else None

