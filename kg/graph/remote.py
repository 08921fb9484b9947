"""A build's graph held in a SPARQL 1.1 server instead of the build folder, and how it is read there.

``BUILD/graph.json`` records where the graph lives (the server's query endpoint) and which named graphs
are the build's. :class:`SparqlServer` answers queries over the SPARQL 1.1 Protocol the way
``pyoxigraph.Store.query`` answers them over the embedded store (the same result objects, streamed), so
the query workers and ``kg sparql`` run one code path whatever holds the graph. Every query names the
build's graphs as its dataset (``default-graph-uri`` for the union, ``named-graph-uri`` for ``GRAPH``):
graphs another build is still uploading, or data that is not the product's, are never seen.

Requests go to the configured endpoint only: redirects are not followed and no address is taken from a query.
"""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from http.client import HTTPResponse
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.errors import GraphServerError

#: Where a build records a graph held by a server.
LOCATION_FILE = "graph.json"
QUERY_ENV = "KG_SPARQL_QUERY"
UPDATE_ENV = "KG_SPARQL_UPDATE"
RESULTS_JSON = "application/sparql-results+json"
N_TRIPLES = "application/n-triples"
#: Stands for a graph a request names that is not the build's: no server holds it, so it reads as empty.
NO_GRAPH = "urn:x-bufdir-kg:no-such-graph"


@dataclass(frozen=True)
class ServerSettings:
    """The SPARQL 1.1 server a build writes its graph into: query and update endpoints."""

    query: str
    update: str

    @classmethod
    def from_env(cls) -> ServerSettings | None:
        """From ``KG_SPARQL_QUERY`` and ``KG_SPARQL_UPDATE`` (default: the query URL); ``None`` when unset
        (the graph is then written into the build folder)."""
        query = os.environ.get(QUERY_ENV, "").strip()
        update = os.environ.get(UPDATE_ENV, "").strip()
        if not query and not update:
            return None
        if not query:
            raise GraphServerError(f"{UPDATE_ENV} is set but {QUERY_ENV} is not: set both to the server's endpoints")
        for name, url in ((QUERY_ENV, query), (UPDATE_ENV, update or query)):
            if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
                raise GraphServerError(f"{name}={url!r} is not an http(s) URL of a SPARQL endpoint")
        return cls(query, update or query)


@dataclass(frozen=True)
class GraphLocation:
    """Where a build's graph lives: a SPARQL server's query endpoint and the build's named graphs."""

    query: str
    graphs: tuple[str, ...]
    store: str = "sparql"

    def save(self, build_path: Path) -> None:
        """Write ``BUILD/graph.json``."""
        record = {"store": self.store, "query": self.query, "graphs": list(self.graphs)}
        (build_path / LOCATION_FILE).write_text(json.dumps(record, indent=1), encoding="utf-8")

    @classmethod
    def load(cls, build_path: Path) -> GraphLocation | None:
        """The location a build recorded, or ``None`` for a graph in the build folder."""
        path = build_path / LOCATION_FILE
        if not path.exists():
            return None
        record = json.loads(path.read_text(encoding="utf-8"))
        return cls(record["query"], tuple(record["graphs"]), record.get("store", "sparql"))

    def server(self, timeout: float | None = None) -> SparqlServer:
        """The server, answering over this build's graphs only."""
        return SparqlServer(self.query, self.graphs, timeout)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None  # a redirect is answered as the error it is, never followed


_OPENER = urllib.request.build_opener(_NoRedirect)


def post(url: str, form: list[tuple[str, str]], accept: str, timeout: float | None, setting: str) -> HTTPResponse:
    """POST a SPARQL Protocol form to ``url``; the open response (status 2xx), else :class:`GraphServerError`."""
    body = urllib.parse.urlencode(form).encode("utf-8")
    request = urllib.request.Request(url, data=body, method="POST", headers={
        "Content-Type": "application/x-www-form-urlencoded", "Accept": accept})
    try:
        response: HTTPResponse = _OPENER.open(request, timeout=timeout)
    except urllib.error.HTTPError as exc:
        detail = exc.read(2000).decode("utf-8", "replace").strip()
        raise GraphServerError(f"the SPARQL server at {url} ({setting}) answered {exc.code}: {detail}") from exc
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise GraphServerError(f"the SPARQL server at {url} ({setting}) cannot be reached: {reason}") from exc
    return response


class SparqlServer:
    """A SPARQL 1.1 query endpoint queried like ``pyoxigraph.Store`` over the named graphs ``graphs``
    (``None``: the server's whole dataset, for the build that writes it; never for serving)."""

    def __init__(self, url: str, graphs: tuple[str, ...] | None, timeout: float | None = None) -> None:
        self.url, self.graphs, self.timeout = url, graphs, timeout
        self._graphs = frozenset(graphs or ())
        self._open: HTTPResponse | None = None

    def query(self, query: str, *, use_default_graph_as_union: bool = False,
              default_graph: list[ox.NamedNode] | None = None, named_graphs: list[ox.NamedNode] | None = None,
              prefixes: dict[str, str] | None = None) -> ox.QuerySolutions | ox.QueryBoolean | Iterator[ox.Triple]:
        """Results of ``query`` as pyoxigraph objects, read from the server as they arrive.

        The query is parsed here first (Oxigraph's parser, nothing evaluated), so a malformed query raises
        the same ``SyntaxError`` as on the embedded store and never reaches the server. Without
        ``default_graph`` the default graph is the union of the build's graphs (as
        ``use_default_graph_as_union`` asks; the embedded store's default graph holds nothing else).
        """
        del use_default_graph_as_union  # the build's graphs are the only data a query may see
        form = _form(ox.Store().query(query, prefixes=prefixes))  # parses; the empty store evaluates nothing
        text = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in (prefixes or {}).items()) + query
        defaults = self._within([g.value for g in default_graph] if default_graph else list(self.graphs or ()))
        named = self._within([g.value for g in named_graphs] if named_graphs else list(self.graphs or ()))
        fields = [("query", text)] + [("default-graph-uri", g) for g in defaults]
        fields += [("named-graph-uri", g) for g in named]
        self.close()
        response = post(self.url, fields, N_TRIPLES if form == "graph" else RESULTS_JSON, self.timeout, QUERY_ENV)
        self._open = response
        media = response.headers.get("Content-Type", "")
        if form == "graph":
            rdf = ox.RdfFormat.from_media_type(media)
            if rdf is None:
                raise GraphServerError(f"the SPARQL server at {self.url} answered a graph query with {media!r}")
            return (ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(response, rdf))
        results = ox.QueryResultsFormat.from_media_type(media)
        if results is None:
            raise GraphServerError(f"the SPARQL server at {self.url} answered a query with {media!r}")
        return ox.parse_query_results(response, results)

    def _within(self, graphs: list[str]) -> list[str]:
        """``graphs`` as the build has them: a graph that is not the build's reads as an empty graph, as a
        graph missing from the embedded store does (another build's staging graphs, others' data)."""
        if self.graphs is None:
            return graphs
        return [g if g in self._graphs else NO_GRAPH for g in graphs] or [NO_GRAPH]

    def quads_for_pattern(self, subject: None, predicate: None, obj: None, graph: None) -> Iterator[ox.Quad]:
        """Every quad of the build's graphs (the one pattern the exports and SHACL validation ask for)."""
        if any(x is not None for x in (subject, predicate, obj, graph)):
            raise GraphServerError("only the whole graph can be read from a SPARQL server this way")
        result = self.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        assert isinstance(result, ox.QuerySolutions)
        for row in result:
            s, p, o, g = row[0], row[1], row[2], row[3]
            assert isinstance(p, ox.NamedNode) and isinstance(g, ox.NamedNode)
            yield ox.Quad(s, p, o, g)

    def ask(self, query: str = "ASK {}") -> bool:
        """An ASK query (a reachability check by default)."""
        result = self.query(query)
        return bool(result)

    def close(self) -> None:
        """Let go of the response of the last query (a capped result may not have been read to its end)."""
        if self._open is not None:
            self._open.close()
            self._open = None


def _form(parsed: Any) -> str:
    if isinstance(parsed, ox.QueryBoolean | bool):
        return "boolean"
    return "solutions" if isinstance(parsed, ox.QuerySolutions) else "graph"
