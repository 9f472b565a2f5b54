"""WithReferents refuses a chosen sentence that leans on a person or thing the rest of the choice never names."""

from __future__ import annotations

import pytest

from newsbrief.config import BriefConfig
from newsbrief.errors import ConfigError
from newsbrief.model import Sentence
from newsbrief.summarize.referents import WithReferents, first_person, needs_of
from newsbrief.summarize.standalone import unresolved_pronoun
from newsbrief.summarize.units import UNIT_INDEX, WithUnits
from synthetic import TakeAll


def article(aid: str, *texts: str) -> list[Sentence]:
    """The sentences of one literal article, with their offsets in the article joined by spaces."""
    out, pos = [], 0
    for k, text in enumerate(texts):
        out.append(Sentence(aid, k, pos, pos + len(text), text))
        pos += len(text) + 1
    return out


def chosen_texts(sentences: list[Sentence], eligible: list[bool], checks: str = "names+nouns+pronoun") -> list[str]:
    picked = WithReferents(TakeAll(), checks=checks).select(sentences, 500, eligible)
    return [sentences[i].text for i in picked]


WHITLOCK = article(
    "a",
    "Acme founder Jane Whitlock opened a battery plant in Ohio in March.",
    "Whitlock's plant now employs 300 people from the town.",
)


def test_a_bare_surname_needs_the_full_name_in_the_choice() -> None:
    # chosen with the sentence that gives the full name: kept
    assert chosen_texts(WHITLOCK, [True, True]) == [s.text for s in WHITLOCK]
    # alone (the introducing sentence not allowed): refused
    assert chosen_texts(WHITLOCK, [False, True]) == []
    # the check off: kept
    assert chosen_texts(WHITLOCK, [False, True], checks="nouns+pronoun") == [WHITLOCK[1].text]


def test_a_surname_the_brief_introduces_itself_is_kept_alone() -> None:
    # the article names one Corbyn in full and treats the name as a person's ("Corbyn said"): the brief inserts
    # "[Jeremy]" (summarize/introduce.py), so the sentence needs nothing else
    sents = article(
        "a",
        "Labour leader Jeremy Corbyn met union leaders in London on Monday.",
        "Corbyn said the party would fight on after the vote.",
    )
    assert chosen_texts(sents, [False, True]) == [sents[1].text]


def test_the_company_needs_a_sentence_that_names_it() -> None:
    sents = article(
        "a",
        "Acme, a company that makes rockets, lost a large contract on Monday.",
        "The company said it would appeal the decision in court.",
        "Shares in the company fell 9 percent in early trading.",
    )
    assert chosen_texts(sents, [True, False, True]) == [sents[0].text, sents[2].text]
    assert chosen_texts(sents, [False, False, True]) == []
    # a sentence that itself leans on "the company" does not name it for another
    assert chosen_texts(sents, [False, True, True]) == []
    # look-alikes that stay: a description that identifies on its own, a noun its article never used before
    alone = article("b", "Officials at the White House said the new rules take effect in June next year.")
    assert chosen_texts(alone, [True]) == [alone[0].text]


def test_a_pronoun_before_any_referent_needs_the_sentence_before_it() -> None:
    sents = article(
        "a",
        "The singer Tom Lane was detained at an airport in Ohio last week.",
        "After the concert ended, he was arrested by local police.",
    )
    assert unresolved_pronoun(sents[1].text)
    assert chosen_texts(sents, [True, True]) == [s.text for s in sents]
    assert chosen_texts(sents, [False, True]) == []
    # a pronoun whose referent the sentence names first stays
    named = article("b", "Mayor Ann Price said she would run again in the autumn election.")
    assert chosen_texts(named, [True]) == [named[0].text]


def test_needs_of_a_unit_read_from_its_first_sentence() -> None:
    sents = list(WHITLOCK)
    unit = Sentence("a", UNIT_INDEX, WHITLOCK[0].start, WHITLOCK[1].end, " ".join(s.text for s in WHITLOCK))
    needs = needs_of([*sents, unit])
    assert needs[1].surnames == {"Whitlock"}
    assert needs[2].surnames == frozenset()  # the unit gives the full name itself
    assert needs[2].gives == {"Whitlock"}


def test_units_carry_a_sentence_that_leans_on_the_one_before() -> None:
    sents = article(
        "a",
        "The singer Tom Lane was detained at an airport in Ohio last week.",
        "After the concert ended, he was arrested by local police.",
    )
    plain = WithUnits(TakeAll(), min_words=6, max_words=80, quality=None)
    carrying = WithUnits(TakeAll(), min_words=6, max_words=80, quality=None, carry=unresolved_pronoun)
    # offered alone only the second sentence may be chosen; carried, the unit brings the first along
    assert plain.select(sents, 500, [False, True]) == [1]
    assert carrying.select(sents, 500, [False, True]) == [0, 1]


def test_referents_setting_is_checked() -> None:
    assert BriefConfig().referents == "names+nouns+pronoun+voice"
    BriefConfig(referents="off")
    BriefConfig(referents="nouns")
    with pytest.raises(ConfigError, match="referents"):
        BriefConfig(referents="names+tone")
    with pytest.raises(ConfigError, match="referents"):  # not an AttributeError from inside the check
        BriefConfig(referents=None)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="checks"):
        WithReferents(TakeAll(), checks="off")


def test_first_person_with_no_speaker_is_refused() -> None:
    refused = [
        "So, I showed up to the wedding and sat at the back of the hall.",
        "I have the greatest respect for the talented engineers at Oculus.",
        "After this incident, I walked to the bathroom, where my friends found me.",
    ]
    kept = [
        '"I am leaving the party today," Chuka Umunna said on Monday morning.',  # the speaker named
        "I knew I was going to die, Paula told reporters at the hospital.",  # a speech verb names her
        "GEORGE STEPHANOPOULOS: I want to ask you about the economy first.",  # a transcript turn names him
        "We have one of the most open markets in the world, officials argue.",  # plural: not checked
        "US troops arrived in the capital on Monday after a long delay.",
    ]
    assert all(first_person(t) for t in refused)
    assert not any(first_person(t) for t in kept)
    sents = article("a", refused[0])
    assert chosen_texts(sents, [True], checks="voice") == []
    assert chosen_texts(sents, [True], checks="names") == [refused[0]]


def test_the_writer_saying_something_names_no_speaker() -> None:
    # a speech verb whose subject is "I" ("Like I said", "I was told") does not name anyone else as the speaker
    refused = [
        "Like I said, I never intended for it to have gotten so out of control.",
        "I was told, by a friend, that he would be attending a wedding and would be going alone.",
        "Like I stated earlier, I was going to sit down and then leave.",
        "I opened the stall door, and I said I was there because of him.",
    ]
    # look-alikes that stay: someone else says it, or the writer is quoted by a named speaker
    kept = [
        "I was told I would be safe, Paula said after the operation.",
        "Like I said, the plan was always to win, the coach told reporters on Sunday.",
        "My son is safe, I have been told by the police, his mother wrote on Facebook.",
        "Smith said: I will not resign.",
    ]
    assert all(first_person(t) for t in refused)
    assert not any(first_person(t) for t in kept)


def test_what_still_leans_after_the_last_rerun_is_dropped_not_kept() -> None:
    # a long first-person post: each rerun brings in its next "I" sentence; after the last rerun the choice is
    # checked once more and what still fails is left out (the brief says less), not kept unchecked
    post = article("a", *(f"Then I walked to door number {k} of the hall and waited there." for k in range(10)))
    picked = WithReferents(TakeAll(), checks="voice").select(post, 12, [True] * len(post))
    assert picked == []
    # a sentence whose full name came only with a dropped one is dropped with it, until nothing left leans
    sents = [*article("a", *(f"I walked to door {k} with my friend Jane Whitlock today." for k in range(8))), *WHITLOCK]
    eligible = [True] * 8 + [False, True]
    picked = WithReferents(TakeAll(), checks="names+voice").select(sents, 20, eligible)
    assert picked == []
    assert WithReferents(TakeAll(), checks="names").select(sents, 20, eligible) == [0, 9]  # the pair as chosen


def test_needs_read_as_far_as_asked_equal_needs_of_the_whole_article() -> None:
    """An article is read only up to the sentence asked about; what a sentence leans on is the same whether its
    article was read to it or to the end first (asked after a later sentence)."""
    from newsbrief.summarize.referents import NeedsOf

    pool = [
        *article(
            "a",
            "Acme founder Jane Whitlock opened a battery plant in Ohio in March.",
            "The company said the plant would hire 300 people.",
            "Whitlock said she was proud of the town.",
            "Mayor Tom Reyes welcomed the plant and the company.",
            "Reyes said he hoped for more.",
        ),
        *article("b", "Whitlock and Reyes met in May.", "The plant opened on time."),
    ]
    whole = needs_of(pool)
    for order in (range(len(pool)), reversed(range(len(pool))), [3, 0, 4, 1, 2, 6, 5]):
        lazy = NeedsOf(pool)
        assert {i: lazy[i] for i in order} == dict(enumerate(whole))
    assert whole[3].nouns == {"plant", "company"} and whole[6].nouns == set()  # the article's own words only


def test_the_sentence_naming_a_thing_is_read_before_the_company() -> None:
    from newsbrief.summarize.referents import named_first

    lead = article("c", "Rocket makers lost three launch contracts this week, officials said.")
    namer = article("a", "Acme, a company that makes rockets, lost a contract on Monday.")
    leaning = article("b", "Regulators fined a rocket company in Ohio on Friday.", "Shares in the company fell 5%.")
    also = article("d", "A rocket company cut jobs.", "Analysts said the company would recover.")  # leans too
    pool = [*lead, *namer, *leaning, *also]
    # "Shares in the company fell" first met, then the sentence that names it: the namer moves up before it
    assert named_first([lead[0], leaning[1], namer[0]], pool) == [lead[0], namer[0], leaning[1]]
    # look-alikes that stay: already named earlier; a later "the company" that names nothing; the lead stays first
    assert named_first([lead[0], namer[0], leaning[1]], pool) == [lead[0], namer[0], leaning[1]]
    assert named_first([lead[0], leaning[1], also[1]], pool) == [lead[0], leaning[1], also[1]]
    assert named_first([leaning[1], namer[0]], pool) == [leaning[1], namer[0]]
    # "The two ships" is no thing that a later "two berthing spaces" names
    ships = article("e", "A destroyer and two freighters sailed.", "The two ships collided at 1:30 a.m.")
    fleet = article("f", "The crash damaged two berthing spaces, the Fleet said.")
    pool = [*lead, *ships, *fleet]
    assert named_first([lead[0], ships[1], fleet[0]], pool) == [lead[0], ships[1], fleet[0]]
