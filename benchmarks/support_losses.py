"""Where support recall is lost (issue 10): each labelled same-fact pair, the stage that drops it.

``benchmarks/trust.py`` scores support on *every* labelled cross-source pair of a cluster: a pair counts as
found when the brief's support rule (:func:`newsbrief.compare.support.attach_support` at
``same_fact_threshold``), applied with each sentence of the cluster as a claim, links one side to the other.
This script follows each undisputed ``same`` pair through the rule's stages and names the first that drops it:

1. **retrieval**: the pair is not among the cosine neighbours the model scores (TF-IDF cosine over the
   cluster below :data:`~newsbrief.compare.same_fact.MIN_COSINE`, or a word-for-word copy past the cap);
2. **gate**: a side is debris (caption, heading, link, dateline) or in a script the word tokens do not read,
   so the model never scores it (``same_fact_matrix``);
3. **model**: the same-fact probability is below the threshold;
4. **cap**: above the threshold in neither direction's top ``MAX_SUPPORT_PER_ARTICLE`` of that article;
5. found.

The same table is given for the pairs with a side in the brief's summary, with one more stage, **brief**:
the rule links the pair, but the summary sentence does not cite the other side (analysis off, as trust.py
briefs). False positives are counted by stage too, so a change can be weighed both ways.

Run: ``python benchmarks/support_losses.py --data /work/shared/data [--splits dev] [--threshold 0.97]``
(tuning: dev only).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from newsbrief.compare.same_fact import MIN_COSINE
from newsbrief.compare.support import MAX_SUPPORT_PER_ARTICLE, _neighbours, attach_support, support_matrix
from newsbrief.config import BriefConfig
from newsbrief.pipeline import Briefer
from trust_items import DEFAULT_DATA_DIR
from trust_labels import DISPUTED, Key, LabelledCluster, load_trust

STAGES = ("retrieval", "gate", "model", "cap", "brief", "found")


def pair_stages(lc: LabelledCluster, threshold: float) -> dict[frozenset[Key], tuple[str, float]]:
    """Each undisputed labelled pair: the first stage of the support rule that drops it (or "found"), and its
    same-fact probability (the larger of the two directions; 0 when never scored)."""
    sentences = lc.sentences
    index = {(s.article_id, s.index): k for k, s in enumerate(sentences)}
    near = _neighbours(sentences, None).tocsr()
    same = support_matrix(sentences).tocsr()
    where = {(s.article_id, s.start): (s.article_id, s.index) for s in sentences}
    linked: set[frozenset[Key]] = set()
    for claim in attach_support(sentences, sentences, same, threshold=threshold):
        own = where[(claim.source.article_id, claim.source.start)]
        linked.update(frozenset((own, where[(span.article_id, span.start)])) for span in claim.support)
    out = {}
    for pair, label in lc.pair_labels.items():
        if label == DISPUTED:
            continue
        a, b = sorted(pair)
        i, j = index[a], index[b]
        p = max(float(same[i, j]), float(same[j, i]))
        if pair in linked:
            stage = "found"
        elif max(float(near[i, j]), float(near[j, i])) < MIN_COSINE:
            stage = "retrieval"
        elif not (same[i, j] or same[j, i]):
            stage = "gate"
        elif p < threshold:
            stage = "model"
        else:
            stage = "cap"
        out[pair] = (stage, p)
    return out


def summary_keys(lc: LabelledCluster, config: BriefConfig) -> dict[Key, set[Key]]:
    """The brief's summary sentences (keyed like the labels) and the sentences each cites."""
    brief = Briefer(config)(lc.cluster.articles)
    where = {(s.article_id, s.start): (s.article_id, s.index) for s in lc.sentences}
    return {
        where[(item.source.article_id, item.source.start)]: {where[(sp.article_id, sp.start)] for sp in item.support}
        for item in brief.summary
    }


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    ap.add_argument("--splits", default="dev", help="dev (default; tuning) or heldout")
    ap.add_argument("--threshold", type=float, default=None, help="same_fact_threshold (default: the config's)")
    ap.add_argument("--words", type=int, default=300)
    ap.add_argument("--no-brief", action="store_true", help="skip the summary table (no briefing)")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    config = BriefConfig(words=args.words, analysis=False)
    if args.threshold is not None:
        config = config.replace(same_fact_threshold=args.threshold)
    threshold = config.same_fact_threshold
    splits = {s.strip() for s in args.splits.split(",")}
    clusters = {c: lc for c, lc in load_trust(args.data).items() if lc.split in splits}
    every: dict[str, Counter] = {"same": Counter(), "other": Counter()}
    in_summary: dict[str, Counter] = {"same": Counter(), "other": Counter()}
    probs_lost: list[float] = []
    for lc in clusters.values():
        stages = pair_stages(lc, threshold)
        for pair, (stage, p) in stages.items():
            kind = "same" if lc.pair_labels[pair] == "same" else "other"
            every[kind][stage] += 1
            if kind == "same" and stage == "model":
                probs_lost.append(p)
        if args.no_brief:
            continue
        cites = summary_keys(lc, config)
        for pair, (stage, _) in stages.items():
            kind = "same" if lc.pair_labels[pair] == "same" else "other"
            for own in pair & cites.keys():
                (other,) = pair - {own}
                cited = other in cites[own]
                if cited:
                    s = "found"
                elif stage == "found":
                    s = "brief"
                else:
                    s = stage
                in_summary[kind][s] += 1
    print(
        f"{len(clusters)} clusters ({', '.join(sorted(splits))}), threshold {threshold}, "
        f"cap {MAX_SUPPORT_PER_ARTICLE}\n"
    )
    print("| pairs | label | " + " | ".join(STAGES) + " | total |")
    print("|---" * (len(STAGES) + 3) + "|")
    for name, table in (("every labelled pair (trust.py's P/R)", every), ("a side in the summary", in_summary)):
        for kind in ("same", "other"):
            if not table[kind]:
                continue
            cells = [str(table[kind][s]) for s in STAGES]
            print(f"| {name} | {kind} | " + " | ".join(cells) + f" | {sum(table[kind].values())} |")
    if probs_lost:
        bands = Counter(min(int(p * 10), 9) for p in probs_lost)
        print(
            "\nsame pairs lost at the model, by probability band: "
            + ", ".join(f"{b / 10:.1f}-{(b + 1) / 10:.1f}: {bands[b]}" for b in sorted(bands))
        )


if __name__ == "__main__":
    main()
