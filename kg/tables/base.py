"""Contract of the table stage: columns, rows, the query a table answers and the result it gives.

A table is every entity of one type as a row, with the columns that type needs, each row carrying its
citations. A :class:`TableQuery` filters (organisation, year, kind, goal, free text), sorts and pages it;
the :class:`TableResult` holds the total, the facet counts and the page of rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

#: What a cell holds: ``text``, ``int`` (a count, a number), ``nok`` (kroner), ``year`` or ``date``.
KINDS = ("text", "int", "nok", "year", "date")
Value = str | int | float | None


@dataclass(frozen=True)
class Column:
    """One column of a table: its key in a row, its heading in Norwegian and English, what its cells hold."""

    key: str
    nb: str
    en: str
    kind: str = "text"

    def heading(self, lang: str) -> str:
        """The heading in ``lang`` (Norwegian unless ``en``)."""
        return self.en if lang == "en" else self.nb

    @property
    def numeric(self) -> bool:
        """Whether the cells are numbers (exported as numeric cells)."""
        return self.kind in ("int", "nok", "year")


@dataclass(frozen=True)
class Citation:
    """Where a row was read: the document (file name, id, title, facets) and the exact span."""

    doc: str
    doc_id: str
    title: str
    organisation: str | None
    year: int | None
    kind: str
    start: int
    end: int
    page: int | None
    page_estimate: int | None

    @property
    def url(self) -> str:
        """The link that opens the document with the cited span marked."""
        return f"/documents/{self.doc}/text?start={self.start}&end={self.end}#cited"

    def as_json(self) -> dict[str, Any]:
        """The citation as the API gives it."""
        return {"doc": self.doc, "title": self.title, "page": self.page, "page_estimate": self.page_estimate,
                "start": self.start, "end": self.end, "url": self.url}


@dataclass(frozen=True)
class Row:
    """One entity as a table row; ``values`` by column key, the rest is what filters and facets read."""

    id: str
    iri: str
    label: str
    values: dict[str, Value]
    sources: tuple[Citation, ...]
    organisations: frozenset[str]  # canonical names: document parties and the row's own organisations
    years: frozenset[int]  # years of the documents the row was read from
    kinds: frozenset[str]  # kinds of those documents
    goals: frozenset[str]  # IRIs of the goals the row belongs to
    status: str | None
    text: str  # its label, other names and text cells: what ``q`` looks in

    @property
    def url(self) -> str:
        """The entity's page."""
        return f"/entities/{self.id}"

    def as_json(self, columns: tuple[Column, ...]) -> dict[str, Any]:
        """The row as the API gives it: id, url, label, one key per column, sources."""
        return {"id": self.id, "url": self.url, "label": self.label,
                **{c.key: self.values.get(c.key) for c in columns},
                "sources": [s.as_json() for s in self.sources]}


@dataclass(frozen=True)
class TableSpec:
    """The columns of one entity type; ``extra`` adds columns read off the data (a year per result column)."""

    type: str
    columns: tuple[Column, ...]
    default_sort: str = "label"
    extra: Callable[[list[dict[str, Any]]], tuple[Column, ...]] | None = None


@dataclass(frozen=True)
class TableQuery:
    """Filters, order and page of a table request; every field already checked (see :mod:`kg.tables.query`)."""

    organisation: str | None = None
    year_from: int | None = None
    year_to: int | None = None
    kind: str | None = None
    goal: str | None = None
    q: str | None = None
    status: str | None = None
    sort: str | None = None
    offset: int = 0
    limit: int | None = None

    def cites(self, citation: Citation) -> bool:
        """Whether a citation is from a document of the asked years and kind (all are, when none is asked)."""
        if self.kind and citation.kind != self.kind:
            return False
        if self.year_from is None and self.year_to is None:
            return True
        return citation.year is not None and (self.year_from or 0) <= citation.year <= (self.year_to or 9999)

    def filters(self) -> dict[str, Any]:
        """The filters in force (for the response and the page's chips)."""
        out = {"organisation": self.organisation, "year_from": self.year_from, "year_to": self.year_to,
               "kind": self.kind, "goal": self.goal, "q": self.q, "status": self.status}
        return {k: v for k, v in out.items() if v not in (None, "")}


@dataclass
class TableResult:
    """A table answered: every matching row counted and faceted, one page of them returned."""

    type: str
    columns: tuple[Column, ...]
    query: TableQuery
    total: int
    facets: dict[str, dict[str, int]]
    rows: list[Row]
    matching: list[Row] = field(default_factory=list)  # every matching row, in order (exports, references)

    def citations(self) -> Iterator[Citation]:
        """Every citation of every matching row that the query's year and kind allow (for a reference list)."""
        return (c for row in self.matching for c in row.sources if self.query.cites(c))

    def as_json(self) -> dict[str, Any]:
        """The answer of ``GET /tables/{type}``."""
        return {"type": self.type, "total": self.total, "filters": self.query.filters(),
                "sort": self.query.sort, "offset": self.query.offset, "limit": self.query.limit,
                "columns": [{"key": c.key, "nb": c.nb, "en": c.en, "kind": c.kind} for c in self.columns],
                "facets": self.facets, "rows": [r.as_json(self.columns) for r in self.rows]}
