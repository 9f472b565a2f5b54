"""Quote attribution on a long transcript-like article: today's indexed code against the code it replaced.

Issue 14, target 5: attribution used to scan every token of a document for every quote (tokens x quotes
x 4). The article is built here from real PolNeAR **train** sentences (quotes and narration, never
stored): 200 quotes in about 5,000 words, each attributed in one of the usual forms (``"...," X said.``,
``X said: "..."``, ``"...," he added.``), plus a quarter-size article to show how each version grows.
The replaced code is read from git (``--before``, default the commit where this branch left main) and
loaded as a module beside today's, so both run in one process on the same parsed ``Doc``; only
attribution is timed (parsing is shared and identical). Times are the least of ``--repeat`` runs.

Run: ``python benchmarks/quotes_speed.py`` (needs ``../shared/data/polnear`` and git).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from newsbrief.analyse.nlp import load_nlp
from newsbrief.analyse.quotes import extract_quotes, parse
from newsbrief.model import Article

if TYPE_CHECKING:
    from spacy.tokens import Doc

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / ".." / "shared" / "data"
_FORMS = ('"{q}," {name} said.', '{name} said: "{q}"', '"{q}," {pron} added.', '{name} told reporters: "{q}"')


def transcript(data: Path, quotes: int, words: int, seed: int = 14) -> str:
    """A long article of ``quotes`` attributed quotes and narration, about ``words`` words long."""
    rng = random.Random(seed)
    root = data / "polnear"
    qs = [json.loads(line) for line in (root / "polnear_direct_quotes_train.jsonl").open(encoding="utf-8")]
    pool = [
        q["quote"].strip().rstrip(",.") + "."
        for q in qs
        if 8 <= q["n_words"] <= 20 and not re.search(r"[\"“”‘’'\n]", q["quote"])
    ]
    names = sorted({q["speaker"] for q in qs if q["speaker"] and len(q["speaker"].split()) == 2})
    narration: list[str] = []
    for line in (root / "polnear_articles_train.jsonl").open(encoding="utf-8"):
        for para in json.loads(line)["text"].split("\n"):
            if 15 <= len(para.split()) <= 60 and not re.search(r"[\"“”‘’'`]", para):
                narration.append(para.strip())
    rng.shuffle(pool)
    rng.shuffle(narration)
    paras: list[str] = []
    n_words = 0
    for i in range(quotes):
        name = rng.choice(names)
        paras.append(f"{name} spoke next.")
        paras.append(rng.choice(_FORMS).format(q=pool[i], name=name, pron="he"))
        n_words += len(paras[-1].split()) + 3
    out = list(paras)
    k = 0
    while n_words < words and k < len(narration):  # narration between quote pairs, at random places
        at = 2 * rng.randrange(quotes + 1)
        out.insert(at, narration[k])
        n_words += len(narration[k].split())
        k += 1
    return "\n\n".join(out)


def load_before(rev: str) -> object:
    """The quotes module as it was at ``rev``, loaded under another name."""
    source = subprocess.run(
        ["git", "show", f"{rev}:src/newsbrief/analyse/quotes.py"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    path = Path(tempfile.mkdtemp()) / "quotes_before.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("quotes_before", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def best_of(extract: Callable[[Article, Doc], object], article: Article, doc: Doc, repeat: int) -> float:
    """Least CPU time of ``repeat`` calls (the machine is shared: the least is the least disturbed)."""
    times = []
    for _ in range(repeat):
        t0 = time.process_time()
        extract(article, doc)
        times.append(time.process_time() - t0)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--before", default=None, help="git revision of the replaced code (default: merge-base main)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    if not (args.data / "polnear").is_dir():
        print(f"no PolNeAR at {args.data / 'polnear'}; see ../shared/data/README.md", file=sys.stderr)
        return 2
    rev = (
        args.before
        or subprocess.run(
            ["git", "merge-base", "HEAD", "main"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
    )
    before = load_before(rev)
    nlp = load_nlp()
    print(f"before = {rev[:10]}; CPU seconds, least of {args.repeat} runs\n")
    print("| article | words | tokens | quotes found (before / after) | before s | after s | after / before |")
    print("|---|---|---|---|---|---|---|")
    for quotes, words in ((50, 1250), (200, 5000)):
        text = transcript(args.data, quotes, words)
        article = Article(id="transcript", text=text)
        doc = next(parse(nlp, [text]))
        n_before = len(before.extract_quotes(article, doc))  # type: ignore[attr-defined]
        n_after = len(extract_quotes(article, doc))
        t_before = best_of(before.extract_quotes, article, doc, args.repeat)  # type: ignore[attr-defined]
        t_after = best_of(extract_quotes, article, doc, args.repeat)
        print(
            f"| {quotes} quotes | {len(text.split()):,} | {len(doc):,} | {n_before} / {n_after} | "
            f"{t_before:.3f} | {t_after:.3f} | {t_after / t_before:.3f} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
