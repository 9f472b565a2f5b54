"""Order the chosen sentences so the brief reads as a story.

By the relative position of each sentence in its article, so that leads come before details
(Barzilay, Elhadad & McKeown 2002 found position- and chronology-based orderings read far better
than arbitrary ones); sentences at the same depth follow their source's date where known, then the
input order of the articles. Two sentences that follow each other in their source stay together, the earlier
first (:func:`keep_runs_together`): a sentence that leans on the one before it ("The company said ...") reads
as its source wrote it. Once support is known, the lead that most sources report moves to the top
(:func:`peg_first`): the news peg, what happened, before what one source adds; a sentence that speaks to the
reader like page furniture, or a feature's scene-setting lede (:mod:`.lede`), never opens the brief.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from newsbrief.model import Article, Sentence, SummarySentence


def depth(sentence: Sentence, counts: Mapping[str, int]) -> float:
    """Relative position of a sentence in its article, rounded so that leads of different articles tie."""
    return round(sentence.index / max(1, counts.get(sentence.article_id, 1)), 1)


def order_sentences(chosen: Sequence[Sentence], articles: Sequence[Article], counts: dict[str, int]) -> list[Sentence]:
    """Return ``chosen`` in reading order.

    Args:
        chosen: the selected sentences.
        articles: the cluster's articles, in input order (ties follow it).
        counts: number of sentences per article id (for relative positions).
    """
    rank = {a.id: k for k, a in enumerate(articles)}
    dated = {a.id: a.published or "" for a in articles}

    def key(s: Sentence) -> tuple[float, str, int, int]:
        # Sentences at the same depth of different articles tie and fall back to date and input order.
        return (depth(s, counts), dated[s.article_id], rank[s.article_id], s.index)

    return sorted(chosen, key=key)


def keep_runs_together(ordered: Sequence[Sentence]) -> list[Sentence]:
    """Place each chosen sentence right after the chosen sentence before it in its own article.

    A run (sentences ``k, k+1, ...`` of one article, all chosen) is read where its first-placed member
    stands, in source order: depth ordering can put another article's lead between "Halle Berry launched a
    lingerie line." and "The Oscar winner's line ... went on sale at Target", and the second then names no one.
    """
    present = {(s.article_id, s.index) for s in ordered}
    position = {(s.article_id, s.index): k for k, s in enumerate(ordered)}
    runs: dict[tuple[str, int], list[Sentence]] = {}
    for s in ordered:
        head = s.index
        while (s.article_id, head - 1) in present:
            head -= 1
        runs.setdefault((s.article_id, head), []).append(s)
    placed = sorted(runs.values(), key=lambda run: min(position[(s.article_id, s.index)] for s in run))
    return [s for run in placed for s in sorted(run, key=lambda s: s.index)]


def continues(ordered: Sequence[Sentence]) -> list[bool]:
    """For each sentence in reading order: whether the sentence just before it is the one before it in its source."""
    return [
        k > 0 and ordered[k - 1].article_id == s.article_id and ordered[k - 1].index == s.index - 1
        for k, s in enumerate(ordered)
    ]


def peg_first(
    summary: Sequence[SummarySentence],
    depths: Sequence[float],
    quality: Sequence[float] | None = None,
    *,
    follows: Sequence[bool] | None = None,
    furniture: Sequence[bool] | None = None,
    scene: Sequence[bool] | None = None,
    central: Sequence[float] | None = None,
    overtaken: Sequence[bool] | None = None,
    announcing: Sequence[bool] | None = None,
) -> list[SummarySentence]:
    """Move to the top the sentence most sources report among those at the first sentence's depth.

    Args:
        summary: the summary in reading order, support attached.
        depths: :func:`depth` of each summary sentence (the first ones share the smallest).
        quality: how well each summary sentence reads alone (:mod:`.quality`); among leads reported by as
            many sources, the one that reads best goes first. None: sources alone decide.
        follows: per sentence, whether it continues the one before it in its source (:func:`continues`):
            such a sentence never moves away from it, and a moved sentence takes its continuation along.
        furniture: per sentence, whether it speaks to the reader like page furniture
            (:func:`~newsbrief.summarize.quality.speaks_to_reader`): it never opens the brief.
        scene: per sentence, whether it is a feature's scene-setting or anecdotal lede
            (:func:`~newsbrief.summarize.lede.sets_the_scene`): it never opens the brief either, as furniture.
        central: per sentence, how central it is to the whole story (:func:`~newsbrief.summarize.central.centrality`):
            among leads reported by as many sources, the one whose centrality times ``quality`` is highest goes
            first (central and able to stand alone), then the one that reads best.
            In a story told over several days support is 1 for nearly every lead, and without it the first
            lead by date (often a follow-up) opened the brief while the event most sources are about came
            later (session 17, peg18). None: as before.
        overtaken: per sentence, whether it announces an event still to come and a source of the story is dated
            on a later day (:func:`~newsbrief.summarize.upcoming.overtaken`): among leads reported by as many
            sources, one that is not goes first, whatever its centrality (a preview shares the story's words and
            reads well alone, but the peg is what happened; session 18, peg19). None: as before.
        announcing: per sentence, whether it announces an event still to come
            (:func:`~newsbrief.summarize.upcoming.announces`): an overtaken first sentence gives way only to a lead
            that does not (one preview in place of another is no better). Needed with ``overtaken``.

    A sentence moves only when it is reported by more sources than the current first one, or by as many and is more
    central to the story, or as central and reads better; it never comes from deeper in an article than the first,
    so a detail never opens the brief. The floor comes before both: when the first sentence is furniture-like, the
    best lead that is neither goes first whatever its support; when it sets a scene, the best such lead that as many
    sources report or more (a scene is one writer's, and the detector is weak: a news lede several sources carry,
    which it took for a scene, stays first; review28: of the 14 val_raw and DUC task 5 briefs the rule moved, the
    first sentence had one source in 13, and two in the 14th, the AP's news lede "Secretary of State Madeleine
    Albright arrived here this evening ...", which gave way to a one-source lead). Failing a lead, furniture gives
    way to the first sentence of the summary that is not furniture; a scene stays first (read on val_raw, the deeper
    sentence that took its place leaned on what the article said before it more often than it stated the news).
    """
    if len(summary) < 2:
        return list(summary)
    follows = follows if follows is not None else [False] * len(summary)
    barred = [
        f or s
        for f, s in zip(
            furniture if furniture is not None else [False] * len(summary),
            scene if scene is not None else [False] * len(summary),
            strict=True,
        )
    ]
    heads = [k for k in range(len(summary)) if not follows[k] and not barred[k]]
    if not heads:
        return list(summary)
    leads = [k for k in heads if depths[k] == depths[0]]

    def key(k: int) -> tuple[int, bool, float, float, int]:
        read = quality[k] if quality is not None else 0.0
        # central to the story and able to stand alone, both: "That's the consensus of experts ..." shares the
        # story's words and leans on what came before it (free PolNeAR train, peg18)
        core = 0.0 if central is None else central[k] * (read if quality is not None else 1.0)
        ahead = overtaken is not None and overtaken[k]
        return (summary[k].n_sources, not ahead, core, read, -k)

    if barred[0]:
        first_is_furniture = furniture is not None and furniture[0]
        if not first_is_furniture:  # a scene is one writer's: a sentence more sources carry is news they share
            leads = [k for k in leads if summary[k].n_sources >= summary[0].n_sources]
        if leads:
            best = max(leads, key=key)
        elif first_is_furniture:
            best = heads[0]
        else:  # a scene gives way to another lead only: a detail from deeper reads worse first than the scene
            return list(summary)
    else:
        if overtaken is not None and announcing is not None and overtaken[0]:
            leads = [k for k in leads if k == 0 or not announcing[k]]
        best = max(leads, key=key) if leads else 0
        if best == 0 or key(best)[:4] <= key(0)[:4]:
            return list(summary)
    end = best + 1
    while end < len(summary) and follows[end]:
        end += 1
    out = list(summary)
    return out[best:end] + out[:best] + out[end:]
