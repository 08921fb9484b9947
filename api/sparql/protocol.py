"""SPARQL 1.1 Protocol: what a request asks (query, dataset) and which format answers it.

The serving process never parses a query (see :mod:`api.sparql.screening`); the worker's parser reports
a malformed query, and :func:`syntax_error` turns its message into a 400 with line and column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.errors import QueryError, QuerySyntaxError

_POSITION = re.compile(r"error at (\d+):(\d+)")


@dataclass(frozen=True)
class SparqlRequest:
    """One protocol request: the query text and the RDF dataset it names (protocol parameters)."""

    query: str
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()


@dataclass(frozen=True)
class ResultFormat:
    """A serialisation the endpoint can answer with."""

    key: str
    media_type: str


RESULT_FORMATS = {
    "json": ResultFormat("json", "application/sparql-results+json"),
    "xml": ResultFormat("xml", "application/sparql-results+xml"),
    "csv": ResultFormat("csv", "text/csv"),
    "tsv": ResultFormat("tsv", "text/tab-separated-values"),
}
GRAPH_FORMATS = {
    "turtle": ResultFormat("turtle", "text/turtle"),
    "ntriples": ResultFormat("ntriples", "application/n-triples"),
    "jsonld": ResultFormat("jsonld", "application/ld+json"),
    "rdfxml": ResultFormat("rdfxml", "application/rdf+xml"),
}
# Media types clients send for the same formats (SPARQLWrapper, rdflib, browsers).
_ALIASES = {
    "application/sparql-results+json": "json", "application/json": "json", "text/javascript": "json",
    "application/javascript": "json", "application/sparql-results+xml": "xml", "application/xml": "xml",
    "text/xml": "xml", "text/csv": "csv", "text/tab-separated-values": "tsv",
    "text/turtle": "turtle", "application/turtle": "turtle", "application/x-turtle": "turtle",
    "application/n-triples": "ntriples", "text/plain": "ntriples", "application/ld+json": "jsonld",
    "application/x-json+ld": "jsonld", "application/rdf+xml": "rdfxml",
}
# The `format` parameter many endpoints accept, for links and browsers that cannot set Accept.
FORMAT_PARAM = {"json": "json", "xml": "xml", "csv": "csv", "tsv": "tsv", "turtle": "turtle", "ttl": "turtle",
                "nt": "ntriples", "ntriples": "ntriples", "jsonld": "jsonld", "json-ld": "jsonld",
                "rdfxml": "rdfxml"}


class NotAcceptableError(QueryError):
    """None of the media types in Accept can carry this query's result."""


def syntax_error(message: str) -> QuerySyntaxError:
    """The 400 for a parser's message, with the line and column it names."""
    pos = _POSITION.search(message)
    line, column = (int(pos.group(1)), int(pos.group(2))) if pos else (None, None)
    return QuerySyntaxError(f"malformed query: {message}", line=line, column=column)


def negotiate(form: str, accept: str | None, format_param: str | None = None) -> ResultFormat:
    """The result format for a query form from the ``format`` parameter, else the Accept header."""
    table = RESULT_FORMATS if form in ("SELECT", "ASK") else GRAPH_FORMATS
    if format_param:
        key = FORMAT_PARAM.get(format_param.lower())
        if key not in table:
            raise NotAcceptableError(
                f"format {format_param!r} cannot carry a {form} result; use one of {', '.join(table)}"
            )
        return table[key]
    default = next(iter(table.values()))
    best: tuple[float, int, ResultFormat] | None = None
    for order, (media, q) in enumerate(parse_accept(accept or "*/*")):
        if q <= 0:
            continue
        if media in ("*/*", "application/*") or (media == "text/*" and table is GRAPH_FORMATS):
            choice: ResultFormat | None = default
        elif media == "text/*":
            choice = RESULT_FORMATS["csv"]
        else:
            choice = table.get(_ALIASES.get(media, ""))
        if choice is not None:
            # Higher q wins; among equals a specific type beats a wildcard, then header order.
            rank = (q + (0.0001 if "*" not in media else 0.0), -order, choice)
            if best is None or rank[:2] > best[:2]:
                best = rank
    if best is None:
        offered = ", ".join(f.media_type for f in table.values())
        raise NotAcceptableError(f"none of the accepted media types can carry a {form} result; offered: {offered}")
    return best[2]


def parse_accept(header: str) -> list[tuple[str, float]]:
    """Media types of an Accept header with their q values, in header order."""
    out: list[tuple[str, float]] = []
    for part in header.split(","):
        bits = [b.strip() for b in part.split(";")]
        if not bits[0]:
            continue
        q = 1.0
        for param in bits[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        out.append((bits[0].lower(), q))
    return out
