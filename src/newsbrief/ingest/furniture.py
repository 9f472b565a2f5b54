"""Page furniture learnt from many stories: sentences that recur verbatim across unrelated stories.

A sentence that three unrelated stories print word for word is not news of any of them: it is a
widget ("You always have the option to delete your Tweet location history."), a sign-up prompt,
a reprint notice or a web-archive page. Rather than one more hand-written pattern per site, the
list is mined from the 5,372 Multi-News validation clusters that are *not* among the 250 raw
clusters the project measures on (`python benchmarks/mine_furniture.py`, which also says how it
was made and what it finds); the package ships it as hashes of normalised sentences
(``data/furniture.json``), so no source text is copied into the package.

A sentence is furniture when

1. its normalised form (lower-cased ``[a-z0-9]+`` tokens) is one of the mined sentences, or
2. at least :data:`COVERED_SHARE` of its tokens lie in runs of :data:`GRAM` tokens that the miner
   found mostly inside furniture (in at least 30 % of the clusters that print them): this catches
   templated widgets whose slot changes ("Add Donald Trump as an interest to stay up to date on the latest
   Donald Trump news, video, and analysis from ABC News.").
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from functools import cache

from newsbrief.package_data import read_json
from newsbrief.text.tokens import words

#: Word n-gram length of the templated-furniture check (long enough that news phrasing does not
#: recur across unrelated stories by chance; "to stay up to date on" is furniture, "said in a
#: statement on", printed mostly outside furniture, is not).
GRAM = 6
#: Share of a sentence's tokens covered by furniture n-grams above which it is furniture.
COVERED_SHARE = 0.5
#: A mined sentence has at least this many tokens (shorter ones, "Please try again later.", are
#: kept only when they recur in many stories: see the miner).
MIN_TOKENS = 4

#: The normalised tokens furniture is matched on: lower-cased runs of ASCII letters and digits (the
#: project's one tokeniser, as rouge-score tokenises).
tokens = words


def key(toks: Sequence[str]) -> str:
    """A short, stable hash of a token sequence (16 hex digits of BLAKE2b)."""
    return hashlib.blake2b(" ".join(toks).encode(), digest_size=8).hexdigest()


def grams(toks: Sequence[str], n: int = GRAM) -> Iterable[tuple[int, str]]:
    """(start, hash) of every n-gram of ``toks``."""
    for i in range(len(toks) - n + 1):
        yield i, key(toks[i : i + n])


@cache
def _tables() -> tuple[frozenset[str], frozenset[str]]:
    data = read_json("furniture.json")
    return frozenset(data["sentences"]), frozenset(data["grams"])


def is_furniture(text: str) -> bool:
    """Whether ``text`` is a sentence of page furniture rather than of a story (see the module doc)."""
    toks = tokens(text)
    if len(toks) < MIN_TOKENS:
        return False
    sentences, furniture_grams = _tables()
    if key(toks) in sentences:
        return True
    if len(toks) < GRAM:
        return False
    need = COVERED_SHARE * len(toks)
    covered = [False] * len(toks)
    n_covered = 0
    for start, gram in grams(toks):
        if n_covered + len(toks) - start < need:
            return False  # even if every token from here on were covered (most sentences: half the hashes)
        if gram in furniture_grams:
            n_covered += GRAM - sum(covered[start : start + GRAM])
            covered[start : start + GRAM] = [True] * GRAM
    return n_covered >= need
