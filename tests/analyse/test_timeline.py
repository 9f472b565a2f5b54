"""Timeline: events from literal sentences (with look-alikes that must not become entries), and the seeds.

Real spaCy model; the date module itself is tested in tests/text/test_dates.py; which day a relative date is
from its clause: test_timeline_clauses.py; the day of writing it counts from: test_timeline_anchors.py.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from pathlib import Path

import pytest

from newsbrief.analyse import nlp as nlp_module
from newsbrief.analyse.timeline import build_timeline
from newsbrief.model import Article
from timeline_text import needs_model, timeline_of

# Events from literal sentences --------------------------------------------------------------------


def test_empty_input() -> None:
    assert build_timeline([], []) == ()


@needs_model
def test_docs_must_match_articles() -> None:
    with pytest.raises(ValueError, match="one doc per article"):
        build_timeline([Article(id="a", text="On Monday it rained.")], [])


@needs_model
def test_relative_dates_with_a_published_date() -> None:
    events = timeline_of(
        "The MPs resigned on Monday. They spoke again yesterday.\n\nThe deadline is March 29.",
        published="2019-02-20",
    )
    assert [(e.date, e.date_text) for e in events] == [
        ("2019-02-18", "Monday"),
        ("2019-02-19", "yesterday"),
        ("2019-03-29", "March 29"),
    ]
    assert all(e.resolved for e in events)
    assert events[0].text == "The MPs resigned on Monday."


@needs_model
def test_relative_dates_without_a_published_date_are_kept_and_marked() -> None:
    events = timeline_of("The MPs resigned on Monday. The group was founded in June 2017.")
    assert [(e.date, e.resolved, e.date_text, e.precision) for e in events] == [
        ("2017-06", True, "June 2017", "month"),
        (None, False, "Monday", "day"),
    ]


@needs_model
def test_precision_anchor_and_sorting() -> None:
    events = timeline_of(
        "The party split in 1981. The vote was held on 18 Feb 2019. The group formed in June 2017. "
        "Officials met on Feb. 11.",
        published="2019-02-20",
    )
    assert [(e.date, e.precision, e.anchor) for e in events] == [
        ("1981", "year", "none"),
        ("2017-06", "month", "none"),
        ("2019-02-11", "day", "published"),
        ("2019-02-18", "day", "none"),
    ]


@needs_model
def test_durations_and_ages_are_skipped() -> None:
    events = timeline_of(
        "He has served for 20 years. There are just 39 days until the deadline.\n\n"
        "She is 39 years old and has been a member for decades."
    )
    assert events == ()


@needs_model
def test_a_surname_month_is_not_a_date() -> None:
    events = timeline_of(
        "Mrs May's former adviser spoke. Critics of May attacked the deal. The vote is in May.",
        published="2019-02-20",
    )
    assert [(e.date, e.text) for e in events] == [("2019-05", "The vote is in May.")]
    (end_of,) = timeline_of("The deal must pass by the end of May.", published="2019-02-20")
    assert end_of.date == "2019-05"
    (elections,) = timeline_of("The party came second in the October elections.", published="2000-01-26")
    assert elections.date == "1999-10"
    assert timeline_of("The May government lost a vote. Its May plan failed.", published="2019-02-20") == ()


@needs_model
def test_the_same_event_in_two_sources_is_one_entry_with_its_sources() -> None:
    events = timeline_of(
        "Seven MPs resigned from the Labour party on February 18, 2019.",
        "Seven Labour MPs quit the party on February 18, 2019, citing anti-Semitism.",
        "A new website was launched on February 18, 2019.",
    )
    assert [e.article_ids for e in events] == [("a0", "a1"), ("a2",)]
    assert events[0].support[0].text == "Seven Labour MPs quit the party on February 18, 2019, citing anti-Semitism."


@needs_model
def test_the_same_event_on_two_days_stays_two_entries() -> None:
    events = timeline_of(
        "Seven MPs resigned from the party on Monday.",
        "Seven MPs resigned from the party on Tuesday.",
        published="2019-02-20",
    )
    assert [e.date for e in events] == ["2019-02-18", "2019-02-19"]


@needs_model
def test_the_next_year_after_a_year_the_sentence_writes() -> None:
    """DUC 2004 d136c: "the next year" counts from the sentence's own 1980, not from the article's day."""
    events = timeline_of(
        "His first wife, Ina Mae, died in 1980, and the next year he married Jacqueline Ellam.", published="1998-10-03"
    )
    assert [(e.date, e.date_text, e.anchor) for e in events] == [
        ("1980", "in 1980", "none"),
        ("1981", "next year", "none"),
    ]
    assert timeline_of("The next year he married Jacqueline Ellam.", published="1998-10-03") == ()


@needs_model
def test_a_month_beside_a_contest_still_to_come_is_the_next_one() -> None:
    """PolNeAR train, session 15: spring 2016 campaign articles' "win in November" were dated November 2015."""
    for sentence in (
        "Viguerie is upbeat about Cruz's chances of winning in November, in part because he sees Cruz as a uniter.",
        "A poll showed that electability in November is also an important quality for voters.",
        "The party must be united to win in this November election.",
    ):
        assert [e.date for e in timeline_of(sentence, published="2016-01-19")] == ["2016-11"], sentence
    # look-alikes that stay: a past clause's contest, and a month near the anchor
    assert [e.date for e in timeline_of("Obama won the election in November.", published="2016-01-19")] == ["2015-11"]
    assert [e.date for e in timeline_of("Sanders won a vote in the state in December.", published="2016-01-19")] == [
        "2015-12"
    ]
    decided = "Fong looked strong after a come-from-behind victory in the June primary against Darrell Issa."
    assert [e.date for e in timeline_of(decided, published="1998-11-04")] == ["1998-06"]


@needs_model
def test_a_bare_month_whose_year_the_sentence_does_not_tell_is_unresolved() -> None:
    """Session 15, PolNeAR train: "a key factor in November" in a June story, "the Charleston church massacre in
    June" in a February one (the June before, read as the next)."""
    events = timeline_of(
        "Guns are an emotional issue after the Charleston church massacre in June.", published="2016-02-25"
    )
    assert [(e.date, e.resolved) for e in events] == [(None, False)]
    # look-alike that stays: the same month in a sentence that reports the past
    kept = timeline_of(
        "Guns became an emotional issue after the Charleston church massacre in June.", published="2016-02-25"
    )
    assert [e.date for e in kept] == ["2015-06"]


@needs_model
def test_a_question_after_a_colon_leaves_the_date_before_it_in_a_report() -> None:
    """The Fort Worth Star-Telegram (DUC 2004 d136c): the death is reported; the question is a clause of its own."""
    (event,) = timeline_of(
        "With the death of Gene Autry at 91 on Friday, the question once again is raised: Who was the true "
        "King of the Cowboys?",
        published="1998-10-02",
    )
    assert (event.date, event.date_text) == ("1998-10-02", "Friday")
    assert timeline_of("Who was the true King of the Cowboys on Friday?", published="1998-10-02") == ()
    assert timeline_of("The question is: what did he say on Friday?", published="1998-10-02") == ()
    assert timeline_of("Will the launch at 10:30 on Friday go ahead?", published="1998-10-02") == ()


@needs_model
@pytest.mark.parametrize(
    ("noise", "keeper"),
    [
        # a quote that merely contains a date word / the same words as the writer's own
        ('He said: "We will never forget what happened today."', "He resigned today."),
        ("“Today is a sad day for the party,” she said.", "The party lost a vote today."),
        # a photo caption / a sentence of the story
        ("Mike Gapes is shown in this Feb. 18, 2019 file photo.", "Mike Gapes resigned on Feb. 18, 2019."),
        # a list line / running text
        ("— Oct. 25, on CNBC.", "The chief executive appeared on CNBC on Oct. 25."),
        ("- The vote was held on Oct. 25.", "The vote was held on Oct. 25."),
        ("― The vote was held on Oct. 25.", "The vote was held on Oct. 25."),  # HuffPost's bar
        # a heading (no closing punctuation) / a sentence
        ("Labour split on Monday", "Labour split on Monday."),
        # a show's name / the same word as a date
        ("The senator appeared on ABC's This Week to defend the bill.", "The senator defended the bill this week."),
        ("She told NBC's Today show that she would run.", "She said today that she would run."),
        # a byline or stamp / a dated sentence
        ("Posted: Monday, Feb. 18, 2019 at 10:00 am.", "The MPs resigned on Monday, Feb. 18, 2019."),
        ("By Jane Smith, Feb. 18, 2019.", "Jane Smith reported on Feb. 18, 2019 that the MPs had resigned."),
        # a greeting without a verb / an event
        ("Happy LOOK Tuesday!", "The magazine LOOK was launched on Tuesday."),
        # the start of a duration / an event in that year
        ("It was the largest share of the vote since 1945.", "Labour won a landslide in 1945."),
        # a period / its start as an event
        ("He served on the court from 1970 to 1994.", "He joined the court in 1970."),
        ("He was among the top ten stars of 1938 to 1942.", "He was the top star in 1938."),
        # a stretch of time or a day counted from the story's own time / the same words against the article date
        ("Clinton's last year in office was quiet.", "Clinton left office last year."),
        ("The internet has doubled in size in the last year.", "The internet doubled in size last year."),
        ("She had withdrawn cash the previous Sunday.", "She withdrew cash on Sunday."),
        # a title's year, a name, an address, a citation / a year of an event
        ("Rogers' first role, 1938's Under Western Stars, was written for Autry.", "Rogers first starred in 1938."),
        ("The Year 2000 computer problem worried the banks.", "The problem worried the banks in 2000."),
        ("Write to the club at 1801 S. Prairie Ave., Chicago.", "The club moved to Chicago in 1801."),
        ("Write to the company at Box 1862, Woodland.", "The company moved to Woodland in 1862."),
        ("He defends the practice in a new book (Wiley & Sons, 1999).", "He published a new book in 1999."),
        # a question, nowadays, a hypothetical, a habit / the same day as an event
        ("Could he dominate the league today?", "He dominated the game today."),
        ("Today, the airline flies 25,000 passengers a month.", "The new law takes effect today."),
        ("If elections were held today, the party would win.", "Elections were held today."),
        ("He made movies for the Saturday afternoon matinee trade.", "He made a movie on Saturday afternoon."),
        # photo captions / the same facts as sentences of the story
        (
            "French soldiers patrol outside the cathedral in Paris, April 22, 2015.",
            "French soldiers began patrols outside the cathedral on April 22, 2015.",
        ),
        (
            "Hollande (R) speaks with Valls at the end of the cabinet meeting on April 22, 2015.",
            "Hollande spoke with Valls at the end of the cabinet meeting on April 22, 2015.",
        ),
        (
            "Chatelain, in this photograph provided by the city, is seen at a race on April 11, 2015.",
            "Chatelain ran a race on April 11, 2015.",
        ),
        # the end of a range of days / a day; a present-tense plan without the caption's comma stays
        ("The remembrance day will be held on 4-5 May.", "The remembrance day will be held on 5 May."),
        ("Officers patrol outside the court, March 4, 2019.", "The trial opens on March 4, 2019."),
        # a caption's position marker / a tabloid's pointer at its picture in a sentence of the story
        (
            "Hollande (C) listens to Valls in Paris, April 22, 2015.",
            "Mr Hollande (right) spoke in Paris on April 22, 2015.",
        ),
        # the start of a state after "since the" / an event
        ("France has been on edge since the Jan. 7 attacks.", "Gunmen attacked the newspaper on Jan. 7."),
        # a possibility, an activity going on through a year / what happened (issue 12, Multi-News dev)
        ("Ten suspects could be prosecuted in 2016.", "Ten suspects were prosecuted in 2016."),
        ("In 2013, he was presenting himself as a reporter.", "In 2013, he presented himself as a reporter."),
        # a caption that tells a past day in the present / the same words in the past
        (
            "A man dressed as Charlie Chaplin walks on the beach in Cannes on Feb. 15.",
            "A man dressed as Charlie Chaplin walked on the beach in Cannes on Feb. 15.",
        ),
        # the same in the passive / in the past; a state about a past event dated further down stays
        (
            "E85 fuel is pumped into a vehicle at a gas station in Nevada, Iowa, on Dec. 6, 2018.",
            "E85 fuel was pumped into a vehicle at a gas station in Nevada, Iowa, on Dec. 6, 2018.",
        ),
        (
            "Protesters are seen outside the court on Feb. 5.",
            "Rudolph is charged in three bombings: the deadly explosion at the park on Feb. 5, 2018.",
        ),
        # a news service's budget line / the same news as a dateline's story
        (
            "CHINA-SPYING-RDP (Washington) _ Fired scientist Wen Ho Lee was indicted Friday for removing secrets.",
            "WASHINGTON (AP) _ Fired scientist Wen Ho Lee was indicted Friday for removing secrets.",
        ),
        # "today" in the sense of these days (a free DUC task5 topic's NYT copy) / the article's day
        ("Even today, he remains fascinated with hybrids of music and theater.", "He retired today."),
        ("The patterns sound shocking and defiant even today.", "The patterns were played today."),
        ("Soros was counting on a stormier mood than today exists.", "The hearing resumes today."),
        # a gallery's item (a Multi-News val cluster) / the same news in running text
        (
            "Hide Caption 81 of 132 Photos: Photos: Crisis in Ukraine Crisis in Ukraine – Armed men in military "
            "uniform walk outside a Ukrainian military unit near Simferopol on Sunday, March 2.",
            "Armed men in military uniform walked outside a Ukrainian military unit near Simferopol on Sunday.",
        ),
        # a film's year / the year it was made
        ("The film nods to Jurassic Park (1993) and Apocalypse Now.", "Jurassic Park was released in 1993."),
        # a law's name / the year it was passed
        ("Helms is determined to terminate the 1972 Anti-Ballistic Missile Treaty.", "The treaty was signed in 1972."),
        # a class, not a day / a day
        ("Carter taught a Sunday school class on personal accountability.", "Carter taught a class on Sunday."),
        # an editors' note / a sentence
        (
            "EDS: Here are the articles planned for papers of Saturday, Dec. 11.",
            "The articles ran on Saturday, Dec. 11.",
        ),
        # a kind of handgun / the same weekday as a day (session 12's reading)
        ("Fong opposed a ban on Saturday-night specials.", "Fong opposed the ban on Saturday night."),
        # a roundup's heading, dated by its papers / a sentence of the story
        (
            "The following are major news items in leading South African newspapers Thursday.",
            "Leading South African newspapers reported the news Thursday.",
        ),
        # a budget line with its place between the wire's dashes / a sentence opening with a man named Ed
        (
            "PHYSICISTS-HAWKING _ ATLANTA _ A physicist holds a press conference on Feb. 5, 2018.",
            "Ed Doe signed the bill on Feb. 5, 2018.",
        ),
        # an absence, nothing happens on the day (session 19) / the same clause with a happening
        (
            "Newtown plans no public ceremonies to mark Sunday's anniversary of the shootings.",
            "Newtown plans public ceremonies to mark Sunday's anniversary of the shootings.",
        ),
        ("Nobody was hurt in the blast on March 4.", "Two people were hurt in the blast on March 4."),
        ("No major polls were taken on March 4.", "Two major polls were taken on March 4."),
        # the start of a range of days, a period's bound / one day
        ("The Asian Games will be held on Dec. 6-20 in Bangkok.", "The Asian Games will open on Dec. 6 in Bangkok."),
        ("Yeltsin plans to attend an Oct. 27-28 summit in Vienna.", "Yeltsin plans to attend an Oct. 27 summit."),
        # an editorial's lead-in, dated by its page / the paper reporting the news
        (
            "The New York Times said in an editorial for Sunday, Dec. 20: The drive produced a sideshow.",
            "The New York Times reported on Sunday, Dec. 20 that the drive produced a sideshow.",
        ),
    ],
)
def test_look_alikes_are_not_events(noise: str, keeper: str) -> None:
    assert timeline_of(noise, published="2019-02-20") == ()
    (event,) = timeline_of(keeper, published="2019-02-20")
    assert event.resolved


@needs_model
@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # The second bound of a period is no point event (the first is dropped by its preposition)
        ("The games take place between Feb. 7 and Feb. 23 in the city.", set()),
        ("Counties will begin their reviews between Monday and Wednesday.", set()),
        ("Investors who bought shares between May 10 and Nov. 6 may join the suit.", set()),
        ("As of Monday, 40 people had died in the floods.", set()),
        # look-alikes: a point, and "between" that joins two parties, not two days
        ("The games ended on Feb. 23 in the city.", {"Feb. 23"}),
        ("Talks between Iran and the United States on Monday ended without a deal.", {"Monday"}),
        ("On Monday, 40 people had died in the floods.", {"Monday"}),
    ],
)
def test_the_second_bound_of_a_period_is_no_entry(text: str, shown: set[str]) -> None:
    assert {e.date_text for e in timeline_of(text, published="2019-02-20")} == shown


@needs_model
@pytest.mark.parametrize(
    ("caption", "kept"),
    [
        # Multi-News val clusters (no day of writing): captions in the simple present / a plan in the present, the
        # same moment in the past, a day that marks something
        ("Sen. Richard Blumenthal ushers Neil M. Gorsuch into his office on Feb. 8.", "A presale starts Feb. 8."),
        (
            "Bill Cosby performs at the Buell Theater in Denver on Jan. 17, 2015.",
            "Bill Cosby performed at the Buell Theater in Denver on Jan. 17, 2015.",
        ),
        (
            "Sept. 21, 2015 Wisconsin Gov. Scott Walker speaks at a news conference in Madison.",
            "Sunday 14 December, the second anniversary of the killings, also marks the legal deadline.",
        ),
    ],
)
def test_a_caption_in_the_present_is_no_event_where_the_day_of_writing_is_unknown(caption: str, kept: str) -> None:
    """Without a ``published`` day a present-tense caption's past moment cannot be told from a plan by its day
    (:func:`~newsbrief.analyse._event_rules.past_in_present`): a verb of an action is a caption's, a verb of a
    scheduled time a plan's."""
    assert timeline_of(caption) == ()
    (event,) = timeline_of(kept)
    assert event.date is not None


@needs_model
@pytest.mark.parametrize(
    "sentence",
    [
        "Smith is accused of murder in the shooting on Dec. 6.",
        "Jones is suspected in the fire at the church on Dec. 6.",
    ],
)
def test_a_present_passive_of_alleging_is_no_caption(sentence: str) -> None:
    """A state about a past event (an allegation), not a picture of the day: the event's date stays (review12;
    the caption rule of the present passive dropped it)."""
    (event,) = timeline_of(sentence, published="1998-12-20")
    assert event.date == "1998-12-06"


@needs_model
def test_a_dateline_is_the_articles_date_not_an_event() -> None:
    text = "WASHINGTON, February 5 (Xinhua) -- A federal judge on Monday granted the request. It takes effect today."
    events = timeline_of(text, published="1996-02-06T06:28:00")
    assert [(e.date_text, e.date, e.anchor) for e in events] == [
        ("Monday", "1996-02-05", "dateline"),
        ("today", "1996-02-05", "dateline"),  # the writer's day: the stamp is a day later (GMT)
    ]


@needs_model
@pytest.mark.parametrize(
    "text",
    [
        "The Iowa State Patrol said 88 crashes occurred Wednesday night through Thursday afternoon.",
        "Rain is expected from late Thursday through the weekend.",
        "(NYT5) FAIRFIELD, N.J., The Airbound Hangar on Saturday at Essex County Airport.",
    ],
)
def test_stretches_and_photo_advisories_are_not_events(text: str) -> None:
    events = timeline_of("Published Dec. 21, 2012\n\nThe storm hit on Tuesday.\n" + text)
    assert [e.date_text for e in events] == ["Tuesday"]


@needs_model
@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        # a noun's date beside the date of what the sentence tells: only the clause's date is an entry
        ("Relatives of victims killed in the Sept. 11 attacks said Wednesday that they were outraged.", {"Wednesday"}),
        ("In 1998, the tabloid leaked the results, which were quoted in Larry Schiller's 1999 book.", {"1998"}),
        ("In early 2005, Reid began pushing Sandoval to join the court before his 2010 Senate race.", {"early 2005"}),
        # a name's year written after the name
        ("The court ruled on the Misuse of Drugs Act 1977 on Monday.", {"Monday"}),
        ("Lenovo showed the table at CES 2013.", set()),
        # look-alikes that stay: a noun's date alone in its sentence, a possessive day, a year after "in"
        ("The partisans are working toward a Sept. 30 deadline.", {"Sept. 30"}),
        ("Toohey's biggest battle was the 1973 city teachers' strike.", {"1973"}),
        ("Wednesday's vote was 23-14, and the committee met again on Friday.", {"Wednesday", "Friday"}),
        ("Lenovo showed the table in 2013 at the show.", {"in 2013"}),
    ],
)
def test_a_date_that_names_a_thing_is_not_the_date_of_the_sentence(sentence: str, shown: set[str]) -> None:
    events = timeline_of(sentence, published="2019-02-20")
    assert {e.date_text for e in events} == shown


@needs_model
def test_a_day_without_its_year_that_names_a_past_event_is_not_an_entry() -> None:
    dated = "Relatives of those killed on Sept. 11, 2001, met the airline's chief."
    named = "Burlingame said Sept. 11 mastermind Khalid Sheikh Mohammed told interrogators about the knives."
    # the sources write that Sept. 11 with 2001; read against a 2013 article it would be the nearest, 2013
    assert [e.date for e in timeline_of(dated, named, published="2013-03-06")] == ["2001-09-11"]
    assert [e.date for e in timeline_of(dated, named)] == ["2001-09-11"]  # no anchor: "11 Sep, year not given"
    # look-alikes that stay: the same sentence when no source dates that day otherwise, and a day whose
    # reading here is the year the sources write
    assert [e.date for e in timeline_of(named, published="2013-03-06")] == ["2012-09-11"]
    assert sorted(e.date for e in timeline_of(dated, named, published="2001-09-20")) == ["2001-09-11"] * 2


# The seed reports ---------------------------------------------------------------------------------


@cache
def seed_parse(seeds: Path) -> tuple[tuple[Article, ...], tuple]:
    from newsbrief import read_articles
    from newsbrief.pipeline import clean_articles

    articles, _ = clean_articles(read_articles(seeds))
    return tuple(articles), tuple(nlp_module.load_nlp().pipe([a.text for a in articles]))


@needs_model
def test_seed_timeline_without_publication_dates(seeds_dir: Path) -> None:
    articles, docs = seed_parse(seeds_dir)
    assert all(a.published is None for a in articles)  # the seeds carry no dates
    events = build_timeline(articles, docs, all_background=True)  # "1981" (a party's founding) is background
    texts = {a.id: a.text for a in articles}
    for e in events:
        assert texts[e.span.article_id][e.span.start : e.span.end] == e.text
    resolved = [e for e in events if e.resolved]
    assert events[: len(resolved)] == tuple(resolved)  # unresolved last
    assert {e.date for e in resolved} >= {"1981", "--02-18", "--03-29"}
    assert {e.date for e in resolved} <= {"1981", "1997", "2017", "2017-06", "--02-18", "--03-29"}
    assert not any(e.date_text.lower() == "today" for e in resolved)
    assert "1945" not in {e.date for e in events}  # "the largest share since 1945" is not an event
    for duration in ("39 days", "27 years", "fifty years", "decades"):
        assert not any(duration in e.date_text for e in events), duration


@needs_model
def test_seed_timeline_with_a_publication_date(seeds_dir: Path) -> None:
    articles, docs = seed_parse(seeds_dir)
    dated = [replace(a, published="2019-02-18") for a in articles]
    events = build_timeline(dated, docs)
    assert all(e.resolved for e in events)
    by_text = {e.date_text: e.date for e in events}
    assert by_text["February 18"] == by_text["today"] == "2019-02-18"
    assert by_text["March 29"] == "2019-03-29"


# Notices and months ahead (session 18, the blind reading's third wave) ------------------------------------------


@needs_model
def test_a_correction_notice_dates_no_event() -> None:
    """A page's correction tells what it once said: "An article on Monday about ..." is no event of Monday (the
    blind reading: a correction listed as a dated event, twice)."""
    story = "The Senate passed the bill on Tuesday."
    for notice in (
        "CORRECTION:\n\nAs published in the International New York Times.\n\nAn article on Monday about the vote "
        "misstated the tally.",
        "Correction: An earlier version of this story said the vote was held on Monday.",
        "An earlier version of this article misstated the day of the vote, which was held on Tuesday, not Monday.",
    ):
        events = timeline_of(f"{story}\n\n{notice}", published="2016-03-17")
        assert [(e.date, e.date_text) for e in events] == [("2016-03-15", "Tuesday")], notice
    # look-alikes that stay: "corrections" as a word of the story, an earlier version of something else
    kept = timeline_of("Corrections officers said on Monday that the prison was full.", published="2016-03-17")
    assert [e.date for e in kept] == ["2016-03-14"]
    kept = timeline_of("An earlier version of the bill passed the House on Monday.", published="2016-03-17")
    assert [e.date for e in kept] == ["2016-03-14"]


@needs_model
def test_a_month_under_a_past_verb_is_the_last_one() -> None:
    """A month without a year whose nearest reading lies after the day of writing, in a clause the reader leaves
    untold under a past verb ("for helping Pharmacyclics sell itself to AbbVie in March" in a January report, PolNeAR
    train), is the last such month, not the next (the blind reading: "was questioned ... in October" in a June
    report dated the October after it)."""
    told = "It earned $40.8 million for helping Pharmacyclics sell itself to AbbVie in March."
    assert [e.date for e in timeline_of(told, published="2016-01-07")] == ["2015-03"]
    # look-alikes: an infinitive under the past verb looks ahead; the future and the past told by the clause
    ahead = timeline_of("The company will hold its meeting in March.", published="2016-01-07")
    assert [e.date for e in ahead] == ["2016-03"]
    assert [e.date for e in timeline_of("The company sold itself in March.", published="2016-01-07")] == ["2015-03"]
    invited = timeline_of("The campaign invited Tyson to appear at the convention in July.", published="2016-06-29")
    assert [e.date for e in invited] == ["2016-07"]
    deadline = timeline_of("The board gave the company until March to sell itself.", published="2016-01-07")
    assert [e.date for e in deadline] == ["2016-03"]  # a deadline is the nearest such month, as before
    vowed = "The campaign vowed to remain in the fight, and perhaps until the party's convention in July."
    assert [e.date for e in timeline_of(vowed, published="2016-04-28")] == ["2016-07"]


# Negations that tell no absence (session 19, timeline27) ------------------------------------------------------------


@needs_model
@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        ("The suspect was not charged until Feb. 18.", "Feb. 18"),  # the charge came then
        ("The two have not been seen since they left their motel on Feb. 15.", "Feb. 15"),  # the leaving
        ("The minister did not say on Feb. 15 whether he would resign.", "Feb. 15"),  # a statement that day
        ("A Wall Street Journal article published Feb. 15 found no record of the class.", "Feb. 15"),
        ("At an event on Feb. 15, Sanders showed no sign that he would apologize.", "Feb. 15"),
    ],
)
def test_a_negation_elsewhere_is_no_absence(sentence: str, shown: str) -> None:
    """Only the date's own clause tells an absence, by its "no" or its denying subject; a negated verb does not."""
    (event,) = timeline_of(sentence, published="2019-02-20")
    assert event.date_text == shown and event.resolved


@needs_model
@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        ("The plant closed on Friday - 10 days after the strike began.", "Friday"),  # a weekday opens no range
        ("The plant closed on Friday – 10 days after the strike began.", "Friday"),
        ("Voters went to the polls on March 3 - 2 million of them.", "March 3"),  # 2 is no day after the 3rd
        ("He won the election on Nov. 4 - 55 percent to 45.", "Nov. 4"),  # 55 is no day of a month
    ],
)
def test_a_dash_and_a_number_after_a_date_open_no_range_unless_a_later_day(sentence: str, shown: str) -> None:
    """A range of days is a day's number, a dash and a later day of the month ("Dec. 6-20"); a weekday or a month's
    day followed by a dash and a count that is no later day is a date of an event (review47, session 19)."""
    (event,) = timeline_of(sentence, published="2019-02-20")
    assert event.date_text == shown
