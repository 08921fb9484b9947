"""A goal number several goals share (two documents, two years, two parts): a page to choose from, not a 404.

Served with ``300 Multiple Choices``: an HTML list for browsers, JSON ``{"detail","error","choices"}`` for
everyone else, each choice with its id, URL, label and the documents (title, kind, year) it was read from.
"""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse, Response

from api.deps import served_build
from api.entities import SharedNumberError, entity_ref, local_id
from api.negotiation import wants_html
from api.templating import render
from kg.documents.facets import DocumentFacets, facets_of

STATUS = 300


def goal_choice(request: Request, number: str, goal: dict[str, Any],
                facets: dict[str, DocumentFacets]) -> dict[str, Any]:
    """One goal to choose: where it leads (the same route with its id in place of the number) and its documents."""
    docs = facets_of((str(s.get("doc_id") or s.get("doc")) for s in goal.get("sources", [])), facets)
    key = local_id(goal["iri"])
    return {**entity_ref(goal["iri"]), "iri": goal["iri"], "label": goal.get("label"), "part": goal.get("part"),
            "href": request.url.path.replace(f"/goals/{number}", f"/goals/{key}", 1),
            "documents": [{"doc": f.doc_id, "title": f.title, "kind": f.kind, "year": f.year,
                           "organisation": f.organisation} for f in docs]}


def _order(choice: dict[str, Any]) -> tuple[int, str]:
    years = [d["year"] for d in choice["documents"] if d["year"]]
    return (min(years) if years else 0, str(choice["label"]))


def choice_response(request: Request, exc: SharedNumberError) -> Response:
    """The goals sharing ``exc.number``, oldest document first, as a page or as JSON."""
    facets = served_build(request.app).current().facets
    choices = sorted((goal_choice(request, exc.number, g, facets) for g in exc.goals), key=_order)
    if wants_html(request):
        return render(request, "choose.html", {"number": exc.number, "choices": choices}, status_code=STATUS)
    return JSONResponse({"detail": str(exc), "error": type(exc).__name__, "choices": choices}, status_code=STATUS)
