"""The search index of one build: passage vectors (faiss, or Milvus as configured) and BM25 terms, saved under
``BUILD/index/``.

``index.json`` records which embedding backend, model and model id built the
vectors and which passages the rows are, so :meth:`SearchIndex.load` reopens
exactly what was built and refuses a mismatch instead of searching nonsense.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from index.embeddings.base import Embedder, EmbeddingConfig, create_embedder
from index.embeddings.cache import EmbeddingCache, Progress, embed_cached, no_progress
from index.lexical.bm25 import BM25Index
from index.vectors.backends import VectorSettings, build_vectors, load_vectors
from index.vectors.base import VectorIndex
from index.windows import SIZE as WINDOW_SIZE
from index.windows import STRIDE as WINDOW_STRIDE
from index.windows import Window, configured_stride, windows
from kg.errors import SearchIndexError
from kg.passages.base import Passage

INDEX_DIR = "index"
#: Headings are their own passages; their titles already lead every passage below them.
SKIPPED_KINDS = frozenset({"heading"})
#: Share of a passage's dense score that comes from its best sentence window rather than its own vector
#: (tuned on the dev and tuning questions: 0.3 to 0.7 lay on a plateau).
WINDOW_WEIGHT = 0.3
#: Window hits fetched per passage hit asked for: a passage has several windows.
WINDOW_DEPTH = 3


def _lead(p: Passage, title: str | None) -> str:
    return " > ".join(t for t in p.section.path if t) or (title or "")


def embedding_text(p: Passage, title: str | None = None) -> str:
    """What is embedded and BM25-indexed: the section title path, then the passage text."""
    path = _lead(p, title)
    return f"{path}\n{p.text}" if path else p.text


def embedding_units(passages: list[Passage], titles: dict[str, str] | None = None,
                    stride: int = WINDOW_STRIDE) -> tuple[list[str], list[Window]]:
    """The texts a build embeds: one per passage (rows in order), then the passages' sentence windows
    (a window every ``stride`` sentences)."""
    titles = titles or {}
    texts = [embedding_text(p, titles.get(p.doc)) for p in passages]
    found = [w for row, p in enumerate(passages)
             for w in windows(p, row, _lead(p, titles.get(p.doc)), stride=stride)]
    return texts, found


@dataclass
class IndexTimings:
    """Seconds spent building, split the way the benchmark reports it."""

    embed: float = 0.0
    vectors: float = 0.0
    lexical: float = 0.0
    embedded: int = 0
    cached: int = 0


class SearchIndex:
    """Dense and lexical indexes over the same passage rows, plus the passages' sentence windows."""

    def __init__(self, ids: list[str], vectors: VectorIndex, lexical: BM25Index, config: EmbeddingConfig,
                 embedder: Embedder | None = None, windows: VectorIndex | None = None,
                 owners: np.ndarray | None = None) -> None:
        self.ids = ids
        self.vectors = vectors
        self.lexical = lexical
        self.config = config
        self._embedder = embedder
        self.windows = windows
        #: Sentences between window starts, as built (``index.json``).
        self.window_stride = WINDOW_STRIDE
        #: ``owners[w]`` is the passage row of window ``w``.
        self.owners = owners if owners is not None else np.zeros(0, dtype=np.int64)

    @property
    def embedder(self) -> Embedder:
        """The model that built the vectors, loaded on first use and checked against the saved model id."""
        if self._embedder is None:
            embedder = create_embedder(self.config)
            if embedder.model_id != self.vectors.description.model_id:
                raise SearchIndexError(
                    f"index built with {self.vectors.description.model_id!r}, configured model is "
                    f"{embedder.model_id!r}: rebuild with `kg build`"
                )
            self._embedder = embedder
        return self._embedder

    @classmethod
    def build(cls, passages: list[Passage], embedder: Embedder, config: EmbeddingConfig,
              cache: EmbeddingCache | None = None, titles: dict[str, str] | None = None,
              timings: IndexTimings | None = None, progress: Progress = no_progress,
              vector_settings: VectorSettings | None = None, scope: str = "") -> SearchIndex:
        """Embed (through the cache) and index every passage not of a skipped kind, and its sentence windows.

        ``vector_settings`` chooses the vector backend (default faiss); ``scope`` (the build id) names the
        collections of a vector database."""
        timings = timings or IndexTimings()
        kept = [p for p in passages if p.kind not in SKIPPED_KINDS]
        stride = configured_stride()
        texts, found = embedding_units(kept, titles, stride)
        t0 = time.perf_counter()
        vectors, embedded = embed_cached(embedder, texts + [w.text for w in found], cache, progress)
        t1 = time.perf_counter()
        vectors = vectors.reshape(-1, embedder.dim)
        dense = build_vectors(vectors[: len(texts)], embedder.model_id, vector_settings, scope, "passages")
        window_index = (build_vectors(vectors[len(texts):], embedder.model_id, vector_settings, scope, "windows")
                        if found else None)
        t2 = time.perf_counter()
        lexical = _lexical(texts, cache.path.parent if cache is not None else None)
        t3 = time.perf_counter()
        timings.embed, timings.vectors, timings.lexical = t1 - t0, t2 - t1, t3 - t2
        timings.embedded, timings.cached = embedded, len(texts) + len(found) - embedded
        owners = np.array([w.passage for w in found], dtype=np.int64)
        index = cls([p.id for p in kept], dense, lexical, config, embedder, window_index, owners)
        index.window_stride = stride
        return index

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.vectors.save(folder / "vectors")
        self.lexical.save(folder / "lexical")
        if self.windows is not None:
            self.windows.save(folder / "windows")
            np.save(folder / "windows" / "owners.npy", self.owners)
        meta = {"embedding": {**self.config.as_json(), "model_id": self.vectors.description.model_id,
                              "passage_precision": self._embedder.passage_precision if self._embedder else None},
                "skipped_kinds": sorted(SKIPPED_KINDS), "window_weight": WINDOW_WEIGHT,
                "windows": {"size": WINDOW_SIZE, "stride": self.window_stride}, "passages": self.ids}
        (folder / "index.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path, config: EmbeddingConfig | None = None) -> SearchIndex:
        """Reopen a saved index; the embedding model is the saved one unless ``config`` says otherwise."""
        meta_path = folder / "index.json"
        if not meta_path.exists():
            raise SearchIndexError(f"{folder} holds no search index: run `kg build`")
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        saved = meta["embedding"]
        config = config or EmbeddingConfig(backend=saved["backend"], model=saved["model"],
                                           batch_size=int(saved.get("batch_size", 32)))
        vectors, lexical = load_vectors(folder / "vectors"), BM25Index.load(folder / "lexical")
        ids = list(meta["passages"])
        if vectors.description.count != len(ids) or lexical.count != len(ids):
            raise SearchIndexError(f"{folder}: vector, lexical and passage counts differ")
        window_index, owners = None, None
        if (folder / "windows").exists():  # builds from before windows have none; they search by passage alone
            window_index = load_vectors(folder / "windows")
            owners = np.load(folder / "windows" / "owners.npy")
            if len(owners) != window_index.description.count or (len(owners) and owners.max() >= len(ids)):
                raise SearchIndexError(f"{folder}/windows: window owners do not match the passages")
        index = cls(ids, vectors, lexical, config, windows=window_index, owners=owners)
        index.window_stride = int(meta.get("windows", {}).get("stride", WINDOW_STRIDE))
        return index

    def dense_scores(self, query_vector: np.ndarray, k: int) -> list[tuple[int, float]]:
        """``(row, score)`` of the ``k`` best passages by cosine of their own vector and their best window.

        ``score = (1 - w) * cos(passage) + w * max(cos(passage), cos(best window))`` with
        ``w =`` :data:`WINDOW_WEIGHT`; a passage without windows scores by its own cosine.
        """
        query = query_vector.reshape(1, -1)
        scores, rows = self.vectors.search(query, k)
        own = {int(r): float(s) for r, s in zip(rows[0], scores[0], strict=True) if r >= 0}
        if self.windows is None or not self.windows.description.count:
            return sorted(own.items(), key=lambda x: -x[1])[:k]
        w_scores, w_rows = self.windows.search(query, k * WINDOW_DEPTH)
        best: dict[int, float] = {}
        for r, s in zip(w_rows[0], w_scores[0], strict=True):
            if r >= 0:
                row = int(self.owners[r])
                best[row] = max(best.get(row, -1.0), float(s))
        missing = [row for row in best if row not in own]
        if missing:
            found = self.vectors.vectors_of(np.array(missing, dtype=np.int64))
            own.update(zip(missing, (found @ query_vector.reshape(-1)).tolist(), strict=True))
        combined = {row: (1 - WINDOW_WEIGHT) * s + WINDOW_WEIGHT * max(s, best.get(row, s)) for row, s in own.items()}
        return sorted(combined.items(), key=lambda x: (-x[1], x[0]))[:k]

    def lexical_scores(self, question: str, k: int) -> list[tuple[int, float]]:
        """``(row, bm25)`` of the ``k`` best lexical matches with a score above zero."""
        scores = self.lexical.scores(question)
        if not scores.size:
            return []
        top = np.argpartition(-scores, min(k, scores.size - 1))[:k] if scores.size > k else np.arange(scores.size)
        ranked = sorted(((int(r), float(scores[r])) for r in top if scores[r] > 0), key=lambda x: -x[1])
        return ranked[:k]


def _lexical(texts: list[str], cache_folder: Path | None) -> BM25Index:
    """BM25 over ``texts``, with the words earlier builds analysed read from (and new ones added to) the cache."""
    if cache_folder is None:
        return BM25Index.build(texts)
    from index.lexical import vocabulary

    table = vocabulary.table_path(cache_folder)
    known = vocabulary.load(table)
    lexical = BM25Index.build(texts)
    vocabulary.save(table, known)
    return lexical
