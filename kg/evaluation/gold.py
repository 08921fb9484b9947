"""Gold files: JSON Lines, one record per line, read into the evaluation's own dataclasses."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from kg.errors import KGError

T = TypeVar("T")


def gold_records(path: Path, parse: Callable[[dict[str, Any]], T], what: str) -> list[T]:
    """Every non-blank line of ``path`` parsed by ``parse``; a malformed line is named as ``path:line``."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise KGError(f"{path}: cannot read the gold file ({exc.strerror or exc})") from exc
    out = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            out.append(parse(json.loads(line)))
        except (ValueError, KeyError, TypeError) as exc:
            raise KGError(f"{path}:{number}: not {what} ({exc})") from exc
    return out
