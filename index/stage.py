"""The build stage that embeds passages and writes ``BUILD/index/``."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from index.embeddings.base import Embedder, EmbeddingConfig, create_embedder
from index.embeddings.cache import EmbeddingCache
from index.embeddings.deferred import DeferredEmbedder, known_model
from index.store import INDEX_DIR, IndexTimings, SearchIndex
from index.vectors.backends import VectorSettings, discard_vectors
from kg.artefacts import BuildWriter
from kg.documents import Document
from kg.passages import Passage

CACHE_FILE = "cache/embeddings.sqlite"
Progress = Callable[[str, int, int], None]


def _noop(stage: str, done: int, total: int) -> None:
    return None


class IndexStage:
    """Embeds passages (through the shared cache in ``DATA/cache/``), builds the vector index (faiss, or Milvus
    as ``vectors`` or ``KG_VECTOR_BACKEND`` says) and BM25, saves both."""

    name = "index"

    def __init__(self, config: EmbeddingConfig | None = None, vectors: VectorSettings | None = None) -> None:
        self.config = config or EmbeddingConfig.from_env()
        self.vectors = vectors
        self._loading: ThreadPoolExecutor | None = None
        self._model: Future[Embedder] | None = None
        self._known = known_model(self.config)
        if self._known is None:
            self.prepare()  # a model described only by loading it: load it now

    def prepare(self) -> None:
        """Start loading the model (seconds: imports, 470 MB of weights) while the stages before this one run;
        the pipeline calls this once a document has to be read, i.e. new texts are coming."""
        if self._model is None:
            self._loading = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-model")
            self._model = self._loading.submit(create_embedder, self.config)

    def _embedder(self) -> Embedder:
        if self._model is not None:
            try:
                return self._model.result()
            finally:
                assert self._loading is not None
                self._loading.shutdown(wait=False)
        assert self._known is not None
        # every text may come from the cache: the model loads only if one does not
        return DeferredEmbedder(self.config, self._known, lambda: create_embedder(self.config))

    def run(self, writer: BuildWriter, documents: list[Document], passages: list[Passage],
            progress: Progress = _noop) -> dict[str, Any]:
        embedder = self._embedder()
        cache = EmbeddingCache(writer.data / CACHE_FILE)
        timings = IndexTimings()
        try:
            titles = {d.id: d.title for d in documents if d.title}
            vectors = self.vectors or VectorSettings.from_env(writer.data)
            writer.on_abort(lambda: discard_vectors(vectors, writer.path.name))
            index = SearchIndex.build(passages, embedder, self.config, cache, titles, timings,
                                      lambda done, total: progress("embed", done, total), vectors, writer.path.name)
        finally:
            cache.close()
        index.save(writer.path / INDEX_DIR)
        return {
            "model_id": embedder.model_id,
            "backend": embedder.backend,
            "vector_backend": index.vectors.description.backend,
            "vector_index": index.vectors.description.index_type,
            "indexed": len(index.ids),
            "windows": len(index.owners),
            "embedded": timings.embedded,
            "from_cache": timings.cached,
            "seconds": {"embed": round(timings.embed, 3), "vectors": round(timings.vectors, 3),
                        "lexical": round(timings.lexical, 3)},
        }
