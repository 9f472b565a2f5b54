"""People of a story, one person once: merging person mentions by full name, surname and first name.

Cross-document person resolution by name (Bagga & Baldwin 1998) with the alias, gender and exact-match sieves of
deterministic coreference (Lee et al. 2013): a full name absorbs shorter or differently spelt full names of the same
person ("Steve"/"Steven Hansen", "Tolkein"/"Tolkien", "J. Smith"/"John Smith"; the one "same person?" rule of
:mod:`newsbrief.analyse.same_person`, which the quotes' speakers ask too); a lone surname or "Mr/Mrs <surname>"
attaches to the full name it ends, of a compatible gender ("Mrs Wilson" is not Gary Wilson), and when several match,
to the one the story names in full far more often than the others, or else to none (which of two Smiths is meant is
not known: a brief that says less and is right); a lone first name attaches only to the one full name it opens, when
no other person of the story shares it and it never follows a kinship word ("his son Tom"). A lone name that is the
given name or surname of a person of the story but could not be given to one ("Taylor" beside Taylor Swift and
Taylor Lautner) is not listed on its own either. A word that is the surname of one person and the given name of
another ("Burke" beside Stan Burke and Burke Ramsey) may be either, and goes to the one named in full far more
often, or to none; a surname's plural ("the O'Haras") names the family, no one person; a nickname between the
names ("Harold 'Devin' Lima") makes the two full names one person."""

from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from newsbrief.analyse._entity_mention import Mention
from newsbrief.analyse._entity_rules import HONORIFICS, ROLE_WORDS
from newsbrief.analyse.name_evidence import (
    TITLE_GENDER,
    compatible,
    first_name_gender,
    fold,
    gender_of,
    same_surname,
)
from newsbrief.analyse.same_person import NAME_SUFFIXES, same_person, split_suffix, surname, titled_candidates
from newsbrief.model import Article

logger = logging.getLogger(__name__)

#: A lone name (no full name to attach to, no honorific) must be tagged PERSON this often to stay.
LONE_NAME_MIN = 3


def cluster_people(
    mentions: list[Mention],
    lower_words: set[str],
    nicknames: dict[str, str] | None = None,
    apart: set[frozenset[str]] | None = None,
) -> list[list[Mention]]:
    """Merge person mentions by full name, surname and (where plain) first name; see the module docstring.
    ``nicknames`` (:func:`nickname_keys`) maps a full name's key to the key of the name the person goes by;
    ``apart`` holds pairs of full-name keys that are two people however alike ("george bush", "george w bush")."""
    for m in mentions:
        m.key = (nicknames or {}).get(m.key, m.key)  # "Harold Lima" is "Devin Lima" ("Harold 'Devin' Lima")
    counts = Counter(m.key for m in mentions)
    full = sorted({m.key for m in mentions if " " in m.key}, key=lambda k: (-len(k.split()), -counts[k], k))
    titles: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.title:
            titles[m.key].add(m.title)
    parent: dict[str, str] = {}
    for i, name in enumerate(full):
        toks = name.split()
        longer = [
            b
            for b in full[:i]
            if len(b.split()) >= len(toks)
            and b != name
            and frozenset((name, b)) not in (apart or set())
            and same_person(name, b, _gender(name, titles), _gender(b, titles))
        ]
        parent[name] = parent.get(longer[0], longer[0]) if longer else name
    canon = sorted(set(parent.values()))
    gender = {c: _gender(c, {t for k, p in parent.items() if p == c for t in titles[k]}) for c in canon}
    totals = Counter(parent[m.key] for m in mentions if m.key in parent)
    kin_names = {m.key for m in mentions if m.kin}
    kin_people = {parent[m.key] for m in mentions if m.kin and m.key in parent}  # "their son, Capt. Karim Noor"
    clusters: dict[str, list[Mention]] = defaultdict(list)
    lone: dict[str, list[Mention]] = defaultdict(list)
    by_canon = surnames_of(canon)
    surnames = set(by_canon.values())
    for m in sorted(mentions, key=lambda m: m.order):
        if m.key in parent:
            target = parent[m.key]
        elif _family(m.key, surnames):
            continue  # "the O'Haras", "the Kellers": the family, not the person of that surname
        else:
            options = _lone_options(m, by_canon, gender, kin_names, kin_people)
            if not options:
                lone[m.key].append(m)
                continue
            target = _salient(options, totals)
            if target is None:  # "Wilson" beside Gary and Jane Wilson, each named as often: not known, not counted
                continue
        clusters[target].append(m)
    parts = {w for c in canon for w in (c.split()[0], by_canon[c])}
    for key, group in lone.items():
        if key in parts:  # "Taylor" beside Taylor Swift and Taylor Lautner, "Smith" of two Smiths: one of them
            logger.debug("dropped ambiguous name %r (%d mentions)", group[0].name, len(group))
        elif any(m.honorific for m in group) or (len(group) >= _lone_min(group[0].name) and key not in lower_words):
            clusters[key].extend(group)
        else:
            logger.debug("dropped lone name %r (%d mentions)", group[0].name, len(group))
    return list(clusters.values())


#: "Harold 'Devin' Lima", "Robert “Bobby” Kennedy": a given name, a nickname in quotation marks, a surname.
_NICKNAME = re.compile(r"\b([A-Z][\w’'-]+) ['‘\"“]([A-Z][a-z]+)['’\"”] ([A-Z][\w’'-]+)")


def nickname_keys(texts: Sequence[str]) -> dict[str, str]:
    """The story's people written with a nickname between their names: the key of the full name with the given
    name ("harold lima") -> the key of the name the person goes by ("devin lima"), so that both are one person."""
    found: dict[str, str] = {}
    for text in texts:
        for m in _NICKNAME.finditer(text):
            given, nick, surname = m.groups()
            if given.lower() in HONORIFICS or given.lower() in ROLE_WORDS:
                continue
            found[fold(f"{given} {surname}")] = fold(f"{nick} {surname}")
    return found


def _family(key: str, surnames: set[str]) -> bool:
    """Whether a lone name is the plural of a surname of the story ("O'Haras", "Kellers", "Joneses"): a family,
    which is no one person of it and no entry of its own (its members are listed by name)."""
    if " " in key or key in surnames or not key.endswith("s"):
        return False
    return key[:-1] in surnames or (key.endswith("es") and key[:-2] in surnames)


def named_after_people(clusters: list[list[Mention]]) -> list[list[Mention]]:
    """Without the person clusters whose name goes on past another person's full name ("Jessica Simpson
    Collection", "Thomas Kinkade Signature Galleries", "Jeff King Husky Homestead" beside Jeff King): a
    business, brand or work named after the person, not a person; the type is not known, so it is not listed.
    Unless the story uses the last word alone for the person ("Keith Fitzgerald Knowles", then "Knowles"): then it
    is the person's fuller name, and a cluster of only the shorter full name ("Keith Fitzgerald") joins it."""
    full = {m.key for c in clusters for m in c if len(m.key.split()) >= 2}

    def extends(key: str) -> str | None:
        words = key.split()
        return next(
            (
                " ".join(words[:k])
                for k in range(2, len(words))
                if " ".join(words[:k]) in full and words[k].rstrip(".") not in NAME_SUFFIXES  # "Jr." still his name
            ),
            None,
        )

    kept: list[list[Mention]] = []
    fuller: dict[str, list[Mention]] = {}  # "keith fitzgerald" -> the cluster of "Keith Fitzgerald Knowles"
    for c in clusters:
        longer = {m.key: short for m in c if (short := extends(m.key)) is not None}
        if not longer:
            kept.append(c)
            continue
        lone = {m.key for m in c if " " not in m.key}
        # "Keith Fitzgerald Knowles" (one more word), then "Knowles" alone; not "Jeff King Husky Homestead Nash"
        if any(len(key.split()) == len(short.split()) + 1 and key.split()[-1] in lone for key, short in longer.items()):
            kept.append(c)
            fuller.update(dict.fromkeys(longer.values(), c))
    out = []
    for c in kept:
        names = dict.fromkeys(m.key for m in c)  # in mention order: the first key with a fuller name decides
        target = next((fuller[k] for k in names if k in fuller and fuller[k] is not c), None)
        if target is not None and all(" " in k and k in fuller for k in names):
            target.extend(c)  # the story's shorter form of the same full name ("Keith Fitzgerald", cut by the tagger)
        else:
            out.append(c)
    return out


#: A lone surname of several people of the story is the one named in full this many times as often as any other.
SALIENT_RATIO = 3


def _salient(options: list[str], totals: Counter[str]) -> str | None:
    """The one full name a lone name stands for: the only candidate, or the one the story names in full at least
    :data:`SALIENT_RATIO` times as often as each other ("Smith" in a story of Joseph Smith, 16 times in full, whose
    widow Emma Smith is named once); ``None`` when no candidate stands out."""
    if len(options) == 1:
        return options[0]
    ranked = sorted(options, key=lambda n: (-totals[n], n))
    return ranked[0] if totals[ranked[0]] >= SALIENT_RATIO * max(1, totals[ranked[1]]) else None


def _lone_min(name: str) -> int:
    """How often a lone name must be tagged a person to be listed: :data:`LONE_NAME_MIN`, or twice for a given
    name of known gender ("Josh" and "Anna" in a story that never gives their surname)."""
    return 2 if first_name_gender(name) in {"male", "female"} else LONE_NAME_MIN


def _gender(name: str, titles: dict[str, set[str]] | set[str]) -> str | None:
    """A full name's gender: from the titles of its mentions, else from its first name."""
    seen = titles if isinstance(titles, set) else titles.get(name, set())
    return gender_of(name.split()[0].capitalize(), seen)


def surnames_of(canon: Sequence[str]) -> dict[str, str]:
    """Each full name's surname, the word its lone mentions are matched by: the last word that is no generational
    suffix ("Luther Stan Pate IV" takes the story's "Pate"), unless the story names another person by the same
    words without that suffix or with another: then the suffix is what tells them apart ("Duncan Hunter" and his
    father "Duncan Hunter Sr."), and a lone "Hunter" goes to the name without it, as before. "The same words" is
    read by :func:`same_person` on the names less their suffixes, so a father named in another form counts too
    ("Donald J. Trump" beside "Donald Trump Jr.": review38, the lone "Trump" mentions had become the son's as
    much as the father's, and the father lost them)."""
    bases = {c: " ".join(split_suffix(c)[0]) for c in canon}
    kin = {c for c in canon if split_suffix(c)[1] and any(d != c and same_person(bases[c], bases[d]) for d in canon)}
    return {c: c.split()[-1] if c in kin else surname(c) for c in canon}


def _lone_options(
    m: Mention, surnames: dict[str, str], gender: dict[str, str | None], kin_names: set[str], kin_people: set[str]
) -> list[str]:
    """The full names a one-word mention may be: those it is the surname of (also spelt a little
    differently, "Yanukovich"), of a gender its title allows ("Mrs Wilson" is not Gary Wilson); else the one
    full name it is the first name of, when no other person of the story has that first name and no mention
    of it follows a kinship word ("his son Tom"). "Mr/Mrs <surname>" follows the quotes' rule
    (:func:`~newsbrief.analyse.same_person.titled_candidates`): a relative introduced by a kinship noun is not the
    one meant when another person of the title's gender is not ("Mr. Noor" beside "Rashid Noor" and "their son,
    Karim Noor")."""
    title_gender = TITLE_GENDER.get(m.title)
    canon = list(surnames)
    by_surname = [c for c in canon if surnames[c] == m.key]
    if not by_surname and first_name_gender(m.name) not in {"male", "female"}:
        # spelt a little differently: "Yanukovich"; not a given name ("Khalid" is not DJ Khaled)
        by_surname = [c for c in canon if same_surname(surnames[c], m.key)]
    options = [c for c in by_surname if compatible(title_gender, gender[c])]
    if m.honorific:  # "Mr Burke": a surname
        return titled_candidates(title_gender, options, gender, kin_people)
    by_first = [c for c in canon if c.split()[0] == m.key and c not in by_surname]
    if options and by_first:
        # "Burke" beside Stan Burke and Burke Ramsey: a surname of one, the given name of another; both are
        # candidates, and :func:`_salient` gives it to the one named far more often, or to none.
        return options + by_first
    if options or by_surname or m.key in kin_names:
        return options
    return by_first if len(by_first) == 1 else []


_OF_BEFORE = re.compile(r"\b([A-Z][\w'’-]*) of\s+$")
_TITLE_PATTERN = "|".join(sorted({h.rstrip(".").capitalize() for h in HONORIFICS}, key=len, reverse=True))


def shared_surnames(clusters: list[list[Mention]]) -> set[str]:
    """Surnames of more than one person in the story: "Mr Smith" then names nobody for sure."""
    owners = Counter(s for c in clusters for s in {surname(m.name) for m in c if " " in m.name})
    return {s for s, n in owners.items() if n > 1}


def untagged_mentions(
    cluster: list[Mention],
    articles: Sequence[Article],
    tagged: dict[str, list[tuple[int, int]]],
    order: int,
    shared: set[str],
) -> list[Mention]:
    """Exact-string mentions the model missed: the person's full names, and "Mr/Ms ... <surname>".

    The exact-match sieve of deterministic coreference (Lee et al. 2013): once a full name is known,
    its other occurrences and its honorific forms are the same person, tagged or not.
    """
    full = {m.name for m in cluster if " " in m.name}
    if not full:
        return []
    surnames = sorted({surname(n) for n in full} - shared)
    names = "|".join(re.escape(n) for n in sorted(full, key=len, reverse=True))
    if surnames:
        names += rf"|(?:{_TITLE_PATTERN})\.?\s+(?:{'|'.join(map(re.escape, surnames))})"
    pattern = re.compile(rf"\b(?:{names})\b")
    key = cluster[0].key
    longest = max(full, key=lambda n: (len(n.split()), n))
    own_gender = gender_of(longest.split()[0], {m.title for m in cluster if m.title})
    found: list[Mention] = []
    for article in articles:
        taken = tagged.get(article.id, [])
        for m in pattern.finditer(article.text):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            if (o := _OF_BEFORE.search(article.text, max(0, m.start() - 40), m.start())) and o.group(1).lower() not in (
                ROLE_WORDS | HONORIFICS
            ):
                continue  # "Church of [Jesus Christ] of Latter Day Saints": part of a longer name
            title = m.group(0).split()[0].rstrip(".").lower()
            honorific = title in HONORIFICS and m.group(0) not in full
            if honorific and not compatible(TITLE_GENDER.get(title), own_gender):
                continue  # "Mr Wilson" is not Jane Wilson
            name = m.group(0).split(maxsplit=1)[1] if honorific else m.group(0)
            found.append(
                Mention(article.id, name, m.group(0), "PERSON", key, order + len(found), honorific, title=title)
            )
    return found
