"""SHACL validation of a built graph against ``ontology/shapes.ttl``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from pyshacl import validate as shacl_validate
from rdflib import Graph

from kg.graph.query import store
from kg.graph.store import ontology_file, shapes_file


@dataclass(frozen=True)
class Validation:
    """Outcome of a SHACL run: conforms, and the report text when it does not."""

    conforms: bool
    report: str
    triples: int


def union_graph(build_path: Path) -> Graph:
    """All named graphs of a build merged into one in-memory graph (SHACL works on one graph)."""
    quads = store(build_path).quads_for_pattern(None, None, None, None)
    data = ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in quads), format=ox.RdfFormat.N_TRIPLES)
    g = Graph()
    g.parse(data=data, format="nt")
    return g


def validate(build_path: Path) -> Validation:
    """Validate the whole built graph (with the ontology for class hierarchy) against the shapes."""
    data = union_graph(build_path)
    shapes = Graph().parse(shapes_file(), format="turtle")
    ontology = Graph().parse(ontology_file(), format="turtle")
    conforms, _, text = shacl_validate(data, shacl_graph=shapes, ont_graph=ontology, inference="none",
                                       allow_warnings=True)
    return Validation(bool(conforms), str(text), len(data))
