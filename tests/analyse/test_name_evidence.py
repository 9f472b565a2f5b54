"""Entities from evidence across mentions (issue 11, item 4): literal stories, each beside a look-alike that
must come out the other way. Real spaCy model; nothing is mocked."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from newsbrief.analyse import nlp as nlp_module
from newsbrief.analyse._entity_story import WordUse, common_acronyms, known_tail
from newsbrief.analyse.entities import extract_entities
from newsbrief.analyse.name_evidence import (
    first_name_gender,
    fold,
    gender_of,
    headline_spans,
    same_surname,
)
from newsbrief.model import Article, Entity

pytest.importorskip("spacy")
if nlp_module.available_model() is None:
    pytest.skip("no English spaCy model installed: pip install 'newsbrief[analysis]'", allow_module_level=True)


def entities_of(*texts: str) -> tuple[Entity, ...]:
    articles = [Article(id=f"a{i}", text=t) for i, t in enumerate(texts)]
    docs = list(nlp_module.load_nlp().pipe([a.text for a in articles]))
    return extract_entities(articles, docs)


def holding(entities: Sequence[Entity], form: str) -> list[Entity]:
    """Entities whose name or an alias is exactly ``form``."""
    return [e for e in entities if form == e.name or form in e.aliases]


# --- the evidence helpers --------------------------------------------------------------------------------


def test_given_names_and_their_gender() -> None:
    assert first_name_gender("Jeremy") == "male"
    assert first_name_gender("Luciana") == "female"
    assert first_name_gender("Twitter") is None  # not a given name: no evidence of a person
    assert first_name_gender("jeremy") is None  # a lower-case word is no name
    assert gender_of("Jane", set()) == "female"
    assert gender_of("Jane", {"mr"}) == "male"  # a title outweighs the dictionary
    assert gender_of("Jane", {"mr", "mrs"}) is None  # titles that disagree tell nothing


def test_spellings_of_one_surname_and_look_alikes() -> None:
    assert same_surname("Yanukovich", "Yanukovych")
    assert same_surname("Bélanger", "Belanger")
    assert same_surname("Tolkein", "Tolkien")
    assert not same_surname("Li", "Lu")  # short names: exact only
    assert not same_surname("Wilson", "Watson")
    assert fold("Mount St. Helens") == fold("Mount St Helens")


def test_headline_lines_and_sentences() -> None:
    text = "Devin Lima Dead at 41 After Cancer Battle\nDevin Lima, a singer, died on Monday in his home."
    spans = headline_spans(text)
    assert [text[a:b] for a, b in spans] == ["Devin Lima Dead at 41 After Cancer Battle"]
    assert headline_spans("The Senate Voted On Tuesday.") == []  # a sentence ends with a full stop


def test_terms_defined_in_lower_case_and_names_defined_in_capitals() -> None:
    acronyms = common_acronyms(["Neurons of the suprachiasmatic nucleus (SCN) fire.", "The Food and Drug (FDA)."])
    assert acronyms == {"SCN"}


def test_a_stray_word_in_front_and_a_name_that_only_ends_like_another() -> None:
    use = WordUse()
    use.lower.update({"airline": 3, "of": 9})
    assert known_tail("AP American Airlines", {"american airlines"}, use) == "American Airlines"
    assert known_tail("Airline Qatar Airways", {"qatar airways"}, use) == "Qatar Airways"
    assert known_tail("Smith's Mercedes", {"mercedes"}, use) == "Mercedes"
    assert known_tail("Bank of America", {"america"}, use) is None  # "of" keeps the name whole
    use.capital.update({"South": 5})
    use.lower.update({"south": 1})
    assert known_tail("South Korea", {"korea"}, use) is None  # "South" is a name's word here


# --- one person once, never two merged ---------------------------------------------------------------------


def test_husband_and_wife_of_one_surname_stay_two_people() -> None:
    entities = entities_of(
        "Gary Wilson, 54, was arrested on Monday. His wife, Jane Wilson, told reporters she was shocked.",
        "Mrs Wilson said her husband was innocent. Mr Wilson's lawyer declined to comment.",
    )
    jane = holding(entities, "Jane Wilson")
    gary = holding(entities, "Gary Wilson")
    assert len(jane) == 1 and len(gary) == 1 and jane[0] is not gary[0]
    assert "Mr Wilson" not in jane[0].aliases
    assert "Mrs Wilson" not in gary[0].aliases


def test_one_surname_one_person_takes_the_title_form() -> None:
    entities = entities_of(
        "Gary Wilson, 54, was arrested on Monday in Leeds.",
        "Mr Wilson's lawyer said Mr Wilson would plead not guilty.",
    )
    (gary,) = holding(entities, "Gary Wilson")
    assert dict(gary.mentions)["a1"] >= 1  # the title form is Gary's where he is the only Wilson


def test_two_spellings_of_one_name_are_one_person() -> None:
    entities = entities_of(
        "Viktor Yanukovych fled Kiev on Saturday, officials said.",
        "Viktor Yanukovich said he remained the legitimate president. Yanukovich spoke in Rostov.",
    )
    people = [e for e in entities if e.label == "PERSON" and "Viktor" in e.name]
    assert len(people) == 1


def test_a_first_name_alone_joins_the_one_full_name_it_opens() -> None:
    entities = entities_of(
        "Paula Blades was 19 when she had implants. Paula said she felt ill for years.",
        "Doctors told Paula the implants were safe, Paula recalled.",
    )
    paula = holding(entities, "Paula Blades")
    assert len(paula) == 1 and "Paula" in paula[0].aliases


def test_a_first_name_after_a_kinship_word_is_a_relative() -> None:
    entities = entities_of(
        "Tom Cruise arrived in London on Monday. His son Tom stayed in Los Angeles.",
        "Tom told friends he was proud of his father. Tom Cruise did not comment.",
    )
    (cruise,) = holding(entities, "Tom Cruise")
    assert "Tom" not in cruise.aliases


def test_a_first_name_two_people_share_stays_apart() -> None:
    entities = entities_of(
        "Anne Smith and Anne Jones founded the charity in 2001. Anne said it began in a kitchen.",
        "Anne Smith said the charity would close. Anne Jones disagreed.",
    )
    for full in ("Anne Smith", "Anne Jones"):
        assert all("Anne" not in e.aliases for e in holding(entities, full))


# --- types from evidence; furniture and headline words never in a name -------------------------------------


def test_a_name_in_quotation_marks_is_a_title_not_a_body() -> None:
    entities = entities_of(
        'Sofia Vergara won for "Modern Family" on Sunday. "Modern Family" took three awards.',
        "Vergara thanked the cast of Modern Family.",
    )
    assert holding(entities, "Modern Family") == []
    assert holding(entities, "Sofia Vergara")


def test_a_headline_word_does_not_join_a_name() -> None:
    entities = entities_of(
        "Colin Kroll Dead at 34 After Apparent Overdose\nColin Kroll, the co-founder of the app, was found dead.",
        "Police said Kroll was found in his apartment on Sunday.",
    )
    assert holding(entities, "Colin Kroll Dead") == []
    assert holding(entities, "Colin Kroll")


def test_a_credit_with_a_slash_is_not_a_person() -> None:
    entities = entities_of(
        "Arnd Wiegmann/File Photo\nMichael Kors agreed to buy the shoemaker, Reuters reported.",
        "The deal values the company at $1.2 billion.",
    )
    assert not any("Wiegmann" in e.name for e in entities)


def test_an_organisation_named_once_needs_its_name_to_say_so() -> None:
    entities = entities_of(
        "He ordered a Big Mac at a diner near the Harvard Medical School, police said.",
        "The suspect was arrested later.",
    )
    assert holding(entities, "Big Mac") == []
    (school,) = holding(entities, "Harvard Medical School")
    assert school.label == "ORG"


def test_a_short_name_and_its_full_name_with_an_organisations_word_are_one() -> None:
    entities = entities_of(
        "Stanford University scientists built the catalyst. Matthew Kanan of Stanford led the work.",
        "Stanford said the work was funded by the government. Kanan said more tests were needed.",
    )
    stanford = [e for e in entities if "Stanford" in e.name]
    assert len(stanford) == 1 and stanford[0].label == "ORG"


def test_descriptors_are_descriptions_not_debris() -> None:
    entities = entities_of(
        "George Takei, the actor, tweeted a joke. Lanza, which 20-year-old gunman had no record, was named.",
        "Fans of George Takei shared it.",
    )
    (takei,) = holding(entities, "George Takei")
    assert [d for _, d in takei.descriptors] == ["the actor"]
    assert all(not d.startswith("which") for e in entities for _, d in e.descriptors)


# --- saying less where the evidence is thin (session 6) ----------------------------------------------------


def test_a_surname_of_two_people_goes_to_the_one_the_story_is_about_or_to_none() -> None:
    joseph = "Joseph Smith founded the church in 1830. Joseph Smith wrote the book. Joseph Smith led the move."
    story = entities_of(f"{joseph} His widow Emma Smith stayed in Nauvoo. Smith was killed in 1844.")
    (js,) = holding(story, "Joseph Smith")
    (emma,) = holding(story, "Emma Smith")
    assert "Smith" in js.aliases and "Smith" not in emma.aliases
    even = entities_of("Gary Wilson and Jane Wilson spoke on Monday. Wilson said the house was sold.")
    assert all("Wilson" not in e.aliases for e in even if e.label == "PERSON")


def test_a_first_name_two_people_share_is_not_listed_alone() -> None:
    entities = entities_of(
        "Taylor Swift met Taylor Lautner in 2009. Taylor said the film was fun. Taylor laughed.",
        "Taylor said she wrote the song. Taylor Swift and Taylor Lautner did not comment.",
    )
    assert not [e for e in entities if e.name == "Taylor"]


def test_a_business_named_after_a_person_of_the_story_is_not_that_person() -> None:
    entities = entities_of(
        "Thomas Kinkade died at his home. Kinkade was 54. Thomas Kinkade Signature Galleries said sales rose.",
        "The painter Thomas Kinkade sold prints through Thomas Kinkade Signature Galleries.",
        "Jeff King won the race. King drove his team from the Jeff King Husky Homestead kennel.",
        "Jeff King Husky Homestead said Jeff King was well.",
    )
    assert holding(entities, "Thomas Kinkade") and holding(entities, "Jeff King")
    assert not [e for e in entities if "Galleries" in e.name or "Homestead" in e.name]


def test_a_fuller_name_whose_last_word_the_story_uses_alone_is_the_person() -> None:
    entities = entities_of(
        "Over the weekend, Keith Fitzgerald Knowles turned himself in. Knowles reportedly struck first in June. "
        "Investigators said Knowles used the same method.",
        "Keith Fitzgerald, 27, turned himself in to detectives. Knowles had a system, investigators said. "
        "Knowles told investigators he was sorry.",
    )
    (knowles,) = [e for e in entities if e.label == "PERSON"]
    assert knowles.name == "Keith Fitzgerald Knowles"
    assert "Keith Fitzgerald" in knowles.aliases  # the tagger's cut of the same name joins it


def test_a_name_inside_a_longer_name_after_of_is_not_a_mention() -> None:
    entities = entities_of(
        "The Reorganized Church of Jesus Christ of Latter Day Saints was founded in 1860. Jesus Christ was invoked.",
        "Members of the Reorganized Church of Jesus Christ of Latter Day Saints met.",
    )
    (jesus,) = holding(entities, "Jesus Christ")
    assert dict(jesus.mentions) == {"a0": 1}  # the one mention outside the church's name


@pytest.mark.parametrize(
    ("phrase", "head", "person"),
    [
        ("a former chairman of the committee", "chairman", True),
        ("the band's publicist", "publicist", True),
        ("a tech executive", "executive", True),
        ("her husband", "husband", True),
        ("a New Orleans native", "native", True),
        ("the Book of Abraham", "Book", False),
        ("a run for his money", "run", False),
        ("flack for holding his nose", "flack", False),
        ("Vision for the future", "Vision", False),
    ],
)
def test_a_descriptor_is_headed_by_a_noun_that_names_a_person(phrase: str, head: str, person: bool) -> None:
    from newsbrief.analyse._entity_descriptors import person_head

    doc = nlp_module.load_nlp()(phrase)
    (tok,) = [t for t in doc if t.text == head]
    assert person_head(tok) is person


def test_a_cut_initial_and_words_in_capitals_are_no_descriptor() -> None:
    from newsbrief.analyse._entity_descriptors import _tidy

    doc = nlp_module.load_nlp()("Grant McMurray spoke.")
    name = doc[0:2]
    assert _tidy("its president", name) == "its president"
    assert _tidy("its president W.", name) == ""
    assert _tidy("MAPLE LATTES", name) == ""
    assert _tidy("NLRB regional director", name) == "NLRB regional director"


def test_a_given_name_tagged_twice_is_listed_where_the_story_gives_no_surname() -> None:
    entities = entities_of("Josh said on Monday that he was sorry. Anna stood by him. Josh asked for forgiveness.")
    assert [(e.name, e.label) for e in entities] == [("Josh", "PERSON")]  # Anna is named once: not enough


def test_a_common_noun_short_for_several_bodies_is_not_listed() -> None:
    entities = entities_of(
        "The Church said it would vote. The Catholic Church and the Anglican Church disagreed. "
        "The church has 250,000 members. The Church meets in April. The Methodist Church agreed."
    )
    assert not holding(entities, "Church")
    assert holding(entities, "Catholic Church")


def test_no_descriptor_is_read_from_a_headline_line() -> None:
    entities = entities_of(
        "Related: Universal's International Chief Duncan Clark Leaves\n"
        "Duncan Clark, president of international distribution, left on Monday."
    )
    (clark,) = holding(entities, "Duncan Clark")
    assert [d for _, d in clark.descriptors] == ["president of international distribution"]


def test_a_body_the_words_around_it_call_a_place_is_not_listed_as_a_body() -> None:
    from newsbrief.analyse._entity_mention import Mention
    from newsbrief.analyse._entity_types import backed

    def mention(cue: str | None) -> Mention:
        return Mention("a", "Koyukuk", "Koyukuk", "ORG", "koyukuk", 0, cue=cue, tagged="ORG")

    entity = Entity(name="Koyukuk", label="ORG", mentions=(("a", 4),))
    assert backed(entity, [mention(None)] * 4)  # the tagger alone, four times: listed
    assert not backed(entity, [mention(None)] * 3 + [mention("GPE")])  # "the village of Koyukuk": not a body
    assert backed(entity, [mention(None)] * 3 + [mention("ORG")])


def test_a_name_followed_by_lower_case_words_naming_an_illness_is_not_a_person() -> None:
    entities = entities_of(
        "He has ALS, also called Lou Gehrig disease. Lou Gehrig disease has no cure, said Dr. Ann Smith."
    )
    assert not holding(entities, "Lou Gehrig")
    assert holding(entities, "Ann Smith")


def test_a_name_with_as_much_evidence_for_a_work_as_for_a_body_is_not_listed() -> None:
    from collections import Counter

    from newsbrief.analyse._entity_mention import Mention
    from newsbrief.analyse._entity_types import vote_labels

    def mentions() -> list[Mention]:
        return [Mention("a", "Red", "Red", "ORG", "red", i, tagged="ORG") for i in range(3)]

    tied = mentions()  # tagged ORG three times; "her new album, Red" once (a cue: three votes for a work)
    vote_labels(tied, Counter({"red": 3}), Counter(), set())
    assert {m.label for m in tied} == {"OTHER"}
    ahead = mentions()
    vote_labels(ahead, Counter({"red": 2}), Counter(), set())
    assert {m.label for m in ahead} == {"ORG"}


def test_the_people_listed_once_per_doc_go_with_their_doc() -> None:
    """The per-Doc list of people must not keep its Doc alive (a value holding a Span of its weak key did: the
    server grew 0.5 MB a request)."""
    import gc

    from newsbrief.analyse._entity_descriptors import _PEOPLE, _list_share

    before = len(_PEOPLE)
    doc = nlp_module.load_nlp()("Labour MPs Chuck Umunna, Chris Leslie and Mike Gapes said they would leave.")
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    for person in people:
        _list_share(person)
    assert len(_PEOPLE) == before + 1
    del doc, people, person
    gc.collect()
    assert len(_PEOPLE) == before
