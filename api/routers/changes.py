"""``/changes``: what changed between two documents of one organisation (two years, or a letter and its report)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response

from api.deps import OverviewDep
from api.errors import documented, status_of
from api.negotiation import wants_html
from api.templating import render
from kg.errors import KGError, ParameterError
from kg.overview import Overview
from kg.overview.changes import COMPARED, compare
from kg.overview.selection import KINDS, documents_asked, years_of

router = APIRouter(tags=["changes"], responses=documented(400, 404, 503))
_YEAR = {"pattern": r"^\d{4}$"}


def _form(overview: Overview) -> dict[str, Any]:
    """What the page offers to choose from: organisations with their years, and the documents."""
    owners = sorted(set(overview.owners.values()))
    return {"organisations": [(o, years_of(overview, o)) for o in owners], "documents": overview.documents(),
            "types": COMPARED}


@router.get("/changes", summary="Changes between two years or two documents",
            responses={200: {"content": {"application/json": {}, "text/html": {}}}})
def get_changes(
    request: Request,
    overview: OverviewDep,
    organisation: Annotated[str | None, Query(description="The organisation (full name or short form, e.g. IMDi) "
                                              "whose documents of the years `from` and `to` are compared.")] = None,
    first: Annotated[str | None, Query(alias="from", description="The earlier year (four digits).",
                                       json_schema_extra=_YEAR)] = None,
    second: Annotated[str | None, Query(alias="to", description="The later year (four digits).",
                                        json_schema_extra=_YEAR)] = None,
    a: Annotated[str | None, Query(description="Instead of organisation and years: the first document "
                                   "(id, file name or stem).")] = None,
    b: Annotated[str | None, Query(description="The second document (id, file name or stem).")] = None,
    type: Annotated[str | None, Query(description="Only this type.",
                                      json_schema_extra={"enum": ["", *COMPARED]})] = None,
    kind: Annotated[str | None, Query(description="With organisation and years: compare documents of this kind "
                                      "(default: the same kind in both years where one exists, letters first).",
                                      json_schema_extra={"enum": ["", *KINDS]})] = None,
) -> Response:
    """Goals, steering parameters, assignments and grant schemes ``added``, ``removed``, ``reworded`` (with the
    word-level ``diff``), ``renumbered``, ``delivered`` (an assignment a report of the second document delivers) or
    ``unchanged``, each side cited (document, page, span, link). Pairs come from the build's alignment
    (``paired_by``: exactMatch, closeMatch, same entity) or, for what alignment leaves, the same word stems
    (``wording``). Missing or malformed parameters are a 400 naming them; an organisation without documents
    for a year a 404 saying which years it has."""
    html = wants_html(request)
    asked = {"organisation": organisation or "", "from": first or "", "to": second or "", "a": a or "",
             "b": b or "", "type": type or "", "kind": kind or ""}
    if html and not any((organisation, first, second, a, b)):
        return render(request, "changes.html", {"asked": asked, "result": None, **_form(overview)})
    try:
        if type and type not in COMPARED:
            raise ParameterError(f"type: unknown type {type!r}; use one of: {', '.join(COMPARED)}")
        da, db = documents_asked(overview, organisation=organisation, first=first, second=second, a=a, b=b,
                                 kind=kind or None)
        result = compare(overview, da, db, (type,) if type else COMPARED)
    except KGError as exc:
        if not html:
            raise
        return render(request, "changes.html", {"asked": asked, "result": None, "error": str(exc),
                                                **_form(overview)}, status_code=status_of(exc))
    if html:
        asked |= {"organisation": result.organisation or asked["organisation"]}
        if a or b:
            asked |= {"a": result.a.doc_id, "b": result.b.doc_id}
        return render(request, "changes.html", {"asked": asked, "result": result, **_form(overview)})
    return JSONResponse(result.as_json())
