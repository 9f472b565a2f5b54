"""Which sentences can stand alone: pronoun and connective openers, quote fragments."""

from __future__ import annotations

import pytest

from newsbrief import Article
from newsbrief.summarize.standalone import outside_quotes, standalone_mask, unresolved_pronoun
from newsbrief.text.split import split_sentences


def _mask(text: str) -> dict[str, bool]:
    sents = split_sentences(Article(id="x", text=text))
    return {s.text: ok for s, ok in zip(sents, standalone_mask(sents), strict=True)}


@pytest.mark.parametrize(
    ("sentence", "ok"),
    [
        ("The council voted to close the bridge.", True),
        ("He said the bridge was unsafe.", False),
        ("But the mayor disagreed with the vote.", False),
        ("It was the third closure this year.", False),
        ("This year the council has closed three bridges.", True),
        ("This is the third closure.", False),
        ("These MPs have resigned from the party.", True),
        ("After the vote the mayor spoke to reporters.", True),
        ("On an explosive day in Westminster:", False),
        ("So who will be next to leave?", False),
        ("'I love this party,' Tom Watson said.", True),
        ('"From today, we will sit as a new group of MPs."', False),
        ("“We don’t think it’s from the ships” involved in the search, he said.", False),
        ('"It was a disaster," she added.', False),
        ('"The bridge is unsafe," said Mayor Ana Ruiz.', True),
        ("“The bridge fell,” the police said, adding that she had gone home.", True),
        # social-media embeds: a hashtag opening the line, or two of them; one named in a report is news
        ("#JordanBelliveau grandmother and aunts speak out after #CharisseStinson appeared in court.", False),
        ("#RIPPRODIGY Mobb Deep is my favorite rap group of all time.", False),
        ("Activists launched a Twitter campaign under the hashtag #FreeZainab last week.", True),
    ],
)
def test_single_sentences(sentence: str, ok: bool) -> None:
    assert _mask(sentence)[sentence] is ok


def test_quote_continuing_over_sentences_is_not_standalone() -> None:
    # A quote running over two paragraphs: the first leaves it open, the second is a bare quote (one sentence
    # or two, as the splitter cuts it); every sentence inside the quote is refused, the report after it is not.
    mask = _mask(
        'She said: "This morning we have all resigned from the party.\n\n'
        '"This has been a painful decision. We will sit as an independent group."\n\n'
        "The group has seven members."
    )
    assert len(mask) >= 3
    assert not any(list(mask.values())[:-1]) and list(mask.values())[-1] is True


def test_a_single_quote_opened_after_a_horizontal_bar_is_open() -> None:
    # HuffPost's bar (U+2015) before a quote reads as the em dash does: the sentence leaves the quote open.
    mask = _mask("The aide put it plainly ―'We lost the vote. It was a disaster for the party.' The bill failed.")
    assert list(mask.values()) == [False, False, True]


def test_apostrophes_do_not_open_quotes() -> None:
    mask = _mask("Corbyn's deputy said the MPs' decision was premature. The party's members don't agree.")
    assert all(mask.values())


@pytest.mark.parametrize(
    ("text", "debris"),
    [
        ("The council voted to close the bridge.", False),
        ('"We will rebuild," the mayor said.', False),
        ("It cost $5 million (U.S.).", False),
        ("pic.twitter.com/VEvTRkXT9O — Emirates airline (@emirates) March 31, 2017", True),
        ("See https://example.com/story for more.", True),
        ("The passenger arrived from Brussels.The CDC says he is well.", True),
        ("Italy's Parliament has begun debating before... (Associated Press)", True),
        ("STORMY MORNING Wednesday (59/53) Clouds/Showers.", True),
        ("Top ranked pages from every linked-to domain", True),
    ],
)
def test_scraping_debris_is_not_a_summary_sentence(text: str, debris: bool) -> None:
    from newsbrief.summarize.standalone import is_debris

    assert is_debris(text) is debris
    if debris:  # whatever the splitter makes of it, none of it may be chosen
        assert not any(_mask(text).values())


def test_unclosed_lines_are_summary_debris_but_readable_facts() -> None:
    from newsbrief.summarize.standalone import is_debris

    caption = "The group launched a new website and invited people to subscribe for updates today"
    assert is_debris(caption)
    assert not is_debris(caption, require_closing=False)
    assert is_debris("Read it at https://example.com/story.", require_closing=False)


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        (
            "FILE - In this May 20, 2017 file photo, U.S. Rep. Jason Chaffetz waves after addressing the convention.",
            True,
        ),
        ("Santa Clara County Superior Court Judge Aaron Persky is shown in this this June 27, 2011 file photo.", True),
        ("In this photo provided by the Vatican paper, Pope Francis meets Pope emeritus Benedict XVI.", True),
        ("Davis formally announced her campaign to run for Texas governor (AP Photo/LM Otero).", True),
        ("Photo by Win McNamee/Getty Images.", True),
        ("The photographer was shown the door after the photo session ended.", False),
        ("The image of the city has suffered, the mayor said.", False),
        ("Police released a photo of the suspect on Tuesday.", False),
    ],
)
def test_photo_captions_are_summary_debris_but_readable_facts(text: str, caption: bool) -> None:
    from newsbrief.summarize.standalone import is_debris

    assert is_debris(text) is caption
    assert not is_debris(text, require_closing=False)


@pytest.mark.parametrize(
    ("sentence", "unresolved"),
    [
        ("It is unclear whether the ruling means he will appeal.", True),
        ("A week later, police say, she was arrested at the border.", True),
        # a name, a role noun or an agent noun before the pronoun gives it a referent
        ("Smith said he would appeal the ruling.", False),
        ("The senator said she would resign next week.", False),
        ("A reporter asked her about the ruling on Monday.", False),
        ("The 45-year-old mother said her son was missing.", False),
        # a pronoun inside a quote is the speaker's business
        ('"Everyone loved him," said Ana Ruiz, the mayor of the town.', False),
    ],
)
def test_unresolved_pronoun(sentence: str, unresolved: bool) -> None:
    assert unresolved_pronoun(sentence) is unresolved


def test_outside_quotes_blanks_quoted_words() -> None:
    text = '"We will sit as a group," Luciana Berger said.'
    out = outside_quotes(text)
    assert len(out) == len(text) and "We" not in out and "Luciana Berger said." in out


def test_the_speech_verbs_first_letter_lookahead_finds_what_the_bare_alternation_finds() -> None:
    """``SPEECH_VERBS`` tests the words' first letters before trying each word (a speed-up): the same matches as the
    alternation alone, case-folded letters included (the long s "ſ", the dotless and dotted i, Kelvin's K)."""
    import random
    import re

    from newsbrief.summarize.standalone import SPEECH_VERBS
    from newsbrief.text.lexicon import SPEECH_WORDS

    bare = re.compile(rf"\b(?:{'|'.join(SPEECH_WORDS)})\b", re.IGNORECASE)
    cases = [
        "He SAID so.",
        "ſaid the man",
        "ıNSISTED İnsisted",
        "according to  police, according to police",
        "unsaid, resaid, say-so, says's",
        "Kelvin \u212a told",
        "",
    ]
    rng = random.Random(7)
    pieces = [*SPEECH_WORDS, "un", "re", "s", "'s", " ", " ", "-", ".", "x", "9", "_"]
    swaps = {"s": "\u017fS", "i": "\u0131\u0130I", "a": "A", "t": "T", "k": "\u212a"}

    def garble(word: str) -> str:
        return "".join(rng.choice(swaps[c]) if c in swaps and rng.random() < 0.3 else c for c in word)

    cases += ["".join(garble(rng.choice(pieces)) for _ in range(rng.randint(0, 8))) for _ in range(20_000)]
    for text in cases:
        assert [m.span() for m in SPEECH_VERBS.finditer(text)] == [m.span() for m in bare.finditer(text)], text
