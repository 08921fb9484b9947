"""A table request read and checked (each bad parameter a :class:`FilterError` naming it), then answered."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from kg.documents.facets import KIND_NAMES_EN
from kg.errors import FilterError, NotFoundError
from kg.tables.base import Row, TableQuery, TableResult
from kg.tables.columns import SPECS
from kg.tables.rows import TableData

_YEAR = re.compile(r"(\d{4})(?:\s*[-–]\s*(\d{4}))?")
_KINDS = {**{k: k for k in KIND_NAMES_EN}, **{v: k for k, v in KIND_NAMES_EN.items()}}
STATUSES = ("published", "ongoing")
MAX_LIMIT = 100_000


def table_type(name: str) -> str:
    """The entity type a table is of (any letter case); :class:`NotFoundError` listing the types otherwise."""
    found = next((t for t in SPECS if t.casefold() == name.strip().casefold()), None)
    if found is None:
        raise NotFoundError(f"no table of type {name!r}; the tables are: {', '.join(SPECS)}")
    return found


def _int(parameter: str, value: str | None, low: int, high: int) -> int | None:
    if value is None or not value.strip():
        return None
    if not re.fullmatch(r"\s*\d{1,9}\s*", value):
        raise FilterError(parameter, f"expected a whole number, got {value!r}")
    number = int(value)
    if not low <= number <= high:
        raise FilterError(parameter, f"must lie between {low} and {high}, got {number}")
    return number


def _year(parameter: str, value: str | None) -> tuple[int, int] | None:
    if value is None or not value.strip():
        return None
    m = _YEAR.fullmatch(value.strip())
    if m is None:
        raise FilterError(parameter, f"expected a year such as 2024 or a range such as 2022-2024, got {value!r}")
    first, last = int(m.group(1)), int(m.group(2) or m.group(1))
    if first > last:
        raise FilterError(parameter, f"the range {value!r} ends before it starts")
    return first, last


def parse_query(organisation: str | None = None, year: str | None = None, year_from: str | None = None,
                year_to: str | None = None, kind: str | None = None, goal: str | None = None, q: str | None = None,
                status: str | None = None, sort: str | None = None, offset: str | None = None,
                limit: str | None = None) -> TableQuery:
    """A :class:`TableQuery` from request strings; a :class:`FilterError` names the first bad parameter."""
    span = _year("year", year)
    low, high = _year("year_from", year_from), _year("year_to", year_to)
    if span and (low or high):
        raise FilterError("year", "give either year or year_from/year_to, not both")
    first = span[0] if span else low[0] if low else None
    last = span[1] if span else high[1] if high else None
    if first is not None and last is not None and first > last:
        raise FilterError("year_to", f"{last} is before year_from {first}")
    if kind and kind.strip().casefold() not in _KINDS:
        raise FilterError("kind", f"unknown document kind {kind!r}; use one of: {', '.join(KIND_NAMES_EN)}")
    if status and status.strip() not in STATUSES:
        raise FilterError("status", f"unknown status {status!r}; use one of: {', '.join(STATUSES)}")
    for name, value in (("organisation", organisation), ("goal", goal), ("sort", sort)):
        if value is not None and len(value) > 300:
            raise FilterError(name, f"{len(value)} characters long; at most 300 are accepted")
    if q is not None and len(q) > 1000:
        raise FilterError("q", f"the text is {len(q)} characters long; at most 1000 are accepted")
    if q and q.strip() and not _needs(q):
        raise FilterError("q", f"{q!r} holds no word to match")
    return TableQuery(organisation=(organisation or "").strip() or None, year_from=first, year_to=last,
                      kind=_KINDS[kind.strip().casefold()] if kind and kind.strip() else None,
                      goal=(goal or "").strip() or None, q=(q or "").strip() or None,
                      status=(status or "").strip() or None, sort=(sort or "").strip() or None,
                      offset=_int("offset", offset, 0, MAX_LIMIT) or 0, limit=_int("limit", limit, 0, MAX_LIMIT))


def _needs(q: str) -> list[tuple[str, ...]]:
    """What ``q`` asks of a row: per word, its analysed terms (the whole word's stem, then its parts)."""
    from index.lexical.analyzer import word_terms, words  # late, as in kg.tables.rows

    return [terms for _, _, w in words(q) if (terms := word_terms(w))]


def _matches_text(needs: list[tuple[str, ...]], terms: frozenset[str]) -> bool:
    """Every word is found: as a whole, or (a compound) by all of its parts."""
    return all(t[0] in terms or (len(t) > 1 and all(p in terms for p in t[1:])) for t in needs)


def answer(data: TableData, type_: str, query: TableQuery) -> TableResult:
    """Every row of ``type_`` matching ``query``: counted, faceted, sorted, and the page asked for."""
    columns, rows = data.table(type_)
    keys = {"label", *(c.key for c in columns)}
    sort = query.sort or ""
    descending = sort.startswith("-")
    key = sort.lstrip("-") or None
    if key is not None and key not in keys:
        raise FilterError("sort", f"unknown column {key!r}; sort by one of: {', '.join(sorted(keys))} "
                          "(prefix - for descending)")
    checks: list[Callable[[Row], bool]] = []
    if query.organisation:
        wanted = data.organisation(query.organisation).casefold()
        checks.append(lambda r: wanted in r.organisations)
    if query.year_from is not None or query.year_to is not None:
        low, high = query.year_from or 0, query.year_to or 9999
        checks.append(lambda r: any(low <= y <= high for y in r.years))
    if query.kind:
        kind = query.kind
        checks.append(lambda r: kind in r.kinds)
    if query.status:
        status = query.status
        checks.append(lambda r: r.status == status)
    if query.goal:
        goals = data.goal_iris(query.goal)
        if not goals:
            raise FilterError("goal", f"no goal {query.goal!r} in this build (give a number, an id or a label)")
        checks.append(lambda r: not goals.isdisjoint(r.goals))
    if query.q:
        needs, terms = _needs(query.q), data.terms(type_)
        checks.append(lambda r: _matches_text(needs, terms[r.iri]))
    matching = [r for r in rows if all(check(r) for check in checks)]
    if key is not None:
        rank = data.ranks(type_, key)
        matching.sort(key=lambda r: rank[r.iri], reverse=descending)
        if descending:  # empty cells stay last either way
            empty = data.empty(type_, key)
            matching = [r for r in matching if r.iri not in empty] + [r for r in matching if r.iri in empty]
    end = None if query.limit is None else query.offset + query.limit
    page = [_cited_in(r, query) for r in matching[query.offset:end]]
    return TableResult(type_, columns, query, len(matching), facets(data, matching, "status" in keys), page, matching)


def _cited_in(row: Row, query: TableQuery) -> Row:
    """The row with only the citations from documents of the asked years and kind (it was found by those)."""
    kept = tuple(c for c in row.sources if query.cites(c))
    return row if len(kept) == len(row.sources) else replace(row, sources=kept)


def facets(data: TableData, rows: list[Row], with_status: bool) -> dict[str, dict[str, int]]:
    """Counts of the matching rows per organisation, year, document kind (and status where the type has one)."""
    orgs = _spread(Counter(r.organisations for r in rows), data.display)
    years = _spread(Counter(r.years for r in rows), str)
    kinds = _spread(Counter(r.kinds for r in rows), str)
    out = {"organisation": dict(sorted(orgs.items(), key=lambda kv: (-kv[1], kv[0]))),
           "year": dict(sorted(years.items(), reverse=True)),
           "kind": dict(sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])))}
    if with_status:
        out["status"] = dict(Counter(r.status for r in rows if r.status).most_common())
    return out


def _spread(by_set: Counter[frozenset[Any]], name: Callable[[Any], str]) -> Counter[str]:
    """Per value, the rows whose set holds it: rows share few distinct sets, so those are counted first."""
    out: Counter[str] = Counter()
    for values, n in by_set.items():
        for v in values:
            out[name(v)] += n
    return out
