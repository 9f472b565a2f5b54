"""PolNeAR (Newell et al., LREC 2018) as a quote benchmark: loading, scoring, and textacy as a peer.

Data: ``../shared/data/polnear/polnear_{articles,direct_quotes}_{train,dev}.jsonl`` (README there). The
test split is kept aside to judge the project and is never read here. ``train`` is the development set
(rules and the speaker ranker are tuned on it); ``dev`` is the held-out report.

Scorer rules (issue 11): a predicted quote matches a gold quote of the same article when the character
Jaccard overlap of their inner spans is >= 0.8, one-to-one, best overlap first; speakers are equal after
case-folding and dropping honorifics, or share their last word, or one name's words are a subset of the
other's (``benchmarks/quotes.py:same_speaker``). Measures:

- span precision (matched / predicted), recall over all gold quotes and over those of 3+ words (PolNeAR
  also marks 1-2 word scare quotes, which newsbrief leaves out on purpose);
- speaker accuracy over matched quotes whose annotated source names the speaker in the text
  (``speaker_resolved_by == "text"``), and over every matched quote with a resolved speaker;
- missing: share of those "named" matched quotes to which the extractor gives no speaker;
- *source names ours*: the "named" quotes scored wrong whose annotated source span opens with the predicted
  speaker ("Peter Morgan, a lawyer for the Sierra Club" with ``speaker`` "Sierra Club", "Jason Sims -- a teacher
  from Mount Pleasant --" with "Mount Pleasant"): the dataset's derived name is another word of the span than the
  person the annotator marked as the source. They stay wrong in "speaker (named)" (the scorer is not changed) and
  are counted apart, so the errors left are the ones a reader would call wrong. On train the span's leading name
  is the derived speaker in 1,047 of 1,053 sources of the shape "Name, ..." / "Name of ..."; the other 6 are
  places of the span (session 12), so crediting the person follows the annotators' own convention.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsbrief.model import Article, Quote

SPLITS = ("train", "dev")


@dataclass(frozen=True, slots=True)
class Gold:
    """One annotated direct quote of PolNeAR."""

    start: int
    end: int
    speaker: str | None
    resolved_by: str
    n_words: int
    source: str = ""


@dataclass(slots=True)
class Tally:
    """Counts for one row of the PolNeAR table."""

    articles: int = 0
    gold: int = 0
    gold3: int = 0
    predicted: int = 0
    matched: int = 0
    matched3: int = 0
    named: int = 0
    named_ok: int = 0
    named_missing: int = 0
    named_source_ours: int = 0
    resolved: int = 0
    resolved_ok: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in self.__slots__:  # type: ignore[attr-defined]
            if name != "errors":
                setattr(self, name, getattr(self, name) + getattr(other, name))

    def rates(self) -> dict[str, float]:
        def div(a: int, b: int) -> float:
            return a / b if b else 0.0

        return {
            "precision": div(self.matched, self.predicted),
            "recall": div(self.matched, self.gold),
            "recall3": div(self.matched3, self.gold3),
            "speaker_named": div(self.named_ok, self.named),
            "speaker_resolved": div(self.resolved_ok, self.resolved),
            "missing_named": div(self.named_missing, self.named),
            "source_ours": div(self.named_source_ours, self.named),
        }


def load(data: Path, split: str, limit: int | None = None) -> list[tuple[Article, str, list[Gold]]]:
    """Articles of one split with their outlet and gold quotes, in file order.

    Raises:
        ValueError: ``split`` is not train or dev (the test split is never read).
    """
    if split not in SPLITS:
        raise ValueError(f"PolNeAR split must be one of {SPLITS}, got {split!r}")
    root = data / "polnear"
    golds: dict[str, list[Gold]] = {}
    with (root / f"polnear_direct_quotes_{split}.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            q = json.loads(line)
            golds.setdefault(q["article"], []).append(
                Gold(
                    q["start"],
                    q["end"],
                    q["speaker"],
                    q["speaker_resolved_by"],
                    q["n_words"],
                    q.get("source_raw") or "",
                )
            )
    out = []
    with (root / f"polnear_articles_{split}.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            a = json.loads(line)
            out.append((Article(id=a["id"], text=a["text"], outlet=a["outlet"]), a["outlet"], golds.get(a["id"], [])))
            if limit is not None and len(out) >= limit:
                break
    return out


#: where a source span's leading name ends: its appositive, a dash, a bracket, "of"/"from"/"who"/"at" and the like
_HEAD_END = re.compile(r"\s*(?:,|—|–|--|\(|\b(?:of|from|at|for|with|who|in|and)\b)\s*")


def source_head(source: str) -> str:
    """The leading name of an annotated source span: "Peter Morgan" of "Peter Morgan, a lawyer for the Sierra
    Club", "Clinton campaign spokesman Brian Fallon" of itself (its last word is the person)."""
    return _HEAD_END.split(source.replace("\xa0", " ").strip(), maxsplit=1)[0].strip()


def source_names(source: str, speaker: str | None) -> bool:
    """Whether ``speaker`` is the person an annotated source span opens with: the last word (the surname) of
    both the same, case-folded. Only the head's last word counts, so "Clinton" is not the person of "Clinton
    campaign spokesman Brian Fallon"."""
    if not speaker or not source:
        return False
    head = re.findall(r"[\w'’-]+", source_head(source).casefold())
    words = re.findall(r"[\w'’-]+", speaker.casefold())
    return bool(head and words) and head[-1] == words[-1]


def score_article(
    article: Article,
    pred: Sequence[Quote],
    gold: Sequence[Gold],
    match: Callable,
    same_speaker: Callable[[str | None, str | None], bool],
    errors: bool = False,
) -> Tally:
    """Tally one article's predictions against its gold quotes."""
    gdicts = [{"start": g.start, "end": g.end, "g": g} for g in gold]
    pairs = match(list(pred), gdicts)
    t = Tally(articles=1, gold=len(gold), gold3=sum(g.n_words >= 3 for g in gold), predicted=len(pred))
    t.matched = len(pairs)
    for p, gd in pairs:
        g: Gold = gd["g"]
        t.matched3 += g.n_words >= 3
        if g.resolved_by == "text":
            t.named += 1
            ok = same_speaker(p.speaker, g.speaker)
            t.named_ok += ok
            t.named_missing += p.speaker is None
            t.named_source_ours += not ok and source_names(g.source, p.speaker)
            if errors and not ok:
                ours = " [source names ours]" if source_names(g.source, p.speaker) else ""
                t.errors.append(
                    f"SPEAKER {article.id} {g.start} gold={g.speaker} got={p.speaker} verb={p.verb} "
                    f"source={g.source[:60]!r}{ours}"
                )
        if g.resolved_by in ("text", "coref"):
            t.resolved += 1
            t.resolved_ok += same_speaker(p.speaker, g.speaker)
    if errors:
        hit = {(gd["start"], gd["end"]) for _, gd in pairs}
        got = {id(p) for p, _ in pairs}
        snip = lambda s, e: article.text[s:e][:80].replace("\n", " ")  # noqa: E731
        for g in gold:
            if (g.start, g.end) not in hit and g.n_words >= 3:
                t.errors.append(f"MISS {article.id} {g.start}-{g.end} [{g.speaker}] {snip(g.start, g.end)}")
        for p in pred:
            if id(p) not in got:
                t.errors.append(f"FALSE {article.id} {p.start}-{p.end} [{p.speaker}] {snip(p.start, p.end)}")
    return t


def textacy_quotes(articles: Iterable[Article]) -> list[tuple[Quote, ...]]:
    """textacy's ``direct_quotations``, run paragraph by paragraph with newsbrief's spaCy model.

    textacy looks for quotes within one ``Doc`` and expects paragraphs apart (its docs); offsets are
    shifted back to the article, and the quote marks are dropped from the content span so that spans
    compare like with like.

    Raises:
        ModuleNotFoundError: textacy is not installed (the caller prints why the row is missing).
    """
    from textacy.extract.triples import direct_quotations

    from newsbrief.analyse.nlp import load_nlp

    nlp = load_nlp()
    out: list[tuple[Quote, ...]] = []
    for art in articles:
        paras, pos = [], 0
        for chunk in art.text.split("\n"):
            if chunk.strip():
                paras.append((pos, chunk))
            pos += len(chunk) + 1
        quotes: list[Quote] = []
        for (offset, _), doc in zip(paras, nlp.pipe(p for _, p in paras), strict=True):
            try:
                triples = list(direct_quotations(doc))
            except (ValueError, IndexError):  # textacy raises on some unbalanced marks
                continue
            for tr in triples:
                s, e = tr.content.start_char, tr.content.end_char
                text = doc.text
                while s < e and text[s] in "\"'“”‘’`":
                    s += 1
                while e > s and text[e - 1] in "\"'“”‘’`":
                    e -= 1
                speaker = " ".join(t.text for t in tr.speaker) or None
                verb = " ".join(t.text for t in tr.cue) or None
                quotes.append(Quote(text[s:e], speaker, verb, art.id, offset + s, offset + e))
        out.append(tuple(sorted(quotes, key=lambda q: q.start)))
    return out
