"""Selection units: a sentence refused alone, offered together with the sentence(s) before it where the run stands."""

from __future__ import annotations

from newsbrief.config import BriefConfig
from newsbrief.model import Article
from newsbrief.pipeline import Briefer
from newsbrief.summarize.base import Selector, greedy_fill
from newsbrief.summarize.standalone import standalone_mask
from newsbrief.summarize.units import UNIT_INDEX, WithUnits, find_units, with_units
from synthetic import sentences_of

ARTICLE = [
    ("a", "Labour MP Luciana Berger announced on Monday that seven MPs had left the party."),  # 0 stands
    ("a", "She said the party had become institutionally anti-Semitic."),  # 1 leans on 0
    ("a", '"This morning we have all now resigned from the Labour Party.'),  # 2 opens a quote
    ("a", 'This has been a very difficult, painful, but necessary decision," Berger told reporters.'),  # 3 closes it
    ("a", "The group will sit as independents in the House of Commons from Tuesday."),  # 4 stands
    ("a", "But he said he would not join them."),  # 5 leans on 4, which names no one: still a unit by the rules
    ("a", "Click here to read the full statement from the party."),  # 6 furniture: never part of a unit
    ("a", "It was not clear when they would be back."),  # 7 leans on furniture
]


def _units(rows: list[tuple[str, str]]) -> list[tuple[int, ...]]:
    sents = sentences_of(rows)
    return find_units(sents, standalone_mask(sents), min_words=6, max_words=80)


def test_a_leaning_sentence_and_a_split_quotation_form_units_with_what_comes_before() -> None:
    units = _units(ARTICLE)
    assert (0, 1) in units  # "She said ..." after the sentence naming her
    assert (2, 3) in units  # the quotation cut in two, whose speaker comes in its second half
    assert (4, 5) in units
    assert not any(6 in u or 7 in u for u in units)  # debris carries nothing, and nothing leans on it
    assert all(len(u) >= 2 for u in units)


def test_no_unit_that_opens_badly_or_leaves_a_quotation_open() -> None:
    rows = [
        ("a", "He said the party had become hostile to its own members."),  # opens with a pronoun
        ("a", "They agreed with him on most points of the argument."),
        ("b", '"We have resigned from the party today and we will not go back.'),  # the quote never closes
        ("b", "We will sit as an independent group from now on in the House."),
    ]
    assert _units(rows) == []


def test_a_three_sentence_quotation_is_one_unit_and_four_are_none() -> None:
    three = [
        ("a", '"We have resigned from the party today.'),
        ("a", "We could not stay any longer after what happened this year."),
        ("a", 'We will sit as independents," Chris Leslie said in Westminster.'),
    ]
    assert _units(three) == [(0, 1, 2)]
    four = [three[0], ("a", "It was a long and painful decision for all of us."), *three[1:]]
    assert _units(four) == []  # MAX_UNIT is 3


def test_units_join_words_and_spans_and_expand_to_their_sentences() -> None:
    sents = sentences_of(ARTICLE)
    found = [(2, 3)]
    pool = with_units(sents, standalone_mask(sents), found)
    unit = pool.pool[-1]
    assert unit.index == UNIT_INDEX and unit.text.startswith('"This morning') and unit.text.endswith("reporters.")
    assert pool.eligible[-1] and len(pool.pool) == len(sents) + 1
    assert [sents[k] for k in pool.expand([len(pool.pool) - 1, 0])] == [sents[0], sents[2], sents[3]]


class _LongestFirst(Selector):
    """A plain selector that prefers longer candidates (a unit is longer than its parts)."""

    def select(self, sentences, words, eligible):  # type: ignore[no-untyped-def]
        order = sorted((i for i in range(len(sentences)) if eligible[i]), key=lambda i: -len(sentences[i].text))
        return greedy_fill(sentences, order, words)


def test_the_wrapper_returns_the_members_and_keeps_the_budget() -> None:
    sents = sentences_of(ARTICLE)
    mask = standalone_mask(sents)
    chosen = WithUnits(_LongestFirst(), min_words=6, max_words=80, quality=None)(sents, 30, mask)
    assert sents[3] in chosen and sents[2] in chosen  # the quotation, whole
    assert sum(len(s.text.split()) for s in chosen) <= 30
    assert len(set(chosen)) == len(chosen)


def test_a_brief_cites_each_sentence_of_a_unit_and_keeps_them_in_order() -> None:
    text = " ".join(t for _, t in ARTICLE[:2])
    other = "Seven Labour MPs resigned from the party on Monday to sit as an independent group in the Commons."
    articles = [Article(id="a", text=text), Article(id="b", text=other)]
    on = Briefer(BriefConfig(words=120, analysis=False))(articles)
    texts = [s.text for s in on.summary]
    # pySBD keeps the quotation whole here; "She said ..." leans on the sentence naming her
    k = texts.index(ARTICLE[1][1])
    assert texts[k - 1] == ARTICLE[0][1]
    assert [s.source.article_id for s in on.summary[k - 1 : k + 1]] == ["a", "a"]  # each cites its own span
    off = Briefer(BriefConfig(words=120, analysis=False, units=False))(articles)
    assert ARTICLE[1][1] not in [s.text for s in off.summary]
