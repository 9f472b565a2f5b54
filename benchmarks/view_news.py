"""Writer's-view notes on sentences of news reports (issue 10, session 19, notes22): what triggers the wrong notes,
new labels where the notes fall, and the news-report note decision scored on them.

On the trust dev briefs 61 of the 71 wrong notes (a reported fact shown "in the view of X's writer") were
sentences of sources the genre model takes for news reports, noted because the verdict model scored them >= 0.5;
the other 10 came from sources taken for opinion pieces (``--breakdown``). The labelled opinions in news-report
sources were few, so this script draws new items where the notes fall.

Items (``--items FILE``; the file holds text and stays out of the repository): the story sentences a summary may
take (the brief's eligibility mask) of sources taken for news reports (not declared opinion pieces, P(opinion
piece) < ``genre_threshold``, no agency's copy, no letters page), that are no quotation with its named speaker and
that the verdict model scores >= 0.35; from the Multi-News ``val_raw`` clusters in no sentence-level label set (trust,
opinion-voice, judgement reading, view, source-note labels) nor reserved (``reserved.BLIND_CLUSTERS``). 120 drawn
from those scored >= 0.5 (a summary would note them) and 40 from 0.35-0.5, at most 4 per cluster (seed 22). A
cluster's part is ``heldout`` where sha256(id) % 3 == 0, else ``dev`` (fixed before any item was read).

Guideline (written before labelling; the label is about whose view the sentence states, as a reader of the brief
would take it with the note "in the view of X's writer"):

- ``opinion``: the sentence's main claim is the writer's own judgement, evaluation, interpretation of what
  something means, prediction, advice or rhetorical jab, in the writer's voice and attributed to no one ("Tomorrow's
  vote is sure to be another standoff.", "That suggests the Republicans haven't left the doghouse", "Madonna
  shouldn't be too worried").
- ``fact``: what happened, who did or said what, a description, a figure, background, a finding attributed to a
  study or a person ("according to", "X said", "researchers found"), a view attributed to someone named or to a group
  ("Some Democrats argue ..."). Evaluative colour in the course of reporting leaves a fact a fact ("Donald J. Trump
  reeled on Sunday amid a sustained campaign of criticism", "a landmark ruling", "astounding images").
- ``speaker``: someone else's words shown without quotation marks: a first person that is not the article's writer
  (a quoted statement, a tweet, a transcript line). A note naming the writer gives the wrong holder.
- ``other``: not a sentence of the story (a caption, a link's title, a fragment).

Only ``opinion`` makes a right note; a note on any other label is a wrong note.

Labels: ``tests/data/view_news_labels.jsonl`` (id, story, source, start, end, sha1 of the sentence text, part, label).
The ``label`` is the first labeller's (the helper agent of session 19, notes22); a second labeller, who saw only
the guideline, the items' text and the source documents, labelled all 160 afterwards (``labels.second``): they agree
on 147/160 (Cohen's kappa 0.82 over the four labels; opinion against the rest 150/160, kappa 0.81; the held-out
part 55/55). The first labeller also relabelled 60 random val_raw items of the opinion-voice set blind
(``tests/data/view_news_kappa.jsonl``; opinion against fact), Cohen's kappa 0.78 with that set's labels.

    python benchmarks/view_news.py --breakdown dev            # wrong notes of the trust briefs by trigger
    python benchmarks/view_news.py --items /tmp/view_news_items.jsonl
    python benchmarks/view_news.py --score dev --cut 0.55     # the new labels, at the news-report judgement cut
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
from collections import Counter
from pathlib import Path

from newsbrief.config import BriefConfig
from newsbrief.ingest import read_clusters
from newsbrief.model import Article
from newsbrief.pipeline import Briefer
from newsbrief.summarize.genre import declares_opinion, opinion_probabilities
from newsbrief.summarize.judgement import judgement_scores
from newsbrief.summarize.opinion import opinion_scores, quotes_named_speaker
from newsbrief.text.letters import letters_page
from newsbrief.text.wire import declares_wire_copy
from reserved import BLIND_CLUSTERS  # siblings: scripts, not a package
from trust import claims_of
from trust_items import DEFAULT_DATA_DIR, MULTINEWS_FILE
from trust_labels import PAIRS_FILE, SENTENCES_FILE, load_trust

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
LABELS_FILE = DATA / "view_news_labels.jsonl"
#: The sentence-level label sets whose clusters are not drawn from (the genre labels are of sources, not sentences).
SENTENCE_SETS = (
    "trust_sentences",
    "trust_pairs",
    "trust_reading",
    "opinion_voice_labels",
    "judgement_reading_labels",
    "view_labels",
    "source_note_labels",
    "view_news_labels",
)
LABELS = ("opinion", "fact", "speaker", "other")


def part(cluster: str) -> str:
    """``heldout`` for a third of the clusters by a hash of the id, else ``dev``."""
    return "heldout" if int(hashlib.sha256(cluster.encode()).hexdigest(), 16) % 3 == 0 else "dev"


def labelled_clusters(exclude: str | None = None) -> set[str]:
    """Clusters of ``val_raw`` with a sentence label in any set (but ``exclude``)."""
    out: set[str] = set()
    for name in SENTENCE_SETS:
        path = DATA / f"{name}.jsonl"
        if name != exclude and path.exists():
            out |= set(re.findall(r"multinews-val-\d+", path.read_text(encoding="utf-8")))
    return out


def evidence(briefer: Briefer, articles: list[Article]) -> dict[tuple[str, int], dict]:
    """(source, start) -> what the note decision reads of each story sentence, as the pipeline computes it."""
    prep = briefer.sources(articles)
    if prep is None:
        return {}
    cfg = briefer.config
    sents, cleaned = list(prep.sentences), list(prep.articles)
    verdict = opinion_scores(sents)
    genre_p = opinion_probabilities(sents, verdict, cfg.opinion_threshold)
    declared = {a.id for a in cleaned if declares_opinion(a)}
    wire = {a.id for a in articles if declares_wire_copy(a)}
    letters = {a.id for a in cleaned if letters_page(a)}
    judged = judgement_scores(sents, genre_p, declared)
    out = {}
    for k, s in enumerate(sents):
        a = s.article_id
        piece = a in declared or (genre_p[a] >= cfg.genre_threshold and a not in wire)
        out[(a, s.start)] = {
            "verdict": verdict[k],
            "judgement": judged[k],
            "genre_p": genre_p[a],
            "trigger": "letters page"
            if a in letters
            else "declared opinion piece"
            if a in declared
            else "genre model: opinion piece"
            if piece
            else "agency copy"
            if a in wire
            else "news report",
            "news": not piece and a not in letters and a not in wire,
            "named_quote": quotes_named_speaker(s.text),
            "eligible": prep.eligible[k],
            "end": s.end,
            "text": s.text,
        }
    return out


def noted(e: dict, cfg: BriefConfig, cut: float) -> bool:
    """Whether the pipeline notes a sentence with this evidence: news reports by the judgement model at ``cut`` (0:
    the verdict model at ``opinion_threshold``), opinion pieces at ``opinion_piece_threshold``."""
    if e["named_quote"]:
        return False
    if e["trigger"] == "letters page":
        return True
    if e["trigger"] == "agency copy":
        return False
    if not e["news"]:
        return e["verdict"] >= cfg.opinion_piece_threshold
    return e["judgement"] >= cut if cut > 0 else e["verdict"] >= cfg.opinion_threshold


def breakdown(data: Path, split: str) -> None:
    """The trust briefs' notes on labelled summary sentences, by trigger (what made the note) and label."""
    config = BriefConfig(words=300, analysis=False)
    briefer = Briefer(config)
    tally: Counter[tuple[str, str]] = Counter()
    for _, lc in sorted(load_trust(data, SENTENCES_FILE, PAIRS_FILE).items()):
        if lc.split != split:
            continue
        brief = briefer(lc.cluster.articles)
        ev = evidence(briefer, lc.cluster.articles)
        labels = {k: v for k, v in lc.sentence_labels.items() if k not in lc.changed}
        for item, claim in zip(brief.summary, claims_of(brief, lc.sentences), strict=True):
            label = labels.get(claim.key)
            if label is None or label == "disputed":
                continue
            e = ev[(item.source.article_id, item.source.start)]
            kind = "right note" if claim.attributed and label == "opinion" else "wrong note" if claim.attributed else ""
            kind = kind or ("opinion as fact" if label == "opinion" else "")
            if kind:
                tally[(kind, e["trigger"])] += 1
    for (kind, trigger), n in sorted(tally.items()):
        print(f"{kind:16} {trigger:32} {n}")


def draw(data: Path, out: Path) -> None:
    """Write the items (with text: keep the file out of the repository)."""
    config = BriefConfig(words=300, analysis=False)
    briefer = Briefer(config)
    skip = labelled_clusters(exclude="view_news_labels") | BLIND_CLUSTERS
    rows = []
    for c in read_clusters(data / MULTINEWS_FILE):
        if c.id in skip:
            continue
        for (aid, start), e in evidence(briefer, list(c.articles)).items():
            if e["eligible"] and e["news"] and not e["named_quote"] and e["verdict"] >= 0.35:
                rows.append({"story": c.id, "part": part(c.id), "source": aid, "start": start, **e})
    rng = random.Random(22)
    rng.shuffle(rows)
    per: Counter[str] = Counter()
    picked = []
    for high, n in ((True, 120), (False, 40)):
        pool = [r for r in rows if (r["verdict"] >= 0.5) is high]
        for r in pool:
            if sum((p["verdict"] >= 0.5) is high for p in picked) >= n:
                break
            if per[r["story"]] < 4:
                per[r["story"]] += 1
                picked.append(r)
    picked.sort(key=lambda r: (r["story"], r["source"], r["start"]))
    with out.open("w", encoding="utf-8") as fh:
        for k, r in enumerate(picked):
            sha1 = hashlib.sha1(r["text"].encode()).hexdigest()[:8]
            fh.write(json.dumps({"id": f"vn{k:03d}", "sha1": sha1, **r}) + "\n")
    print(f"{len(picked)} items of {len(per)} clusters -> {out}")


def score(data: Path, which: str, cut: float) -> None:
    """Wrong notes and opinion as fact on the new labels of one part, at the verdict rule and at ``cut``."""
    rows = [json.loads(line) for line in LABELS_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if r["part"] == which]
    wanted = {r["story"] for r in rows}
    config = BriefConfig(words=300, analysis=False)
    briefer = Briefer(config)
    ev: dict[tuple[str, int], dict] = {}
    for c in read_clusters(data / MULTINEWS_FILE):
        if c.id in wanted:
            ev |= evidence(briefer, list(c.articles))
    for name, at in (("verdict >= 0.5 (before)", 0.0), (f"judgement >= {cut}", cut)):
        tally: Counter[str] = Counter()
        for r in rows:
            e = ev[(r["source"], r["start"])]
            if hashlib.sha1(e["text"].encode()).hexdigest()[:8] != r["sha1"]:
                raise SystemExit(f"error: {r['id']}: the sentence changed since labelling")
            n, opinion = noted(e, config, at), r["label"] == "opinion"
            tally["wrong notes"] += n and not opinion
            tally["opinion as fact"] += opinion and not n
            tally["right notes"] += n and opinion
        print(
            f"{which} ({len(rows)} items, {sum(r['label'] == 'opinion' for r in rows)} opinion) {name}: {dict(tally)}"
        )


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    ap.add_argument("--breakdown", choices=("dev", "heldout"))
    ap.add_argument("--items", type=Path)
    ap.add_argument("--score", choices=("dev", "heldout"))
    ap.add_argument("--cut", type=float, default=0.55, help="judgement model cut for news reports (chosen on dev)")
    args = ap.parse_args(argv)
    if args.breakdown:
        breakdown(args.data, args.breakdown)
    if args.items:
        draw(args.data, args.items)
    if args.score:
        score(args.data, args.score, args.cut)


if __name__ == "__main__":
    main()
