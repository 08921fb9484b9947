"""Filters a question names: a year or span of years, a kind of document, an organisation.

Years and kinds are read from Norwegian and English wording ("i 2019", "ved utgangen av 2019",
"2022–2024", "etter 2023", "tildelingsbrevet", "in the 2025 allocation letter"). Organisations are
read by the names the build's own documents give their issuers, addressees and commissioners, widened
by the short names (``Name (ABBR)``) the graph's Organisation entities carry: no list of agencies
is written into the code.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from kg.documents.facets import DocumentFacets
from kg.entities.base import Entity
from kg.search.filters import SearchFilter, YearSpan

_Y = r"((?:19|20)[0-9][0-9])"
_DASH = r"\s*(?:–|—|-|til|to|and|og)\s*"
#: Ranges first: their years are not read again as single years.
_SPANS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"\b(?:fra|from|mellom|between)?\s*{_Y}{_DASH}{_Y}\b", re.IGNORECASE), "between"),
    (re.compile(rf"\b(?:etter|after)\s+{_Y}\b", re.IGNORECASE), "after"),
    (re.compile(rf"\b(?:siden|since|fra og med|f\.o\.m\.)\s+{_Y}\b", re.IGNORECASE), "since"),
    (re.compile(rf"\b(?:før|before)\s+{_Y}\b", re.IGNORECASE), "before"),
)
_YEAR = re.compile(rf"\b(?:(?:ved utgangen av|i løpet av|at the end of|for|i|in|året|år|year|of)\s+)?{_Y}\b",
                   re.IGNORECASE)
KIND_CUES: dict[str, str] = {
    "årsrapport": r"\bårsrapport\w*|\bannual reports?\b",
    "tildelingsbrev": r"\btildelingsbrev\w*|\ballocation letters?\b|\bletters? of allocation\b",
    "evaluering": r"\bevaluering(?:en|er|ene|srapport\w*)?\b|\bevaluations?\b",
    "pressemelding": r"\bpressemelding\w*|\bpress releases?\b",
    "nyhet": r"\bnyhet(?:en|er|ene)?\b|\bnews\b",
    "strategi": r"\bstrategi(?:en|er|ene)?\b|\bstrateg(?:y|ies)\b",
}
_KINDS = {kind: re.compile(p, re.IGNORECASE) for kind, p in KIND_CUES.items()}


def _span(how: str, a: int, b: int | None) -> YearSpan:
    if how == "between":
        assert b is not None
        return YearSpan(min(a, b), max(a, b))
    return {"after": YearSpan(a + 1, None), "since": YearSpan(a, None), "before": YearSpan(None, a - 1)}[how]


def read_years(question: str) -> list[SearchFilter]:
    """Year filters in the order the question names them (each ``prefer``, with its words)."""
    out: list[tuple[int, SearchFilter]] = []
    taken: list[tuple[int, int]] = []
    for pattern, how in _SPANS:
        for m in pattern.finditer(question):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append(m.span())
            b = int(m.group(2)) if how == "between" else None
            span = _span(how, int(m.group(1)), b)
            out.append((m.start(), SearchFilter("year", span, "question", "prefer", m.group(0).strip())))
    for m in _YEAR.finditer(question):
        if not any(s < m.end() and m.start() < e for s, e in taken):
            year = int(m.group(1))
            out.append((m.start(), SearchFilter("year", YearSpan(year, year), "question", "prefer", m.group(0))))
    return [f for _, f in sorted(out, key=lambda x: x[0])]


def read_kinds(question: str) -> list[SearchFilter]:
    """Kinds of document the question names ("tildelingsbrevet", "annual report")."""
    found = [(m.start(), kind, m.group(0)) for kind, p in _KINDS.items() if (m := p.search(question))]
    return [SearchFilter("kind", kind, "question", "prefer", text) for _, kind, text in sorted(found)]


@dataclass(frozen=True)
class OrganisationNames:
    """Every name of each organisation the build's documents are from, to or for, by that name."""

    names: dict[str, tuple[str, ...]]
    pattern: re.Pattern[str] | None

    @classmethod
    def of(cls, facets: Iterable[DocumentFacets], entities: Iterable[Entity] = ()) -> OrganisationNames:
        """From the documents' organisations, widened by the labels of Organisation entities naming them."""
        own = {o for f in facets for o in f.organisations}
        names: dict[str, set[str]] = defaultdict(set)
        for org in own:
            names[org].add(org)
        wanted = {o.casefold(): o for o in own}
        for e in entities:
            if e.type != "Organisation":
                continue
            labels = {e.label, *e.alt_labels}
            for label in labels:
                if label.casefold() in wanted:
                    names[wanted[label.casefold()]].update(labels)
        table = {org: tuple(sorted(ns, key=len, reverse=True)) for org, ns in names.items()}
        words = sorted({n for ns in table.values() for n in ns if len(n) >= 3}, key=len, reverse=True)
        pattern = (re.compile(r"(?<!\w)(" + "|".join(_flexible(w) for w in words) + r")s?(?!\w)")
                   if words else None)
        return cls(table, pattern)

    def orgs_named(self, name: str) -> list[str]:
        """The documents' organisations that ``name`` (full or short, any case) stands for."""
        key = " ".join(name.split()).casefold()
        return [org for org, ns in self.names.items() if any(n.casefold() == key for n in ns)]

    def resolve(self, f: SearchFilter) -> SearchFilter:
        """An organisation filter widened to every name of the organisations it names."""
        orgs = self.orgs_named(str(f.value))
        if not orgs:
            return f
        value = orgs[0] if len(orgs) == 1 else str(f.value)
        names = tuple(sorted({n for o in orgs for n in self.names[o]}))
        return SearchFilter(f.name, value, f.source, f.mode, f.text, names)

    def read(self, question: str) -> list[SearchFilter]:
        """Organisations the question names, each once, in the order named."""
        if self.pattern is None:
            return []
        out: dict[str, SearchFilter] = {}
        for m in self.pattern.finditer(question):
            text = m.group(1)
            for org in self.orgs_named(text):
                if org not in out:
                    out[org] = SearchFilter("organisation", org, "question", "prefer", m.group(0),
                                            self.names[org])
        return list(out.values())


#: Shorter names are read in their own case only: "AID" is a ministry, "aid" a word.
EXACT_CASE_BELOW = 6


def _flexible(name: str) -> str:
    """A name as a pattern that allows any run of spaces (a question may wrap or double them), in any case
    unless it is a short name."""
    body = r"\s+".join(re.escape(part) for part in name.split())
    return body if len(name) < EXACT_CASE_BELOW else f"(?i:{body})"


def read_filters(question: str, organisations: OrganisationNames) -> list[SearchFilter]:
    """Every filter the question names: years, kinds, organisations (all ``prefer``)."""
    return [*read_years(question), *read_kinds(question), *organisations.read(question)]


def without_cues(question: str, filters: Iterable[SearchFilter]) -> str:
    """The question less the words of ``filters`` read from it (a year's digits, a kind word, a name).

    For the lexical ranking only: once a filter ranks its documents first, the words that named it would
    otherwise favour the passages that repeat them (title pages, colophons) over those that answer.
    """
    out = question
    for f in filters:
        if f.source != "question":
            continue
        words = re.findall(r"(?:19|20)[0-9][0-9]", f.text) if f.name == "year" else [f.text]
        for w in words:
            out = re.sub(rf"(?<!\w){re.escape(w)}(?!\w)", " ", out)
    out = " ".join(out.split())
    return out if any(ch.isalnum() for ch in out) else question
