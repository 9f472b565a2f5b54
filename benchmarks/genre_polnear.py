"""PolNeAR train articles as further genre training data (tests/data/genre_labels_polnear.jsonl).

The Multi-News genre labels hold 25 development opinion pieces, none of them a stock-picking column or an
op-ed sent by an outside writer, and no class for a primary document (a statement, a transcript, a Q&A), whose
first person is a speaker's, not a writer's verdict. PolNeAR **train** (840 articles of seven outlets, 2015-16)
holds op-eds, columns, letters, editorials, transcripts and Q&As beside news reports; its titles, bylines and
sign-offs declare them. Only train articles are read here: PolNeAR dev holds the reserved blind pool.

Guideline (written before the first reading):

- ``news``: a report by a reporter or a wire of what happened or was said; the writer's own evaluations are absent
  or incidental. An analysis or explainer that mostly reports, a fact-check without "I", a slanted aggregation
  ("... The Establishment Did Something SICK") are news.
- ``opinion``: the writer argues or judges in their own voice: an op-ed, column, editorial, review, letters to the
  editor, argued blog post, satire. Signs: a label ("Opinion", "Column", "LETTERS"), the writer's "I"/"we",
  verdicts attributed to no one, "you" to the reader, a contributor's or columnist's sign-off.
- ``primary``: a document in someone else's own words reproduced whole or nearly: a statement, letter, speech,
  debate or interview transcript, Q&A, book excerpt; its first person is the speaker's.
- ``unsure``: the excerpt does not tell. The outlet's name alone decides nothing.

The labels were given twice by one reader (this session's helper, not two people): first from the title, byline,
opening and last paragraph; then, shuffled and without title or byline, from two paragraphs at 40% of the text and
the last two, blind to the first reading. Where they differ a third reading of both excerpts decided
(``label``). 84 articles are a seeded random sample (12 per outlet); 36 more were drawn for cues of a writer's voice
(first-person rate outside quotes, a bio as the last paragraph), since the random sample holds few opinion pieces.
``split`` (``fit`` / ``heldout``) is fixed by a hash of the id. Records hold ids, hashes and labels, never text.

Run: ``python benchmarks/genre_polnear.py --agreement`` prints the two readings' agreement (Cohen's kappa).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from agreement import cohen_kappa  # siblings: scripts, not a package
from trust_items import DEFAULT_DATA_DIR, ROOT

LABELS_FILE = ROOT / "tests" / "data" / "genre_labels_polnear.jsonl"
ARTICLES = Path("polnear") / "polnear_articles_train.jsonl"
#: news / opinion / primary (a statement, letter, speech, transcript or Q&A in its speaker's own words) / unsure.
LABELS = ("news", "opinion", "primary", "unsure")


def sha1_of(text: str) -> str:
    """First 8 hex digits of the article's text, checked when the labels are read back."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


def split_of(article_id: str) -> str:
    """``heldout`` for a third of the articles, by a hash of the id (not by what was read)."""
    return "heldout" if int(hashlib.sha1(article_id.encode()).hexdigest(), 16) % 3 == 0 else "fit"


def read_articles(data_dir: Path, ids: set[str]) -> dict[str, dict]:
    """The PolNeAR train records of ``ids`` (id, text, title, outlet, ...)."""
    out = {}
    with (data_dir / ARTICLES).open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["id"] in ids:
                out[rec["id"]] = rec
    return out


def load_polnear_labels(data_dir: Path = DEFAULT_DATA_DIR, path: Path = LABELS_FILE) -> list[dict]:
    """The label records, each checked against its article's text hash."""
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = read_articles(data_dir, {r["id"] for r in records})
    for rec in records:
        if sha1_of(texts[rec["id"]]["text"]) != rec["sha1"]:
            raise SystemExit(f"error: {rec['id']}: the article's text changed since it was labelled")
    return records


def story_article(rec: dict):
    """The article as the brief reads a page: the title apart from the text (PolNeAR repeats it as the first
    paragraph), so the genre features see the story sentences only, as on Multi-News raw documents."""
    from newsbrief.model import Article

    title = (rec.get("title") or "").strip()
    paragraphs = rec["text"].split("\n\n")
    if title and paragraphs and paragraphs[0].strip().rstrip(".") == title.rstrip("."):
        paragraphs = paragraphs[1:]
    return Article(id=rec["id"], text="\n\n".join(paragraphs), title=title or None, outlet=rec.get("outlet"))


def document_features(data_dir: Path, records: list[dict]) -> dict[str, list[float]]:
    """Article id -> genre features, read as the brief reads a source (cleaned, story sentences, verdict scores)."""
    from newsbrief.pipeline import clean_articles, story_sentences
    from newsbrief.summarize.genre import genre_features
    from newsbrief.summarize.opinion import default_threshold, opinion_scores

    threshold = default_threshold()
    texts = read_articles(data_dir, {r["id"] for r in records})
    out = {}
    for rec in records:
        cleaned, _ = clean_articles([story_article(texts[rec["id"]])])
        if not cleaned:
            continue
        sents = story_sentences(cleaned[0])
        out[rec["id"]] = genre_features(sents, opinion_scores(sents), threshold)
    return out


def agreement(records: list[dict]) -> tuple[float, Counter]:
    """Cohen's kappa of the two readings and the (first, second) pairs that differ."""
    a = [r["labels"]["first"] for r in records]
    b = [r["labels"]["second"] for r in records]
    return cohen_kappa(a, b), Counter((x, y) for x, y in zip(a, b, strict=True) if x != y)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    ap.add_argument("--labels", type=Path, default=LABELS_FILE)
    ap.add_argument("--agreement", action="store_true")
    args = ap.parse_args(argv)
    records = load_polnear_labels(args.data, args.labels)
    kappa, pairs = agreement(records)
    print(f"{len(records)} articles; kappa {kappa:.3f}; labels {dict(Counter(r['label'] for r in records))}")
    print("by sample and split:", dict(Counter((r["sample"], r["split"], r["label"]) for r in records)))
    for (x, y), n in pairs.most_common():
        print(f"  first {x} / second {y}: {n}")


if __name__ == "__main__":
    main()
