"""A small picture of an entity's neighbourhood: the entity in the middle, its linked entities around it."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from api.entities import EntityIndex, local_id, predicate_name

WIDTH, HEIGHT, RADIUS = 720, 440, 165
MAX_NEIGHBOURS = 14


@dataclass(frozen=True)
class Node:
    x: float
    y: float
    label: str
    type: str
    href: str
    centre: bool = False


@dataclass(frozen=True)
class Edge:
    x1: float
    y1: float
    x2: float
    y2: float
    label: str
    incoming: bool


@dataclass(frozen=True)
class GraphView:
    width: int
    height: int
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    hidden: int


def _short(text: str, n: int = 28) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def neighbourhood(entity: dict[str, Any], index: EntityIndex) -> GraphView:
    """Layout of ``entity`` and up to ``MAX_NEIGHBOURS`` linked entities on a circle."""
    cx, cy = WIDTH / 2, HEIGHT / 2
    seen: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {}
    for link, target in index.neighbours(entity):
        seen.setdefault(target["iri"], (link, target))
    items = list(seen.values())[:MAX_NEIGHBOURS]
    nodes = [Node(cx, cy, _short(str(entity.get("label", "")), 34), str(entity.get("type")),
                  f"/entities/{local_id(entity['iri'])}", centre=True)]
    edges = []
    for i, (link, target) in enumerate(items):
        angle = 2 * math.pi * i / max(len(items), 1) - math.pi / 2
        x, y = cx + RADIUS * 1.55 * math.cos(angle), cy + RADIUS * math.sin(angle)
        nodes.append(Node(x, y, _short(str(target.get("label", ""))), str(target.get("type")),
                          f"/entities/{local_id(target['iri'])}"))
        edges.append(Edge(cx, cy, x, y, predicate_name(link["predicate"]), link.get("direction") == "in"))
    return GraphView(WIDTH, HEIGHT, tuple(nodes), tuple(edges), max(0, len(seen) - len(items)))
