"""A corpus's sidecar manifest: what an archive says about each file, which overrides what the text gives.

``metadata.csv`` (header ``file,title,kind,organisation,year,date,url``, optionally ``addressee``) or
``metadata.jsonl`` (one object per line with the same keys) in the corpus folder. Every value is optional
except ``file``; an empty value leaves what the text gives. Validated as a whole before anything is built:
an error names the manifest's line and field.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from kg.documents.base import Document
from kg.errors import DocumentError

MANIFEST_NAMES = ("metadata.csv", "metadata.jsonl")
FIELDS = ("file", "title", "kind", "organisation", "addressee", "year", "date", "url")
KINDS = ("årsrapport", "tildelingsbrev", "evaluering", "pressemelding", "nyhet", "strategi", "ukjent")
# What the archive's own type names mean in this product's kinds.
KIND_ALIASES = {"annual report": "årsrapport", "allocation letter": "tildelingsbrev", "evaluation": "evaluering",
                "press release": "pressemelding", "news": "nyhet", "strategy": "strategi", "handlingsplan": "strategi",
                "strategi/plan": "strategi", "strategi/handlingsplan": "strategi", "unknown": "ukjent"}


@dataclass(frozen=True)
class ManifestEntry:
    """What the manifest says about one file (None: the manifest is silent)."""

    file: str
    line: int
    title: str | None = None
    kind: str | None = None
    organisation: str | None = None
    addressee: str | None = None
    year: int | None = None
    date: str | None = None
    url: str | None = None

    def apply(self, doc: Document) -> Document:
        """``doc`` with every value the manifest gives in place of what its text gave."""
        given: dict[str, Any] = {"title": self.title, "kind": self.kind, "publisher": self.organisation,
                 "addressee": self.addressee, "year": self.year, "date": self.date, "url": self.url}
        return replace(doc, **{k: v for k, v in given.items() if v is not None})


def manifest_path(corpus: Path) -> Path | None:
    """The manifest file of a corpus folder, if it has one."""
    if not corpus.is_dir():
        return None
    found = [corpus / n for n in MANIFEST_NAMES if (corpus / n).is_file()]
    if len(found) > 1:
        raise DocumentError(str(corpus), "has both metadata.csv and metadata.jsonl: keep one")
    return found[0] if found else None


def read_manifest(corpus: Path) -> dict[str, ManifestEntry]:
    """The manifest of ``corpus`` by file name (empty without one); raises :class:`DocumentError` naming
    ``path:line`` for the first invalid row."""
    path = manifest_path(corpus)
    if path is None:
        return {}
    try:
        rows = list(_rows(path))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise DocumentError(str(path), f"cannot read the manifest ({exc})") from exc
    out: dict[str, ManifestEntry] = {}
    for line, row in rows:
        entry = _entry(path, line, row)
        if entry.file in out:
            raise DocumentError(f"{path}:{line}", f"file {entry.file!r} is described twice (also line "
                                                  f"{out[entry.file].line})")
        if not (corpus / entry.file).is_file():
            raise DocumentError(f"{path}:{line}", f"file {entry.file!r} is not in the corpus folder")
        out[entry.file] = entry
    return out


def _rows(path: Path) -> list[tuple[int, dict[str, Any]]]:
    text = path.read_text(encoding="utf-8-sig")
    if path.suffix == ".jsonl":
        out = []
        for number, raw in enumerate(text.splitlines(), 1):
            if not raw.strip():
                continue
            try:
                row = json.loads(raw)
            except ValueError as exc:
                raise DocumentError(f"{path}:{number}", f"not a JSON object ({exc})") from exc
            if not isinstance(row, dict):
                raise DocumentError(f"{path}:{number}", "not a JSON object")
            out.append((number, row))
        return out
    reader = csv.DictReader(text.splitlines())
    unknown = [f for f in reader.fieldnames or [] if f.strip() not in FIELDS]
    if not reader.fieldnames or "file" not in [f.strip() for f in reader.fieldnames]:
        raise DocumentError(f"{path}:1", f"the header must name the columns {', '.join(FIELDS)} (at least file)")
    if unknown:
        raise DocumentError(f"{path}:1", f"unknown column(s) {', '.join(unknown)}; known: {', '.join(FIELDS)}")
    return [(i + 2, {k.strip(): v for k, v in row.items() if k}) for i, row in enumerate(reader)]


def _entry(path: Path, line: int, row: dict[str, Any]) -> ManifestEntry:
    where = f"{path}:{line}"
    unknown = sorted(set(row) - set(FIELDS))
    if unknown:
        raise DocumentError(where, f"unknown field(s) {', '.join(unknown)}; known: {', '.join(FIELDS)}")
    values = {k: (str(v).strip() if v is not None else "") for k, v in row.items()}
    if not values.get("file"):
        raise DocumentError(where, "the field 'file' is empty: name a file of the corpus folder")
    kind = values.get("kind", "").lower() or None
    if kind is not None:
        kind = KIND_ALIASES.get(kind, kind)
        if kind not in KINDS:
            raise DocumentError(where, f"kind {values['kind']!r} is not one of {', '.join(KINDS)}")
    year: int | None = None
    if values.get("year"):
        if not re.fullmatch(r"\d{4}", values["year"]) or not 1900 <= int(values["year"]) <= 2100:
            raise DocumentError(where, f"year {values['year']!r} is not a four-digit year")
        year = int(values["year"])
    date = values.get("date") or None
    if date is not None and not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])", date):
        raise DocumentError(where, f"date {date!r} is not YYYY-MM-DD")
    url = values.get("url") or None
    if url is not None and not re.match(r"https?://\S+$", url):
        raise DocumentError(where, f"url {url!r} is not an http(s) address")
    return ManifestEntry(values["file"], line, values.get("title") or None, kind, values.get("organisation") or None,
                         values.get("addressee") or None, year, date, url)
