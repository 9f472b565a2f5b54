"""Labels of the names proposed for an opening definite description ("The company" -> "The company [Acme]") and for
an opening He/She across a paragraph break, and the precision of the resolvers against them (issue 10).

``description_items.py`` writes the items (outside the repository); the guideline and both readings sit beside them
(``GUIDELINE.md``; ``answers_a.jsonl``: what the reader says the description stands for, blind, items in source
order; ``answers_b.jsonl``: right / wrong / unclear with the proposal shown, items shuffled). ``--write`` combines
the two readings into ``tests/data/description_names.jsonl``: ids, offsets, the kind, a hash of the proposed name
and the labels, no text. A proposal is ``right`` only when the blind reading names the same referent and the second
reading says right; ``wrong`` when either names something else; else ``unclear`` (``pronoun_labels.final_label``).

``--score`` runs today's resolvers over the same sources and reads each proposal's label: a proposal whose sentence
or name is not labelled counts apart (``unlabelled``), never as right. The project ships a resolver only at >= 0.97
on the fresh part.

Run: ``python benchmarks/description_labels.py --items /work/labels/mend13/(dev|fresh) (--write | --score)``.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pronoun_labels

ROOT = Path(__file__).resolve().parents[1]
LABELS_FILE = ROOT / "tests" / "data" / "description_names.jsonl"


def _words(name: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"[\w’'-]+", name)} - {"the", "inc", "corp", "co", "of"}


def blind_verdict(answer: str, proposed: str) -> str:
    """The blind reading as a verdict on the proposal: right when the two names share their last word or one holds
    the other ("Obama" / "Barack Obama", "Associated Investigative Services" / "... Inc"), wrong when they name
    something else, unclear when the reader named nothing."""
    if answer.strip().lower() in ("unclear", "other", ""):
        return "unclear"
    a, p = _words(answer), _words(proposed)
    last = re.findall(r"[\w’'-]+", proposed)
    return "right" if a <= p or p <= a or (last and last[-1].casefold() in a) else "wrong"


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_labels(path: Path = LABELS_FILE) -> dict[tuple[str, int, str], str]:
    """(article id, the sentence's start in the cleaned article, name hash) -> final label."""
    return pronoun_labels.load_labels(path)


def main() -> None:
    args = pronoun_labels.arguments(__doc__, "description_items.py")
    if args.write:
        pronoun_labels.write_readings(args.items, LABELS_FILE, verdict=blind_verdict, extra=("kind",))
    if args.score:
        from description_items import DEFAULT_DATA_DIR, fresh, harvest

        proposals = (harvest if args.set == "dev" else fresh)(args.data or DEFAULT_DATA_DIR)
        labels = load_labels()
        for kind in ("description", "pronoun"):
            pronoun_labels.print_precision([p for p in proposals if p["kind"] == kind], labels, f"{kind} ")


if __name__ == "__main__":
    main()
