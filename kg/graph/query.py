"""Running SPARQL over a build and serialising results or the whole graph."""

from __future__ import annotations

import io
from pathlib import Path

import pyoxigraph as ox

from kg.errors import NotBuiltError, QueryError
from kg.graph.remote import GraphLocation, SparqlServer
from kg.graph.store import STORE_DIR

FORMATS = ("json", "csv", "tsv", "turtle")
RESULT_FORMATS = {"json": ox.QueryResultsFormat.JSON, "csv": ox.QueryResultsFormat.CSV,
                  "tsv": ox.QueryResultsFormat.TSV}
EXPORT_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
                  "trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS}
PREFIXES = {"bk": "https://w3id.org/bufdir-kg/ontology#", "id": "https://w3id.org/bufdir-kg/id/",
            "skos": "http://www.w3.org/2004/02/skos/core#", "dcterms": "http://purl.org/dc/terms/",
            "prov": "http://www.w3.org/ns/prov#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
            "nif": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
            "xsd": "http://www.w3.org/2001/XMLSchema#", "schema": "https://schema.org/"}


def store(build_path: Path) -> ox.Store | SparqlServer:
    """The build's graph: its Oxigraph store read-only, or the SPARQL server its ``graph.json`` names."""
    location = GraphLocation.load(build_path)
    if location is not None:
        return location.server()
    path = build_path / STORE_DIR
    if not path.exists():
        raise NotBuiltError(f"{build_path} has no graph store: rebuild with `kg build`")
    return ox.Store.read_only(str(path))


def run_query(build_path: Path, query: str, fmt: str = "json") -> str:
    """Results of a SPARQL 1.1 query; SELECT/ASK as json|csv|tsv, CONSTRUCT/DESCRIBE as turtle."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    try:
        result = store(build_path).query(query, use_default_graph_as_union=True, prefixes=PREFIXES)
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {exc}") from exc
    out = io.BytesIO()
    if not isinstance(result, ox.QuerySolutions | ox.QueryBoolean):  # CONSTRUCT/DESCRIBE: triples
        ox.serialize(result, out, ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    else:
        if fmt == "turtle":
            raise QueryError("turtle output is for CONSTRUCT/DESCRIBE queries; use json, csv or tsv")
        result.serialize(out, RESULT_FORMATS[fmt])
    return out.getvalue().decode("utf-8")


def export_graph(build_path: Path, fmt: str) -> bytes:
    """The whole graph: TriG/N-Quads keep the named graphs, the triple formats merge them."""
    if fmt not in EXPORT_FORMATS:
        raise QueryError(f"unknown format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    s = store(build_path)
    out = io.BytesIO()
    rdf_format = EXPORT_FORMATS[fmt]
    if rdf_format.supports_datasets:
        ox.serialize(s.quads_for_pattern(None, None, None, None), out, rdf_format, prefixes=PREFIXES)
    else:
        triples = {ox.Triple(q.subject, q.predicate, q.object) for q in s.quads_for_pattern(None, None, None, None)}
        prefixes = PREFIXES if rdf_format is not ox.RdfFormat.N_TRIPLES else None
        ox.serialize(sorted(triples, key=str), out, rdf_format, prefixes=prefixes)
    return out.getvalue()
