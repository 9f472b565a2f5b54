"""The entity stage's working record of one mention (shared by its modules; never leaves the stage)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span


@dataclass(slots=True)
class Mention:
    """One cleaned entity mention; ``name`` has no honorific, ``surface`` keeps it (an alias)."""

    article_id: str
    name: str
    surface: str
    label: str  # PERSON | ORG | GPE | LOC
    key: str
    order: int
    honorific: bool = False
    forced: bool = False  # label fixed by a general rule (a party name), not open to the vote
    title: str = ""  # the honorific before the name, lower case without the dot ("mrs")
    kin: bool = False  # a kinship noun just before it ("his son Tom"): a first name here is a relative
    headline: bool = False  # found in a title-case line, where headline words stick to names
    in_title: bool = False  # found in the article's title line, whose fragments give no description
    tagged: str = ""  # the tagger's own label of this mention (``label`` is what the evidence made of it)
    body_use: bool = False  # an abbreviation used as a body here ("NPR reported", "CIA director"; _entity_context)
    cue: str | None = None  # the class the words around it give (_entity_context: "the airport", "the show")
    span: Span | None = None
    ent: Span | None = None  # the tagger's span it came from (benchmarks/entity_keep.py reads the words around it)
    descriptors: list[str] = field(default_factory=list)
