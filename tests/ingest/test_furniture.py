"""Page furniture mined across stories: widgets out, news that merely looks like it stays."""

from __future__ import annotations

import pytest

from newsbrief import Article, brief
from newsbrief.ingest.furniture import GRAM, grams, is_furniture, key, tokens


@pytest.mark.parametrize(
    "sentence",
    [
        "You always have the option to delete your Tweet location history.",
        "Breaking News Emails Get breaking news alerts and special reports.",
        "This feature is not available right now.",
        # a template whose slot changes is caught by its furniture n-grams
        "Add Donald Trump as an interest to stay up to date on the latest Donald Trump news, video, and "
        "analysis from ABC News.",
        "Add Hurricane Harvey as an interest to stay up to date on the latest Hurricane Harvey news, video, "
        "and analysis from ABC News.",
    ],
)
def test_furniture_found(sentence: str) -> None:
    assert is_furniture(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Subscribers to the newspaper were told on Monday that the print edition would close.",
        "He said in a statement on Monday that the company would subscribe to the plan.",
        "No one was injured.",
        "Twitter said it would delete the location history of every account.",
        "The mayor urged residents to stay up to date with the storm warnings.",
    ],
)
def test_news_stays(sentence: str) -> None:
    assert not is_furniture(sentence)


def test_keys_are_stable_and_textless() -> None:
    toks = tokens("You always have the option!")
    assert toks == ["you", "always", "have", "the", "option"]
    assert key(toks) == key(tokens("YOU always have -- the option."))
    assert len(key(toks)) == 16
    assert [start for start, _ in grams(list("abcdefgh"))] == list(range(8 - GRAM + 1))


def test_brief_leaves_furniture_out() -> None:
    widget = "You always have the option to delete your Tweet location history."
    story = (
        "The council voted on Tuesday to close the Elm Street bridge after engineers found cracks. "
        "Engineers said repairs would take at least six months and cost four million dollars."
    )
    articles = [
        Article(id="a", text=f"{widget}\n\n{story}"),
        Article(id="b", text=f"{story} The mayor said buses would replace the closed route."),
    ]
    result = brief(articles, words=100, analysis=False)
    texts = [s.text for s in result.summary] + [span.text for s in result.summary for span in s.support]
    assert texts and all("location history" not in t for t in texts)


def test_early_stop_gives_the_full_count() -> None:
    """The scan stops once half the tokens cannot be covered any more; the answer is the full count's."""
    from newsbrief.ingest.furniture import COVERED_SHARE, _tables

    template = "Add Hurricane Harvey as an interest to stay up to date on the latest Hurricane Harvey news, video."
    texts = [template] + [" ".join(["word"] * n) + " " + template for n in (3, 8, 9, 10, 12, 20)]
    texts += [template + " " + " ".join(["word"] * n) for n in (3, 8, 9, 10, 12, 20)]
    answers = set()
    for text in texts:
        toks = tokens(text)
        covered = [False] * len(toks)
        for start, gram in grams(toks):
            if gram in _tables()[1]:
                covered[start : start + GRAM] = [True] * GRAM
        full = key(toks) in _tables()[0] or (len(toks) >= GRAM and sum(covered) >= COVERED_SHARE * len(toks))
        assert is_furniture(text) == (len(toks) >= 4 and full)
        answers.add(full)
    assert answers == {True, False}  # both sides of the threshold are tried
