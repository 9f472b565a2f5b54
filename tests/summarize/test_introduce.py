"""Editorial insertions: "[Jeremy] Corbyn" only where the article makes the person unambiguous."""

from __future__ import annotations

import json
import re

import pytest

from newsbrief import Article, Brief, brief
from newsbrief.model import Sentence, Span, SummarySentence
from newsbrief.render import render
from newsbrief.summarize.introduce import (
    _after_the,
    _first_full_name,
    _whole_word_offsets,
    introduce_people,
    introductions_first,
    is_person,
)

LEAD = "Labour leader Jeremy Corbyn met union officials in London on Monday."
LATER = "Corbyn said the party would vote against the bill next week."


def _item(article: Article, sentence: str) -> SummarySentence:
    start = article.text.index(sentence)
    return SummarySentence(sentence, Span(article.id, start, start + len(sentence), sentence))


def test_bare_surname_gets_the_given_name_the_article_gave_earlier() -> None:
    art = Article("a", f"{LEAD} {LATER}")
    (out,) = introduce_people([_item(art, LATER)], [art])
    assert out.shown == "[Jeremy] Corbyn said the party would vote against the bill next week."
    assert out.text == LATER and out.source.text == LATER  # the span stays verbatim


def test_a_surname_already_introduced_stays_unchanged() -> None:
    art = Article("a", f"{LEAD} {LATER}")
    out = introduce_people([_item(art, LEAD), _item(art, LATER)], [art])
    assert [s.insertions for s in out] == [(), ()]
    # Introduced in the same sentence before the bare mention: unchanged too.
    both = "Jeremy Corbyn spoke first, and Corbyn said he would vote against it."
    art2 = Article("b", f"{LEAD} {both}")
    (same,) = introduce_people([_item(art2, both)], [art2])
    assert same.insertions == ()


def test_two_people_of_one_surname_are_left_alone() -> None:
    text = "Bill Clinton and Hillary Clinton arrived together on Monday. Clinton said the visit was private."
    art = Article("a", text)
    (out,) = introduce_people([_item(art, "Clinton said the visit was private.")], [art])
    assert out.insertions == ()


def test_full_name_only_after_the_sentence_is_not_used() -> None:
    text = f"{LATER} Labour leader Jeremy Corbyn met union officials on Monday."
    art = Article("a", text)
    (out,) = introduce_people([_item(art, LATER)], [art])
    assert out.insertions == ()


def test_places_products_and_institutions_are_not_people() -> None:
    text = (
        "The White House said on Monday that the plan stood. The House voted on Tuesday. "
        "Amazon Petlexa lets pets talk to Alexa. Petlexa is a prank, the company admitted. "
        "Young Labour met in Leeds. Members said the Labour Party had ignored Labour students."
    )
    art = Article("a", text)
    items = [_item(art, "The House voted on Tuesday."), _item(art, "Petlexa is a prank, the company admitted.")]
    items.append(_item(art, "Members said the Labour Party had ignored Labour students."))
    assert all(s.insertions == () for s in introduce_people(items, [art]))


def test_renderers_show_the_insertion_in_brackets() -> None:
    art = Article("a", f"{LEAD} {LATER}", outlet="Reuters")
    result = Brief(summary=tuple(introduce_people([_item(art, LATER)], [art])), sources=(art,), words=100)
    assert "\\[Jeremy\\] Corbyn said" in render(result, "md")
    assert "[Jeremy] Corbyn said" in render(result, "text")
    assert '<span class="inserted" title="added by the brief">[Jeremy]</span> Corbyn said' in render(result, "html")
    (entry,) = json.loads(render(result, "json"))["summary"]
    assert entry["insertions"] == [{"at": 0, "text": "Jeremy", "replaces": 0}] and entry["text"] == LATER
    assert entry["shown"].startswith("[Jeremy] Corbyn said")


def test_the_setting_turns_it_off() -> None:
    filler = " ".join(f"Officials met on day {k} to discuss the bill." for k in range(6))
    arts = [Article("a", f"{LEAD} {filler} {LATER}"), Article("b", f"{filler} The vote is next week.")]
    on = brief(arts, words=400, analysis=False, opinion="off")
    off = brief(arts, words=400, analysis=False, opinion="off", introduce=False)
    assert [s.text for s in on.summary] == [s.text for s in off.summary]
    assert all(not s.insertions for s in off.summary)


def _sentence(article_id: str, index: int, text: str) -> Sentence:
    return Sentence(article_id, index, 0, len(text), text)


def test_the_full_name_moves_before_a_bare_surname_but_not_above_the_lead() -> None:
    lead = _sentence("a", 0, "Seven MPs left the Labour Party on Monday to sit as an independent group.")
    bare = _sentence("b", 3, "Corbyn said he was disappointed by the decision.")
    other = _sentence("a", 4, "The group has no leader yet.")
    full = _sentence("c", 9, "Labour leader Jeremy Corbyn left his home in Islington early on Monday.")
    assert introductions_first([lead, bare, other, full]) == [lead, full, bare, other]
    # Already introduced above, or the bare mention is the lead: order unchanged.
    assert introductions_first([full, bare, other]) == [full, bare, other]
    assert introductions_first([bare, other, full]) == [bare, other, full]


# The one-scan cue sets and the literal scans stand for per-surname patterns (issue 14: the patterns were
# compiled anew for each surname). Each case checks the fast helper against the pattern it replaced.
_CUE_TEXTS = [
    "The Smith's dog barked at the Hague. Then the The Hague court met; Mr. O'Rourke spoke.",
    "said Lee-Smith, and Dr Brown told Jones-. Mrs. Mrs Ward; the Ward’s house. asked Ng",
    "Corbyn, the Labour leader, said no. Corbyn, 68, left. xCorbyn said it. -Corbyn, 70, did. Corbyn said",
    "Ann Ann Ann Lee met Ann Lee-Ward and Ann Lee_2 and Ann Lee.",
    "AnnAnn Ann-Ann Ann’Ann O'O O'O'O Ng Ng. Ng,Ng Ng Ng",
]
_SURNAMES = [
    "Smith", "Hague", "O'Rourke", "O", "O'O", "Lee-Smith", "Lee", "Brown", "Jones", "Ward", "Ng", "Corbyn", "Ann",
    "Ng Ng",
]  # fmt: skip
_SPEECH_VERBS = "said|says|told|tells|added|adds|wrote|writes|explained|asked|argued|noted|recalled|testified|tweeted"


def _old_is_person(text: str, surname: str) -> bool:
    name = re.escape(surname)
    return bool(
        re.search(rf"(?<![\w-]){name}(?:,[^,.]{{1,60}},)? (?:{_SPEECH_VERBS})\b", text)
        or re.search(rf"\b(?:{_SPEECH_VERBS}) {name}(?![\w-])", text)
        or re.search(rf"\b(?:Mr|Mrs|Ms|Miss|Dr)\.? {name}(?![\w-])", text)
        or re.search(rf"(?<![\w-]){name}, \d{{1,3}},", text)
    )


@pytest.mark.parametrize("text", _CUE_TEXTS)
def test_fast_name_cues_find_what_the_per_surname_patterns_found(text: str) -> None:
    for surname in _SURNAMES:
        after_the = bool(re.search(rf"(?<![\w-])[Tt]he {re.escape(surname)}(?![\w-])", text))
        assert (surname in _after_the(text)) == after_the, surname
        assert is_person(text, surname) == _old_is_person(text, surname), surname
        for given in ("Ann", "Mrs", "Corbyn"):
            old = re.search(rf"(?<![\w-]){re.escape(given)} {re.escape(surname)}(?![\w-])", text)
            assert _first_full_name(text, surname, given) == (old.start() if old else -1), (given, surname)
        bare = re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text)  # bare_mentions' old pattern
        assert list(_whole_word_offsets(text, surname)) == [m.start() for m in bare], surname


@pytest.mark.parametrize(
    ("lead", "later", "shown"),
    [
        (  # an inner capital after a surname prefix
            "Shelby McDowell, 20, told deputies she had not been invited.",
            "McDowell was arrested for battery.",
            "[Shelby] McDowell was arrested for battery.",
        ),
        (  # accented letters
            "Liberal MP Mauril Bélanger introduced a bill on Wednesday.",
            "Bélanger said he would reintroduce it.",
            "[Mauril] Bélanger said he would reintroduce it.",
        ),
        (  # a title before the full name no longer eats the given name
            "Wayne State University Police K9 Officer Collin Rose has died, police said.",
            "Rose said nothing, police said.",
            "[Collin] Rose said nothing, police said.",
        ),
        (  # a speech verb before the full name shows the surname is a person's
            "The method works better, said Jamie Zeitzer, PhD, of Stanford.",
            "Researchers led by Zeitzer have been working on it.",
            "Researchers led by [Jamie] Zeitzer have been working on it.",
        ),
    ],
)
def test_names_the_ascii_pattern_missed_are_introduced(lead: str, later: str, shown: str) -> None:
    art = Article("a", f"{lead} {later}")
    (out,) = introduce_people([_item(art, later)], [art])
    assert out.shown == shown


def test_a_camel_case_brand_is_no_surname() -> None:
    text = "Watch YouTube on Monday, said the host. YouTube said it would appeal."
    art = Article("a", text)
    (out,) = introduce_people([_item(art, "YouTube said it would appeal.")], [art])
    assert out.insertions == ()
