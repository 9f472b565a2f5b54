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
3. **Attribution**: the speech verb (:mod:`newsbrief.analyse.quote_verbs`) is looked for after the closing
   mark (``"...," she said``), before a colon (``He added: "..."``), among the quote's syntactic heads, then
   before the quote in its paragraph; a quote with none continues the previous quote's speaker. The speaker is the
   verb's subject (``nsubj``/``nsubjpass``, an appositive name, ``according to X``: where it is written is
   :mod:`newsbrief.analyse.quote_speakers`, whom it names :mod:`newsbrief.analyse.quote_names`). Pronouns and
   singular definite descriptions ("the judge") resolve to the nearest preceding named speaker;
   indefinite ones ("a witness") stay ``None``. Surnames are expanded to the fullest PERSON name in
   the article ("Mr Gapes" -> "Mike Gapes").
4. **Choice**: the rules' answer and every other plausible speaker around the quote are candidates, and
   the learned ranker of :mod:`newsbrief.analyse.speaker_ranker` (fitted on PolNeAR train) picks one or
   none; a quote whose subject names nobody stays unattributed.

Measured against a hand-labelled gold set by ``benchmarks/quotes.py`` (BENCHMARKS.md, "Quotes").
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from newsbrief.analyse.quote_documents import DOCUMENT_NOUNS, OUTLET_NOUNS, read_out
from newsbrief.analyse.quote_index import DocIndex
from newsbrief.analyse.quote_inner import inner_quotes
from newsbrief.analyse.quote_names import clean_name, surname_key, titled_person
from newsbrief.analyse.quote_roles import role_holder
from newsbrief.analyse.quote_spans import outer_and_nested
from newsbrief.analyse.quote_speakers import Speakers
from newsbrief.analyse.quote_subjects import chanted, subject
from newsbrief.analyse.quote_verbs import (
    asker,
    governing,
    put_to,
    quoted_as,
    relaying,
    speech_verb,
    spoken_to,
    verbs_around,
)
from newsbrief.analyse.speaker_ranker import (
    Candidate,
    QuoteContext,
    SpeakerRanker,
    candidates,
    feature_vectors,
    mention_counts,
    names_nobody,
    shipped_ranker,
)
from newsbrief.model import Article, Quote
from newsbrief.text.lexicon import words as wordset

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

logger = logging.getLogger(__name__)

#: Fewer words than this is a scare quote or a label, never a quotation (gold-set rule).
MIN_WORDS = 3
#: Spans shorter than this that are not whole sentences need a speech verb nearby to count.
FRAGMENT_WORDS = 8


_FUNCTION_WORDS = wordset("""a an and as at but by for from in into of on or over the to with vs via & - –""")
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


# ---------------------------------------------------------------- 3. attribution (the verb: quote_verbs)


def _speaker(
    index: DocIndex, speakers: Speakers, verb: Token | None, start: int, end: int
) -> tuple[str | None, str | None, bool]:
    """The speaker and verb text of one quote, and whether the text left its speaker unsaid.

    The flag is true when there is no verb, or a verb whose subject the parse lost or is a pronoun with
    no antecedent; then the previous quote's speaker may go on. A subject that names nobody ("officials
    said", '"...," asked a friend') is not lost: it stays ``None``.
    """
    if verb is None:
        named = speakers.before_colon(start) or _sentence_subject(index, speakers, start)
        return named, None, named is None
    subj = subject(verb, index)
    verb_text = "according to" if verb.lower_ == "according" else verb.text
    speaker = speakers.inverted(verb)  # "And, said Malkan, '...'": the parser may give the verb another's subject
    if speaker is None and subj is not None:
        speaker = speakers.name_of(subj, min(start, verb.idx))
    if speaker is None and verb.idx >= end:
        speaker = speakers.after_verb(verb)  # '"...," said David Brock': the subject after its verb
    if speaker is None and subj is None and verb.idx >= end:
        speaker = speakers.after_quote(end)  # '"...," Kathy Fairbanks with ..., which ..., told us'
    if speaker is None and (subj is None or subj.pos_ == "VERB") and verb.lower_ != "according":
        speaker = speakers.left_person(verb)  # the parser lost the subject
    lost = not speakers.unnamed_after(verb) if subj is None else subj.pos_ in ("VERB", "AUX", "PRON")
    # '..., saying it's "all about management"' hung on "a database would keep ...": a common noun reached by
    # climbing from a participle into an embedded clause is that clause's subject, not the speaker's; the speaker
    # is unsaid, not nobody ("Lawmakers passed a resolution saying ..." keeps its main clause's subject)
    climbed = (
        subj is not None
        and subj.head is not verb
        and verb.tag_ == "VBG"
        and subj.pos_ == "NOUN"
        and subj.head.dep_ != "ROOT"
    )
    return speaker, verb_text, speaker is None and (lost or climbed)


def _sentence_subject(index: DocIndex, speakers: Speakers, start: int) -> str | None:
    """The named subject of the sentence a verbless quote sits in: 'In 2014, Pew found that "..."', 'the FBI lists
    "..."', "Cruz blamed the law on '...'": words quoted inside what that subject did are its own, not the previous
    quote's speaker's. Only a tagged person or organisation before the quote, subject of the sentence's root."""
    toks = index.tokens_within(start, start + 1)
    if not toks:
        return None
    root = toks[0].sent.root
    if root.idx >= start or index.inside(root.idx):
        return None
    subj = next((c for c in root.children if c.dep_ == "nsubj" and c.idx < start and not index.inside(c.idx)), None)
    ent = index.ent_of(subj) if subj is not None else None
    if ent is None or ent.label_ not in ("PERSON", "ORG"):
        return None
    return speakers.canonical(ent.text, ent[-1]) if ent.label_ == "PERSON" else clean_name(ent.text)


# ---------------------------------------------------------------- public API


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
    return extract_with_ranker(article, doc, shipped_ranker())


def in_brief(quote: Quote) -> bool:
    """Whether the brief's "Who said what" shows this quote: the ranker trusts its speaker enough.

    A wrong name is the worst error a brief can make, and "unattributed" where the text names the speaker
    is an error too (../shared/EDITOR.md): a quote whose best candidate scores below the ranker's
    ``brief_threshold`` is left out of the brief rather than shown with a doubtful name or none, and so is a
    short fragment that no speech verb introduces (kept as a quote for its own words, its speaker a guess).
    ``newsbrief quotes`` keeps every quote, with its confidence.
    """
    if quote.verb is None and _is_fragment(quote.text):
        return False  # 'the lyrics "I will follow you home"': kept for its words, but no verb says whose
    ranker = shipped_ranker()
    return ranker is None or ranker.trusted(quote.confidence)


def _is_fragment(quote: str) -> bool:
    """Fewer than :data:`FRAGMENT_WORDS` words and not a whole sentence."""
    return len(_words(quote)) < FRAGMENT_WORDS and not _is_sentence(quote)


def extract_with_ranker(
    article: Article,
    doc: Doc | None,
    ranker: SpeakerRanker | None,
    collect: list[tuple[int, int, list[Candidate], list[list[float]]]] | None = None,
) -> tuple[Quote, ...]:
    """:func:`extract_quotes` with a given speaker ranker (``None``: the rules alone choose).

    ``collect``, when given, receives each quote's candidates and their feature vectors (the training
    data of ``benchmarks/speaker_ranker.py``).
    """
    text = article.text
    spans, nested = outer_and_nested(text)
    if not spans:
        return ()
    if doc is None:
        from newsbrief.analyse.nlp import load_nlp

        doc = next(parse(load_nlp(), [text]))
    elif doc.text != text:
        raise ValueError(f"doc text does not match article {article.id!r}; parse article.text")
    index = DocIndex(doc, spans)
    speakers = Speakers(index)
    counts = mention_counts(index, speakers) if ranker is not None or collect is not None else {}
    quotes: list[Quote] = []
    prev: Quote | None = None
    nobody = False
    for start, end in spans:
        words = _words(text[start:end])
        if len(words) < MIN_WORDS or _is_title(words):
            continue
        verb = speech_verb(index, start, end)
        fragment = _is_fragment(text[start:end])
        unspoken = verb is None or (governing(index, start, end) is None and verb.idx < start)
        if fragment and unspoken and not _speaks(index, start, end):
            continue  # a short label with no speech verb governing or following it, and no words of speech
        speaker, verb_text, lost = _speaker(index, speakers, verb, start, end)
        near = prev is not None and start - prev.end < 400 and (verb is None or "\n" not in text[prev.end : start])
        carried = speaker is None and lost and near and prev is not None
        if carried and prev is not None:
            speaker, verb_text = prev.speaker, verb_text or (None if fragment else prev.verb)  # speaker goes on
        recent = prev is not None and start - prev.end < 600
        ctx = QuoteContext(start, end, verb, speaker, lost, prev.speaker if recent and prev else None, near)
        # a quote that names nobody stays so, and so does the run it starts ('someone yells "..." and "..."')
        # a description ("an Atlanta police spokesman") goes on as a name would, and as "nobody" does
        run_on = nobody and (speaker is None or carried) and lost and near
        nobody = names_nobody(index, speakers, ctx) or run_on
        crowd = verb is not None and chanted(verb, index)
        if crowd:
            speaker, nobody = None, True  # "the crowd chanted": no one speaker's words, nor the speaker's near it
        confidence = None
        if nobody and speaker is None:
            subj = subject(verb, index) if verb is not None else None
            # "the presumptive Republican presidential nominee said": the person the article names in that role,
            # else the description as written
            named = role_holder(subj, index, speakers.canonical) if subj is not None else None
            speaker = named or (speakers.described(subj) if subj is not None else None)
            document = subj is not None and subj.lemma_.lower() in DOCUMENT_NOUNS - OUTLET_NOUNS
            if speaker is None and (document or (run_on and prev is not None and prev.confidence == 0.0)):
                # "the report said", "the ad claims" (and the quotes that run on from it): a document of nobody the
                # text names; "unattributed" would tell the reader the text is silent where it names a text, so the
                # quote is left out of the brief
                confidence = 0.0
        signed = speakers.signed(end, start)
        if signed is not None:  # '"..." ― Carla Sanchez': the text says who, no choice left to make
            speaker, nobody, confidence = signed, False, None
        elif (put := put_to(index, start, end)) is not None:
            # 'Asked whether Clinton "has the integrity ...," 45 percent said': a poll's question, no one's speech;
            # its asker when the text names one ("asked by host Bill Maher whether ..."), else out of the brief
            by = asker(put)
            speaker = speakers.name_of(by, put.idx) if by is not None else None
            confidence, nobody = (None if speaker is not None else 0.0), speaker is None
        elif verb is not None and spoken_to(verb, start, end):
            # 'Sanders was asked by host Bill Maher, "..."': the asker; 'Trump was asked, "..."' or 'Postel, who was
            # called "the father of the Internet"': unsaid, out of brief
            by = asker(verb)
            speaker = speakers.name_of(by, verb.idx) if by is not None else None
            confidence = None if speaker is not None else 0.0
        elif (
            verb is not None
            and not any(start < s and e <= end for s, e in nested)  # 'Trump tweeted, quoting Comey's statement':
            # a quote inside the quote is the one passed on, the rest is the speaker's own
            and (relay := relaying(verb, start, end) or read_out(verb)) is not None
            and (source := speakers.relayed(relay, verb.idx))[0]
        ):
            # '"...," said Cooper, quoting the elder Bush': the words are Bush's, never the reader's; a source the
            # text does not name ("reading a statement from the family") leaves the quote out of the brief
            named = source[1] if source[1] != speaker else None
            speaker, confidence, nobody = named, None if named is not None else 0.0, False
        elif (
            verb is not None
            and (frame := quoted_as(verb)) is not None
            and (source := speakers.relayed(frame, verb.idx))[0]
        ):
            # 'The paper quoted Radek as saying', '"...," Autry recalled the man as saying': the object's words; an
            # object the text does not name ("the man", "officials") leaves the quote out of the brief
            speaker, confidence, nobody = source[1], None if source[1] is not None else 0.0, False
        elif (ranker is not None or collect is not None) and not nobody:
            cands = candidates(index, speakers, ctx, verbs_around(index, start, end))
            vectors = feature_vectors(index, speakers, ctx, cands, counts)
            if collect is not None:
                collect.append((start, end, cands, vectors))
            if ranker is not None:
                scored = list(zip(cands, ranker.probabilities(vectors), strict=True))
                speaker, confidence = ranker.choose(scored)
                speaker = _title_holder(speakers, cands, speaker)
                speaker, confidence = _shared_surname(speakers, ctx.rule_speaker, speaker, confidence, ranker)
                if verb_text is None and prev is not None and speaker == prev.speaker and not fragment:
                    verb_text = prev.verb  # (a fragment keeps no verb: see in_brief)
        if speaker is not None and verb is not None:
            speakers.remember(min(start, verb.idx), speaker)
        prev = Quote(text[start:end], speaker, verb_text, article.id, start, end, confidence)
        quotes.append(prev)
        # a chant starts no unnamed run: 'He said, "..." - at which point the crowd chanted "..." - "and restore ..."'
        # goes on with the speaker, not the crowd (PolNeAR train, wash-post 2016-07-22)
        nobody = nobody and not crowd
    quotes.extend(inner_quotes(index, speakers, nested, quotes, article.id, MIN_WORDS))
    return tuple(sorted(quotes, key=lambda q: (q.start, -q.end)))


def _title_holder(speakers: Speakers, cands: list[Candidate], speaker: str | None) -> str | None:
    """The person whose title the ranker's chosen body is: "Army" of "retired Army Lt. Gen. Michael Flynn" (the
    brief's splitter cuts after "Lt.", and the window's body won) is the general, :func:`titled_person`.

    Only where every mention the candidate has around the quote is such a title, of one person: a body that also
    speaks as itself there ("the Army said") stays the body. The choice is the ranker's; only its name changes."""
    cand = next((c for c in cands if c.name == speaker), None)
    if cand is None or not cand.mentions:
        return speaker
    held = [titled_person(m) if m.label_ == "ORG" else None for m in cand.mentions]
    people = {speakers.canonical(h.text, h[-1]) for h in held if h is not None}
    return people.pop() if len(people) == 1 and all(h is not None for h in held) else speaker


def _shared_surname(
    speakers: Speakers, rule: str | None, speaker: str | None, confidence: float, ranker: SpeakerRanker
) -> tuple[str | None, float]:
    """A speaker the text names only by a surname several people of the article bear, the text not deciding
    which (:meth:`Speakers.resolve`): the surname as written, and a confidence below the brief's cut.

    The ranker may prefer one of that family by its own mentions nearby ("Andrea Smith, 26, died ... Her
    father, Richard Smith, said ... '...,' Smith said"), but nothing in the attribution says which Smith
    spoke, and a wrong speaker is worse than none (issue 11). So too a surname the rules withheld the one full
    name from ("Mrs. Yeltsin" beside "Boris Yeltsin": :meth:`Speakers.withheld`).
    """
    bare = (
        rule
        if speakers.ambiguous(rule) or speakers.withheld(rule)
        else speaker
        if speakers.ambiguous(speaker)
        else None
    )
    if bare is None or speaker is None or surname_key(speaker) != bare.lower():
        return speaker, confidence
    return bare, min(confidence, math.nextafter(ranker.brief_threshold, 0.0))


#: Words of a speaker about themselves or their hearers: "our arguments this year" is said, not a label.
_PERSONAL = wordset("i me my we us our")


def _speaks(index: DocIndex, start: int, end: int) -> bool:
    """A short fragment that is speech by its own words: a finite verb ('"the woman is a victim."') or a
    first-person pronoun ('what he called "our arguments this year"'); names and labels have neither."""
    return any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.lower_ in _PERSONAL for t in index.tokens_within(start, end))


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
