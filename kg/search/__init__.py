"""Semantic search: hybrid retrieval, question typing, typed entity answers with citations."""

from kg.search.result import Citation, EntityAnswer, PassageHit, SearchResult
from kg.search.searcher import Searcher

__all__ = ["Citation", "EntityAnswer", "PassageHit", "SearchResult", "Searcher"]
