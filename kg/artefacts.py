"""Built artefacts on disk: one folder per build, swapped in atomically.

``DATA/current`` is a symlink to the last good build under ``DATA/builds/``. A
build writes into a fresh folder and only a finished build moves the link, so a
crashed build leaves the last good graph and index serving.
"""

from __future__ import annotations

import json
import os
import shutil
import time
import uuid
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

from kg.documents.base import Document, PageSpan
from kg.errors import NotBuiltError
from kg.passages.base import OffsetMap, Passage, Section
from kg.passages.pages import PageRef

KEEP_BUILDS = 2


def passage_record(p: Passage) -> dict[str, Any]:
    """A passage as stored: the public JSON plus its offset map."""
    return {**p.as_json(), "section_span": [p.section.start, p.section.end], "offsets": p.offsets.segments}


def passage_from_record(r: dict[str, Any]) -> Passage:
    sec = r["section"]
    span = r.get("section_span", [0, 0])
    return Passage(
        id=r["id"],
        doc=r["doc_id"],
        doc_name=r["doc"],
        kind=r["kind"],
        section=Section(sec["number"], sec["title"], tuple(sec["path"]), span[0], span[1]),
        page=PageRef.from_json(r),
        start=r["start"],
        end=r["end"],
        text=r["text"],
        offsets=OffsetMap(tuple(tuple(s) for s in r["offsets"])),
    )


def document_record(d: Document) -> dict[str, Any]:
    return asdict(d)


def document_from_record(r: dict[str, Any]) -> Document:
    return Document(
        **{
            **r,
            "pages": tuple(PageSpan(**p) for p in r.get("pages", ())),
            "removed": tuple(tuple(x) for x in r.get("removed", ())),
        }
    )


def _write_jsonl(path: Path, rows: Iterator[dict[str, Any]] | list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def _read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


class Build:
    """A finished build folder: manifest, documents, passages, and what later stages add."""

    def __init__(self, path: Path) -> None:
        self.path = path
        manifest = path / "manifest.json"
        if not manifest.exists():
            raise NotBuiltError(f"{path} holds no finished build (no manifest.json)")
        self.manifest: dict[str, Any] = json.loads(manifest.read_text(encoding="utf-8"))

    def documents(self) -> list[Document]:
        return [document_from_record(r) for r in _read_jsonl(self.path / "documents.jsonl")]

    def passages(self, doc: str | None = None) -> Iterator[Passage]:
        """Passages in reading order; ``doc`` filters by file name, name stem or document id."""
        for r in _read_jsonl(self.path / "passages.jsonl"):
            if doc is None or doc in (r["doc"], r["doc_id"], Path(r["doc"]).stem):
                yield passage_from_record(r)


def open_build(data: Path) -> Build:
    """The current build of a data folder, or :class:`NotBuiltError` telling how to make one."""
    current = data / "current"
    if not current.exists():
        raise NotBuiltError(f"no build in {data}: run `kg build` first (or set --data / KG_DATA)")
    return Build(current.resolve())


class BuildWriter:
    """Writes a new build beside the current one and swaps it in on :meth:`commit`."""

    def __init__(self, data: Path) -> None:
        self.data = data
        builds = data / "builds"
        builds.mkdir(parents=True, exist_ok=True)
        self.path = builds / f"{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:8]}"
        self.path.mkdir()

    def write_documents(self, docs: list[Document]) -> None:
        _write_jsonl(self.path / "documents.jsonl", [document_record(d) for d in docs])

    def write_passages(self, passages: list[Passage]) -> None:
        _write_jsonl(self.path / "passages.jsonl", [passage_record(p) for p in passages])

    def commit(self, manifest: dict[str, Any]) -> Build:
        """Write the manifest and point ``current`` at this build; older builds are pruned."""
        (self.path / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
        link = self.data / "current"
        tmp = self.data / f".current-{os.getpid()}"
        if tmp.is_symlink() or tmp.exists():
            tmp.unlink()
        tmp.symlink_to(self.path.relative_to(self.data))
        os.replace(tmp, link)
        for old in sorted((self.data / "builds").iterdir())[:-KEEP_BUILDS]:
            if old.resolve() != self.path.resolve():
                shutil.rmtree(old, ignore_errors=True)
        return Build(self.path)

    def abort(self) -> None:
        """Remove the unfinished build; the current one keeps serving."""
        shutil.rmtree(self.path, ignore_errors=True)
