"""The serving process's lexical screen: what it refuses before any SPARQL engine sees a query."""

from __future__ import annotations

import pytest

from api.sparql.screening import QueryLimits, screen, unescape_codepoints
from kg.errors import QueryLimitError, ServiceRefusedError, UpdateRefusedError

LIMITS = QueryLimits(max_chars=10_000, max_depth=16, max_unions=50)


def nested(depth: int) -> str:
    return "SELECT * WHERE " + "{ " * depth + "?s ?p ?o " + "} " * depth


def union_chain(n: int) -> str:
    return "SELECT * WHERE { " + " UNION ".join(f"{{ ?s ?p {i} }}" for i in range(n)) + " }"


def test_form_is_read_after_the_prologue_and_comments() -> None:
    query = "# SELECT in a comment\nPREFIX ask: <http://example.org/ask#>\nBASE <http://x/>\nCONSTRUCT WHERE { ?s ?p ?o }"
    assert screen(query).form == "CONSTRUCT"
    assert screen("ask { ?s ?p ?o }").form == "ASK"
    assert screen('SELECT ?s WHERE { ?s ?p "DESCRIBE" }').form == "SELECT"


def test_too_long_too_deep_and_too_many_unions_are_refused_with_the_limit_named() -> None:
    with pytest.raises(QueryLimitError, match="at most 10000"):
        screen("SELECT * WHERE { ?s ?p ?o }" + " " * 10_000, LIMITS)
    with pytest.raises(QueryLimitError, match="17 deep; .* at most 16"):
        screen(nested(17), LIMITS)
    with pytest.raises(QueryLimitError, match="17 deep"):
        screen("SELECT * WHERE { ?s ?p ?o FILTER(" + "(" * 15 + "?o" + ")" * 15 + ") }", LIMITS)
    with pytest.raises(QueryLimitError, match="51 UNIONs"):
        screen(union_chain(52), LIMITS)
    assert screen(nested(16), LIMITS).form == "SELECT"
    assert screen(union_chain(51), LIMITS).form == "SELECT"


def test_brackets_inside_strings_iris_and_comments_do_not_count() -> None:
    query = 'SELECT * WHERE { ?s ?p "{{{{{{{{{{{{{{{{{{{{" . ?s ?q <http://x/((((> # ((((((((((((((((((\n }'
    assert screen(query, LIMITS).form == "SELECT"


@pytest.mark.parametrize("service", [
    "SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o }",
    "service <http://127.0.0.1:9/sparql> { ?s ?p ?o }",
    "SERVICE SILENT <http://127.0.0.1:9/sparql> { ?s ?p ?o }",
    "SERVICE ?endpoint { ?s ?p ?o }",
    "SERVICE ex:endpoint { ?s ?p ?o }",
    "\\u0053ERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o }",
    "SERVICE<http://127.0.0.1:9/sparql>{?s ?p ?o}",
    "OPTIONAL { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
])
def test_service_is_refused_however_it_is_written(service: str) -> None:
    query = f"PREFIX ex: <http://127.0.0.1:9/> SELECT * WHERE {{ ?s ?p ?o . {service} }}"
    with pytest.raises(ServiceRefusedError, match="not allowed"):
        screen(query)


def test_service_only_to_allowed_endpoints_and_the_word_elsewhere_is_harmless() -> None:
    allowed = QueryLimits(service_endpoints=frozenset({"http://127.0.0.1:9/sparql"}))
    assert screen("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", allowed).form == "SELECT"
    with pytest.raises(ServiceRefusedError):
        screen("SELECT * WHERE { SERVICE <http://127.0.0.1:9/other> { ?s ?p ?o } }", allowed)
    harmless = ('PREFIX service: <http://x/> SELECT ?service WHERE { ?service service:SERVICE "SERVICE"@service . '
                "?s <http://x/SERVICE> ?o } # SERVICE <http://127.0.0.1:9/>")
    assert screen(harmless).form == "SELECT"


@pytest.mark.parametrize("update", ["INSERT DATA { <a:a> <a:b> <a:c> }", "PREFIX x: <http://x/> DELETE WHERE { ?s ?p ?o }",
                                    "drop all", "LOAD <http://127.0.0.1:9/data.ttl>", "\\u0049NSERT DATA { <a:a> <a:b> <a:c> }"])
def test_updates_are_refused(update: str) -> None:
    with pytest.raises(UpdateRefusedError, match="read-only"):
        screen(update)


def test_text_without_a_query_form_is_left_to_the_parser() -> None:
    # the worker's parser reports the error with its position; the screen only must not let it through as safe
    assert screen("SELEKT ?x WHERE { ?x ?y ?z }").form == "SELECT"


def test_codepoint_escapes_are_read_as_the_parser_reads_them() -> None:
    assert unescape_codepoints("\\u0053ELECT \\U0001F600 \\uD800") == "SELECT \U0001F600 \\uD800"
