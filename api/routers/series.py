"""``/series``: an entity's values year by year (merged over its aligned entities), as JSON or a page."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

from api.chart import charts, shown, where
from api.deps import OverviewDep
from api.errors import documented
from api.i18n import language
from api.negotiation import wants_html
from api.templating import render
from kg.overview.series import MEASURES, Observation, Series, series_of

router = APIRouter(tags=["series"], responses=documented(400, 404, 503))


def _cell(o: Observation, unit: str, lang: str, conflict: bool = False,
          also: tuple[Observation, ...] = ()) -> dict[str, Any]:
    return {"text": shown(o.value, unit, lang), "url": o.citation.url, "where": where(o.citation, lang),
            "conflict": conflict, "also": [_cell(a, unit, lang) for a in also]}


def series_view(series: Series, lang: str) -> dict[str, Any]:
    """What the page draws: a table (a row per measure, a column per year), the charts, the appearances."""
    years = series.value_years
    rows = []
    for measure in series.measures:
        unit = MEASURES[measure][2]
        by_year = {p.shown.year: _cell(p.shown, unit, lang, p.conflict, p.also)
                   for p in series.points if p.shown.measure == measure}
        rows.append({"measure": measure, "label": MEASURES[measure][0 if lang == "nb" else 1],
                     "cells": [by_year.get(y) for y in years]})
    if series.targets:
        by_year = {t.year: _cell(t, "value", lang) for t in series.targets}
        rows.append({"measure": "target", "label": "Mål / krav" if lang == "nb" else "Target",
                     "cells": [by_year.get(y) for y in years]})
    return {"series": series, "json": series.as_json(), "years": years, "rows": rows,
            "charts": charts(series, lang), "parts": [series_view(p, lang) for p in series.parts],
            "appearances": [{**a.as_json(), "where": where(a.citation, lang)} for a in series.appearances]}


@router.get("/series/{entity_id:path}", summary="An entity's values year by year",
            responses={200: {"content": {"application/json": {}, "text/html": {}}}})
def get_series(entity_id: str, request: Request, overview: OverviewDep) -> Response:
    """The entity merged with every entity aligned with it (``exactMatch``/``closeMatch``): a grant scheme's
    applications and amounts, a budget post's amounts, a steering parameter's results and targets, per year;
    the documents (and years) that state it; a goal's steering parameters as ``parts``. Every value is cited
    (document title, page, span and a link that opens it); where two documents print a value for the same
    year, the later document's is shown and the others are under ``also`` (``conflict`` when they differ)."""
    series = series_of(overview, entity_id)
    if wants_html(request):
        return render(request, "series.html", {"view": series_view(series, language(request))})
    return JSONResponse(series.as_json())
