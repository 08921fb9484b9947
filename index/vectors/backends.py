"""Which vector backend a build uses (configuration) and which one a saved index needs (its description).

``KG_VECTOR_BACKEND`` chooses at build time: ``faiss`` (default, files in the build folder) or ``milvus``
(collections in the database at ``KG_MILVUS_URI``). The choice is saved in each index's
``description.json``, so loading opens the backend that built it whatever the configuration says now.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from index.vectors.base import VectorDescription, VectorIndex
from index.vectors.faiss import FaissIndex
from kg.artefacts import on_remove
from kg.errors import SearchIndexError, VectorServerError

log = logging.getLogger(__name__)
BACKEND_ENV = "KG_VECTOR_BACKEND"
BACKENDS = ("faiss", "milvus")
#: The Milvus Lite file a build uses when ``KG_MILVUS_URI`` is not set, inside the data folder.
DEFAULT_MILVUS_FILE = "milvus.db"


@dataclass(frozen=True)
class VectorSettings:
    """The vector backend a build writes to and, for Milvus, the database's URI."""

    backend: str = "faiss"
    milvus_uri: str | None = None

    @classmethod
    def from_env(cls, data: Path | None = None) -> VectorSettings:
        """From ``KG_VECTOR_BACKEND`` and ``KG_MILVUS_URI`` (default for Milvus: ``DATA/milvus.db``, Milvus Lite)."""
        from index.vectors.milvus import URI_ENV

        backend = os.environ.get(BACKEND_ENV, "faiss").strip().lower() or "faiss"
        if backend not in BACKENDS:
            raise SearchIndexError(f"{BACKEND_ENV}={backend!r} is not a vector backend; choose {' or '.join(BACKENDS)}")
        uri = os.environ.get(URI_ENV, "").strip() or None
        if backend == "milvus" and uri is None and data is not None:
            uri = str(data / DEFAULT_MILVUS_FILE)
        return cls(backend, uri)


def build_vectors(vectors: np.ndarray, model_id: str, settings: VectorSettings | None = None,
                  scope: str = "", part: str = "vectors") -> VectorIndex:
    """An index over ``vectors`` in the configured backend; ``scope`` (the build id) and ``part`` name a
    Milvus collection."""
    settings = settings or VectorSettings()
    if settings.backend == "milvus":
        from index.vectors.milvus import MilvusIndex, collection_name

        return MilvusIndex.build(vectors, model_id, settings.milvus_uri, collection_name(scope, part))
    return FaissIndex.build(vectors, model_id)


def discard_vectors(settings: VectorSettings, scope: str) -> None:
    """Drop the collections a failed build made under ``scope`` (nothing for faiss: its files go with the folder)."""
    if settings.backend != "milvus" or not settings.milvus_uri:
        return
    from index.vectors.milvus import client, collection_name, local_uri

    try:
        milvus = client(local_uri(settings.milvus_uri))
        for part in ("passages", "windows"):
            if milvus.has_collection(collection_name(scope, part)):
                milvus.drop_collection(collection_name(scope, part))
    except Exception as exc:  # the build has failed already; say so, do not hide why
        log.warning("could not drop the vector collections of build %s: %s", scope, exc)


def load_vectors(folder: Path) -> VectorIndex:
    """The saved index in ``folder``, opened with the backend its description names."""
    backend = VectorDescription.load(folder).backend
    if backend == "milvus":
        from index.vectors.milvus import MilvusIndex

        return MilvusIndex.load(folder)
    if backend != "faiss":
        raise SearchIndexError(f"{folder} was built with vector backend {backend!r}, which this installation lacks")
    return FaissIndex.load(folder)


def release_vectors(build: Path) -> None:
    """Drop the Milvus collections of a build folder that is being removed (faiss files go with the folder)."""
    for path in build.glob("index/*/description.json"):
        try:
            description = VectorDescription.load(path.parent)
            if description.backend == "milvus":
                from index.vectors.milvus import MilvusIndex

                MilvusIndex(description).drop()
        except Exception as exc:  # removing a build never fails on its database
            log.warning("could not drop the vector collection of %s: %s", path.parent, exc)


on_remove(release_vectors)

__all__ = ["BACKEND_ENV", "VectorServerError", "VectorSettings", "build_vectors", "load_vectors",
           "release_vectors"]
