"""What the lead keeps for blind readings: one list that every benchmark and items script reads.

A blind reading is the lead's look at briefs of news no helper has read, labelled or measured; a script that
draws clusters or topics for labelling, a "fresh" round or a score leaves these out. Each session names new topics
(``/work/notes/sNN/COMMON.md``); write them here, not in the script that first needs them, so no script is left
with an older session's list (``pronoun_items.py`` still skipped session 11's topics in session 12).
"""

from __future__ import annotations

#: Multi-News validation clusters of the lead's blind reading of session 6.
BLIND_CLUSTERS = frozenset(f"multinews-val-{n}" for n in (2273, 1400, 2893, 3655, 5012, 393, 1760, 177, 4053, 4288))
#: DUC 2004 task 5 topics of the lead's blind reading of session 12: never opened, briefed, labelled or measured.
BLIND_TOPICS = frozenset("d191h d194f d165h d171f d166d d193h d188a d174b".split())
#: Session 11's blind-reading topics: free for development reading since session 12, but the fresh (held-out)
#: rounds drawn in session 11 left them out, and still do, so those rounds regenerate as they were labelled.
SESSION11_TOPICS = frozenset("d168d d178f d179g d173g d189h d192f d199b d201b".split())
#: PolNeAR **train** articles of the lead's blind reading of session 15 (five stories: Super Tuesday, the New York
#: primary, Brexit and the campaign, the Republican and the Democratic conventions; 19 articles in no labelled set):
#: aggregate train figures may include them; no script lists, labels or groups them one by one.
BLIND_POLNEAR = frozenset(
    """
    breitbart_2016-03-01_the-latest-sanders-wins-minnesot
    usa-today_2016-03-02_no-clear-path-points-to-white-ho
    wash-post_2016-03-03_push-inside-gop-to-upend-trump
    nyt_2016-03-04_beneath-clinton-s-wins-signs-of-
    breitbart_2016-04-19_clinton-wins-democratic-presiden
    huff-post_2016-04-20_hillary-clinton-won-among-wall-s
    wash-post_2016-04-20_beyond-victory-clinton-faces-dee
    nyt_2016-04-21_crucial-wins-for-clinton-and-tru
    breitbart_2016-06-26_clinton-swipes-at-trump-over-bre
    nyt_2016-06-27_britain-s-exit-looms-over-clinto
    breitbart_2016-06-28_sanders-brexit-s-message-could-d
    west-journal_2016-07-18_nevertrump-delegates-disrupt-rnc
    breitbart_2016-07-19_former-ag-mukasey-at-rnc-clinton
    breitbart_2016-07-19_republicans-begin-roll-call-vote
    nyt_2016-07-21_amid-discord-trump-claims-nomina
    breitbart_2016-07-27_obama-to-frame-election-as-comma
    huff-post_2016-07-27_guns-are-the-ultimate-public-hea
    wash-post_2016-07-27_bill-clinton-addresses-a-very-di
    nyt_2016-07-29_obama-lays-out-stakes-for-a-divi
    """.split()
)
#: PolNeAR **train** articles of the lead's blind reading of session 16, reserved at 01:05 UTC before any helper
#: started (four stories: Trump and Ryan's meeting, May 2016; Trump skipping the Fox debate, January 2016; reactions
#: to Obama's terror speech and Trump's Muslim ban, December 2015; the Clinton Foundation's ties, August 2016; 14
#: articles in no labelled set): the same rule as :data:`BLIND_POLNEAR`.
BLIND_POLNEAR16 = frozenset(
    """
    breitbart_2016-05-12_trump-ryan-pledge-to-work-togeth
    politico_2016-05-12_the-trump-gop-feud-lives-on
    west-journal_2016-05-14_gingrich-takes-talk-of-being-tru
    huff-post_2016-05-31_how-paul-ryan-thinks-about-donal
    politico_2016-01-28_super-pac-blasts-trump-for-skipp
    usa-today_2016-01-29_absent-trump-derides-debate-cruz
    west-journal_2016-01-29_trump-made-this-shocking-final-d
    usa-today_2015-12-07_republicans-reaction-is-that-all
    wash-post_2015-12-10_netanyahu-rejects-trump-s-remark
    breitbart_2015-12-11_charles-barkley-takes-on-donald-
    nyt_2016-08-11_new-emails-raise-queries-over-cl
    breitbart_2016-08-24_report-half-clinton-s-state-meet
    breitbart_2016-08-24_john-bolton-hillary-s-campaign-s
    usa-today_2016-08-24_turkish-suspect-donated-to-clint
    """.split()
)
#: PolNeAR **train** articles of the lead's blind reading of session 17, reserved at 04:01 UTC before any helper
#: started (four stories: the GOP debate of November 10, 2015; the Paris attacks in the campaign, November 2015; the
#: Iowa caucuses' aftermath, February 2016; Sanders's polls after New Hampshire, February 2016; 16 articles in no
#: labelled set): the same rule as :data:`BLIND_POLNEAR`.
BLIND_POLNEAR17 = frozenset(
    """
    west-journal_2015-11-10_ben-carson-slams-hillary-and-the
    huff-post_2015-11-11_a-meaningful-exchange-actually-h
    huff-post_2015-11-11_dems-react-to-gop-debate
    politico_2015-11-11_clinton-blasts-trump-over-deport
    wash-post_2015-11-15_carnage-renews-debate-over-milit
    breitbart_2015-11-19_hillary-clinton-calls-on-u-s-to-
    huff-post_2015-11-20_trump-may-not-have-suggested-a-m
    politico_2015-11-20_de-blasio-trust-bratton-on-secur
    huff-post_2016-02-01_read-live-updates-on-the-iowa-ca
    huff-post_2016-02-02_don-t-let-the-media-and-marco-ru
    west-journal_2016-02-02_there-s-something-funny-about-hi
    politico_2016-02-05_carson-cruz-taking-benghazi-appr
    breitbart_2016-02-18_ap-gfk-poll-voters-increasingly-
    breitbart_2016-02-18_poll-bernie-sanders-burns-hillar
    usa-today_2016-02-10_insurgent-tops-institution-in-sa
    wash-post_2016-02-10_after-a-big-loss-clinton-looks-f
    """.split()
)
#: PolNeAR **train** articles of the lead's blind reading of session 18, reserved at 06:45 UTC before any helper
#: started (four stories: Clinton clinching the nomination, June 2016; the Orlando shooting in the campaign, June
#: 2016; Clinton and Sanders around the Michigan primary and the Miami debate, March 2016; Trump's visit to Mexico,
#: August 2016; 15 articles in no labelled set): the same rule as :data:`BLIND_POLNEAR`.
BLIND_POLNEAR18 = frozenset(
    """
    west-journal_2016-06-06_breaking-latest-primary-has-big-
    breitbart_2016-06-08_ready-to-back-clinton-obama-work
    huff-post_2016-06-08_hillary-clinton-wins-south-dakot
    nyt_2016-06-08_durability-carries-clinton-to-he
    politico_2016-06-14_sanders-scripts-his-primary-seas
    politico_2016-06-13_terrorism-experts-rebuke-trump-p
    west-journal_2016-06-13_omar-mateen-worked-with-departme
    usa-today_2016-06-15_obama-rips-rhetoric-over-radical
    huff-post_2016-03-09_networks-didn-t-cut-from-donald-
    nyt_2016-03-09_clinton-tries-to-reframe-revolut
    politico_2016-03-10_hillary-clinton-s-backseat-drive
    west-journal_2016-03-10_bombshell-hillary-photo-from-dur
    breitbart_2016-08-31_jeff-sessions-rudy-giuliani-wear
    usa-today_2016-09-01_trump-didn-t-need-to-meet-with-p
    nyt_2016-09-03_as-trump-demands-wall-smugglers-
    """.split()
)
#: PolNeAR **train** articles of the lead's blind reading of session 19, reserved at 09:50 UTC before any helper
#: started (four stories: Trump's remarks on Judge Curiel and Ryan's "racist", June 2016; Sanders and the platform
#: fight, June 2016; after the Democratic convention, July 2016; conservatives rallying to Cruz before Iowa, January
#: 2016; 16 articles in no labelled set): the same rule as :data:`BLIND_POLNEAR`.
BLIND_POLNEAR19 = frozenset(
    """
    huff-post_2016-06-08_chuck-grassley-compares-trump-s-
    huff-post_2016-06-08_why-republicans-won-t-renounce-t
    nyt_2016-06-09_ryan-calls-trump-line-racist-but
    huff-post_2016-06-09_rubio-i-still-believe-trump-can-
    wash-post_2016-06-27_the-revolutionary-s-next-tactic-
    nyt_2016-06-28_clinton-and-warren-team-up-on-tr
    usa-today_2016-06-29_sanders-ready-to-take-a-stand-to
    politico_2016-07-02_sanders-california-supporters-ca
    west-journal_2016-07-29_clinton-acceptance-speech-skewer
    politico_2016-07-29_trump-clinton-should-have-congra
    huff-post_2016-07-31_clinton-says-russians-hacked-dnc
    nyt_2016-08-01_pressure-rises-on-trump-after-cr
    breitbart_2016-01-10_conservative-icon-morton-blackwe
    nyt_2016-01-12_evangelical-iowans-flock-to-cruz
    breitbart_2016-01-19_long-time-leaders-of-conservativ
    usa-today_2016-01-26_candidates-fan-out-in-iowa-as-ca
    """.split()
)
#: Every PolNeAR train article reserved for a blind reading, the one set a script that lists, groups or reads train
#: articles one by one skips. ``lede_items`` and ``judgement`` keep to :data:`BLIND_POLNEAR`: their labelled draws were
#: made before session 16, and :data:`BLIND_POLNEAR16` to :data:`BLIND_POLNEAR19` were chosen from
#: articles in no labelled set.
RESERVED_POLNEAR = BLIND_POLNEAR | BLIND_POLNEAR16 | BLIND_POLNEAR17 | BLIND_POLNEAR18 | BLIND_POLNEAR19
