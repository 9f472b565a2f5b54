"""The values two sentences of one fact set against each other: steps 2 to 4 of :mod:`.conflicts` (the same
slot, incompatible values, not a look-alike), and the learned decision's features of such a pair.

Why a module of its own: this is the reading of one pair of sentences (their values, kinds, keys and names),
which the candidate steps of :mod:`.conflicts`, the looser candidates and the labelling scripts all ask; the
conflicts module keeps what runs over a story (which pairs to compare, the decision, the sides).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence, Set

from newsbrief.compare.conflict_model import features
from newsbrief.compare.slots import (
    NUMBER,
    Value,
    joined_name_values,
    mentions,
    name_values,
    not_a_statement,
    read_number,
    split_name_values,
    values,
)
from newsbrief.compare.spellings import spelt_alike, split_in_two
from newsbrief.text.lexicon import ADULT_NOUNS, CHILD_NOUNS

#: A sentence that tells of a correction ("initially identified as Kanasho Jones, but police later issued a
#: correction") gives the old value as old: one source states both, not a disagreement between sources.
_CORRECTION = re.compile(
    r"\b(?:correction|corrected|correcting|misidentified|misspelled|misspelt|(?:initially|originally|earlier|"
    r"previously|first|incorrectly|mistakenly|wrongly)\s+(?:identified|named|reported|given|listed|spelled|spelt))\b",
    re.IGNORECASE,
)


def corrected(text: str) -> bool:
    """Whether a sentence tells of a value corrected (:data:`_CORRECTION`): never a side of a conflict."""
    return _CORRECTION.search(text) is not None


def gives_version(text: str, v: Value, other: Value) -> bool:
    """Whether the sentence ``text``, which states ``v``, also gives a value of ``v``'s kind and key that agrees
    with the other side's ``other``: then it states that version too and ``v`` is of another thing in it (a
    score's second share, another count of the same noun), not a second version of the slot."""
    if v.kind == "name":
        return False  # a name spelt both ways in one sentence is :func:`.slots.mentions`' case
    return any(
        w.kind == v.kind and w.key == v.key and (w.start, w.end) != (v.start, v.end) and w.agrees(other)
        for w in values(text)
    )


#: A count followed, in its clause, by a colon or dash and the names of what it counts ("three state primaries on
#: Tuesday: Florida, Ohio and North Carolina", "two states Tuesday night — Missouri and Ohio").
_MEMBERS = re.compile(
    r"[^.:;!?—–]{0,60}?(?::|\s[—–]|\s--)\s*"
    r"(?P<names>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*(?:\s*,\s*(?:and\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)*"
    r"(?:,?\s+and\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*))"
)


def members(text: str, v: Value) -> frozenset[str]:
    """The names a count lists as its members right after it (:data:`_MEMBERS`), none when it lists none."""
    if v.kind != "number" or (m := _MEMBERS.match(text, v.end)) is None:
        return frozenset()
    names = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group("names"))
    cut = (re.split(r"\.\s", n)[0].strip().rstrip(".") for n in names)  # "Ohio. In Florida": the list ended
    return frozenset(n for n in cut if n)


def counts_other_members(a: str, x: Value, b: str, y: Value) -> bool:
    """Whether two counts each name their members and neither list holds the other: each source counts its own
    set ("won three states: Florida, Ohio and North Carolina" against "more votes in two states — Missouri and
    Ohio"), two things, not two versions of one; a list within the other may be one source's miss, still a
    version. Members are compared by their last word: one source may list surnames where the other gives full names
    ("two killed: Smith and Jones" against "three killed: John Smith, Mary Jones and Bob Brown" is a version)."""
    mx, my = _last_words(members(a, x)), _last_words(members(b, y))
    return bool(mx and my) and not (mx <= my or my <= mx)


#: A count introduced as a part of a larger group ("among the 1,885 people who...", "including 190,408 children"):
#: a subgroup of what another count may count whole.
_PART_BEFORE = re.compile(r"\b(?:among|including)\s+(?:the\s+|some\s+|at\s+least\s+|about\s+)?$", re.IGNORECASE)
#: The noun right after an age ("a one-year-old boy"), which says whose age it is.
_AGED_NOUN = re.compile(r"-year-olds?\s+([a-z]+)", re.IGNORECASE)


def _life_stage(text: str, v: Value) -> str:
    """``child`` or ``adult`` when the noun after an age names a stage of life (:data:`.lexicon.CHILD_NOUNS`)."""
    m = _AGED_NOUN.match(text, v.end)
    noun = m.group(1).lower() if m else ""
    return "child" if noun in CHILD_NOUNS else "adult" if noun in ADULT_NOUNS else ""


#: A count followed in its clause by "and" another ("three American civilians and three U.S. troops were killed",
#: "killing two people outside the center and then a third at a nearby home"): the first is a part of their sum.
_AND_ANOTHER = re.compile(
    rf"[^.;:!?]{{0,80}}?\band\s+(?:then\s+)?(?:(?P<num>{NUMBER})\b|an?\s+(?P<ord>second|third|fourth|fifth)\b)",
    re.IGNORECASE,
)


#: A verb between a count and "and" ("were killed", "died"): the count after "and" belongs to the next clause's
#: predicate ("and 20 were injured"), not to the first count's group. Read without a parse: a form of "be" or
#: "have" or a word in -ed; a false hit ("three armed men and two") only leaves the pair compared, as before the
#: sum rule (review47).
_OWN_VERB = re.compile(r"\b(?:is|are|was|were|been|has|have|had|\w{2,}ed)\b", re.IGNORECASE)


def part_of_sum(text: str, v: Value, whole: Value) -> bool:
    """Whether the count ``v`` and the count its clause adds after "and" (:data:`_AND_ANOTHER`; "a third" is one
    more) sum to the other side's ``whole``: each source tells the same total, one of them in parts."""
    if v.kind != "number" or (m := _AND_ANOTHER.match(text, v.end)) is None:
        return False
    if _OWN_VERB.search(text, v.end, m.start("num") if m.group("num") else m.start("ord")):
        return False  # "five people were killed ... and 20 were injured": the next count is another predicate's
    more = 1.0 if m.group("ord") else read_number(m.group("num"))
    return more is not None and whole.low <= v.low + more <= whole.high


#: How many times one value of a slot may be the other and still be a version of it: a zero dropped or added
#: ("a $5,000 fine" / "a fine of up to $500") or a scale word slipped ("$48.2 billion" / "$48.2 million", the same
#: digits: :func:`_power_of_ten`) is a slip between versions; more is a count of another thing (5.8 million
#: children diagnosed / 190,408 surveyed, 2,500 policewomen recruited / two per station).
MAGNITUDE = 10.0


def orders_apart(x: Value, y: Value) -> bool:
    """Whether the larger of two values is more than :data:`MAGNITUDE` times the smaller even where their hedges
    bring them closest ("up to $500" against "$5,000" is ten times at most): two things counted."""
    small, large = sorted((x, y), key=lambda v: v.low)
    if not (small.high > 0 and small.low >= 0 and math.isfinite(large.low) and large.low > MAGNITUDE * small.high):
        return False
    return not _power_of_ten(large.low / small.low) if small.low > 0 else True


def _power_of_ten(ratio: float) -> bool:
    """Whether a ratio is 10, 100, 1,000...: the same digits under another scale ("$48.2 billion" / "$48.2 million",
    a slip of one source between versions of one figure, not two things)."""
    exponent = math.log10(ratio)
    return abs(exponent - round(exponent)) < 1e-9


def of_other_scopes(a: str, x: Value, b: str, y: Value) -> bool:
    """Whether two values are of two things though kind and key match: a count one sentence gives as a part of a
    group ("among the 1,885 people who said...", "including 190,408 children") and the other as a whole ("a sample
    of 2,124 people", "5.8 million children are diagnosed"), or the ages of a child and a grown-up ("a one-year-old
    boy" / "his 33-year-old father"), or values more than an order of magnitude apart (:func:`orders_apart`).
    Both parts, or both wholes, are still one slot."""
    if x.kind == "age":
        stages = {_life_stage(a, x), _life_stage(b, y)}
        return stages == {"child", "adult"}
    if x.kind not in {"number", "money", "percent", "distance"}:
        return False
    if orders_apart(x, y) or part_of_sum(a, x, y) or part_of_sum(b, y, x):
        return True
    part_x = _PART_BEFORE.search(a[max(0, x.start - 30) : x.start]) is not None
    part_y = _PART_BEFORE.search(b[max(0, y.start - 30) : y.start]) is not None
    return part_x != part_y


def _last_words(names: Set[str]) -> frozenset[str]:
    """Each name's last word in lower case ("John Smith" -> "smith", "North Carolina" -> "carolina")."""
    return frozenset(n.split()[-1].lower() for n in names if n.split())


def _comparable(kind: str, va: Value, vb: Value, na: int, nb: int) -> bool:
    """Whether two values of one kind fill the same slot (step 2); ``na``/``nb`` count the kind per sentence.

    Beyond kind and key, the words around the two values must share one ("1,000 Kurds rallied in Bonn" and
    "1,500 Kurds spent the night outside a hospital" count two crowds); an age keyed by a surname needs none.
    """
    if kind == "age" and va.key and va.key == vb.key:
        return True
    if va.key and vb.key:
        same_slot = va.key == vb.key
    elif kind in {"number", "date"}:
        return False  # a count or date needs its key: "12 people" vs "15 people", "quit" vs "quit"
    else:
        same_slot = na == 1 and nb == 1
    return same_slot and bool(va.context & vb.context)


def states_value(known: Sequence[Value], v: Value) -> bool:
    """Whether a source states ``v`` itself (the same value, kind and key) anywhere in ``known``.

    The same value, not one that merely agrees: a source that says "64 died" somewhere does not state "as many
    as 125 died", though 64 is within it."""
    return any(k.kind == v.kind and k.key == v.key and k.label == v.label for k in known)


def pair_values(
    a: str, b: str, known_a: Sequence[Value] = (), known_b: Sequence[Value] = (), common: Set[str] = frozenset()
) -> list[tuple[Value, Value]]:
    """The values on which sentence ``a`` and sentence ``b`` disagree (steps 2 to 4).

    Args:
        a, b: two sentences of different sources that state the same fact.
        known_a, known_b: every value each source states in its whole text (:func:`values`); a value the
            other side's source also states is not a disagreement.
        common: words the sources write in lower case somewhere (not names).
    """
    if not_a_statement(a) or not_a_statement(b):
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
                if states_value(xs, y) or states_value(ys, x) or states_value(known_a, y) or states_value(known_b, x):
                    continue  # one source states both values: two values, not two versions of one
                out.append((x, y))
    out.extend(_name_pairs(a, b, known_a, known_b, common))
    return out


def pair_features(
    a: str,
    b: str,
    x: Value,
    y: Value,
    same_fact: float,
    *,
    rules: bool = True,
    stated: bool = False,
    debris: bool = False,
) -> list[float]:
    """The learned decision's features (:func:`.conflict_model.features`) of one candidate (by default one of
    :func:`pair_values`, the strict rules')."""
    if x.kind == "name":
        n_a = n_b = 1
    else:
        n_a = sum(v.kind == x.kind for v in values(a))
        n_b = sum(v.kind == x.kind for v in values(b))
    return features(a, b, x, y, same_fact, n_a, n_b, rules=rules, stated=stated, debris=debris)


def _name_pairs(
    a: str, b: str, known_a: Sequence[Value], known_b: Sequence[Value], common: Set[str]
) -> list[tuple[Value, Value]]:
    """Names spelt two ways: alike but for a few letters, neither source using the other's spelling, and
    neither a word the sources also write in lower case ("Minister" / "Ministry" are words, not names)."""
    na, nb = name_values(a), name_values(b)
    words_a = {v.text for v in (*na, *known_a) if v.kind == "name"}
    words_b = {v.text for v in (*nb, *known_b) if v.kind == "name"}
    fresh = [(x, y) for x in na for y in nb if x.text not in words_b and y.text not in words_a]
    names = [(x, y) for x, y in fresh if x.text.lower() not in common and y.text.lower() not in common]
    return [(x, y) for x, y in names if spelt_alike(x.text, y.text)] + _split_pairs(a, b, common)


def _split_pairs(a: str, b: str, common: Set[str]) -> list[tuple[Value, Value]]:
    """A name one sentence writes as one word with a capital inside and the other as two ("PublicAffairs" /
    "Public Affairs"; not "Hongkong" / "Hong Kong", a house style: :func:`.spellings.split_in_two`), neither
    sentence writing the other's form; whether either source writes both is asked by ``assemble``, as
    for every name."""
    out = []
    for text_one, text_two, flip in ((a, b, False), (b, a, True)):
        twos = split_name_values(text_two)
        for x in joined_name_values(text_one):
            if x.text.lower() in common:
                continue
            for y in twos:
                if (
                    split_in_two(x.text, y.text)
                    and not mentions(text_two, x)
                    and _neighbours(text_one, x) == _neighbours(text_two, y)
                ):
                    out.append((y, x) if flip else (x, y))
    return out


_CAPITALISED_BEFORE = re.compile(r"([A-Z][\w'’-]*)\s+$")
_CAPITALISED_AFTER = re.compile(r"^\s+([A-Z][\w'’-]*)")


def _neighbours(text: str, v: Value) -> tuple[str, str]:
    """The capitalised words right before and after a name ("" where none): "Mac Donald" in "Mayor Mac Donald"
    is "MacDonald" in "Mayor MacDonald", but "North Wood" in "North Wood Lane" is not "NorthWood"."""
    before = _CAPITALISED_BEFORE.search(text[: v.start])
    after = _CAPITALISED_AFTER.match(text[v.end :])
    return (before.group(1) if before else "", after.group(1) if after else "")
