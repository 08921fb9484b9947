"""Search filters by document facet: organisation, year (or a span of years) and kind.

A filter comes from the request (``organisation=``, ``year=``, ``kind=``: it hides every other
document) or is read from the question ("i 2019", "tildelingsbrevet", "Bufdir": it ranks the
matching documents' passages and entities first and hides nothing). Both test a document's
:class:`~kg.documents.facets.DocumentFacets`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from kg.documents.facets import KIND_NAMES_EN, DocumentFacets
from kg.errors import QueryError

NAMES = ("organisation", "year", "kind")
#: Kinds a filter may name, Norwegian or English (the English names of ``KIND_NAMES_EN``, plus plurals).
KIND_ALIASES: dict[str, str] = {
    **{k: k for k in KIND_NAMES_EN}, **{en: k for k, en in KIND_NAMES_EN.items()},
    **{f"{en}s": k for k, en in KIND_NAMES_EN.items() if not en.endswith("s")},
    "strategy": "strategi", "strategies": "strategi", "news": "nyhet", "press releases": "pressemelding",
}
_YEAR = re.compile(r"[0-9]{4}")


@dataclass(frozen=True)
class YearSpan:
    """Years from ``first`` to ``last``, both included; an open end is ``None``."""

    first: int | None
    last: int | None

    def holds(self, year: int | None) -> bool:
        return year is not None and (self.first is None or year >= self.first) and (
            self.last is None or year <= self.last)

    def as_json(self) -> int | dict[str, int | None]:
        if self.first is not None and self.first == self.last:
            return self.first
        return {"from": self.first, "to": self.last}


@dataclass(frozen=True)
class SearchFilter:
    """One filter: ``mode`` is ``filter`` (hide other documents) or ``prefer`` (rank matching ones first).

    ``value`` is the canonical kind, the organisation's name as the documents give it (or as asked), or a
    :class:`YearSpan`; ``text`` the words of the question or the request value it was read from.
    """

    name: str
    value: str | YearSpan
    source: str
    mode: str
    text: str
    names: tuple[str, ...] = ()

    def matches(self, facets: DocumentFacets) -> bool:
        """Whether a document has this facet value (an organisation as issuer, addressee or commissioner)."""
        if isinstance(self.value, YearSpan):
            return self.value.holds(facets.year)
        if self.name == "kind":
            return facets.kind == self.value
        wanted = {n.casefold() for n in (self.names or (self.value,))}
        return any(o is not None and o.casefold() in wanted for o in facets.organisations)

    def as_json(self) -> dict[str, Any]:
        value = self.value.as_json() if isinstance(self.value, YearSpan) else self.value
        return {"name": self.name, "value": value, "source": self.source, "mode": self.mode, "text": self.text}


@dataclass(frozen=True)
class FilterSet:
    """The filters of one search: those that hide documents and those that only rank them."""

    filters: tuple[SearchFilter, ...] = ()

    @property
    def hiding(self) -> tuple[SearchFilter, ...]:
        return tuple(f for f in self.filters if f.mode == "filter")

    @property
    def preferring(self) -> tuple[SearchFilter, ...]:
        return tuple(f for f in self.filters if f.mode == "prefer")

    def admits(self, facets: DocumentFacets | None) -> bool:
        """Whether a document passes every hiding filter (one filter name's values are alternatives)."""
        return _all_names_match(self.hiding, facets)

    def prefers(self, facets: DocumentFacets | None) -> bool:
        """Whether a document matches every preference read from the question."""
        return _all_names_match(self.preferring, facets)

    def key(self) -> tuple[tuple[str, str, str], ...]:
        """What distinguishes two filter sets for the result cache."""
        return tuple(sorted((f.name, repr(f.value), f.mode) for f in self.filters))

    def as_json(self) -> list[dict[str, Any]]:
        return [f.as_json() for f in self.filters]


def _all_names_match(filters: tuple[SearchFilter, ...], facets: DocumentFacets | None) -> bool:
    if not filters:
        return True
    if facets is None:
        return False
    return all(any(f.matches(facets) for f in filters if f.name == name)
               for name in {f.name for f in filters})


def checked_kind(kind: str) -> str:
    """The product's kind for a Norwegian or English kind name; an unknown one is a :class:`QueryError`."""
    canonical = KIND_ALIASES.get(" ".join(kind.split()).casefold())
    if canonical is None:
        known = ", ".join(sorted({*KIND_NAMES_EN, *KIND_NAMES_EN.values()}))
        raise QueryError(f"kind: unknown kind {kind!r}; use one of: {known}")
    return canonical


def checked_year(value: str | int | None, parameter: str) -> int | None:
    """A four-digit year, or ``None`` for a blank value; anything else is a :class:`QueryError` naming it."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text = str(value).strip()
    if not _YEAR.fullmatch(text):
        raise QueryError(f"{parameter}: {text!r} is not a year; write four digits, e.g. 2019")
    return int(text)


def requested_filters(organisation: str | None = None, year: str | int | None = None,
                      year_from: str | int | None = None, year_to: str | int | None = None,
                      kind: str | None = None) -> tuple[SearchFilter, ...]:
    """Filters given with the request, checked: a bad year or an unknown kind names its parameter.

    An organisation is kept as asked; :func:`kg.search.filter_cues.OrganisationNames.resolve` widens it
    to every name the build knows for it.
    """
    out: list[SearchFilter] = []
    if organisation is not None and organisation.strip():
        name = " ".join(organisation.split())
        out.append(SearchFilter("organisation", name, "request", "filter", name))
    single = checked_year(year, "year")
    first, last = checked_year(year_from, "year_from"), checked_year(year_to, "year_to")
    if single is not None and (first is not None or last is not None):
        raise QueryError("year: give either year or year_from/year_to, not both")
    if first is not None and last is not None and first > last:
        raise QueryError(f"year_from: {first} is after year_to {last}")
    if single is not None:
        out.append(SearchFilter("year", YearSpan(single, single), "request", "filter", str(single)))
    elif first is not None or last is not None:
        text = f"{first or ''}–{last or ''}"
        out.append(SearchFilter("year", YearSpan(first, last), "request", "filter", text))
    if kind is not None and kind.strip():
        out.append(SearchFilter("kind", checked_kind(kind), "request", "filter", kind.strip()))
    return tuple(out)


def checked_ignore(ignore: str | list[str] | tuple[str, ...] | None) -> frozenset[str]:
    """Names of question-read filters to switch off (``ignore=year,kind``); an unknown name is refused."""
    if ignore is None:
        return frozenset()
    parts = [ignore] if isinstance(ignore, str) else list(ignore)
    names = {n.strip().casefold() for part in parts for n in part.split(",") if n.strip()}
    unknown = sorted(names - set(NAMES))
    if unknown:
        raise QueryError(f"ignore: unknown filter {unknown[0]!r}; use one of: {', '.join(NAMES)}")
    return frozenset(names)
