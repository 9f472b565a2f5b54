"""Entities by how a name is used across the story (session 9): a word that is one person's surname and another's
given name, a family's plural, a place's lower-case class noun, ranks and debris before names, descriptions in a
speaker's words or running into another person, a group described as one, votes across spellings.

Real spaCy model for the sentences; the vote tests build the stage's own mention records. Nothing is mocked.
"""

from __future__ import annotations

from collections import Counter

from entity_text import entities_of, named
from installed import require_spacy_model
from newsbrief.analyse._entity_descriptors import describes_a_group
from newsbrief.analyse._entity_mention import Mention
from newsbrief.analyse._entity_people import nickname_keys
from newsbrief.analyse._entity_types import person_evidenced, vote_labels

require_spacy_model()


# A word that is one person's surname and another's given name ---------------------------------------------


def test_a_word_that_is_a_surname_and_a_given_name_goes_to_the_person_named_far_more_often() -> None:
    entities = entities_of(
        "Former FBI statement analyst Stan Burke studied the tape. Her brother, Burke Ramsey, was nine at the "
        "time. Burke Ramsey denied it on television. Lawyers for Burke Ramsey will sue. Burke Ramsey is now 29. "
        "Investigators say Burke was asleep. Police said Burke was in his room."
    )
    (burke_ramsey,) = [e for e in entities if e.name == "Burke Ramsey"]
    assert "Burke" in burke_ramsey.aliases
    assert not [e for e in entities if e.name == "Stan Burke" and "Burke" in e.aliases]


def test_a_lone_surname_still_joins_the_one_person_it_ends() -> None:  # look-alike: no given name to compete
    entities = entities_of(
        "Former FBI statement analyst Stan Burke studied the tape. Burke said the voice was clear. "
        "Burke added that the family had lied."
    )
    (burke,) = named(entities, "burke")
    assert burke.name == "Stan Burke"
    assert "Burke" in burke.aliases


def test_with_an_honorific_the_shared_word_is_a_surname() -> None:
    entities = entities_of(
        "Former FBI statement analyst Stan Burke studied the tape. Burke Ramsey was nine at the time. "
        "Burke Ramsey denied it. Mr. Burke said the voice on the tape was clear."
    )
    (stan,) = [e for e in entities if e.name == "Stan Burke"]
    assert "Mr. Burke" in stan.aliases


# A family's plural ---------------------------------------------------------------------------------------------


def test_a_surnames_plural_is_the_family_not_the_person() -> None:
    entities = entities_of(
        "Vivien Leigh played Scarlett O'Hara. Scarlett O'Hara is the heroine of the novel. "
        "The O'Haras owned a plantation called Tara. O'Hara said nothing."
    )
    (scarlett,) = named(entities, "scarlett")
    assert "O'Haras" not in scarlett.aliases
    assert not named(entities, "o'haras")


# A place's class noun in lower case ----------------------------------------------------------------------------


def test_a_lower_case_class_noun_after_a_place_is_not_its_name() -> None:
    entities = entities_of(
        "The summit was held in Busan city on Friday. Officials in Busan said the talks went well. "
        "Busan is South Korea's second city."
    )
    busan = [e for e in entities if "busan" in e.name.lower()]
    assert [e.name for e in busan] == ["Busan"]
    assert "Busan city" not in busan[0].aliases


def test_a_capitalised_city_stays_part_of_the_name() -> None:  # look-alike
    entities = entities_of(
        "Fans in Kansas City celebrated. Kansas City police closed roads. The mayor of Kansas City spoke."
    )
    assert named(entities, "kansas city")[0].name == "Kansas City"


# Ranks and debris before names ---------------------------------------------------------------------------------


def test_a_military_rank_is_no_part_of_the_name() -> None:
    entities = entities_of(
        "Petty Officer Cynthia Oldham said the man was rescued near Crane Beach. The man was flown to a hospital, "
        "Petty Officer Oldham said. Petty Officer Cynthia Oldham said he was cold."
    )
    (oldham,) = named(entities, "oldham")  # one person, not "Petty Officer Oldham" beside her
    assert oldham.name == "Cynthia Oldham"


def test_rip_in_capitals_before_a_name_is_not_the_name() -> None:
    entities = entities_of(
        "RIP Prodigy. The rapper Prodigy died on Tuesday, his publicist said. Prodigy was 42. "
        "Tributes poured in: RIP Prodigy."
    )
    assert not [e for e in entities if e.name.upper().startswith("RIP ")]


def test_a_given_name_rip_stays() -> None:  # look-alike: "Rip" in title case is a given name
    entities = entities_of("The actor Rip Torn died on Tuesday. Rip Torn was 88. Torn starred in many films.")
    (torn,) = named(entities, "torn")
    assert torn.name == "Rip Torn"


# Descriptions -------------------------------------------------------------------------------------------------


def test_a_speakers_first_person_words_are_no_description() -> None:
    entities = entities_of(
        'Dennis Rodman called North Korean leader Kim Jong Un "my friend". "He is my friend Kim Jong Un," '
        "Rodman said. Kim Jong Un did not comment."
    )
    (kim,) = [e for e in entities if e.name.startswith("Kim")]
    assert not [d for _, d in kim.descriptors if d.lower().startswith(("my ", "our "))]


def test_a_description_that_runs_into_another_person_is_dropped() -> None:
    entities = entities_of(
        "South Korean President Moon Jae-in suggested during his campaign for a May 9 election that most South "
        "Koreans did not accept the 2015 deal negotiated by his conservative predecessor Park Geun-hye and Japanese "
        "PM Shinzo Abe, and that he could try to renegotiate it. The issue is likely to be discussed when he meets "
        "Abe on Friday."
    )
    (abe,) = named(entities, "abe")
    assert [d for _, d in abe.descriptors] == ["PM"]  # not "his conservative predecessor Park Geun-hye and ..."


def test_a_description_by_another_person_as_owner_stays() -> None:  # look-alike
    entities = entities_of(
        "Selznick's assistant Katharine Brown read the novel first. Brown urged him to buy it. "
        "Katharine Brown later became an agent."
    )
    (brown,) = named(entities, "katharine")
    assert any("assistant" in d for _, d in brown.descriptors)


def test_a_person_named_inside_a_description_leaves_it_whole() -> None:  # look-alikes
    entities = entities_of(
        "The note was written for a class by Harvard Law grad Michael Adelman. Adelman argues the case is weak. "
        "Petty Officer Cynthia Oldham of the Coast Guard said the crew saved him. Oldham said it was a team effort."
    )
    (adelman,) = named(entities, "adelman")
    assert [d for _, d in adelman.descriptors] == ["Harvard Law grad"]
    (oldham,) = named(entities, "oldham")
    assert [d for _, d in oldham.descriptors] == ["Petty Officer"]


def test_a_name_described_as_a_group_is_a_body() -> None:
    assert describes_a_group(["legendary NY rap duo", "iconic New York rap duo"])
    assert describes_a_group(["a band from Leeds"])
    assert not describes_a_group(["a member of the band", "the group's singer"])  # a person of the group
    assert not describes_a_group([])


def test_a_rap_duo_is_listed_as_an_organisation() -> None:
    entities = entities_of(
        "Prodigy, one half of the legendary NY rap duo Mobb Deep, died on Tuesday. Mobb Deep released "
        "The Infamous in 1995. The iconic New York rap duo Mobb Deep toured last year. Mobb Deep said Prodigy "
        "had been ill."
    )
    mobb = named(entities, "mobb deep")
    assert all(e.label != "PERSON" for e in mobb)


# Votes across spellings ----------------------------------------------------------------------------------------


def _mention(name: str, label: str, order: int) -> Mention:
    key = name.lower()
    return Mention("a", name, name, label, key, order, tagged=label)


def test_votes_are_counted_across_spellings_of_one_name() -> None:
    mentions = [
        _mention("JonBenét Ramsey", "ORG", 0),
        _mention("JonBenet Ramsey", "PERSON", 1),
        _mention("JonBenet Ramsey", "PERSON", 2),
    ]
    vote_labels(mentions, Counter(), Counter(), set())
    assert [m.label for m in mentions] == ["PERSON"] * 3
    assert mentions[0].key == "jonbenet ramsey"  # folded, so the people step sees one name


def test_a_given_name_the_dictionary_does_not_know_tagged_a_body_is_the_person() -> None:
    mentions = [
        _mention("JonBenét Ramsey", "PERSON", 0),
        _mention("JonBenét Ramsey", "PERSON", 1),
        _mention("JonBenét", "ORG", 2),
    ]
    vote_labels(mentions, Counter(), Counter(), set())
    assert mentions[2].label == "PERSON"


def test_a_one_word_body_with_a_bodys_cue_stays_a_body() -> None:  # look-alike: "the company Apple"
    mentions = [_mention("Apple Martin", "PERSON", 0), _mention("Apple", "ORG", 1)]
    mentions[1].cue = "ORG"
    vote_labels(mentions, Counter(), Counter(), set())
    assert mentions[1].label == "ORG"


# A lone place name read as a given name -------------------------------------------------------------------------


def _lone(name: str, tagged: str, order: int) -> Mention:
    return Mention("a", name, name, "PERSON", name.lower(), order, tagged=tagged)


def test_a_known_place_the_tagger_also_reads_as_a_place_is_no_given_name() -> None:
    # "AUSTIN, Texas (AP)" and "in Austin": tagged a place once, a person three times, no person's mark
    cluster = [_lone("Austin", "GPE", 0), *(_lone("Austin", "PERSON", i) for i in range(1, 4))]
    assert not person_evidenced(cluster)


def test_a_given_name_that_is_also_a_place_but_never_tagged_one_stays_a_person() -> None:  # look-alike
    cluster = [_lone("Martin", "PERSON", i) for i in range(3)]  # "MARTIN: ..." of a transcript
    assert person_evidenced(cluster)


# A nickname between the names ------------------------------------------------------------------------------------


def test_a_full_name_and_the_name_written_as_a_nickname_are_one_person() -> None:
    entities = entities_of(
        "LFO singer Devin Lima died on Wednesday. Devin Lima was 41. His real name was Harold Lima.",
        "I confirm that Harold 'Devin' Lima passed away early this morning, his band mate said. Devin Lima had cancer.",
    )
    limas = [e for e in entities if e.label == "PERSON" and "Lima" in e.name]
    assert [e.name for e in limas] == ["Devin Lima"]
    assert "Harold Lima" in limas[0].aliases


def test_two_people_of_one_surname_stay_two_without_a_nickname() -> None:  # look-alike
    entities = entities_of(
        "Singer Devin Lima died on Wednesday. Devin Lima was 41. His father, Harold Lima, said he was proud. "
        "Harold Lima thanked the fans."
    )
    names = sorted(e.name for e in entities if e.label == "PERSON" and "Lima" in e.name)
    assert names == ["Devin Lima", "Harold Lima"]


def test_nickname_keys() -> None:
    assert nickname_keys(["I confirm that Harold 'Devin' Lima passed away."]) == {"harold lima": "devin lima"}
    assert nickname_keys(["Robert “Bobby” Kennedy spoke."]) == {"robert kennedy": "bobby kennedy"}
    assert nickname_keys(["Mr 'Big' Smith", "He said 'no' to Smith"]) == {}


# A name of a family of the story ---------------------------------------------------------------------------------


def test_a_name_ending_in_the_surname_of_the_storys_family_is_a_person() -> None:
    mentions = [
        _mention("Patsy Ramsey", "PERSON", 0),
        _mention("John Ramsey", "PERSON", 1),
        _mention("JonBenét Ramsey", "ORG", 2),
        _mention("JonBenét Ramsey", "ORG", 3),
        _mention("Ramsey Foundation", "ORG", 4),  # look-alike: a body's word
        _mention("Smith Barney", "ORG", 5),  # look-alike: no family of that surname
    ]
    vote_labels(mentions, Counter(), Counter(), set())
    assert [m.label for m in mentions] == ["PERSON", "PERSON", "PERSON", "PERSON", "ORG", "ORG"]
    assert mentions[2].key == "jonbenet ramsey"


def test_one_namesake_is_no_family() -> None:  # look-alike: one person of that surname only
    mentions = [_mention("John Ramsey", "PERSON", 0), _mention("Gordon Ramsey", "ORG", 1)]
    vote_labels(mentions, Counter(), Counter(), set())
    assert mentions[1].label == "ORG"
