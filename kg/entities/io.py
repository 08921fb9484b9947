"""entities.jsonl: the resolved entities of a build, one JSON object per line."""

from __future__ import annotations

import json
from pathlib import Path

from kg.entities.base import Entity
from kg.errors import NotBuiltError

FILE = "entities.jsonl"


def write_entities(build_path: Path, entities: list[Entity]) -> None:
    with (build_path / FILE).open("w", encoding="utf-8") as fh:
        for e in entities:
            fh.write(json.dumps(e.as_json(), ensure_ascii=False) + "\n")


def load_entities(build_path: Path) -> list[Entity]:
    """The entities of a build folder (``Build.path``), as written by the graph stage."""
    path = build_path / FILE
    if not path.exists():
        raise NotBuiltError(f"{build_path} has no {FILE}: rebuild with `kg build`")
    with path.open(encoding="utf-8") as fh:
        return [Entity.from_json(json.loads(line)) for line in fh if line.strip()]
