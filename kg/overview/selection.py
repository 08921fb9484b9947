"""Which two documents a comparison is between: named outright, or an organisation's documents of two years."""

from __future__ import annotations

from pathlib import Path

from kg.documents.facets import DocumentFacets
from kg.errors import NoDocumentsError, NotFoundError, ParameterError
from kg.overview.base import Overview

#: The kinds a comparison prefers when a year has several documents: a letter sets goals, a report answers.
PREFERRED_KINDS = ("tildelingsbrev", "årsrapport", "strategi", "evaluering")


def document(overview: Overview, key: str, name: str = "a") -> DocumentFacets:
    """The document with id, file name or file-name stem ``key`` (parameter ``name`` in the message)."""
    found = overview.facets.get(key) or next(
        (f for f in overview.facets.values() if Path(f.name).stem == key), None)
    if found is None:
        raise NotFoundError(f"{name}: no document {key!r} in this build")
    return found


def organisation(overview: Overview, name: str) -> str:
    """The organisation a user names (full name or short form), or :class:`NotFoundError` listing those known."""
    found = overview.organisation(name)
    if found is None:
        known = sorted(set(overview.owners.values()))
        raise NotFoundError(f"organisation: no documents from or to {name!r}; known: {'; '.join(known) or 'none'}")
    return found


def years_of(overview: Overview, owner: str) -> list[int]:
    """The years an organisation has documents for."""
    return sorted({f.year for f in overview.documents() if f.year and overview.owners.get(f.doc_id) == owner})


def pair(overview: Overview, owner: str, first: int, second: int,
         kind: str | None = None) -> tuple[DocumentFacets, DocumentFacets]:
    """An organisation's document of year ``first`` and of year ``second``: the same kind in both years where
    one exists (letters first, then annual reports), else each year's most telling document."""
    if first == second:
        raise ParameterError(f"from and to are both {first}: give two different years")
    found = {}
    for name, year in (("from", first), ("to", second)):
        docs = [f for f in overview.documents() if f.year == year and overview.owners.get(f.doc_id) == owner
                and (kind is None or f.kind == kind)]
        if not docs:
            years = ", ".join(map(str, years_of(overview, owner))) or "none"
            what = f"{kind} documents" if kind else "documents"
            raise NoDocumentsError(f"{name}: {owner} has no {what} for {year} in this build "
                                   f"(years with documents: {years})")
        found[year] = docs
    kinds = [k for k in PREFERRED_KINDS if any(f.kind == k for f in found[first])
             and any(f.kind == k for f in found[second])]

    def best(docs: list[DocumentFacets]) -> DocumentFacets:
        rank = {k: i for i, k in enumerate(kinds[:1] + list(PREFERRED_KINDS))}
        return min(docs, key=lambda f: (rank.get(f.kind, len(rank)), f.title))

    return best(found[first]), best(found[second])
