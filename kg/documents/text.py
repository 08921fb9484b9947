"""Plain-text reader: UTF-8 first, another encoding only when detected with confidence."""

from __future__ import annotations

import hashlib
from pathlib import Path

from kg.documents.base import Document
from kg.errors import DocumentError


def content_id(data: bytes) -> str:
    """Stable document id: the first 16 hex digits of the SHA-256 of the file's bytes."""
    return hashlib.sha256(data).hexdigest()[:16]


def read_bytes(path: Path) -> bytes:
    """Read a file, refusing empty ones with a message that names the file."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(str(path), f"cannot be read ({exc.strerror or exc})") from exc
    if not data.strip():
        raise DocumentError(str(path), "empty file")
    return data


# Legacy encodings of Scandinavian text, tried in order when a file is not UTF-8.
WESTERN = ("cp1252", "iso-8859-15")
# Characters beyond ASCII that Norwegian text plausibly holds; anything else suggests a wrong guess.
PLAUSIBLE = set("æøåÆØÅéèêëüöäáóúíÉÈÖÄÜ«»–—’‘“”„§°½¼¾·€£×\u00a0")


def _plausible(text: str) -> bool:
    beyond = [c for c in text if ord(c) > 127]
    return not beyond or sum(c in PLAUSIBLE for c in beyond) / len(beyond) >= 0.9


def decode_text(path: Path, data: bytes) -> str:
    """Decode text bytes; UTF-8 (with or without BOM) or a confidently detected encoding."""
    if b"\x00" in data[:8192]:
        raise DocumentError(str(path), "binary content (NUL bytes) in a text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    for encoding in WESTERN:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _plausible(text):
            return text
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.chaos <= 0.1 and _plausible(str(best)):
        return str(best)
    raise DocumentError(
        str(path),
        f"not valid UTF-8 (byte {utf8_error.start}: {utf8_error.reason}) and no other encoding "
        "could be detected with confidence",
    )


class TextReader:
    """Reads ``.txt`` files as the document text, unchanged."""

    suffixes: tuple[str, ...] = (".txt",)

    def read(self, path: Path) -> Document:
        data = read_bytes(path)
        text = decode_text(path, data)
        return Document(
            id=content_id(data), name=path.name, path=str(path), media_type="text/plain", text=text
        )
