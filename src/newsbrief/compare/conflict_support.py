"""Conflicts and support kept apart: two sentences a conflict sets against each other never also agree.

A listed conflict says the sources differ ("two yachts" against "three yachts"); the brief must not also show
the same two sentences as agreeing: as support of a summary sentence ("reported by 2") or as members of one
shared fact ("reported by 5"). Sentences on one side of a conflict agree (the sources that give one version),
so they may support each other.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from newsbrief.model import Conflict, Fact, Span, SummarySentence

_Key = tuple[str, int, int]


def _key(span: Span) -> _Key:
    return (span.article_id, span.start, span.end)


def _groups(conflict: Conflict) -> list[list[_Key]]:
    """The sentences of each side of a conflict (each sentence its own side for a conflict without sides)."""
    return [[_key(s) for s in side.sentences] for side in conflict.sides] or [[_key(s)] for s in conflict.spans]


def drop_conflicting_support(
    summary: Sequence[SummarySentence], conflicts: Sequence[Conflict]
) -> tuple[SummarySentence, ...]:
    """The summary without support spans that a conflict sets against their sentence.

    A pair of sentences is never both "reported by 2" and "sources differ": when two aligned sentences
    give different values for the same slot, the other one does not support the sentence shown, and the
    disagreement is listed instead. Sentences on one side agree (the sources that give one version), so
    their support stays.
    """
    pairs = set()
    for c in conflicts:
        groups = _groups(c)
        for n, group in enumerate(groups):
            others = [k for m, g in enumerate(groups) if m != n for k in g]
            pairs.update((x, y) for x in group for y in others if x != y)
    out = []
    for sent in summary:
        own = _key(sent.source)
        kept = tuple(s for s in sent.support if (own, _key(s)) not in pairs)
        out.append(sent if kept == sent.support else replace(sent, support=kept))
    return tuple(out)


def drop_conflicting_facts(facts: Sequence[Fact], conflicts: Sequence[Conflict]) -> tuple[Fact, ...]:
    """The shared facts without members that a conflict sets against another member.

    A shared fact groups sentences of several sources as one claim; when two of them are on two sides of a
    listed conflict, the fact keeps one side: the side of the sentence it shows, else the side with the most
    members (the first on a tie). A fact left with one source is no shared fact and is dropped.
    """
    sides = [_groups(c) for c in conflicts]
    out = []
    for fact in facts:
        keys = [_key(s) for s in fact.spans]
        shown = {_key(s) for s in fact.spans if s.text == fact.text}
        dropped: set[_Key] = set()
        for groups in sides:
            present = [[k for k in keys if k in group] for group in groups]
            if sum(bool(p) for p in present) < 2:
                continue
            keep = next((n for n, p in enumerate(present) if shown & set(p)), None)
            if keep is None:
                keep = max(range(len(present)), key=lambda n: (len(present[n]), -n))
            dropped |= {k for n, p in enumerate(present) if n != keep for k in p}
        if not dropped:
            out.append(fact)
            continue
        kept = tuple(s for s in fact.spans if _key(s) not in dropped)
        if len({s.article_id for s in kept}) >= 2:
            out.append(replace(fact, spans=kept))
    return tuple(out)
