"""Contract of the reading stage: a file in, a :class:`Document` out."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol


@dataclass(frozen=True)
class PageSpan:
    """A stretch of the document text known to lie on one printed page."""

    start: int
    end: int
    number: int


@dataclass(frozen=True)
class Document:
    """A corpus file as decoded text plus what the reader learnt about it.

    ``text`` is the document's text layer exactly as read (a UTF-8 text file as
    decoded, a PDF's pages joined by form feeds, an HTML page's main content).
    Every offset elsewhere in the product indexes into this string.
    """

    id: str
    name: str
    path: str
    media_type: str
    text: str
    pages: tuple[PageSpan, ...] = ()
    title: str | None = None
    publisher: str | None = None
    date: str | None = None
    year: int | None = None
    kind: str | None = None
    addressee: str | None = None
    commissioner: str | None = None
    url: str | None = None
    removed: tuple[tuple[int, int, str], ...] = field(default=())


class Reader(Protocol):
    """Reads one kind of file; raises :class:`kg.errors.DocumentError` on bad input."""

    suffixes: tuple[str, ...]

    def read(self, path: Path) -> Document: ...
