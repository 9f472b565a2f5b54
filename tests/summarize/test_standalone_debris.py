"""Calls to action, contact lines, page notices and wire captions are page debris, not summary sentences (issue 10).

Beside tests/summarize/test_standalone.py: the rules added to :func:`newsbrief.summarize.standalone.is_debris`
for the junk the trust labels found in summaries, each with look-alikes that must stay.
"""

from __future__ import annotations

import pytest

from newsbrief.summarize.standalone import is_debris


@pytest.mark.parametrize(
    "text",
    [
        "For a full recap of the night's big winners, click here.",
        'CLICK HERE to find out more about "The Implant Truth Survivors."',
        "Read Hockley's letter to herself here.",
        "You can read the full interview here.",
        "Check out the posts below.",
        "Download the Us Weekly iPhone app now!",
        "Have a look at the top moments in our gallery, above, then share your thoughts in the comments.",
        "Read on for the backstage reactions of the winners.",
        "Contact David Jesse: 313-222-8851 or djesse@freepress.com.",
    ],
)
def test_calls_to_action_and_contact_lines_are_debris(text: str) -> None:
    assert is_debris(text)
    assert is_debris(text, require_closing=False)  # never a fact either


@pytest.mark.parametrize(
    "text",
    [
        "Updated at 8:37 p.m.",
        "UPDATE: November 8, 8:25 AM CST",
        "Updated at 9:23 a.m. to correct the name of the driver.",
        "Correction: An earlier version of this story misstated the date of the vote.",
        "Editor’s note: This story has been revised.",
        "[Meet the one Russian lawmaker who voted against annexing Crimea.]",
        "[15]",
    ],
)
def test_notices_about_the_page_are_debris(text: str) -> None:
    assert is_debris(text)
    assert is_debris(text, require_closing=False)


@pytest.mark.parametrize(
    "text",
    [
        "A truck makes its way down a snow covered road, Thursday, Dec. 20, 2012, in Des Moines, Iowa.",
        "French soldiers patrol outside the cathedral in Paris, April 22, 2015.",
        "Aurelie Chatelain, in this photograph provided by the city hall, is seen at a sporting event.",
    ],
)
def test_wire_captions_are_summary_debris_but_readable_facts(text: str) -> None:
    assert is_debris(text)
    assert not is_debris(text, require_closing=False)


@pytest.mark.parametrize(
    "text",
    [
        "Police said the suspect could read and write.",
        "The team will watch the game from the stands above.",
        "He told reporters to check out the new app.",
        "Fans can watch the launch here.",
        "Huie is enduring some ribbing in the comments section on the YouTube video.",
        "Obama signed the bill into law on March 5, 2014.",
        "The law took effect Jan. 1, 2015, and was challenged later.",
        "He was born in Paris, France, on May 5, 1960.",
        "Readers who click on the ads are tracked, the study found.",
        "The MPs resigned on Monday, Feb. 18, 2019.",
        "Updated figures show 300 people died in the storm on Monday.",
        "Update on the case: police found him on Friday.",
        "The correction: prices fell 3 percent in May.",
        "[Mitt] Romney talking it up gives the leadership cover.",
        "Officials updated the toll to include 12 more victims on Friday.",
    ],
)
def test_news_sentences_that_look_like_them_stay(text: str) -> None:
    assert not is_debris(text)
