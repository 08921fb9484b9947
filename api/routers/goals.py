"""``/goals``: goal pages and the evaluations that speak to a goal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from api.answers import titled
from api.deps import EntitiesDep, StateDep
from api.entities import EntityIndex, Route
from api.errors import documented
from api.negotiation import wants_html
from api.routers.entities import entity_response, summary
from api.templating import render

router = APIRouter(tags=["goals"], responses=documented(404, 503))


def route_json(route: Route, title: Callable[[str], str]) -> dict[str, Any]:
    """A reached entity with its citations (``doc_title`` from ``title``) and the entity it was reached through
    (``via`` is null when linked directly)."""
    return {**summary(route.entity), "sources": titled(route.entity.get("sources", []), title),
            "via": summary(route.via) if route.via else None}


def _order(goal: dict[str, Any]) -> tuple[tuple[int, ...], str]:
    """Number order: 'Hovedmål 2' before 'Delmål 2.1' before 'Hovedmål 3'; goals without a number first."""
    printed = str(goal.get("notation") or goal.get("number") or "")
    return tuple(int(n) for n in printed.split(".") if n.isdigit()), str(goal.get("label"))


def _goals(index: EntityIndex) -> list[dict[str, Any]]:
    return sorted(index.of_type("Goal"), key=_order)


@router.get("/goals", summary="List goals")
def list_goals(request: Request, index: EntitiesDep) -> Response:
    """Every goal, in number order (HTML for browsers)."""
    goals = _goals(index)
    if wants_html(request):
        return render(request, "goals.html", {"goals": goals})
    from fastapi.responses import JSONResponse

    return JSONResponse([{**summary(g), "number": g.get("number"), "notation": g.get("notation"),
                          "level": g.get("level")} for g in goals])


@router.get("/goals/{goal_id:path}/evaluations", summary="Evaluations of a goal", responses=documented(300))
def goal_evaluations(goal_id: str, index: EntitiesDep, state: StateDep) -> list[dict[str, Any]]:
    """Evaluations linked to the goal directly or through the measures, grant schemes and reforms it covers."""
    return [route_json(r, state.document_title) for r in index.evaluations_of_goal(index.goal(goal_id))]


@router.get("/goals/{goal_id:path}", summary="One goal",
            responses={200: {"content": {"application/ld+json": {}}}, **documented(300)})
def get_goal(goal_id: str, request: Request, index: EntitiesDep) -> Response:
    """The goal page: steering parameters, measures, grant schemes with amounts, evaluations (JSON-LD or HTML)."""
    goal = index.goal(goal_id)
    groups: dict[str, list[dict[str, Any]]] = {}
    for _, target in index.neighbours(goal):
        groups.setdefault(str(target.get("type")), []).append(target)
    extra = {"groups": groups, "evaluations": index.evaluations_of_goal(goal),
             "reports": index.reports_of_goal(goal)}
    return entity_response(request, index, goal, "goal.html", extra)
