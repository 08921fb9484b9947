"""Where built artefacts live and how the product is configured (environment or CLI)."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_DATA = Path("var")
DEFAULT_CORPUS = Path("corpus")


def data_dir(explicit: Path | None = None) -> Path:
    """The data folder: ``--data``, else ``$KG_DATA``, else ``./var``."""
    if explicit is not None:
        return explicit
    env = os.environ.get("KG_DATA")
    return Path(env) if env else DEFAULT_DATA
