"""Cleaning on literal scraped text and on the seeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbrief.ingest.clean import clean_text, is_boilerplate


def test_repeated_caption_kept_once() -> None:
    caption = "Mayor Ana Ruiz (pictured) said the bridge was unsafe"
    text = f"The council voted.\n    {caption}\n    {caption}\n    The closure starts today."
    cleaned = clean_text(text)
    assert cleaned.count(caption) == 1
    assert cleaned.split("\n\n") == ["The council voted.", caption, "The closure starts today."]


def test_caption_glued_to_next_paragraph_is_cut() -> None:
    caption = "The group launched a new website today"
    text = f"{caption}\n{caption}  In a joint statement, the MPs warned of hatred."
    assert clean_text(text).split("\n\n") == [caption, "In a joint statement, the MPs warned of hatred."]


def test_bullets_become_sentences_and_glued_paragraphs_split() -> None:
    text = (
        "  • Seven MPs quit the party today \n"
        "  • The move triggered a backlash with the group labelled 'traitors'"
        "\u00a0\u00a0A senior MP refused to comment."
    )
    assert clean_text(text).split("\n\n") == [
        "Seven MPs quit the party today",
        "The move triggered a backlash with the group labelled 'traitors'",
        "A senior MP refused to comment.",
    ]


def test_a_horizontal_bar_opens_a_bullet_as_a_dash_does() -> None:
    # HuffPost's dash is the horizontal bar (U+2015): a list item it opens is a bullet, as one "—" opens.
    for dash in "―—":
        text = f"{dash} Seven MPs quit the party today\n{dash} The move triggered a backlash"
        assert clean_text(text).split("\n\n") == ["Seven MPs quit the party today", "The move triggered a backlash"]


def test_double_space_inside_a_sentence_is_not_a_break() -> None:
    assert clean_text("It also includes pregnant  MP Luciana Berger.") == "It also includes pregnant MP Luciana Berger."


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement",
        "Advertisement Continue reading the main story",
        "Read more about: Senate, Bob Dole",
        "Share this article",
        "Sign up for our newsletter",
        "Story Continued Below",
        "___",
        "Staff writer Hannah Wise contributed to this report.",
        "This article was amended on 9 June 2016.",
        "Stanford sexual assault case: victim impact statement in full Read more.",
        "Starting in 1996, Alexa Internet has been donating their crawl data to the Internet Archive. "
        "Flowing in every day, these data are added to the Wayback Machine after an embargo period.",
    ],
)
def test_boilerplate_lines(line: str) -> None:
    assert is_boilerplate(line)
    assert clean_text(f"The council voted on Tuesday.\n{line}\nThe bridge closes.") == (
        "The council voted on Tuesday.\n\nThe bridge closes."
    )


@pytest.mark.parametrize(
    "line",
    [
        "Read more books, the mayor said.",
        "Subscribers will pay more from May.",
        "Children who want to read more.",
        "Investors contributed this report to the SEC.",
    ],
)
def test_story_lines_are_not_boilerplate(line: str) -> None:
    assert not is_boilerplate(line)


def test_archive_notice_document_is_empty() -> None:
    notice = (
        "Starting in 1996, Alexa Internet has been donating their crawl data to the Internet Archive. "
        "Flowing in every day, these data are added to the Wayback Machine after an embargo period."
    )
    assert clean_text(notice) == ""


def test_seed_captions_appear_once(seeds_dir: Path) -> None:
    raw = (seeds_dir / "000_3e134ba34f4c5db5.txt").read_text()
    caption = "Tory MP Nick Boles stopped short of denying he would consider joining"
    assert raw.count(caption) == 2
    cleaned = clean_text(raw)
    assert cleaned.count(caption) == 1
    paragraphs = cleaned.split("\n\n")
    assert len(paragraphs) == len(set(paragraphs))
    assert "  " not in cleaned and "\u00a0" not in cleaned


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        (
            "He spoke in Urbandale, Iowa. (AP Photo/Charlie Neibergall) (Associated Press)",
            "He spoke in Urbandale, Iowa.",
        ),
        ("It divides the generation. (Daron Taylor/The Washington Post)", "It divides the generation."),
        ("A robot will dive. (U.S. Navy / Getty Images / )", "A robot will dive."),
        ("The base is near Sevastopol. Shamil Zhumatov/Reuters", "The base is near Sevastopol."),
        (
            "Tom Williams/Getty Images Rep. Jackie Speier will host a reading.",
            "Rep. Jackie Speier will host a reading.",
        ),
        ("He met Duda on Feb. 6. Photographer: Janek Skarzynski/AFP via Getty Images", "He met Duda on Feb. 6."),
        ("Illustration by Slate. Photo by Ethan Miller/Getty Images.", "Illustration by Slate."),
        ("Enlarge this image toggle caption Bryan Bedder/Getty Images\n\nProdigy died at 42.", "Prodigy died at 42."),
        # what only looks like a credit stays
        ("An Ipsos/Reuters poll found that 40% agree.", "An Ipsos/Reuters poll found that 40% agree."),
        ("Monday's Ipsos/Reuters poll was wrong.", "Monday's Ipsos/Reuters poll was wrong."),
        ("WASHINGTON (AP) — The Senate voted.", "WASHINGTON (AP) — The Senate voted."),
        (
            "She was photographed by Tom Williams/Getty Images staff.",
            "She was photographed by Tom Williams/Getty Images staff.",
        ),
    ],
)
def test_photo_credits_are_removed(raw: str, cleaned: str) -> None:
    assert clean_text(raw) == cleaned


@pytest.mark.parametrize(
    "credit",
    ["(EPA Photo/Jim Lo Scalzo)", "(Reuters Photo/Kevin Lamarque)", "(Associated Press Photo/Evan Vucci)"],
)
def test_one_agency_list_for_the_cleaner_and_the_summarys_caption_test(credit: str) -> None:
    """The cleaner knew "(EPA Photo/...)", the caption test of the summary did not (it knew "Getty", the cleaner's
    "(X Photo" did not): the agencies are one list now, text/lexicon.PHOTO_AGENCIES."""
    from newsbrief.model import Sentence
    from newsbrief.summarize.standalone import standalone_mask

    assert clean_text(f"He spoke in Urbandale, Iowa. {credit}") == "He spoke in Urbandale, Iowa."
    caption = f"President Smith waves to the crowd in Iowa on a windy afternoon {credit}."
    sentence = Sentence(text=caption, article_id="a", index=0, start=0, end=len(caption))
    assert standalone_mask([sentence]) == [False]
    assert clean_text("The AP photographer was hurt. (Getty Images)") == "The AP photographer was hurt. (Getty Images)"


@pytest.mark.parametrize(
    "credit",
    [
        "Scott Olson via Getty Images.",
        "MICHAEL B. THOMAS via Getty Images.",
        "Bloomberg via Getty Images.",
        "Education Images/UIG via Getty Images Education Images/UIG via Getty Images",
        "U.S. Force Korea via AP U.S. Force Korea via AP",
    ],
)
def test_a_picture_credit_alone_in_its_paragraph_is_dropped(credit: str) -> None:
    # junk19: HuffPost's "X via Getty Images." paragraphs gave the entity stage a PERSON row
    text = f"The senator spoke on Tuesday.\n\n{credit}\n\nThe vote is set for Friday."
    assert clean_text(text).split("\n\n") == ["The senator spoke on Tuesday.", "The vote is set for Friday."]


def test_prose_that_names_an_agency_after_via_stays() -> None:
    prose = "The footage was obtained via AP."
    assert clean_text(f"{prose}\n\nSenator Ann Lee Said It via Reuters on Monday.").split("\n\n")[0] == prose
    assert not is_boilerplate("Senator Ann Lee said it via Reuters.")


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        # val-3365: Business Insider's picture credit glued before the story's first sentence opened the brief
        (
            "William Wei, Business Insider Facebook is buying Oculus VR in a $2 billion deal.\n\nIt said so.",
            "Facebook is buying Oculus VR in a $2 billion deal.\n\nIt said so.",
        ),
        ("Tom Williams, Getty Images The Senate voted on Tuesday.", "The Senate voted on Tuesday."),
        ("The Senate voted.\n\nMaria Lopez, Bloomberg\n\nIt passed.", "The Senate voted.\n\nIt passed."),
        # what only looks like one stays: one word before the comma, an outlet that is the sentence's subject, a
        # credit's form inside a paragraph
        (
            "Last summer, Business Insider spoke with the founder.",
            "Last summer, Business Insider spoke with the founder.",
        ),
        ("In Washington, AP reporters counted the votes.", "In Washington, AP reporters counted the votes."),
        ("John Smith, Reuters' man in Cairo, said so.", "John Smith, Reuters' man in Cairo, said so."),
        ("He called Tom Williams, Getty Images The end.", "He called Tom Williams, Getty Images The end."),
        # review42: two capitalised words of prose before the comma, an outlet's name that goes on
        (
            "On Monday, Bloomberg News reported the deal.\n\nIt said so.",
            "On Monday, Bloomberg News reported the deal.\n\nIt said so.",
        ),
        ("Early Tuesday, AP Television showed the fire.", "Early Tuesday, AP Television showed the fire."),
    ],
)
def test_a_name_comma_outlet_credit_at_a_paragraphs_start_is_removed(raw: str, cleaned: str) -> None:
    assert clean_text(raw) == cleaned
