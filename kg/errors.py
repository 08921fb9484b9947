"""One exception root for the whole product; the API turns these into HTTP errors at its edge."""

from __future__ import annotations


class KGError(Exception):
    """Root of every error this package raises on purpose."""


class DocumentError(KGError):
    """A corpus file could not be read; names the file and the reason."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class NotBuiltError(KGError):
    """The data folder holds no finished build."""


class QueryError(KGError):
    """A query (SPARQL or search) is malformed or not allowed."""


class ModelError(KGError):
    """An embedding model cannot be found, converted or loaded."""


class SearchIndexError(KGError):
    """A search index is missing, from another model, or does not match its description."""


class EmptyQueryError(QueryError):
    """A search question is empty or holds no words."""


class QueryTooLongError(QueryError):
    """A search question is longer than the search accepts."""


class QuerySyntaxError(QueryError):
    """A SPARQL query the parser rejects; carries the parser's line and column where known."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None) -> None:
        super().__init__(message)
        self.line = line
        self.column = column


class UpdateRefusedError(QueryError):
    """A SPARQL Update sent to a read-only endpoint; nothing was run."""


class QueryLimitError(QueryError):
    """A SPARQL query larger or more deeply nested than the endpoint accepts; refused before any engine sees it."""


class ServiceRefusedError(QueryError):
    """A SPARQL query that would make the server call another endpoint (``SERVICE``) it is not allowed to."""


class WorkerCrashError(KGError):
    """A query stopped the process evaluating it (crash, signal, out of memory); the process was replaced."""


class QueryTimeoutError(QueryError):
    """A query ran past its time limit and was stopped."""


class ResultLimitError(QueryError):
    """A query's result has more rows than the configured cap."""


class NotFoundError(KGError):
    """No entity, goal, evaluation or document has the given identifier."""


class FilterError(QueryError):
    """A table filter, sort or page parameter that cannot be read; names the parameter."""

    def __init__(self, parameter: str, message: str) -> None:
        super().__init__(f"{parameter}: {message}")
        self.parameter = parameter


class ParameterError(QueryError):
    """A request parameter is missing, malformed or contradicts another; the message names it."""


class NoDocumentsError(NotFoundError):
    """An organisation has no documents for a year asked about; the message says which years it has."""


class GraphServerError(KGError):
    """The SPARQL server holding the graph cannot be reached or refused a request; names the URL and setting."""


class VectorServerError(KGError):
    """The vector database holding the vectors cannot be reached or refused a request; names the URI and setting."""


class CorpusError(KGError):
    """A file cannot be added to or removed from a corpus folder (a name taken by another file, an unknown
    name, an unsupported file); the message names it, and nothing was changed."""
