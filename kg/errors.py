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
