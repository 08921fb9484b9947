"""``/evaluations``: from an evaluation back to the goals it speaks to."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from api.deps import EntitiesDep, StateDep
from api.errors import documented
from api.routers.goals import route_json

router = APIRouter(tags=["evaluations"], responses=documented(404, 503))


@router.get("/evaluations/{evaluation_id:path}/goals", summary="Goals of an evaluation")
def evaluation_goals(evaluation_id: str, index: EntitiesDep, state: StateDep) -> list[dict[str, Any]]:
    """Goals the evaluation (or report) is about, directly or through what it evaluates."""
    return [route_json(r, state.document_title) for r in index.goals_of_evaluation(index.evaluation(evaluation_id))]
