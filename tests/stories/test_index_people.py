"""The stories index's "who" line claims no more than the brief: an entity shown "type not settled" is not in it."""

from __future__ import annotations

from newsbrief.model import Entity
from newsbrief.stories.workers import INDEX_PEOPLE, index_people


def test_an_entity_whose_type_is_not_settled_is_not_who_the_story_is_about() -> None:
    entities = [
        Entity(name="Axanar", label="ORG", typed=False),  # a film the tagger calls ORG: the brief claims no type
        Entity(name="Alec Peters", label="PERSON"),
        Entity(name="Paramount", label="ORG"),
        Entity(name="California", label="GPE"),
    ]
    assert index_people(entities) == ["Alec Peters", "Paramount"]


def test_the_index_keeps_the_most_mentioned_few_in_order() -> None:
    entities = [Entity(name=f"Person {k}", label="PERSON") for k in range(INDEX_PEOPLE + 3)]
    assert index_people(entities) == [f"Person {k}" for k in range(INDEX_PEOPLE)]
