"""Embedding cache keyed by content hash and model id: an unchanged passage is never embedded twice."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import numpy as np

from index.embeddings.base import Embedder


def cache_key(model_id: str, text: str) -> str:
    """sha256 of model id and the exact text embedded (prefix included by the backend, so same model = same key)."""
    return hashlib.sha256(f"{model_id}\x00{text}".encode()).hexdigest()


class EmbeddingCache:
    """An SQLite file of ``key -> float32 vector``; safe to share between builds."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.db = sqlite3.connect(path)
        self.db.execute("CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, dim INTEGER, vec BLOB)")

    def get(self, keys: list[str], dim: int) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            rows = self.db.execute(
                f"SELECT key, dim, vec FROM vectors WHERE key IN ({','.join('?' * len(chunk))})", chunk
            )
            for key, d, blob in rows:
                if d == dim:
                    found[key] = np.frombuffer(blob, dtype=np.float32)
        return found

    def put(self, items: dict[str, np.ndarray]) -> None:
        self.db.executemany(
            "INSERT OR REPLACE INTO vectors VALUES (?, ?, ?)",
            [(k, int(v.shape[0]), np.ascontiguousarray(v, dtype=np.float32).tobytes()) for k, v in items.items()],
        )
        self.db.commit()

    def close(self) -> None:
        self.db.close()


Progress = Callable[[int, int], None]
CHUNK = 256


def no_progress(done: int, total: int) -> None:
    return None


def embed_cached(embedder: Embedder, texts: list[str], cache: EmbeddingCache | None,
                 progress: Progress = no_progress) -> tuple[np.ndarray, int]:
    """Passage vectors for ``texts``, embedding only those the cache lacks; returns (vectors, embedded count).

    Missing texts are embedded longest first in chunks (progress per chunk), so
    each batch holds texts of similar length and padding stays small.
    """
    keys = [cache_key(embedder.passage_id, t) for t in texts]
    found = cache.get(list(dict.fromkeys(keys)), embedder.dim) if cache else {}
    text_of = {k: t for k, t in zip(keys, texts, strict=True)}
    missing = sorted(dict.fromkeys(k for k in keys if k not in found), key=lambda k: -len(text_of[k]))
    for i in range(0, len(missing), CHUNK):
        progress(i, len(missing))
        chunk = missing[i : i + CHUNK]
        new = dict(zip(chunk, embedder.embed_passages([text_of[k] for k in chunk]), strict=True))
        if cache:
            cache.put(new)
        found.update(new)
    progress(len(missing), len(missing))
    out = np.stack([found[k] for k in keys]) if keys else np.zeros((0, embedder.dim), np.float32)
    return out.astype(np.float32), len(missing)
