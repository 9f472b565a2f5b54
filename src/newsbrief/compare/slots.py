"""The comparable values of a sentence, each in its slot: what two sources could state differently.

A disagreement needs like against like (issue 12): the age of one person, the clock time or the date of
one event, the count of one kind of thing, one distance, one sum of money, one name. So each value found
here carries
- its **kind** (``age``, ``time``, ``distance``, ``money``, ``percent``, ``number``, ``date``, ``name``),
- its **key** within the kind: what it belongs to ("peopl" for "12 people", the surname before an age,
  the word a date belongs to, see :mod:`.date_slots`), "" when the text does not say,
- the **interval** of values it allows, so that rounding and hedges are not read as disagreement:
  "about 300" allows 255-345, "more than 50" allows 50 and up, "nearly 2 million" up to 2 million; distances
  are in metres (a storey counted as 2.7-4.5 m, so "nine stories" against "25 feet" still disagree);
- its exact characters (``start``, ``end``), so a conflict can quote both spans.

A value whose words say it changed ("rose to 15", "has climbed to") is marked ``update``: a count that
grows over the day is not two versions of one number.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from newsbrief.compare.date_slots import dated_spans
from newsbrief.summarize.standalone import is_debris
from newsbrief.text.dates import month_number, weekday_number
from newsbrief.text.lexicon import (
    HEDGES,
    HEDGES_ABOVE,
    HEDGES_AROUND,
    HEDGES_BELOW,
    NUMBER_WORDS,
    alternation,
    number_value,
    phrases,
)
from newsbrief.text.tokens import STOPWORDS, stem, without_possessive

SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "m": 1e6, "bn": 1e9}
_NUMBER_WORD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_NUM = rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:{_NUMBER_WORD})(?:-(?:{_NUMBER_WORD}))?"
#: A number in digits or words, as the values of this module read it (also :mod:`.value_pairs`' sums of parts).
NUMBER = _NUM
_QUANTITY = re.compile(
    rf"(?<![\w.:/-])(?P<cur>[$£€])?\s?(?P<num>{_NUM})(?![\w:/]|\.\d|-year-old)"
    r"(?P<pct>\s?%|\s?per\s?cent|\s?percent)?"
    r"(?:\s(?P<scale>hundred|thousand|million|billion|m|bn)\b)?"
    r"(?:[\s-](?P<unit>[A-Za-z][A-Za-z'-]*))?",
    re.IGNORECASE,
)
_YEAR = re.compile(r"1[89]\d\d|20\d\d")
#: Metres per unit; a storey is a range (2.7 to 4.5 m), the rest exact.
_DISTANCE = {
    "foot": (0.3048, 0.3048), "feet": (0.3048, 0.3048), "ft": (0.3048, 0.3048), "inch": (0.0254, 0.0254),
    "inches": (0.0254, 0.0254), "yard": (0.9144, 0.9144), "yards": (0.9144, 0.9144), "mile": (1609.3, 1609.3),
    "miles": (1609.3, 1609.3), "meter": (1.0, 1.0), "meters": (1.0, 1.0), "metre": (1.0, 1.0),
    "metres": (1.0, 1.0), "km": (1000.0, 1000.0), "kilometer": (1000.0, 1000.0), "kilometers": (1000.0, 1000.0),
    "kilometre": (1000.0, 1000.0), "kilometres": (1000.0, 1000.0), "story": (2.7, 4.5), "stories": (2.7, 4.5),
    "storey": (2.7, 4.5), "storeys": (2.7, 4.5), "floors": (2.7, 4.5),
}  # fmt: skip
#: Hedges before a number and the interval they allow around it (low and high factors): the lexicon's
#: :data:`~newsbrief.text.lexicon.HEDGES_ABOVE`, ``_BELOW`` and ``_AROUND`` as this stage reads them (one space).
_HEDGE_PARTS = (
    (phrases(HEDGES_ABOVE, "more than", "over", "at least", "upwards of", "in excess of", "exceeding"),
     (1.0, math.inf)),
    (phrases(HEDGES_BELOW, "nearly", "almost", "up to", "less than", "under", "fewer than", "close to", "just under",
             "no more than", "as many as", "as much as"), (0.0, 1.0)),
    (phrases(HEDGES_AROUND, "about", "around", "roughly", "approximately", "some", "an estimated", "estimated", "or so",
             "approx.", "approx"), (0.85, 1.15)),
)  # fmt: skip
_HEDGES = tuple((re.compile(rf"\b{alternation(part, ' ')}\s*$"), factors) for part, factors in _HEDGE_PARTS)
_UPDATE = re.compile(
    r"\b(?:rose|risen|rising|climbed|climbing|increased|jumped|grew|grown|reached|swelled|updated|revised|now|"
    r"raised|lowered)\b(?:\s+\w+){0,2}\s*$"
    # a fall told as the level it ended at: "dropped to 10,000 feet" is where the plane was, "dropped 25,000 feet"
    # by how much (and "fell 25 feet" the height of a fall, a value): only the level after "to" is a change's
    r"|\b(?:fell|fallen|dropped|dropping|declined|decreased|plunged|plummeted|sank|dipped)\s+(?:\w+\s+){0,2}?to\s*$",
    re.IGNORECASE,
)
#: A value followed by a comparison is a margin between two things, not a value of either ("about $1 million
#: more than Carnahan", "20 percent fewer than last year", "three points ahead of Jones"), and so is what is still
#: missing to a mark ("71 delegates short of the 2,383", "two wins away from the title"): the gap between a
#: running figure and its mark moves with every day's count, never a version.
_MARGIN = re.compile(
    r"\s+(?:(?:more|less|fewer|higher|lower|greater|larger|smaller|bigger|older|younger|longer|shorter|taller|"
    r"heavier|lighter|cheaper|faster|slower)\s+than|ahead\s+of|(?:short|shy)\s+of)\b",
    re.IGNORECASE,
)
#: A count "away from" a mark ("four victories away from a championship"; a distance away from a place is a distance).
_AWAY = re.compile(r"\s+away\s+from\b", re.IGNORECASE)
#: The same gap written as a need with its mark ("needs 67 delegates to reach the 2,383", "needed 12 more votes to
#: win"); without "more" or the mark's number it is the mark itself ("needs 2,383 delegates to win"), a value.
_NEEDED_BEFORE = re.compile(r"\b(?:needs?|needed|needing)\s+(?:(?:only|just|another|about|at\s+least)\s+)?$", re.I)
_TO_A_MARK = re.compile(
    r"\s+more\s+to\s+\w|\s+to\s+(?:reach|hit|get\s+to|pass)\s+(?:the\s+)?(?:[a-z]+\s+){0,3}?(?:of\s+)?[\d$£€]", re.I
)
_NOT_A_COUNT = frozenset(
    "of and or to in at on a an the by for from with per percent cent years-old year-old am pm p a.m p.m".split()
)
_AGE = re.compile(
    r"(?P<name>\b[A-Z][A-Za-z'’-]+)\"?,\s*(?P<n1>\d{1,3})(?=[,;.)]|\s+(?:was|is|and|of|from|who)\b)"
    rf"|\b(?P<n2>\d{{1,3}}|(?i:(?:{_NUMBER_WORD})(?:-(?:{_NUMBER_WORD}))?))-year-olds?\b"
    r"(?:\s+(?:[A-Z][a-z]+\s+){0,2}(?P<after>[A-Z][A-Za-z'’-]+)\b)?"
    r"|\baged?\s+(?P<n3>\d{1,3})\b"
    r"|(?P<name2>\b[A-Z][A-Za-z'’-]+)\s+\((?P<n4>\d{1,3})\)"
)
_TIME = re.compile(
    r"(?<!\d[:.]\s)\b(?P<h>1[0-2]|0?[1-9])(?:(?::\s?|\.)(?P<m>\d\d))?\s*(?P<ap>[ap])\.?\s?m\b\.?"
    r"|\b(?P<h24>[01]?\d|2[0-3]):(?P<m24>\d\d)\b(?!\s*[ap]\.?\s?m)"
    r"|\b(?P<word>noon|midnight)\b",
    re.IGNORECASE,
)
#: Words that say which count a number of people is: "12 killed" and "15 injured" count two things.
_ROLES = {
    "dead": "killed killed dead died die dies deaths death fatalities perished lives bodies",
    "hurt": "injured injuries wounded hurt injuring",
    "missing": "missing unaccounted",
    "held": "arrested detained held charged jailed",
    "saved": "rescued evacuated survived survivors",
}  # fmt: skip
_ROLE_OF = {w: role for role, ws in _ROLES.items() for w in ws.split()}
#: The casualty roles a count's key may end with: the dead and the wounded are never one count.
ROLES = frozenset(_ROLES)
#: "killing two people", "wounding 24 people": the role of the count after the verb.
_CASUALTY_ING = {"killing": "dead", "wounding": "hurt", "injuring": "hurt"}
#: A casualty verb right before a bare number ("wounding 21", "killed at least 12"): the number counts people.
_CASUALTY_VERB = re.compile(
    r"\b(killing|killed|wounding|wounded|injuring|injured)\s+(?:"
    + alternation(
        phrases(HEDGES, "at least", "about", "some", "nearly", "more than", "as many as", "an estimated"), " "
    )
    + r"\s+)?$",
    re.IGNORECASE,
)
_NAME = re.compile(r"\b[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*\b")


@dataclass(frozen=True, slots=True)
class Value:
    """One comparable value of a sentence (see the module docstring)."""

    kind: str
    key: str
    low: float
    high: float
    start: int
    end: int
    text: str
    update: bool = False
    label: str = ""  # the value as a reader would say it ("72", "10:40 pm", "02-18")
    rounded: bool = False  # one or two significant figures ending in zeros: perhaps rounded
    context: frozenset[str] = frozenset()  # content stems around the value, within its clause
    place: float = 0.0  # the value of the last digit written ("$9.4 million": 100,000), 0 where not read

    def agrees(self, other: Value) -> bool:
        """Whether the two values can both be true: their intervals meet, or a round value is within 3% of a
        precise one ("$2 million" and "$1.97 million"; but "3000 block" and "3300 block" differ)."""
        if self.kind in {"date", "name"}:
            return self.label == other.label
        if self.low <= other.high and other.low <= self.high:
            return True
        if _rounded_to(self, other) or _rounded_to(other, self):
            return True
        if self.rounded != other.rounded and self.low == self.high and other.low == other.high:
            return abs(self.low - other.low) <= 0.03 * max(abs(self.low), abs(other.low))
        return False


def _rounded_to(whole: Value, precise: Value) -> bool:
    """Whether a whole number is a writer's rounding of a decimal one ("longitude 9 degrees" / "9.27 degrees",
    "averaged 50 points" / "50.4"): it is the decimal rounded to units, within 5% of it; a half rounds either way
    ("13.5 percent" / "13 per cent": writers round a tie down as often as up).

    A value with a scale word rounds at its own last digit, not at units: "$9 million" is "$9.4 million" rounded
    (a place of a million), and "$4.5 million" is "$4.56 million" cut after the digits the writer kept (a decimal
    written is cut as often as rounded: a conversion "$3.6 million ($4.5 million Australian)" against "$4.56
    million"); still within 5% of the precise value. Two values written to the same place never agree this way:
    "$343.60" / "$344.60", "16" / "17"."""
    w, p = whole.low, precise.low
    if whole.low != whole.high or precise.low != precise.high:
        return False
    if whole.place > precise.place > 0 and abs(w - p) <= 0.05 * abs(p):
        gap = p - w if w >= 0 else w - p
        return abs(gap) <= whole.place / 2 or ("." in whole.text and 0 <= gap < whole.place)
    if w != int(w) or p == int(p):
        return False
    return abs(w - p) <= 0.5 and abs(w - p) <= 0.05 * abs(p)


def _place(num: str, scale: float) -> float:
    """The value of the last digit a number writes in digits ("9.4" with a million: 100,000), 0 for words."""
    if not num[:1].isdigit():
        return 0.0
    _, _, decimals = num.partition(".")
    return scale * 10.0 ** -len(decimals)


def read_number(token: str) -> float | None:
    """The number a token writes in digits or words; words are read by :func:`.lexicon.number_value`, so a ten
    and a unit make one number ("twenty-five") and two units joined by a hyphen make none: "two-three people" is
    a range, not five people, and "two-dozen" is not fourteen."""
    token = token.lower().replace(",", "")
    try:
        return float(token)
    except ValueError:
        pass
    value = number_value(token)
    return None if value is None else float(value)


def _hedge(text: str, start: int) -> tuple[float, float]:
    before = text[max(0, start - 22) : start].lower()
    for pattern, factors in _HEDGES:
        if pattern.search(before):
            return factors
    return 1.0, 1.0


#: Units of a duration: how long something lasted is rarely one slot two sources fill ("13 years in prison" for
#: one dissident, "12 years" for another).
_DURATIONS = frozenset("second minute hour day week month year decade century centurie".split())
#: Words around a value that say nothing of what it counts: who reported it, and generic counted nouns.
_NOT_CONTEXT = frozenset(
    "said says told according reported reports officials official estimated estimate say people persons total "
    "least more than about some nearly almost".split()
)
_CONTEXT_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
#: A value in brackets right after another is its conversion: "180 mph (289 kph)", "350-mile (560-kilometer)".
_CONVERSION = re.compile(r"\d[\w,.-]*(?:\s+[A-Za-z]+)?\s*\(\s*$")


def _context(text: str, start: int, end: int) -> frozenset[str]:
    """Content stems of up to six words either side of a value, within its clause: what the value is about."""
    before = re.split(r"[;:()\"“”]|,\s", text[max(0, start - 60) : start])[-1]
    after = re.split(r"[;:()\"“”]|,\s", text[end : end + 60])[0]
    words = _CONTEXT_WORD.findall(before)[-6:] + _CONTEXT_WORD.findall(after)[:6]
    return frozenset(
        stem(w.lower())
        for w in words
        if w.lower() not in STOPWORDS and len(w) > 2 and w.lower() not in _NOT_CONTEXT and w.lower() not in _ROLE_OF
    )


def _round(value: float) -> bool:
    """One or two significant figures ending in zeros (300, 2 million, 1,500): perhaps rounded."""
    if value < 10 or value != int(value):
        return False
    digits = str(int(value)).rstrip("0")
    return len(str(int(value))) - len(digits) >= 1 and len(digits) <= 2


def _format(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,}"


def _interval(value: float, text: str, start: int) -> tuple[float, float]:
    low, high = _hedge(text, start)
    return value * low, value * high


_LEGACY_QUANTITY = re.compile(
    rf"(?P<cur>[$£€])?\s?(?P<num>{_NUM})"
    r"(?P<pct>\s?%|\s?per\s?cent|\s?percent)?"
    r"(?:\s(?P<scale>hundred|thousand|million|billion|m|bn)\b)?"
    r"(?:\s(?P<unit>[A-Za-z][A-Za-z'-]+))?",
    re.IGNORECASE,
)
#: A digit group right before a number of three digits: "1 112 835" writes its thousands apart with spaces.
_SPACED_GROUP = re.compile(r"(?<![\w,./-])\d{1,3}[ \u00a0\u2009\u202f]$")
_COMPOUND = re.compile(r"\b(?:hundred|thousand|million)\s+and\s+$", re.IGNORECASE)
#: What a unit counts, when the text says: "gallons of water", "tons of grain" (not "of the": a part of a whole).
_OF_WHAT = re.compile(r"\s+of\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b)([a-z]{3,})\b")


def quantities(text: str) -> dict[str, set[float]]:
    """Quantities in ``text`` keyed by what they count (a stemmed noun, '%', or a currency).

    The coarse reading the same-fact decision was trained on (its ``quantity_conflict`` feature); the
    conflicts themselves read :func:`values`.
    """
    out: dict[str, set[float]] = {}
    for m in _LEGACY_QUANTITY.finditer(text):
        value = read_number(m.group("num"))
        if value is None:
            continue
        if _YEAR.fullmatch(m.group("num")) and not m.group("cur"):
            continue  # a year, compared as a date
        scale = m.group("scale")
        if scale:
            value *= SCALES[scale.lower()]
        if m.group("pct"):
            key = "%"
        elif m.group("cur"):
            key = m.group("cur")
        elif m.group("unit"):
            unit = m.group("unit").lower()
            if (
                unit in NUMBER_WORDS
                or month_number(unit) is not None
                or unit in {"of", "and", "or", "to", "in", "at", "on"}
            ):
                continue
            key = stem(unit.rstrip("'s").removesuffix("'"))
            if of := _OF_WHAT.match(text, m.end()):
                key += f" of {stem(of.group(1).lower())}"  # "800 gallons of water" counts water, not ethanol
        else:
            continue  # a bare number: nothing says what it counts
        out.setdefault(key, set()).add(value)
    return out


def _role(text: str, start: int, end: int) -> str:
    """The casualty word near a count, within its clause ("12 people were killed" -> "dead"), or ""."""
    before = re.split(r"[;:,()]|\band\b", text[max(0, start - 40) : start])[-1]
    after = re.split(r"[;:,()]|\band\b", text[end : end + 50])[0]
    words = re.findall(r"[a-z]+", after.lower()) + re.findall(r"[a-z]+", before.lower())[::-1]  # nearest first
    for word in words:
        if word in _ROLE_OF:
            return _ROLE_OF[word]
        if word in _CASUALTY_ING:
            return _CASUALTY_ING[word]
    return ""


def quantity_values(text: str) -> list[Value]:
    """Counts, money, percentages and distances, each keyed by what it counts."""
    out = []
    for m in _QUANTITY.finditer(text):
        num = m.group("num")
        value = read_number(num)
        if value is None or (_YEAR.fullmatch(num) and not m.group("cur")):
            continue  # a year is compared as a date
        if _COMPOUND.search(text[max(0, m.start("num") - 20) : m.start("num")]):
            continue  # the tail of a number in words not read whole ("one hundred and three")
        if re.fullmatch(r"\d{3}", num) and _SPACED_GROUP.search(text[max(0, m.start("num") - 5) : m.start("num")]):
            continue  # the last group of "1 112 835 patients": the whole is not read here, its tail is no count
        factor = SCALES[m.group("scale").lower()] if m.group("scale") else 1.0
        value *= factor
        unit = (m.group("unit") or "").lower()
        start, end = m.start("num") if not m.group("cur") else m.start("cur"), m.end()
        update = _UPDATE.search(text[max(0, start - 40) : start]) is not None
        low, high = _interval(value, text, start)
        if m.group("pct"):
            kind, key, end = "percent", "", m.end("pct")
            label = f"{_format(value)}%"
        elif m.group("cur"):
            kind, key = "money", ""  # a sum is compared one against one, by the words around it
            end = m.end("scale") if m.group("scale") else m.end("num")
            label = f"{m.group('cur')}{_format(value)}"
        elif unit in _DISTANCE:
            per_low, per_high = _DISTANCE[unit]
            kind, key, label = "distance", "", f"{num} {unit}"
            low, high = low * per_low, high * per_high
            if per_low == per_high:
                low, high = low * 0.97, high * 1.03  # unit conversions are rounded by writers
        elif unit == "others" and (role := _role(text, start, end)):
            kind, key, label = "number", f"peopl {role}", _format(value)  # "and 21 others were wounded"
        elif unit and unit not in NUMBER_WORDS and unit not in _NOT_A_COUNT and month_number(unit) is None:
            if unit in STOPWORDS or unit.rstrip("s") in _DURATIONS or num.lower() == "one":
                continue  # a duration ("two years" of what?), "at one point"
            kind, key, label = "number", stem(unit.rstrip("'s").removesuffix("'")), _format(value)
            if text[m.start("unit") - 1] == "-":
                key += "-"  # "the 115-yacht fleet" describes the fleet: compared only with another "N-yacht"
            if of := _OF_WHAT.match(text, m.end()):
                key += f" of {stem(of.group(1).lower())}"
            if role := _ROLE_OF.get(unit) or _role(text, start, end):
                key = role if unit in _ROLE_OF else f"{key} {role}"
        elif casualty := _CASUALTY_VERB.search(text[max(0, start - 30) : start]):
            # "killing two people and wounding 21": a bare number after a casualty verb counts people
            role = "dead" if casualty.group(1).lower().startswith("kill") else "hurt"
            kind, key, label = "number", f"peopl {role}", _format(value)
            end = m.end("scale") if m.group("scale") else m.end("num")
        else:
            continue  # a bare number: nothing says what it counts
        if _CONVERSION.search(text[max(0, start - 30) : start]):
            continue  # a conversion of the value before it, rounded by the writer
        if (
            _MARGIN.match(text, end)
            or (kind != "distance" and _AWAY.match(text, end))
            or (_NEEDED_BEFORE.search(text[max(0, start - 30) : start]) and _TO_A_MARK.match(text, end))
        ):
            continue  # a margin between two things ("$1 million more than Carnahan"), not a value of one
        context = _context(text, start, end)
        place = 0.0 if kind == "distance" else _place(num, factor)  # a distance's units are converted to metres
        out.append(
            Value(kind, key, low, high, start, end, text[start:end], update, label, _round(value), context, place=place)
        )
    return out


_BARE_NUMBER = re.compile(rf"(?<![\w.:/$£€-])(?:{_NUM})(?![\w:/-]|\.\d)", re.IGNORECASE)


def mentions(text: str, v: Value) -> bool:
    """Whether ``text`` writes the value ``v`` itself: its words ("35 feet" in "10 meters (35 feet)") or, for a
    count or measure, its number standing bare ("in Niger it is seven" against "seven children"). A sentence
    that writes both values is not one side of a disagreement."""
    if re.search(rf"(?<![\w.,]){re.escape(v.text)}(?!\w)", text):
        return True
    if v.kind not in {"number", "distance", "money", "percent"} or v.low != v.high:
        return False
    written = values(text)
    if any(w.kind == v.kind and w.key.rstrip("-") == v.key.rstrip("-") and w.label == v.label for w in written):
        return True  # "a 60-seat majority" writes 60 seats
    taken = [(w.start, w.end) for w in written]
    number = read_number(re.sub(r"^[$£€]\s?", "", v.text).split()[0].split("-")[0]) if v.text else None
    for m in _BARE_NUMBER.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        if number is not None and read_number(m.group()) == number:
            return True
    return False


def age_values(text: str) -> list[Value]:
    """Ages: "Smith, 72,", "a 72-year-old", "aged 72", "Smith (72)"; keyed by the surname when given."""
    out = []
    for m in _AGE.finditer(text):
        group = next(g for g in ("n1", "n2", "n3", "n4") if m.group(g))
        age = read_number(m.group(group))
        if age is None or not 0 < age < 120:
            continue
        name = m.group("name") or m.group("name2") or m.group("after") or ""
        if name and month_number(name) is not None:
            continue  # "June 5, 2019," is a date
        text_ = m.group(group)
        out.append(
            Value(
                "age",
                name.lower(),
                age,
                age,
                m.start(group),
                m.end(group),
                text_,
                label=_format(age),
                context=_context(text, m.start(), m.end()),
            )
        )
    return out


#: Minutes either side of a clock time on the hour written without minutes ("5 a.m."): rounding.
ON_THE_HOUR = 10.0
#: Minutes either side of a clock time the writer hedges ("about 10:30", "around 4:45 p.m."): two hedged times
#: of one morning minutes apart are one time told loosely, often of two steps of one event (a call, a find).
HEDGED_TIME = 15.0
#: Minutes after a colon and a space that are an hour by themselves: "4: 40 p.m." (tokenised text) is 16:40, but
#: "Oct. 5: 10 a.m." or "Day 2: 11 p.m." is a date or a list's number before the time, so "N: 10" is left unread.
SPACED_HOURS = frozenset({"10", "11", "12"})
#: A clock time that names a statement, not an event: "said in a 2 p.m. advisory", "their 11 a.m. update" (the
#: hour a bulletin was issued: two sources quoting two bulletins of one storm are not two versions of one time).
_ISSUED = re.compile(
    r"\s*(?:(?:[ecmp][sd]t|gmt|utc|et|local(?:\s+time)?)\b\.?\s*)?"
    r"(?:advisory|advisories|update|bulletin|briefing|statement|forecast|newscast|broadcast|press\s+release|"
    r"(?:press|news)\s+conference)\b",
    re.IGNORECASE,
)
_TIME_HEDGE = re.compile(
    r"\b(?:"
    + alternation(phrases(HEDGES_AROUND, "about", "around", "approximately", "roughly"))
    + r"|shortly (?:before|after)|just (?:before|after))\s+(?:at\s+)?$",
    re.IGNORECASE,
)


def time_values(text: str) -> list[Value]:
    """Clock times in minutes after midnight: "10:40 p.m.", "11.15pm", "23:05", "noon"."""
    out = []
    for m in _TIME.finditer(text):
        if m.group("m") in SPACED_HOURS and text[m.end("h") : m.start("m")] != ":" and m.group("h"):
            continue  # "Oct. 5: 10 a.m.": a date or list number before 10 a.m., or 5:10 tokenised; neither is sure
        if _ISSUED.match(text, m.end()):
            continue  # the hour a statement was issued, not of what it tells
        if m.group("word"):
            minutes = 720.0 if m.group("word").lower() == "noon" else 0.0
        elif m.group("h24"):
            minutes = int(m.group("h24")) * 60.0 + int(m.group("m24"))
        else:
            hour = int(m.group("h")) % 12 + (12 if m.group("ap").lower() == "p" else 0)
            minutes = hour * 60.0 + int(m.group("m") or 0)
        label = f"{int(minutes) // 60:02d}:{int(minutes) % 60:02d}"
        context = _context(text, m.start(), m.end())
        # a time on the hour written without minutes ("5 a.m.") is as rounded as "about 5": 5:02 agrees
        spread = ON_THE_HOUR if not m.group("word") and not m.group("h24") and not m.group("m") else 0.0
        if _TIME_HEDGE.search(text[max(0, m.start() - 30) : m.start()]):
            spread = max(spread, HEDGED_TIME)
        value = Value("time", "", minutes - spread, minutes + spread, m.start(), m.end(), m.group().strip(),
                      label=label, context=context)  # fmt: skip
        out.append(value)
    return out


def name_values(text: str) -> list[Value]:
    """Capitalised words of four letters or more that are not the sentence's first word: possible names."""
    out = []
    for m in _NAME.finditer(text):
        word = without_possessive(m.group())
        if m.start() == 0 or len(word) < 4 or word.lower() in STOPWORDS:
            continue
        if month_number(word) is not None or weekday_number(word) is not None:
            continue
        out.append(Value("name", "", 0.0, 0.0, m.start(), m.start() + len(word), word, label=word))
    return out


#: Two capitalised words in a row ("Public Affairs", "North Woods"): a name another source may write as one.
_TWO_NAMES = re.compile(r"\b(?=([A-Z][a-z]+ [A-Z][a-z]+)\b)")


#: One capitalised word, a capital inside it allowed ("PublicAffairs"): a name another source may write as two.
_ONE_NAME = re.compile(r"\b[A-Z][a-z]+(?:[A-Z][a-z]+)?\b")


def _hyphen_half(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is joined by a hyphen to the word before or after it: a half of a compound
    ("Lloyd-MacDonald", "Jean-Pierre"), whose name is the whole compound, so the half is no name of its own."""
    return text[start - 1 : start] == "-" or text[end : end + 1] == "-"


def joined_name_values(text: str) -> list[Value]:
    """Capitalised words of :func:`name_values`, and words with a second capital inside ("PublicAffairs"): the
    one-word side of a name another source writes as two words. Not a half of a hyphenated compound: the "MacDonald"
    of "the Lloyd-MacDonald firm" is not the "Mac Donald" of another report's "the Mac Donald firm"."""
    out = []
    for m in _ONE_NAME.finditer(text):
        word = m.group()
        if m.start() == 0 or len(word) < 4 or word.lower() in STOPWORDS or _hyphen_half(text, m.start(), m.end()):
            continue
        out.append(Value("name", "", 0.0, 0.0, m.start(), m.end(), word, label=word))
    return out


def split_name_values(text: str) -> list[Value]:
    """Two capitalised words in a row, not the sentence's first word (:func:`name_values`' rule): a name that
    another source may write as one word ("Public Affairs" / "PublicAffairs"); not when either is a half of a
    hyphenated compound (:func:`_hyphen_half`: "Jean-Pierre Raffarin" holds no two-word name "Pierre Raffarin")."""
    out = []
    for m in _TWO_NAMES.finditer(text):
        words = m.group(1)
        first, second = words.split()
        if m.start() == 0 or first.lower() in STOPWORDS or second.lower() in STOPWORDS:
            continue
        if _hyphen_half(text, m.start(), m.start() + len(words)):
            continue
        if any(month_number(w) is not None or weekday_number(w) is not None for w in (first, second)):
            continue
        out.append(Value("name", "", 0.0, 0.0, m.start(), m.start() + len(words), words, label=words))
    return out


def date_values(text: str) -> list[Value]:
    """Dates keyed by the word they date and their kind ("quit/day"), reporting dates left out.

    Years and bare weekdays are left out: two years in one sentence pair date two things far more often than one
    thing two ways ("the majority in Congress in 1994" beside "the smallest majority since the Congress of
    1953"), and two weekdays mostly two days of a story that goes on ("were searching Wednesday" beside "were
    searching Friday").
    """
    return [
        Value("date", f"{slot}/{kind}", 0.0, 0.0, start, end, text[start:end], label=value,
              context=_context(text, start, end))
        for slot, kind, value, start, end in dated_spans(text)
        if slot and kind not in {"year", "weekday"}
    ]  # fmt: skip


def values(text: str) -> list[Value]:
    """Every comparable value of a sentence but names (see :func:`name_values`)."""
    ages = age_values(text)
    times = time_values(text)
    taken = [(v.start, v.end) for v in (*ages, *times)]
    rest = [v for v in quantity_values(text) if not any(s < v.end and v.start < e for s, e in taken)]
    return [*ages, *times, *rest, *date_values(text)]


def not_a_statement(text: str) -> bool:
    """Whether a sentence is no statement of the values it holds: a caption, heading, credit, link or cut-off
    text (:func:`~newsbrief.summarize.standalone.is_debris`), never a side of a conflict. A sentence glued to
    the next by a missing space ("Kevin Johnson, 25, ... officials said.Smith and Johnson were charged") is one:
    the glue is the page's typography, the words the source's, so it is read as the summaries never read it."""
    return is_debris(text, glued=False)
