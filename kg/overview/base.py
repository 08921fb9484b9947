"""Contract of the overview stage: a build's entities seen across documents and years, every value cited.

An :class:`Overview` is read once from a finished build (entities, document facets, passage pages) and answers
two kinds of question without touching the text again: how one thing developed year by year
(:mod:`kg.overview.series`) and what changed between two documents (:mod:`kg.overview.changes`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from kg.artefacts import Build
from kg.documents.base import Document
from kg.documents.facets import DocumentFacets, facets_by_doc
from kg.entities.base import Entity, Source
from kg.entities.io import load_entities
from kg.errors import NotFoundError
from kg.graph.namespaces import ID
from kg.mentions.text import norm
from kg.passages.base import Passage
from kg.passages.pages import PageRef

#: The links that say two entities of different documents are the same thing.
SAME = ("exactMatch", "closeMatch")


def local_id(iri: str) -> str:
    """An entity's id in URLs and on the command line: its IRI without the resource namespace."""
    return iri[len(str(ID)):] if iri.startswith(str(ID)) else iri


@dataclass(frozen=True)
class Citation:
    """Where a value was read: the document (title, kind, year), its page as far as known, the exact span."""

    facets: DocumentFacets
    page: PageRef
    start: int
    end: int

    @property
    def url(self) -> str:
        """The document opened at the span, marked."""
        return f"/documents/{self.facets.doc_id}/text?{urlencode({'start': self.start, 'end': self.end})}#cited"

    def as_json(self) -> dict[str, Any]:
        f = self.facets
        return {"doc_id": f.doc_id, "doc": f.name, "title": f.title, "kind": f.kind, "year": f.year,
                **self.page.as_json(), "start": self.start, "end": self.end, "url": self.url}


def owner_name(doc: Document) -> str | None:
    """The organisation whose goals a document states (an allocation letter's addressee, else its issuer)."""
    return {"tildelingsbrev": doc.addressee, "evaluering": doc.commissioner}.get(doc.kind or "", doc.publisher)


class Overview:
    """Entities, documents and pages of one build, indexed for series and comparisons."""

    def __init__(self, entities: Iterable[Entity], documents: Iterable[Document],
                 passages: Iterable[Passage]) -> None:
        docs = list(documents)
        self.entities: dict[str, Entity] = {e.iri: e for e in entities}
        self.facets: dict[str, DocumentFacets] = facets_by_doc(docs)
        self.owners: dict[str, str] = {d.id: name for d in docs if (name := owner_name(d))}
        self.passages: dict[str, tuple[str, PageRef]] = {p.id: (p.doc, p.page) for p in passages}
        self._in_doc: dict[str, list[Entity]] = defaultdict(list)
        for e in self.entities.values():
            for doc_id in dict.fromkeys(s.doc_id for s in e.sources):
                self._in_doc[doc_id].append(e)
        self.aliases = self._aliases()

    @classmethod
    def load(cls, build: Build) -> Overview:
        """The overview of a finished build folder."""
        return cls(load_entities(build.path), build.documents(), build.passages())

    def entity(self, key: str) -> Entity:
        """The entity with id or IRI ``key``; :class:`NotFoundError` otherwise."""
        found = self.entities.get(key) or self.entities.get(f"{ID}{key}")
        if found is None:
            raise NotFoundError(f"no entity {key!r} in this build")
        return found

    def documents(self) -> list[DocumentFacets]:
        """Every document once, by year then title."""
        unique = {f.doc_id: f for f in self.facets.values()}
        return sorted(unique.values(), key=lambda f: (f.year or 0, f.kind, f.title))

    def in_doc(self, doc_id: str) -> list[Entity]:
        """Entities read (at least partly) from one document."""
        return self._in_doc.get(doc_id, [])

    def same_as(self, entity: Entity) -> list[Entity]:
        """The entity and every entity aligned with it (``exactMatch``/``closeMatch``, followed transitively)."""
        seen, todo = {entity.iri: entity}, [entity]
        while todo:
            for link in todo.pop().links:
                other = self.entities.get(link.target)
                if link.predicate in SAME and other is not None and other.iri not in seen:
                    seen[other.iri] = other
                    todo.append(other)
        return sorted(seen.values(), key=lambda e: (self.first_year(e), e.iri))

    def first_year(self, entity: Entity) -> int:
        """The earliest year of a document stating the entity (0 when none gives a year)."""
        years = [f.year for s in entity.sources if (f := self.facets.get(s.doc_id)) and f.year]
        return min(years, default=0)

    def cite(self, source: Source) -> Citation | None:
        """A source as a citation (``None`` for a document this build does not hold)."""
        facets = self.facets.get(source.doc_id) or self.facets.get(source.doc)
        return Citation(facets, source.page, source.start, source.end) if facets else None

    def cite_span(self, passage: str, start: int, end: int) -> Citation | None:
        """A value read at ``start:end`` of a passage's document (a table row, a figure in the text)."""
        doc_id, page = self.passages.get(passage, ("", PageRef()))
        facets = self.facets.get(doc_id)
        return Citation(facets, page, start, end) if facets else None

    def source_in(self, entity: Entity, doc_id: str) -> Source | None:
        """The entity's first source in one document, if it has one there."""
        return next((s for s in entity.sources if s.doc_id == doc_id), None)

    def organisation(self, name: str) -> str | None:
        """The owner name a user means by ``name`` (full name or short form, any case), or ``None``."""
        return self.aliases.get(norm(name))

    def _aliases(self) -> dict[str, str]:
        """Every name of each organisation owning documents: its own, and those of the Organisation entity
        that bears it (``IMDi`` for Integrerings- og mangfoldsdirektoratet)."""
        out = {norm(name): name for name in self.owners.values()}
        for e in self.entities.values():
            if e.type != "Organisation":
                continue
            names = [e.label, *e.alt_labels]
            owner = next((out[norm(n)] for n in names if norm(n) in out), None)
            if owner is not None:
                out.update({norm(n): owner for n in names if norm(n) not in out})
        return out
