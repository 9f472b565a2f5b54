"""Where a speech verb's speaker stands in the parse (the first half of finding a quote's speaker in the words
around it): the verb's subject, past asides set off by commas and through the clauses it hangs from; a
participle's reporter; whether a clause could speak at all; a crowd's chant.

What the words found there name is :class:`newsbrief.analyse.quote_speakers.Speakers`' (the article's names).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbrief.analyse.quote_documents import document_before
from newsbrief.analyse.quote_inverted import person_noun
from newsbrief.analyse.quote_verbs import according_to, is_speech
from newsbrief.text.lexicon import RELATIVE_PRONOUNS
from newsbrief.text.lexicon import words as wordset

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from newsbrief.analyse.quote_index import DocIndex

_CLIMB = frozenset({"advcl", "xcomp", "conj", "pcomp", "acl", "prep", "pobj", "ccomp"})


def _aside(seg: Span) -> bool:
    """Whether a stretch between two commas is an aside that a subject may stand before: a relative clause ("who
    sits at zero such endorsements"), a participle's phrase ("asked about the deaths of journalists") or an adverb
    alone ("meanwhile")."""
    first = seg[0]
    # the tagger often reads a past participle as a past tense ("asked" VBD): one with no subject of its own
    subjectless = not any(c.dep_ in ("nsubj", "nsubjpass") for c in first.children)
    if first.lower_ in RELATIVE_PRONOUNS or first.tag_ in ("VBN", "VBG") or (first.tag_ == "VBD" and subjectless):
        return True
    return len(seg) == 1 and first.pos_ == "ADV"


def subject_before_aside(verb: Token, index: DocIndex) -> Token | None:
    """The name a finite verb with no subject follows across asides set off by commas: "Sanders, meanwhile, who sits
    at zero such endorsements, said", "after Mr. Trump, asked about the deaths of journalists under Mr. Putin, had
    said". The parser loses such subjects (it read "Sanders" as a plural noun, "Trump" as the object of "after");
    the name must end the stretch before the first aside, so an object inside an aside ("Putin") is never taken, nor
    a name that only completes another noun's phrase ("a spokesman for Sanders", "supporters of Sanders").
    ``None`` when the verb has a subject, is no finite verb, or no aside stands right before it."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if verb.tag_ not in ("VBD", "VBZ", "VBP") and not any(a.tag_ in ("VBD", "VBZ", "VBP", "MD") for a in aux):
        return None
    doc, first = verb.doc, min([verb.i, *(a.i for a in aux)])
    commas = [t.i for t in doc[verb.sent.start : first] if t.text == ","]
    if not commas or commas[-1] != first - 1 or any(index.inside(t.idx) for t in doc[verb.sent.start : first]):
        return None
    end, asides = commas.pop(), 0
    while commas and _aside(doc[commas[-1] + 1 : end]):
        end, asides = commas.pop(), asides + 1
    if not asides:
        return None
    name = doc[end - 1] if end > verb.sent.start else None
    if name is None or not name.text[:1].isupper():
        return None
    if name.dep_ == "pobj" and name.head.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return None  # "A spokesman for Sanders, meanwhile, who ..., said": the spokesman speaks (review40)
    return name if name.ent_type_ == "PERSON" or name.pos_ in ("PROPN", "NOUN") else None


def _participle_head(verb: Token) -> Token:
    """Where a verb the parser hung as a bare "dep" on the participle of an aside looks for its subject: "The wife of
    Tom Reed, asked about the verdict, said" is parsed with "asked" as the root and "wife" its subject; the speaker is
    that subject, never a name in the phrase around it (``left_person`` took "Tom Reed"). Only a subjectless verb right
    after a comma, on a past participle or tense before it; else the verb itself."""
    head = verb.head
    if (
        verb.dep_ != "dep"
        or head.i >= verb.i
        or head.tag_ not in ("VBD", "VBN")
        or verb.doc[verb.i - 1].text != ","
        or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        return verb
    return head


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
    aside = subject_before_aside(verb, index)
    if aside is not None:
        return aside
    tok = _participle_head(verb)
    for _ in range(4):
        if tok.lemma_ == "quote":
            dobj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if dobj is not None:
                return dobj  # "the presidency quoted Eichmann's letter as saying"
        subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and not index.inside(c.idx)]
        if not subjects and tok is verb and verb.tag_ in ("VBD", "VBZ", "VBP"):
            # '"...," Conway notes': the parser read "Conway notes" as a noun and hung the name on the verb
            subjects = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i][-1:]
        # "A former candidate -- John McCain, who ... -- said": the parser gives the verb two subjects; the name
        subj = next((c for c in subjects if c.ent_type_ == "PERSON"), subjects[0]) if subjects else None
        if subj is not None:
            if subj.lower_ in ("which", "that", "who"):
                return tok.head if tok.dep_ == "relcl" else None  # "Urgant, who replied," -> Urgant
            return subj
        if tok.dep_ not in _CLIMB or tok.head is tok:
            break
        tok = _reporter(tok, index) if tok is verb else tok.head
    return None


def _reporter(participle: Token, index: DocIndex) -> Token:
    """Where a participle of saying climbs to find its subject: past a clause that a speech verb reports, to that
    verb ('Trump told Newsmax that Mitt Romney "had a crazy policy," adding, "He lost ..."': Trump adds, not Romney;
    'Cardin said that Republicans rejected his attempts, calling it an "area of contention"': Cardin calls). The
    parser hangs such a participle on the nearest verb, which is often the reported one; else the participle's head.
    A head that is itself a speech verb keeps the participle ('Comey cannot say that ..., Lewandowski added,
    saying': Lewandowski's), and a reporting verb inside a quote is nobody's narration. Past a clause whose subject
    could speak (:func:`_could_speak`) only "adding" climbs: "saying", "calling", "declaring" may be that subject's.
    """
    head = participle.head
    if participle.tag_ != "VBG" or not is_speech(participle) or head.dep_ != "ccomp" or is_speech(head):
        return head
    if participle.lemma_.lower() not in _GOING_ON and _could_speak(head):
        return head  # 'Police said Reed surrendered, saying "I did it"': Reed's words, not the police's (review40)
    report = head.head
    return report if is_speech(report) and not index.inside(report.idx) else head


#: Participles that go on with the reporter's own words, whoever the reported clause names ("..., adding, '...'").
_GOING_ON = wordset("add")


def _could_speak(clause: Token) -> bool:
    """Whether a reported clause's subject is someone who may say the words a participle hung on the clause brings:
    a name, a body, a person noun or a pronoun for one, doing a deed, not in a state (:data:`_STATES`): 'Police said
    Tom Reed surrendered, saying "I did it"'; 'Officials said the mayor vetoed the bill, calling it "a disaster"'.
    The participle is then as likely theirs as the reporter's, and the clause keeps it (review40: the reporter there
    is the wrong speaker); a subject that is no one ("players' performance was more important, saying") leaves it
    to the reporter."""
    if clause.lemma_.lower() in _STATES:
        return False  # 'telling CNN that Trump is a "faker" and questioning how ...': Trump questions nothing
    for subj in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subj.pos_ == "PROPN" or subj.ent_type_ in ("PERSON", "ORG", "NORP") or person_noun(subj):
            return True
        if subj.pos_ == "PRON" and subj.lower_ not in _NO_ONE:
            return True
    return False


#: Verbs of a state, not a deed: their subject does nothing a participle of saying could go with ("Romney had a
#: crazy policy, adding"; "Trump is a faker, questioning").
_STATES = wordset("be have seem appear remain")
#: Pronouns that stand for no speaker ("it was more important").
_NO_ONE = wordset("it this that there what which")


#: Verbs of a crowd's voice: "chanting 'no contract, no peace'" is never one speaker's words.
_CHANTS = wordset("chant")
#: Verbs of a raised voice, a crowd's when a crowd noun is their subject ("the crowd shouted").
_SHOUTS = _CHANTS | wordset("shout yell scream cheer roar boo")
#: Nouns of a crowd, singular (lemmas): "the crowd", "supporters", "protesters", "fans".
_CROWDS = wordset("crowd audience supporter protester protestor fan attendee demonstrator marcher spectator throng")


def plural_agreement(tok: Token) -> bool:
    """A one-word subject ending in "s" whose present-tense verb agrees with a plural: "Politicos call it '...'".

    One named person takes "calls"/"says"/"has"; "call"/"say"/"have" (tag VBP) tell a plural, a generic one
    ("politicos", "observers") the entity tagger may still have taken for a PERSON at the start of a sentence.
    Pronouns and subjects joined by "and" ("Smith and Jones say") are left to the other rules.
    """
    if tok.dep_ not in ("nsubj", "nsubjpass") or not tok.text.endswith("s") or tok.pos_ == "PRON":
        return False
    if any(c.dep_ in ("conj", "compound", "cc") for c in tok.children):
        return False
    verb = tok.head
    finite = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i), verb)
    return finite.tag_ == "VBP"


def chanted(verb: Token, index: DocIndex) -> bool:
    """Whether a quote's verb gives a crowd's voice: "the crowd chanted", "protesters had gathered, chanting",
    "supporters shouted".

    A crowd is nobody to credit, and the speaker named near it (the one it cheered or answered: '"Lock her up!"'
    beside a speech) never said the words; the quote names nobody. A named chanter stays ("Trump chanted").
    """
    lemma = verb.lemma_.lower()
    if lemma not in _SHOUTS:
        return False
    subj = subject(verb, index)
    if verb.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in verb.children):
        # "where protesters had gathered, chanting": the parser may hang the participle on the sentence's first verb
        # ("Clinton spoke"); the subject nearest before it is the one that chants
        near = [t for t in verb.doc[verb.sent.start : verb.i] if t.dep_ in ("nsubj", "nsubjpass")]
        subj = near[-1] if near else subj
    if subj is None:
        return lemma in _CHANTS
    if subj.lemma_.lower() in _CROWDS:
        return True
    return lemma in _CHANTS and subj.ent_type_ != "PERSON" and subj.pos_ not in ("PROPN", "PRON")
