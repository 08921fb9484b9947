"""Where a query worker finds its graph: the build's on-disk Oxigraph store, the SPARQL server the build
recorded (``BUILD/graph.json``), or RDF files (tests, demos).

The on-disk and file graphs open an rdflib ``Dataset`` over the Oxigraph store (the product's programming
interface) and hand its Oxigraph store to the worker, which queries it directly so results can be streamed
and capped; a server is queried through :class:`kg.graph.remote.SparqlServer`, which answers the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import pyoxigraph as ox

from kg.errors import NotBuiltError
from kg.graph.remote import GraphLocation, SparqlServer


class GraphSource(Protocol):
    """Picklable recipe for opening the graph inside a worker process."""

    def open(self) -> ox.Store | SparqlServer: ...


def oxigraph_store(dataset: Any) -> ox.Store:
    """The Oxigraph store under an rdflib ``Dataset(store="Oxigraph")``."""
    inner = getattr(dataset.store, "_inner", None)
    if not isinstance(inner, ox.Store):
        raise NotBuiltError("the graph is not held in an Oxigraph store")
    return inner


@dataclass(frozen=True)
class BuildGraph:
    """The graph of a finished build, opened read-only."""

    build_path: Path

    def open(self) -> ox.Store | SparqlServer:
        location = GraphLocation.load(self.build_path)
        if location is not None:
            return location.server()
        try:
            from kg.graph.store import open_dataset
        except ImportError as exc:  # a build made before the graph stage existed
            raise NotBuiltError("this build has no graph: rebuild with `kg build`") from exc
        return oxigraph_store(open_dataset(self.build_path, read_only=True))


@dataclass(frozen=True)
class FileGraph:
    """RDF files loaded into an in-memory Oxigraph dataset; each file becomes one named graph."""

    paths: tuple[Path, ...]

    def open(self) -> ox.Store:
        from rdflib import Dataset, URIRef

        from kg.graph.namespaces import document_graph

        dataset = Dataset(store="Oxigraph")
        for path in self.paths:
            dataset.graph(URIRef(document_graph(path.stem))).parse(path)
        return oxigraph_store(dataset)
