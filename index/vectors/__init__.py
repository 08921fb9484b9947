"""Vector indexes (faiss), each saved with its own description."""

from index.vectors.base import EXACT_LIMIT, VectorDescription, VectorIndex
from index.vectors.faiss import FaissIndex

__all__ = ["EXACT_LIMIT", "FaissIndex", "VectorDescription", "VectorIndex"]
