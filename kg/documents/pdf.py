"""PDF reader: the text layer page by page, page numbers from the PDF's own page labels."""

from __future__ import annotations

from pathlib import Path

from kg.documents.base import Document, PageSpan
from kg.documents.text import content_id, read_bytes
from kg.errors import DocumentError

PAGE_SEPARATOR = "\f"


def _page_number(label: str | None, index: int) -> int:
    return int(label) if label and label.isdigit() else index + 1


class PdfReader:
    """Reads ``.pdf`` files with pypdf; pages are joined with form feeds."""

    suffixes: tuple[str, ...] = (".pdf",)

    def read(self, path: Path) -> Document:
        data = read_bytes(path)
        from io import BytesIO

        from pypdf import PdfReader as _Pdf

        try:
            pdf = _Pdf(BytesIO(data))
            labels = list(pdf.page_labels) if pdf.pages else []
            texts = [page.extract_text() or "" for page in pdf.pages]
        except Exception as exc:  # pypdf raises many types on damaged files
            raise DocumentError(str(path), f"corrupt or truncated PDF ({type(exc).__name__}: {exc})") from exc
        if not any(t.strip() for t in texts):
            raise DocumentError(str(path), "PDF has no text layer (scanned image?)")
        parts: list[str] = []
        pages: list[PageSpan] = []
        offset = 0
        for i, page_text in enumerate(texts):
            if i:
                parts.append(PAGE_SEPARATOR)
                offset += len(PAGE_SEPARATOR)
            parts.append(page_text)
            label = labels[i] if i < len(labels) else None
            pages.append(PageSpan(offset, offset + len(page_text), _page_number(label, i)))
            offset += len(page_text)
        return Document(
            id=content_id(data),
            name=path.name,
            path=str(path),
            media_type="application/pdf",
            text="".join(parts),
            pages=tuple(pages),
        )
