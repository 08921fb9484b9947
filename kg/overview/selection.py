"""Which two documents a comparison is between: named outright, or an organisation's documents of two years."""

from __future__ import annotations

import re
from pathlib import Path

from kg.documents.facets import KIND_NAMES_EN, DocumentFacets
from kg.errors import NoDocumentsError, NotFoundError, ParameterError
from kg.overview.base import Overview

#: The kinds a comparison prefers when a year has several documents: a letter sets goals, a report answers.
PREFERRED_KINDS = ("tildelingsbrev", "årsrapport", "strategi", "evaluering")
KINDS = tuple(KIND_NAMES_EN)


def document(overview: Overview, key: str, name: str = "a") -> DocumentFacets:
    """The document with id, file name or file-name stem ``key`` (parameter ``name`` in the message)."""
    found = overview.facets.get(key) or next(
        (f for f in overview.facets.values() if Path(f.name).stem == key), None)
    if found is None:
        raise NotFoundError(f"{name}: no document {key!r} in this build")
    return found


def organisation_named(overview: Overview, name: str) -> str:
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


def year(value: str, name: str) -> int:
    """A four-digit year given as parameter ``name``; :class:`ParameterError` naming it otherwise."""
    if not re.fullmatch(r"\s*\d{4}\s*", value):
        raise ParameterError(f"{name}: {value!r} is not a year (four digits, e.g. 2024)")
    return int(value)


def documents_asked(overview: Overview, *, organisation: str | None = None, first: str | None = None,
                    second: str | None = None, a: str | None = None, b: str | None = None,
                    kind: str | None = None) -> tuple[DocumentFacets, DocumentFacets]:
    """The two documents a request names: ``a`` and ``b`` (ids or file names), or an organisation with the
    years ``first`` (``from``) and ``second`` (``to``); every missing or contradicting parameter is named."""
    given = {k: v for k, v in (("organisation", organisation), ("from", first), ("to", second), ("a", a),
                                ("b", b)) if v not in (None, "")}
    if kind is not None and kind not in KINDS:
        raise ParameterError(f"kind: unknown kind {kind!r}; use one of: {', '.join(KINDS)}")
    if "a" in given or "b" in given:
        extra = [k for k in ("organisation", "from", "to") if k in given]
        if extra:
            raise ParameterError(f"give either a and b, or organisation, from and to; not both ({', '.join(extra)} "
                                 "given with a/b)")
        if "a" not in given or "b" not in given:
            raise ParameterError(f"missing parameter: {'b' if 'a' in given else 'a'} (compare document a with b)")
        da, db = document(overview, given["a"], "a"), document(overview, given["b"], "b")
        if da.doc_id == db.doc_id:
            raise ParameterError("a and b name the same document: give two different documents")
        return da, db
    missing = [k for k in ("organisation", "from", "to") if k not in given]
    if missing:
        raise ParameterError(f"missing parameter{'s' if len(missing) > 1 else ''}: {', '.join(missing)} "
                             "(give organisation, from and to, or two documents a and b)")
    owner = organisation_named(overview, given["organisation"])
    return pair(overview, owner, year(given["from"], "from"), year(given["to"], "to"), kind)
