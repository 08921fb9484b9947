"""IRIs shared by every stage: the ontology namespace and the resource namespace."""

from __future__ import annotations

from rdflib import Namespace

BK = Namespace("https://w3id.org/bufdir-kg/ontology#")
ID = Namespace("https://w3id.org/bufdir-kg/id/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
OA = Namespace("http://www.w3.org/ns/oa#")
SCHEMA = Namespace("https://schema.org/")


def document_iri(doc_id: str) -> str:
    return f"{ID}document/{doc_id}"


def passage_iri(passage_id: str) -> str:
    return f"{ID}passage/{passage_id}"


def document_graph(doc_id: str) -> str:
    """Named graph holding everything read from one document."""
    return f"{ID}graph/{doc_id}"


ONTOLOGY_GRAPH = f"{ID}graph/ontology"
"""Named graph holding the ontology (classes, properties, labels) inside every built store."""


def evidence_iri(key: str) -> str:
    return f"{ID}evidence/{key}"


def assertion_iri(key: str) -> str:
    return f"{ID}assertion/{key}"
