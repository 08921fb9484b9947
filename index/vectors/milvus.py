"""Vectors in Milvus through ``pymilvus``: a local file path runs Milvus Lite in this process, an
``http://host:19530`` URI reaches a Milvus server or cluster with the same API.

Each index is one collection named after the build and the part it holds (``kg_<build>_passages``), so a
new build writes new collections beside the served ones and the build folder's ``current`` swap stays
atomic; the URI and the collection are saved in ``description.json``. Rows are the primary keys
(``0..count-1``). Below :data:`~index.vectors.base.EXACT_LIMIT` vectors the collection's index is FLAT
(exact, as faiss's flat index), above it HNSW with faiss's settings.
"""

from __future__ import annotations

import re
import time
import uuid
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from index.vectors.base import EXACT_LIMIT, VectorDescription, VectorIndex
from kg.errors import SearchIndexError, VectorServerError

URI_ENV = "KG_MILVUS_URI"
HNSW_NEIGHBOURS = 32
HNSW_EF_CONSTRUCTION = 80
HNSW_EF_SEARCH = 256
INSERT_BATCH = 5_000
#: Milvus scores a missing hit of a short result like faiss: row -1, the lowest float.
MISSING_SCORE = float(np.finfo(np.float32).min)


def collection_name(scope: str, part: str) -> str:
    """A Milvus collection name (letters, digits, underscores) for ``part`` of build ``scope``."""
    raw = f"kg_{scope or uuid.uuid4().hex}_{part}"
    return re.sub(r"[^0-9A-Za-z_]", "_", raw)


@lru_cache(maxsize=8)
def client(uri: str) -> Any:
    """One ``MilvusClient`` per URI in a process (Milvus Lite opens its file once)."""
    from pymilvus import MilvusClient

    try:
        return MilvusClient(uri=uri)
    except Exception as exc:
        lite = "" if "://" in uri else " (a Milvus Lite file opens in one process at a time: is `kg serve` using it?)"
        raise VectorServerError(f"the vector database at {uri} ({URI_ENV}) cannot be reached{lite}: {exc}") from exc


def local_uri(uri: str) -> str:
    """``uri`` with a local Milvus Lite file made absolute (a server's URI unchanged)."""
    return uri if "://" in uri else str(Path(uri).resolve())


class MilvusIndex(VectorIndex):
    """A Milvus collection of row vectors with its :class:`VectorDescription`."""

    def __init__(self, description: VectorDescription) -> None:
        self.description = description
        self.uri = description.location["uri"]
        self.collection = description.location["collection"]
        self.client = client(self.uri)

    @classmethod
    def build(cls, vectors: np.ndarray, model_id: str, uri: str | None = None,
              collection: str | None = None) -> MilvusIndex:
        """A collection holding ``vectors`` at ``uri`` (required), named ``collection`` (default: a new name)."""
        from pymilvus import DataType

        if not uri:
            raise VectorServerError(f"the milvus vector backend needs {URI_ENV}: a file path (Milvus Lite) or "
                                    "http://host:19530 (a Milvus server)")
        t0 = time.perf_counter()
        uri, name = local_uri(uri), collection or collection_name("", "vectors")
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        count, dim = vectors.shape
        milvus = client(uri)
        exact = count < EXACT_LIMIT
        try:
            if milvus.has_collection(name):
                milvus.drop_collection(name)
            schema = milvus.create_schema(auto_id=False, enable_dynamic_field=False)
            schema.add_field("id", DataType.INT64, is_primary=True)
            schema.add_field("vector", DataType.FLOAT_VECTOR, dim=dim)
            params = milvus.prepare_index_params()
            params.add_index(field_name="vector", metric_type="IP", index_type="FLAT" if exact else "HNSW",
                             params={} if exact else {"M": HNSW_NEIGHBOURS, "efConstruction": HNSW_EF_CONSTRUCTION})
            milvus.create_collection(name, schema=schema, index_params=params)
            for start in range(0, count, INSERT_BATCH):
                block = vectors[start:start + INSERT_BATCH]
                milvus.insert(name, [{"id": start + i, "vector": v.tolist()} for i, v in enumerate(block)])
            milvus.flush(name)
            milvus.load_collection(name)
        except VectorServerError:
            raise
        except Exception as exc:
            raise VectorServerError(f"the vector database at {uri} ({URI_ENV}) did not take collection "
                                    f"{name}: {exc}") from exc
        description = VectorDescription(
            backend="milvus", model_id=model_id, dim=dim, metric="inner_product (cosine on L2-normalised vectors)",
            index_type="FLAT" if exact else f"HNSW{HNSW_NEIGHBOURS}", count=count,
            built=time.strftime("%Y-%m-%dT%H:%M:%S"), build_seconds=round(time.perf_counter() - t0, 4),
            search_params={} if exact else {"ef": HNSW_EF_SEARCH}, location={"uri": uri, "collection": name},
        )
        return cls(description)

    def search(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        queries = np.ascontiguousarray(np.atleast_2d(queries), dtype=np.float32)
        if queries.shape[1] != self.description.dim:
            raise SearchIndexError(
                f"query vectors have dimension {queries.shape[1]}, the index {self.description.dim}"
            )
        k = min(k, max(self.description.count, 1))
        scores = np.full((len(queries), k), MISSING_SCORE, dtype=np.float32)
        rows = np.full((len(queries), k), -1, dtype=np.int64)
        if not self.description.count:
            return scores, rows
        params = {"metric_type": "IP", "params": {name: int(v) for name, v in self.description.search_params.items()}}
        try:
            hits = self.client.search(self.collection, data=queries.tolist(), limit=k, search_params=params,
                                      output_fields=["id"])
        except Exception as exc:
            raise VectorServerError(f"the vector database at {self.uri} ({URI_ENV}) did not answer a search "
                                    f"in {self.collection}: {exc}") from exc
        for i, found in enumerate(hits):
            for j, hit in enumerate(found):
                scores[i, j], rows[i, j] = hit["distance"], hit["id"]
        return scores, rows

    def vectors_of(self, rows: np.ndarray) -> np.ndarray:
        wanted = [int(r) for r in np.asarray(rows).reshape(-1)]
        if not wanted:
            return np.zeros((0, self.description.dim), dtype=np.float32)
        try:
            found = self.client.get(self.collection, ids=wanted, output_fields=["vector"])
        except Exception as exc:
            raise VectorServerError(f"the vector database at {self.uri} ({URI_ENV}) did not return rows of "
                                    f"{self.collection}: {exc}") from exc
        by_id = {int(r["id"]): r["vector"] for r in found}
        missing = [r for r in wanted if r not in by_id]
        if missing:
            raise SearchIndexError(f"{self.collection} at {self.uri} lacks rows {missing[:5]}")
        return np.asarray([by_id[r] for r in wanted], dtype=np.float32)

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.description.save(folder)  # the vectors are in the database; the description says where

    @classmethod
    def load(cls, folder: Path) -> MilvusIndex:
        description = VectorDescription.load(folder)
        if description.backend != "milvus" or not {"uri", "collection"} <= description.location.keys():
            raise SearchIndexError(f"{folder}/description.json does not describe a Milvus collection")
        index = cls(description)
        try:
            present = index.client.has_collection(index.collection)
            if present:
                index.client.load_collection(index.collection)
        except Exception as exc:
            raise VectorServerError(f"the vector database at {index.uri} ({URI_ENV}) cannot be reached: {exc}") from exc
        if not present:
            raise SearchIndexError(f"collection {index.collection} is not in the vector database at {index.uri}: "
                                   "rebuild with `kg build`")
        return index

    def drop(self) -> None:
        """Remove the collection (its build is gone)."""
        if self.client.has_collection(self.collection):
            self.client.drop_collection(self.collection)
