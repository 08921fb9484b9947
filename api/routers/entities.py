"""``/entities``: one resource per graph entity, JSON-LD for API clients and HTML for browsers."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from api.deps import EntitiesDep, StateDep
from api.entities import EntityIndex, entity_jsonld, entity_ref, local_id, predicate_name
from api.errors import documented
from api.graphview import neighbourhood
from api.i18n import language
from api.negotiation import wants_html
from api.routers.series import series_view
from api.templating import render
from kg.overview.series import series_of

router = APIRouter(tags=["entities"], responses=documented(400, 404, 503))


def summary(entity: dict[str, Any]) -> dict[str, Any]:
    """The short form of an entity used in lists."""
    return {**entity_ref(entity["iri"]), "iri": entity["iri"], "type": entity.get("type"), "label": entity.get("label")}


@router.get("/entities", summary="List entities")
def list_entities(index: EntitiesDep,
                  type: Annotated[str | None, Query(description="Only entities of this type.")] = None
                  ) -> list[dict[str, Any]]:
    """Every entity (id, IRI, type, label), optionally of one type."""
    rows = index.of_type(type) if type else list(index.by_iri.values())
    return [summary(e) for e in rows]


def entity_response(request: Request, index: EntityIndex, entity: dict[str, Any], template: str = "entity.html",
                    extra: dict[str, Any] | None = None) -> Response:
    """An entity as an HTML page or as JSON-LD, by content negotiation."""
    if wants_html(request):
        if entity.get("type") in ("Evaluation", "Report"):
            extra = {"goals_of": index.goals_of_evaluation(entity), **(extra or {})}
        links = sorted(index.neighbours(entity), key=lambda lt: (lt[0].get("direction", "out"),
                                                                 predicate_name(lt[0]["predicate"])))
        context = {"entity": entity, "graph": neighbourhood(entity, index), **(extra or {}),
                   "links_out": [lt for lt in links if lt[0].get("direction") != "in"],
                   "links_in": [lt for lt in links if lt[0].get("direction") == "in"]}
        return render(request, template, context)
    body = entity_jsonld(entity, index, str(request.base_url))
    return JSONResponse(body, media_type="application/ld+json", headers={"Vary": "Accept"})


@router.get("/entities/{entity_id:path}", summary="One entity",
            responses={200: {"content": {"application/ld+json": {}, "text/html": {}}}})
def get_entity(entity_id: str, request: Request, index: EntitiesDep, state: StateDep) -> Response:
    """Types, labels, attributes, every link in and out, and provenance (passage, document, span)."""
    entity = index.get(entity_id)
    if entity.get("type") == "Goal" and wants_html(request):  # a goal's page is the goal page
        return RedirectResponse(f"/goals/{local_id(entity['iri'])}", status_code=303)
    if not wants_html(request):
        return entity_response(request, index, entity)
    # Only a page shows the series: JSON-LD clients never pay for loading the overview.
    view = series_view(series_of(state.overview, entity["iri"]), language(request))
    return entity_response(request, index, entity, extra={"series": view if view["rows"] else None})
