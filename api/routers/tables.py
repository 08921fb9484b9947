"""``/tables``: every entity of a type as a table: filtered, faceted, sorted, paged, exported and cited."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Path, Request
from fastapi import Query as Q
from fastapi.responses import JSONResponse, Response

from api.deps import TablesDep
from api.errors import documented
from api.i18n import Translator
from api.negotiation import wants_html
from api.templating import render
from kg.documents.facets import KIND_NAMES_EN
from kg.errors import FilterError
from kg.tables import TableQuery, answer, parse_query, table_type
from kg.tables.columns import SPECS
from kg.tables.export import FORMATS, export, filename
from kg.tables.query import MAX_LIMIT, STATUSES
from kg.tables.references import as_text, references

# A browser (or ?format=html) gets its errors as a page, like every other page of the UI.
router = APIRouter(tags=["tables"], responses={code: {**spec, "content": {"text/html": {}}}
                                               for code, spec in documented(400, 404, 503).items()})
#: Rows a browser page shows when no ``limit`` is asked for (an API client gets every row).
PAGE_SIZE = 50
_YEAR = r"^(\s*\d{4}(\s*[-–]\s*\d{4})?\s*)?$"  # empty: no filter
_WHOLE = r"^(\d{1,9})?$"
LANGS = ("nb", "en")
_TYPES = {"enum": list(SPECS), "description": f"Entity type: {', '.join(SPECS)}."}


async def table_query(
    organisation: Annotated[str | None, Q(description="Organisation (full name or short form) that published, "
                                          "received or is named by the row.",
                                          json_schema_extra={"maxLength": 300})] = None,
    year: Annotated[str | None, Q(description="Year of the documents the row was read from: 2024 or 2022-2024.",
                                  json_schema_extra={"pattern": _YEAR})] = None,
    year_from: Annotated[str | None, Q(description="First document year.", json_schema_extra={"pattern": _YEAR})
                         ] = None,
    year_to: Annotated[str | None, Q(description="Last document year.", json_schema_extra={"pattern": _YEAR})] = None,
    kind: Annotated[str | None, Q(description="Document kind.", json_schema_extra={
        "enum": ["", *KIND_NAMES_EN, *KIND_NAMES_EN.values()]})] = None,
    goal: Annotated[str | None, Q(description="A goal: number ('8', '1.2'), id or label; rows linked to it "
                                  "(directly or through a measure, grant scheme, reform or parameter).")] = None,
    q: Annotated[str | None, Q(description="Words every row must contain (label and text columns, Norwegian "
                               "analysis: compounds match their parts).", json_schema_extra={"maxLength": 1000})
                 ] = None,
    status: Annotated[str | None, Q(description="Report status.", json_schema_extra={"enum": ["", *STATUSES]})
                      ] = None,
    sort: Annotated[str | None, Q(description="Column to sort by; '-column' for descending.")] = None,
    offset: Annotated[str | None, Q(description="Rows to skip.", json_schema_extra={"pattern": _WHOLE})] = None,
    limit: Annotated[str | None, Q(description=f"Rows to return (0-{MAX_LIMIT}); default every row (50 on a page).",
                                   json_schema_extra={"pattern": _WHOLE})] = None,
    lang: Annotated[str | None, Q(description="Language of headings in exports and pages.",
                                  json_schema_extra={"enum": ["", *LANGS]})] = None,
) -> TableQuery:
    """The request's filters, order and page, checked (a 400 names the first bad parameter)."""
    if lang and lang not in LANGS:
        raise FilterError("lang", f"unknown language {lang!r}; use nb or en")
    return parse_query(organisation, year, year_from, year_to, kind, goal, q, status, sort, offset, limit)


QueryDep = Annotated[TableQuery, Depends(table_query)]
FormatParam = Annotated[str | None, Q(description="json (default for API clients), csv, xlsx or html.",
                                      json_schema_extra={"enum": ["", "json", "csv", "xlsx", "html"]})]
_CONTENT: dict[str, Any] = {"text/html": {}, **{m.split(";")[0]: {} for m in FORMATS.values()}}


@router.get("/tables", summary="List tables")
def list_tables(request: Request, tables: TablesDep) -> Response:
    """Every table (one per entity type) with its number of rows; HTML for browsers."""
    counts = {t: len(tables.table(t)[1]) for t in SPECS}
    if wants_html(request):
        return render(request, "tables.html", {"counts": counts})
    return JSONResponse([{"type": t, "rows": n, "url": f"/tables/{t}"} for t, n in counts.items()])


@router.get("/tables/{type}", summary="A table of one entity type", responses={200: {"content": _CONTENT}})
def get_table(type: Annotated[str, Path(json_schema_extra=_TYPES)], request: Request, tables: TablesDep,
              query: QueryDep, format: FormatParam = None) -> Response:
    """``{"type","total","filters","facets","rows":[{"id","url","label",…columns…,"sources":[…]}]}``.

    Every entity of the type matching the filters (``year`` is the year of the documents a row was read
    from), counted (``total``) and faceted per organisation, year, document kind and status; ``sort`` and
    ``offset``/``limit`` order and page the rows. ``format=csv|xlsx`` downloads every matching row.
    """
    type_ = table_type(type)
    fmt = _format(format)
    lang = _lang(request)
    html = fmt == "html" or (fmt is None and wants_html(request))
    if html and query.limit is None:
        query = TableQuery(**{**query.__dict__, "limit": PAGE_SIZE})
    result = answer(tables, type_, query)
    if html:
        refs = references(result.citations())
        return render(request, "table.html", {
            "result": result, "refs": refs, "link": _linker(request, type_), "filters": query.filters(),
            "page_size": query.limit or PAGE_SIZE, "chips": _chips(query, lang), "year_text": _years(query),
            "kind_names": KIND_NAMES_EN, "statuses": STATUSES,
            "headings": [("label", "Label" if lang == "en" else "Navn"),
                         *((c.key, c.heading(lang)) for c in result.columns)]})
    if fmt in ("csv", "xlsx"):
        body = export(result, fmt, lang, str(request.base_url).rstrip("/"))
        return Response(body, media_type=FORMATS[fmt], headers=_attachment(filename(result, fmt)))
    return JSONResponse(result.as_json())


@router.get("/tables/{type}/references", summary="Reference list of a table",
            responses={200: {"content": {"application/json": {}, "text/markdown": {}}}})
def get_references(type: Annotated[str, Path(json_schema_extra=_TYPES)], request: Request, tables: TablesDep,
                   query: QueryDep,
                   format: Annotated[str | None, Q(description="txt/md (Markdown, default) or json.",
                                                   json_schema_extra={"enum": ["", "txt", "md", "json"]})] = None
                   ) -> Response:
    """Each document the matching rows cite, once, with organisation, year, title, kind and the pages cited
    (``Organisasjon. (År). *Tittel* [Type]. s. 12, 15–16.``), as Markdown or JSON; a download."""
    result = answer(tables, table_type(type), query)
    refs = references(result.citations())
    lang = _lang(request)
    name = f"kildeliste-{result.type.lower()}"
    if format in ("json",):
        return JSONResponse({"type": result.type, "filters": query.filters(), "total": len(refs),
                             "references": [r.as_json(lang) for r in refs]}, headers=_attachment(f"{name}.json"))
    if format not in (None, "", "txt", "md"):
        raise FilterError("format", f"unknown format {format!r}; use txt, md or json")
    return Response(as_text(refs, lang), media_type="text/markdown; charset=utf-8",
                    headers=_attachment(f"{name}.md"))


def _years(query: TableQuery) -> str:
    """The year filter as typed: ``2024``, ``2022-2024``, ``2022-`` or ``-2024``."""
    low, high = query.year_from, query.year_to
    if low is None and high is None:
        return ""
    if low == high:
        return str(low)
    return f"{low or ''}-{high or ''}"


def _chips(query: TableQuery, lang: str) -> list[tuple[str, str, dict[str, None]]]:
    """The filters in force as ``(name, value, parameters that remove it)``."""
    out = []
    for key, value in query.filters().items():
        if key in ("year_from", "year_to"):
            continue
        shown = KIND_NAMES_EN.get(str(value), str(value)) if key == "kind" and lang == "en" else str(value)
        shown = Translator(lang)(shown) if key == "status" else shown
        out.append(("words" if key == "q" else key, shown, {key: None}))
    if query.year_from is not None or query.year_to is not None:
        out.append(("year", _years(query), {"year": None, "year_from": None, "year_to": None}))
    return out


def _format(value: str | None) -> str | None:
    if value in (None, ""):
        return None
    if value not in ("json", "csv", "xlsx", "html"):
        raise FilterError("format", f"unknown format {value!r}; use json, csv, xlsx or html")
    return value


def _lang(request: Request) -> str:
    lang = request.query_params.get("lang") or request.cookies.get("lang") or "nb"
    return lang if lang in LANGS else "nb"


def _attachment(name: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{name}"'}


def _linker(request: Request, type_: str) -> Any:
    """``link(year=None, sort="-year")``: this table's URL with parameters changed (None drops one); a change
    of filter or order goes back to the first page."""
    current = {k: v for k, v in request.query_params.items() if k != "format"}

    def link(path: str = "", **changes: Any) -> str:
        params = dict(current)
        if "offset" not in changes:
            params.pop("offset", None)
        for key, value in changes.items():
            if value is None or value == "":
                params.pop(key, None)
            else:
                params[key] = str(value)
        return f"/tables/{type_}{path}" + (f"?{urlencode(params)}" if params else "")

    return link

