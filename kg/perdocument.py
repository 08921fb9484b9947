"""The per-document part of a build: read -> segment (and describe) -> manifest -> mentions.

:func:`build_document` is a pure function of one corpus file and the build's :class:`DocumentConfig`: it
reads nothing else and changes nothing, so an executor (:mod:`kg.executors`) may run it for many files at
once, in other processes or on other machines. Everything across documents (aliases, resolution,
alignment, the graph, the index) is a later stage that reads its results in corpus order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kg.documents import Document, read_document
from kg.documents.manifest import ManifestEntry
from kg.errors import DocumentError
from kg.mentions import Extraction, Link, Mention, extract
from kg.passages import Passage, Section, segment


@dataclass(frozen=True)
class Failure:
    """A corpus file that could not be built, and why."""

    path: str
    reason: str


@dataclass(frozen=True)
class DocumentConfig:
    """What every document of a build is read with: the corpus manifest (by file name) and whether to extract."""

    manifest: dict[str, ManifestEntry] = field(default_factory=dict)
    mentions: bool = True


@dataclass(frozen=True)
class DocumentResult:
    """One file's per-document output, or the reason it failed (then every other field is empty)."""

    path: str
    document: Document | None = None
    passages: tuple[Passage, ...] = ()
    sections: tuple[Section, ...] = ()
    pages: int = 0
    tables: int = 0
    mentions: tuple[Mention, ...] = ()
    links: tuple[Link, ...] = ()
    failure: Failure | None = None

    def extraction(self) -> Extraction:
        """The document's mentions and links as the cross-document stages take them."""
        return Extraction(list(self.mentions), list(self.links))


def build_document(path: Path, config: DocumentConfig) -> DocumentResult:
    """Read, segment and describe ``path``, apply its manifest entry and read its mentions.

    Never raises for a bad file: the result carries a :class:`Failure` naming the file and the reason,
    as a build reports it.
    """
    try:
        result = segment(read_document(path))
        document = result.document
        if path.name in config.manifest:
            document = config.manifest[path.name].apply(document)
        found = extract(document, list(result.passages)) if config.mentions else Extraction()
    except DocumentError as exc:
        return DocumentResult(str(path), failure=Failure(exc.path, exc.reason))
    except Exception as exc:  # one bad document must not stop the rest
        return DocumentResult(str(path), failure=Failure(str(path), f"{type(exc).__name__}: {exc}"))
    return DocumentResult(str(path), document, result.passages, result.sections, result.pages, result.tables,
                          tuple(found.mentions), tuple(found.links))

