"""A BERT sentence encoder in plain torch, for sentence-transformers folders that hold nothing else.

Loading a model through sentence-transformers imports transformers and sentence-transformers (about 6 s on the
development machine) and parses the tokenizer twice; the encoder itself is a dozen lines of torch. A folder
whose modules are exactly a BERT transformer, mean pooling and normalisation (the converted default model is
one) is run here instead: the same kernels in the same order, so every vector is bit-identical to the one
sentence-transformers makes (``tests/index/test_bert.py`` holds the two side by side, fp32 and bf16).
Any other folder or model name returns ``None`` from :func:`load` and goes through sentence-transformers.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
import torch.nn.functional as F

_MODULES = ["sentence_transformers.models.Transformer", "sentence_transformers.models.Pooling",
            "sentence_transformers.models.Normalize"]


def _read(folder: Path, name: str) -> Any:
    return json.loads((folder / name).read_text(encoding="utf-8"))


def plain_bert(folder: Path) -> bool:
    """Whether ``folder`` is a sentence-transformers BERT with mean pooling and normalisation and nothing else
    (absolute positions, no lower-casing, weights in safetensors, a fast tokenizer file)."""
    try:
        modules = [m["type"] for m in _read(folder, "modules.json")]
        config = _read(folder, "config.json")
        pooling = _read(folder, "1_Pooling/config.json")
        described = _read(folder, "sentence_bert_config.json")
    except (OSError, ValueError, KeyError, TypeError):
        return False
    modes = {k for k, v in pooling.items() if k.startswith("pooling_mode_") and v}
    return (modules == _MODULES and config.get("model_type") == "bert"
            and config.get("position_embedding_type", "absolute") == "absolute"
            and modes == {"pooling_mode_mean_tokens"} and not described.get("do_lower_case", False)
            and (folder / "model.safetensors").is_file() and (folder / "tokenizer.json").is_file())


@dataclass(frozen=True)
class Batch:
    """Token ids of a batch padded to one length, and which positions are tokens."""

    ids: torch.Tensor
    mask: torch.Tensor

    @classmethod
    def padded(cls, token_ids: list[list[int]], pad_id: int, length: int | None = None) -> Batch:
        """Ids padded on the right with ``pad_id`` to ``length`` (default: the longest)."""
        width = length or max(len(ids) for ids in token_ids)
        ids = torch.full((len(token_ids), width), pad_id, dtype=torch.long)
        mask = torch.zeros((len(token_ids), width), dtype=torch.long)
        for row, seq in enumerate(token_ids):
            ids[row, : len(seq)] = torch.tensor(seq, dtype=torch.long)
            mask[row, : len(seq)] = 1
        return cls(ids, mask)


class BertEncoder:
    """Token ids in, mean-pooled unit vectors out: BERT's encoder over the folder's weights."""

    def __init__(self, folder: Path) -> None:
        from safetensors.torch import load_file
        from tokenizers import Tokenizer

        config = _read(folder, "config.json")
        self.heads, self.layers = int(config["num_attention_heads"]), int(config["num_hidden_layers"])
        self.eps, self.pad_id = float(config["layer_norm_eps"]), int(config.get("pad_token_id") or 0)
        self.dim = int(config["hidden_size"])
        self.max_seq_length = int(_read(folder, "sentence_bert_config.json").get("max_seq_length") or 512)
        described = _read(folder, "config_sentence_transformers.json") if (
            folder / "config_sentence_transformers.json").is_file() else {}
        self.prompts: dict[str, str] = dict(described.get("prompts") or {})
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(self.max_seq_length)
        self.w = load_file(str(folder / "model.safetensors"))

    def token_ids(self, texts: list[str]) -> list[list[int]]:
        """Each text's token ids, special tokens included, cut at the model's length."""
        return [e.ids for e in self.tokenizer.encode_batch(texts)]

    def _linear(self, x: torch.Tensor, name: str) -> torch.Tensor:
        return F.linear(x, self.w[name + ".weight"], self.w[name + ".bias"])

    def _norm(self, x: torch.Tensor, name: str) -> torch.Tensor:
        return F.layer_norm(x, (x.shape[-1],), self.w[name + ".weight"], self.w[name + ".bias"], self.eps)

    def tokens(self, batch: Batch) -> torch.Tensor:
        """The last layer's token vectors, ``(batch, length, dim)``."""
        w, (rows, length) = self.w, batch.ids.shape
        x = F.embedding(batch.ids, w["embeddings.word_embeddings.weight"])
        x = x + w["embeddings.token_type_embeddings.weight"][0]
        x = self._norm(x + w["embeddings.position_embeddings.weight"][:length], "embeddings.LayerNorm")
        # A boolean mask over every query row, or none without padding: the attention kernel transformers picks.
        allowed = None if bool(batch.mask.all()) else (
            batch.mask.bool()[:, None, None, :].expand(rows, 1, length, length).contiguous())
        head = self.dim // self.heads
        for i in range(self.layers):
            p = f"encoder.layer.{i}."
            q, k, v = (self._linear(x, p + "attention.self." + n).view(rows, length, -1, head).transpose(1, 2)
                       for n in ("query", "key", "value"))
            a = F.scaled_dot_product_attention(q, k, v, attn_mask=allowed, dropout_p=0.0, scale=head ** -0.5)
            a = a.transpose(1, 2).reshape(rows, length, -1).contiguous()
            x = self._norm(self._linear(a, p + "attention.output.dense") + x, p + "attention.output.LayerNorm")
            h = F.gelu(self._linear(x, p + "intermediate.dense"))
            x = self._norm(self._linear(h, p + "output.dense") + x, p + "output.LayerNorm")
        return x

    def sentences(self, batch: Batch) -> torch.Tensor:
        """Mean of the token vectors over the real tokens, normalised: ``(batch, dim)``."""
        x = self.tokens(batch)
        mask = batch.mask.unsqueeze(-1).to(x.dtype)
        total = (x * mask).sum(dim=1, dtype=torch.float32)
        count = torch.clamp(mask.sum(dim=1, dtype=torch.float32), min=1e-9)
        return F.normalize((total / count).to(x.dtype), p=2, dim=1)
