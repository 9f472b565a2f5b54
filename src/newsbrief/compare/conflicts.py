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
   but for a few letters, "Oliveras" / "Olivares"). A time, distance, percentage or sum without a key is
   compared only when each sentence gives exactly one of that kind.
3. **Incompatible values.** Intervals that do not meet: "about 300" against "317" is rounding, "more than
   50" against "56" agrees; a value written as a change ("rose to 15") is an update, not a version.
4. **Not a look-alike.** Never a caption, heading or credit (:func:`~newsbrief.summarize.standalone.is_debris`);
   never a value that either source states both ways (in the same sentence or anywhere in its text: "12,
   later revised to 15", a name it spells both ways).
5. **Sides.** Pairwise disagreements on the same slot with the same values are merged, so that each
   conflict lists its versions, each with the sources that give it and the quoted value.

A pair is never both support and conflict: :func:`drop_conflicting_support` removes the support.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence
from dataclasses import replace

import numpy as np

from newsbrief.compare.slots import Value, name_values, values
from newsbrief.model import Conflict, ConflictSide, Sentence, Span, SummarySentence
from newsbrief.summarize.standalone import is_debris
from newsbrief.text.tokens import stem

#: Kinds compared only when each sentence gives exactly one such value, unless both carry the same key.
_ONE_EACH = frozenset({"time", "distance", "money", "percent"})
#: Two names are one name spelt two ways at or above this similarity (difflib ratio): Oliveras/Olivares 0.75,
#: Petersen/Peterson 0.88; Jackson/Johnson (0.57) are two names.
NAME_SIMILARITY = 0.75
#: Endings that make another word of a name, not another spelling: "Democrats" / "Democratic", "Iraq" / "Iraqis".
_SUFFIXES = frozenset({"", *"s es 's ic ics ian ians an ans n ns i is ism ist ists ese ish".split()})
_KIND_WORDS = {
    "age": "ages", "time": "times", "distance": "distances", "money": "amounts", "percent": "percentages",
    "number": "numbers", "date": "dates", "name": "spellings",
}  # fmt: skip


def _comparable(kind: str, va: Value, vb: Value, na: int, nb: int) -> bool:
    """Whether two values of one kind fill the same slot (step 2); ``na``/``nb`` count the kind per sentence."""
    if va.key and vb.key:
        return va.key == vb.key
    if kind in {"number", "date"}:
        return False  # a count or date needs its key: "12 people" vs "15 people", "quit" vs "quit"
    return na == 1 and nb == 1


def _stated(known: Sequence[Value], v: Value) -> bool:
    """Whether a source states ``v`` (a value of the same kind and key agreeing with it) anywhere in ``known``."""
    return any(k.kind == v.kind and (k.key == v.key or not k.key or not v.key) and k.agrees(v) for k in known)


def pair_values(
    a: str, b: str, known_a: Sequence[Value] = (), known_b: Sequence[Value] = ()
) -> list[tuple[Value, Value]]:
    """The values on which sentence ``a`` and sentence ``b`` disagree (steps 2 to 4).

    Args:
        a, b: two sentences of different sources that state the same fact.
        known_a, known_b: every value each source states in its whole text (:func:`values`); a value the
            other side's source also states is not a disagreement.
    """
    if is_debris(a) or is_debris(b):
        return []
    out = []
    va_all, vb_all = values(a), values(b)
    for kind in sorted({v.kind for v in va_all} & {v.kind for v in vb_all}):
        xs = [v for v in va_all if v.kind == kind]
        ys = [v for v in vb_all if v.kind == kind]
        for x in xs:
            for y in ys:
                if x.update or y.update or not _comparable(kind, x, y, len(xs), len(ys)) or x.agrees(y):
                    continue
                if _stated(xs, y) or _stated(ys, x) or _stated(known_a, y) or _stated(known_b, x):
                    continue  # one source states both values: two values, not two versions of one
                out.append((x, y))
    out.extend(_name_pairs(a, b, known_a, known_b))
    return out


def _name_pairs(a: str, b: str, known_a: Sequence[Value], known_b: Sequence[Value]) -> list[tuple[Value, Value]]:
    """Names spelt two ways: alike but for a few letters, and neither source using the other's spelling."""
    na, nb = name_values(a), name_values(b)
    words_a = {v.text for v in (*na, *known_a) if v.kind == "name"}
    words_b = {v.text for v in (*nb, *known_b) if v.kind == "name"}
    out = []
    for x in na:
        for y in nb:
            if x.text in words_b or y.text in words_a or x.text[0] != y.text[0]:
                continue
            n = _shared_prefix(x.text.lower(), y.text.lower())
            derived = {x.text.lower()[n:], y.text.lower()[n:]} <= _SUFFIXES
            if derived or stem(x.text.lower()) == stem(y.text.lower()):
                continue  # a plural or a derived word ("Democrats" / "Democratic"), not a spelling
            if difflib.SequenceMatcher(None, x.text.lower(), y.text.lower()).ratio() >= NAME_SIMILARITY:
                out.append((x, y))
    return out


def _shared_prefix(x: str, y: str) -> int:
    n = 0
    while n < min(len(x), len(y)) and x[n] == y[n]:
        n += 1
    return n


def _value_span(sentence: Span, v: Value) -> Span:
    return Span(sentence.article_id, sentence.start + v.start, sentence.start + v.end, v.text)


def _describe(kind: str, slot: str, sides: Sequence[ConflictSide]) -> str:
    what = _KIND_WORDS.get(kind, kind)
    about = f" ({slot})" if slot else ""
    return f"{what} differ{about}: " + " vs ".join(side.value for side in sides)


def _slot_name(v: Value) -> str:
    if v.kind == "date":
        word, _, kind = v.key.partition("/")
        return f"'{word}' ({kind})"
    return f"'{v.key}'" if v.key and v.key not in "$£€%" else ""


def find_conflicts(
    sentences: Sequence[Sentence],
    same: np.ndarray,
    *,
    threshold: float,
    texts: Mapping[str, str] | None = None,
) -> tuple[Conflict, ...]:
    """Every disagreement between sources of one cluster (the module docstring, steps 1 to 5).

    Args:
        sentences: the cluster's sentences (offsets index their article's cleaned text).
        same: P(same fact) of every pair (n x n, 0 within one article), as support computed it.
        threshold: pairs at or above it are one fact told by two sources.
        texts: each source's whole text by article id, for "states it both ways".
    """
    n = len(sentences)
    if n < 2:
        return ()
    known: dict[str, list[Value]] = {}

    def known_values(article_id: str) -> list[Value]:
        if article_id not in known:
            text = (texts or {}).get(article_id, "")
            known[article_id] = [*values(text), *name_values(text)]
        return known[article_id]

    score = np.maximum(same, same.T)
    rows, cols = np.nonzero(np.triu(score >= threshold, k=1))
    # (kind, key, the two values) -> value label -> [(value span, sentence span)], in order of discovery
    merged: dict[tuple[str, str, frozenset[str]], dict[str, list[tuple[Span, Span]]]] = {}
    slots: dict[tuple[str, str, frozenset[str]], str] = {}
    for i, j in zip(rows.tolist(), cols.tolist(), strict=True):
        a, b = sentences[i], sentences[j]
        if a.article_id == b.article_id:
            continue
        sa, sb = Span(a.article_id, a.start, a.end, a.text), Span(b.article_id, b.start, b.end, b.text)
        for x, y in pair_values(a.text, b.text, known_values(a.article_id), known_values(b.article_id)):
            key = (x.kind, x.key, frozenset({x.label, y.label}))
            slots.setdefault(key, _slot_name(x))
            for v, sent in ((x, sa), (y, sb)):
                side = merged.setdefault(key, {}).setdefault(v.label, [])
                span = _value_span(sent, v)
                if all(s != sent for _, s in side):
                    side.append((span, sent))
    out = []
    for key, by_value in merged.items():
        sides = tuple(
            ConflictSide(pairs[0][0].text, tuple(p[0] for p in pairs), tuple(p[1] for p in pairs))
            for pairs in by_value.values()
        )
        spans = tuple(s for side in sides for s in side.sentences)
        out.append(Conflict(key[0], _describe(key[0], slots[key], sides), spans, slot=slots[key], sides=sides))
    return tuple(out)


def drop_conflicting_support(
    summary: Sequence[SummarySentence], conflicts: Sequence[Conflict]
) -> tuple[SummarySentence, ...]:
    """The summary without support spans that a conflict sets against their sentence.

    A pair of sentences is never both "reported by 2" and "sources differ": when two aligned sentences
    give different values for the same slot, the other one does not support the sentence shown, and the
    disagreement is listed instead.
    """
    pairs = set()
    for c in conflicts:
        keys = [(s.article_id, s.start, s.end) for s in c.spans]
        pairs.update((x, y) for x in keys for y in keys if x != y)
    out = []
    for sent in summary:
        own = (sent.source.article_id, sent.source.start, sent.source.end)
        kept = tuple(s for s in sent.support if (own, (s.article_id, s.start, s.end)) not in pairs)
        out.append(sent if kept == sent.support else replace(sent, support=kept))
    return tuple(out)
