"""Lexical retrieval: Norwegian analysis and BM25."""

from index.lexical.analyzer import analyse
from index.lexical.base import LexicalIndex
from index.lexical.bm25 import BM25Index

__all__ = ["BM25Index", "LexicalIndex", "analyse"]
