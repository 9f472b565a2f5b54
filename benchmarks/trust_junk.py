"""What the sentences labelled ``junk`` are made of (issue 10), counted by kind, and where the brief stops them.

The trust labels say *that* a sentence is not the story, not *what* it is. Before changing cleaning this
script sorts every candidate sentence labelled ``junk`` of the chosen part (after cleaning and splitting, as
``trust_items.py`` made the items) into kinds, with cheap detectors reading the sentence alone:

- ``lead-in``: debris at the start of a sentence that is whole without it (a wire or TV dateline, "(CNN)",
  "[Video Link]", "Updated |", a player's "CLOSE"): :func:`newsbrief.text.split.is_dateline` on the segment
  the splitter now sets apart, or on the sentence itself when it is only that;
- ``mined furniture``: a sentence the furniture list learnt across stories drops (:mod:`newsbrief.ingest.furniture`);
- ``caption or credit``: the quality model's caption cues (a picture, "is seen", "walks", a full date) or
  the stand-alone mask's caption rule;
- ``speaks to the reader``: a promo or call to action ("Click here", "Download the app now!", "your");
- ``notice, contact, byline``: the quality model's furniture words (contact, copyright, transcript, e-mail...);
- ``debris by form``: what the stand-alone mask reads as debris (no closing punctuation, capitals, a link);
- ``other``: none of these (a sidebar about another story, a headline with a full stop, a paper's title).

A sentence can show several kinds; "primary" is the first in this order. For each kind the table says how
many such sentences the brief still sees (not dropped by cleaning, splitting or the furniture list), how many
the stand-alone mask admits, and how many end up in the 300-word summaries. Labels given for a sentence whose
lead-in is now set apart are ``stale`` (the rest of the sentence is unjudged) and counted on their own line.

Development part only by default (tuning material); ``--splits heldout`` reports the held-out third once.
Run: ``python benchmarks/trust_junk.py [--words 300] [--examples 3]``.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from newsbrief.ingest.furniture import is_furniture
from newsbrief.summarize.quality import _CAPTION_CUE, _FURNITURE, speaks_to_reader
from newsbrief.summarize.standalone import _CAPTION, is_debris
from newsbrief.text.split import is_dateline
from newsbrief.text.tokens import WORD
from trust import DISPUTED, claims_of, kinds_setup
from trust_labels import Key

KINDS = (
    "lead-in",
    "mined furniture",
    "caption or credit",
    "speaks to the reader",
    "notice, contact, byline",
    "debris by form",
    "other",
)
WHERE = ("labelled", "seen", "admitted", "summary")


def kinds_of(text: str) -> list[str]:
    """The kinds of junk ``text`` shows (see the module docstring), in :data:`KINDS` order."""
    text = text.strip()
    found = []
    if is_dateline(text):
        found.append("lead-in")
    if is_furniture(text):
        found.append("mined furniture")
    if _CAPTION_CUE.search(text) or _CAPTION.search(text):
        found.append("caption or credit")
    if speaks_to_reader(text):
        found.append("speaks to the reader")
    if any(t.lower() in _FURNITURE for t in WORD.findall(text)) or "@" in text:
        found.append("notice, contact, byline")
    if is_debris(text):
        found.append("debris by form")
    return found or ["other"]


def main(argv: Sequence[str] | None = None) -> None:
    """Print the kinds table of the junk-labelled sentences and the summary's junk."""
    args, clusters, splits, briefer = kinds_setup(
        __doc__.splitlines()[0], "print this many examples per primary kind and place", argv
    )
    any_kind = {where: Counter() for where in WHERE}
    primary = {where: Counter() for where in WHERE}
    examples: dict[tuple[str, str], list[str]] = {}
    stale = summary = 0
    for lc in clusters.values():
        if lc.split not in splits:
            continue
        stale += lc.stale
        labels = {k: v for k, v in lc.sentence_labels.items() if k not in lc.changed and v != DISPUTED}
        prepared = briefer.sources(lc.cluster.articles)
        seen: dict[tuple[str, int], bool] = {}  # (article, start) -> admitted by the mask
        if prepared is not None:
            seen = {(s.article_id, s.start): ok for s, ok in zip(prepared.sentences, prepared.eligible, strict=True)}
        claims = claims_of(briefer(lc.cluster.articles), lc.sentences)
        summary += len(claims)
        chosen: set[Key] = {c.key for c in claims}
        for s in lc.sentences:
            key = (s.article_id, s.index)
            if labels.get(key) != "junk":
                continue
            kinds = kinds_of(s.text)
            places = ["labelled"]
            if (s.article_id, s.start) in seen:
                places.append("seen")
                if seen[(s.article_id, s.start)]:
                    places.append("admitted")
            if key in chosen:
                places.append("summary")
            for where in places:
                any_kind[where].update(kinds)
                primary[where][kinds[0]] += 1
                examples.setdefault((kinds[0], where), []).append(f"{lc.cluster.id} {key[0]}:{key[1]} {s.text[:150]}")
    totals = {where: sum(primary[where].values()) for where in WHERE}
    print(
        f"{', '.join(sorted(splits))}: {totals['labelled']} candidate sentences labelled junk "
        f"(of them {totals['seen']} still seen by the brief, {totals['admitted']} admitted by the stand-alone "
        f"mask), {totals['summary']} of "
        f"{summary} summary sentences; {stale} junk labels of a sentence whose lead-in is now set apart (stale); "
        f"words={args.words}, splitter {args.splitter}\n"
    )
    head = " | ".join(f"{where}: any | primary" for where in WHERE)
    print(f"| kind | {head} |")
    print("|---" * (1 + 2 * len(WHERE)) + "|")
    for kind in KINDS:
        cells = []
        for where in WHERE:
            cells += [str(any_kind[where][kind]), str(primary[where][kind])]
        print(f"| {kind} | " + " | ".join(cells) + " |")
    print("| all | " + " | ".join(f"{totals[where]} | " for where in WHERE) + "|")
    for kind in KINDS:
        for where in ("summary", "admitted"):
            for line in examples.get((kind, where), [])[: args.examples]:
                print(f"{kind}\t{where}\t{line}")


if __name__ == "__main__":
    main()
