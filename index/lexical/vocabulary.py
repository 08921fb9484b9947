"""A saved table of word -> index terms, so a build analyses only the words no earlier build met.

Lemmatising and splitting compounds costs ~0.15 ms a word; an archive's passages hold hundreds of thousands of
distinct words, and every build indexes every passage again. The table is named by a digest of the analyser
(its source and the lemmatiser's and stemmer's versions), so a changed analyser starts a new table.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import pickle
from pathlib import Path

from index.lexical import analyzer


def analyser_id() -> str:
    """Digest of what decides a word's terms."""
    digest = hashlib.sha256(Path(analyzer.__file__).read_bytes())
    for package in ("simplemma", "snowballstemmer", "spacy"):
        digest.update(f"{package}={importlib.metadata.version(package)}".encode())
    return digest.hexdigest()[:16]


def table_path(folder: Path) -> Path:
    """Where the table of the current analyser lives in a cache folder."""
    return folder / f"terms-{analyser_id()}.pickle"


def load(path: Path) -> int:
    """Add the saved words to the analyser's known terms; how many there were (0 for no or an unreadable table,
    which only means they are analysed again)."""
    try:
        saved = pickle.loads(path.read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError):
        return 0
    if not isinstance(saved, dict):
        return 0
    for word, terms in saved.items():
        analyzer.KNOWN_TERMS.setdefault(word, terms)
    return len(saved)


def save(path: Path, known_before: int) -> None:
    """Write the analyser's known terms where they hold more words than the table had; written beside and
    renamed, so a reader never sees half a table."""
    if len(analyzer.KNOWN_TERMS) <= known_before:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    partial.write_bytes(pickle.dumps(dict(analyzer.KNOWN_TERMS), protocol=pickle.HIGHEST_PROTOCOL))
    partial.replace(path)
