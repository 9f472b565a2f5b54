"""Direct quotations and their speakers.

Method: rule-based quote detection and attribution as in the news-quote literature (Pouliquen et al.
2007, "Automatic identification of quotations and their speakers"; Pareti 2015, "Attribution: a
computational approach") and textacy's ``extract.triples.direct_quotations`` (speech-verb lemmas and
the verb's ``nsubj`` on a spaCy parse), extended for newspaper conventions:

1. **Spans** are found on the raw string by :mod:`newsbrief.analyse.quote_spans`, so offsets are
   exact (all quote styles, apostrophes told apart from single quotes, multi-paragraph quotes).
2. **Filter**: at least :data:`MIN_WORDS` words; short title-cased spans are titles ("Dancing With the
   Stars"); short fragments ("gang of seven") count only when a speech verb governs them in the
   dependency parse or sits right after them. This is the scare-quote rule of the gold set
   (``tests/data/README.md``).
3. **Attribution**: the speech verb is looked for after the closing mark (``"...," she said``),
   before a colon (``He added: "..."``), among the quote's syntactic heads, then before the quote in
   its paragraph; a quote with none continues the previous quote's speaker. The speaker is the
   verb's subject (``nsubj``/``nsubjpass``, an appositive name, ``according to X``). Pronouns and
   singular definite descriptions ("the judge") resolve to the nearest preceding named speaker;
   indefinite ones ("a witness") stay ``None``. Surnames are expanded to the fullest PERSON name in
   the article ("Mr Gapes" -> "Mike Gapes").

Measured against a hand-labelled gold set by ``benchmarks/quotes.py`` (BENCHMARKS.md, "Quotes").
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from newsbrief.analyse.quote_spans import QUOTE_MARK, find_quote_spans
from newsbrief.model import Article, Quote

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

logger = logging.getLogger(__name__)

#: Fewer words than this is a scare quote or a label, never a quotation (gold-set rule).
MIN_WORDS = 3
#: Spans shorter than this that are not whole sentences need a speech verb nearby to count.
FRAGMENT_WORDS = 8
#: How many tokens after a closing mark may separate it from its verb (``," said the former ...``).
TRAILING_TOKENS = 12
#: How many tokens before an opening mark are searched for a leading verb (``He told the BBC: "``).
LEADING_TOKENS = 40


def _wordset(words: str) -> frozenset[str]:
    """A set from a whitespace-separated word list (long lists stay readable in the source)."""
    return frozenset(words.split())


SPEECH_LEMMAS = _wordset(
    """say tell add warn claim tweet write state explain insist declare announce note remark reply
    respond ask argue accuse admit acknowledge allege blast urge vow suggest describe praise
    joke tease quote report recall shout yell cry scream plead rap post predict promise concede
    confirm deny complain boast caution conclude emphasise emphasize stress demand mouth recount
    reference observe maintain contend assert threaten reveal quip testify wonder beg lament
    muse sneer chant call brand label dismiss criticise criticize pan slam mock lash agree read
    refer"""
)
_RESOLVABLE_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "his", "hers", "their"})
_TITLES = _wordset(
    """mr mrs ms miss dr prof sir dame lord lady sen senator rep gov president rev father sgt judge
    the"""
)
_FUNCTION_WORDS = _wordset("""a an and as at but by for from in into of on or over the to with vs via & - –""")
# ---------------------------------------------------------------- 2. filter


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"\s+", text) if re.search(r"\w", w)]


def _is_title(words: Sequence[str]) -> bool:
    """Short and title-cased: a film, book, show or campaign name rather than speech."""
    content = [w.strip("\"'“”‘’.,:;!?()") for w in words]
    content = [w for w in content if w and w.lower() not in _FUNCTION_WORDS]
    return len(words) <= 10 and len(content) >= 2 and all(w[0].isupper() or w[0].isdigit() for w in content)


def _is_sentence(quote: str) -> bool:
    """Starts like a sentence and ends with sentence punctuation (a complete utterance)."""
    q = quote.strip()
    return bool(q) and q[0].isupper() and bool(re.search(r"[.!?]['\"’”]?,?$", q))


# ---------------------------------------------------------------- 3. attribution


def _is_speech(tok: Token) -> bool:
    return tok.lemma_.lower() in SPEECH_LEMMAS and tok.pos_ in ("VERB", "AUX")


def _inside(idx: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s <= idx < e for s, e in spans)


def _according_to(tok: Token) -> Token | None:
    """The object of ``according to`` when ``tok`` is "according" (or "to" after it)."""
    if tok.lower_ == "according":
        for child in tok.children:
            if child.lower_ == "to":
                return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _trailing(doc: Doc, end: int, spans: Sequence[tuple[int, int]]) -> Token | None:
    """The first speech verb (or ``according to``) just after a closing mark, same sentence."""
    toks = [t for t in doc if t.idx >= end][: TRAILING_TOKENS + 1]
    for tok in toks[1:]:
        if "\n" in tok.text or _inside(tok.idx, spans) or (tok.is_punct and tok.text in ".!?"):
            break
        if QUOTE_MARK.fullmatch(tok.text):
            break
        if _is_speech(tok) or _according_to(tok) is not None:
            return tok
    return None


def _leading(doc: Doc, start: int, spans: Sequence[tuple[int, int]]) -> Token | None:
    """The nearest speech verb before an opening mark within its paragraph."""
    toks = [t for t in doc if t.idx + len(t) <= start][-LEADING_TOKENS:]
    for tok in reversed(toks[:-1]):
        if "\n" in tok.text or "\n" in tok.whitespace_ or _inside(tok.idx, spans):
            break
        if _is_speech(tok) or _according_to(tok) is not None:
            return tok
    return None


def _governing(doc: Doc, start: int, end: int) -> Token | None:
    """A speech verb among the syntactic heads of the quote's tokens (``said it was "..."``)."""
    inner = [t for t in doc if start <= t.idx < end]
    for tok in inner:
        if start <= tok.head.idx < end:
            continue
        head, depth = tok.head, 0
        while depth < 6:
            if not start <= head.idx < end and (_is_speech(head) or _according_to(head) is not None):
                return head
            if head.head is head:
                break
            head, depth = head.head, depth + 1
    return None


def _subject(verb: Token, spans: Sequence[tuple[int, int]] = ()) -> Token | None:
    """The grammatical speaker of a speech verb.

    Climbs from participles and infinitives that have no subject of their own ("..., telling the
    audience", "was quoted as saying") to the clause that has one; "X quoted Y as saying" gives Y.
    """
    pobj = _according_to(verb)
    if pobj is not None:
        return pobj
    tok = verb
    for _ in range(4):
        if tok.lemma_ == "quote":
            dobj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if dobj is not None:
                return dobj  # "the presidency quoted Eichmann's letter as saying"
        subj = next(
            (
                c
                for c in tok.children
                if c.dep_ in ("nsubj", "nsubjpass") and not _inside(c.idx, spans)  # not words quoted
            ),
            None,
        )
        if subj is not None:
            if subj.lower_ in ("which", "that", "who"):
                return tok.head if tok.dep_ == "relcl" else None  # "Urgant, who replied," -> Urgant
            return subj
        if tok.dep_ not in _CLIMB or tok.head is tok:
            break
        tok = tok.head
    return None


_CLIMB = frozenset({"advcl", "xcomp", "conj", "pcomp", "acl", "prep", "pobj", "ccomp"})
#: Nouns for texts rather than people: "the statement said" names nobody by itself.
_DOCUMENT_NOUNS = _wordset(
    """statement lawsuit suit letter report complaint petition filing study document memo release
    post tweet message video ruling law bill banner sign article magazine newspaper paper survey
    poll website account book email note"""
)


def _clean_name(name: str) -> str:
    """Drop honorifics and what precedes them, a leading article and a trailing possessive.

    "Mr Corbyn's" -> "Corbyn"; "Green Beret Sgt Joe Serna" -> "Joe Serna".
    """
    words = name.replace("’", "'").split()
    titled = [i for i, w in enumerate(words[:-1]) if w.lower().rstrip(".") in _TITLES]
    if titled:
        words = words[titled[-1] + 1 :]
    name = " ".join(words)
    return re.sub(r"'s?$", "", name).strip(" ,.")


def _ent_of(tok: Token) -> Span | None:
    """The named entity a token belongs to, if any."""
    doc = tok.doc
    return next((e for e in doc.ents if e.start <= tok.i < e.end), None) if tok.ent_type_ else None


class _Speakers:
    """Names of one article: expansion of surnames and the named-speaker history for pronouns."""

    def __init__(self, doc: Doc, quote_spans: Sequence[tuple[int, int]]) -> None:
        self.doc = doc
        self.spans = quote_spans
        # surname -> most frequent multi-word form ("Nick Boles" over a one-off "Tory Nick Boles")
        forms: dict[str, Counter[str]] = {}
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                name = _clean_name(ent.text)
                if name:
                    forms.setdefault(name.split()[-1].lower(), Counter())[name] += 1
        self.full = {
            key: max(c.items(), key=lambda kv: (len(kv[0].split()) > 1, kv[1], -len(kv[0])))[0]
            for key, c in forms.items()
        }
        # (offset, name): people who are the main subject of a sentence, plus attributed speakers
        self.history: list[tuple[int, str]] = []
        for ent in doc.ents:
            if ent.label_ != "PERSON" or _inside(ent.start_char, quote_spans):
                continue
            root = ent.root
            while root.dep_ in ("compound", "appos") and root.head is not root:
                root = root.head
            if root.dep_ in ("nsubj", "nsubjpass") and root.head.dep_ in ("ROOT", "conj"):
                self.history.append((ent.start_char, self.canonical(ent.text)))
        for tok in doc:  # surnames the model did not tag here ("Sanders, well aware of ..., considered")
            if (
                tok.text.lower() in self.full
                and not tok.ent_type_
                and tok.dep_ == "nsubj"
                and tok.head.dep_ == "ROOT"
                and not _inside(tok.idx, quote_spans)
            ):
                self.history.append((tok.idx, self.canonical(tok.text)))

    def canonical(self, name: str) -> str:
        """The article's fullest form of a person's name."""
        name = _clean_name(name)
        full = self.full.get(name.split()[-1].lower()) if name else None
        return full if full and len(full.split()) >= len(name.split()) else name

    def nearest(self, before: int) -> str | None:
        """The named speaker mentioned last before ``before``: what "he said" points to."""
        cands = [(pos, name) for pos, name in self.history if pos < before]
        return max(cands)[1] if cands else None

    def _named_in(self, tok: Token) -> str | None:
        """The last PERSON named inside a subject phrase ("One of the founders of X, Brandy Wright").

        Relative clauses are left out ("the group that supports Mr Corbyn" is not Corbyn).
        """
        skip = {t.i for c in tok.children if c.dep_ in ("relcl", "acl", "advcl") for t in c.subtree}
        people = [
            self.canonical(e.text)
            for t in tok.subtree
            if t.i not in skip and t.ent_type_ == "PERSON" and (e := _ent_of(t)) is not None
        ]
        return people[-1] if people else None

    def name_of(self, tok: Token, before: int) -> str | None:
        """The named speaker behind a subject token, resolving pronouns and "the judge"."""
        ent = _ent_of(tok)
        if ent is not None and ent.label_ == "PERSON":
            return self.canonical(ent.text)
        if ent is not None and ent.label_ == "ORG":
            return _clean_name(ent.text)
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        if tok.pos_ == "NOUN" and poss is not None and (poss.pos_ == "PRON" or poss.ent_type_ == "PERSON"):
            return self.name_of(poss, before)  # "his letter", "Eichmann's letter"
        if tok.tag_ in ("NNS", "NNPS") or tok.lemma_.lower() in _DOCUMENT_NOUNS:
            return None  # "officials said", "the lawsuit says": nobody named
        for child in tok.children:
            if child.dep_ == "compound" and child.ent_type_ == "ORG":
                return self.name_of(child, before)  # "the Momentum group"
        named = self._named_in(tok)
        if named is not None:
            return named
        for child in tok.children:
            if child.dep_ == "appos" and (child.ent_type_ == "ORG" or child.pos_ == "PROPN"):
                return self.name_of(child, before)
        dets = {c.lower_ for c in tok.children if c.dep_ == "det"}
        if tok.pos_ == "PROPN" and "the" not in dets:
            parts = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
            return self.canonical(" ".join(t.text for t in [*parts, tok]))
        if tok.lower_ in _RESOLVABLE_PRONOUNS:
            return self.nearest(before)
        if tok.pos_ in ("NOUN", "PROPN") and (dets == {"the"} or poss is not None) and tok.tag_ in ("NN", "NNP"):
            return self.nearest(before)  # "the judge said": a named person mentioned before
        return None

    def left_person(self, verb: Token) -> str | None:
        """Fallback for a verb the parser left without subject: the last person before it."""
        sent_start = verb.sent.start_char
        ents = [
            e
            for e in self.doc.ents
            if e.label_ == "PERSON" and sent_start <= e.start_char < verb.idx and not _inside(e.start_char, self.spans)
        ]
        return self.canonical(ents[-1].text) if ents else None


# ---------------------------------------------------------------- public API


def _attribute(doc: Doc, start: int, end: int, spans: Sequence[tuple[int, int]]) -> Token | None:
    """Pick the speech verb of one quote (module docstring, step 3), ``None`` when there is none."""
    text = doc.text
    before = text[:start].rstrip("\"“‘'`").rstrip()
    quote = text[start:end].rstrip()
    after = text[end + 1 : end + 40].lstrip(" \"”'’")
    # a quote ending in a full stop ends its sentence: a verb after it belongs to the next one
    ends_sentence = quote.endswith(".") and not after[:1].islower()
    trailing = None if ends_sentence else _trailing(doc, end, spans)
    if before.endswith(":"):
        lead = _leading(doc, start, spans)
        if lead is not None:
            return lead
    if trailing is not None and quote.endswith((",", "?", "!")):
        return trailing
    for verb in (_governing(doc, start, end), trailing, _leading(doc, start, spans)):
        if verb is not None:
            return verb
    return None


def parse(nlp: Language, texts: Iterable[str], batch_size: int = 16) -> Iterator[Doc]:
    """Parse texts with every paragraph break forced to be a sentence break.

    News text glues paragraphs with newlines that spaCy's parser happily attaches across
    ("... Labour\n    Mr Watson warned"), which corrupts subjects. Pre-setting sentence starts
    is the documented way to constrain the parser (``Token.is_sent_start`` before ``parser``).
    """
    docs = (nlp.make_doc(t) for t in texts)

    def mark(doc: Doc) -> Doc:
        for tok in doc[1:]:
            prev = doc[tok.i - 1]
            if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
                tok.is_sent_start = True
        return doc

    stream: Iterable[Doc] = (mark(d) for d in docs)
    for _, proc in nlp.pipeline:
        stream = proc.pipe(stream, batch_size=batch_size) if hasattr(proc, "pipe") else map(proc, stream)
    yield from stream


def extract_quotes(article: Article, doc: Doc | None = None) -> tuple[Quote, ...]:
    """Find the direct quotations of one article, each with its speaker and speech verb.

    Args:
        article: the article; offsets of the quotes point into ``article.text``.
        doc: a spaCy ``Doc`` of exactly ``article.text`` when the caller already parsed it (as
            :func:`extract_quotes_batch` does with ``nlp.pipe``); parsed here when ``None``.

    Returns:
        Quotes in text order; ``text`` is the quoted words inside the marks, ``speaker`` the
        canonical name or ``None`` when the source names nobody, ``verb`` the speech verb as written.

    Raises:
        MissingDependencyError: spaCy or its English model is not installed.
        ValueError: ``doc`` was parsed from a different text.
    """
    text = article.text
    spans = find_quote_spans(text)
    if not spans:
        return ()
    if doc is None:
        from newsbrief.analyse.nlp import load_nlp

        doc = next(parse(load_nlp(), [text]))
    elif doc.text != text:
        raise ValueError(f"doc text does not match article {article.id!r}; parse article.text")
    speakers = _Speakers(doc, spans)
    quotes: list[Quote] = []
    prev: Quote | None = None
    for start, end in spans:
        words = _words(text[start:end])
        if len(words) < MIN_WORDS or _is_title(words):
            continue
        verb = _attribute(doc, start, end, spans)
        fragment = len(words) < FRAGMENT_WORDS and not _is_sentence(text[start:end])
        if fragment and (verb is None or (_governing(doc, start, end) is None and verb.idx < start)):
            continue  # a short label with no speech verb governing or following it
        speaker: str | None = None
        verb_text: str | None = None
        if verb is not None:
            subj = _subject(verb, spans)
            verb_text = "according to" if verb.lower_ == "according" else verb.text
            if subj is not None:
                speaker = speakers.name_of(subj, min(start, verb.idx))
            if speaker is None and (subj is None or subj.pos_ == "VERB") and verb.lower_ != "according":
                speaker = speakers.left_person(verb)  # the parser lost the subject
        elif prev is not None and start - prev.end < 400:
            speaker, verb_text = prev.speaker, prev.verb  # a quote continuing the previous one
        if speaker is not None and verb is not None:
            speakers.history.append((min(start, verb.idx), speaker))
        prev = Quote(text[start:end], speaker, verb_text, article.id, start, end)
        quotes.append(prev)
    return tuple(quotes)


def extract_quotes_batch(articles: Iterable[Article], *, batch_size: int = 16) -> list[tuple[Quote, ...]]:
    """Quotes of many articles, parsing them in one ``nlp.pipe`` stream (spaCy's batch advice).

    Args:
        articles: the articles, in order.
        batch_size: documents per spaCy batch (one process: the machine is shared).

    Returns:
        One tuple of quotes per article, in the input order.
    """
    from newsbrief.analyse.nlp import load_nlp

    arts = list(articles)
    nlp = load_nlp()
    docs = parse(nlp, (a.text for a in arts), batch_size=batch_size)
    return [extract_quotes(a, d) for a, d in zip(arts, docs, strict=True)]
