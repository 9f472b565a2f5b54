"""What would a MiniLM cosine cost on the brief path? The sentences support would have to embed, and the brief's CPU.

Session 17 (issue 10). Briefs the first ``--limit`` Multi-News ``val_raw`` clusters (300 words, analysis off;
the lead's reserved clusters skipped) and prints the brief path's CPU seconds, the clusters' story sentences,
and the sentences support would embed: each summary sentence and every sentence of another article it is
scored against (the cosine neighbours at or above ``MIN_COSINE``). It writes those sentences for
``benchmarks/minilm_embed.py``, whose CPU seconds divided by this run's give the embedding's share:

    python benchmarks/support_cost.py --limit 40 --out sentences.jsonl
    .venv-emb/bin/python benchmarks/minilm_embed.py sentences.jsonl vectors.npz --backend torch
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from newsbrief import BriefConfig, Briefer, read_clusters
from newsbrief.compare.support import support_rows
from newsbrief.pipeline import story_sentences
from reserved import BLIND_CLUSTERS  # the lead's blind reading: never briefed here
from trust_items import DEFAULT_DATA_DIR, require_data, write_jsonl


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--limit", type=int, default=40)
    parser.add_argument("--out", type=Path, required=True, help="where to write the sentences to embed")
    args = parser.parse_args(argv)
    require_data(args.data)
    logging.getLogger("newsbrief").setLevel(logging.ERROR)
    clusters = [c for c in read_clusters(args.data / "multinews" / "val_raw.jsonl") if c.id not in BLIND_CLUSTERS]
    clusters = clusters[: args.limit]
    briefer = Briefer(BriefConfig(words=300, analysis=False))
    briefer(clusters[0].articles)  # warm: models and word tables loaded once, as a server does
    spent, story, to_embed = 0.0, 0, []
    for cluster in clusters:
        start = time.process_time()
        brief = briefer(cluster.articles)
        spent += time.process_time() - start
        sentences = [s for a in brief.sources for s in story_sentences(a)]
        story += len(sentences)
        by_span = {(s.article_id, s.start): k for k, s in enumerate(sentences)}
        spans = ((x.source.article_id, x.source.start) for x in brief.summary)
        chosen = [sentences[by_span[k]] for k in spans if k in by_span]
        rows = support_rows(sentences, chosen)
        columns = sorted(set(rows.nonzero()[1].tolist()) | {by_span[(s.article_id, s.start)] for s in chosen})
        to_embed += [sentences[k].text for k in columns]
    write_jsonl(args.out, to_embed)
    print(f"{len(clusters)} clusters: brief path {spent:.1f} CPU s ({1000 * spent / len(clusters):.0f} ms a brief)")
    per = len(to_embed) / len(clusters)
    print(f"story sentences {story}; sentences support would embed {len(to_embed)} ({per:.1f} a brief)")


if __name__ == "__main__":
    main()
