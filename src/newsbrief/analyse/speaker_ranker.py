"""A learned ranker of candidate speakers: the rules propose, boosted trees choose.

The rules of :mod:`newsbrief.analyse.quotes` and :mod:`newsbrief.analyse.quote_speakers` are kept as the
*candidate generator*: for one quote they propose every plausible speaker (the subject of the chosen speech
verb and of the other speech verbs around the quote, the name after an inverted verb, a name heading a colon
or a list, the previous quote's speaker, the people and organisations named in the quote's sentence and its
neighbours, the person a pronoun or role noun agrees with, the organisation whose name holds the subject's
noun: "the council" -> "Haringey Council"). Each (quote, candidate) pair gets the features of
:data:`FEATURES` (distance, side, syntactic role, recency, agreement, frequency, which rule proposed it, and
how it stands among the quote's other candidates), and gradient-boosted trees fitted on PolNeAR train only
(``benchmarks/speaker_ranker.py``, grouped cross-validation by article; they beat session 5's logistic
regression there, BENCHMARKS.md) score them: the best candidate speaks if its probability reaches the
shipped threshold, else the quote stays unattributed. That probability is the quote's ``confidence``; below
the shipped ``brief_threshold`` (chosen on the same CV so that the names a brief shows are right 98% of the
time) the brief leaves the quote out. This is the mention-ranking formulation of quote attribution (Pareti
2015, ch. 6; O'Keefe et al. 2012, "A sequence labelling approach to quote attribution"; Muzny et al. 2017,
"A two-stage sieve approach for quote attribution": rules for candidates, a learned choice).

At run time the trees are numpy arrays read from ``newsbrief/data/speaker_ranker.json``
(:mod:`newsbrief.boosted_trees`): no scikit-learn on the brief's import path.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from newsbrief.analyse.quote_documents import DOCUMENT_NOUNS
from newsbrief.analyse.quote_inverted import body_noun, role_of_another
from newsbrief.analyse.quote_speakers import Speakers
from newsbrief.analyse.quote_subjects import subject
from newsbrief.analyse.quote_verbs import HEARER_VERBS, is_speech
from newsbrief.boosted_trees import BoostedTrees
from newsbrief.package_data import read_json
from newsbrief.text.lexicon import PLURAL_PRONOUNS, PRONOUN_GENDER, ROLE_GENDER

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from newsbrief.analyse.quote_index import DocIndex

#: Which rule proposed a candidate (a candidate may come from several).
SOURCES = ("rule", "subj", "after", "left", "colon", "prev", "alt", "window", "pron_first", "pron", "noun_org")
#: The features of one (quote, candidate) pair, in the order of the shipped coefficients.
FEATURES = (
    *(f"src_{s}" for s in SOURCES),
    "n_sources",
    "person",
    "org",
    "multiword",
    "mentions_log",
    "most_mentioned",
    "before",
    "after_quote",
    "dist_before_log",
    "dist_after_log",
    "same_sentence",
    "next_sentence",
    "prev_sentence",
    "same_paragraph",
    "only_inside",
    "inside_too",
    "role_subj_speech",
    "role_subj_other",
    "role_obj",
    "role_poss",
    "hist_rank0",
    "hist_rank1",
    "hist_far",
    "gender_agree",
    "noun_in_name",
    "prev_no_verb",
    "prev_lost",
    "subj_names_nobody",
    "quote_starts_paragraph",
    "no_verb",
    "prev_near",
    "nearest_before",
    "nearest_after",
    "n_candidates_log",
    "most_mentioned_here",
)
#: Subjects that name nobody a reader could check: '"...," someone shouted', "one said".
_INDEFINITE = frozenset(
    "someone somebody anyone anybody everyone everybody nobody one another others some many few several".split()
)
#: Tokens around a quote searched for named mentions: its sentence(s) and one sentence either side.
_SENTENCES_AROUND = 1


@dataclass(slots=True)
class Candidate:
    """One possible speaker of a quote and the evidence for it."""

    name: str
    key: str
    sources: set[str] = field(default_factory=set)
    mentions: list[Span] = field(default_factory=list)
    #: Said to, not saying ("told Jane Doe"): scored among the others, as in training, but never chosen.
    heard: bool = False


@dataclass(frozen=True, slots=True)
class QuoteContext:
    """What the rules found about one quote: the inputs the candidates and their features come from."""

    start: int
    end: int
    verb: Token | None
    rule_speaker: str | None
    lost: bool
    prev_speaker: str | None
    prev_near: bool


def _key(speakers: Speakers, name: str) -> str:
    return speakers.canonical_key(name) or name.lower()


def _add(out: dict[str, Candidate], speakers: Speakers, name: str | None, source: str, ent: Span | None = None) -> None:
    if not name or not name.strip():
        return
    key = _key(speakers, name)
    cand = out.get(key)
    if cand is None:
        cand = out[key] = Candidate(name, key)
    elif len(name.split()) > len(cand.name.split()):
        cand.name = name  # keep the fullest form the article gives
    cand.sources.add(source)
    if ent is not None:
        cand.mentions.append(ent)


def _window(index: DocIndex, start: int, end: int) -> tuple[int, int, Span, Span]:
    """Character range of the quote's sentences and one sentence either side; first and last sentence."""
    doc = index.doc
    toks = index.tokens_within(start, end) or index.tokens_after(start, 1) or [doc[-1]]
    first, last = toks[0].sent, toks[-1].sent
    lo_tok = first.start
    hi_tok = last.end
    for _ in range(_SENTENCES_AROUND):
        if lo_tok > 0:
            lo_tok = doc[lo_tok - 1].sent.start
        if hi_tok < len(doc):
            hi_tok = doc[hi_tok].sent.end
    lo = doc[lo_tok].idx
    hi = doc[hi_tok - 1].idx + len(doc[hi_tok - 1]) if hi_tok > 0 else 0
    return lo, hi, first, last


def candidates(index: DocIndex, speakers: Speakers, ctx: QuoteContext, verbs: list[Token]) -> list[Candidate]:
    """Every plausible speaker of one quote (module docstring), merged by the person's key (surname).

    Args:
        index: the article's index.
        speakers: the article's names.
        ctx: what the rules found for this quote.
        verbs: other speech verbs the rules saw around the quote (trailing, leading, governing).
    """
    out: dict[str, Candidate] = {}
    verb = ctx.verb
    _add(out, speakers, ctx.rule_speaker, "rule")
    if verb is not None:
        subj = subject(verb, index)
        if subj is not None:
            _add(out, speakers, speakers.name_of(subj, min(ctx.start, verb.idx)), "subj")
            if subj.lower_ in PRONOUN_GENDER or subj.pos_ == "NOUN":
                g = PRONOUN_GENDER.get(subj.lower_) or ROLE_GENDER.get(subj.lower_)
                seen = 0
                for name in _recent(speakers, min(ctx.start, verb.idx)):
                    if g is None or speakers.gender.get(speakers.canonical_key(name), g) == g:
                        _add(out, speakers, name, "pron" if seen else "pron_first")
                        seen += 1
                    if seen >= 2:
                        break
            if _bare_definite(subj):
                noun = subj.lower_
                for ent in index.doc.ents:
                    if ent.start_char >= ctx.start:
                        break
                    if ent.label_ == "ORG" and noun in ent.text.lower().split():
                        _add(out, speakers, speakers.canonical(ent.text), "noun_org", ent)
        if verb.idx >= ctx.end:
            _add(out, speakers, speakers.after_verb(verb), "after")
        _add(out, speakers, speakers.left_person(verb), "left")
    _add(out, speakers, speakers.before_colon(ctx.start), "colon")
    _add(out, speakers, ctx.prev_speaker, "prev")
    for other in verbs:
        if other == verb:
            continue
        subj = subject(other, index)
        if subj is not None:
            _add(out, speakers, speakers.name_of(subj, min(ctx.start, other.idx)), "alt")
        if other.idx >= ctx.end:
            _add(out, speakers, speakers.after_verb(other), "alt")
    lo, hi, _, _ = _window(index, ctx.start, ctx.end)
    span = index.doc.char_span(lo, hi, alignment_mode="expand") if hi > lo else None
    for ent in span.ents if span is not None else ():
        if ent.label_ in ("PERSON", "ORG"):
            _add(out, speakers, speakers.canonical(ent.text, ent[-1]), "window", ent)
    for tok in span if span is not None else ():  # surnames the tagger missed ("Sanders, well aware of ...")
        cand = out.get(tok.lower_) if not tok.ent_type_ and tok.text[:1].isupper() else None
        if cand is not None:
            cand.mentions.append(tok.doc[tok.i : tok.i + 1])
    want = _wanted_gender(index, ctx)
    heard = _hearers(index, speakers, verb)
    # agreement is a filter, not a weight (Lappin and Leass 1994): "she said" is never Mr. Brown
    found = [c for c in out.values() if want is None or speakers.gender.get(c.key, want) == want]
    for c in found:
        c.heard = c.key in heard and not c.sources & {"rule", "subj"}
    # "the council said" after "Haringey Council": the noun names that organisation, not the last person
    orgs = [c for c in found if "noun_org" in c.sources]
    if orgs:
        return orgs
    subj = subject(verb, index) if verb is not None else None
    if subj is not None and _bare_definite(subj) and body_noun(subj):
        # "Apple CEO Tim Cook ... the company said": a body's words; its type is a filter as gender is, so no
        # candidate the text only ever tags as a person is offered
        return [c for c in found if not _a_person(c, speakers)]
    return found


def _a_person(cand: Candidate, speakers: Speakers) -> bool:
    """Whether a candidate is a person by its mentions (tagged as one and never as an organisation), or, with no
    mention, a name the article's people bear."""
    labels = {m.label_ for m in cand.mentions}
    return ("PERSON" in labels and "ORG" not in labels) or (not labels and cand.key in speakers.full)


def _hearers(index: DocIndex, speakers: Speakers, verb: Token | None) -> set[str]:
    """The keys of the people a quote was said to: the object of "told", "asked", "warned" when the verb has its
    own subject ('"I was there," the witness told Jane Doe, a reporter'). The hearer is never chosen: the ranker
    named her at 0.58 (review26). It stays among the candidates the others are scored against, as in training
    (dropped, it lowered the right speaker's confidence under the brief's cut in 3 PolNeAR train quotes)."""
    if verb is None or verb.lemma_.lower() not in HEARER_VERBS:
        return set()
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return set()
    keys = set()
    for obj in verb.children:
        if obj.dep_ in ("dobj", "dative"):
            ent = index.ent_of(obj)
            if ent is not None and ent.label_ in ("PERSON", "ORG"):
                keys.add(_key(speakers, speakers.canonical(ent.text, ent[-1])))
    return keys


def _wanted_gender(index: DocIndex, ctx: QuoteContext) -> str | None:
    """The gender the speech verb's subject asks for: "she", "the congresswoman"; ``None`` when it asks none."""
    subj = subject(ctx.verb, index) if ctx.verb is not None else None
    if subj is None:
        return None
    return PRONOUN_GENDER.get(subj.lower_) or ROLE_GENDER.get(subj.lower_)


def names_nobody(index: DocIndex, speakers: Speakers, ctx: QuoteContext) -> bool:
    """The rules found a subject that names nobody ("officials said", "someone yells", "the group that ...").

    Such a quote stays unattributed and is not offered to the ranker: PolNeAR's quotes with an unnamed source
    are mostly pronouns its coreference chains left unresolved, so they cannot teach when to abstain, and a
    wrong speaker is worse than none. A subject that is a name the tagger took for a plural ("Sanders",
    "Mills") or a common noun ('," Hannity said') is not "nobody".
    """
    if ctx.rule_speaker is not None or ctx.verb is None:
        return False
    subj = subject(ctx.verb, index)
    if subj is None:
        return not ctx.lost  # '"...," asked a friend': an unnamed speaker after the verb
    if subj.lower_ in _INDEFINITE or speakers.generic_plural(subj):
        return True  # "someone yells"; "Politicos call it": a generic plural, whatever the tagger made of it
    if role_of_another(subj):
        return True  # "said the lawyer for Tom Reed": an unnamed lawyer, not Reed nor a name near the quote
    if ctx.lost or subj.pos_ == "PROPN" or subj.lower_ in speakers.full:
        return False
    if _bare_definite(subj) and subj.lower_ not in DOCUMENT_NOUNS:
        return False  # "the council said": someone named before, maybe an organisation ("Haringey Council")
    return not (subj.text[:1].isupper() and not subj.is_sent_start)


def _bare_definite(subj: Token) -> bool:
    """ "the council", nothing more: a noun that points back to something named before.

    "The Momentum group that supports Mr Corbyn" carries its own description and is not a back-reference.
    """
    return subj.pos_ == "NOUN" and subj.tag_ == "NN" and [c.lower_ for c in subj.children] == ["the"]


def _recent(speakers: Speakers, before: int) -> list[str]:
    """Distinct names of the article's history before ``before``, most recent first."""
    k = bisect.bisect_left(speakers.history, (before, ""))
    seen: list[str] = []
    for pos in range(k - 1, max(-1, k - 40), -1):
        name = speakers.history[pos][1]
        if name not in seen:
            seen.append(name)
    return seen


def _role(ent: Span) -> str:
    """The syntactic role of a mention: subject of a speech verb or of another verb, object, possessor."""
    root = ent.root
    while root.dep_ in ("compound", "appos", "flat") and root.head is not root:
        root = root.head
    if root.dep_ in ("nsubj", "nsubjpass"):
        return "subj_speech" if is_speech(root.head) else "subj_other"
    if root.dep_ in ("dobj", "pobj", "dative", "attr"):
        return "obj"
    if root.dep_ == "poss":
        return "poss"
    return ""


def feature_vectors(
    index: DocIndex, speakers: Speakers, ctx: QuoteContext, cands: list[Candidate], counts: dict[str, int]
) -> list[list[float]]:
    """The feature vectors of one quote's candidates, in the order of :data:`FEATURES`.

    What belongs to the quote (its sentences, the history before it, the verb's subject) is found once.
    """
    doc = index.doc
    text = index.text
    _, _, first, last = _window(index, ctx.start, ctx.end)
    q_first = index.first_at_or_after(ctx.start)
    q_last = index.first_at_or_after(ctx.end)
    ranks: dict[str, int] = {}
    for i, name in enumerate(_recent(speakers, ctx.start)):
        ranks.setdefault(_key(speakers, name), i)
    subj = subject(ctx.verb, index) if ctx.verb is not None else None
    want = _wanted_gender(index, ctx)
    top = max(counts.values(), default=0)
    para = text.rfind("\n", 0, ctx.start)
    quote = {
        "subj_names_nobody": float(
            subj is not None and (subj.lower_ in PLURAL_PRONOUNS or subj.tag_ in ("NNS", "NNPS"))
        ),
        "quote_starts_paragraph": float(not text[para + 1 : ctx.start].strip(" \"'“‘`\t")),
        "no_verb": float(ctx.verb is None),
    }
    out = []
    for cand in cands:
        f: dict[str, float] = {f"src_{s}": float(s in cand.sources) for s in SOURCES}
        f.update(quote)
        f["n_sources"] = float(len(cand.sources))
        labels = {m.label_ for m in cand.mentions}
        f["person"] = float("PERSON" in labels or cand.key in speakers.full)
        f["org"] = float("ORG" in labels and "PERSON" not in labels)
        f["multiword"] = float(len(cand.name.split()) > 1)
        count = counts.get(cand.key, 0)
        f["mentions_log"] = math.log1p(count)
        f["most_mentioned"] = float(count > 0 and count == top)
        best_before = best_after = None
        inside = outside = False
        for m in cand.mentions:
            if ctx.start <= m.start_char < ctx.end or index.inside(m.start_char):
                inside = True
                continue
            outside = True
            if m.end_char <= ctx.start:
                d = max(0, q_first - m.end)
                if best_before is None or d < best_before[0]:
                    best_before = (d, m)
            else:
                d = max(0, m.start - q_last)
                if best_after is None or d < best_after[0]:
                    best_after = (d, m)
        nearest = min((x for x in (best_before, best_after) if x is not None), key=lambda x: x[0], default=None)
        role = _role(nearest[1]) if nearest is not None else ""
        f["before"] = float(best_before is not None)
        f["after_quote"] = float(best_after is not None)
        f["dist_before_log"] = math.log1p(best_before[0]) if best_before else 0.0
        f["dist_after_log"] = math.log1p(best_after[0]) if best_after else 0.0
        sents = {doc[m.start].sent.start for m in cand.mentions}
        f["same_sentence"] = float(any(first.start <= s <= last.start for s in sents))
        f["next_sentence"] = float(any(s > last.start for s in sents))
        f["prev_sentence"] = float(any(s < first.start for s in sents))
        if nearest is None:
            f["same_paragraph"] = 0.0
        else:
            m = nearest[1]
            between = text[m.end_char : ctx.start] if m.end_char <= ctx.start else text[ctx.end : m.start_char]
            f["same_paragraph"] = float("\n" not in between.strip())
        f["only_inside"] = float(inside and not outside)
        f["inside_too"] = float(inside)
        for r in ("subj_speech", "subj_other", "obj", "poss"):
            f[f"role_{r}"] = float(role == r)
        rank = ranks.get(cand.key)
        f["hist_rank0"] = float(rank == 0)
        f["hist_rank1"] = float(rank == 1)
        f["hist_far"] = float(rank is not None and rank > 1)
        f["gender_agree"] = float(want is not None and speakers.gender.get(cand.key) == want)
        f["noun_in_name"] = float(subj is not None and subj.pos_ == "NOUN" and subj.lower_ in cand.name.lower().split())
        f["prev_no_verb"] = float("prev" in cand.sources and ctx.verb is None)
        f["prev_lost"] = float("prev" in cand.sources and ctx.lost)
        f["prev_near"] = float("prev" in cand.sources and ctx.prev_near)
        out.append([f[name] for name in FEATURES[: -len(_RELATIVE)]])
    return _relative(out)


#: Features of a candidate against the quote's other candidates (the ranker scores one pair at a time).
_RELATIVE = ("nearest_before", "nearest_after", "n_candidates_log", "most_mentioned_here")


def _relative(rows: list[list[float]]) -> list[list[float]]:
    """Append :data:`_RELATIVE`: named nearest before or after the quote among its candidates, how many
    candidates there are, and the most mentioned of them."""
    col = {name: FEATURES.index(name) for name in ("before", "after_quote", "dist_before_log", "dist_after_log")}
    ment = FEATURES.index("mentions_log")
    near_b = min((r[col["dist_before_log"]] for r in rows if r[col["before"]]), default=None)
    near_a = min((r[col["dist_after_log"]] for r in rows if r[col["after_quote"]]), default=None)
    top = max((r[ment] for r in rows), default=0.0)
    n_log = math.log(len(rows)) if rows else 0.0
    return [
        [
            *r,
            float(bool(r[col["before"]]) and r[col["dist_before_log"]] == near_b),
            float(bool(r[col["after_quote"]]) and r[col["dist_after_log"]] == near_a),
            n_log,
            float(r[ment] == top),
        ]
        for r in rows
    ]


def mention_counts(index: DocIndex, speakers: Speakers) -> dict[str, int]:
    """How often each person or organisation is named in the article, by key."""
    counts: dict[str, int] = {}
    for ent in index.doc.ents:
        if ent.label_ in ("PERSON", "ORG"):
            k = _key(speakers, speakers.canonical(ent.text))
            counts[k] = counts.get(k, 0) + 1
    return counts


@dataclass(frozen=True, slots=True)
class SpeakerRanker:
    """The fitted ranker: ``probabilities(rows)`` is P(this candidate spoke the quote) for each candidate;
    a quote's best candidate below ``threshold`` leaves it unattributed, and below ``brief_threshold``
    (chosen on train CV for the precision of the names a brief shows) keeps the quote out of the brief."""

    model: BoostedTrees
    threshold: float
    brief_threshold: float

    @classmethod
    def from_weights(cls, doc: Mapping, source: str) -> SpeakerRanker:
        """The ranker of a weights document (``read_json`` of package data, or a test's dict).

        Raises:
            ValueError: the file was fitted on another feature list (a developer's mistake, not the user's:
                refit with ``benchmarks/speaker_ranker.py --write``), or its trees are malformed.
        """
        if tuple(doc["features"]) != FEATURES:
            raise ValueError(f"{source} was fitted on other features {list(doc['features'])}, not {list(FEATURES)}")
        threshold = float(doc["threshold"])
        model = BoostedTrees.from_doc(doc, len(FEATURES), source)
        return cls(model, threshold, float(doc.get("brief_threshold", threshold)))

    def probabilities(self, rows: list[list[float]]) -> list[float]:
        """P(spoke the quote) of each candidate's feature row."""
        return [float(p) for p in self.model.probabilities(rows)] if rows else []

    def choose(self, scored: list[tuple[Candidate, float]]) -> tuple[str | None, float]:
        """The best candidate's name when its probability reaches the threshold (else ``None``), and that
        probability: the quote's confidence. With no candidate at all the confidence is 0: nobody the text names
        is known to have said it, though nothing says that nobody did (unlike "officials said"), so the brief
        leaves the quote out rather than show it unattributed. A hearer (:attr:`Candidate.heard`) is never chosen."""
        scored = [(c, p) for c, p in scored if not c.heard]
        if not scored:
            return None, 0.0
        cand, p = max(scored, key=lambda cp: cp[1])
        return (cand.name if p >= self.threshold else None), p

    def trusted(self, confidence: float | None) -> bool:
        """Whether a quote of this confidence goes into the brief (``None``: the rules decided alone)."""
        return confidence is None or confidence >= self.brief_threshold


@lru_cache(maxsize=1)
def shipped_ranker() -> SpeakerRanker:
    """The ranker of ``newsbrief/data/speaker_ranker.json`` (package data, read once per process).

    Raises:
        ValueError: the file does not fit this code (see :meth:`SpeakerRanker.from_weights`).
    """
    return SpeakerRanker.from_weights(read_json("speaker_ranker.json"), "data/speaker_ranker.json")
