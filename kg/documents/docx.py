"""Word reader: paragraph text of a ``.docx`` file, one paragraph a line."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from kg.documents.base import Document
from kg.documents.text import content_id, read_bytes
from kg.errors import DocumentError


class DocxReader:
    """Reads ``.docx`` files with python-docx."""

    suffixes: tuple[str, ...] = (".docx",)

    def read(self, path: Path) -> Document:
        data = read_bytes(path)
        import docx

        try:
            word = docx.Document(BytesIO(data))
        except Exception as exc:  # python-docx raises zip and XML errors on damaged files
            raise DocumentError(str(path), f"corrupt Word file ({type(exc).__name__}: {exc})") from exc
        text = "\n\n".join(p.text for p in word.paragraphs)
        if not text.strip():
            raise DocumentError(str(path), "Word file has no text")
        props = word.core_properties
        return Document(
            id=content_id(data),
            name=path.name,
            path=str(path),
            media_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            text=text,
            title=props.title or None,
            publisher=props.author or None,
        )
