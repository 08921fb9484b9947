"""What a search returns: ranked passages and typed entity answers with citations (frozen, JSON-ready)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from kg.documents.facets import DocumentFacets
from kg.passages.pages import PageRef


@dataclass(frozen=True)
class PassageHit:
    """A passage ranked for the question; ``start``/``end`` are offsets in the original document text."""

    id: str
    doc: str
    page: PageRef
    section: dict[str, Any]
    start: int
    end: int
    text: str
    score: float
    document: DocumentFacets | None = None

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "doc": self.doc, **self.page.as_json(),
                "section": self.section, "start": self.start, "end": self.end, "text": self.text,
                "score": round(self.score, 6), "document": self.document.as_json() if self.document else None}


@dataclass(frozen=True)
class Citation:
    """Where an answer was read: passage, document, page, section, original span and a marked snippet."""

    passage: str
    doc: str
    page: PageRef
    section: dict[str, Any]
    start: int
    end: int
    snippet: str

    def as_json(self) -> dict[str, Any]:
        return {"passage": self.passage, "doc": self.doc, **self.page.as_json(),
                "section": self.section,
                "start": self.start, "end": self.end, "snippet": self.snippet}


@dataclass(frozen=True)
class EntityAnswer:
    """A graph entity answering the question, with its citations (best first) and the documents it is read from."""

    iri: str
    type: str
    label: str
    score: float
    sources: tuple[Citation, ...]
    documents: tuple[DocumentFacets, ...] = ()

    def citing(self, docs: set[str]) -> EntityAnswer:
        """The same answer citing only the documents named in ``docs`` (file names)."""
        return replace(self, sources=tuple(s for s in self.sources if s.doc in docs))

    def with_documents(self, documents: tuple[DocumentFacets, ...]) -> EntityAnswer:
        return replace(self, documents=documents)

    def as_json(self) -> dict[str, Any]:
        return {"iri": self.iri, "type": self.type, "label": self.label, "score": round(self.score, 6),
                "sources": [s.as_json() for s in self.sources], "documents": [d.as_json() for d in self.documents]}


@dataclass(frozen=True)
class SearchResult:
    """The answer to one question: its (asked or given) type, passages and entities, best first, and the
    filters it applied (given with the request or read from the question)."""

    query: str
    type: str | None
    passages: tuple[PassageHit, ...]
    entities: tuple[EntityAnswer, ...]
    filters: list[dict[str, Any]] | None = None

    def as_json(self) -> dict[str, Any]:
        return {"query": self.query, "type": self.type, "filters": list(self.filters or []),
                "passages": [p.as_json() for p in self.passages], "entities": [e.as_json() for e in self.entities]}
