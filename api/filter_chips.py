"""The search page's filter chips: each filter a search used, as a link to the same search without it.

A filter given with the request is removed by dropping its parameter; one read from the question by
adding ``ignore=<name>``, so the question itself stays as the user wrote it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from api.i18n import Translator
from kg.documents.facets import KIND_NAMES_EN

#: The request parameters that carry each filter.
PARAMETERS = {"organisation": ("organisation",), "year": ("year", "year_from", "year_to"), "kind": ("kind",)}


@dataclass(frozen=True)
class Chip:
    """One removable filter: what it says, where the search goes without it, and where it came from."""

    label: str
    href: str
    source: str


def _value(f: dict[str, Any], t: Translator) -> str:
    value = f["value"]
    if f["name"] == "year" and isinstance(value, dict):
        return f"{value.get('from') or ''}–{value.get('to') or ''}"
    if f["name"] == "kind":
        return KIND_NAMES_EN.get(str(value), str(value)) if t.lang == "en" else str(value)
    return str(value)


def filter_chips(params: list[tuple[str, str]], filters: list[dict[str, Any]], t: Translator) -> list[Chip]:
    """A chip per filter, linking to ``/`` with ``params`` less that filter (or ignoring it)."""
    chips = []
    for f in filters:
        if f["source"] == "request":
            kept = [(k, v) for k, v in params if k not in PARAMETERS.get(f["name"], (f["name"],))]
        else:
            kept = [*params, ("ignore", f["name"])]
        label = f"{t('filter_' + f['name'])}: {_value(f, t)}"
        if f["source"] == "question":
            label += f" ({t('from_question')}: «{f['text']}»)"
        chips.append(Chip(label, "/?" + urlencode(kept), f["source"]))
    return chips
