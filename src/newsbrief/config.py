"""Every knob of a brief in one frozen object (DESIGN.md, rule 1).

CLI flags, keyword arguments of :func:`newsbrief.brief` and the HTTP body all map onto
:class:`BriefConfig`; nothing else holds a tunable of the brief. Defaults are the settings measured in
BENCHMARKS.md. What is read, and how much of it, is not the brief's business: the byte cap on input
(``DEFAULT_MAX_BYTES``) lives with the readers in :mod:`newsbrief.ingest.decode`, the fetcher's in
:class:`newsbrief.web.FetchPolicy`, a stories run's in ``StoriesRunConfig.max_bytes``.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from math import isfinite
from numbers import Integral, Real
from typing import Any

from newsbrief.errors import ConfigError
from newsbrief.text.splitters import DEFAULT_SPLITTER, SPLITTERS

#: What the timeline shows: entries placed on the calendar, or also those whose date is unresolved.
TIMELINE_CHOICES = ("resolved", "all")
OPINION_CHOICES = ("attribute", "source", "omit", "off")
#: What selection checks the rest of the summary gives a chosen sentence (:mod:`newsbrief.summarize.referents`).
REFERENT_CHECKS = ("names", "nouns", "pronoun", "voice")
#: How candidate conflicts are decided (see ``BriefConfig.conflict_decision``).
CONFLICT_DECISIONS = ("rules", "both", "learned")


@dataclass(frozen=True, slots=True)
class BriefConfig:
    """Settings of one brief.

    Attributes:
        words: word budget of the summary; the summary never exceeds it.
        min_sentence_words: sentences shorter than this are not selected (datelines, captions).
        max_sentence_words: sentences longer than this are not selected (run-on scraping debris).
        position_weight: strength of the lead prior in concept weights (0 turns it off).
        same_fact_threshold: probability (of :mod:`newsbrief.compare.same_fact`) at or above which a
            sentence of another source states the same fact: it then counts as support ("reported by
            N sources") and as the same fact across sources. Chosen on the labelled pairs for
            precision (``benchmarks/same_fact.py``; BENCHMARKS.md "Trust").
        conflict_threshold: P(same fact) at or above which two sentences of different sources are compared
            for conflicting values (:mod:`newsbrief.compare.conflicts`); lower than ``same_fact_threshold``
            because a differing value itself lowers P(same fact). Chosen on the development part of the
            labelled conflicts (``benchmarks/conflicts.py``; BENCHMARKS.md "Conflicts").
        conflict_decision: how candidate conflicts are decided (:data:`newsbrief.compare.conflicts.DECISIONS`):
            ``rules`` (the strict rules of :mod:`newsbrief.compare.conflicts`), ``both`` (the rules' candidates
            that the learned decision of :mod:`newsbrief.compare.conflict_model` also accepts) or ``learned``
            (the learned decision over looser candidates). Chosen on the development labels (BENCHMARKS.md
            "Conflicts").
        conflict_slots: with the ``learned`` decision, also weigh candidates by slot
            (:mod:`newsbrief.compare.slot_pairs`: one person's age, one distance from a named place) in
            sentences that align below ``conflict_threshold``.
        repeat_threshold: TF-IDF cosine at or above which two summary sentences say the same thing,
            so only one is kept (recall matters here: a repeat wastes the reader's time).
        repeat_same_fact: P(same fact) at or above which two summary sentences of different sources are
            also a repeat; selection keeps the pair apart (:mod:`newsbrief.summarize.repeats`; 1.0 turns the
            check off; BENCHMARKS.md "Trust", chosen on the development part within the ROUGE floor).
        quality_weight: how strongly selection prefers sentences that read well alone, are news and not
            a writer's verdict (:mod:`newsbrief.summarize.quality`, a model fitted on the development trust
            labels; 0 turns it off). Chosen on the development labels and ROUGE (BENCHMARKS.md "Trust").
        analysis: run entities, quotes, agreement and timeline (loads spaCy once per process);
            off, the brief is the summary with its support only (the fast path).
        max_aligned_sentences: with analysis, facts are aligned across sources from the sparse same-fact
            neighbours of every sentence (memory follows the number of similar pairs, not n x n); above this
            many sentences that step is left out with a warning, a bound for input whose sentences are nearly
            all alike (where the similar pairs do approach n x n). Raised from 5,000 (the dense n x n of
            newsbrief 0.x: 8 bytes per pair) to 50,000 once alignment went sparse: support and facts for a
            9,019-sentence story took 204 MiB peak instead of 1,557 MiB (BENCHMARKS.md, "A huge story").
            The largest cluster of Multi-News validation (raw) has 514 sentences after cleaning, of DUC 2004
            task 2 597.
        splitter: the sentence splitter (``"pysbd"``, ``"blingfire"`` or ``"nupunkt"``, see
            :mod:`newsbrief.text.splitters`); boundary F1 and speed of each on labelled news are in
            BENCHMARKS.md, "Splitting".
        opinion: what to do with a sentence that reads as its writer's own verdict
            (:mod:`newsbrief.summarize.opinion`): ``"attribute"`` keeps it and says whose view it is,
            ``"source"`` notes instead every sentence of a source taken for an opinion piece with where it is from
            ("from Variety's review", :func:`newsbrief.summarize.genre.note_sources`) and no sentence of a news
            report, ``"omit"`` keeps it out of the summary, ``"off"`` does neither. ``"attribute"`` by default: an
            opinion shown as fact is the error ../shared/EDITOR.md counts, and with ``"off"`` it rose from 8 to 46 of
            190 held-out summary sentences; the price is notes on sentences that are reported fact (83 of 336 notes
            read on unlabelled stories were right: ``benchmarks/view_reading.py``, ``benchmarks/view_cost.py``;
            BENCHMARKS.md, session 12, view13, and the lead's decision after it).
        opinion_threshold: probability at or above which a sentence is taken for the writer's verdict
            (the shipped model's threshold: dev cross-validated recall >= 0.5; ``benchmarks/opinion.py``), for
            a sentence of a news report where ``news_note_judgement`` is 0; either way it is the cut of the
            verdict rate the genre model reads (each source's P(opinion piece)).
        genre: decide each source's genre, news report or opinion piece (:mod:`newsbrief.summarize.genre`), so
            that the sentences of a review or a column are judged as its writer's (``opinion_piece_threshold``).
        genre_threshold: probability at or above which a source is taken for an opinion piece (the shipped
            model's threshold: the least cross-validated cost of missed pieces and news reports marked;
            ``benchmarks/genre.py``).
        opinion_piece_threshold: ``opinion_threshold`` for a sentence of a source taken for an opinion piece.
        news_note_needs_judgement: a sentence of a news report is taken for its writer's verdict only where it
            shows a judgement of its own outside quotations (an evaluative adjective, a hedge or intensifier,
            "I"/"we"/"you", "!" or "?"; :func:`newsbrief.summarize.opinion.own_judgement`), not from its article's
            rates alone. Off by default: on, dev wrong notes 76 -> 56 with opinion shown as fact 2 -> 2, but
            held-out (once) 48 -> 37 with 8 -> 10, and 8 -> 10 again with the genre model refitted on PolNeAR
            train genre labels (BENCHMARKS.md, session 13, opinion14): more opinion shown as fact is not traded
            for fewer wrong notes. Off gives the session 12 notes. Read only with ``news_note_judgement=0``
            (a ConfigError otherwise: that rule replaces this one's).
        judgement_notes: where > 0, the verdicts that decide notes (``opinion="attribute"``) and what
            ``opinion="omit"`` leaves out come from the sentence-level "writer's own judgement" model instead
            (:mod:`newsbrief.summarize.judgement`, fitted on the dev trust labels and PolNeAR train sentence labels),
            at this probability, whatever the source's genre (the model reads the genre itself). 0 (default): the
            verdict model and the genre thresholds above. 0.6: on the dev briefs, cross-validated, no more opinion
            shown as fact than main's notes (1 against 2 of 352) with fewer wrong notes (55 against 76); held-out
            (once) opinion shown as fact 8 -> 9, wrong notes 48 -> 32, so off by default (BENCHMARKS.md, session 14,
            notes15).
        news_note_judgement: where > 0 (and ``judgement_notes`` is 0), a sentence of a source taken for a news report
            is noted as its writer's view where the sentence-level judgement model
            (:mod:`newsbrief.summarize.judgement`) scores it at least this, instead of the verdict model at
            ``opinion_threshold`` (and ``news_note_needs_judgement``); sources taken for opinion pieces keep
            ``opinion_piece_threshold``. 61 of the 71 dev wrong notes were news-report sentences the verdict model
            scored >= 0.5. 0.55 was chosen on dev (trust dev briefs, session 19's new dev labels, the opinion-voice
            develop part: the least wrong notes plus opinion shown as fact with no more opinion shown as fact than
            the verdict rule); held-out once: trust 45 -> 40 wrong notes, 10 -> 5 opinion as fact; the new held-out
            third 31 -> 15 and 1 -> 4 (BENCHMARKS.md, session 19, notes22). 0: the verdict model's rule.
        voice_check: no note on a sentence whose view is not its writer's whatever the models read
            (:func:`newsbrief.summarize.genre.unnoted_voices`): a source that declares itself a news agency's copy
            ("DALLAS (AP) — ", author "UPI", an agency's byline; :mod:`newsbrief.text.wire`) is news, whose
            sentences carry no writer's-view note, and a sentence that is a quotation with its named speaker, or
            that the brief shows with its speaker ("[LEE:]",
            :func:`newsbrief.summarize.speakers_shown.speakers_hold_their_views`), is the speaker's view. On by
            default (BENCHMARKS.md, session 17, notes19). Three more off switches on the notes were measured and
            removed: a second check by the judgement model (``note_check``), a learned gate on news reports' notes
            (``news_note_gate``) and notes on the writer's own "we", "you" or question (``own_voice``); the gate was
            the best on dev but showed more opinion as fact on the held-out third (BENCHMARKS.md, session 19, notes21).
        source_note_threshold: with ``opinion="source"``, ``genre_threshold`` instead: P(opinion piece) at or above
            which a source is taken for one and each of its summary sentences says so (or it declares itself one).
            The note then claims the genre, so the bar is the least dev cost of opinion shown as fact + wrong notes
            (cross-validated genre scores; ``benchmarks/view_source.py --cv``; BENCHMARKS.md, session 12, note14).
        pieces_out_of_news: where > 0, a news brief (more than half of its sources below this P(opinion piece)
            and declaring nothing) leaves out every sentence of the other sources that the verdict model scores
            at or above ``opinion_piece_threshold``: the judgements of a column or a review the genre model takes
            for one, or only half believes in, are neither noted nor shown as fact, and the news reports carry
            the story (:func:`newsbrief.summarize.genre.kept_out_of_news`). 0 (off) by default. At 0.5: dev trust
            opinion shown as fact 2 -> 1, wrong notes 76 -> 69, junk 4 -> 5 of ~352; held-out (once) opinion as
            fact 10 -> 10, wrong notes 47 -> 40, junk 8 -> 9, so off by the rule fixed before that run
            (BENCHMARKS.md, session 16, notes17). ``newsbrief eval`` calls the selector alone and does not see it.
            Read only with ``opinion`` ``"attribute"`` or ``"source"``: ``"omit"`` leaves out the verdicts its own
            way and this setting then does nothing (nor with ``"off"``, which scores no verdict); the genre
            probabilities it reads are computed even with ``genre`` off.
        introduce: add a person's given name in square brackets before a surname the summary uses
            bare, where the sentence's own article gave the full name earlier and names no one else
            so ("[Jeremy] Corbyn"; :mod:`newsbrief.summarize.introduce`).
        introduce_story: with ``introduce``, also where only the story as a whole gives the full name: the reports
            together give the surname one dictionary given name and treat it as a person's
            (:mod:`newsbrief.summarize.story_names`; BENCHMARKS.md, session 16, csa16).
        name_pronouns: show "[Jane Doe]" in place of the opening "She" of a summary sentence where the
            sentence before it in its source names her and no one else it could be
            (:mod:`newsbrief.summarize.antecedents`); the ``pronoun`` check of ``referents`` then lets such a
            sentence stand without that sentence.
        pronoun_across_paragraphs: whether that sentence before may end the paragraph before the pronoun's
            (nothing between them; a run of the same pronoun still stays in one paragraph): news sites often set
            each sentence apart (BENCHMARKS.md, session 12, mend13).
        name_descriptions: show "The company [Acme]" for the opening "The company" of a summary sentence (and "The
            29-year-old [Jane Doe]" for a person's description) where the sentence before it in its source names
            it, or, for a body, its article names exactly one body of that kind before it and nothing since, and the
            cluster's reports say it is of that kind (:mod:`newsbrief.summarize.descriptions`); and "the Florida
            senator [Marco Rubio]" for a person's modified description that is a sentence's subject or a quotation's
            speaker, where its article ties every word of it to exactly one person named before
            (:mod:`newsbrief.summarize.person_description`). Display only:
            selection and the sentence's text are unchanged.
        units: also offer the selector a sentence refused alone together with the one or two before it in
            its source, where the run reads alone ("Berger said:" and the quotation after it; a quotation a
            splitter cut in two; "He ..." after the sentence naming him), counted as one candidate within the
            word budget (:mod:`newsbrief.summarize.units`; BENCHMARKS.md "Trust").
        referents: refuse a chosen sentence that leans on a person or a thing the rest of the summary never
            names, and select again; the checks joined by "+": ``names`` (a surname used bare), ``nouns`` ("the"
            + a noun its article used before: "the company"), ``pronoun`` (a "he"/"she" before any referent,
            without the sentence before it in its source), ``voice`` (an "I" outside quotes with no speaker
            named); or ``"off"`` (:mod:`newsbrief.summarize.referents`;
            BENCHMARKS.md "Trust", sixth pass).
        pages: set apart the sources that are not articles of the story (an error page, a paywall, a promo,
            an article about another story; :mod:`newsbrief.summarize.pages`): they are listed as not
            summarised with their reason. A brief is never emptied by it.
        news_first: a sentence the scene-setting detector (:mod:`newsbrief.summarize.lede`, learned on labelled
            article openings) takes for a feature's scene-setting or anecdotal lede never opens the brief: the
            best lead that states news goes first, the scene stays where ordering puts it after
            (:func:`newsbrief.summarize.order.peg_first`; BENCHMARKS.md "Trust", Session 15, lede15). Off by
            default: read blind beside their sources, the 14 of 300 val_raw and DUC task 5 briefs it reorders were
            better after in 7, before in 6 (the same in 1): no gain a reader sees (Session 15, lead).
        peg_central: among the leads at the first depth that as many sources report, the one most central to
            the whole story (its mean TF-IDF cosine with the other articles' text,
            :mod:`newsbrief.summarize.central`) opens the brief (:func:`newsbrief.summarize.order.peg_first`):
            in stories told over several days a later report's follow-up opened it (session 17, peg18).
        peg_upcoming: among those leads, one that announces an event still to come ("are expected to attend
            caucuses Monday") from a source dated before the story's latest gives way to one that announces
            nothing (:mod:`newsbrief.summarize.upcoming`): the later reports tell what happened (session 18, peg19).
        timeline: ``"resolved"`` shows the timeline entries placed on the calendar; ``"all"`` also
            shows those whose relative date found no anchor (marked "date not resolved"). Either way the
            story's dated background (``Event.background``) is shown apart, after its events.
    """

    words: int = 250
    min_sentence_words: int = 6
    max_sentence_words: int = 80
    position_weight: float = 2.0
    same_fact_threshold: float = 0.97
    conflict_threshold: float = 0.4
    conflict_decision: str = "learned"
    conflict_slots: bool = True
    repeat_threshold: float = 0.40
    repeat_same_fact: float = 0.45
    quality_weight: float = 0.25
    analysis: bool = True
    max_aligned_sentences: int = 50_000
    timeline: str = "resolved"
    splitter: str = DEFAULT_SPLITTER
    opinion: str = "attribute"
    opinion_threshold: float = 0.5
    genre: bool = True
    genre_threshold: float = 0.9
    opinion_piece_threshold: float = 0.2
    news_note_needs_judgement: bool = False
    judgement_notes: float = 0.0
    news_note_judgement: float = 0.55
    voice_check: bool = True
    source_note_threshold: float = 0.97
    pieces_out_of_news: float = 0.0
    introduce: bool = True
    introduce_story: bool = True
    name_pronouns: bool = True
    pronoun_across_paragraphs: bool = True
    name_descriptions: bool = True
    units: bool = True
    referents: str = "names+nouns+pronoun+voice"
    pages: bool = True
    news_first: bool = False
    peg_central: bool = True
    peg_upcoming: bool = True

    def __post_init__(self) -> None:
        for name, kind in _NUMBERS.items():  # "300" from a caller would fail later as a TypeError
            value = getattr(self, name)
            whole = kind is int
            if isinstance(value, bool) or not isinstance(value, Integral if whole else Real):
                raise ConfigError(f"{name} must be {'a whole' if whole else 'a'} number, got {value!r}")
            try:  # numpy's 300 or 0.5 kept as Python's (JSON, the server)
                number = kind(value)
            except OverflowError:  # a whole number too large for a float
                number = float("inf")
            # NaN or infinity passes every "< 0" check and turns selection's scores into NaN: an arbitrary brief
            if not whole and not isfinite(number):
                raise ConfigError(f"{name} must be a finite number, got {value!r}")
            object.__setattr__(self, name, number)
        if self.words < 1:
            raise ConfigError(f"words must be at least 1, got {self.words}")
        if self.min_sentence_words < 1 or self.max_sentence_words < self.min_sentence_words:
            raise ConfigError(
                "need 1 <= min_sentence_words <= max_sentence_words, got "
                f"{self.min_sentence_words} and {self.max_sentence_words}"
            )
        if self.position_weight < 0:
            raise ConfigError(f"position_weight must be >= 0, got {self.position_weight}")
        if self.quality_weight < 0:
            raise ConfigError(f"quality_weight must be >= 0, got {self.quality_weight}")
        if self.conflict_decision not in CONFLICT_DECISIONS:
            raise ConfigError(
                f"conflict_decision must be one of {', '.join(CONFLICT_DECISIONS)}, got {self.conflict_decision!r}"
            )
        for switch in _SWITCHES:  # "no" or "off" from a caller or a config file would be true
            value = getattr(self, switch)
            if not isinstance(value, (bool, int)) or value not in (0, 1):
                raise ConfigError(f"{switch} must be true or false, got {value!r}")
        if not isinstance(self.referents, str) or not self.referent_checks <= set(REFERENT_CHECKS):
            raise ConfigError(
                f"referents must be off or join some of {', '.join(REFERENT_CHECKS)} with '+', got {self.referents!r}"
            )
        if self.opinion not in OPINION_CHOICES:
            raise ConfigError(f"opinion must be one of {', '.join(OPINION_CHOICES)}, got {self.opinion!r}")
        for name in (
            "same_fact_threshold",
            "conflict_threshold",
            "repeat_threshold",
            "repeat_same_fact",
            "opinion_threshold",
            "genre_threshold",
            "opinion_piece_threshold",
            "source_note_threshold",
        ):
            value = getattr(self, name)
            if not 0.0 < value <= 1.0:
                raise ConfigError(f"{name} must be in (0, 1], got {value}")
        if not 0.0 <= self.pieces_out_of_news <= 1.0:
            raise ConfigError(f"pieces_out_of_news must be in [0, 1], got {self.pieces_out_of_news}")
        if not 0.0 <= self.judgement_notes <= 1.0:
            raise ConfigError(f"judgement_notes must be in [0, 1], got {self.judgement_notes}")
        if not 0.0 <= self.news_note_judgement <= 1.0:
            raise ConfigError(f"news_note_judgement must be in [0, 1], got {self.news_note_judgement}")
        if self.news_note_needs_judgement and self.news_note_judgement > 0:
            # the switch shapes the verdict model's rule for news reports, which news_note_judgement replaces
            raise ConfigError(
                "news_note_needs_judgement applies to the verdict model's rule for news reports, which "
                "news_note_judgement replaces: set news_note_judgement=0 to use it"
            )
        if self.max_aligned_sentences < 0:
            raise ConfigError(f"max_aligned_sentences must be >= 0, got {self.max_aligned_sentences}")
        if self.timeline not in TIMELINE_CHOICES:
            raise ConfigError(f"timeline must be one of {', '.join(TIMELINE_CHOICES)}, got {self.timeline!r}")
        if self.splitter not in SPLITTERS:
            raise ConfigError(f"splitter must be one of {', '.join(SPLITTERS)}, got {self.splitter!r}")

    @property
    def referent_checks(self) -> frozenset[str]:
        """The checks ``referents`` joins with "+" (none for ``"off"``): what the pipeline asks of it."""
        return frozenset() if self.referents == "off" else frozenset(self.referents.split("+"))

    def replace(self, **changes: Any) -> BriefConfig:
        """Return a copy with ``changes`` applied, refusing unknown names."""
        known = {f.name for f in fields(self)}
        unknown = sorted(set(changes) - known)
        if unknown:
            raise ConfigError(f"unknown BriefConfig setting(s): {', '.join(unknown)}")
        return replace(self, **changes)


#: The on/off settings of a brief; each takes true or false (0 or 1 too), never a string such as "no".
_SWITCHES = tuple(f.name for f in fields(BriefConfig) if f.type in ("bool", bool))
#: The numeric settings and the type each is kept as (a float setting takes a whole number too, and numpy's).
_NUMBERS: dict[str, type] = {
    f.name: int if f.type in ("int", int) else float
    for f in fields(BriefConfig)
    if f.type in ("int", int, "float", float)
}
