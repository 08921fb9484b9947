"""The lean BERT encoder makes the vectors sentence-transformers makes, bit for bit, and is used only where
the model folder is a plain BERT with mean pooling."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest
import torch

from index.embeddings.base import EmbeddingConfig
from index.embeddings.bert import BertEncoder, plain_bert
from index.embeddings.sentence_transformers import (
    SentenceTransformerEmbedder,
    SentenceTransformersEncoder,
    default_model_path,
)

DATA = Path(__file__).parents[1] / "data"
#: Texts of every length the index embeds: short questions, sentences, whole passages, one past 512 tokens.
TEXTS = ["Hva er målet?", "Kort.", "", "x" * 3000] + [
    text[i : i + size]
    for path in sorted(DATA.glob("collection*/*.txt"))[:2]
    for text in [path.read_text(encoding="utf-8")]
    for size in (120, 700)
    for i in range(0, min(len(text), 4000), size + 50)
]


@pytest.fixture(scope="module")
def reference() -> SentenceTransformersEncoder:
    return SentenceTransformersEncoder(str(default_model_path()))


@pytest.mark.parametrize("precision", ["fp32", "bf16"])
def test_passages_are_bit_identical_to_sentence_transformers_encode(
        reference: SentenceTransformersEncoder, precision: str) -> None:
    lean = SentenceTransformerEmbedder(EmbeddingConfig(precision=precision))
    assert isinstance(lean.encoder, BertEncoder)
    autocast = torch.autocast("cpu", dtype=torch.bfloat16, enabled=precision == "bf16")
    with torch.inference_mode(), autocast:
        expected = reference.model.encode(TEXTS, prompt_name="passage", batch_size=32, convert_to_numpy=True,
                                          normalize_embeddings=True, show_progress_bar=False)
    assert np.array_equal(lean.embed_passages(TEXTS), expected)


@pytest.mark.parametrize("precision", ["fp32", "bf16"])
def test_questions_are_bit_identical_through_either_encoder(
        reference: SentenceTransformersEncoder, precision: str) -> None:
    lean = SentenceTransformerEmbedder(EmbeddingConfig())
    through_st = SentenceTransformerEmbedder.__new__(SentenceTransformerEmbedder)
    through_st.__dict__.update(lean.__dict__, encoder=reference)
    questions = TEXTS[:40]
    assert np.array_equal(lean.embed_queries_in(questions, precision),
                          through_st.embed_queries_in(questions, precision))


def test_token_ids_match_the_sentence_transformers_tokenizer(reference: SentenceTransformersEncoder) -> None:
    lean = BertEncoder(default_model_path())
    texts = ["passage: " + t for t in TEXTS] + ["  doble  mellomrom\tog\ttabulator  ", "«Sammen» – ﬁ-ligatur"]
    assert lean.token_ids(texts) == reference.token_ids(texts)
    assert max(len(ids) for ids in lean.token_ids(texts)) == 512


def test_only_a_plain_bert_with_mean_pooling_takes_the_lean_encoder(tmp_path: Path) -> None:
    folder = tmp_path / "model"
    shutil.copytree(default_model_path(), folder, ignore=shutil.ignore_patterns("model.safetensors"))
    (folder / "model.safetensors").symlink_to((default_model_path() / "model.safetensors").resolve())
    assert plain_bert(folder)
    pooling = folder / "1_Pooling" / "config.json"
    described = json.loads(pooling.read_text(encoding="utf-8"))
    pooling.write_text(json.dumps({**described, "pooling_mode_mean_tokens": False, "pooling_mode_cls_token": True}),
                       encoding="utf-8")
    assert not plain_bert(folder)
    pooling.write_text(json.dumps(described), encoding="utf-8")
    modules = json.loads((folder / "modules.json").read_text(encoding="utf-8"))
    (folder / "modules.json").write_text(json.dumps(modules[:2]), encoding="utf-8")
    assert not plain_bert(folder)
    assert not plain_bert(tmp_path / "missing")
