"""The full built graph satisfies the SHACL shapes; the shapes do catch missing provenance."""

from __future__ import annotations

from pyshacl import validate
from rdflib import Graph
from rdflib.namespace import PROV

from kg.graph.namespaces import BK
from kg.graph.shacl import union_graph
from kg.graph.shacl import validate as validate_build
from kg.graph.store import ontology_file, shapes_file
from tests.graph.built import corpus_graph


def test_full_built_graph_conforms() -> None:
    result = validate_build(corpus_graph())
    assert result.conforms, result.report[:2000]
    assert result.triples > 15_000


def test_an_entity_without_evidence_violates_the_shapes() -> None:
    data = union_graph(corpus_graph())
    goal = next(data.subjects(predicate=None, object=BK.Goal))
    data.remove((goal, PROV.wasDerivedFrom, None))
    conforms, _, text = validate(data, shacl_graph=Graph().parse(shapes_file()),
                                 ont_graph=Graph().parse(ontology_file()))
    assert not conforms and str(goal) in text
