"""Plain-text reader: UTF-8 first (UTF-16/32 where a byte-order mark says so), another encoding only when
detected with confidence."""

from __future__ import annotations

import codecs
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


# Byte-order marks that name a Unicode encoding; UTF-32's are tested first (UTF-32 LE's begins with UTF-16 LE's).
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _decode_by_bom(path: Path, data: bytes) -> str | None:
    """The text of a UTF-16/UTF-32 file that says so with a byte-order mark (the mark itself dropped)."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)  # these codecs read the BOM for the byte order and drop it
            except UnicodeDecodeError as exc:
                name = encoding.upper()
                reason = f"has a {name} byte-order mark but is not valid {name} (byte {exc.start}: {exc.reason})"
                raise DocumentError(str(path), reason) from exc
            if not text.strip():
                raise DocumentError(str(path), "empty file")
            if "\x00" in text:
                raise DocumentError(str(path), "binary content (NUL characters) in a text file")
            return text
    return None


def decode_text(path: Path, data: bytes) -> str:
    """Decode text bytes: UTF-8 (with or without BOM), UTF-16/UTF-32 with a BOM, or a confidently detected encoding."""
    by_bom = _decode_by_bom(path, data)
    if by_bom is not None:
        return by_bom
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
