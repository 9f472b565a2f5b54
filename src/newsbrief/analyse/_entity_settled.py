"""Whether the story's own words settle a listed entity's type, or only the tagger's label does.

The held-out errors of the entity list are mostly a wrong type with no cue in the text ("Axanar", a film, tagged
ORG 19 times; "Havoc", a rapper, ORG; "Social Security" ORG; "Hammock Beach Resorts" ORG), and the tagger is
confident on them (BENCHMARKS "Entities", session 11: beam scores 0.94-1.0; a second model agrees), so neither
its labels nor a learned filter on them tell them from right rows (session 12: AUC ~0.74). What can be said is
where the type rests on the tagger alone: for a person no title, description, person's noun, known given name,
surname or given name used alone, or transcript speaker label; for a body no organisation's word, party,
acronym, cue, or statement ("Recode has learned"); for a place no known place, place's word or cue. Such a row
is still listed (its name, mentions and sources are right), but shown without a type claim (``Entity.typed``
False): a brief that says less and is right beats one that says more and is sometimes wrong.
"""

from __future__ import annotations

from newsbrief.analyse._entity_bounds import speaker_label
from newsbrief.analyse._entity_descriptors import has_name_title
from newsbrief.analyse._entity_mention import Mention
from newsbrief.analyse._entity_rules import PARTIES
from newsbrief.analyse._entity_types import SPEECH_VERBS, label_group, named_as, subject_of
from newsbrief.analyse.name_evidence import common_given_name, first_name_gender
from newsbrief.model import Entity
from newsbrief.text.lexicon import SPEECH_LEMMAS

#: Verbs whose subject speaks or reports for itself ("the Guardian has learned", "the Saints announced", "the White
#: House denied"): a body's, or a person's, act, never a thing's or a place's; the mark of a body the tagger called
#: ORG where its name has no organisation's word ("Recode", "Paramount").
STATEMENT_VERBS = SPEECH_VERBS | frozenset(
    "announce confirm deny report learn state claim dismiss respond warn argue assert".split()
)


def type_settled(entity: Entity, cluster: list[Mention]) -> bool:
    """Whether anything besides the tagger's label backs ``entity``'s type (its name's words, a title, a
    description, a cue of the words around a mention, a rule that fixed the label: a party)."""
    group = label_group(entity.label)
    if any(m.forced for m in cluster) or any(label_group(m.cue) == group for m in cluster if m.cue):
        return True
    if entity.descriptors:  # a description names a person, or a group ("the rap duo Mobb Deep": ORG)
        return True
    names = (entity.name, *entity.aliases)
    if group == "PERSON":
        full = [n for n in names if " " in n]
        ends = {w.lower() for n in full for w in (n.split()[0], n.split()[-1])}
        # A full name the story shortens to its surname or given name ("Lee", "Scarlett", a transcript's "LEE:") is
        # used as a person's; so is one opening with a given name the dictionary knows, however rare ("Hillary"),
        # whose bearer speaks ("Hillary Clinton said"); a transcript's speaker label ("MARTIN: That's Opal Lee.")
        # names who speaks. A title the descriptions leave out as the name's own ("Prof Pascual") is a person's
        # sign, as it was a description.
        return (
            any(m.honorific or (m.span is not None and has_name_title(m.span)) for m in cluster)
            or any(common_given_name(n.split()[0]) for n in full)
            or (
                any(first_name_gender(n.split()[0]) is not None for n in full)
                and any(subject_of(m, STATEMENT_VERBS | SPEECH_LEMMAS) for m in cluster)
            )
            or any(" " not in m.name and m.name.lower() in ends for m in cluster)
            or any(m.span is not None and speaker_label(m.span.doc, list(m.span)) for m in cluster)
        )
    if group == "PLACE":
        return named_as(group, names)
    return (
        named_as(group, names)
        or any(n.lower() in PARTIES for n in names)
        or any(m.body_use or subject_of(m, STATEMENT_VERBS) for m in cluster)
    )
