"""The built graph on disk: an Oxigraph store behind rdflib, one named graph per document.

Writing bulk-loads each document's N-Triples into its named graph (no triple-by-triple adds).
Reading opens the store read-only (``pyoxigraph.Store.read_only``), so any number of processes
can query a finished build while another build is written into a new folder. SPARQL's default
graph is the union of all named graphs.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import Dataset, URIRef

from kg.errors import NotBuiltError
from kg.graph.namespaces import ONTOLOGY_GRAPH

STORE_DIR = "graph"
ONTOLOGY_DIR = Path(__file__).resolve().parents[2] / "ontology"


def ontology_file() -> Path:
    return ONTOLOGY_DIR / "bk.ttl"


def shapes_file() -> Path:
    return ONTOLOGY_DIR / "shapes.ttl"


def write_store(build_path: Path, graphs: dict[str, str]) -> int:
    """Bulk-load every named graph (N-Triples text) and the ontology into ``build_path/graph``."""
    path = build_path / STORE_DIR
    ds = Dataset(store="Oxigraph", default_union=True)
    ds.open(str(path))
    try:
        for iri, data in graphs.items():
            ds.graph(URIRef(iri)).parse(data=data, format="ox-turtle", transactional=False)
        ds.graph(URIRef(ONTOLOGY_GRAPH)).parse(str(ontology_file()), format="ox-turtle", transactional=False)
        inner: ox.Store = ds.store._inner  # type: ignore[attr-defined]
        inner.flush()
        return len(inner)
    finally:
        ds.close()


def open_dataset(build_path: Path, read_only: bool = True) -> Dataset:
    """The build's graph as an rdflib Dataset on the Oxigraph store (default graph = union)."""
    path = build_path / STORE_DIR
    if not path.exists():
        raise NotBuiltError(f"{build_path} has no graph store: rebuild with `kg build`")
    inner = ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    return Dataset(store=OxigraphStore(store=inner), default_union=True)


def replace_document_graph(build_path: Path, graph_iri: str, data: str) -> None:
    """Replace one document's named graph, leaving every other document's triples alone."""
    ds = open_dataset(build_path, read_only=False)
    try:
        inner: ox.Store = ds.store._inner  # type: ignore[attr-defined]
        inner.clear_graph(ox.NamedNode(graph_iri)) if inner.contains_named_graph(ox.NamedNode(graph_iri)) else None
        ds.graph(URIRef(graph_iri)).parse(data=data, format="ox-turtle", transactional=True)
        inner.flush()
    finally:
        ds.close()
