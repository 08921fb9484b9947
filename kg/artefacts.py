"""Built artefacts on disk: one folder per build, swapped in atomically.

``DATA/current`` is a symlink to the last good build under ``DATA/builds/``. A
build writes into a fresh folder and only a finished build moves the link, so a
crashed build leaves the last good graph and index serving.

A build folder in use is *leased*: a file under ``BUILD/.leases/`` that its holder keeps
``flock``-ed (a build while it writes the folder, a server while it answers from it). The
kernel drops the lock when the holder exits, however it exits, so a lease never outlives
its process. Pruning after a commit keeps the newest :data:`KEEP_BUILDS` finished builds and
every leased one; a new build first clears away folders that no live process holds and
that never got a manifest (builds that were killed). Leasing and pruning take turns under
``DATA/.builds.lock``, so a server never leases a folder that is being deleted.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from kg.documents.base import Document
from kg.errors import NotBuiltError
from kg.passages.base import Passage
from kg.records import (
    document_from_record,
    document_record,
    passage_from_record,
    passage_record,
    read_jsonl,
    write_jsonl,
)

KEEP_BUILDS = 2
#: Lease files of a build folder, and the data folder's lock that leasing and pruning share.
LEASES = ".leases"
LOCK = ".builds.lock"
MANIFEST = "manifest.json"



class Build:
    """A finished build folder: manifest, documents, passages, and what later stages add."""

    def __init__(self, path: Path) -> None:
        self.path = path
        manifest = path / "manifest.json"
        if not manifest.exists():
            raise NotBuiltError(f"{path} holds no finished build (no manifest.json)")
        self.manifest: dict[str, Any] = json.loads(manifest.read_text(encoding="utf-8"))

    def documents(self) -> list[Document]:
        return [document_from_record(r) for r in read_jsonl(self.path / "documents.jsonl")]

    def passages(self, doc: str | None = None) -> Iterator[Passage]:
        """Passages in reading order; ``doc`` filters by file name, name stem or document id."""
        for r in read_jsonl(self.path / "passages.jsonl"):
            if doc is None or doc in (r["doc"], r["doc_id"], Path(r["doc"]).stem):
                yield passage_from_record(r)


def open_build(data: Path) -> Build:
    """The current build of a data folder, or :class:`NotBuiltError` telling how to make one."""
    current = data / "current"
    if not current.exists():
        raise NotBuiltError(f"no build in {data}: run `kg build` first (or set --data / KG_DATA)")
    return Build(current.resolve())


@contextlib.contextmanager
def _builds_locked(data: Path) -> Iterator[None]:
    """Hold ``DATA/.builds.lock``: leasing, clearing and pruning never interleave."""
    data.mkdir(parents=True, exist_ok=True)
    with (data / LOCK).open("a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


class Lease:
    """Keeps a build folder from being pruned while this process uses it; :meth:`release` lets it go.

    Make one with :func:`lease_current` (a reader) or through :class:`BuildWriter` (a writer).
    """

    def __init__(self, build: Path, holder: str) -> None:
        folder = build / LEASES
        folder.mkdir(exist_ok=True)
        self.build = build
        self.path = folder / f"{holder}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self._fh: Any = self.path.open("w", encoding="utf-8")
        fcntl.flock(self._fh, fcntl.LOCK_EX | fcntl.LOCK_NB)  # a new file: nobody else holds it
        self._fh.write(f"{holder} pid {os.getpid()} since {time.strftime('%Y-%m-%dT%H:%M:%S')}\n")
        self._fh.flush()

    @property
    def held(self) -> bool:
        return self._fh is not None

    def release(self) -> None:
        """Let the build go (idempotent); pruning may delete it from now on."""
        if self._fh is None:
            return
        with contextlib.suppress(OSError):
            self.path.unlink()
        self._fh.close()
        self._fh = None


def is_leased(build: Path) -> bool:
    """Whether a live process holds a lease on ``build``; lease files of dead processes are removed."""
    try:
        entries = list((build / LEASES).iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return False
    held = False
    for entry in entries:
        try:
            fd = os.open(entry, os.O_RDONLY)
        except OSError:
            continue  # released meanwhile
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            held = True
        else:  # nobody holds it: its process died without releasing
            with contextlib.suppress(OSError):
                entry.unlink()
        finally:
            os.close(fd)
    return held


def lease_current(data: Path, holder: str = "server") -> tuple[Build, Lease]:
    """The current build, leased (for a server): it stays on disk until the lease is released.

    :class:`NotBuiltError` when there is none; ``OSError`` where the data folder cannot be written.
    """
    open_build(data)  # no build: say so before touching the folder
    with _builds_locked(data):
        build = open_build(data)
        return build, Lease(build.path, holder)


def _builds(data: Path) -> list[Path]:
    """Build folders in name (= start time) order; dot entries (locks, trash) left out."""
    folder = data / "builds"
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith("."))


def _set_aside(data: Path, folders: list[Path]) -> list[Path]:
    """Rename build folders out of ``builds/`` (atomic; call under :func:`_builds_locked`), for removal after.

    Once renamed, a folder is out of every reader's and pruner's sight, so removing it needs no lock.
    """
    trash: list[Path] = []
    for folder in folders:
        target = data / f".trash-{folder.name}-{uuid.uuid4().hex[:8]}"
        with contextlib.suppress(OSError):
            folder.rename(target)
            trash.append(target)
    return trash


#: What else goes when a build folder is removed (a vector backend's collections outside the folder).
_REMOVAL_HOOKS: list[Callable[[Path], None]] = []


def on_remove(hook: Callable[[Path], None]) -> None:
    """Call ``hook(folder)`` for every build folder pruned or cleared, before its files are deleted."""
    if hook not in _REMOVAL_HOOKS:
        _REMOVAL_HOOKS.append(hook)


def _remove(folders: list[Path]) -> None:
    for folder in folders:
        for hook in _REMOVAL_HOOKS:
            hook(folder)
        shutil.rmtree(folder, ignore_errors=True)


def clear_unfinished(data: Path) -> list[Path]:
    """Remove build folders without a manifest that no live process is writing (killed builds)."""
    with _builds_locked(data):
        current = (data / "current").resolve() if (data / "current").exists() else None
        stale = [p for p in _builds(data)
                 if not (p / MANIFEST).exists() and p != current and not is_leased(p)]
        trash = _set_aside(data, stale)
    # Also whatever an interrupted removal left behind.
    _remove([*trash, *(t for t in data.glob(".trash-*") if t not in trash)])
    return stale


def _committed(build: Path) -> tuple[int, str]:
    """When a build was committed (its manifest written), for ordering builds newest last."""
    try:
        return (build / MANIFEST).stat().st_mtime_ns, build.name
    except OSError:
        return 0, build.name


def prune(data: Path, keep: int = KEEP_BUILDS) -> list[Path]:
    """Delete finished builds committed before the newest ``keep``, except the current one and leased ones."""
    with _builds_locked(data):
        current = (data / "current").resolve() if (data / "current").exists() else None
        finished = sorted((p for p in _builds(data) if (p / MANIFEST).exists()), key=_committed)
        old = [p for p in finished[: max(len(finished) - keep, 0)] if p != current and not is_leased(p)]
        trash = _set_aside(data, old)
    _remove(trash)
    return old


class BuildWriter:
    """Writes a new build beside the current one and swaps it in on :meth:`commit`.

    Starting a build first clears folders that killed builds left without a manifest; the new
    folder is leased while it is written, so a concurrent build does not take it for one of those.
    """

    def __init__(self, data: Path) -> None:
        self.data = data
        clear_unfinished(data)
        builds = data / "builds"
        with _builds_locked(data):
            builds.mkdir(parents=True, exist_ok=True)
            started = time.time()
            stamp = time.strftime("%Y%m%dT%H%M%S", time.localtime(started)) + f"{int(started * 1e6) % 1_000_000:06d}"
            self.path = builds / f"{stamp}-{uuid.uuid4().hex[:8]}"
            self.path.mkdir()
            self._lease = Lease(self.path, "build")
        self._before_commit: list[Callable[[], None]] = []
        self._on_abort: list[Callable[[], None]] = []

    def before_commit(self, action: Callable[[], None]) -> None:
        """Run ``action`` when the build is committed, before its manifest is written and ``current`` moves
        (publishing what a stage staged outside the folder); if it raises, the build is not committed."""
        self._before_commit.append(action)

    def on_abort(self, action: Callable[[], None]) -> None:
        """Run ``action`` if the build is aborted (discarding what a stage staged outside the folder)."""
        self._on_abort.append(action)

    def write_documents(self, docs: list[Document]) -> None:
        write_jsonl(self.path / "documents.jsonl", [document_record(d) for d in docs])

    def write_passages(self, passages: list[Passage]) -> None:
        write_jsonl(self.path / "passages.jsonl", [passage_record(p) for p in passages])

    def commit(self, manifest: dict[str, Any]) -> Build:
        """Write the manifest and point ``current`` at this build; older builds no one uses are pruned."""
        for action in self._before_commit:
            action()
        self._before_commit, self._on_abort = [], []
        (self.path / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
        link = self.data / "current"
        tmp = self.data / f".current-{os.getpid()}"
        if tmp.is_symlink() or tmp.exists():
            tmp.unlink()
        tmp.symlink_to(self.path.relative_to(self.data))
        os.replace(tmp, link)
        self._lease.release()
        prune(self.data)
        return Build(self.path)

    def abort(self) -> None:
        """Remove the unfinished build; the current one keeps serving."""
        actions, self._on_abort = self._on_abort, []
        for action in actions:
            action()
        self._lease.release()
        _remove([self.path])
