"""Rows of every table of a build, made once and kept: what a request filters, sorts and pages."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from kg.documents.base import Document
from kg.documents.facets import DocumentFacets, facets_by_doc
from kg.errors import NotBuiltError
from kg.tables.base import Citation, Column, Row, Value
from kg.tables.columns import COMMON, SPECS, joined
from kg.tables.graph import EntityGraph, local_id

#: Cells that name organisations: a row belongs to these as well as to its documents' parties.
PARTY_CELLS = ("publisher", "giver", "receiver")


class TableData:
    """Every entity of a build as table rows, one list per type, built on first use."""

    def __init__(self, entities: Iterable[dict[str, Any]], facets: Mapping[str, DocumentFacets]) -> None:
        self.graph = EntityGraph(entities, facets)
        self._names: dict[str, str] = {}  # any folded name or short form -> the organisation's label
        for e in self.graph.by_iri.values():
            if e.get("type") == "Organisation":
                for name in (e["label"], *(e.get("alt_labels") or ())):
                    self._names.setdefault(name.casefold(), e["label"])
        self._display: dict[str, str] = {}  # folded label -> label, for facet counts
        self._tables: dict[str, tuple[tuple[Column, ...], list[Row]]] = {}
        self._ranks: dict[tuple[str, str], tuple[dict[str, int], frozenset[str]]] = {}
        self._sets: dict[frozenset[Any], frozenset[Any]] = {}
        self._terms: dict[str, dict[str, frozenset[str]]] = {}
        self._lock = threading.Lock()

    @classmethod
    def from_build(cls, build_path: Path, documents: Iterable[Document]) -> TableData:
        """The tables of a build folder (its ``entities.jsonl`` and documents)."""
        path = build_path / "entities.jsonl"
        if not path.exists():
            raise NotBuiltError(f"{build_path} has no entities.jsonl: rebuild with `kg build`")
        with path.open(encoding="utf-8") as fh:
            return cls([json.loads(line) for line in fh if line.strip()], facets_by_doc(documents))

    def organisation(self, name: str) -> str:
        """The label an organisation goes by in tables (``Bufdir`` -> its full name where the graph knows it)."""
        return self._names.get(name.strip().casefold(), name.strip())

    def goal_iris(self, key: str) -> set[str]:
        """Goals named by ``key``: a number or notation ('8', '1.2'), a URL id, an IRI or an exact label."""
        folded = key.strip().casefold()
        return {iri for iri, e in self.graph.by_iri.items() if e.get("type") == "Goal" and folded in (
            str(e.get("notation") or "").casefold(), str(e.get("number") or "").casefold(), local_id(iri).casefold(),
            iri.casefold(), str(e.get("label") or "").casefold())}

    def table(self, type_: str) -> tuple[tuple[Column, ...], list[Row]]:
        """Columns and rows (in default order) of one type's table."""
        cached = self._tables.get(type_)
        if cached is None:
            with self._lock:
                cached = self._tables.get(type_) or self._make(type_)
                self._tables[type_] = cached
        return cached

    def terms(self, type_: str) -> dict[str, frozenset[str]]:
        """Each row's analysed words (by IRI), made on the first ``q`` asked of the type: analysis is the
        costly part of making rows, and most tables are never searched."""
        found = self._terms.get(type_)
        if found is None:
            from index.lexical.analyzer import analyse  # late: spaCy's word lists load only when needed

            found = {r.iri: frozenset(analyse(r.text)) for r in self.table(type_)[1]}
            self._terms[type_] = found
        return found

    def ranks(self, type_: str, key: str) -> dict[str, int]:
        """Each row's place (by IRI) when the table is sorted by column ``key``: sorted once, then looked up."""
        return self._order(type_, key)[0]

    def empty(self, type_: str, key: str) -> frozenset[str]:
        """IRIs of the rows whose ``key`` cell is empty."""
        return self._order(type_, key)[1]

    def _order(self, type_: str, key: str) -> tuple[dict[str, int], frozenset[str]]:
        found = self._ranks.get((type_, key))
        if found is None:
            rows = self.table(type_)[1]
            keys = list(map(sort_key(key), rows))
            ranked = sorted(range(len(rows)), key=keys.__getitem__)
            found = ({rows[i].iri: n for n, i in enumerate(ranked)},
                     frozenset(r.iri for r, k in zip(rows, keys, strict=True) if k[0] == 2))
            self._ranks[(type_, key)] = found
        return found

    def _make(self, type_: str) -> tuple[tuple[Column, ...], list[Row]]:
        spec, read = SPECS[type_]
        entities = [e for e in self.graph.by_iri.values() if e.get("type") == type_]
        columns = spec.columns + (spec.extra(entities) if spec.extra else ()) + COMMON
        rows = sorted((self._row(e, read(e, self.graph)) for e in entities), key=lambda r: (r.label, r.id))
        return columns, sorted(rows, key=sort_key(spec.default_sort))

    def _row(self, e: dict[str, Any], values: dict[str, Value]) -> Row:
        docs = self.graph.documents(e)
        goals = self.graph.goals(e)
        if "goal" not in values and e.get("type") != "Goal":
            values["goal"] = joined(g["label"] for g in goals)
        years = sorted({d.year for d in docs if d.year is not None})
        values["organisation"] = joined(self.organisation(d.organisation) for d in docs if d.organisation)
        values["year"] = years[0] if len(years) == 1 else joined(years)
        values["kind"] = joined(d.kind for d in docs)
        parties = [d.organisation for d in docs] + [d.addressee for d in docs]
        parties += [n for key in PARTY_CELLS for n in str(values.get(key) or "").split("; ")]
        text = " ".join([e["label"], *(e.get("alt_labels") or ()),
                         *(str(v) for v in values.values() if isinstance(v, str))])
        names = {self.organisation(p) for p in parties if p}
        self._display.update((n.casefold(), n) for n in names)
        return Row(local_id(e["iri"]), e["iri"], e["label"], values, self._citations(e),
                   self._shared(frozenset(n.casefold() for n in names)),
                   self._shared(frozenset(years)), self._shared(frozenset(d.kind for d in docs)),
                   self._shared(frozenset(g["iri"] for g in goals)),
                   e.get("status") if isinstance(e.get("status"), str) else None, text)

    def _shared(self, values: frozenset[Any]) -> frozenset[Any]:
        """One object per distinct set: facet counting then compares sets by identity, not element by element."""
        return self._sets.setdefault(values, values)

    def display(self, folded: str) -> str:
        """An organisation's label from its folded form (for facet counts)."""
        return self._display.get(folded, folded)

    def _citations(self, e: dict[str, Any]) -> tuple[Citation, ...]:
        out: dict[tuple[str, int, int], Citation] = {}
        for src in e.get("sources") or ():
            f = self.graph.facets.get(src.get("doc_id") or "") or self.graph.facets.get(src.get("doc") or "")
            page = src.get("page")
            first = page[0] if isinstance(page, list | tuple) else page
            key = (src.get("doc") or "", int(src["start"]), int(src["end"]))
            out.setdefault(key, Citation(
                src.get("doc") or "", src.get("doc_id") or (f.doc_id if f else ""), f.title if f else key[0],
                f.organisation if f else None, f.year if f else None,
                f.kind if f else "ukjent", key[1], key[2], first, src.get("page_estimate")))
        return tuple(out.values())


def sort_key(key: str) -> Callable[[Row], tuple[Any, ...]]:
    """Order of a column: empty cells last, numbers (and codes by their numbers) before text."""

    def value(row: Row) -> tuple[Any, ...]:
        v = row.label if key == "label" else row.values.get(key)
        if v is None or v == "":
            return (2, (), "")
        if isinstance(v, int | float):
            return (0, (v,), "")
        text = str(v)
        number = re.match(r"\d+(?:[.,]\d+)?", text)  # codes and notations: 2 before 10, "1.2" by number
        parts = tuple(int(p) for p in re.findall(r"\d+", text)) if number else ()
        return (0 if number else 1, parts, text.casefold())

    return value
