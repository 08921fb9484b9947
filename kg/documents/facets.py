"""Facets of a document: the organisation, year and kind that search, tables and exports filter by.

One definition shared by every consumer, so a passage, an entity and a table row of the same document
always agree on its organisation, year and kind.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from kg.documents.base import Document

#: Kind names in English, as a question or a client may use them, mapped to the product's kinds.
KIND_NAMES_EN = {"årsrapport": "annual report", "tildelingsbrev": "allocation letter", "evaluering": "evaluation",
                 "pressemelding": "press release", "nyhet": "news", "strategi": "strategy", "ukjent": "unknown"}


@dataclass(frozen=True)
class DocumentFacets:
    """What a document is, for filtering: ``organisation`` is the one it is from or about."""

    doc_id: str
    name: str
    title: str
    kind: str
    organisation: str | None
    addressee: str | None
    year: int | None
    commissioner: str | None = None

    @property
    def organisations(self) -> tuple[str, ...]:
        """Every organisation the document is from, to or for: issuer, addressee, commissioner."""
        return tuple(o for o in (self.organisation, self.addressee, self.commissioner) if o)

    def as_json(self) -> dict[str, object]:
        return {"doc_id": self.doc_id, "doc": self.name, "title": self.title, "kind": self.kind,
                "organisation": self.organisation, "addressee": self.addressee,
                "commissioner": self.commissioner, "year": self.year}


def document_facets(doc: Document) -> DocumentFacets:
    """The facets of one document (its file name stands in for a title the text does not give)."""
    return DocumentFacets(doc.id, doc.name, doc.title or doc.name, doc.kind or "ukjent", doc.publisher,
                          doc.addressee, doc.year, doc.commissioner)


def facets_by_doc(docs: Iterable[Document]) -> dict[str, DocumentFacets]:
    """Facets keyed by document id and by file name (sources and passages use either)."""
    out: dict[str, DocumentFacets] = {}
    for doc in docs:
        f = document_facets(doc)
        out[doc.id] = f
        out[doc.name] = f
    return out


def facets_of(doc_keys: Iterable[str], facets: Mapping[str, DocumentFacets]) -> list[DocumentFacets]:
    """The distinct documents among ``doc_keys`` (ids or names), in first-seen order; unknown keys skipped."""
    seen: dict[str, DocumentFacets] = {}
    for key in doc_keys:
        f = facets.get(key)
        if f is not None and f.doc_id not in seen:
            seen[f.doc_id] = f
    return list(seen.values())
