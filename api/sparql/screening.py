"""What the serving process may learn from a query without parsing or evaluating it: a lexical screen.

A parser or evaluator that recurses over a hostile query can overflow its stack and take the whole
server down (thousands of nested groups, a chain of thousands of UNIONs), and a query that needs no
data can be evaluated while it is "only parsed". So the serving process never hands a query to an
engine: it reads it once as a stream of tokens (comments, strings and IRIs skipped as wholes), refuses
what is too large, too deep or reaches outside (``SERVICE``), refuses updates, and finds the query form.
Parsing and evaluation happen in a killable worker process under the time limit
(:mod:`api.sparql.worker`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.errors import QueryLimitError, ServiceRefusedError, UpdateRefusedError

QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATE_KEYWORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH")
# SPARQL 1.1 §19.2: \uXXXX and \UXXXXXXXX escapes are replaced before the query is parsed, so a keyword
# may be written with them (\u0053ERVICE); the screen reads the text the parser will read.
_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_TOKEN = re.compile(
    r"""(?P<comment>\#[^\n\r]*)
      | (?P<long>'''(?:[^'\\]|\\.|'(?!''))*(?:'''|$)|\"\"\"(?:[^"\\]|\\.|"(?!""))*(?:\"\"\"|$))
      | (?P<string>'(?:[^'\\\n\r]|\\.)*'?|"(?:[^"\\\n\r]|\\.)*"?)
      | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
      | (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
      | (?P<var>[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]*)
      | (?P<name>[^\W\d][\w\-.\u00b7]*(?::[\w\-.:%\\]*)?|:[\w\-.:%\\]*)
      | (?P<open>[{(\[])
      | (?P<close>[})\]])
      | (?P<other>\S)""",
    re.VERBOSE,
)


@dataclass(frozen=True)
class QueryLimits:
    """How large and deep a query the endpoint accepts, and which remote endpoints ``SERVICE`` may reach.

    ``service_endpoints`` is an allow-list of exact endpoint IRIs for operators who want federation;
    empty (the default), every ``SERVICE`` is refused.
    """

    max_chars: int = 100_000
    max_depth: int = 64
    max_unions: int = 1_000
    service_endpoints: frozenset[str] = frozenset()


@dataclass(frozen=True)
class ScreenedQuery:
    """A query that passed the screen: its text and its form (SELECT, ASK, CONSTRUCT or DESCRIBE)."""

    text: str
    form: str


def unescape_codepoints(query: str) -> str:
    """The query with SPARQL's ``\\u``/``\\U`` codepoint escapes replaced, as a SPARQL parser sees it."""

    def char(m: re.Match[str]) -> str:
        code = int(m.group(1) or m.group(2), 16)
        return chr(code) if code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else m.group(0)

    return _CODEPOINT.sub(char, query)


def screen(query: str, limits: QueryLimits = QueryLimits()) -> ScreenedQuery:
    """Check ``query`` without parsing it; raises a :class:`QueryError` subclass naming what is refused.

    Refused: more than ``max_chars`` characters, groups/brackets nested deeper than ``max_depth``, more
    than ``max_unions`` UNIONs, SPARQL Update, and ``SERVICE`` to an endpoint not in the allow-list.
    Syntax errors are left to the parser in the worker, which reports them with line and column.
    """
    if len(query) > limits.max_chars:
        raise QueryLimitError(f"the query is {len(query)} characters long; this endpoint accepts at most "
                              f"{limits.max_chars}")
    text = unescape_codepoints(query)
    tokens = [(m.lastgroup or "other", m.group(0)) for m in _TOKEN.finditer(text)]
    words = [value.upper() for kind, value in tokens if kind == "name" and ":" not in value]
    first = next((w for w in words if w not in ("PREFIX", "BASE")), "")
    if first in UPDATE_KEYWORDS:
        raise UpdateRefusedError(
            f"this endpoint is read-only: SPARQL Update ({first}) is not accepted and nothing was changed"
        )
    _check_shape(tokens, limits)
    _check_services(tokens, limits)
    # Without a form keyword the text is malformed: the worker's parser says where, with line and column.
    form = next((w for w in words if w in QUERY_FORMS), "SELECT")
    return ScreenedQuery(query, form)


def _check_shape(tokens: list[tuple[str, str]], limits: QueryLimits) -> None:
    depth = deepest = unions = 0
    for kind, value in tokens:
        if kind == "open":
            depth += 1
            deepest = max(deepest, depth)
        elif kind == "close":
            depth -= 1
        elif kind == "name" and value.upper() == "UNION":
            unions += 1
    if deepest > limits.max_depth:
        raise QueryLimitError(f"the query nests groups, brackets or parentheses {deepest} deep; this endpoint "
                              f"accepts at most {limits.max_depth}")
    if unions > limits.max_unions:
        raise QueryLimitError(f"the query has {unions} UNIONs; this endpoint accepts at most {limits.max_unions}")


def _check_services(tokens: list[tuple[str, str]], limits: QueryLimits) -> None:
    for i, (kind, value) in enumerate(tokens):
        if kind != "name" or value.upper() != "SERVICE":
            continue
        rest = [t for t in tokens[i + 1:i + 3] if not (t[0] == "name" and t[1].upper() == "SILENT")]
        target = rest[0] if rest else ("other", "")
        endpoint = target[1][1:-1] if target[0] == "iri" else None
        if endpoint is None or endpoint not in limits.service_endpoints:
            named = f" {target[1]}" if target[1] else ""
            raise ServiceRefusedError(
                f"SERVICE{named} is not allowed: this endpoint does not query other endpoints"
                + (" except those its operator allowed" if limits.service_endpoints else "")
            )
