"""The build stage that embeds passages and writes ``BUILD/index/``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from index.embeddings.base import EmbeddingConfig, create_embedder
from index.embeddings.cache import EmbeddingCache
from index.store import INDEX_DIR, IndexTimings, SearchIndex
from kg.artefacts import BuildWriter
from kg.documents import Document
from kg.passages import Passage

CACHE_FILE = "cache/embeddings.sqlite"
Progress = Callable[[str, int, int], None]


def _noop(stage: str, done: int, total: int) -> None:
    return None


class IndexStage:
    """Embeds passages (through the shared cache in ``DATA/cache/``), builds faiss and BM25, saves both."""

    name = "index"

    def __init__(self, config: EmbeddingConfig | None = None) -> None:
        self.config = config or EmbeddingConfig.from_env()

    def run(self, writer: BuildWriter, documents: list[Document], passages: list[Passage],
            progress: Progress = _noop) -> dict[str, Any]:
        embedder = create_embedder(self.config)
        cache = EmbeddingCache(writer.data / CACHE_FILE)
        timings = IndexTimings()
        try:
            titles = {d.id: d.title for d in documents if d.title}
            index = SearchIndex.build(passages, embedder, self.config, cache, titles, timings,
                                      lambda done, total: progress("embed", done, total))
        finally:
            cache.close()
        index.save(writer.path / INDEX_DIR)
        return {
            "model_id": embedder.model_id,
            "backend": embedder.backend,
            "vector_index": index.vectors.description.index_type,
            "indexed": len(index.ids),
            "embedded": timings.embedded,
            "from_cache": timings.cached,
            "seconds": {"embed": round(timings.embed, 3), "vectors": round(timings.vectors, 3),
                        "lexical": round(timings.lexical, 3)},
        }
