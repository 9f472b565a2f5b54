"""spaCy's attribute ruler applied with arrays: the same rules, the same order, the same token attributes.

The English pipeline's ``attribute_ruler`` (179 rules: the tag map, morphology rules and exceptions such as
"gon na") finds its matches with spaCy's ``Matcher``, which tries every rule at every token: about 15% of the
analysis of the seeds (BENCHMARKS.md, "Analysis speed", session 9). Its rules are fixed-length token patterns of
equality, ``IN``, ``NOT_IN`` and ``REGEX`` tests on a few attributes, so each test is made here once for the
whole Doc, as one comparison over a column of ``Doc.to_array``, with the values converted as the ``Matcher``
converts them; the ruler's own normalised ``attrs`` are then set with the ruler's own setter
(``set_token_attrs``) in the order the ruler sets them (rule by rule, a later rule winning on a shared token).
A ruler whose patterns hold anything else (an ``OP``, another predicate, an extension attribute, an empty token)
is left to spaCy: :func:`compile_ruler` returns ``None``. ``tests/analyse/test_parse_identity.py`` checks every
token's annotations against the pipeline run as spaCy runs it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Token attributes a compiled test may read: each is one number per token in ``Doc.to_array``.
COLUMNS = frozenset({"ORTH", "LOWER", "NORM", "TAG", "POS", "DEP", "LEMMA", "IS_SPACE", "IS_PUNCT", "IS_ALPHA"})

#: One test of one token: (column, kind, value); kind "eq" (an int), "in"/"not_in" (a frozenset), "regex" (a str).
Test = tuple[str, str, object]


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule of the ruler: its alternative patterns (per token, the tests it must pass), target, attributes."""

    patterns: tuple[tuple[tuple[Test, ...], ...], ...]
    index: int
    attrs: Mapping


@dataclass(frozen=True, slots=True)
class CompiledRuler:
    """The rules of one ``AttributeRuler``, applied to a Doc by calling it (in place, as the component does)."""

    rules: tuple[Rule, ...]
    columns: tuple[str, ...]

    def __call__(self, doc: Doc) -> Doc:
        from spacy.tokens._retokenize import set_token_attrs

        n = len(doc)
        if not n:
            return doc
        table = doc.to_array(list(self.columns)).reshape(n, len(self.columns))
        cols = {name: table[:, k] for k, name in enumerate(self.columns)}
        masks: dict[Test, np.ndarray] = {}

        def passes(tests: tuple[Test, ...]) -> np.ndarray:
            out = np.ones(n, dtype=bool)
            for test in tests:
                if test not in masks:
                    masks[test] = _mask(cols[test[0]], test, doc)
                out &= masks[test]
            return out

        for rule in self.rules:
            targets: set[int] = set()
            for pattern in rule.patterns:
                length = len(pattern)
                if length > n:
                    continue
                hit = np.ones(n - length + 1, dtype=bool)
                for k, tests in enumerate(pattern):
                    hit &= passes(tests)[k : n - length + 1 + k]
                offset = rule.index if rule.index >= 0 else length + rule.index
                targets.update(start + offset for start in np.flatnonzero(hit).tolist())
            for i in sorted(targets):  # the tokens of one rule are distinct: their order changes nothing
                set_token_attrs(doc[i], rule.attrs)
        return doc


def _mask(column: np.ndarray, test: Test, doc: Doc) -> np.ndarray:
    """Which tokens pass one test, given the test's column of the Doc's array."""
    _, kind, value = test
    if kind == "eq":
        return column == np.uint64(value)  # type: ignore[arg-type]
    if kind == "regex":
        strings = doc.vocab.strings
        pattern = re.compile(str(value))
        keep = [v for v in np.unique(column).tolist() if pattern.search(strings[v])]
        return np.isin(column, np.asarray(keep, dtype=np.uint64))
    inside = np.isin(column, np.asarray(sorted(value), dtype=np.uint64))  # type: ignore[call-overload]
    return inside if kind == "in" else ~inside


def compile_ruler(ruler: object) -> CompiledRuler | None:
    """The rules of a spaCy ``AttributeRuler``, or ``None`` when a pattern holds what is not compiled here.

    Reads the ruler's ``patterns`` (as added, one entry per rule, in order) and the normalised ``attrs`` and
    ``indices`` its ``set_annotations`` applies.
    """
    from spacy.strings import get_string_id

    try:
        spec = ruler.patterns  # type: ignore[attr-defined]
        attrs, indices, strings = ruler.attrs, ruler.indices, ruler.vocab.strings  # type: ignore[attr-defined]
    except AttributeError:
        return None
    if len(spec) != len(attrs) or len(indices) != len(attrs):
        return None
    rules = []
    for k, entry in enumerate(spec):
        patterns = []
        for pattern in entry["patterns"]:
            if not isinstance(pattern, list) or not pattern:
                return None
            compiled = []
            for token in pattern:
                if not isinstance(token, dict) or not token:
                    return None
                tests = []
                for attr, value in token.items():
                    test = _test(str(attr).upper(), value, strings.add, get_string_id)
                    if test is None:
                        return None
                    tests.append(test)
                compiled.append(tuple(tests))
            patterns.append(tuple(compiled))
        rules.append(Rule(tuple(patterns), int(indices[k]), attrs[k]))
    columns = sorted({test[0] for rule in rules for p in rule.patterns for tok in p for test in tok})
    return CompiledRuler(tuple(rules), tuple(columns))


def _test(attr: str, value: object, add: object, string_id: object) -> Test | None:
    """One attribute test of a token pattern, its values converted as the ``Matcher`` converts them."""
    if attr not in COLUMNS:
        return None
    if isinstance(value, bool):  # before int: a bool is an int
        return (attr, "eq", int(value))
    if isinstance(value, str):
        return (attr, "eq", add(value))  # type: ignore[operator]
    if isinstance(value, int):
        return (attr, "eq", value)
    if not isinstance(value, dict) or len(value) != 1:
        return None
    ((op, arg),) = value.items()
    if op == "REGEX" and isinstance(arg, str):
        return (attr, "regex", arg)
    if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(v, str | int) for v in arg):
        if any(isinstance(v, bool) for v in arg):
            return None
        return (attr, op.lower(), frozenset(string_id(v) for v in arg))  # type: ignore[operator]
    return None
