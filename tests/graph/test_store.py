"""The Oxigraph store of a build: named graphs per document, read-only access, SPARQL, export."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset

from kg.documents import read_document
from kg.graph.namespaces import ONTOLOGY_GRAPH, document_graph
from kg.graph.query import export_graph, run_query
from kg.graph.rdf import document_triples, ntriples
from kg.graph.store import open_dataset, replace_document_graph
from kg.passages import segment
from tests.graph.built import CORPUS, corpus_graph

PREFIX = "PREFIX bk: <https://w3id.org/bufdir-kg/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"


@pytest.fixture(scope="module")
def build() -> Path:
    return corpus_graph()


def test_one_named_graph_per_document_plus_ontology(build: Path) -> None:
    ds = open_dataset(build)
    graphs = {str(g.identifier) for g in ds.graphs() if str(g.identifier).startswith("https://")}
    docs = [json.loads(line)["id"] for line in (build / "documents.jsonl").read_text().splitlines()]
    assert graphs == {document_graph(d) for d in docs} | {ONTOLOGY_GRAPH}


def test_dataset_is_rdflib_over_oxigraph_and_readers_share_it(build: Path) -> None:
    first, second = open_dataset(build), open_dataset(build)
    assert isinstance(first, Dataset) and type(first.store).__name__ == "OxigraphStore"
    q = PREFIX + "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { ?g a bk:Goal }"
    assert int(next(iter(first.query(q)))[0]) == int(next(iter(second.query(q)))[0]) == 17


def test_goal_8_is_two_goals_with_their_own_parameters(build: Path) -> None:
    q = PREFIX + """SELECT DISTINCT ?part ?code WHERE { ?g a bk:Goal ; bk:number 8 ; bk:part ?part ;
                    bk:measuredBy ?s . ?s bk:code ?code } ORDER BY ?part ?code"""
    rows = {(str(r[0]), str(r[1])) for r in open_dataset(build).query(q)}
    assert {c for p, c in rows if p == "fosterhjem"} == {"S 18", "S 19", "S 20"}
    assert {c for p, c in rows if p == "institusjon"} == {"S 21", "S 22", "S 23", "S 24", "S 25"}


def test_every_relation_is_traced_to_a_span_in_sparql(build: Path) -> None:
    q = PREFIX + """PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
    SELECT (COUNT(DISTINCT ?a) AS ?all) (COUNT(DISTINCT ?traced) AS ?ok) WHERE {
      ?a a bk:Assertion .
      OPTIONAL { ?a prov:wasDerivedFrom ?e . ?e bk:inPassage ?p ; nif:beginIndex ?b ; nif:endIndex ?x ;
                 bk:rule ?r ; bk:confidence ?c . BIND(?a AS ?traced) } }"""
    total, traced = (int(v) for v in next(iter(open_dataset(build).query(q))))
    assert total > 200 and traced == total


def test_replacing_one_document_graph_leaves_the_others(build: Path, tmp_path: Path) -> None:
    copy = tmp_path / "build"
    shutil.copytree(build, copy)
    press = read_document(CORPUS / "002_4caa32c780ec343b.txt")
    graph = document_graph(press.id)
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <%s> { ?s ?p ?o } }"
    report_graph = document_graph(read_document(CORPUS / "003_94fa0a46c54e0df6.txt").id)
    before = json.loads(run_query(copy, count % report_graph))
    replace_document_graph(copy, graph, ntriples(document_triples(press, segment(press).passages)))
    after_press = json.loads(run_query(copy, count % graph))["results"]["bindings"][0]["n"]["value"]
    assert json.loads(run_query(copy, count % report_graph)) == before
    assert 0 < int(after_press) < 200  # only the document and its passages: its entities are gone


@pytest.mark.parametrize("fmt,parse_as", [("turtle", ox.RdfFormat.TURTLE), ("nt", ox.RdfFormat.N_TRIPLES),
                                          ("trig", ox.RdfFormat.TRIG), ("jsonld", ox.RdfFormat.JSON_LD)])
def test_export_formats_parse_back(build: Path, fmt: str, parse_as: ox.RdfFormat) -> None:
    data = export_graph(build, fmt)
    items = list(ox.parse(data, format=parse_as))
    assert len(items) > 10_000


def test_sparql_result_formats(build: Path) -> None:
    q = "SELECT DISTINCT ?c WHERE { ?s bk:code ?c } ORDER BY ?c LIMIT 2"
    assert run_query(build, q, "csv").splitlines()[0] == "c"
    assert json.loads(run_query(build, q, "json"))["head"]["vars"] == ["c"]
    assert "bk:Goal" in run_query(build, "CONSTRUCT { ?g a bk:Goal } WHERE { ?g a bk:Goal }", "turtle")
