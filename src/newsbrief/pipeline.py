"""The brief pipeline: clean -> split -> select -> order -> support (-> analyse) -> Brief.

``Briefer`` is the reusable pipeline (build once, brief many clusters); :func:`brief` is the thin
function-first face over it. Stages are plain functions from the modules they live in; this module
only wires them together and collects warnings for the reader. The sources' steps live beside it:
cleaning, copies and language in :mod:`newsbrief.ingest.sources`, each source's story sentences and
:class:`Sources` in :mod:`newsbrief.story_text` (both names stay importable from here).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import replace

from newsbrief.analysis import Analysis
from newsbrief.blas import one_blas_thread
from newsbrief.compare.support import attach_support, support_matrix, support_rows
from newsbrief.config import BriefConfig
from newsbrief.errors import EmptyInputError, InputError
from newsbrief.ingest.sources import clean_articles, in_one_language
from newsbrief.model import Article, Brief, Sentence
from newsbrief.story_text import Sources, story_sentences
from newsbrief.summarize.antecedents import name_pronouns, named_positions
from newsbrief.summarize.base import Selector
from newsbrief.summarize.central import centrality
from newsbrief.summarize.concepts import ConceptWeights
from newsbrief.summarize.descriptions import name_descriptions
from newsbrief.summarize.genre import (
    declares_opinion,
    kept_out_of_news,
    news_judged,
    note_sources,
    opinion_probabilities,
    source_genres,
    unnoted_voices,
    verdicts,
)
from newsbrief.summarize.given_names import complete_given_names
from newsbrief.summarize.ilp import ConceptILP
from newsbrief.summarize.introduce import introduce_people, introductions_first
from newsbrief.summarize.lede import sets_the_scene
from newsbrief.summarize.opinion import attribute_views, opinion_scores
from newsbrief.summarize.order import continues, depth, keep_runs_together, order_sentences, peg_first
from newsbrief.summarize.pages import set_apart
from newsbrief.summarize.quality import QualityCache, speaks_to_reader
from newsbrief.summarize.quote_pieces import join_pieces, without_speakerless_pieces
from newsbrief.summarize.referents import WithReferents, named_first
from newsbrief.summarize.repeats import WithoutRepeats
from newsbrief.summarize.speakers_shown import label_words, show_speakers, speakers_hold_their_views
from newsbrief.summarize.standalone import standalone_mask, unresolved_pronoun
from newsbrief.summarize.story_names import introduce_from_story
from newsbrief.summarize.units import WithUnits
from newsbrief.summarize.upcoming import announces, overtaken
from newsbrief.text.letters import readers_views
from newsbrief.text.tokens import word_count
from newsbrief.text.wire import declares_wire_copy

logger = logging.getLogger(__name__)

__all__ = ["Briefer", "Sources", "brief", "clean_articles", "in_one_language", "story_sentences"]


class Briefer:
    """A reusable brief pipeline for one configuration.

    Args:
        config: every setting; see :class:`~newsbrief.config.BriefConfig`.
        selector: the sentence selector; by default the concept ILP built from ``config``, with
            no two sentences stating the same fact (evaluation swaps in peers here).
    """

    def __init__(self, config: BriefConfig | None = None, *, selector: Selector | None = None) -> None:
        self.config = config or BriefConfig()
        cfg = self.config
        self._quality = QualityCache()
        self.selector = selector or WithoutRepeats(
            ConceptILP(
                ConceptWeights(position_weight=cfg.position_weight),
                quality_weight=cfg.quality_weight,
                quality=self._quality,
            ),
            threshold=cfg.repeat_threshold,
            same_fact_threshold=cfg.repeat_same_fact if cfg.repeat_same_fact < 1.0 else None,
        )
        if cfg.referents != "off":
            self.selector = WithReferents(
                self.selector,
                checks=cfg.referents,
                name_pronouns=cfg.name_pronouns,
                cross_paragraph=cfg.pronoun_across_paragraphs,
            )
        if cfg.units and cfg.opinion != "omit":  # a unit could carry in a verdict that "omit" keeps out
            self.selector = WithUnits(
                self.selector,
                min_words=cfg.min_sentence_words,
                max_words=cfg.max_sentence_words,
                quality=self._quality if cfg.quality_weight > 0 else None,
                carry=unresolved_pronoun if "pronoun" in cfg.referent_checks else None,
            )

    def eligible(self, sentences: Sequence[Sentence], *, require_closing: bool = True) -> list[bool]:
        """Which sentences may go into a summary: standalone and of a sensible length.

        ``require_closing=False`` also admits lines without closing punctuation (bullets,
        captions): readable as facts, though not chosen for the summary.
        """
        cfg = self.config
        mask: list[bool] = []
        start = 0
        while start < len(sentences):
            end = start
            while end < len(sentences) and sentences[end].article_id == sentences[start].article_id:
                end += 1
            article = sentences[start:end]
            named = named_positions(article, cfg.pronoun_across_paragraphs) if cfg.name_pronouns else ()
            mask.extend(standalone_mask(article, require_closing=require_closing, named=named))
            start = end
        return [
            ok and cfg.min_sentence_words <= word_count(s.text) <= cfg.max_sentence_words
            for ok, s in zip(mask, sentences, strict=True)
        ]

    def sources(self, articles: Iterable[Article]) -> Sources | None:
        """Clean, keep one language, split, mask, and set apart what is not an article of the story.

        The one path from input articles to the sentences a brief (or an evaluation) selects from; every
        source not summarised is kept with its reason. ``None`` when nothing is left after cleaning.
        """
        cleaned, warnings = clean_articles(articles)
        if not cleaned:
            return None
        cleaned, apart, language = in_one_language(cleaned)
        per_article = [story_sentences(a, language=language, splitter=self.config.splitter) for a in cleaned]
        masks = [self.eligible(group) for group in per_article]
        if self.config.pages:
            keep, pages_apart, page_warnings = set_apart(cleaned, per_article, masks)
            apart += pages_apart
            warnings += page_warnings
            cleaned, per_article, masks = (
                [x for x, k in zip(seq, keep, strict=True) if k] for seq in (cleaned, per_article, masks)
            )
        warnings += [a.warning for a in apart]
        return Sources(
            articles=tuple(cleaned),
            sentences=tuple(s for group in per_article for s in group),
            eligible=tuple(ok for mask in masks for ok in mask),
            counts={a.id: len(group) for a, group in zip(cleaned, per_article, strict=True)},
            language=language,
            not_summarised=tuple(apart),
            warnings=tuple(warnings),
        )

    def _source_genre(
        self, sentences: list[Sentence], opinion: list[float], cleaned: list[Article]
    ) -> tuple[dict[str, float], set[str]]:
        """What the learned sentence decisions read of each source: its P(opinion piece), and the ids of those that
        declare themselves opinion."""
        genre_p = opinion_probabilities(sentences, opinion, self.config.opinion_threshold)
        return genre_p, {a.id for a in cleaned if declares_opinion(a)}

    def _judgement(self, sentences: list[Sentence], opinion: list[float], cleaned: list[Article]) -> list[float]:
        """Each sentence's P(its writer's own judgement) by the sentence-level judgement model: it reads each
        source's P(opinion piece) and declaration as features, so one threshold serves news and opinion pieces."""
        from newsbrief.summarize.judgement import judgement_scores

        return judgement_scores(sentences, *self._source_genre(sentences, opinion, cleaned))

    def _select_without(
        self,
        sentences: list[Sentence],
        eligible: list[bool],
        kept_out: list[bool],
        quality: list[float] | None,
        words: int | None = None,
    ) -> list[Sentence]:
        """Select from the sentences not kept out (``BriefConfig.pieces_out_of_news``). They leave the pool, not
        only the eligible mask: a selection unit (:mod:`newsbrief.summarize.units`) would otherwise carry one back
        in with the sentence before it. The pool keeps the quality scores its sentences had in the whole list."""
        keep = [k for k, out in enumerate(kept_out) if not out]
        pool = [sentences[k] for k in keep]
        if quality is not None:
            self._quality.prime(pool, [quality[k] for k in keep])
        return self.selector(pool, self.config.words if words is None else words, [eligible[k] for k in keep])

    def _genre_cut(self) -> float:
        """P(opinion piece) at which a source is taken for one: where the note claims the genre itself
        (``opinion="source"``) a higher bar than where the genre only lowers the sentence verdict's."""
        return self.config.source_note_threshold if self.config.opinion == "source" else self.config.genre_threshold

    def __call__(self, articles: Sequence[Article]) -> Brief:
        """Brief one story.

        With one BLAS thread (:mod:`newsbrief.blas`): the products of a brief are small, and a second thread
        mostly spins (the brief is the same, bit for bit; BENCHMARKS.md "Speed", Session 13).

        Raises:
            EmptyInputError: no articles, or none with text left after cleaning.
        """
        with one_blas_thread():
            return self._brief(articles)

    def _brief(self, articles: Sequence[Article]) -> Brief:
        """:meth:`__call__`'s work."""
        if not articles:
            raise EmptyInputError("no articles to brief")
        for art in articles:
            if not art.text.strip():
                raise EmptyInputError("article is empty or only whitespace", source=art.where)
        if len({a.id for a in articles}) != len(articles):
            raise InputError("article ids must be unique within one brief")
        prepared = self.sources(articles)
        if prepared is None:  # each source's reason (a page of readers' comments alone is no cleaning fault)
            _, why = clean_articles(articles)
            raise EmptyInputError("no article has any story text left after cleaning: " + "; ".join(why))
        cleaned = list(prepared.articles)
        warnings = list(prepared.warnings)
        if len(cleaned) == 1:
            warnings.append("only one source: the brief summarises it, with nothing to compare against")
        if self.config.analysis:
            from newsbrief.analysis import check_analysable  # imports no model

            check_analysable(cleaned)
        sentences = list(prepared.sentences)
        eligible = list(prepared.eligible)
        verdict = [False] * len(sentences)
        kept_out: list[bool] | None = None
        wants_quality = self.config.quality_weight > 0
        opinion = opinion_scores(sentences) if self.config.opinion != "off" or wants_quality else None
        quality = self._quality.scores(sentences, opinion) if wants_quality else None  # selection reuses them
        if opinion is not None and self.config.opinion != "off":
            # read on the input: cleaning may drop an agency's byline or copyright line
            wire = {a.id for a in articles if declares_wire_copy(a)} if self.config.voice_check else set()
            genres = (
                source_genres(sentences, opinion, self.config.opinion_threshold, self._genre_cut(), cleaned, wire)
                if self.config.genre
                else {}
            )
            cleaned = [replace(a, genre=genres.get(a.id)) for a in cleaned]
            if self.config.judgement_notes > 0:
                verdict = [p >= self.config.judgement_notes for p in self._judgement(sentences, opinion, cleaned)]
            else:
                verdict = verdicts(
                    sentences,
                    opinion,
                    genres,
                    news_threshold=self.config.opinion_threshold,
                    opinion_threshold=self.config.opinion_piece_threshold,
                    own_judgement_in_news=self.config.news_note_needs_judgement,
                )
                if self.config.news_note_judgement > 0:
                    verdict = news_judged(
                        sentences,
                        verdict,
                        genres,
                        self._judgement(sentences, opinion, cleaned),
                        self.config.news_note_judgement,
                    )
            if self.config.voice_check:
                verdict = unnoted_voices(sentences, verdict, wire, genres)
            verdict = readers_views(sentences, verdict, cleaned)
            if self.config.opinion == "omit":
                eligible = [ok and not v for ok, v in zip(eligible, verdict, strict=True)]
            elif self.config.pieces_out_of_news > 0:
                out = kept_out_of_news(
                    sentences,
                    opinion,
                    *self._source_genre(sentences, opinion, cleaned),
                    piece_cut=self.config.pieces_out_of_news,
                    verdict_cut=self.config.opinion_piece_threshold,
                )
                kept_out = out if any(out) else None
        words = self.config.words
        while True:
            if kept_out is None:
                chosen = self.selector(sentences, words, eligible)
            else:
                chosen = self._select_without(sentences, eligible, kept_out, quality, words)
            # The speaker labels the chosen sentences need ("[LEE:]", :mod:`newsbrief.summarize.speakers_shown`) are
            # shown only within the budget: select once more with their words left free (session 17).
            need = label_words(chosen, cleaned) if self.config.introduce and words == self.config.words else 0
            if not need or sum(word_count(s.text) for s in chosen) + need <= words or need >= words:
                break
            words -= need
        self.selector.forget()  # what selection kept for re-selecting is not held through support and the analysis
        if not chosen and sentences:
            budget = self.config.words
            if any(ok and word_count(s.text) > budget for s, ok in zip(sentences, eligible, strict=True)):
                warnings.append(f"no sentence fits the {budget}-word budget as a standalone sentence; raise --words")
            elif any(eligible):  # the selection's referents check refused every one (summarize/referents.py)
                warnings.append(
                    "no sentence of the sources can stand alone in a summary (each needs a speaker for its 'I', a "
                    "name for its 'he' or 'the company', or the sentence before it)"
                )
            else:  # a larger budget would let nothing in: do not send the reader after one
                warnings.append("no sentence of the sources can stand alone in a summary (too short, too long or cut)")
        counts = prepared.counts
        ordered = order_sentences(chosen, cleaned, counts)
        if self.config.introduce:
            ordered = introductions_first(ordered)
        if "nouns" in self.config.referent_checks:
            ordered = named_first(ordered, sentences)
        ordered = keep_runs_together(ordered)
        threshold = self.config.same_fact_threshold
        # The n x n same-fact matrix only where facts are aligned across sources, and only up to a size whose
        # memory is bounded; support alone needs the rows of the summary sentences (linear in n).
        aligned = self.config.analysis and len(sentences) <= self.config.max_aligned_sentences
        same = support_matrix(sentences) if aligned else None
        if same is not None:
            summary = attach_support(ordered, sentences, same, threshold=threshold)
        else:
            rows = support_rows(sentences, ordered)
            summary = attach_support(ordered, sentences, rows, threshold=threshold, rows_of_chosen=True)
        at = {(s.article_id, s.index): k for k, s in enumerate(sentences)}
        scenes = [sets_the_scene(s.text) for s in ordered]
        central = centrality(ordered, sentences) if self.config.peg_central else None
        if central is not None:  # a scene is one writer's: being near the story's words never lifts it to the top
            central = [c if k == 0 or not scenes[k] else 0.0 for k, c in enumerate(central)]
        announcing = [announces(s.text) for s in ordered] if self.config.peg_upcoming else None
        summary = peg_first(
            summary,
            [depth(s, counts) for s in ordered],
            None if quality is None else [quality[at[(s.article_id, s.index)]] for s in ordered],
            follows=continues(ordered),
            furniture=[speaks_to_reader(s.text) for s in ordered],
            scene=scenes if self.config.news_first else None,
            central=central,
            overtaken=None if announcing is None else overtaken(ordered, cleaned, announcing),
            announcing=announcing,
        )
        if self.config.opinion == "attribute":
            summary = attribute_views(summary, sentences, verdict, cleaned)
        elif self.config.opinion == "source":
            summary = note_sources(summary, cleaned)
        if self.config.name_pronouns:
            summary = name_pronouns(summary, sentences, self.config.pronoun_across_paragraphs)
        if self.config.name_descriptions:
            summary = name_descriptions(summary, sentences)
        summary = join_pieces(summary, cleaned)  # one quotation, one bullet (summarize/quote_pieces.py)
        if self.config.introduce:
            summary = introduce_people(summary, cleaned)
            if self.config.introduce_story:
                summary = introduce_from_story(summary, cleaned)
            summary = show_speakers(complete_given_names(summary, cleaned), cleaned, words=self.config.words)
        analysis = Analysis()
        if self.config.analysis:
            from newsbrief.analysis import analyse  # loads spaCy when called: only on this path
            from newsbrief.compare.conflict_support import drop_conflicting_support

            if same is None:
                warnings.append(
                    f"{len(sentences):,} sentences: over the {self.config.max_aligned_sentences:,} whose facts are "
                    "aligned across sources; agreement and differences are left out"
                )
            readable = self.eligible(sentences, require_closing=False)
            analysis = analyse(
                cleaned,
                sentences,
                readable,
                same,
                threshold=threshold,
                conflict_threshold=self.config.conflict_threshold,
                conflict_decision=self.config.conflict_decision,
                conflict_slots=self.config.conflict_slots,
                unresolved_dates=self.config.timeline == "all",
            )
            summary = list(drop_conflicting_support(summary, analysis.conflicts))
            if self.config.introduce:  # a quotation's speaker needs the quotes' parse: shown only here
                summary = show_speakers(summary, cleaned, analysis.quotes, self.config.words)
        summary = without_speakerless_pieces(summary, cleaned)  # a quotation's piece with no speaker shown
        if self.config.voice_check:
            summary = speakers_hold_their_views(summary)
        for warning in warnings:
            logger.warning("%s", warning)
        return Brief(
            summary=tuple(summary),
            sources=tuple(cleaned),
            words=self.config.words,
            warnings=tuple(warnings),
            entities=analysis.entities,
            quotes=analysis.quotes,
            facts=analysis.facts,
            conflicts=analysis.conflicts,
            timeline=analysis.timeline,
            analysed=self.config.analysis,
            not_summarised=prepared.not_summarised,
        )


def brief(articles: Sequence[Article], config: BriefConfig | None = None, **settings: object) -> Brief:
    """Brief several reports of one story.

    Args:
        articles: the reports (see :func:`newsbrief.read_articles`).
        config: all settings; defaults to ``BriefConfig()``.
        **settings: individual settings applied on top of ``config`` (``words=100``).

    Returns:
        The :class:`~newsbrief.model.Brief`: summary sentences with their support, and the
        cleaned sources every offset points into.

    Raises:
        InputError: empty input or articles without text.
        ConfigError: an unknown or impossible setting.
    """
    config = (config or BriefConfig()).replace(**settings) if settings else (config or BriefConfig())
    return Briefer(config)(articles)
