"""Stable IRIs: derived from normalised codes and labels, never from counters or run order."""

from __future__ import annotations

from kg.graph.namespaces import ID
from kg.mentions.base import Key
from kg.mentions.text import slug

FOLDERS = {"Goal": "goal", "SteeringParameter": "steering-parameter", "Measure": "measure",
           "GrantScheme": "grant-scheme", "BudgetPost": "budget-post", "Report": "report", "Evaluation": "report",
           "Organisation": "organisation", "Reform": "reform",
           "Assignment": "assignment"}


def entity_iri(type_: str, key: Key, label: str, attrs: dict[str, object]) -> str:
    """The IRI of an entity from its type, resolution key and canonical label."""
    folder = FOLDERS[type_]
    if type_ == "Goal":
        part = f"-{slug(str(attrs.get('part')))}" if attrs.get("part") else ""
        title = str(attrs.get("title") or label.split(":", 1)[-1])
        number = attrs.get("number") if attrs.get("number") is not None else slug(str(attrs.get("notation") or "x"))
        level = "" if attrs.get("level") in (None, "", "mål", "hovedmål", "hovudmål", "delmål", "virksomhetsmål") \
            else f"{slug(str(attrs['level']))}-"
        name = f"{level}{number}{part}-{slug(title, 60)}"
    elif type_ == "SteeringParameter":
        code = str(attrs.get("code") or key[1])
        name = f"{slug(code)}-{slug(label, 60)}" if code else slug(label, 60)
    elif type_ == "BudgetPost":
        name = f"{key[1]}-{key[2]}"
    else:
        name = slug(" ".join(key[1:]), 90)
    return f"{ID}{folder}/{name}"
