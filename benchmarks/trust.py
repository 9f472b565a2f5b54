"""Trust benchmark (issue 10): score a brief configuration against the trust labels, as ../shared/EDITOR.md reads.

For every labelled cluster (tests/data/trust_sentences.jsonl, trust_pairs.jsonl; built by trust_items.py and
trust_labels.py) the brief is made with the given configuration, and each summary sentence is looked up in
the labels. Reported separately for the development part and the held-out third:

- the rates of summary sentences labelled ``cannot-stand-alone``, ``junk``, ``other-language`` and
  ``opinion`` (of the summary sentences that carry an undisputed label);
- **opinion shown as fact** (labelled ``opinion``, no ``view_of``) and its mirror, **wrong notes** (shown as the
  writer's view, labelled anything else): a reported fact told as only the writer's view misstates the news as
  surely (``benchmarks/view_cost.py`` weighs them alike);
- **redundant**: a summary sentence whose pair with an earlier summary sentence is labelled ``same`` (only
  cross-source pairs above the labelling floor are labelled, so repeats within one source are not seen);
- **support precision and recall** on the labelled pairs: a pair is a predicted support link when the
  brief's own support rule (:func:`newsbrief.compare.support.attach_support`, at the configuration's
  threshold and per-article cap), applied to every sentence of the cluster, links one side to the other;
- **inflated**: the share of multi-source claims ("reported by N of M", N >= 2) with at least one cited
  supporting sentence whose pair is labelled ``related`` or ``different``, or which is itself labelled
  ``junk`` (furniture never supports); claims whose support is not all labelled are counted as unchecked;
- **cannot-stand-alone in context**: beside the label-based rate (each label judged its sentence as if it
  opened a brief), the same count less the sentences whose dependency the summary carries: a sentence
  labelled ``cannot-stand-alone`` counts as resolved when the summary sentence immediately before it is the
  sentence immediately before it in its source (the context it was written in, read in order) *and* that
  sentence stands: labelled ``ok`` (or ``opinion`` shown with whose view it is), or itself resolved so. A run
  of a statement's sentences whose first one names no speaker ("We are so thankful ...", "As parents we
  ...") is not resolved by being read in order: session 5's reader marked such runs in context. Both rates
  are reported; only the label-based one is comparable with earlier sessions;
- **cannot-stand-alone in context, by the protocol**: ../shared/EDITOR.md's reading exactly, per what each
  failing sentence leans on (``trust_context.py``): a bare surname is resolved once an earlier summary sentence
  gives the full name (or the brief's insertion gives it), "the" + a noun once the brief named it; a pronoun,
  connective, quotation, epithet or anything undetected only as the older count resolves it; a fragment never.
  Stricter than the older count where a sentence right after its predecessor still leans on a surname or noun
  from further back, looser where a surname was introduced by a summary sentence that is not its predecessor;
  an opening "He"/"She" the brief shows as "[Jane Doe]" is read mended only where that name is labelled right
  (``trust_pronouns.py``);
- **unlabelled**: summary sentences with no label, a disputed one, or one given to a text that has changed
  since (found only by word overlap: a split-off dateline leaves a "junk" label behind), i.e. the labels'
  coverage of the brief;
- ROUGE-1/2 F1 (the project's :class:`newsbrief.evaluate.Rouge`) of the same briefs against the
  Multi-News references (the seed story has none).

Run: ``python benchmarks/trust.py [--words 300] [--failures]``.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from newsbrief.compare.support import attach_support, support_matrix
from newsbrief.config import OPINION_CHOICES, BriefConfig
from newsbrief.errors import ConfigError, InputError
from newsbrief.model import Brief, Sentence
from newsbrief.pipeline import Briefer
from newsbrief.summarize.speakers_shown import is_speaker_insert
from newsbrief.summarize.standalone import quote_states
from newsbrief.text.splitters import DEFAULT_SPLITTER
from trust_context import Leans, leans_of, resolved_by_brief
from trust_items import DEFAULT_DATA_DIR
from trust_labels import DISPUTED, PAIRS_FILE, SENTENCES_FILE, Key, LabelledCluster, load_trust
from trust_pronouns import honoured_leans

RATE_LABELS = ("cannot-stand-alone", "junk", "other-language", "opinion")
SPLITS = ("dev", "heldout")


@dataclass(frozen=True, slots=True)
class Claim:
    """A summary sentence as the scorer sees it: its own sentence and the sentences cited as its support."""

    key: Key
    support: tuple[Key, ...] = ()
    attributed: bool = False  # shown with whose view it is (SummarySentence.view_of)
    inserted: bool = False  # shown with an editorial insertion ("[Jeremy] Corbyn"); labels judge the original
    introduced: frozenset[str] = frozenset()  # the surnames its insertions give a given name to

    @staticmethod
    def introduced_by(claims: Sequence[Claim], j: int) -> frozenset[str]:
        """The surnames the brief's insertions have given a given name up to summary sentence ``j``, that one
        included: "[Jamie] Zeitzer is senior author ..." introduces Zeitzer for every later sentence too, as the
        reader has met the full name (session 14; before, only the sentence that carried the insertion)."""
        return frozenset().union(*(c.introduced for c in claims[: j + 1]))

    @property
    def n_sources(self) -> int:
        """Distinct articles reporting it ("reported by N")."""
        return len({self.key[0], *(k[0] for k in self.support)})


@dataclass
class Tally:
    """Counts summed over clusters; rates are read off them."""

    clusters: int = 0
    summary: int = 0
    labelled: int = 0
    by_label: Counter = field(default_factory=Counter)
    attributed: Counter = field(default_factory=Counter)  # labels of the sentences shown as someone's view
    inserted: Counter = field(default_factory=Counter)  # labels of the sentences shown with an insertion
    named: Counter = field(default_factory=Counter)  # opening he/she shown with a name (trust_pronouns.py)
    first: Counter = field(default_factory=Counter)  # label of each brief's first sentence (None: unlabelled)
    first_multi: int = 0  # briefs whose first sentence is reported by 2+ sources
    resolved: int = 0  # cannot-stand-alone sentences right after their source's preceding sentence
    protocol: int = 0  # cannot-stand-alone sentences the brief resolves by ../shared/EDITOR.md (trust_context.py)
    unresolved_kinds: Counter = field(default_factory=Counter)  # kinds of those it does not resolve
    redundant: int = 0
    multi: int = 0
    inflated: int = 0
    unchecked: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    changed: int = 0
    rouge: list[dict[str, float]] = field(default_factory=list)
    failures: list[tuple[str, str, Key]] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        """Add another tally's counts to this one."""
        for name in (
            "clusters",
            "summary",
            "labelled",
            "changed",
            "redundant",
            "multi",
            "inflated",
            "unchecked",
            "tp",
            "fp",
            "fn",
            "first_multi",
            "resolved",
            "protocol",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.by_label.update(other.by_label)
        self.attributed.update(other.attributed)
        self.inserted.update(other.inserted)
        self.named.update(other.named)
        self.first.update(other.first)
        self.unresolved_kinds.update(other.unresolved_kinds)
        self.rouge.extend(other.rouge)
        self.failures.extend(other.failures)

    @property
    def precision(self) -> float | None:
        """Support precision on labelled pairs; None when the brief predicted no labelled link."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        """Support recall of the labelled ``same`` pairs; None when there is none."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


def _known(label: str | None) -> bool:
    return label is not None and label != DISPUTED


def score_summary(
    claims: Sequence[Claim],
    sentence_labels: Mapping[Key, str],
    pair_labels: Mapping[frozenset[Key], str],
    leans: Sequence[Leans] | None = None,
) -> Tally:
    """Score one brief's summary against the labels of its cluster.

    Args:
        claims: the summary sentences in summary order.
        sentence_labels: labels of the cluster's sentences (``disputed`` counts as unlabelled).
        pair_labels: labels of cross-source pairs, keyed by the two sentences.
        leans: what each summary sentence leans on (``trust_context.leans_of``), for the count by the
            protocol; None leaves that count at zero resolved.
    """
    tally = Tally(summary=len(claims))
    if claims:
        first = sentence_labels.get(claims[0].key)
        tally.first[first if _known(first) else None] += 1
        tally.first_multi = int(claims[0].n_sources >= 2)
    stands: list[bool] = []  # each summary sentence stands in context (see the module docstring)
    stands_protocol: list[bool] = []  # the same by the protocol (trust_context.py)
    for j, claim in enumerate(claims):
        label = sentence_labels.get(claim.key)
        stands.append(label == "ok" or (label == "opinion" and claim.attributed))
        stands_protocol.append(stands[j])
        if _known(label):
            tally.labelled += 1
            tally.by_label[label] += 1
            if claim.attributed:
                tally.attributed[label] += 1
            if claim.inserted:
                tally.inserted[label] += 1
            resolved = (
                label == "cannot-stand-alone"
                and j > 0
                and claims[j - 1].key == (claim.key[0], claim.key[1] - 1)
                and stands[j - 1]
            )
            tally.resolved += resolved
            stands[j] = stands[j] or resolved
            note = ""
            if label == "cannot-stand-alone" and leans is not None:
                after = j > 0 and claims[j - 1].key == (claim.key[0], claim.key[1] - 1) and stands_protocol[j - 1]
                by_protocol = resolved_by_brief(
                    leans, j, after_predecessor=after, introduced=Claim.introduced_by(claims, j)
                )
                tally.protocol += by_protocol
                stands_protocol[j] = by_protocol
                if not by_protocol:
                    tally.unresolved_kinds.update(leans[j].kinds)
                note = f" [{'resolved' if by_protocol else 'unresolved'} by the protocol: {', '.join(leans[j].kinds)}]"
            if label != "ok" and not (label == "opinion" and claim.attributed):
                kind = f"{label}{note} (resolved in context)" if resolved else f"{label}{note}"
                tally.failures.append((kind, "", claim.key))
        if any(pair_labels.get(frozenset((earlier.key, claim.key))) == "same" for earlier in claims[:j]):
            tally.redundant += 1
            tally.failures.append(("redundant", "", claim.key))
        if claim.n_sources >= 2:
            tally.multi += 1
            verdicts = []
            for other in claim.support:
                pair = pair_labels.get(frozenset((claim.key, other)))
                junk = sentence_labels.get(other) == "junk"
                verdicts.append(
                    True if junk or pair in ("related", "different") else None if not _known(pair) else False
                )
            if any(v is True for v in verdicts):
                tally.inflated += 1
                tally.failures.append(("inflated", "", claim.key))
            elif any(v is None for v in verdicts):
                tally.unchecked += 1
    return tally


def score_support(pair_labels: Mapping[frozenset[Key], str], predicted: Iterable[frozenset[Key]]) -> Tally:
    """True/false positives and misses of predicted support links over the undisputed labelled pairs."""
    predicted = set(predicted)
    tally = Tally()
    for pair, label in pair_labels.items():
        if not _known(label):
            continue
        if pair in predicted:
            if label == "same":
                tally.tp += 1
            else:
                tally.fp += 1
        elif label == "same":
            tally.fn += 1
    return tally


def support_links(sentences: Sequence[Sentence], config: BriefConfig) -> set[frozenset[Key]]:
    """Every cross-source link the brief's support rule makes when each sentence is a claim."""
    if not sentences:
        return set()
    sim = support_matrix(sentences)
    where = {(s.article_id, s.start): (s.article_id, s.index) for s in sentences}
    links = set()
    for claim in attach_support(sentences, sentences, sim, threshold=config.same_fact_threshold):
        own = where[(claim.source.article_id, claim.source.start)]
        links.update(frozenset((own, where[(span.article_id, span.start)])) for span in claim.support)
    return links


def claims_of(brief: Brief, sentences: Sequence[Sentence]) -> list[Claim]:
    """The brief's summary as claims keyed like the labels (its spans index the same cleaned texts)."""
    where = {(s.article_id, s.start): (s.article_id, s.index) for s in sentences}
    return [
        Claim(
            where[(item.source.article_id, item.source.start)],
            tuple(where[(span.article_id, span.start)] for span in item.support),
            item.view_of is not None,
            bool(item.insertions),
            frozenset(
                item.text[ins.at :].split(maxsplit=1)[0].rstrip(".,;:'’s")
                for ins in item.insertions
                if not ins.replaces and not is_speaker_insert(ins)
            ),
        )
        for item in brief.summary
    ]


def leans_by_key(sentences: Sequence[Sentence]) -> dict[Key, Leans]:
    """What every sentence of a cluster leans on (``trust_context.leans_of``), keyed like the labels."""
    by_article: dict[str, list[Sentence]] = {}
    for s in sentences:
        by_article.setdefault(s.article_id, []).append(s)
    out = {}
    for aid, sents in by_article.items():
        for k, state in enumerate(quote_states(sents)):
            out[(aid, sents[k].index)] = leans_of(sents, k, *state)
    return out


def score_cluster(lc: LabelledCluster, config: BriefConfig) -> Tally:
    """Brief one labelled cluster and score it."""
    from newsbrief.evaluate import Rouge

    brief = Briefer(config)(lc.cluster.articles)
    claims = claims_of(brief, lc.sentences)
    # A sentence label found only by word overlap was given to another text: not used (counted apart).
    labels = {k: v for k, v in lc.sentence_labels.items() if k not in lc.changed}
    leans, named = honoured_leans(brief, lc.sentences, leans_by_key(lc.sentences))  # a right name mends "He"
    tally = score_summary(claims, labels, lc.pair_labels, [leans[c.key] for c in claims])
    tally.named = named
    tally.changed = sum(1 for c in claims if c.key in lc.changed)
    tally.failures = [(kind, lc.cluster.id, key) for kind, _, key in tally.failures]
    support = score_support(lc.pair_labels, support_links(lc.sentences, config))
    tally.tp, tally.fp, tally.fn = support.tp, support.fp, support.fn
    tally.clusters = 1
    if lc.cluster.references and brief.summary:
        tally.rouge.append(
            Rouge(rouge_types=("rouge1", "rouge2")).score([s.text for s in brief.summary], lc.cluster.references)
        )
    return tally


def wrong_notes(tally: Tally) -> int:
    """Summary sentences shown as their writer's view that the labels call something else than opinion: a reported
    fact told as only the writer's view, an error as real as the opinion shown as fact (issue 10)."""
    return sum(tally.attributed.values()) - tally.attributed["opinion"]


def _rate(k: int, n: int) -> str:
    return f"{k}/{n} ({100 * k / n:.1f}%)" if n else "–"


def _value(x: float | None, digits: int = 3) -> str:
    return "–" if x is None else f"{x:.{digits}f}"


def table(tallies: Mapping[str, Tally]) -> str:
    """Markdown table: one column per split."""
    cols = [s for s in SPLITS if s in tallies]
    names = {"dev": "development", "heldout": "held-out third"}
    head = "| measure | " + " | ".join(f"{names[c]} ({tallies[c].clusters} clusters)" for c in cols) + " |"
    lines = [head, "|---" * (len(cols) + 1) + "|"]

    def row(name: str, cells: Iterable[str]) -> None:
        lines.append(f"| {name} | " + " | ".join(cells) + " |")

    t = [tallies[c] for c in cols]
    row("summary sentences", (str(x.summary) for x in t))
    row("unlabelled (no label, disputed, or text changed)", (_rate(x.summary - x.labelled, x.summary) for x in t))
    row("of which text changed since labelling", (_rate(x.changed, x.summary) for x in t))
    for label in RATE_LABELS:
        row(f"{label} (of labelled)", (_rate(x.by_label[label], x.labelled) for x in t))
    row(
        "cannot-stand-alone in context (less those right after their source's preceding sentence, which stands)",
        (_rate(x.by_label["cannot-stand-alone"] - x.resolved, x.labelled) for x in t),
    )
    row(
        "cannot-stand-alone in context, by the protocol (trust_context.py: a surname the brief introduced, "
        "a noun it named)",
        (_rate(x.by_label["cannot-stand-alone"] - x.protocol, x.labelled) for x in t),
    )
    row(
        "opinion shown as fact (labelled opinion, no view_of)",
        (_rate(x.by_label["opinion"] - x.attributed["opinion"], x.labelled) for x in t),
    )
    row("shown as the writer's view (of labelled)", (_rate(sum(x.attributed.values()), x.labelled) for x in t))
    row("of which labelled opinion", (_rate(x.attributed["opinion"], sum(x.attributed.values())) for x in t))
    row(
        "wrong notes: shown as the writer's view, labelled other than opinion (of labelled)",
        (_rate(wrong_notes(x), x.labelled) for x in t),
    )
    row(
        "shown with an insertion (label of the original: cannot-stand-alone)",
        (f"{sum(x.inserted.values())} ({x.inserted['cannot-stand-alone']})" for x in t),
    )
    row(
        "opening he/she shown with a name: honoured (labelled right) / wrong / unclear / not labelled",
        (" / ".join(str(x.named[k]) for k in ("honoured", "wrong", "unclear", "unlabelled")) for x in t),
    )
    row(
        "opening 'The company' shown with a name: honoured (labelled right) / wrong / unclear / not labelled",
        (" / ".join(str(x.named["described:" + k]) for k in ("honoured", "wrong", "unclear", "unlabelled")) for x in t),
    )
    row(
        "a given name alone shown with the full name ('[Paula Blades]'; not labelled, read as written)",
        (str(x.named["given name:unlabelled"]) for x in t),
    )
    row(
        "a speaker shown before a quotation or transcript line ('[LEE:]'): honoured / wrong / unclear / not labelled",
        (" / ".join(str(x.named["speaker:" + k]) for k in ("honoured", "wrong", "unclear", "unlabelled")) for x in t),
    )
    row("briefs whose first sentence is labelled ok", (_rate(x.first["ok"], sum(x.first.values())) for x in t))
    row("briefs whose first sentence is reported by 2+ sources", (_rate(x.first_multi, x.clusters) for x in t))
    row("redundant (pair labelled same)", (_rate(x.redundant, x.summary) for x in t))
    row("multi-source claims inflated (of checked)", (_rate(x.inflated, x.multi - x.unchecked) for x in t))
    row("multi-source claims unchecked", (f"{x.unchecked}/{x.multi}" for x in t))
    row("support precision (labelled pairs)", (f"{_value(x.precision)} ({x.tp}/{x.tp + x.fp})" for x in t))
    row("support recall (labelled same pairs)", (f"{_value(x.recall)} ({x.tp}/{x.tp + x.fn})" for x in t))
    for rtype, name in (("rouge1", "ROUGE-1 F1"), ("rouge2", "ROUGE-2 F1")):
        cells = []
        for x in t:
            vals = [r[rtype] for r in x.rouge]
            cells.append(f"{100 * sum(vals) / len(vals):.2f} ({len(vals)} clusters)" if vals else "–")
        row(name, cells)
    return "\n".join(lines)


CURVE_THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.97, 0.99)


def support_curve(clusters: Mapping[str, LabelledCluster], config: BriefConfig) -> str:
    """Markdown: support precision and recall on the labelled pairs at several thresholds, per split."""
    lines = [
        "| threshold | " + " | ".join(f"{s} P | {s} R" for s in SPLITS) + " |",
        "|---" * (1 + 2 * len(SPLITS)) + "|",
    ]
    for threshold in CURVE_THRESHOLDS:
        at = config.replace(same_fact_threshold=threshold)
        cells = []
        for split in SPLITS:
            tally = Tally()
            for lc in clusters.values():
                if lc.split == split:
                    tally.add(score_support(lc.pair_labels, support_links(lc.sentences, at)))
            cells += [_value(tally.precision), _value(tally.recall)]
        lines.append(f"| {threshold:.2f} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def run(clusters: Mapping[str, LabelledCluster], config: BriefConfig) -> dict[str, Tally]:
    """Score every labelled cluster; tallies per split."""
    tallies = {split: Tally() for split in SPLITS if any(lc.split == split for lc in clusters.values())}
    for lc in clusters.values():
        tallies[lc.split].add(score_cluster(lc, config))
    return tallies


def kinds_setup(
    description: str, examples_help: str, argv: Sequence[str] | None
) -> tuple[argparse.Namespace, dict[str, LabelledCluster], set[str], Briefer]:
    """The command line the kinds tables share (``trust_kinds.py``, ``trust_junk.py``): the parsed arguments, the
    labelled clusters, the parts asked for and a briefer at ``--words`` with analysis off."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    ap.add_argument("--words", type=int, default=300)
    ap.add_argument("--splitter", default=DEFAULT_SPLITTER)
    ap.add_argument("--splits", default="dev", help="dev (default) or heldout")
    ap.add_argument("--examples", type=int, default=0, help=examples_help)
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    clusters = load_trust(args.data, SENTENCES_FILE, PAIRS_FILE, splitter=args.splitter)
    splits = {s.strip() for s in args.splits.split(",")}
    briefer = Briefer(BriefConfig(words=args.words, analysis=False, splitter=args.splitter))
    return args, clusters, splits, briefer


def _number(value: str) -> bool:
    try:
        float(value)
    except ValueError:
        return False
    return True


def _setting(value: str) -> float | bool | str:
    """A ``--set`` value as the setting takes it: a number, "true"/"false" for a switch (``voice_check=false``), or
    a word."""
    word = value.strip()
    if _number(word):
        return float(word)
    return {"true": True, "false": False}.get(word.lower(), word)


def main(argv: Sequence[str] | None = None) -> None:
    """Print the trust table for one brief configuration."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR, help="the shared data directory")
    ap.add_argument("--sentences", type=Path, default=SENTENCES_FILE, help="sentence labels")
    ap.add_argument("--pairs", type=Path, default=PAIRS_FILE, help="pair labels")
    ap.add_argument("--words", type=int, default=300, help="summary word budget (Multi-News convention: 300)")
    ap.add_argument("--opinion", choices=OPINION_CHOICES, default=None, help="BriefConfig.opinion")
    ap.add_argument("--opinion-threshold", type=float, default=None, help="BriefConfig.opinion_threshold")
    ap.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="any BriefConfig setting (a number, true/false or a word), e.g. --set quality_weight=0.5; repeatable",
    )
    ap.add_argument(
        "--splits", default=",".join(SPLITS), help="which parts to brief: dev, heldout or both (tuning: dev only)"
    )
    ap.add_argument("--failures", action="store_true", help="also list every failure with its text")
    ap.add_argument("--splitter", default=DEFAULT_SPLITTER, help="sentence splitter (BriefConfig.splitter)")
    ap.add_argument(
        "--analysis",
        action="store_true",
        help="brief with analysis on (spaCy): the summary is the same, and a quotation's speaker is shown",
    )
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)  # the brief's per-article warnings are not this table's business
    if not args.data.is_dir():
        print(f"error: {args.data}: no data directory; pass --data ../shared/data", file=sys.stderr)
        raise SystemExit(2)
    if not args.sentences.exists() and not args.pairs.exists():
        print(f"error: {args.sentences}: no labels yet; run benchmarks/trust_labels.py", file=sys.stderr)
        raise SystemExit(2)
    splits = [s.strip() for s in args.splits.split(",") if s.strip()]
    if not splits or any(s not in SPLITS for s in splits):
        print(f"error: --splits {args.splits!r}: choose from {', '.join(SPLITS)}", file=sys.stderr)
        raise SystemExit(2)
    clusters = load_trust(args.data, args.sentences, args.pairs, splitter=args.splitter)
    clusters = {cid: lc for cid, lc in clusters.items() if lc.split in splits}
    # summary and support do not depend on analysis; only a quotation's shown speaker does (speakers_shown.py)
    config = BriefConfig(words=args.words, analysis=args.analysis, splitter=args.splitter)
    if args.opinion is not None:
        config = config.replace(opinion=args.opinion)
    if args.opinion_threshold is not None:
        config = config.replace(opinion_threshold=args.opinion_threshold)
    for setting in args.set:
        name, _, value = setting.partition("=")
        try:
            config = config.replace(**{name.strip(): _setting(value)})
        except (ValueError, ConfigError):
            print(f"error: --set {setting!r}: expected NAME=VALUE of a BriefConfig setting", file=sys.stderr)
            raise SystemExit(2) from None
    tallies = run(clusters, config)
    n_sent = sum(len(lc.sentence_labels) for lc in clusters.values())
    n_pair = sum(len(lc.pair_labels) for lc in clusters.values())
    unmatched = sum(lc.unmatched for lc in clusters.values())
    stale = sum(lc.stale for lc in clusters.values())
    dropped = sum(lc.dropped for lc in clusters.values())
    resplit = sum(lc.resplit for lc in clusters.values())
    print(
        f"{len(clusters)} clusters, {n_sent} labelled sentences and {n_pair} labelled pairs found on today's "
        f"sentences ({unmatched} labels not found, {stale} junk labels of a dateline now set apart, "
        f"{dropped} labels of text cleaning now drops or splitting joins to a neighbour, "
        f"{resplit} first-splitting labels cut differently by {args.splitter}); "
        f"words={config.words}, support threshold {config.same_fact_threshold}, "
        f"quality_weight {config.quality_weight}, repeat_same_fact {config.repeat_same_fact}, "
        f"referents {config.referents}\n"
    )
    print(table(tallies))
    for split, tally in tallies.items():
        kinds = ", ".join(f"{kind} {n}" for kind, n in tally.unresolved_kinds.most_common())
        print(f"\n{split}: kinds of the cannot-stand-alone sentences the protocol count leaves unresolved: {kinds}")
    print("\nSupport on the labelled pairs by threshold (the brief's rule, per-article cap included):\n")
    print(support_curve(clusters, config))
    if args.failures:
        text = {(s.article_id, s.index): s.text for lc in clusters.values() for s in lc.sentences}
        for split, tally in tallies.items():
            for kind, cluster, key in tally.failures:
                print(f"{split}\t{kind}\t{cluster}\t{key[0]}:{key[1]}\t{text[key]}")


if __name__ == "__main__":
    try:
        main()
    except InputError as err:
        print(f"error: {err}", file=sys.stderr)
        raise SystemExit(2) from None
