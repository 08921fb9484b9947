"""``/sparql``: the SPARQL 1.1 Protocol, read-only (query by GET, POST form or POST body); a browser gets the editor."""

from __future__ import annotations

import re
from urllib.parse import parse_qs

from fastapi import APIRouter, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from api.deps import PoolDep, StateDep
from api.negotiation import wants_html
from api.sparql.protocol import SparqlRequest, negotiate, query_form
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


def _answer(request: Request, pool: QueryPool, req: SparqlRequest) -> Response:
    form = query_form(req.query)
    fmt = negotiate(form, request.headers.get("accept"), request.query_params.get("format"))
    prefixes = {**DEFAULT_PREFIXES, **dict(_PREFIX.findall(req.query))}
    job = QueryJob(req.query, form, fmt.key, req.default_graphs, req.named_graphs, tuple(prefixes.items()))
    body = pool.run(job)
    media = fmt.media_type + ("; charset=utf-8" if fmt.media_type.startswith("text/") else "")
    return Response(body, media_type=media, headers={"Vary": "Accept"})


def _one(values: list[str], name: str) -> str:
    if len(values) != 1:
        raise QueryError(f"expected exactly one '{name}' parameter, got {len(values)}")
    return values[0]


@router.get("/sparql", description=DESCRIPTION, summary="SPARQL query (GET)")
def sparql_get(request: Request, state: StateDep) -> Response:
    """Query by GET (``query``, ``default-graph-uri``, ``named-graph-uri``); no query: the editor page."""
    params = request.query_params
    if "update" in params:
        raise UpdateRefusedError(_READ_ONLY)
    queries = params.getlist("query")
    if not queries and wants_html(request):
        return render(request, "sparql.html", {"examples": EXAMPLES})
    if not queries:
        raise QueryError("missing the 'query' parameter (SPARQL 1.1 Protocol: /sparql?query=...)")
    req = SparqlRequest(_one(queries, "query"), tuple(params.getlist("default-graph-uri")),
                        tuple(params.getlist("named-graph-uri")))
    return _answer(request, state.pool, req)


@router.post("/sparql", description=DESCRIPTION, summary="SPARQL query (POST form or body)")
async def sparql_post(request: Request, pool: PoolDep) -> Response:
    """Query by POST: ``application/x-www-form-urlencoded`` or ``application/sparql-query``."""
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = (await request.body()).decode("utf-8", errors="replace")
    url = request.query_params
    if ctype == "application/x-www-form-urlencoded":
        form = parse_qs(body, keep_blank_values=True)
        if "update" in form:
            raise UpdateRefusedError(_READ_ONLY)
        req = SparqlRequest(_one(form.get("query", []), "query"),
                            tuple(form.get("default-graph-uri", []) + url.getlist("default-graph-uri")),
                            tuple(form.get("named-graph-uri", []) + url.getlist("named-graph-uri")))
    elif ctype == "application/sparql-query":
        req = SparqlRequest(body, tuple(url.getlist("default-graph-uri")), tuple(url.getlist("named-graph-uri")))
    elif ctype == "application/sparql-update":
        raise UpdateRefusedError(_READ_ONLY)
    else:
        raise HTTPException(415, "send application/x-www-form-urlencoded (query=...) or application/sparql-query")
    # The pool blocks until a worker answers: keep it off the event loop.
    return await run_in_threadpool(_answer, request, pool, req)


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
