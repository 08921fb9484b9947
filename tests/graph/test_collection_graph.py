"""The collection's graph: document kinds and parties, and alignments with their evidence, in SPARQL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.artefacts import Build
from kg.evaluation.gold import COLLECTION_SETS
from kg.graph.query import run_query
from kg.graph.stage import build_graph

PREFIXES = """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX bk: <https://w3id.org/bufdir-kg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""


@pytest.fixture(scope="module")
def collection(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_graph(COLLECTION_SETS["collection"][0], tmp_path_factory.mktemp("collection"))


def rows(build: Build, query: str) -> list[dict[str, str]]:
    result = json.loads(run_query(Path(build.path), PREFIXES + query))
    return [{k: v["value"] for k, v in b.items()} for b in result["results"]["bindings"]]


def test_documents_carry_kind_year_and_their_parties_as_organisations(collection: Build) -> None:
    found = rows(collection, """SELECT DISTINCT ?name ?kind ?year ?to WHERE {
        ?d a bk:Document ; rdfs:label ?name ; bk:kind ?kind ; bk:year ?year .
        OPTIONAL { ?d bk:addressee ?to . ?to a bk:Organisation } } ORDER BY ?name""")
    kinds = {r["name"]: (r["kind"], r["year"]) for r in found}
    assert kinds == {"c1.txt": ("årsrapport", "2019"), "c2.txt": ("tildelingsbrev", "2019"),
                     "c3.txt": ("årsrapport", "2022"), "c4.txt": ("evaluering", "2020")}
    assert [r["to"].rsplit("/", 1)[1] for r in found if "to" in r] == ["barne-ungdoms-og-familiedirektoratet"]


def test_alignments_are_queryable_with_both_spans_rule_and_score(collection: Build) -> None:
    found = rows(collection, """SELECT ?a ?how ?b ?rule ?score ?doc WHERE {
        ?s a bk:Assertion ; rdf:subject ?a ; rdf:predicate ?how ; rdf:object ?b ; prov:wasDerivedFrom ?ev .
        VALUES ?how { skos:exactMatch skos:closeMatch }
        ?ev bk:rule ?rule ; bk:confidence ?score ; prov:hadPrimarySource ?doc }""")
    assert found, "no alignment in the collection"
    by_pair: dict[tuple[str, str], set[str]] = {}
    for r in found:
        assert r["rule"].startswith("alignment.") and 0 < float(r["score"]) <= 1
        by_pair.setdefault((r["a"], r["b"]), set()).add(r["doc"])
    assert all(len(docs) == 2 for docs in by_pair.values())  # evidence in both documents
