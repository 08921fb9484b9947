"""Fingerprints of what a build is made from: file bytes, the code that reads documents, a corpus as a whole.

A fingerprint is a SHA-256 hex digest. :func:`per_document_code` covers every module of this product that
:mod:`kg.perdocument` imports (directly or through others, imports inside functions included) and the
versions of the libraries they import, so a change to any code that shapes a document's result gives new
cache keys. :func:`corpus_inputs` records everything a build depends on, so that a later command can tell
whether building again would change anything.
"""

from __future__ import annotations

import ast
import hashlib
import sys
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
#: The product's packages (their sources are fingerprinted; every other import is a library).
PACKAGES = ("kg", "index", "api")
#: Libraries a document's result depends on that no module imports by name (spaCy finds its data by plugin).
DATA_LIBRARIES = frozenset({"spacy_lookups_data"})
CHUNK = 1 << 20


def file_digest(path: Path) -> str:
    """SHA-256 of a file's bytes (``OSError`` where it cannot be read)."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


def _module_file(name: str) -> Path | None:
    base = ROOT.joinpath(*name.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _imported(path: Path, module: str) -> set[str]:
    """Every module name ``path`` (the module ``module``) imports, anywhere in its body."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_bytes(), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)  # ``from pkg import module``
    return {n for n in names if n}


def module_closure(start: str) -> tuple[list[Path], set[str]]:
    """The product's source files ``start`` needs (itself, its packages, what they import, transitively) and
    the top-level names of the libraries they import."""
    seen: dict[str, Path] = {}
    libraries: set[str] = set()
    todo = [start]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        top = name.split(".")[0]
        if top not in PACKAGES:
            if top not in sys.stdlib_module_names and top != "__future__":
                libraries.add(top)
            continue
        path = _module_file(name)
        if path is None:  # ``from pkg import a_name``: not a module
            continue
        seen[name] = path
        parents = name.split(".")
        todo.extend(".".join(parents[:i]) for i in range(1, len(parents)))
        todo.extend(_imported(path, name))
    return sorted(set(seen.values())), libraries


def _versions(libraries: set[str]) -> list[tuple[str, str]]:
    """``(distribution, version)`` of the installed libraries behind the given import names."""
    distributions = metadata.packages_distributions()
    out: set[tuple[str, str]] = set()
    for name in libraries:
        for dist in distributions.get(name, [name]):
            try:
                out.add((dist, metadata.version(dist)))
            except metadata.PackageNotFoundError:
                out.add((dist, "?"))
    return sorted(out)


@lru_cache(maxsize=1)
def per_document_code() -> str:
    """Fingerprint of the code behind :func:`kg.perdocument.build_document`: its modules' sources, the
    versions of the libraries they import and Python's version."""
    files, libraries = module_closure("kg.perdocument")
    digest = hashlib.sha256(f"python {sys.version_info[:3]}\n".encode())
    for path in files:
        digest.update(f"{path.relative_to(ROOT)}\n".encode())
        digest.update(path.read_bytes())
    for dist, version in _versions(libraries | DATA_LIBRARIES):
        digest.update(f"{dist}=={version}\n".encode())
    return digest.hexdigest()


def product_code() -> str:
    """Fingerprint of every source and data file of the product's packages and its ontology (cheap: no parsing)."""
    digest = hashlib.sha256()
    for folder in (*PACKAGES, "ontology"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_file() and path.suffix in (".py", ".tsv", ".ttl", ".json") and "__pycache__" not in path.parts:
                digest.update(f"{path.relative_to(ROOT)}\n".encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def corpus_inputs(corpus: Path, files: list[Path], manifest: Path | None,
                  digests: dict[Path, str] | None = None) -> dict[str, Any]:
    """What a build of ``corpus`` is made from: each file's digest by name, the manifest's, the product's
    code and the embedding configuration (JSON, as a build's description records it)."""
    from index.embeddings.base import EmbeddingConfig
    from index.windows import configured_stride

    known = digests or {}
    return {
        "corpus": str(corpus.resolve()),
        "files": {p.name: known.get(p) or file_digest(p) for p in files},
        "manifest": file_digest(manifest) if manifest is not None else None,
        "code": product_code(),
        "embedding": EmbeddingConfig.from_env().as_json(),
        "window_stride": configured_stride(),
    }

