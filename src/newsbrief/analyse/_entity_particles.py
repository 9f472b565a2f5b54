"""Names with particles, whole: "Hugo de los Reyes Chavez", "Rafael van der Vaart", "Joao dos Santos".

The small English model cuts such names at the particle: "Hugo de los" PERSON, "Reyes" untagged, "Chavez" PERSON;
"Rafael van der" PERSON and "Vaart" ORG; "Ursula von" PERSON and "Leyen" GPE; "Joao" PERSON, "dos" a verb,
"Santos" PERSON. The first part then becomes a descriptor of the second ("Hugo de los" of "Reyes Chavez") or a
person of its own. :func:`name_spans` gives the entity stage the tagger's spans with each such name made whole: a
PERSON span that ends in particles, or is followed by them, runs on over the particles and the capitalised words
after them (at most :data:`MAX_AFTER`), as one PERSON span; the spans it covers are left out. The doc itself is
not changed (the quotes read the same doc).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from newsbrief.analyse._entity_rules import HONORIFICS, ROLE_WORDS
from newsbrief.text.dates import weekday_number
from newsbrief.text.lexicon import AFTER_PARTICLE, NOT_PERSON_WORDS, PARTICLES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: How many capitalised words may follow the particles ("de los Reyes Chavez": two).
MAX_AFTER = 2


def _particle(tok: Token, first: bool) -> bool:
    """Whether a token is a name particle (lower case, or capitalised as "De"/"Van" after a given name)."""
    word = tok.text.lower()
    return word in PARTICLES or (not first and word in AFTER_PARTICLE)


def _name_word(tok: Token) -> bool:
    """A capitalised word that may be part of a family name (not a title, a role word or a day: "praised Rafael van
    der Vaart Sunday", "met Joao dos Santos January 3")."""
    return (
        tok.is_alpha
        and tok.ent_type_ not in {"DATE", "TIME"}
        and not (weekday_number(tok.text) is not None and len(tok.text) >= 6)  # "Sunday"; not "Sun", "Mon"
        and tok.text[:1].isupper()
        and not tok.is_sent_start
        and tok.lower_ not in HONORIFICS
        and tok.lower_ not in ROLE_WORDS
        and tok.lower_ not in NOT_PERSON_WORDS
    )


def _whole(doc: Doc, ent: Span) -> int | None:
    """The end (token index) of the whole name a PERSON span is part of, when particles cut it; else ``None``."""
    toks = list(ent)
    if toks[-1].tag_ == "POS" or toks[-1].is_punct:
        return None  # "bin Laden's [al Qaeda]": what follows a possessive is the owned thing
    inside = 0
    while inside < len(toks) - 1 and _particle(toks[-1 - inside], False):
        inside += 1  # "Hugo de los": the span ends in its particles
    at = ent.end
    if inside:
        if toks[-inside].lower_ not in PARTICLES:
            return None  # "... los" with no "de" before it
    else:
        while at < len(doc) and at - ent.end < 3 and _particle(doc[at], at == ent.end):
            at += 1  # "Joao [dos] Santos": the particles after the span
        if at == ent.end:
            return None
    words = 0
    while at + words < len(doc) and words < MAX_AFTER and _name_word(doc[at + words]):
        words += 1
    return at + words if words else None


def name_spans(doc: Doc) -> list[Span]:
    """The doc's entity spans, each PERSON name cut at its particles made whole (see the module docstring)."""
    out: list[Span] = []
    covered_to = 0
    for ent in doc.ents:
        if ent.start < covered_to:
            continue  # part of the name made whole before it
        end = _whole(doc, ent) if ent.label_ == "PERSON" else None
        if end is None or end <= ent.end:
            out.append(ent)
            continue
        out.append(Span(doc, ent.start, end, label="PERSON"))
        covered_to = end
    return out
