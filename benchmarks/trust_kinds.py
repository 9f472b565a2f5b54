"""What the summary sentences labelled ``cannot-stand-alone`` are made of (issue 10), counted by kind.

The trust labels say *that* a sentence cannot open a brief, not *why*. Before changing selection this script
sorts the failing sentences of the briefs (and, for comparison, of every sentence the stand-alone mask admits)
into kinds by what each one leans on, with cheap detectors that read the sentence and its own article up to it
(``trust_context.kinds_of``, which the protocol-exact in-context count of ``trust.py`` also uses):

- ``quotation``: part of a quotation whose speaker is elsewhere (starts inside a quote opened earlier, leaves
  one open) or named only by a pronoun ('"...," he said');
- ``opening``: opens with a pronoun or connective that points back ("He", "This is", "But", "Instead");
- ``writer's I/we/you``: the writer's (or a statement's) first or second person outside quotes;
- ``pronoun``: a "he"/"she"/"his"/"her" before anything in the sentence it could point at;
- ``surname``: a surname the article introduced earlier with a given name, used bare here;
- ``the + earlier noun``: a definite noun phrase whose noun the article used before ("the company", "the bill");
- ``surname given in full later``: a bare surname whose full name the article gives only after it;
- ``opens with a definite description``: "The 24-year-old student ...", "The Oscar winner's line ...";
- ``presupposes``: "also", "another", "other", "the first", "the latest", "same", "again";
- ``fragment``: starts in lower case or without a capital, or no closing punctuation;
- ``other``: none of these (an epithet such as "The Oscar winner", a bare first name, "the tribe" first met).

A sentence can show several kinds: the table gives each kind's count (any) and the first kind in the order
above (primary), for all failing summary sentences and for those not resolved in context (``trust.py``'s
context-aware count: the sentence before it in its source is not right before it in the summary, or does not
stand). For every failing summary sentence it also says whether the sentence just before it in its
source is in the summary, and immediately before it (the context a reader then has), and whether that
predecessor is labelled ``ok``: what a selection unit of the two sentences could resolve.

Development part only by default (tuning material); ``--splits heldout`` reports the held-out third once.
Run: ``python benchmarks/trust_kinds.py [--words 300] [--splitter pysbd] [--examples 3]``.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from newsbrief.model import Sentence
from newsbrief.summarize.quality import _bare_surname, _surnames_introduced
from newsbrief.summarize.standalone import outside_quotes, quote_states
from trust import DISPUTED, claims_of, kinds_setup, score_summary
from trust_context import KINDS, kinds_of
from trust_labels import Key


def main(argv: Sequence[str] | None = None) -> None:
    """Print the kinds table for the briefs of the labelled clusters."""
    args, clusters, splits, briefer = kinds_setup(
        __doc__.splitlines()[0], "print this many summary examples per primary kind", argv
    )
    any_kind: dict[str, Counter] = {"summary": Counter(), "admitted": Counter(), "in context": Counter()}
    primary: dict[str, Counter] = {"summary": Counter(), "admitted": Counter(), "in context": Counter()}
    totals = Counter()
    context = Counter()
    examples: dict[str, list[str]] = {}
    for lc in clusters.values():
        if lc.split not in splits:
            continue
        labels = {k: v for k, v in lc.sentence_labels.items() if k not in lc.changed and v != DISPUTED}
        by_article: dict[str, list[Sentence]] = {}
        for s in lc.sentences:
            by_article.setdefault(s.article_id, []).append(s)
        kinds: dict[Key, list[str]] = {}
        admitted: set[Key] = set()
        for aid, sents in by_article.items():
            mask = briefer.eligible(sents)
            for k, (state, ok) in enumerate(zip(quote_states(sents), mask, strict=True)):
                kinds[(aid, sents[k].index)] = kinds_of(sents, k, *state)
                if ok:
                    admitted.add((aid, sents[k].index))
        for key in admitted:
            if labels.get(key) == "cannot-stand-alone":
                totals["admitted"] += 1
                any_kind["admitted"].update(kinds[key])
                primary["admitted"][kinds[key][0]] += 1
        brief = briefer(lc.cluster.articles)
        claims = claims_of(brief, lc.sentences)
        keys = [c.key for c in claims]
        scored = score_summary(claims, labels, {})
        in_context = {key for kind, _, key in scored.failures if kind.endswith("(resolved in context)")}
        text = {(s.article_id, s.index): s.text for s in lc.sentences}
        for j, key in enumerate(keys):
            if labels.get(key) is None:
                continue
            totals["summary labelled"] += 1
            if labels[key] != "cannot-stand-alone":
                continue
            totals["summary"] += 1
            any_kind["summary"].update(kinds[key])
            primary["summary"][kinds[key][0]] += 1
            pred = (key[0], key[1] - 1)
            context["predecessor in the summary"] += pred in keys
            context["predecessor immediately before"] += j > 0 and keys[j - 1] == pred
            if key not in in_context:
                totals["in context"] += 1
                any_kind["in context"].update(kinds[key])
                primary["in context"][kinds[key][0]] += 1
                if kinds[key] == ["surname"]:
                    # a bare surname and nothing else detected: does an earlier summary sentence give the full name?
                    given = _surnames_introduced(" ".join(text[k] for k in keys[:j]))
                    context["unresolved, only a bare surname, full name earlier in the summary"] += _bare_surname(
                        outside_quotes(text[key]), given
                    )
                    context["unresolved, only a bare surname"] += 1
            context["predecessor labelled ok"] += labels.get(pred) == "ok"
            context["predecessor admitted by the mask"] += pred in admitted
            examples.setdefault(kinds[key][0], []).append(f"{lc.cluster.id} {key[0]}:{key[1]} {text[key][:160]}")
    print(
        f"{', '.join(sorted(splits))}: {totals['summary']} of {totals['summary labelled']} labelled summary "
        f"sentences are cannot-stand-alone; {totals['admitted']} cannot-stand-alone sentences are admitted by "
        f"the stand-alone mask (words={args.words}, splitter {args.splitter})\n"
    )
    wheres = ("summary", "in context", "admitted")
    print(
        "| kind | summary: any | summary: primary | not resolved in context: any | primary "
        "| admitted by the mask: any | primary |"
    )
    print("|---" * 7 + "|")
    for kind in KINDS:
        cells = []
        for where in wheres:
            n = max(1, totals[where])
            cells += [f"{any_kind[where][kind]} ({100 * any_kind[where][kind] / n:.0f}%)"]
            cells += [f"{primary[where][kind]} ({100 * primary[where][kind] / n:.0f}%)"]
        print(f"| {kind} | " + " | ".join(cells) + " |")
    print(f"| all | {totals['summary']} | | {totals['in context']} | | {totals['admitted']} | |")
    print("\nContext of the failing summary sentences (the sentence before it in its source):\n")
    for name, n in context.items():
        print(f"- {name}: {n} of {totals['summary']}")
    for kind in KINDS:
        for line in examples.get(kind, [])[: args.examples]:
            print(f"{kind}\t{line}")


if __name__ == "__main__":
    main()
