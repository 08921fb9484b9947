"""Writing a build's graph into a SPARQL 1.1 server: staged under the build's own names, moved in at once.

The server is shared by every build and every ``kg serve``, so a build must never leave served data
half-written. While the build runs, each document's graph goes into a *staging* graph named after the
build (``…/id/staging/BUILD/…``, one SPARQL Update request per graph through rdflib's
``SPARQLUpdateStore``). Served queries never see those: their dataset is the named graphs of the build
being served (:mod:`kg.graph.remote`). When the whole build has succeeded, :meth:`GraphPublication.publish`
sends **one** SPARQL Update request that moves every staging graph onto its public name (``MOVE``) and
drops the product's graphs that the new build no longer has. A server that applies an update request
as one transaction (Oxigraph does) therefore switches from the old graph to the new one in one step.
A build that fails before that drops its staging graphs and leaves the served graph as it was.
"""

from __future__ import annotations

import contextlib

from rdflib import Graph, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore

from kg.errors import GraphServerError
from kg.graph.namespaces import ID
from kg.graph.remote import QUERY_ENV, UPDATE_ENV, GraphLocation, ServerSettings, SparqlServer, post

#: Public names of the product's graphs (documents and ontology) and the prefix of staging graphs.
PUBLIC = f"{ID}graph/"
STAGING = f"{ID}staging/"


def staging_name(graph: str, build_id: str) -> str:
    """The name ``graph`` has in the server while build ``build_id`` is written."""
    if not graph.startswith(PUBLIC):
        raise GraphServerError(f"{graph} is not one of the product's graph names ({PUBLIC}…)")
    return f"{STAGING}{build_id}/{graph[len(PUBLIC):]}"


class GraphPublication:
    """One build's graphs in a SPARQL server: staged, then published together or discarded."""

    def __init__(self, settings: ServerSettings, build_id: str, timeout: float = 600.0) -> None:
        self.settings, self.build_id, self.timeout = settings, build_id, timeout
        self.staged: list[str] = []

    def check(self) -> None:
        """Raise :class:`GraphServerError` naming the URL unless the query endpoint answers."""
        SparqlServer(self.settings.query, None, timeout=30.0).ask()

    def stage(self, graphs: dict[str, str]) -> int:
        """Upload every graph (Turtle or N-Triples text by public name) under its staging name; the triples sent."""
        store = SPARQLUpdateStore(query_endpoint=self.settings.query, update_endpoint=self.settings.update,
                                  autocommit=False)
        total = 0
        for graph, data in graphs.items():
            target = staging_name(graph, self.build_id)
            self.staged.append(graph)
            parsed = Graph().parse(data=data, format="turtle")
            total += len(parsed)
            try:
                store.update(f"DROP SILENT GRAPH <{target}>")  # a retried build id starts clean
                into = Graph(store=store, identifier=URIRef(target))
                store.addN((s, p, o, into) for s, p, o in parsed)
                store.commit()  # one request per graph
            except Exception as exc:
                raise GraphServerError(
                    f"the SPARQL server at {self.settings.update} ({UPDATE_ENV}) did not take graph {graph}: {exc}"
                ) from exc
        return total

    def publish(self) -> GraphLocation:
        """Move the staged graphs onto their public names in one update request; where the graph now lives."""
        keep = set(self.staged)
        listed = SparqlServer(self.settings.query, None, timeout=self.timeout).query(
            "SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")
        existing = [row[0].value for row in listed]  # type: ignore[union-attr]
        stale = [g for g in existing if g.startswith(PUBLIC) and g not in keep]
        operations = [f"DROP SILENT GRAPH <{g}>" for g in stale]
        operations += [f"MOVE SILENT GRAPH <{staging_name(g, self.build_id)}> TO GRAPH <{g}>" for g in self.staged]
        post(self.settings.update, [("update", " ;\n".join(operations))], "*/*", self.timeout, UPDATE_ENV).close()
        self.staged = []
        return GraphLocation(self.settings.query, tuple(sorted(keep)))

    def discard(self) -> None:
        """Drop this build's staging graphs (best effort: the served graph is untouched either way)."""
        if not self.staged:
            return
        drops = " ;\n".join(f"DROP SILENT GRAPH <{staging_name(g, self.build_id)}>" for g in self.staged)
        with contextlib.suppress(GraphServerError):
            post(self.settings.update, [("update", drops)], "*/*", 60.0, UPDATE_ENV).close()
        self.staged = []


__all__ = ["GraphPublication", "QUERY_ENV", "UPDATE_ENV", "staging_name"]
