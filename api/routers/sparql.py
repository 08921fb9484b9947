"""``/sparql``: the SPARQL 1.1 Protocol, read-only (query by GET, POST form or POST body); a browser gets the editor."""

from __future__ import annotations

import re
from typing import Annotated, Any
from urllib.parse import parse_qs

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from api.deps import StateDep
from api.negotiation import wants_html
from api.sparql.protocol import SparqlRequest, negotiate
from api.sparql.screening import QueryLimits, screen
from api.sparql.worker import QueryJob, QueryPool
from api.templating import render
from kg.errors import QueryError, UpdateRefusedError
from kg.graph.namespaces import BK, ID

router = APIRouter(tags=["sparql"])
DEFAULT_PREFIXES = {"bk": str(BK), "id": str(ID), "skos": "http://www.w3.org/2004/02/skos/core#",
                    "dcterms": "http://purl.org/dc/terms/", "prov": "http://www.w3.org/ns/prov#",
                    "rdfs": "http://www.w3.org/2000/01/rdf-schema#", "xsd": "http://www.w3.org/2001/XMLSchema#"}
_PREFIX = re.compile(r"PREFIX\s+([^\s:]*):\s*<([^>]*)>", re.IGNORECASE)
_READ_ONLY = "this endpoint is read-only: SPARQL Update is not accepted and nothing was changed"
DESCRIPTION = (
    "SPARQL 1.1 Protocol query operation. Results: SELECT/ASK as application/sparql-results+json (default), "
    "application/sparql-results+xml, text/csv, text/tab-separated-values; CONSTRUCT/DESCRIBE as text/turtle "
    "(default), application/n-triples, application/ld+json, application/rdf+xml, chosen by Accept or `format`. "
    "Queries see the union of all named graphs unless `default-graph-uri` is given. Updates are refused (403); "
    "a malformed query is 400 with the parser's position; over the time limit 503, over the row cap 422."
)


def _answer(request: Request, pool: QueryPool, limits: QueryLimits, req: SparqlRequest) -> Response:
    screened = screen(req.query, limits)
    fmt = negotiate(screened.form, request.headers.get("accept"), request.query_params.get("format"))
    prefixes = {**DEFAULT_PREFIXES, **dict(_PREFIX.findall(req.query))}
    job = QueryJob(req.query, screened.form, fmt.key, req.default_graphs, req.named_graphs, tuple(prefixes.items()))
    body = pool.run(job)
    media = fmt.media_type + ("; charset=utf-8" if fmt.media_type.startswith("text/") else "")
    return Response(body, media_type=media, headers={"Vary": "Accept"})


def _one(values: list[str], name: str) -> str:
    if len(values) != 1:
        raise QueryError(f"expected exactly one '{name}' parameter, got {len(values)}")
    return values[0]


def _refuse_updates(*params: object) -> None:
    """An ``update`` parameter anywhere (URL or form) is refused, whatever else the request carries."""
    if any("update" in p for p in params):  # type: ignore[operator]
        raise UpdateRefusedError(_READ_ONLY)


_DATASET = {
    "default-graph-uri": "IRI of a graph forming the default graph (repeatable); default: the union of all graphs.",
    "named-graph-uri": "IRI of a graph available to GRAPH (repeatable).",
}
_FORMAT = "Result format instead of Accept: json, xml, csv, tsv (SELECT/ASK); turtle, nt, jsonld, rdfxml (graphs)."
_TEXT = {"text/plain": {"schema": {"type": "string"}}}
RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"description": "The result, in the negotiated format.", "content": {
        **{m: {"schema": {"type": "string"}} for m in (
            "application/sparql-results+json", "application/sparql-results+xml", "text/csv",
            "text/tab-separated-values", "text/turtle", "application/n-triples", "application/ld+json",
            "application/rdf+xml")},
        "text/html": {"schema": {"type": "string"}}}},
    400: {"description": "Missing or malformed query (with the parser's line and column), a query too large "
                         "or too deeply nested, or SERVICE.", "content": _TEXT},
    403: {"description": "SPARQL Update: this endpoint is read-only.", "content": _TEXT},
    406: {"description": "No accepted media type can carry the result.", "content": _TEXT},
    415: {"description": "POST body of another media type.", "content": _TEXT},
    422: {"description": "More rows than the endpoint's cap.", "content": _TEXT},
    500: {"description": "The query stopped the process evaluating it; the server keeps answering.",
          "content": _TEXT},
    503: {"description": "Over the time limit, every worker busy, or no graph built.", "content": _TEXT},
}
_POST_BODY = {"required": True, "content": {
    "application/x-www-form-urlencoded": {"schema": {
        "type": "object", "required": ["query"], "properties": {
            "query": {"type": "string", "description": "The SPARQL query."},
            **{name: {"type": "array", "items": {"type": "string"}, "description": text}
               for name, text in _DATASET.items()}}}},
    "application/sparql-query": {"schema": {"type": "string", "description": "The SPARQL query, unencoded."}},
}}
_POST_PARAMS = [{"name": name, "in": "query", "required": False, "description": text,
                 "schema": {"type": "array", "items": {"type": "string"}}} for name, text in _DATASET.items()]
_POST_PARAMS.append({"name": "format", "in": "query", "required": False, "description": _FORMAT,
                     "schema": {"type": "string"}})
ALLOW = "GET, POST, OPTIONS"


@router.get("/sparql", description=DESCRIPTION, summary="SPARQL query (GET)", responses=RESPONSES,
            response_class=Response)
def sparql_get(
    request: Request, state: StateDep,
    query: Annotated[str | None, Query(description="The SPARQL query; without it a browser gets the editor.")] = None,
    default_graph_uri: Annotated[list[str] | None, Query(alias="default-graph-uri",
                                                         description=_DATASET["default-graph-uri"])] = None,
    named_graph_uri: Annotated[list[str] | None, Query(alias="named-graph-uri",
                                                       description=_DATASET["named-graph-uri"])] = None,
    format: Annotated[str | None, Query(description=_FORMAT)] = None,
) -> Response:
    """Query by GET (``query``, ``default-graph-uri``, ``named-graph-uri``); no query: the editor page."""
    params = request.query_params
    _refuse_updates(params)
    queries = params.getlist("query")
    if not queries and wants_html(request):
        return render(request, "sparql.html", {"examples": EXAMPLES})
    if not queries:
        raise QueryError("missing the 'query' parameter (SPARQL 1.1 Protocol: /sparql?query=...)")
    req = SparqlRequest(_one(queries, "query"), tuple(params.getlist("default-graph-uri")),
                        tuple(params.getlist("named-graph-uri")))
    return _answer(request, state.pool, state.settings.sparql_limits, req)


@router.post("/sparql", description=DESCRIPTION, summary="SPARQL query (POST form or body)", responses=RESPONSES,
             response_class=Response, openapi_extra={"requestBody": _POST_BODY, "parameters": _POST_PARAMS})
async def sparql_post(request: Request, state: StateDep) -> Response:
    """Query by POST: ``application/x-www-form-urlencoded`` or ``application/sparql-query``."""
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    url = request.query_params
    _refuse_updates(url)
    if ctype == "application/sparql-update":
        raise UpdateRefusedError(_READ_ONLY)
    if ctype not in ("application/x-www-form-urlencoded", "application/sparql-query"):
        raise HTTPException(415, "send application/x-www-form-urlencoded (query=...) or application/sparql-query")
    body = (await request.body()).decode("utf-8", errors="replace")
    if ctype == "application/x-www-form-urlencoded":
        form = parse_qs(body, keep_blank_values=True)
        _refuse_updates(form)
        req = SparqlRequest(_one(form.get("query", []), "query"),
                            tuple(form.get("default-graph-uri", []) + url.getlist("default-graph-uri")),
                            tuple(form.get("named-graph-uri", []) + url.getlist("named-graph-uri")))
    else:
        req = SparqlRequest(body, tuple(url.getlist("default-graph-uri")), tuple(url.getlist("named-graph-uri")))
    # The pool blocks until a worker answers: keep it off the event loop.
    return await run_in_threadpool(_answer, request, state.pool, state.settings.sparql_limits, req)


@router.options("/sparql", summary="Methods of the SPARQL endpoint", status_code=204,
                responses={204: {"description": f"No content; `Allow: {ALLOW}`."}})
def sparql_options() -> Response:
    """The methods ``/sparql`` answers, in ``Allow`` (CORS preflights get the same)."""
    return Response(status_code=204, headers={"Allow": ALLOW})


EXAMPLES: list[dict[str, str]] = [
    {"id": "goal7-evaluations", "nb": "Evalueringer av mål 7 og hvem som utførte dem",
     "en": "Evaluations of goal 7 and who performed them", "query": """PREFIX bk: <https://w3id.org/bufdir-kg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>

SELECT DISTINCT ?evaluation ?title ?performer ?year WHERE {
  ?goal a bk:Goal ; bk:number 7 .
  { ?evaluation bk:aboutGoal ?goal }
  UNION { ?evaluation bk:evaluates ?thing .
          { ?thing bk:addresses|bk:supportsGoal ?goal } UNION { ?thing ^bk:implements/bk:addresses ?goal } }
  UNION { ?evaluation bk:evaluates ?goal }
  ?evaluation a bk:Evaluation ; skos:prefLabel ?title .
  OPTIONAL { ?evaluation dcterms:publisher ?org .
             OPTIONAL { ?org skos:prefLabel ?orgLabel }
             BIND(COALESCE(?orgLabel, ?org) AS ?performer) }
  OPTIONAL { ?evaluation bk:year ?year }
}
ORDER BY ?title"""},
    {"id": "grants-by-goal", "nb": "Tilskuddsordninger med beløp per mål",
     "en": "Grant schemes with amounts by goal", "query": """PREFIX bk: <https://w3id.org/bufdir-kg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>

SELECT ?goalNumber ?goal ?grant ?year ?applications ?amount WHERE {
  ?scheme a bk:GrantScheme ; skos:prefLabel ?grant ; bk:supportsGoal ?g .
  ?g skos:prefLabel ?goal .
  OPTIONAL { ?g bk:number ?goalNumber }
  OPTIONAL { ?scheme bk:hasFigure ?figure .
             OPTIONAL { ?figure bk:grantedAmount ?amount }
             OPTIONAL { ?figure bk:grantedApplications ?applications }
             OPTIONAL { ?figure bk:year ?year } }
}
ORDER BY ?goalNumber DESC(?amount)"""},
    {"id": "fosterhome-measures", "nb": "Tiltak mot mangelen på fosterhjem",
     "en": "Measures addressing the foster-home shortage", "query": """PREFIX bk: <https://w3id.org/bufdir-kg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>

SELECT DISTINCT ?measure ?label ?goal WHERE {
  ?m a bk:Measure ; skos:prefLabel ?label ; bk:addresses ?g .
  ?g skos:prefLabel ?goal .
  FILTER(CONTAINS(LCASE(STR(?goal)), "fosterhjem") || CONTAINS(LCASE(STR(?label)), "fosterhjem"))
  BIND(?m AS ?measure)
}
ORDER BY ?label"""},
]
