"""The one date module: absolute and relative expressions, precision, anchors. Plain Python, literal inputs."""

from __future__ import annotations

from datetime import date

import pytest

from newsbrief.text.dates import (
    choose_anchor,
    counted_year,
    display,
    find_expressions,
    hedged_count,
    opening_date,
    parse_date,
    published_date,
    sort_key,
    story_anchor,
)

WEDNESDAY = date(2019, 2, 20)


@pytest.mark.parametrize(
    ("expression", "iso", "precision"),
    [
        ("18 Feb 2019", "2019-02-18", "day"),
        ("18 February 2019", "2019-02-18", "day"),
        ("February 18, 2019", "2019-02-18", "day"),
        ("Feb. 18, 2019", "2019-02-18", "day"),
        ("Sept. 11, 2001", "2001-09-11", "day"),
        ("Monday, Feb. 18, 2019", "2019-02-18", "day"),
        ("on the 18th of February 2019", "2019-02-18", "day"),
        ("2/18/19", "2019-02-18", "day"),
        ("2/18/1999", "1999-02-18", "day"),
        ("2/18/99", "1999-02-18", "day"),
        ("2019-02-18", "2019-02-18", "day"),
        ("in June 2017", "2017-06", "month"),
        ("June, 2017", "2017-06", "month"),
        ("in 1981", "1981", "year"),
        ("mid-2019", "2019", "year"),
    ],
)
def test_absolute_dates_keep_their_precision(expression: str, iso: str, precision: str) -> None:
    for anchor in (None, WEDNESDAY):  # an anchor changes nothing for a date that names its year
        parsed = parse_date(expression, anchor)
        assert parsed is not None
        assert (parsed.iso, parsed.precision, parsed.relative) == (iso, precision, False)


@pytest.mark.parametrize(
    ("expression", "iso", "precision"),
    [
        ("today", "2019-02-20", "day"),
        ("this morning", "2019-02-20", "day"),
        ("yesterday", "2019-02-19", "day"),
        ("last night", "2019-02-19", "day"),
        ("tomorrow", "2019-02-21", "day"),
        ("on Monday", "2019-02-18", "day"),  # the latest Monday on or before the anchor
        ("Tuesday night", "2019-02-19", "day"),
        ("Monday morning", "2019-02-18", "day"),
        ("Wednesday", "2019-02-20", "day"),  # the anchor's own weekday is that day
        ("last Wednesday", "2019-02-13", "day"),  # "last" is strictly before
        ("next Monday", "2019-02-25", "day"),
        ("next Wednesday", "2019-02-27", "day"),
        ("Thursday", "2019-02-14", "day"),
        ("Monday, Feb. 18", "2019-02-18", "day"),
        ("Feb. 18", "2019-02-18", "day"),  # a year-less date takes the anchor's year
        ("March 29th", "2019-03-29", "day"),
        ("last week", "2019-W07", "week"),
        ("this week", "2019-W08", "week"),
        ("last month", "2019-01", "month"),
        ("in May", "2019-05", "month"),
        ("last May", "2018-05", "month"),
        ("earlier this year", "2019", "year"),
        ("last year", "2018", "year"),
        ("two weeks ago", "2019-02-06", "day"),
        ("three days ago", "2019-02-17", "day"),
        ("almost 20 years ago", "1999", "year"),
    ],
)
def test_relative_dates_resolve_against_the_anchor(expression: str, iso: str, precision: str) -> None:
    parsed = parse_date(expression, WEDNESDAY)
    assert parsed is not None
    assert (parsed.iso, parsed.precision, parsed.relative) == (iso, precision, True)


@pytest.mark.parametrize(
    ("expression", "anchor", "iso"),
    [
        # on the unit's first day nothing of it is earlier yet: the writer's "this" is the one before
        ("earlier this month", date(1998, 7, 1), "1998-06"),
        ("earlier this month", date(1998, 7, 2), "1998-07"),
        ("this month", date(1998, 7, 1), "1998-07"),
        ("earlier this week", date(2019, 2, 18), "2019-W07"),
        ("earlier this week", date(2019, 2, 20), "2019-W08"),
        ("earlier this year", date(2000, 1, 1), "1999"),
    ],
)
def test_earlier_this_unit_on_its_first_day_is_the_one_before(expression: str, anchor: date, iso: str) -> None:
    assert parse_date(expression, anchor).iso == iso


def test_a_weekday_of_a_future_clause_is_the_next_one() -> None:
    assert parse_date("on Monday", WEDNESDAY, tense="future").iso == "2019-02-25"
    assert parse_date("Wednesday", WEDNESDAY, tense="future").iso == "2019-02-20"
    assert parse_date("last Monday", WEDNESDAY, tense="future").iso == "2019-02-18"  # "last" says past itself
    assert parse_date("on Monday", WEDNESDAY, tense="past").iso == "2019-02-18"


def test_a_weekday_of_a_plan_is_the_nearest_one() -> None:
    """A plan made before ("the hearing had been scheduled for Tuesday", in a story of the Monday it was put off)
    lies either side of the day of writing: the nearest such day, not the last one."""
    monday = date(1999, 7, 12)
    assert parse_date("Tuesday", monday, tense="planned").iso == "1999-07-13"
    assert parse_date("on Friday", monday, tense="planned").iso == "1999-07-09"
    assert parse_date("last Tuesday", monday, tense="planned").iso == "1999-07-06"  # "last" says past itself
    assert parse_date("Tuesday", monday).iso == "1999-07-06"  # a clause that does not say: news reports the past
    assert parse_date("in June", monday, tense="planned").iso == "1999-06"
    assert parse_date("Jan. 10", date(1999, 12, 20), tense="planned").iso == "2000-01-10"


@pytest.mark.parametrize(
    ("expression", "anchor", "tense", "iso"),
    [
        ("in October", date(2000, 1, 26), None, "1999-10"),  # nearest: three months back, not nine ahead
        ("in October", date(2000, 1, 26), "future", "2000-10"),
        ("in April", date(2000, 1, 11), "past", "1999-04"),  # "watched him in April", written in January
        ("in April", date(2000, 1, 11), None, "2000-04"),
        ("in May", date(2019, 2, 20), None, "2019-05"),
        ("in February", date(2019, 2, 20), "past", "2019-02"),
        ("in November", date(2016, 3, 16), "future", "2016-11"),
        ("in November", date(2016, 3, 16), "past", "2015-11"),
        ("in December", date(2016, 2, 18), None, "2015-12"),  # two months back, the nearest
        ("Oct. 3", date(2000, 2, 1), None, "1999-10-03"),
        ("January 2", date(1997, 12, 19), None, "1998-01-02"),  # a deadline two weeks ahead
        ("Dec. 25", date(1999, 3, 17), None, "1998-12-25"),
        ("Dec. 31", date(1998, 10, 29), "past", "1997-12-31"),  # "died last Dec. 31"
        ("July 6", date(1998, 10, 2), None, "1998-07-06"),
        ("Feb. 29", date(2021, 3, 1), None, "2020-02-29"),  # the only nearby year that has the day
    ],
)
def test_a_date_without_a_year_takes_the_nearest_year_or_the_tense(
    expression: str, anchor: date, tense: str | None, iso: str
) -> None:
    assert parse_date(expression, anchor, tense=tense).iso == iso


def test_the_year_turns_over() -> None:
    new_year = date(2019, 1, 2)
    assert parse_date("last week", new_year).iso == "2018-W52"  # 2 Jan 2019 is in ISO week 2019-W01
    assert parse_date("last month", new_year).iso == "2018-12"
    assert parse_date("on Sunday", new_year).iso == "2018-12-30"
    assert parse_date("yesterday", date(2020, 3, 1)).iso == "2020-02-29"


@pytest.mark.parametrize("expression", ["today", "on Monday", "last week", "three days ago", "in May"])
def test_relative_dates_without_an_anchor_stay_unresolved(expression: str) -> None:
    parsed = parse_date(expression, None)
    assert parsed is not None
    assert parsed.iso is None
    assert not parsed.resolved
    assert parsed.relative


def test_a_calendar_date_without_year_or_anchor_is_kept_without_a_year() -> None:
    parsed = parse_date("February 18", None)
    assert (parsed.iso, parsed.precision, parsed.resolved, parsed.start) == ("--02-18", "day", True, None)
    assert parse_date("Feb. 29", None).iso == "--02-29"
    assert parse_date("February 30", None) is None
    assert parse_date("February 30", WEDNESDAY) is None


@pytest.mark.parametrize(
    "expression",
    ["39 days", "just 39 days", "20 years", "for decades", "27 years", "more than three decades", "the coming days",
     "13/45/19", "in 2500", "May"],
)  # fmt: skip
def test_durations_vague_phrases_and_impossible_dates_are_not_points(expression: str) -> None:
    parsed = parse_date(expression, None if expression == "May" else WEDNESDAY)
    assert parsed is None or (expression == "May" and not parsed.resolved)


def test_find_expressions_on_literal_text() -> None:
    text = (
        "WASHINGTON, Feb. 18 (AP) - The MPs left on Monday, Feb. 18, and meet 2/25/19. The party split in 1981, "
        "the biggest split since 2017. It rained Tuesday night and last week. Two weeks ago she spoke."
    )
    found = [text[s:e] for s, e in find_expressions(text)]
    assert found == [
        "Feb. 18", "Monday, Feb. 18", "2/25/19", "in 1981", "since 2017", "Tuesday night", "last week", "Two weeks ago",
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    ["Theresa May said no.", "They march on.", "I may go.", "He scored 2019 points.", "the 3/4 majority",
     "It cost 1,981 pounds", "growth of 5 percent in 2019 percent"],
)  # fmt: skip
def test_look_alikes_are_not_found(text: str) -> None:
    assert list(find_expressions(text)) == []


def test_published_date() -> None:
    assert published_date("2019-02-18") == date(2019, 2, 18)
    assert published_date("1996-02-06T06:28:00") == date(1996, 2, 6)
    assert published_date("2019-02-18T09:30:00Z") == date(2019, 2, 18)
    assert published_date("2019-02-18 09:30 GMT") == date(2019, 2, 18)
    assert published_date("18/02/2019") is None
    assert published_date(None) is None
    assert published_date("  ") is None
    assert published_date("last Tuesday") is None


def test_opening_date_reads_datelines_and_dated_lines() -> None:
    assert opening_date("WASHINGTON, Feb. 18 (AP) - The Senate voted.", date(2019, 2, 19)) == date(2019, 2, 18)
    assert opening_date("WASHINGTON, February 5 (Xinhua) -- A judge ruled.", date(1996, 2, 6)) == date(1996, 2, 5)
    assert opening_date("WASHINGTON, Dec. 31 (AP) - Fireworks.", date(2020, 1, 1)) == date(2019, 12, 31)
    assert opening_date("LONDON, Feb. 18, 2019 (Reuters) - MPs left.") == date(2019, 2, 18)
    assert opening_date("Published Feb. 18, 2019\n\nMPs left Labour.") == date(2019, 2, 18)
    # Look-alikes: a year-less dateline with nothing to give it a year; a full date deep in the article.
    assert opening_date("WASHINGTON, Feb. 18 (AP) - The Senate voted.") is None
    assert opening_date("MPs left Labour. " + "x " * 200 + "They met on Feb. 18, 2019.") is None


def test_a_stamp_line_with_its_clock_time_before_the_date_dates_the_article() -> None:
    """Issue 12's "Updated 6:12 pm ET, Tue March 5, 2013" and Multi-News val_raw's "Last updated at 6:04 PM on
    20th October 2011": the line stamps the article's day; a time alone ("Updated 6.15pm") names none, and a
    line that goes on past its date is running text."""
    assert opening_date("Updated 6:12 pm ET, Tue March 5, 2013\n\nThe Senate voted.") == date(2013, 3, 5)
    assert opening_date("Last updated at 6:04 PM on 20th October 2011\n\nMPs left.") == date(2011, 10, 20)
    assert opening_date("Updated 6.15pm\n\nTHE DAIL is to sit late tonight.") is None
    assert opening_date("Updated 6:12 pm ET, Tue March 5, 2013 and the Senate voted.") is None
    assert choose_anchor("Updated 6:12 pm ET, Tue March 5, 2013\n\nThe Senate voted.", None).source == "dateline"


def test_anchor_order() -> None:
    text = "WASHINGTON, February 5 (Xinhua) -- A judge ruled on Monday."
    assert choose_anchor(text, "1996-02-06T06:28:00") == choose_anchor(text, "1996-02-06")
    assert choose_anchor(text, "1996-02-06").day == date(1996, 2, 5)  # the writer's day, a day before the stamp
    assert choose_anchor(text, "1996-02-06").source == "dateline"
    assert choose_anchor(text, "1996-02-05").source == "published"  # the same day: published
    far = choose_anchor(text, "1996-03-08")  # a dateline a month off is not the writer's day
    assert (far.day, far.source) == (date(1996, 3, 8), "published")
    plain = "A judge ruled on Monday."
    assert choose_anchor(plain, "2019-02-20").source == "published"
    assert choose_anchor("Posted Feb. 19, 2019\n\n" + plain, None).day == date(2019, 2, 19)
    assert choose_anchor("Updated: 19 February 2019 10:31 GMT\n" + plain, None).day == date(2019, 2, 19)
    # Look-alikes: a date in the first sentence is an event's, not the article's.
    assert choose_anchor("On Sept. 11, 2001, planes hit the towers. " + plain, None).day is None
    assert choose_anchor("Posted Feb. 19, 2019. " + plain, None).day is None
    story = choose_anchor(plain, None, date(2019, 2, 18))
    assert (story.day, story.source) == (date(2019, 2, 18), "story")
    assert choose_anchor(plain, None).day is None


def mentions(*texts: str) -> list[tuple[int, object]]:
    return [
        (i, parsed)
        for i, text in enumerate(texts)
        for start, end in find_expressions(text)
        if (parsed := parse_date(text[start:end], None)) is not None
    ]


def test_story_anchor_needs_two_sources() -> None:
    a = "The vote was on Feb. 18, 2019. An earlier vote was on Jan. 15, 2019. A later one on March 12, 2019."
    b = "MPs voted on 18 February 2019 and on January 15, 2019."
    c = "Nothing dated here, but March 12, 2019 twice: March 12, 2019."
    assert story_anchor(mentions(a, b)) == date(2019, 2, 18)
    assert story_anchor(mentions(a, c)) == date(2019, 3, 12)
    assert story_anchor(mentions(c)) is None  # one source stating a date twice is not agreement
    assert story_anchor(mentions("On Feb. 18 they left.", "They left Feb. 18.")) is None  # no year: not a full date


def test_story_anchor_is_not_older_than_a_year_the_sources_name() -> None:
    # Two reports of a 2016 ceremony both cite a letter of 1962: 1962 is not the story's date.
    a = "The letter was signed on May 29, 1962. Ten Nazis could be tried in 2016."
    b = "The court approved it on May 29, 1962."
    assert story_anchor(mentions(a, b)) is None
    assert story_anchor(mentions(a.replace("2016", "1961"), b)) == date(1962, 5, 29)


def test_sort_key_orders_by_first_day_coarser_first_and_year_less_after() -> None:
    expressions = ["18 Feb 2019", "Jan. 5", "in 2019", "Feb 2019", "in 1981"]
    parsed = [parse_date(e, None) for e in expressions]
    assert [p.iso for p in sorted(parsed, key=sort_key)] == ["1981", "2019", "2019-02", "2019-02-18", "--01-05"]
    week = parse_date("last week", WEDNESDAY)
    assert sort_key(parse_date("Feb 2019", None)) < sort_key(week) < sort_key(parse_date("2019-02-11", None))


def test_display() -> None:
    assert display("2019-02-18") == "18 Feb 2019"
    assert display("2019-02") == "Feb 2019"
    assert display("1981") == "1981"
    assert display("2019-W07") == "week of 11 Feb 2019"
    assert display("--03-29") == "29 Mar (year not given)"
    assert display(None) is None
    assert display("1996-02-06T06:28:00") == "6 Feb 1996"
    assert display("2019-02-18 and more") == "2019-02-18 and more"  # not ISO as a whole: shown as given


def test_around_a_story_day_a_future_weekday_is_the_next_one_and_others_the_nearest() -> None:
    sunday = date(2018, 11, 11)
    assert parse_date("Thursday", sunday, around=True).iso == "2018-11-08"  # three days back is nearest
    assert parse_date("Thursday", sunday, tense="past", around=True).iso == "2018-11-08"
    assert parse_date("Thursday", sunday, tense="future", around=True).iso == "2018-11-15"
    assert parse_date("Sunday", sunday, tense="future", around=True).iso == "2018-11-11"
    assert parse_date("next Thursday", sunday, tense="future", around=True).iso is None  # counts from writing


def test_around_a_story_day_far_from_new_year_a_year_counts_from_it() -> None:
    """A year counted from the day of writing ("last year") counts from a story's day when that day is a month
    or more from New Year (the writing is days away, in the same year); a day or a week still does not."""
    story = date(2015, 4, 22)
    assert parse_date("last year", story, around=True).iso == "2014"
    assert parse_date("this year", story, around=True).iso == "2015"
    assert parse_date("later this year", story, around=True).iso == "2015"
    assert parse_date("next year", story, around=True).iso == "2016"
    assert parse_date("last week", story, around=True).iso is None
    assert parse_date("last month", story, around=True).iso is None
    assert parse_date("yesterday", story, around=True).iso is None
    # Near New Year the day of writing may be in the other year: unresolved, not a guess.
    assert parse_date("last year", date(2014, 12, 30), around=True).iso is None
    assert parse_date("last year", date(2015, 1, 3), around=True).iso is None


@pytest.mark.parametrize(
    ("expression", "before", "iso"),
    [
        ("next year", "His first wife, Ina Mae, died in 1980, and the ", "1981"),
        ("the next year", "In 1995, Autry announced a sale, and ", "1996"),
        ("the following year", "moving to the Senate in 1815, where he worked to defeat legislation ", "1816"),
        ("the previous year", "On Aug. 16, 1998, he said that ", "1997"),
        ("next year", "He will retire ", None),  # the article's next year
        ("the next year", "He said that ", None),  # no year written: the story's own time, unknown
        ("the next year", "2000 people came and ", None),  # a number, not a date
        # small13: a count after a comma is no year counted from: "people", "of" make it a count; a plural-like
        # word leaves it unsure (out); a year before a verb still counts
        ("the next year", "In 1995, 2000 people marched, and ", "1996"),
        ("the next year", "In 1995, 2000 of them marched, and ", "1996"),
        ("the next year", "In 1995, 2000 protesters marched, and ", None),
        ("the next year", "The firm, founded in 1995, was sold in 2000 and ", "2001"),
        ("the next year", "The firm was sold in 2000, and ", "2001"),
        ("the next year", "The firm was founded in 1995 and in 2000 was sold, and ", "2001"),
        ("the next year", "He won in 1980 and 1985, and ", None),  # review15: the last year is 1985, not 1980
        ("the following year", "It rose in 1990 to 1995 and ", None),  # nor 1990 before "to 1995"
        ("the next day", "died in 1980, and ", None),
    ],
)
def test_a_year_counted_from_the_year_its_sentence_writes(expression: str, before: str, iso: str | None) -> None:
    counted = counted_year(expression, before)
    assert (counted.iso if counted else None) == iso


def test_a_weekday_written_with_a_day_chooses_its_year() -> None:
    """A July 1998 listing of a season's concerts (DUC 2004 d200e): "Monday, Feb. 1" is 1 February 1999, a Monday;
    the nearest 1 February (1998) was a Sunday. Without the weekday, or when no year near fits it, the nearest."""
    july = date(1998, 7, 22)
    assert parse_date("Monday, Feb. 1", july).iso == "1999-02-01"  # type: ignore[union-attr]
    assert parse_date("Wednesday, Oct. 21", july).iso == "1998-10-21"  # type: ignore[union-attr]
    assert parse_date("Feb. 1", july).iso == "1998-02-01"  # type: ignore[union-attr]
    assert parse_date("Friday, Feb. 1", july).iso == "1998-02-01"  # type: ignore[union-attr]
    assert parse_date("Monday 1 February", july).iso == "1999-02-01"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("expression", "iso", "precision"),
    [
        ("Twenty-two years ago", "1997", "year"),  # read as "two years ago" (2017) before
        ("twenty two years ago", "1997", "year"),
        ("thirty-five years ago", "1984", "year"),
        ("forty years ago", "1979", "year"),
        ("a dozen years ago", "2007", "year"),
        ("a couple of years ago", "2017", "year"),
        ("a couple weeks ago", "2019-02-06", "day"),
        ("a year and a half ago", "2017-08", "month"),  # 18 months back, as "18 months ago"
        ("two and a half years ago", "2016-08", "month"),
        ("half a year ago", "2018-08", "month"),
        ("500 years ago", "1519", "year"),
        ("sixteen days ago", "2019-02-04", "day"),
    ],
)
def test_number_words_in_relative_dates(expression: str, iso: str, precision: str) -> None:
    parsed = parse_date(expression, WEDNESDAY)
    assert parsed is not None
    assert (parsed.iso, parsed.precision) == (iso, precision)


@pytest.mark.parametrize(
    "expression",
    ["a few years ago", "several years ago", "dozens of years ago", "a week and a half ago", "10,000 years ago",
     "5000 years ago", "twenty-odd years ago", "half a century ago", "two decades ago", "a century ago",
     "1,000 years ago"],  # review22: 1,000 years ago read 1019 (a round figure, as "a millennium ago")
)  # fmt: skip
def test_counts_that_name_no_year_are_not_points(expression: str) -> None:
    """No exact count ("a few"), a half of a day's unit, a round figure (decades, centuries), or a year before
    any this module reads: no date, rather than a guess (and no crash on a year before 1)."""
    assert parse_date(expression, WEDNESDAY) is None


def test_find_expressions_takes_the_whole_count() -> None:
    text = (
        "Twenty-two years ago, he left. Some 1,000 years ago it was built. A few years ago she spoke. "
        "Half a year ago it began, a couple of weeks ago it ended, and a year and a half ago it was sold."
    )
    found = [text[s:e] for s, e in find_expressions(text)]
    assert found == [
        "Twenty-two years ago", "1,000 years ago", "Half a year ago", "a couple of weeks ago",
        "a year and a half ago",
    ]  # fmt: skip


def test_the_last_count_of_a_range_is_no_date() -> None:
    # review22: "two or three years ago" read "three years ago", a year the text does not name
    text = "Two or three years ago, he left. Three years ago she spoke."
    assert [text[s:e] for s, e in find_expressions(text)] == ["Three years ago"]


@pytest.mark.parametrize(
    ("sentence", "hedged"),
    [
        ("He died about two weeks ago", True),  # a round figure names no day
        ("She came nearly three weeks ago", True),
        ("the valve started to leak about 10 days ago", True),
        ("It was less than two weeks ago that he spoke", True),  # a bound names none either
        ("The primary ended more than three weeks ago", True),
        ("She came at least two days ago", True),
        ("He left more than two years ago", False),  # a year (or month) hedged is mostly the count's
        ("the last debate more than a month ago", False),
        ("It began almost 20 years ago", False),
        ("It was two weeks ago", False),
        ("The handover two weeks ago", False),  # "over" inside a word
        ("Moreover, two days ago it rained", False),
    ],
)
def test_a_hedged_count_of_days_or_weeks_before_ago_is_no_date(sentence: str, hedged: bool) -> None:
    """The blind reading's hedged counts given a day ("about two weeks ago" read as the 24th)."""
    start, end = next((s, e) for s, e in find_expressions(sentence) if sentence[s:e].lower().endswith("ago"))
    assert hedged_count(sentence[start:end], sentence[:start]) is hedged


def test_a_bare_month_far_from_the_anchor_in_a_sentence_that_tells_no_side_is_unresolved() -> None:
    """Session 15: "a key factor in November" in a March story is the last November or the next, neither near."""
    assert parse_date("in November", date(2016, 3, 16), side_told=False).iso is None
    assert parse_date("in August", date(2016, 1, 5), side_told=False).iso is None
    # look-alikes that stay: a sentence that tells a side, a tense, a month near the anchor, a day
    assert parse_date("in November", date(2016, 3, 16)).iso == "2015-11"
    assert parse_date("in November", date(2016, 3, 16), tense="future", side_told=False).iso == "2016-11"
    assert parse_date("in December", date(2016, 2, 18), side_told=False).iso == "2015-12"
    assert parse_date("Nov. 8", date(2016, 3, 16), side_told=False).iso == "2015-11-08"


def test_callers_read_the_date_code_through_the_one_public_module() -> None:
    """Session 16 split dates.py (738 lines) along its data flow; callers still import :mod:`newsbrief.text.dates`
    alone, so the three parts can move code between them. Only the parts themselves and the dateline reader (which
    the anchors part imports: through ``dates`` it would be a cycle) read a part directly."""
    import ast
    from pathlib import Path

    import newsbrief
    from newsbrief.text import date_anchors, date_expressions, date_values, dates

    parts = {"newsbrief.text.date_expressions", "newsbrief.text.date_values", "newsbrief.text.date_anchors"}
    for name in dates.__all__:
        assert any(hasattr(part, name) for part in (date_anchors, date_expressions, date_values)), name
    root = Path(newsbrief.__file__).parent
    readers = set()
    for path in root.rglob("*.py"):
        module = "newsbrief." + ".".join(path.relative_to(root).with_suffix("").parts)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module in parts:
                readers.add(module)
    assert readers - parts == {"newsbrief.text.dates", "newsbrief.text.dateline"}


def test_the_shared_news_day_patterns_match_where_the_callers_own_ones_did() -> None:
    """review31: session 16 replaced page_parts' and lede's own ``_NEWS_DAY`` by ``NEWS_DAY`` and
    ``NEWS_DAY_OR_WEEK``; the old patterns, written out here, find the same spans on these phrases (and on 46,278
    sentences of PolNeAR train and DUC task 5: BENCHMARKS.md, session 16, review31)."""
    import re

    from newsbrief.text.dates import NEWS_DAY, NEWS_DAY_OR_WEEK, WEEKDAY

    page_parts = re.compile(rf"\b{WEEKDAY}\b|\b(?:yesterday|today|tonight)\b", re.IGNORECASE)
    lede = re.compile(rf"\b(?:{WEEKDAY}|today|yesterday|tonight|this week|last week|earlier this)\b", re.IGNORECASE)
    phrases = [
        "The Senate passed the budget bill Friday.",
        "on MONDAY night",
        "Mondays are slow",
        "today's paper",
        "Todays",
        "this weekend",
        "earlier this month",
        "late last week",
        "yesterday-ish",
        "Sunday's vote and Tuesday",
        "a headline with no day",
        "",
    ]
    for text in phrases:
        assert [m.span() for m in NEWS_DAY.finditer(text)] == [m.span() for m in page_parts.finditer(text)], text
        assert [m.span() for m in NEWS_DAY_OR_WEEK.finditer(text)] == [m.span() for m in lede.finditer(text)], text
    assert NEWS_DAY.search("on MONDAY night") and not NEWS_DAY.search("Mondays are slow")
    assert NEWS_DAY_OR_WEEK.search("earlier this month") and not NEWS_DAY_OR_WEEK.search("this weekend")


def test_last_week_on_a_sunday_is_the_week_just_ending() -> None:
    """News weeks run Sunday to Saturday: on a Sunday "last week" is Monday to Saturday just past, the Sunday's own
    ISO week; any other day keeps the ISO week before."""
    sunday, saturday, monday = date(2016, 7, 31), date(2016, 7, 30), date(2016, 8, 1)
    assert parse_date("last week", sunday).iso == "2016-W30"
    assert parse_date("last week", saturday).iso == "2016-W29"
    assert parse_date("last week", monday).iso == "2016-W30"
    assert parse_date("next week", sunday).iso == "2016-W31"  # the week starting tomorrow, as before
