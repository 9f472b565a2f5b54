"""Whether an entity's type is backed enough to list it: a model of the evidence across all its mentions (issue 11).

The rules before it (:func:`~._entity_types.backed`, :func:`~._entity_types.person_evidenced`) read one cue at a
time; what they leave wrong is mostly the small tagger's type with no cue near it ("Axanar" ORG, a film;
"Rhinos" PERSON; "Canaanites" GPE). A reader is better served by fewer entities, each right (a brief that says
less and is right). This logistic regression weighs, over every mention of the entity in every source: how the
tagger labelled them (its votes, and whether they agree with the shown type), titles and honorifics, the class of
the nouns around them (cues), how the name is used (the subject of a verb of saying, a possessive owner, after
"in"/"at"/"from", after "the", a modifier of a noun), capitals and plural forms ("Rhinos", a plural proper noun;
the word seen in lower case in the story), a known given name or place, headlines. It is fitted on the
development clusters' labels (``benchmarks/entity_keep.py``: is the shown type right?), and an entity whose
probability of being right is under the fitted threshold is not listed.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import cache

from newsbrief.analyse._entity_context import REPORTING_VERBS
from newsbrief.analyse._entity_evidence import first_name_gender, known_place
from newsbrief.analyse._entity_mention import Mention
from newsbrief.logistic import Logistic
from newsbrief.model import Entity
from newsbrief.package_data import read_json

#: The model's features, in the order of the weights file (``data/entity_keep.json``).
FEATURES = (
    "person",
    "org",
    "place",
    "norp",
    "log_mentions",
    "sources",
    "tagger_agrees",
    "tagged_person",
    "tagged_org",
    "tagged_place",
    "honorific",
    "cue_agrees",
    "cue_other",
    "body_use",
    "headline",
    "words",
    "all_caps",
    "given_name",
    "known_place",
    "after_in",
    "possessive",
    "after_the",
    "subject",
    "subject_of_saying",
    "modifier",
    "plural",
    "lower_in_story",
)
_PLACE = frozenset({"GPE", "LOC", "FAC"})
_IN = frozenset({"in", "at", "from", "near", "across", "to", "into", "throughout"})


def _group(label: str | None) -> str | None:
    return "PLACE" if label in _PLACE else label


def _share(flags: Iterable[bool]) -> float:
    values = list(flags)
    return sum(values) / len(values) if values else 0.0


def features(entity: Entity, cluster: list[Mention], lower_words: set[str]) -> list[float]:
    """One row of :data:`FEATURES` for an entity and its mentions."""
    group = _group(entity.label)
    tagged = [_group(m.tagged) for m in cluster if m.tagged]
    spans = [m.ent for m in cluster if m.ent is not None]
    cues = [_group(m.cue) for m in cluster if m.cue is not None]
    names = (entity.name, *entity.aliases)
    last = entity.name.split()[-1].lower()
    before = [s.doc[s.start - 1].lower_ if s.start > 0 else "" for s in spans]
    after = [s.doc[s.end] if s.end < len(s.doc) else None for s in spans]
    subject = [s.root.dep_ in {"nsubj", "nsubjpass"} for s in spans]
    return [
        float(group == "PERSON"),
        float(group == "ORG"),
        float(group == "PLACE"),
        float(group == "NORP"),
        math.log1p(sum(n for _, n in entity.mentions)),
        float(len(entity.mentions)),
        _share(t == group for t in tagged),
        _share(t == "PERSON" for t in tagged),
        _share(t == "ORG" for t in tagged),
        _share(t == "PLACE" for t in tagged),
        _share(m.honorific for m in cluster),
        float(group in cues),
        float(any(c != group for c in cues)),
        float(any(m.body_use for m in cluster)),
        _share(m.headline for m in cluster),
        float(len(entity.name.split())),
        float(any(n.isupper() for n in names)),
        float(first_name_gender(entity.name.split()[0]) is not None),
        float(any(known_place(n) for n in names)),
        _share(b in _IN for b in before),
        _share(a is not None and a.tag_ == "POS" for a in after),
        _share(b == "the" for b in before),
        _share(subject),
        _share(sub and s.root.head.lemma_ in REPORTING_VERBS for sub, s in zip(subject, spans, strict=True)),
        _share(s.root.dep_ in {"compound", "amod"} for s in spans),
        float(any(s.root.tag_ == "NNPS" for s in spans) or (last.endswith("s") and last[:-1] in lower_words)),
        float(last in lower_words),
    ]


@cache
def _model() -> Logistic:
    return Logistic.from_weights(read_json("entity_keep.json"), FEATURES, "data/entity_keep.json")


def keeps(entity: Entity, cluster: list[Mention], lower_words: set[str]) -> bool:
    """Whether the evidence backs the entity's type enough to list it (the model's threshold)."""
    return _model().accepts(features(entity, cluster, lower_words))
