"""People who share a surname in one article: which full forms of a surname name one person.

"Andrea Smith" and her father "Richard Smith" are two people; "Nick Boles" and a one-off "Tory Nick Boles", or
"J. Smith" and "John Smith", are one. :class:`newsbrief.analyse.quote_speakers.Speakers` keys people by surname
and expands a bare surname to the full name; where a surname is shared it must not (issue 11).
"""

from __future__ import annotations

from collections import Counter


def fullest(forms: Counter[str]) -> str:
    """The most frequent multi-word form of a name ("Nick Boles" over a one-off "Tory Nick Boles")."""
    return max(forms.items(), key=lambda kv: (len(kv[0].split()) > 1, kv[1], -len(kv[0])))[0]


def same_person(a: str, b: str) -> bool:
    """Whether two full forms of one surname name one person: one ends with the other ("Tory Nick Boles",
    "Nick Boles"), or their first names agree, an initial agreeing with the name it starts ("J. Smith")."""
    wa, wb = a.lower().split(), b.lower().split()
    if wa[-len(wb) :] == wb or wb[-len(wa) :] == wa:
        return True
    fa, fb = wa[0].rstrip("."), wb[0].rstrip(".")
    return fa == fb or (min(len(fa), len(fb)) == 1 and fa[0] == fb[0])


def people_of(forms: Counter[str]) -> list[str]:
    """The distinct people among the full forms of one surname, each by its fullest form."""
    groups: list[Counter[str]] = []
    for name, n in sorted(forms.items(), key=lambda kv: -kv[1]):
        if len(name.split()) < 2:
            continue
        group = next((g for g in groups if any(same_person(name, other) for other in g)), None)
        if group is None:
            groups.append(group := Counter())
        group[name] += n
    return [fullest(g) for g in groups]
