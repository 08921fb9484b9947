"""A question that asks for everything of one type ("hvor mange oppdrag …", "list alle evalueringer i 2019")
answered with that type's complete table, counted, under the filters search read from the question or was given.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from urllib.parse import urlencode

from kg.errors import FilterError
from kg.search.listing import listing_request
from kg.tables.base import TableQuery
from kg.tables.columns import SPECS
from kg.tables.query import answer
from kg.tables.rows import TableData


def table_query(filters: Iterable[dict[str, Any]]) -> TableQuery:
    """The table filters of a search's filters (``SearchResult.filters``): organisation, year span, kind."""
    organisation = kind = None
    first = last = None
    for f in filters:
        if f["name"] == "organisation":
            organisation = str(f["value"])
        elif f["name"] == "kind":
            kind = str(f["value"])
        elif f["name"] == "year":
            value = f["value"]
            first, last = (value, value) if isinstance(value, int) else (value.get("from"), value.get("to"))
    return TableQuery(organisation=organisation, year_from=first, year_to=last, kind=kind)


def _filler(filters: Iterable[dict[str, Any]]) -> frozenset[str]:
    """Words of the question that named a filter ('i 2019', 'tildelingsbrevet', 'Bufdir')."""
    return frozenset(w.casefold() for f in filters if f.get("source") == "question" for w in str(f["text"]).split())


def _url(type_: str, query: TableQuery) -> str:
    params = {"organisation": query.organisation, "kind": query.kind,
              "year_from": query.year_from, "year_to": query.year_to}
    given = {k: v for k, v in params.items() if v is not None}
    return f"/tables/{type_}" + (f"?{urlencode(given)}" if given else "")


def table_answer(question: str, asked_type: str | None, filters: list[dict[str, Any]],
                 data: TableData) -> dict[str, Any] | None:
    """The complete table a question asks for (``None``: the question wants ranked search).

    ``{"type", "count", "reason", "total", "filters", "url", "columns", "rows"}``: every matching row, with the
    table page's URL under the same filters so a reader can change them."""
    wanted = listing_request(question, _filler(filters))
    if wanted is None or wanted.type not in SPECS or (asked_type and asked_type != wanted.type):
        return None
    query = table_query(filters)
    try:
        result = answer(data, wanted.type, query)
    except FilterError:  # a filter read from the question that the table cannot take: ranked search answers
        return None
    return {"type": wanted.type, "count": wanted.count, "reason": wanted.reason, "total": result.total,
            "filters": query.filters(), "url": _url(wanted.type, query),
            "columns": [{"key": c.key, "nb": c.nb, "en": c.en, "kind": c.kind} for c in result.columns],
            "rows": [r.as_json(result.columns) for r in result.rows]}
