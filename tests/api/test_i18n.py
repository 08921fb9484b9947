"""Norwegian pages name relations in Norwegian; the API's JSON keeps the ontology's English predicate names."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient
from rdflib import OWL, RDF, RDFS, Graph, Literal

from api.entities import predicate_name
from api.i18n import RELATION_NAMES, Translator

ONTOLOGY = Path(__file__).resolve().parents[2] / "ontology" / "bk.ttl"
HTML = {"Accept": "text/html"}


def test_every_relation_of_the_ontology_has_its_norwegian_label() -> None:
    graph = Graph().parse(ONTOLOGY)
    properties = list(graph.subjects(RDF.type, OWL.ObjectProperty))
    assert properties
    for prop in properties:
        name = predicate_name(str(prop))
        assert Literal(Translator("nb").relation(name), lang="nb") in set(graph.objects(prop, RDFS.label)), name
        assert Literal(Translator("en").relation(name), lang="en") in set(graph.objects(prop, RDFS.label)), name
    assert {"publisher", "exactMatch", "closeMatch", "broader"} <= set(RELATION_NAMES)  # from SKOS and DCTERMS


def test_entity_page_names_relations_in_the_page_language(client: TestClient) -> None:
    norsk = client.get("/entities/reform/barnevernsreformen", headers=HTML, params={"lang": "nb"}).text
    table = norsk.split('<table class="links">', 1)[1]
    assert "retter seg mot" in table and "evaluerer" in table
    assert ">addresses<" not in norsk and ">evaluates<" not in norsk
    assert 'class="edge-label"' in norsk and ">retter seg mot</text>" in norsk  # the graph picture too
    english = client.get("/entities/reform/barnevernsreformen", headers=HTML, params={"lang": "en"}).text
    assert ">addresses<" in english
    client.cookies.clear()
    assert "bk:addresses" in client.get("/entities/reform/barnevernsreformen").json()
