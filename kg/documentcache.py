"""The per-document result cache: a document unchanged since an earlier build is not read again.

:func:`kg.perdocument.build_document` is a pure function of a file and the build's :class:`DocumentConfig`,
so its result can be kept and served again for the same inputs. An entry is keyed by the SHA-256 of

* the file's bytes and its name (the name is the document's name in every artefact),
* the file's manifest entry (its values, not its line) and whether mentions are read,
* the code that builds a document (:func:`kg.fingerprints.per_document_code`: its sources and libraries),

so a changed file, manifest row or code gives a new key and is never served stale. Entries live under
``DATA/cache/documents/<code fingerprint>/``; a build that finishes removes the folders of other code, which
no later build can hit. Each entry is a pickle written to a temporary file and renamed into place, so a
reader sees a whole entry or none; one that cannot be read is a miss, never an error. (Entries are pickles:
like the builds beside them, they are trusted as the code is.) Failures are not
kept: a file that could not be read is read again by the next build (a permission or a tool may have been
fixed meanwhile), and a failure is usually quick to find again.

The document's path is the one thing a result holds that its key does not cover: it is set to the file's
current path when an entry is served, so a corpus moved to another folder still reuses its entries.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import pickle
import shutil
import uuid
from dataclasses import asdict, replace
from pathlib import Path

from kg.fingerprints import per_document_code
from kg.perdocument import DocumentConfig, DocumentResult

#: Where the entries live, under the data folder.
FOLDER = Path("cache") / "documents"
#: Bumped when the entry format changes (the key changes with it).
FORMAT = 1


class DocumentCache:
    """Per-document results of earlier builds under ``root`` (``DATA/cache/documents``), by content key.

    ``reuse=False`` serves nothing (every document is read again) but still keeps what is read. ``hits``
    counts the results served.
    """

    def __init__(self, root: Path, reuse: bool = True, code: str | None = None) -> None:
        self.root = root
        self.reuse = reuse
        self.code = code or per_document_code()
        self.folder = root / self.code[:16]
        self.hits = 0

    @classmethod
    def of(cls, data: Path, reuse: bool = True) -> DocumentCache:
        """The cache of the data folder ``data``."""
        return cls(data / FOLDER, reuse)

    def key(self, path: Path, digest: str, config: DocumentConfig) -> str:
        """The key of ``path`` (whose bytes have the SHA-256 ``digest``) read with ``config``."""
        entry = config.manifest.get(path.name)
        described = {k: v for k, v in asdict(entry).items() if k != "line"} if entry is not None else None
        parts = {"format": FORMAT, "code": self.code, "bytes": digest, "name": path.name, "manifest": described,
                 "mentions": config.mentions}
        return hashlib.sha256(json.dumps(parts, sort_keys=True, ensure_ascii=False).encode()).hexdigest()

    def _entry(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def load(self, key: str, path: Path) -> DocumentResult | None:
        """The kept result of ``key`` with ``path`` as its document's path, or None (missing or unreadable)."""
        if not self.reuse:
            return None
        try:
            with self._entry(key).open("rb") as fh:
                result = pickle.load(fh)
        except Exception:  # missing, truncated, or from code that no longer unpickles: read the file again
            return None
        if not isinstance(result, DocumentResult) or result.document is None or result.failure is not None:
            return None
        self.hits += 1
        return replace(result, path=str(path), document=replace(result.document, path=str(path)))

    def store(self, key: str, result: DocumentResult) -> bool:
        """Keep a successful result under ``key`` (atomically); failures and unwritable folders keep nothing."""
        if result.failure is not None or result.document is None:
            return False
        target = self._entry(key)
        tmp = target.parent / f".{key}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp"
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with tmp.open("wb") as fh:
                pickle.dump(result, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, target)
        except OSError:
            with contextlib.suppress(OSError):
                tmp.unlink()
            return False
        return True

    def prune(self) -> list[Path]:
        """Remove the entries of other code (no build of this code can hit them); returns the folders removed."""
        try:
            others = [p for p in self.root.iterdir() if p.is_dir() and p != self.folder]
        except OSError:
            return []
        for folder in others:
            shutil.rmtree(folder, ignore_errors=True)
        return others
