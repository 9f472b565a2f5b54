"""Every source on each side of an accepted conflict, not only the pair that made the decision.

The decision (:mod:`.conflicts`, steps 1 to 5) looks at pairs of aligned sentences; a conflict it accepts
("21 vs 24 wounded", "Jerusalem vs Jersualem", "Johnson, 25 vs 24") names the sources of those pairs. Other
sources often give one of the same two values for the same slot in a sentence the decision never weighed (it
aligned below the same-fact gate, or the learned decision was unsure of that pair alone). The reader wants to
know how many reports say each version (issue 12: "each conflict names the sources on each side"), and the
evidence that a version is a source's own is stronger than the pair's: the slot and both values are already
settled. So each such source joins the side whose value it states, with its first sentence that states it,
when the same checks hold as for the pair:

- the same slot: a name is its spelling; an age keyed by a surname is that person's; any other value needs its
  kind, key and label, and a sentence on another side with which the looser candidate step
  (:func:`.conflict_candidates.loose_pairs`) would set it against that side's value (the words around agree);
- never a caption or credit, a correction told, an update ("rose to 15"), nor a source that states another
  side's value anywhere (or a sentence that writes it): a source that gives both is on no side.

Nothing is added to a conflict the decision did not accept, so joining changes who is on a side, never whether a
conflict is listed. Once the sides are full, one check reads them: a name each of whose spellings two or more
sources write is an accepted form, not a slip (:func:`house_styles`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, MutableMapping, Sequence
from datetime import date

from newsbrief.compare.age_dates import aged_between
from newsbrief.compare.conflict_candidates import loose_pairs
from newsbrief.compare.slots import (
    Value,
    joined_name_values,
    mentions,
    name_values,
    not_a_statement,
    split_name_values,
    values,
)
from newsbrief.model import Sentence, Span

#: (kind, key, the disputed labels) -> label -> [(value span, sentence span)], as :func:`.conflicts.assemble`
#: merges the accepted candidates.
Sides = MutableMapping[tuple[str, str, frozenset[str]], MutableMapping[str, list[tuple[Span, Span]]]]


def one_slot(
    merged: Sides,
    slots: MutableMapping[tuple[str, str, frozenset[str]], str],
    days: Mapping[str, date | None] | None = None,
) -> None:
    """Merge (in place) the conflicts of one keyed slot that share a value into one with every version: "23 vs
    29", "23 vs 22" and "29 vs 22" injured in a series of bombings are one conflict with three sides. Only a slot
    with a key (a count of one thing, one person's age, a date of one word) or a name's spellings: two unkeyed
    distances or sums that share a value may be of two things. Never when the merged sides would set against
    each other what does not disagree: one source on two sides (it gives two of the values), or two ages both
    true on the days their reports were written (``days``: :mod:`.age_dates`); the conflicts then stay apart.
    Two conflicts whose values together are those of a third are merged into that one, not beside it (the merged
    conflict would replace it, and its sources would be lost)."""
    refused: set[frozenset[tuple[str, str, frozenset[str]]]] = set()  # pairs whose sides cannot be one
    while found := _next_merge(merged, days or {}, refused):
        x, y, sides = found
        del merged[x], merged[y]
        slot = slots.pop(x)
        slots.pop(y, None)
        key = (x[0], x[1], x[2] | y[2])
        refused = {pair for pair in refused if key not in pair}  # a key given new sides is weighed again
        merged[key], slots[key] = sides, slot


def _next_merge(
    merged: Sides, days: Mapping[str, date | None], refused: set[frozenset[tuple[str, str, frozenset[str]]]]
) -> tuple[tuple[str, str, frozenset[str]], tuple[str, str, frozenset[str]], dict[str, list[tuple[Span, Span]]]] | None:
    """The first two conflicts :func:`one_slot` merges, with their merged sides; ``None`` when none is left.
    Only conflicts of one slot are paired, in the order of ``merged``; a pair whose sides cannot be one is added
    to ``refused`` and not weighed again while both stay as they are (so each pair is weighed once, not once per
    merge)."""
    groups: dict[tuple[str, str], list[tuple[str, str, frozenset[str]]]] = {}
    for k in merged:
        if k[0] == "name" or k[1]:
            groups.setdefault(k[:2], []).append(k)
    for group in groups.values():
        group.reverse()  # popped from the end below: each conflict meets only those after it
    for x in merged:
        group = groups.get(x[:2])
        if not group:
            continue
        group.pop()
        for y in reversed(group):
            if not x[2] & y[2] or frozenset((x, y)) in refused:
                continue
            if (union := (x[0], x[1], x[2] | y[2])) in merged and union not in (x, y):
                continue  # a third conflict holds these values: each is merged into it instead
            if (sides := _merged_sides(merged[x], merged[y], x[0] == "age", days)) is None:
                refused.add(frozenset((x, y)))
                continue
            return x, y, sides
    return None


def _merged_sides(
    first: Mapping[str, list[tuple[Span, Span]]],
    second: Mapping[str, list[tuple[Span, Span]]],
    ages: bool,
    days: Mapping[str, date | None],
) -> dict[str, list[tuple[Span, Span]]] | None:
    """The sides of two conflicts as one; ``None`` when that puts one source on two sides, or (``ages``) sets
    against each other two ages both true on the days their reports were written."""
    sides = {label: list(pairs) for label, pairs in first.items()}
    for label, pairs in second.items():
        side = sides.setdefault(label, [])
        side.extend(p for p in pairs if all(p[1] != q[1] for q in side))
    on_sides = [{s.article_id for _, s in pairs} for pairs in sides.values()]
    if sum(map(len, on_sides)) != len(set().union(*on_sides)):
        return None  # one source on two sides
    if ages and any(_aged(label, s.article_id, sides, days) for label, p in sides.items() for _, s in p):
        return None  # two ages both true on their days
    return sides


def join_sources(
    merged: Sides,
    sentences: Sequence[Sentence],
    known: Callable[[str], Sequence[Value]],
    texts: Mapping[str, str],
    corrected: Callable[[str], bool],
    days: Mapping[str, date | None] | None = None,
) -> None:
    """Add to ``merged`` (in place) each source not yet on a side of a conflict that states one of its values
    (the module docstring). ``known(article_id)``: every value the source states in its whole text (names too);
    ``texts``: the sources' texts by article id (a source's sentences stand in when it is missing);
    ``corrected``: whether a sentence tells of a correction; ``days``: the day each report was written, where
    known (an age joins only a side whose other sides it disagrees with on those days: :mod:`.age_dates`)."""
    by_article: dict[str, list[Sentence]] = {}
    for s in sentences:
        by_article.setdefault(s.article_id, []).append(s)
    for (kind, key, labels), sides in merged.items():
        present = {sent.article_id for pairs in sides.values() for _, sent in pairs}
        for article_id, own in by_article.items():
            if article_id in present:
                continue
            text = texts.get(article_id) or " ".join(s.text for s in own)
            found = _first_statement(kind, key, labels, sides, own, known(article_id), text, corrected)
            if found is None or (kind == "age" and _aged(found[0], article_id, sides, days or {})):
                continue
            label, value_span, sentence_span = found
            sides.setdefault(label, []).append((value_span, sentence_span))


def _first_statement(
    kind: str,
    key: str,
    labels: frozenset[str],
    sides: Mapping[str, list[tuple[Span, Span]]],
    own: Sequence[Sentence],
    known: Sequence[Value],
    text: str,
    corrected: Callable[[str], bool],
) -> tuple[str, Span, Span] | None:
    """The first sentence of one source that states exactly one of ``labels`` for the slot, with that label and
    the value's span; ``None`` when the source states none, or more than one anywhere."""
    if kind == "name":
        if sum(writes(text, w) for w in labels) != 1:
            return None
    elif len({v.label for v in known if v.kind == kind and v.key == key and v.label in labels}) > 1:
        return None
    for s in own:
        if not_a_statement(s.text) or corrected(s.text):
            continue
        for v in _slot_values(kind, key, labels, s.text):
            if kind != "name" and not _aligned(v, s.text, labels, sides):
                continue
            sent = Span(s.article_id, s.start, s.end, s.text)
            return v.label, Span(s.article_id, s.start + v.start, s.start + v.end, v.text), sent
    return None


def _aged(label: str, article_id: str, sides: Mapping[str, list[tuple[Span, Span]]], days: Mapping) -> bool:
    """Whether an age said by one report agrees, on the days written, with a report on another side."""
    return any(
        aged_between(float(label), days.get(article_id), float(other), days.get(sent.article_id))
        for other, pairs in sides.items()
        if other != label
        for _, sent in pairs
    )


def _slot_values(kind: str, key: str, labels: frozenset[str], text: str) -> Iterator[Value]:
    """The values of ``text`` that fill the slot with one of ``labels``; a name written as one word or as two
    ("PublicAffairs" / "Public Affairs") is found in either form."""
    if kind == "name":
        found = [*name_values(text), *joined_name_values(text), *split_name_values(text)]
    else:
        found = values(text)
    for v in found:
        if v.kind == kind and v.key == key and v.label in labels and not v.update:
            yield v


def _aligned(v: Value, text: str, labels: frozenset[str], sides: Mapping[str, list[tuple[Span, Span]]]) -> bool:
    """Whether a sentence stating ``v`` is set against another side's sentence by the looser candidate step,
    on this slot, without writing that side's value itself; an age keyed by a surname needs only its key."""
    if v.kind == "age" and v.key:
        return True
    for label, pairs in sides.items():
        for _, sent in pairs if label != v.label else ():
            other = next((w for w in _slot_values(v.kind, v.key, frozenset({label}), sent.text)), None)
            if other is None:
                continue
            if mentions(text, other):
                return False  # "10 meters (35 feet)": it writes both
            if any(x.label == v.label and y.label == label and x.key == v.key for x, y in loose_pairs(text, sent.text)):
                return True
    return False


def writes(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` as a word of its own (not inside a longer word or hyphenated name)."""
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) is not None


def house_styles(merged: Sides) -> None:
    """Drop (in place) each name conflict every side of which at least two sources write.

    Why: a misspelling is one source's slip (the guideline's real spelling disagreement, "Jerusalem" in eight
    reports against one "Jersualem"); a spelling that two reports each write, against another that two others
    write, is an accepted form, a romanisation or a house style ("Farouq" in two reports, "Farouk" in two:
    labelled compatible), not a disagreement a reader should weigh. Run after :func:`join_sources`, which puts
    every source that writes one spelling (and not the other) on its side. Other kinds keep their conflicts:
    counts given by several reports each are the disagreements worth showing.
    """
    for key in [k for k, sides in merged.items() if k[0] == "name"]:
        counts = [len({sent.article_id for _, sent in pairs}) for pairs in merged[key].values()]
        if len(counts) > 1 and min(counts) >= 2:
            del merged[key]
