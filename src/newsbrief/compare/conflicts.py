"""Conflicts: where two sources state different values for the same slot of the same fact.

Like with like (issue 12; EDITOR.md, "conflict: false" and "conflict: missed"):
1. **The same fact.** Only pairs of sentences of different sources that the same-fact decision
   (:mod:`.same_fact`) scores at or above ``BriefConfig.conflict_threshold`` are compared. The threshold
   is lower than the one for support, because the same-fact decision itself counts a differing number
   against "same": a pair that disagrees on one value is still one fact told two ways.
2. **The same slot.** Values are read with their kind and key (:mod:`.slots`): the age of one person, the
   clock time, the distance, the sum of money, the count of one kind of thing ("12 people" against "15
   people", never "12 dead" against "15 injured"), a date of the same word and kind (:mod:`.date_slots`;
   "said Monday" is a reporting date and is left out), a name spelt two ways (two capitalised words alike
   but for a few letters, "Oliveras" / "Olivares", or a name with a capital inside written as two words,
   "PublicAffairs" / "Public Affairs"; never a compound closed up by house style, "Hongkong" / "Hong Kong").
   A time, distance, percentage or sum without a key is
   compared only when each sentence gives exactly one of that kind.
3. **Incompatible values.** Intervals that do not meet: "about 300" against "317" is rounding, "more than
   50" against "56" agrees; a value written as a change ("rose to 15") is an update, and one written as a
   margin ("$1 million more than Carnahan") the gap between two things, not a version.
4. **Not a look-alike.** Never a caption, heading or credit (:func:`.slots.not_a_statement`);
   never a value that either source states both ways (in the same sentence or anywhere in its text: "12,
   later revised to 15", a name it spells both ways: a typo of one source, whichever step found it); never a
   sentence that writes the other side's value itself ("10 meters (35 feet)" against "35 feet",
   :func:`.slots.mentions`), gives another value agreeing with it ("ahead 51 percent to 42 percent" against
   "more than 50 percent": :func:`.value_pairs.gives_version`) or tells of a correction ("initially
   identified as Kanasho Jones, but police later issued a correction"); never two ages both true on the days
   their reports were written (:mod:`.age_dates`). Steps 2 to 4 read one pair of sentences: :mod:`.value_pairs`.
5. **A learned decision** (:mod:`.conflict_model`, optional: ``BriefConfig.conflict_decision``): a logistic
   regression over features of the pair and the slot (P(same fact), kind, distance of the values, shared
   key, shared words and names, quotation, several values of the kind, whether the strict rules accept it,
   stated elsewhere, update, caption), fitted on the development labels, keeps a candidate only at or above
   its cut-off, chosen for precision first. ``both`` applies it to the rules' candidates; ``learned`` to
   those and the looser ones of :mod:`.conflict_candidates` (no key or context filter).
6. **By slot** (``BriefConfig.conflict_slots``, with ``learned``): values of one named thing in sentences that
   align below the threshold of step 1 (one person's age, a distance from one named place:
   :mod:`.slot_pairs`) are weighed by the same decision.
7. **Sides.** Pairwise disagreements on the same slot with the same values are merged, and those of one keyed
   slot that share a value (:func:`.conflict_sides.one_slot`), so that each conflict lists its versions, each
   with the sources that give it and the quoted value; every other source that states one of the values joins
   its side (:func:`.conflict_sides.join_sources`). A name spelt each way by two or more sources is an accepted
   form, not a slip: no conflict (:func:`.conflict_sides.house_styles`).

A pair is never both support and conflict: :mod:`.conflict_support` removes the support and the shared facts' members.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence, Set
from dataclasses import dataclass
from datetime import date

import numpy as np
from scipy.sparse import csr_array, issparse, sparray
from scipy.sparse import triu as sparse_triu

from newsbrief.compare.age_dates import aged_between, report_days
from newsbrief.compare.conflict_candidates import loose_pairs
from newsbrief.compare.conflict_model import ConflictModel, shipped_model
from newsbrief.compare.conflict_sides import house_styles, join_sources, one_slot
from newsbrief.compare.full_names import surname_spellings
from newsbrief.compare.slot_pairs import slot_pairs
from newsbrief.compare.slots import Value, mentions, name_values, not_a_statement, values
from newsbrief.compare.value_pairs import (
    corrected,
    counts_other_members,
    gives_version,
    of_other_scopes,
    pair_features,
    pair_values,
    states_value,
)
from newsbrief.config import CONFLICT_DECISIONS
from newsbrief.model import Conflict, ConflictSide, Sentence, Span
from newsbrief.text.tokens import stem

#: How candidates are decided (:func:`find_conflicts`).
DECISIONS = CONFLICT_DECISIONS
_KIND_WORDS = {
    "age": "ages", "time": "times", "distance": "distances", "money": "amounts", "percent": "percentages",
    "number": "numbers", "date": "dates", "name": "spellings",
}  # fmt: skip


def full_name_conflicts(
    sentences: Sequence[Sentence], texts: Mapping[str, str], common: Set[str] = frozenset()
) -> tuple[Conflict, ...]:
    """One person's surname spelt two ways by two sources, wherever they write it (:mod:`.full_names`)."""
    out = []
    for x, y in surname_spellings(sentences, texts, common):
        sides = tuple(ConflictSide(v.span.text, (v.span,), (v.sentence,)) for v in (x, y))
        slot = f"'{x.first}'"
        spans = tuple(sd.sentences[0] for sd in sides)
        out.append(Conflict("name", _describe("name", slot, sides), spans, slot=slot, sides=sides))
    return tuple(out)


def _value_span(sentence: Span, v: Value) -> Span:
    return Span(sentence.article_id, sentence.start + v.start, sentence.start + v.end, v.text)


def _describe(kind: str, slot: str, sides: Sequence[ConflictSide]) -> str:
    what = _KIND_WORDS.get(kind, kind)
    about = f" ({slot})" if slot else ""
    return f"{what} differ{about}: " + " vs ".join(side.value for side in sides)


def _slot_name(v: Value, sentence: str = "") -> str:
    if v.kind == "date":
        word, _, kind = v.key.partition("/")
        return f"'{word}' ({kind})"
    if not v.key or v.key in "$£€%":
        return ""
    return "'" + " ".join(_as_written(w, sentence, v.end) for w in v.key.split()) + "'"


def _as_written(key: str, sentence: str, after: int) -> str:
    """A word of a value's key as the sentence writes it: keys are stems ('peopl') and lower-cased surnames
    ('smith'), which the reader must not see; the words after the value first ('five people'), then all."""
    bare = key.rstrip("-")
    for text in (sentence[after:], sentence):
        for word in re.findall(r"\w[\w'’]*", text):
            low = word.lower()
            if bare in (low, stem(low.rstrip("'s").removesuffix("'"))):
                return word + key[len(bare) :]
    return "people" if key == "peopl" else key  # 'killing two and wounding 21': the rule's own key, unwritten


@dataclass(frozen=True, slots=True)
class Candidate:
    """Values ``x`` of sentence ``i`` and ``y`` of sentence ``j`` that steps 1 to 4 set against each other."""

    i: int
    j: int
    x: Value
    y: Value
    same_fact: float


def _common_words(sentences: Sequence[Sentence], texts: Mapping[str, str]) -> set[str]:
    """Words the sources write in lower case somewhere: not names."""
    common = {w for text in texts.values() for w in re.findall(r"\b[a-z][a-z'-]+\b", text)}
    return common | {w for s in sentences for w in re.findall(r"\b[a-z][a-z'-]+\b", s.text)}


def _known_values(texts: Mapping[str, str] | None) -> Callable[[str], list[Value]]:
    """Every value (names too) each source states in its whole text, by article id, computed once each."""
    known: dict[str, list[Value]] = {}

    def known_values(article_id: str) -> list[Value]:
        if article_id not in known:
            text = (texts or {}).get(article_id, "")
            known[article_id] = [*values(text), *name_values(text)]
        return known[article_id]

    return known_values


def candidates(
    sentences: Sequence[Sentence],
    same: np.ndarray | sparray,
    *,
    threshold: float,
    texts: Mapping[str, str] | None = None,
    common: Set[str] | None = None,
) -> Iterator[Candidate]:
    """The value pairs of steps 1 to 4, before the learned decision, in row-major order of the pairs."""
    for i, j, p, ka, kb, words in _compared(sentences, same, threshold, texts, common):
        for x, y in pair_values(sentences[i].text, sentences[j].text, ka, kb, words):
            yield Candidate(i, j, x, y, p)


def _compared(
    sentences: Sequence[Sentence],
    same: np.ndarray | sparray,
    threshold: float,
    texts: Mapping[str, str] | None,
    common: Set[str] | None,
) -> Iterator[tuple[int, int, float, list[Value], list[Value], Set[str]]]:
    """Pairs ``i < j`` of sentences of two sources at or above ``threshold`` (step 1), with their P(same fact),
    the values each source states anywhere, and the words the sources write in lower case."""
    known_values = _known_values(texts)
    if common is None:
        common = _common_words(sentences, texts or {})
    rows, cols = _pairs_at_or_above(same, threshold)
    for i, j in zip(rows.tolist(), cols.tolist(), strict=True):
        a, b = sentences[i], sentences[j]
        if a.article_id != b.article_id:
            p = max(float(same[i, j]), float(same[j, i]))
            yield i, j, p, known_values(a.article_id), known_values(b.article_id), common


def learned_candidates(
    sentences: Sequence[Sentence],
    same: np.ndarray | sparray,
    *,
    threshold: float,
    texts: Mapping[str, str] | None = None,
    common: Set[str] | None = None,
) -> Iterator[tuple[Candidate, list[float]]]:
    """What the learned decision weighs, with its features: on every pair at or above ``threshold``, the strict
    rules' value pairs (:func:`.value_pairs.pair_values`) and the looser ones of
    :func:`.conflict_candidates.loose_pairs` (no key or context filter, captions and values stated elsewhere
    kept but marked)."""
    for i, j, p, ka, kb, words in _compared(sentences, same, threshold, texts, common):
        a, b = sentences[i], sentences[j]
        strict = pair_values(a.text, b.text, ka, kb, words)
        loose = [pair for pair in loose_pairs(a.text, b.text) if pair not in strict]
        debris = not_a_statement(a.text) or not_a_statement(b.text)
        for n, (x, y) in enumerate([*strict, *loose]):
            stated = states_value(ka, y) or states_value(kb, x)
            row = pair_features(a.text, b.text, x, y, p, rules=n < len(strict), stated=stated, debris=debris)
            yield Candidate(i, j, x, y, p), row


def slot_candidates(
    sentences: Sequence[Sentence], same: np.ndarray | sparray, *, threshold: float, broad: bool = False
) -> Iterator[tuple[Candidate, list[float]]]:
    """The candidates by slot of :mod:`.slot_pairs` (an age of one person, a distance from one place, in
    sentences that align below ``threshold``), with their features for the learned decision: the strict rules'
    slot (``rules``) holds, as their anchor is stricter than a key. ``broad``: see :func:`.slot_pairs.slot_pairs`."""

    def p(i: int, j: int) -> float:
        return max(float(same[i, j]), float(same[j, i]))

    for i, j, x, y in slot_pairs(sentences, lambda i, j: p(i, j) >= threshold, broad=broad):
        q = p(i, j)
        yield Candidate(i, j, x, y, q), pair_features(sentences[i].text, sentences[j].text, x, y, q)


def find_conflicts(
    sentences: Sequence[Sentence],
    same: np.ndarray,
    *,
    threshold: float,
    texts: Mapping[str, str] | None = None,
    model: ConflictModel | None = None,
    decision: str = "rules",
    slots: bool = False,
    published: Mapping[str, str | None] | None = None,
) -> tuple[Conflict, ...]:
    """Every disagreement between sources of one cluster (the module docstring, steps 1 to 7).

    Args:
        sentences: the cluster's sentences (offsets index their article's cleaned text).
        same: P(same fact) of every pair (n x n, 0 within one article), as support computed it.
        threshold: pairs at or above it are one fact told by two sources.
        texts: each source's whole text by article id, for "states it both ways".
        model: the learned decision of step 5 (the shipped one when not given and ``decision`` asks for it).
        decision: one of :data:`DECISIONS` (``BriefConfig.conflict_decision``): ``rules``, the strict rules'
            candidates (filtered by ``model`` when one is given); ``both``, the rules' candidates the learned
            decision also accepts; ``learned``, the learned decision over the looser candidates of
            :func:`learned_candidates`.
        slots: with ``learned``, also weigh the candidates by slot of :func:`slot_candidates` (values of one
            named thing in sentences below ``threshold``; ``BriefConfig.conflict_slots``).
        published: ``Article.published`` by article id: with the text's dateline, the day each report was
            written, on which its ages are true (:mod:`.age_dates`).
    """
    if decision not in DECISIONS:
        raise ValueError(f"conflict decision {decision!r}: expected one of {', '.join(DECISIONS)}")
    if decision != "rules" and model is None:  # a model given is applied (fitting and cross-validation pass theirs)
        model = shipped_model()
    if len(sentences) < 2:
        return ()
    common = _common_words(sentences, texts or {})
    pool: Iterable[tuple[Candidate, list[float] | None]]
    if decision == "learned":
        pool = learned_candidates(sentences, same, threshold=threshold, texts=texts, common=common)
        if slots:
            pool = itertools.chain(pool, slot_candidates(sentences, same, threshold=threshold))
    else:
        pool = (
            (c, None if model is None else pair_features(sentences[c.i].text, sentences[c.j].text, c.x, c.y,
                                                         c.same_fact))
            for c in candidates(sentences, same, threshold=threshold, texts=texts, common=common)
        )  # fmt: skip
    days = report_days(texts or {}, published or {})
    return assemble(sentences, same, pool, texts=texts, common=common, model=model, days=days)


def assemble(
    sentences: Sequence[Sentence],
    same: np.ndarray | sparray,
    pool: Iterable[tuple[Candidate, list[float] | None]],
    *,
    texts: Mapping[str, str] | None = None,
    common: Set[str] | None = None,
    model: ConflictModel | None = None,
    days: Mapping[str, date | None] | None = None,
) -> tuple[Conflict, ...]:
    """The conflicts of candidates with their features (steps 5 to 7): those ``model`` accepts (all without
    one), merged by slot and values, and the surnames spelt two ways after one first name; then every other
    source that states one of a conflict's values joins its side (:func:`.conflict_sides.join_sources`).
    Cross-validation passes one pool to several models."""
    if common is None:
        common = _common_words(sentences, texts or {})
    whole, on = texts or {}, days or {}
    # (kind, key, the two values) -> value label -> [(value span, sentence span)], in order of discovery
    merged: dict[tuple[str, str, frozenset[str]], dict[str, list[tuple[Span, Span]]]] = {}
    slots: dict[tuple[str, str, frozenset[str]], str] = {}
    for c, row in pool:
        if model is not None and row is not None and not model.accepts(row):
            continue
        a, b, x, y = sentences[c.i], sentences[c.j], c.x, c.y
        if corrected(a.text) or corrected(b.text) or mentions(b.text, x) or mentions(a.text, y):
            continue  # a correction told, or a sentence that writes both values
        if gives_version(b.text, y, x) or gives_version(a.text, x, y):
            continue  # "ahead 51 percent to 42 percent" against "more than 50 percent": 42 is another's share
        if counts_other_members(a.text, x, b.text, y):
            continue  # "three states: Florida, Ohio and North Carolina" against "two states — Missouri and Ohio"
        if of_other_scopes(a.text, x, b.text, y):
            continue  # "among the 1,885 people who..." against "a sample of 2,124 people"; a boy's age, a father's
        if x.kind == "age" and aged_between(x.low, on.get(a.article_id), y.low, on.get(b.article_id)):
            continue  # both true on the days the reports were written: a birthday between
        if x.kind == "name" and (mentions(whole.get(a.article_id, ""), y) or mentions(whole.get(b.article_id, ""), x)):
            continue  # a source that writes both spellings misspelt its own name once: a typo, not a disagreement
        sa, sb = Span(a.article_id, a.start, a.end, a.text), Span(b.article_id, b.start, b.end, b.text)
        key = (x.kind, x.key, frozenset({x.label, y.label}))
        slots.setdefault(key, _slot_name(x, a.text))
        for v, sent in ((x, sa), (y, sb)):
            side = merged.setdefault(key, {}).setdefault(v.label, [])
            span = _value_span(sent, v)
            if all(s != sent for _, s in side):
                side.append((span, sent))
    at = {(s.article_id, s.start): n for n, s in enumerate(sentences)}
    for c in full_name_conflicts(sentences, whole, common):
        if model is not None and not _name_accepted(model, c, same, at):
            continue
        key = ("name", "", frozenset(side.value for side in c.sides))
        if key not in merged and not any(corrected(s.text) for s in c.spans):
            slots[key] = c.slot
            merged[key] = {side.value: list(zip(side.spans, side.sentences, strict=True)) for side in c.sides}
    one_slot(merged, slots, on)
    join_sources(merged, sentences, _known_values(texts), whole, corrected, on)
    house_styles(merged)
    out = []
    for key, by_value in merged.items():
        sides = tuple(
            ConflictSide(pairs[0][0].text, tuple(p[0] for p in pairs), tuple(p[1] for p in pairs))
            for pairs in by_value.values()
        )
        spans = tuple(s for side in sides for s in side.sentences)
        out.append(Conflict(key[0], _describe(key[0], slots[key], sides), spans, slot=slots[key], sides=sides))
    return tuple(out)


def _name_accepted(model: ConflictModel, c: Conflict, same: np.ndarray | sparray, at: Mapping) -> bool:
    """The learned decision on a surname spelt two ways after one first name (:func:`full_name_conflicts`)."""
    (sa, *_), (sb, *_) = (side.sentences for side in c.sides)
    (va, *_), (vb, *_) = (side.spans for side in c.sides)
    i, j = at.get((sa.article_id, sa.start)), at.get((sb.article_id, sb.start))
    p = max(float(same[i, j]), float(same[j, i])) if i is not None and j is not None else 0.0
    x, y = (
        Value("name", "", 0.0, 0.0, v.start - s.start, v.end - s.start, v.text, label=v.text)
        for v, s in ((va, sa), (vb, sb))
    )
    return model.accepts(pair_features(sa.text, sb.text, x, y, p))


def _pairs_at_or_above(same: np.ndarray | sparray, threshold: float) -> tuple[np.ndarray, np.ndarray]:
    """Index pairs ``i < j`` whose P(same fact) either way is at or above ``threshold``, in row-major order.

    ``same`` is dense (n x n) or sparse (the neighbours of :func:`~newsbrief.text.vectors.cosine_neighbours`);
    a sparse matrix is never compared with a scalar as a whole (that would build its dense complement).
    """
    if issparse(same):
        both_ways = csr_array(same)
        upper = sparse_triu(both_ways.maximum(both_ways.T), k=1).tocoo()
        keep = upper.data >= threshold
        rows, cols = upper.row[keep], upper.col[keep]
        order = np.lexsort((cols, rows))
        return rows[order], cols[order]
    score = np.maximum(same, same.T)
    return np.nonzero(np.triu(score >= threshold, k=1))
