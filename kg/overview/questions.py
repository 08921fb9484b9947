"""Questions that ask for a comparison: «hvordan har målene endret seg fra 2022 til 2024?».

:func:`change_request` reads a word for change and two years, and, where the question gives them, an
organisation (by the names the build's documents use, or the short forms its Organisation entities give) and
what kind of thing (goals, steering parameters, assignments, grant schemes). It leads a question from search
to the changes page; it never answers the question itself.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from kg.documents.facets import DocumentFacets
from kg.mentions.text import norm
from kg.overview.base import Overview

_CHANGE = re.compile(r"\b(endr\w*|forandr\w*|forskjell\w*|sammenlign\w*|sammenlikn\w*|skiller|nytt|fjernet|"
                     r"chang\w*|differ\w*|compar\w*|removed|dropped|added|new)\b", re.I)
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")
#: Most specific first: «styringsparametere for målene» asks about parameters.
_TYPES = (
    ("SteeringParameter", re.compile(r"styringsparamet\w*|steering parameters?|indikator\w*|indicators?", re.I)),
    ("Assignment", re.compile(r"\b(oppdrag\w*|assignments?)\b", re.I)),
    ("GrantScheme", re.compile(r"tilskudd\w*|tilskotsordning\w*|\bgrants?\b|grant schemes?", re.I)),
    ("Goal", re.compile(r"\b(\w*mål(ene|et|a)?|målsetting\w*|goals?|objectives?)\b", re.I)),
)


@dataclass(frozen=True)
class ChangeRequest:
    """A comparison a question asks for: years, and the organisation and type where it names them."""

    first: int
    second: int
    organisation: str | None = None
    type: str | None = None

    @property
    def url(self) -> str:
        """The changes page (and API) answering the question."""
        params: dict[str, Any] = {"organisation": self.organisation} if self.organisation else {}
        params |= {"from": self.first, "to": self.second}
        if self.type:
            params["type"] = self.type
        return f"/changes?{urlencode(params)}"

    def as_json(self) -> dict[str, Any]:
        return {"kind": "changes", "url": self.url, "from": self.first, "to": self.second,
                "organisation": self.organisation, "type": self.type}


def change_request(question: str, facets: Mapping[str, DocumentFacets],
                   aliases: Mapping[str, str] | None = None) -> ChangeRequest | None:
    """The comparison ``question`` asks for, or ``None`` when it asks for none (no word for change, or not two
    different years). ``facets`` are the build's documents; ``aliases`` maps other names (normalised, as
    :func:`kg.mentions.text.norm` gives them) to an organisation's full name."""
    if not _CHANGE.search(question):
        return None
    years = sorted({int(y) for y in _YEAR.findall(question)})
    if len(years) != 2:
        return None
    first, second = years
    type_ = next((name for name, pattern in _TYPES if pattern.search(question)), None)
    owners = {f.doc_id: owner for f in facets.values() if (owner := _owner(f))}
    return ChangeRequest(first, second, _named(question, set(owners.values()), aliases or {})
                         or _only_one(facets, owners, first, second), type_)


def _owner(f: DocumentFacets) -> str | None:
    return f.addressee if f.kind == "tildelingsbrev" and f.addressee else f.organisation


def _named(question: str, owners: set[str], aliases: Mapping[str, str]) -> str | None:
    """The organisation the question names: the longest name of one found as whole words."""
    asked = f" {norm(question)} "
    names = {norm(o): o for o in owners} | {k: v for k, v in aliases.items() if v in owners}
    found = [(len(name), owner) for name, owner in names.items() if name and f" {name} " in asked]
    return max(found)[1] if found else None


def _only_one(facets: Mapping[str, DocumentFacets], owners: Mapping[str, str], first: int,
              second: int) -> str | None:
    """The organisation, when only one has documents for both years."""
    by_year: dict[int, set[str]] = {}
    for f in facets.values():
        if f.year in (first, second) and f.doc_id in owners:
            by_year.setdefault(f.year, set()).add(owners[f.doc_id])
    both = by_year.get(first, set()) & by_year.get(second, set())
    return next(iter(both)) if len(both) == 1 else None


def see_also(question: str, overview: Overview) -> list[dict[str, Any]]:
    """Pages that answer ``question`` better than passages do: the changes page for a comparison question."""
    asked = change_request(question, overview.facets, overview.aliases)
    return [asked.as_json()] if asked else []
