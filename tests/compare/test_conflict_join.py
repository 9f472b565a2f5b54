"""Every source on each side of a listed conflict: sources that state one of its values join that side."""

from __future__ import annotations

import numpy as np

from newsbrief.compare.conflict_support import drop_conflicting_support
from newsbrief.compare.conflicts import find_conflicts
from newsbrief.model import Conflict, ConflictSide, Sentence, Span, SummarySentence

BOMB_21 = "A car bomb blew up in the market, killing two people and wounding 21."
BOMB_24 = "The car bomb blew up in the market, killing two people and wounding 24 people."
LATER_21 = "Two people were killed and 21 others were wounded in the attack at the market."


def _sentences(*texts: str) -> list[Sentence]:
    return [Sentence(text=t, article_id=f"s{k}", index=0, start=0, end=len(t)) for k, t in enumerate(texts)]


def _first_two_aligned(*texts: str) -> tuple[list[Sentence], tuple[Conflict, ...]]:
    """Conflicts when only the first two sentences are one fact (P = 1); the others align with nothing, as a
    sentence below the same-fact gate does."""
    sentences = _sentences(*texts)
    same = np.zeros((len(texts), len(texts)))
    same[0, 1] = same[1, 0] = 1.0
    by_source = {s.article_id: s.text for s in sentences}
    return sentences, find_conflicts(sentences, same, threshold=0.5, texts=by_source)


def _sides(conflict: Conflict) -> dict[str, list[str]]:
    return {side.value: list(side.article_ids) for side in conflict.sides}


def test_a_source_stating_one_value_joins_its_side() -> None:
    _, (conflict,) = _first_two_aligned(BOMB_21, BOMB_24, LATER_21)
    assert _sides(conflict) == {"21": ["s0", "s2"], "24 people": ["s1"]}
    (quoted,) = (side.spans[1] for side in conflict.sides if side.value == "21")
    assert quoted.text == "21 others"


def test_a_name_spelt_one_way_joins_its_side_wherever_it_is_written() -> None:
    _, (conflict,) = _first_two_aligned(
        "The car exploded in an outdoor market in downtown Jerusalem on Friday.",
        "The car exploded in an outdoor market in downtown Jersualem on Friday.",
        "Police in Jerusalem closed the roads.",
    )
    assert _sides(conflict) == {"Jerusalem": ["s0", "s2"], "Jersualem": ["s1"]}


def test_no_side_for_a_source_that_states_both_or_another_slot() -> None:
    both = "Two people were killed and 21 others were wounded; hospitals later said 24 people were wounded."
    _, (conflict,) = _first_two_aligned(BOMB_21, BOMB_24, both, "The market reopened with 21 stalls.")
    assert _sides(conflict) == {"21": ["s0"], "24 people": ["s1"]}


def test_no_conflict_is_made_by_joining() -> None:
    """A source's value joins only a conflict the decision listed: two unaligned sources list nothing."""
    sentences = _sentences(BOMB_21, LATER_21.replace("21", "24"))
    same = np.zeros((2, 2))
    assert find_conflicts(sentences, same, threshold=0.5, texts={s.article_id: s.text for s in sentences}) == ()


def test_support_between_sources_on_one_side_stays() -> None:
    a, b, c = (Span(f"s{k}", 0, len(t), t) for k, t in enumerate((BOMB_21, BOMB_24, LATER_21)))
    sides = (ConflictSide("21", (a, c), (a, c)), ConflictSide("24", (b,), (b,)))
    conflict = Conflict("number", "numbers differ: 21 vs 24", (a, c, b), sides=sides)
    summary = [SummarySentence(BOMB_21, a, (b, c))]
    (kept,) = drop_conflicting_support(summary, [conflict])
    assert kept.support == (c,)  # c gives 21 too: it still supports; b (24) does not


def test_conflicts_of_one_slot_that_share_a_value_are_one_with_every_version() -> None:
    """ "23 vs 29", "23 vs 22", "29 vs 22" injured: one conflict with three sides, not three."""
    texts = [
        "The bombings killed three people and injured 23 in all.",
        "The bombings killed three people and wounded 29 in all.",
        "The bombings killed three people and wounded 22 in all.",
    ]
    sentences = _sentences(*texts)
    same = 1.0 - np.eye(3)
    (conflict,) = find_conflicts(sentences, same, threshold=0.5, texts={s.article_id: s.text for s in sentences})
    assert sorted(side.value for side in conflict.sides) == ["22", "23", "29"]
    assert conflict.description.count(" vs ") == 2


def test_unkeyed_values_that_share_one_stay_apart() -> None:
    """Two distances without a key that share a value may be of two things: not merged."""
    texts = ["The boat sank 10 miles offshore.", "The boat sank 12 miles offshore.", "The boat sank 14 miles offshore."]
    sentences = _sentences(*texts)
    found = find_conflicts(sentences, 1.0 - np.eye(3), threshold=0.5, texts={s.article_id: s.text for s in sentences})
    assert len(found) == 3 and all(len(c.sides) == 2 for c in found)


def test_conflicts_of_one_slot_are_not_merged_to_put_one_source_on_two_sides() -> None:
    """A source that gives 21 in one sentence and 29 in another, each set against another source's 24: merging
    "21 vs 24" and "24 vs 29" would put that source on two sides of one conflict."""
    first = "The bombings killed three people and injured 21 in all."
    later = "Officials said the bombings injured 29 in all."
    other = "The bombings killed three people and injured 24 in all."
    sentences = [
        Sentence(text=first, article_id="s0", index=0, start=0, end=len(first)),
        Sentence(text=later, article_id="s0", index=1, start=len(first) + 1, end=len(first) + 1 + len(later)),
        Sentence(text=other, article_id="s1", index=0, start=0, end=len(other)),
    ]
    same = np.array([[0.0, 0.0, 1.0], [0.0, 0.0, 1.0], [1.0, 1.0, 0.0]])
    texts = {"s0": f"{first} {later}", "s1": other}
    for conflict in find_conflicts(sentences, same, threshold=0.5, texts=texts):
        ids = [a for side in conflict.sides for a in side.article_ids]
        assert len(ids) == len(set(ids)), conflict.description


def test_conflicts_of_one_slot_merged_in_turn_lose_no_source() -> None:
    """Six pairwise conflicts over four counts of one slot, as the decision may list them: when two of them
    together hold the values of a conflict already merged, that one was replaced and its sources lost."""
    from newsbrief.compare.conflict_sides import one_slot

    def told(source: str) -> tuple[Span, Span]:
        return Span(source, 0, 2, "23"), Span(source, 0, 40, f"{source}: the bombings injured people.")

    pairs = [("3", "B", "4", "G"), ("2", "I", "4", "G"), ("1", "A", "2", "F"), ("1", "H", "3", "A"),
             ("2", "D", "3", "E"), ("1", "A", "4", "I")]  # fmt: skip
    merged = {("number", "peopl hurt", frozenset({x, y})): {x: [told(a)], y: [told(b)]} for x, a, y, b in pairs}
    stated = {(x, a) for x, a, _, _ in pairs} | {(y, b) for _, _, y, b in pairs}
    one_slot(merged, {key: "injured" for key in merged})
    kept = {(label, s.article_id) for sides in merged.values() for label, spans in sides.items() for _, s in spans}
    assert kept == stated
    for sides in merged.values():  # and still no source on two sides of one conflict
        on = [a for spans in sides.values() for a in {sent.article_id for _, sent in spans}]
        assert len(on) == len(set(on))
