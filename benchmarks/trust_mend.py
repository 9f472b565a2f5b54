"""What would mend each summary sentence that cannot stand alone by the protocol (issue 10, session 13).

For every labelled cluster of the chosen parts the brief is made, and each summary sentence the protocol count
(``trust.py``, ``trust_context.py``) leaves unresolved is put in the first class that would mend it:

- ``twin``: another source states the same fact (P(same fact) at or above ``--twin`` by the brief's own model,
  :mod:`newsbrief.compare.same_fact`) in a sentence labelled ``ok`` that the standalone mask admits: selecting
  that sentence instead keeps the content and stands;
- ``run whose head fails``: the sentence before it in its source is right before it in the summary (ordering keeps
  runs together) but does not stand itself, so neither does the run;
- ``antecedent in summary``: the sentence before it in its source is in the summary, only not right before it:
  placing it right after that one would be read in context (the protocol credits only that place);
- ``name``: it leans only on a surname or "the" + noun (kinds a summary sentence naming it resolves);
- ``antecedent labelled ok``: the sentence before it in its source stands (labelled ``ok``) but is not in the
  summary: carrying it would cost its words;
- ``nothing``: none of those.

A loose twin (``--loose``, lower threshold) is counted beside the strict one, to show what a lower bar would add.

``--ceiling`` shows what selection alone can reach: the brief is made with the standalone mask narrowed to the
sentences the labels call ``ok`` or ``opinion`` (units off, as they would carry a refused sentence back in): a
selector that knew the labels. It prints the count by the protocol, the ROUGE of those briefs, their mean length,
and how many clusters have fewer admitted ``ok`` words than the budget (there a brief of standing sentences is
shorter than the budget whatever selection does).

Run: ``python benchmarks/trust_mend.py --splits dev --data /work/shared/data [--twin 0.97] [--show]``.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from newsbrief.compare.support import support_matrix
from newsbrief.config import BriefConfig
from newsbrief.pipeline import Briefer
from newsbrief.text.tokens import word_count
from trust import Claim, claims_of, leans_by_key, score_summary
from trust_context import CONTEXT_KINDS, GIVEN_NAME, resolved_by_brief
from trust_items import DEFAULT_DATA_DIR
from trust_labels import PAIRS_FILE, SENTENCES_FILE, load_trust
from trust_pronouns import honoured_leans

NAME_KINDS = frozenset({"surname", "surname given in full later", GIVEN_NAME, "the + earlier noun"})


def mend_class(
    *, twin: bool, right_after: bool, in_summary: bool, kinds: tuple[str, ...], before_label: str | None
) -> str:
    """The first class (see the module docstring) that would mend one unresolved failure.

    Args:
        twin: another source's admitted sentence labelled ok states its fact (at the twin bar).
        right_after: the sentence before it in its source is right before it in the summary.
        in_summary: that sentence is in the summary at all.
        kinds: what it leans on (``trust_context.KINDS``).
        before_label: the label of that sentence (None for an article's first).
    """
    if twin:
        return "twin"
    if right_after:
        return "run whose head fails"
    if in_summary:
        return "antecedent in summary"
    if set(kinds) <= NAME_KINDS:
        return "name"
    return "antecedent labelled ok" if before_label == "ok" else "nothing"


def classify(lc, config: BriefConfig, twin: float, loose: float) -> list[tuple[str, str, str, str]]:
    """(class, loose-twin note, failing text, twin text) of each unresolved failure of one cluster's brief."""
    briefer = Briefer(config)
    brief = briefer(lc.cluster.articles)
    sentences = lc.sentences
    claims = claims_of(brief, sentences)
    labels = {k: v for k, v in lc.sentence_labels.items() if k not in lc.changed}
    leans, _ = honoured_leans(brief, sentences, leans_by_key(sentences))
    seq = [leans[c.key] for c in claims]
    eligible = briefer.eligible(sentences)
    at = {(s.article_id, s.index): k for k, s in enumerate(sentences)}
    same = support_matrix(sentences).toarray()
    chosen = {c.key for c in claims}
    stands: list[bool] = []
    out = []
    for j, claim in enumerate(claims):
        label = labels.get(claim.key)
        ok = label == "ok"
        if label == "cannot-stand-alone":
            after = j > 0 and claims[j - 1].key == (claim.key[0], claim.key[1] - 1) and stands[j - 1]
            ok = resolved_by_brief(seq, j, after_predecessor=after, introduced=Claim.introduced_by(claims, j))
            if not ok:
                row = same[at[claim.key]]
                twins = [
                    (row[k], s)
                    for k, s in enumerate(sentences)
                    if row[k] >= loose and eligible[k] and labels.get((s.article_id, s.index)) == "ok"
                ]
                best = max(twins, key=lambda t: t[0], default=(0.0, None))
                before = (claim.key[0], claim.key[1] - 1)
                kind = mend_class(
                    twin=best[0] >= twin,
                    right_after=j > 0 and claims[j - 1].key == before,
                    in_summary=before in chosen,
                    kinds=seq[j].kinds,
                    before_label=labels.get(before),
                )
                extra = f"loose twin {best[0]:.2f}" if best[1] is not None and best[0] < twin else ""
                ctx = ",".join(k for k in seq[j].kinds if k in CONTEXT_KINDS)
                out.append(
                    (
                        kind,
                        extra + (f" [{ctx}]" if ctx else ""),
                        sentences[at[claim.key]].text,
                        best[1].text if best[1] is not None else "",
                    )
                )
        stands.append(ok or (label == "opinion" and claim.attributed))
    return out


class _KnowsLabels(Briefer):
    """A brief whose standalone mask also refuses every sentence the labels do not call ok or opinion."""

    def __init__(self, config: BriefConfig, labels: dict[tuple[str, int], str | None]) -> None:
        super().__init__(config)
        self.labels = labels  # keyed by (article, start): the brief's sentences are told apart by their span

    def eligible(self, sentences, *, require_closing: bool = True) -> list[bool]:  # type: ignore[no-untyped-def]
        mask = super().eligible(sentences, require_closing=require_closing)
        return [
            ok and self.labels.get((s.article_id, s.start)) in STANDS for ok, s in zip(mask, sentences, strict=True)
        ]


STANDS = ("ok", "opinion")


def ceiling(lc, config: BriefConfig) -> tuple[int, int, dict[str, float] | None, int, int]:
    """(unresolved by the protocol, labelled summary sentences, ROUGE, words, admitted ok words) of the brief of a
    selector that knows the labels (see the module docstring)."""
    from newsbrief.evaluate import Rouge

    labels = {(x.article_id, x.start): lc.sentence_labels.get((x.article_id, x.index)) for x in lc.sentences}
    briefer = _KnowsLabels(config.replace(units=False), labels)
    brief = briefer(lc.cluster.articles)
    claims = claims_of(brief, lc.sentences)
    kept = {k: v for k, v in lc.sentence_labels.items() if k not in lc.changed}
    leans, _ = honoured_leans(brief, lc.sentences, leans_by_key(lc.sentences))
    tally = score_summary(claims, kept, lc.pair_labels, [leans[c.key] for c in claims])
    rouge = None
    if lc.cluster.references and brief.summary:
        rouge = Rouge(rouge_types=("rouge1", "rouge2")).score([s.text for s in brief.summary], lc.cluster.references)
    prepared = Briefer(config).sources(lc.cluster.articles)
    ok_words = sum(
        word_count(s.text)
        for s, ok in zip(prepared.sentences, prepared.eligible, strict=True)
        if ok and labels.get((s.article_id, s.start)) == "ok"
    )
    words = sum(word_count(s.text) for s in brief.summary)
    return tally.by_label["cannot-stand-alone"] - tally.protocol, tally.labelled, rouge, words, ok_words


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    ap.add_argument("--splits", default="dev")
    ap.add_argument("--twin", type=float, default=0.97, help="P(same fact) of a twin (the support threshold)")
    ap.add_argument("--loose", type=float, default=0.5, help="a lower bar, counted beside")
    ap.add_argument("--show", action="store_true", help="print each failure with its class")
    ap.add_argument("--ceiling", action="store_true", help="brief as a selector that knew the labels")
    args = ap.parse_args()
    logging.basicConfig(level=logging.ERROR)
    clusters = load_trust(args.data, SENTENCES_FILE, PAIRS_FILE)
    config = BriefConfig(words=300, analysis=False)
    if args.ceiling:
        rows = [ceiling(lc, config) for lc in clusters.values() if lc.split in args.splits.split(",")]
        scored = [r[2] for r in rows if r[2] is not None]
        print(
            f"cannot stand alone by the protocol {sum(r[0] for r in rows)}/{sum(r[1] for r in rows)}; "
            f"ROUGE-1 / ROUGE-2 {100 * sum(r['rouge1'] for r in scored) / len(scored):.2f} / "
            f"{100 * sum(r['rouge2'] for r in scored) / len(scored):.2f} ({len(scored)} clusters); mean words "
            f"{sum(r[3] for r in rows) / len(rows):.1f}; clusters with fewer admitted ok words than the budget "
            f"{sum(r[4] < config.words for r in rows)}/{len(rows)}"
        )
        return
    counts: Counter = Counter()
    loose: Counter = Counter()
    for cid, lc in clusters.items():
        if lc.split not in args.splits.split(","):
            continue
        for kind, extra, text, twin_text in classify(lc, config, args.twin, args.loose):
            counts[kind] += 1
            loose[kind] += extra.startswith("loose")
            if args.show:
                print(f"{kind}\t{extra}\t{cid}\t{text}\t=> {twin_text}")
    total = sum(counts.values())
    print(f"\n| what would mend it | failures (of {total}) | of which a twin at >= {args.loose} exists |")
    print("|---|---|---|")
    for kind in ("twin", "run whose head fails", "antecedent in summary", "name", "antecedent labelled ok", "nothing"):
        print(f"| {kind} | {counts[kind]} | {loose[kind]} |")


if __name__ == "__main__":
    main()
