"""HTML reader: main content only, through trafilatura (navigation and boilerplate dropped)."""

from __future__ import annotations

from pathlib import Path

from kg.documents.base import Document
from kg.documents.text import content_id, decode_text, read_bytes
from kg.errors import DocumentError


class HtmlReader:
    """Reads ``.html``/``.htm`` pages; the document text is the extracted main content."""

    suffixes: tuple[str, ...] = (".html", ".htm")

    def read(self, path: Path) -> Document:
        data = read_bytes(path)
        markup = decode_text(path, data)
        import trafilatura

        text = trafilatura.extract(
            markup, include_comments=False, include_tables=True, favor_precision=True, deduplicate=True
        )
        if not text or not text.strip():
            raise DocumentError(str(path), "no main content found in the HTML page")
        meta = trafilatura.extract_metadata(markup)
        return Document(
            id=content_id(data),
            name=path.name,
            path=str(path),
            media_type="text/html",
            text=text,
            title=getattr(meta, "title", None) or None,
            publisher=getattr(meta, "sitename", None) or None,
            date=getattr(meta, "date", None) or None,
        )
