"""Reading stage: corpus files -> :class:`Document` objects, one reader per file type."""

from __future__ import annotations

from pathlib import Path

from kg.documents.base import Document, PageSpan, Reader
from kg.documents.docx import DocxReader
from kg.documents.html import HtmlReader
from kg.documents.manifest import MANIFEST_NAMES
from kg.documents.pdf import PdfReader
from kg.documents.text import TextReader
from kg.errors import DocumentError

__all__ = ["Document", "PageSpan", "Reader", "read_document", "corpus_files", "SUFFIXES"]

READERS: dict[str, Reader] = {
    suffix: reader for reader in (TextReader(), PdfReader(), HtmlReader(), DocxReader()) for suffix in reader.suffixes
}
SUFFIXES = tuple(sorted(READERS))


def read_document(path: Path) -> Document:
    """Read one corpus file with the reader for its extension."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        kind = path.suffix or "(none)"
        raise DocumentError(str(path), f"unsupported file type '{kind}' (supported: {', '.join(SUFFIXES)})")
    return reader.read(path)


def corpus_files(corpus: Path) -> list[Path]:
    """Every file of a corpus folder (or the one file given), in name order; hidden files, READMEs and the
    metadata manifest skipped."""
    if corpus.is_file():
        return [corpus]
    if not corpus.is_dir():
        raise DocumentError(str(corpus), "corpus folder does not exist")
    return sorted(
        p for p in corpus.iterdir() if p.is_file() and not p.name.startswith(".") and p.stem.upper() != "README"
        and p.name not in MANIFEST_NAMES
    )
