"""Whether the story's own words settle a listed entity's type, or only the tagger's label does.

The held-out errors of the entity list are mostly a wrong type with no cue in the text ("Axanar", a film, tagged
ORG 19 times; "Havoc", a rapper, ORG; "Social Security" ORG; "Hammock Beach Resorts" ORG), and the tagger is
confident on them (BENCHMARKS "Entities", session 11: beam scores 0.94-1.0; a second model agrees), so neither
its labels nor a learned filter on them tell them from right rows (session 12: AUC ~0.74). What can be said is
where the type rests on the tagger alone: for a person no title, description, person's noun, known given name,
surname or given name used alone, or transcript speaker label; for a body no organisation's word, party,
acronym, cue, or statement ("Recode has learned"); for a place no known place, place's word or cue. Such a row
is still listed (its name, mentions and sources are right), but shown without a type claim (``Entity.typed``
False): a brief that says less and is right beats one that says more and is sometimes wrong. So is a row whose
type the story's own use of the name disputes, whatever else backs it: a body or place known by one word of a
person's full name in the story ("Reynolds" ORG beside "Deborah Jordan Reynolds-Santilli"), or a person's name
used as "the NAME" as a band's, ship's or document's is ("the Airplane was awarded", "crew from the Winston
Churchill", "the Sharon Statement was signed").
"""

from __future__ import annotations

import re

from newsbrief.analyse._entity_bounds import speaker_label
from newsbrief.analyse._entity_descriptors import has_name_title
from newsbrief.analyse._entity_mention import Mention
from newsbrief.analyse._entity_rules import PARTIES
from newsbrief.analyse._entity_types import SPEECH_VERBS, label_group, named_as, subject_of
from newsbrief.analyse.name_evidence import common_given_name, first_name_gender
from newsbrief.analyse.same_person import NAME_SUFFIXES
from newsbrief.model import Entity
from newsbrief.text.lexicon import SPEECH_LEMMAS

#: Verbs whose subject speaks or reports for itself ("the Guardian has learned", "the Saints announced", "the White
#: House denied"): a body's, or a person's, act, never a thing's or a place's; the mark of a body the tagger called
#: ORG where its name has no organisation's word ("Recode", "Paramount").
STATEMENT_VERBS = SPEECH_VERBS | frozenset(
    "announce confirm deny report learn state claim dismiss respond warn argue assert".split()
)
#: The share of a person's mentions that, read as "the NAME" standing alone, puts the type in doubt (with at least
#: two such mentions): "the Airplane was awarded" (a band), "crew from the Winston Churchill" (a yacht).
THE_SHARE = 1 / 6
#: Parts of speech after "the NAME" that make the name a modifier or a noun's head with its own clause, as a
#: person's name may be: "the Trump campaign", "the Koch-backed group", "the Trump we have known".
_MODIFIED = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "PRON"})
_NAME_BREAK = re.compile(r"[\s\-]+")  # "Deborah Jordan Reynolds-Santilli": a double surname's two words


def type_settled(entity: Entity, cluster: list[Mention], name_words: frozenset[str] = frozenset()) -> bool:
    """Whether anything besides the tagger's label backs ``entity``'s type (its name's words, a title, a
    description, a cue of the words around a mention, a rule that fixed the label: a party), and nothing in the
    story says otherwise: a body or place known only by one word that is a word of a person's full name in the
    same story (``name_words``, lower case: :func:`full_name_words`) is read as that person's name as often as
    not ("Reynolds said" beside "Deborah Jordan Reynolds-Santilli" tagged ORG; "Kasich" GPE; "Wang" ORG beside
    "Wang Youcai"), so its type is not settled unless its name itself says body or place ("Jordan", a known place;
    "AP")."""
    group = label_group(entity.label)
    if any(m.forced for m in cluster) or any(label_group(m.cue) == group for m in cluster if m.cue):
        return True
    names = (entity.name, *entity.aliases)
    if group != "PERSON" and person_named(names, name_words) and not named_as(group, names):
        return False
    if group == "PERSON" and thing_like(cluster):  # also when described: "the veteran cutter Winston Churchill"
        return False
    if entity.descriptors:  # a description names a person, or a group ("the rap duo Mobb Deep": ORG)
        return True
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


def full_name_words(full_names: list[str]) -> frozenset[str]:
    """The lower-case words of people's full names (two words or more), less initials and generational suffixes:
    the surnames and given names a lone word of the story may stand for."""
    return frozenset(
        w
        for name in full_names
        if len(words := _NAME_BREAK.split(name.lower().replace(".", "").strip())) > 1
        for w in words
        if len(w) > 1 and w not in NAME_SUFFIXES
    )


def person_named(names: tuple[str, ...], name_words: frozenset[str]) -> bool:
    """Whether every one of a row's names is a single word of a person's full name in the story."""
    return all(" " not in n and n.lower() in name_words for n in names)


def the_before(mention: Mention) -> bool:
    """Whether a mention stands as "the NAME" with nothing after it that makes the name a modifier ("the Trump
    campaign", "the Clinton-Kaine ticket") or names a sense of the person ("the Trump we know")."""
    span = mention.span if mention.span is not None else mention.ent
    if span is None or span.start == 0 or span.doc[span.start - 1].lower_ != "the":
        return False
    if span.end >= len(span.doc):
        return True
    after = span.doc[span.end]
    return after.pos_ not in _MODIFIED and after.text not in {"-", "‐", "‑"}


def thing_like(cluster: list[Mention]) -> bool:
    """Whether a name read as a person's is used with "the" as a band's, ship's, paper's or show's name is
    (:data:`THE_SHARE` of its mentions and at least two: "the Jefferson Airplane", "the Airplane was"), which a
    person's rarely is: the story's own use disagrees with the tagger, so its type is not settled."""
    uses = sum(the_before(m) for m in cluster)
    return uses >= 2 and uses >= THE_SHARE * len(cluster)
