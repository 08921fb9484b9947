"""A corpus folder as the product changes it: files added (copied in) and removed (moved aside, never deleted).

:func:`add_files` and :func:`remove_files` check every name before they change anything, so a refused
request leaves the corpus as it was. A removed file, and a file an added one replaces, is moved to
``DATA/removed/<time>/`` and the caller says where. :func:`up_to_date` tells whether the current build was
made from exactly this corpus (its files, its manifest, the product's code and embedding configuration), so
that adding a file the build already holds needs no build.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import shutil
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from kg.artefacts import open_build
from kg.documents import SUFFIXES, corpus_files
from kg.documents.manifest import MANIFEST_NAMES, manifest_path
from kg.errors import CorpusError, NotBuiltError
from kg.fingerprints import corpus_inputs, file_digest

#: Where removed and replaced files are kept, under the data folder.
REMOVED = "removed"


@dataclass(frozen=True)
class Added:
    """One file given to :func:`add_files`: its name in the corpus and what happened (``added``,
    ``replaced``: another file of that name was moved aside, ``unchanged``: the corpus held these bytes)."""

    name: str
    source: Path
    status: str


@dataclass(frozen=True)
class Moved:
    """A file taken out of the corpus folder, and where it was put."""

    name: str
    to: Path


def build_corpus(data: Path, corpus: Path | None = None) -> Path:
    """The corpus folder to change: ``corpus`` where given, else the one the current build was made from."""
    if corpus is None:
        try:
            described = open_build(data).manifest.get("corpus")
        except NotBuiltError as exc:
            raise CorpusError(f"no build in {data} to take the corpus folder from: pass --corpus DIR") from exc
        if not described:
            raise CorpusError(f"the current build in {data} does not name its corpus folder: pass --corpus DIR")
        corpus = Path(described)
    if not corpus.is_dir():
        what = "is a single file, not a folder" if corpus.is_file() else "does not exist"
        raise CorpusError(f"corpus folder {corpus} {what}: pass --corpus DIR")
    return corpus


def removal_folder(data: Path) -> Path:
    """A new folder under ``DATA/removed/`` for the files one command takes out (not created yet)."""
    return data / REMOVED / f"{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:6]}"


def _skipped(name: str) -> str | None:
    """Why a build would never read a file of this name, if so."""
    if name.startswith("."):
        return "hidden files are not built"
    if Path(name).stem.upper() == "README" or name in MANIFEST_NAMES:
        return "READMEs and the metadata manifest are not documents"
    if Path(name).suffix.lower() not in SUFFIXES:
        return f"unsupported file type '{Path(name).suffix or '(none)'}' (supported: {', '.join(SUFFIXES)})"
    return None


def _move(source: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / source.name
    shutil.move(str(source), target)
    return target


def add_files(corpus: Path, paths: list[Path], keep: Path, replace: bool = False) -> list[Added]:
    """Copy each file into ``corpus``; a different file of the same name there is refused
    (:class:`CorpusError` naming it, nothing copied) unless ``replace``, when it is moved to ``keep``."""
    plan: list[Added] = []
    names: dict[str, Path] = {}
    for path in paths:
        if not path.is_file():
            raise CorpusError(f"{path}: {'is not a file' if path.exists() else 'does not exist'}; nothing added")
        why = _skipped(path.name)
        if why:
            raise CorpusError(f"{path}: {why}; nothing added")
        if path.name in names:
            raise CorpusError(f"{path}: named like {names[path.name]}; a corpus holds one file of a name")
        names[path.name] = path
        there = corpus / path.name
        if not there.exists():
            plan.append(Added(path.name, path, "added"))
        elif there.is_file() and file_digest(there) == file_digest(path):
            plan.append(Added(path.name, path, "unchanged"))
        elif replace and there.is_file():
            plan.append(Added(path.name, path, "replaced"))
        else:
            raise CorpusError(f"{path.name}: the corpus {corpus} already holds a different file of this name; "
                              "pass --replace to replace it (the old one is kept aside), or rename it; nothing added")
    for item in plan:
        if item.status == "unchanged":
            continue
        target = corpus / item.name
        tmp = corpus / f".{item.name}.{uuid.uuid4().hex[:8]}.adding"  # hidden: no build reads it
        try:
            shutil.copyfile(item.source, tmp)
            if item.status == "replaced":
                _move(target, keep)
            os.replace(tmp, target)
        finally:
            with contextlib.suppress(OSError):
                tmp.unlink()
    return plan


def remove_files(corpus: Path, names: list[str], keep: Path) -> list[Moved]:
    """Move the named files out of ``corpus`` into ``keep`` and drop their rows from the corpus manifest
    (the manifest as it was is kept there too); an unknown name raises :class:`CorpusError` listing the
    corpus's files, and so does taking out every file (no build could follow); then nothing is moved."""
    present = {p.name: p for p in corpus_files(corpus)}
    unknown = [n for n in names if n not in present]
    if unknown:
        listed = ", ".join(present) or "(none)"
        raise CorpusError(f"not in the corpus {corpus}: {', '.join(unknown)}; its files: {listed}; nothing removed")
    if set(names) >= set(present):
        # An empty corpus builds nothing, so the current build (with these documents) would stay served.
        raise CorpusError(f"removing {', '.join(names)} would leave the corpus {corpus} without documents, and "
                          "the current build holding them; nothing removed")
    moved = [Moved(name, _move(present[name], keep)) for name in dict.fromkeys(names)]
    manifest = manifest_path(corpus)
    if manifest is not None:
        _drop_rows(manifest, set(names), keep)
    return moved


def _drop_rows(manifest: Path, names: set[str], keep: Path) -> None:
    """Rewrite ``manifest`` without the rows of ``names`` (atomically; the old one copied into ``keep``)."""
    text = manifest.read_text(encoding="utf-8-sig")
    if manifest.suffix == ".jsonl":
        lines = [line for line in text.splitlines(keepends=True) if not _jsonl_names(line, names)]
        kept = "".join(lines)
    else:
        rows = list(csv.reader(io.StringIO(text)))
        header = [h.strip() for h in rows[0]] if rows else []
        column = header.index("file") if "file" in header else None
        dropped = [i for i, row in enumerate(rows)
                   if i and column is not None and column < len(row) and row[column].strip() in names]
        if not dropped:
            return
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerows(row for i, row in enumerate(rows) if i not in dropped)
        kept = out.getvalue()
    if kept == text:
        return
    keep.mkdir(parents=True, exist_ok=True)
    shutil.copy2(manifest, keep / manifest.name)
    tmp = manifest.with_name(f".{manifest.name}.{uuid.uuid4().hex[:8]}")
    tmp.write_text(kept, encoding="utf-8")
    os.replace(tmp, manifest)


def _jsonl_names(line: str, names: set[str]) -> bool:
    try:
        row = json.loads(line)
    except ValueError:
        return False
    return isinstance(row, dict) and str(row.get("file", "")).strip() in names


def up_to_date(data: Path, corpus: Path) -> bool:
    """Whether the current build was made from this corpus as it is now (files, manifest, code, model)."""
    try:
        recorded = open_build(data).manifest.get("inputs")
    except NotBuiltError:
        return False
    now = corpus_inputs(corpus, corpus_files(corpus), manifest_path(corpus))
    return bool(recorded) and recorded == now
