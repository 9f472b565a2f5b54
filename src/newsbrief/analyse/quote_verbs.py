"""Which speech verb speaks a quote: the attribution step of :mod:`newsbrief.analyse.quotes`.

Given a quote's span in a parsed article, find the verb of saying that introduces it: after the closing mark
(``"...," she said``), before a colon (``He added: "..."``), among the quote's syntactic heads, or before the
quote in its paragraph; a passive "was asked" before a question reports the asker's words. The verb's subject
is named by :mod:`newsbrief.analyse.quote_speakers`. This module knows words and positions only: no names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbrief.analyse.quote_spans import QUOTE_MARK
from newsbrief.text.lexicon import POLL_WORDS, RELATIVE_PRONOUNS, SPEECH_LEMMAS
from newsbrief.text.lexicon import words as wordset

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsbrief.analyse.quote_index import DocIndex


def according_to(tok: Token) -> Token | None:
    """The object of ``according to`` when ``tok`` is "according"."""
    if tok.lower_ == "according":
        for child in tok.children:
            if child.lower_ == "to":
                return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


#: How many tokens after a closing mark may separate it from its verb (``," said the former ...``).
TRAILING_TOKENS = 12
#: How many tokens before an opening mark are searched for a leading verb (``He told the BBC: "``).
LEADING_TOKENS = 40
#: How long a relative clause set off by commas after a quote may be ('"...," Kathy Fairbanks with the No
#: campaign, which didn't hold a party, told us'): its words do not count towards :data:`TRAILING_TOKENS`.
ASIDE_TOKENS = 20


#: Verbs that speak only with a particle: "fired back", "hit back", "chimed in", "went on".
_PHRASAL = frozenset({"fire", "hit", "shoot", "push", "chime", "weigh", "go"})


def is_speech(tok: Token) -> bool:
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    lemma = tok.lemma_.lower()
    if lemma == "put":  # "as Akhil Amar put it, ''...''"
        return any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children)
    if lemma == "post" and any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        return False  # "officers are posted at public events": stationed, not speaking
    if lemma == "add" and any(c.dep_ == "dobj" for c in tok.children):
        return False  # '"...", that added much to Area 51 lore', "added 10 points": adding a thing, not words
    if lemma == "continue":  # '"...," he continued', not "will continue to chase" or "continue Tuesday with"
        return not any(c.dep_ in ("xcomp", "dobj", "prep", "npadvmod", "aux") for c in tok.children)
    return lemma in SPEECH_LEMMAS or (
        lemma in _PHRASAL
        and any(
            (c.dep_ == "prt" and c.lower_ in ("back", "in", "on"))
            # "Hillary shot back, “...”": the parser may call "back" an adverb (not of "went back to Iowa")
            or (c.dep_ == "advmod" and c.lower_ == "back" and lemma != "go")
            for c in tok.children
        )
    )


def _trailing(index: DocIndex, start: int, end: int) -> Token | None:
    """The first speech verb (or ``according to``) just after a closing mark, same sentence.

    A verb outside the speech list counts when it is the finite root of the sentence and the quote is its
    clausal complement ('"...," exhorted Jamie Lee Curtis'): the syntax says it introduces the words.
    """
    toks = index.tokens_after(end, TRAILING_TOKENS + 1 + ASIDE_TOKENS)
    counted, aside = 0, 0
    for k, tok in enumerate(toks[1:], start=1):
        if "\n" in tok.text or index.inside(tok.idx) or (tok.is_punct and tok.text in ".!?"):
            break
        if QUOTE_MARK.fullmatch(tok.text):
            break
        if aside:  # inside ", which ... ,": the clause says something of the name, it does not speak
            aside = 0 if tok.text == "," else aside + 1
            if aside > ASIDE_TOKENS:
                break
            continue
        if tok.text == "," and k + 1 < len(toks) and toks[k + 1].lower_ in RELATIVE_PRONOUNS:
            aside = 1
            continue
        counted += 1
        if counted > TRAILING_TOKENS:
            break
        if is_speech(tok) or according_to(tok) is not None:
            return tok
        if _introduces(tok, start, end):
            return tok
    return None


def asked(verb: Token) -> bool:
    """A passive "was asked" or "were told": its subject heard the words; whoever said them is the agent or unsaid."""
    return verb.lemma_.lower() in ("ask", "tell", "question") and any(c.dep_ == "nsubjpass" for c in verb.children)


#: Verbs of saying whose passive subject is still the speaker: "he was quoted as saying", "is said to have called".
_SPEAKER_PASSIVES = wordset("say quote report")


def spoken_to(verb: Token, start: int, end: int) -> bool:
    """A passive verb of saying whose subject heard the words or is what they call it: "was asked", "were told",
    "Postel, who was often called 'the father of the Internet'", "being described as a 'real woman'"; whoever
    said them is the agent ("by X") or unsaid. Not "was quoted as saying" (the subject is the speaker), nor a
    quote that opens after the verb's sentence has ended (they are not that verb's words)."""
    deps = {c.dep_ for c in verb.children if not start <= c.idx < end}  # the parser may hang a quote's "be" on it
    passive = bool(deps & {"nsubjpass", "auxpass"}) and "nsubj" not in deps  # "being described": no subject at all
    return passive and verb.lemma_.lower() not in _SPEAKER_PASSIVES and start < verb.sent.end_char


#: Participles by which a speaker passes on someone else's words: '"...," said Cooper, quoting the elder Bush',
#: "Smith, reading a statement from the family, said", '"...," the senator said, citing a letter from the governor'.
_RELAYS = wordset("quoting citing reading")


def relaying(verb: Token, start: int, end: int) -> Token | None:
    """The relaying participle on a speech verb or on its subject, outside the quote; ``None`` when there is none.

    Whose words they are is the participle's object (:meth:`Speakers.relayed`): not the reader's, who only said
    them out loud.
    """
    heads = [verb, *(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))]
    for head in heads:
        for child in head.children:
            # "Quoting Abraham Lincoln, Obama said": the tagger may take the participle into the name it governs
            misread = child.dep_ == "compound" and child.lower_ in ("quoting", "citing")
            if child.lower_ in _RELAYS and (child.tag_ == "VBG" or misread) and not start <= child.idx < end:
                return child
    return None


def quoted_as(verb: Token) -> Token | None:
    """The verb that credits the words to its object: "The paper quoted Radek as saying ...", "'...,' Autry recalled
    the man as saying"; ``None`` when the speech verb is in no such frame.

    The speech verb found may be the frame's verb or its "as saying"; whose words they are is the object
    (:meth:`Speakers.relayed`), never the subject, who only passed them on.
    """
    frame = verb.head.head if verb.head.lower_ == "as" and verb.dep_ == "pcomp" else verb
    says = [
        p
        for c in frame.children
        if c.lower_ == "as" and c.dep_ == "prep"
        for p in c.children
        if p.dep_ == "pcomp" and p.tag_ == "VBG" and is_speech(p)
    ]
    has_object = any(c.dep_ == "dobj" for c in frame.children)
    return frame if says and has_object and frame is not says[0] else None


def asker(verb: Token) -> Token | None:
    """The object of a passive verb's "by" ("was asked by host Bill Maher"), ``None`` when there is none."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


def put_to(index: DocIndex, start: int, end: int) -> Token | None:
    """A verb of asking with no subject of its own whose question holds the quote, or ``None``.

    "Asked whether Clinton 'has the integrity to serve effectively as president,' 45 percent said ...", "When asked
    if Trump is 'honest and trustworthy,' ...", "Voters were asked whether Clinton 'shares your values'": the words
    are the question put to someone (a poll's wording), no one's speech the text reports; who put it is the
    verb's "by" (:func:`asker`) or unsaid. Not "He asked whether ...": a subject asks, and the words are his.
    """
    tops = [t for t in index.tokens_within(start, end) if not t.is_punct and not start <= t.head.idx < end]
    if not tops:
        return None
    node = tops[0].head
    for _ in range(3):  # up through the question's clause: "if Trump is '...'", "whether he 'will ...'"
        if node.lemma_.lower() == "ask" and node.idx < start and _put_without_asker(node, tops[0]):
            return node
        if node.dep_ not in ("ccomp", "xcomp", "pcomp", "prep", "pobj", "acomp") or node.head.i == node.i:
            return None
        if is_speech(node) and any(c.dep_ == "nsubj" for c in node.children):
            return None  # "When asked why, Sembler responded: '...'" (the parser may hang it on "asked"): his words
        node = node.head
    return None


def _put_without_asker(ask: Token, first: Token) -> bool:
    """An "asked" of no subject ("Asked whether", "were asked if"; not "asking supporters to ...", whose subject is
    the speaker's), a poll's yes-or-no question (its sentence reports answers: :data:`POLL_WORDS`), whose question
    runs on unbroken into the quote: every word between them is the question's, not
    a main clause's ("When asked why, Sembler responded: '...'")."""
    if ask.tag_ == "VBG" or any(c.dep_ == "nsubj" for c in ask.children):
        return False
    # a poll's question: "whether"/"if" put, and the sentence reports answers ("45 percent said", "in a poll")
    put = any(t.dep_ == "mark" and t.lower_ in ("whether", "if") for t in ask.subtree)
    if not put or not any(t.lower_ in POLL_WORDS for t in ask.sent):
        return False
    own = {t.i for t in ask.subtree}
    return all(i in own for i in range(ask.i, first.i) if not ask.doc[i].is_punct)


def asked_before(index: DocIndex, start: int) -> Token | None:
    """A passive "was asked" earlier in the sentence that a question quote ends: the question it reports.

    Not past a speech verb with a subject of its own nearer the quote: 'Graham was asked by Jones about it, and
    Graham replied, "Why would I?"' is Graham's, not the asker's.
    """
    toks = index.tokens_before(start, LEADING_TOKENS)
    if not toks:
        return None
    sent_start = toks[-1].sent.start
    for tok in reversed(toks):
        if tok.i < sent_start or index.inside(tok.idx):
            break
        if asked(tok):
            return tok
        if is_speech(tok) and any(c.dep_ == "nsubj" for c in tok.children) and not _aside(index, tok):
            return None  # a speaker of its own ("Graham replied"); not "who ... has dismissed the story"
    return None


def _opens_next(index: DocIndex, verb: Token) -> bool:
    """Whether a verb after a quote heads a colon and a quote: 'X said: "..."' speaks the quote after it."""
    toks = index.tokens_after(verb.idx + len(verb), 8)
    for k, tok in enumerate(toks):
        if tok.text == ":":
            return any(index.inside(t.idx) for t in toks[k + 1 : k + 3])
        if "\n" in tok.text or tok.is_punct or index.inside(tok.idx):
            return False
    return False


def _introduces(tok: Token, start: int, end: int) -> bool:
    """A finite root verb whose clausal complement is the quote."""
    return (
        tok.dep_ == "ROOT"
        and tok.tag_ in ("VBD", "VBZ")
        and any(c.dep_ in ("ccomp", "parataxis") and start <= c.idx < end for c in tok.children)
    )


def _leading(index: DocIndex, start: int) -> Token | None:
    """The nearest speech verb before an opening mark within its paragraph."""
    toks = index.tokens_before(start, LEADING_TOKENS)
    for tok in reversed(toks[:-1]):
        if "\n" in tok.text or "\n" in tok.whitespace_ or index.inside(tok.idx):
            break
        if _aside(index, tok):
            continue
        if is_speech(tok) or according_to(tok) is not None:
            return _reporting(index, tok) if is_speech(tok) and tok.i < _sentence_start(index, start) else tok
    return None


def _sentence_start(index: DocIndex, start: int) -> int:
    """The index of the first token of the sentence a quote opening at ``start`` stands in."""
    doc = index.doc
    first = index.first_at_or_after(start)
    return doc[first].sent.start if first < len(doc) else len(doc)


def _reporting(index: DocIndex, verb: Token) -> Token:
    """The speech verb that reports a sentence before the quote: the highest speech verb above ``verb``.

    A quote that opens a sentence of its own takes the speech verb of the sentence before; one buried in a clause
    of that sentence is not the report ('"...," Corker said, pointing out that 98 senators voted to insist on a
    review. "Most Democrats agree ..."': Corker's words, not the senators'; '"...," LeVell declared, a point he makes
    after an appearance during which callers asked .... "I make my own money."').
    """
    subordinate = verb.dep_ in ("advcl", "relcl", "acl") and any(index.inside(t.idx) for t in verb.sent)
    if not subordinate and any(_names_someone(c) for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        # 'Mark Hollis said Jane Ortiz told reporters she was tired. "I am tired ..."': Ortiz's words, what the
        # report reports; not a speech verb in an adverbial or relative clause ('"...," Trump spokesperson Ron
        # Lieberman told the Wall Street Journal, after de Blasio stated an interest in ending business with Trump.
        # "These contracts are fully binding."': the clause tells when, the report goes on). Only where that
        # sentence quotes the report's own words: after an indirect report the clause's speaker may be the one
        # quoted next ('Reed said he was stunned when Ann Diaz announced her resignation. "I am leaving ..."':
        # Diaz's; review40)
        return verb
    top = verb
    tok = verb
    while tok.head.i != tok.i:  # spaCy makes a new Token on each access: the root is its own head by index
        tok = tok.head
        if index.inside(tok.idx):
            break  # a verb of an earlier quote ('"He says what ...," Moody said.') is none of the narration's
        if is_speech(tok) and any(c.dep_ in ("nsubj", "nsubjpass") and not index.inside(c.idx) for c in tok.children):
            top = tok  # with a subject of its own: '"...," said Robin Maynard, half joking.' keeps its "joking"
    return top


def _names_someone(subject: Token) -> bool:
    """Whether a speech verb's subject names a person or body ("Jane Ortiz", "the suspect, Tom Reed"): its report is
    then the quote's, not a clause to climb out of (review32: speakers21's climb gave such quotes to the narrator)."""
    return subject.pos_ == "PROPN" or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in subject.children)


#: Verbs of saying whose object is the hearer, not the words ("told reporters, '...'").
HEARER_VERBS = frozenset("tell ask warn assure remind inform urge".split())


def _aside(index: DocIndex, verb: Token) -> bool:
    """A verb of a relative clause that is complete with an object or a clause of its own: what the clause says of
    a person, not the words that follow ('asked by host Bill Maher, who ... has dismissed the story about her
    emails, "..."').

    "Urgant, who replied, '...'" has no object: its verb introduces the quote; nor is the object of "who told
    reporters, '...'" (or warned, assured, reminded them) the words: it is their hearer.
    """
    if verb.lemma_.lower() in HEARER_VERBS:
        return False
    head = verb
    while head.dep_ == "conj" and head.head is not head:
        head = head.head
    if head.dep_ != "relcl":
        return False
    # not "which President Obama declared "...": the relative pronoun is the object, the quote completes it
    objects = (c for c in verb.children if c.dep_ == "dobj")
    if any(c.lower_ not in RELATIVE_PRONOUNS | {"that"} and not index.inside(c.idx) for c in objects):
        return True
    # "a former staff member ... who said she planned to demonstrate. ''I personally ...''": the clause holds what
    # was said, no word of it quoted; not "who said it was ''a sham''", whose clause runs into the quote
    return any(c.dep_ == "ccomp" and not any(index.inside(t.idx) for t in c.subtree) for c in verb.children)


def governing(index: DocIndex, start: int, end: int) -> Token | None:
    """A speech verb among the syntactic heads of the quote's tokens (``said it was "..."``)."""
    for tok in index.tokens_within(start, end):
        if start <= tok.head.idx < end:
            continue
        head, depth = tok.head, 0
        while depth < 6:
            if not start <= head.idx < end and (is_speech(head) or according_to(head) is not None):
                return head
            if head.head is head:
                break
            head, depth = head.head, depth + 1
    return None


def speech_verb(index: DocIndex, start: int, end: int) -> Token | None:
    """Pick the speech verb of one quote (this module's docstring), ``None`` when there is none."""
    text = index.text
    before = text[max(0, start - 200) : start].rstrip("\"“‘'`").rstrip()
    quote = text[start:end].rstrip()
    after = text[end + 1 : end + 40].lstrip(" \"”'’")
    # a quote ending in a full stop ends its sentence: a verb after it belongs to the next one
    ends_sentence = quote.endswith(".") and not after[:1].islower()
    trailing = None if ends_sentence else _trailing(index, start, end)
    if trailing is not None and _opens_next(index, trailing):
        # 'After Scalia said ... "less advanced schools," Trump said: "I don't like ..."': the next quote's verb
        trailing = None
    if before.endswith(":"):
        colon = text.rfind(":", 0, start)
        said = index.tokens_before(colon, 1)
        if said and said[-1].pos_ == "VERB" and said[-1].tag_ in ("VBD", "VBZ", "VBP"):
            return said[-1]  # 'Mr. Christie gloated: "..."': a finite verb right before the colon speaks
        # "X said:\n\n'...'": search from the colon, across the paragraph break
        lead = _leading(index, colon + 1 if "\n" in text[colon:start] else start)
        if lead is not None:
            return lead
    if quote.endswith(("?", "?,")) and (asked := asked_before(index, start)) is not None:
        return asked  # 'Sanders was asked by host Bill Maher, who ..., "Do you ...?"': the question is the asker's
    if trailing is not None and quote.endswith((",", "?", "!")):
        return trailing
    for verb in (governing(index, start, end), trailing, _leading(index, start)):
        if verb is not None:
            return verb
    return None


def verbs_around(index: DocIndex, start: int, end: int) -> list[Token]:
    """Every speech verb the rules look at for one quote: governing, trailing and leading."""
    out: list[Token] = []
    for verb in (governing(index, start, end), _trailing(index, start, end), _leading(index, start)):
        if verb is not None and verb not in out:
            out.append(verb)
    return out
