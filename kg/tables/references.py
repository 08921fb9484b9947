"""A reference list (kildeliste): each cited document once, with the pages cited, in an APA-like style.

``Barne-, ungdoms- og familiedirektoratet. (2024). *Årsrapport 2024* [Årsrapport]. s. 12, 15–16.``
Works for a table's rows and for any other list of sources (a search result's) through :func:`citations_of`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from kg.documents.facets import KIND_NAMES_EN, DocumentFacets
from kg.tables.base import Citation

#: "no date", "page(s)", "about" in Norwegian and English.
WORDS = {"nb": ("u.å.", "s.", "ca."), "en": ("n.d.", "p.", "approx.")}


@dataclass(frozen=True)
class Reference:
    """One cited document: who, when, what, and the pages cited (certain ones, then estimated ones)."""

    doc: str
    organisation: str | None
    year: int | None
    title: str
    kind: str
    pages: tuple[int, ...]
    estimated: tuple[int, ...]
    citations: int

    def parts(self, lang: str = "nb") -> tuple[str, str, str]:
        """What comes before the title, the title, and what comes after it (for a page to set the title in italics)."""
        no_date, page_word, about = WORDS.get(lang, WORDS["nb"])
        kind = self.kind if lang != "en" else KIND_NAMES_EN.get(self.kind, self.kind)
        when = f"({self.year if self.year is not None else no_date})."
        pages = [f"{page_word} {page_ranges(self.pages)}"] if self.pages else []
        if self.estimated:  # pages only estimated from the text's position are said to be so
            pages.append(f"{about} {page_word} {page_ranges(self.estimated)}")
        tail = f" [{kind[:1].upper() + kind[1:]}]." + (f" {'; '.join(pages)}." if pages else "")
        if self.organisation:
            return f"{self.organisation}. {when} ", self.title, tail
        stop = "" if self.title.endswith(("?", "!", ".")) else "."  # no second stop after "…?"
        return "", self.title, f"{stop} {when}{tail}"

    def text(self, lang: str = "nb", markdown: bool = True) -> str:
        """The reference as one line; the title in ``*italics*`` when ``markdown``."""
        before, title, after = self.parts(lang)
        return f"{before}*{title}*{after}" if markdown else f"{before}{title}{after}"

    @property
    def url(self) -> str:
        """The cited document's page."""
        return f"/documents/{self.doc}"

    def as_json(self, lang: str = "nb") -> dict[str, Any]:
        """The reference as the API gives it, with its text in ``lang``."""
        return {"doc": self.doc, "organisation": self.organisation, "year": self.year, "title": self.title,
                "kind": self.kind, "pages": list(self.pages), "pages_estimated": list(self.estimated),
                "citations": self.citations, "url": self.url, "text": self.text(lang)}


def page_ranges(pages: Iterable[int]) -> str:
    """``12, 15–16``: sorted pages, runs of consecutive pages joined by an en dash."""
    ordered = sorted(set(pages))
    runs: list[list[int]] = []
    for p in ordered:
        if runs and p == runs[-1][-1] + 1:
            runs[-1].append(p)
        else:
            runs.append([p])
    return ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}–{r[-1]}" for r in runs)


def references(citations: Iterable[Citation]) -> list[Reference]:
    """Each cited document once, ordered by organisation, year and title (as a reference list is)."""
    by_doc: dict[str, list[Citation]] = {}
    for c in citations:
        by_doc.setdefault(c.doc_id or c.doc, []).append(c)
    out = []
    for cited in by_doc.values():
        first = cited[0]
        pages = {c.page for c in cited if c.page is not None}
        estimated = {c.page_estimate for c in cited if c.page is None and c.page_estimate is not None} - pages
        out.append(Reference(first.doc, first.organisation, first.year, first.title, first.kind,
                             tuple(sorted(pages)), tuple(sorted(estimated)), len(cited)))
    return sorted(out, key=lambda r: ((r.organisation or r.title).casefold(), r.year or 0, r.title.casefold()))


def citations_of(sources: Iterable[Mapping[str, Any]], facets: Mapping[str, DocumentFacets],
                 organisation: Mapping[str, str] | None = None) -> list[Citation]:
    """Citations of plain source records (``doc``/``doc_id``, ``start``, ``end``, ``page``, ``page_estimate``),
    such as a search result's, so :func:`references` can list them."""
    out = []
    for s in sources:
        f = facets.get(s.get("doc_id") or "") or facets.get(s.get("doc") or "")
        if f is None:
            continue
        page = s.get("page")
        first = page[0] if isinstance(page, list | tuple) else page
        org = (organisation or {}).get(f.organisation or "", f.organisation)
        out.append(Citation(f.name, f.doc_id, f.title, org, f.year, f.kind, int(s.get("start") or 0),
                            int(s.get("end") or 0), first, s.get("page_estimate")))
    return out


def as_text(refs: list[Reference], lang: str = "nb") -> str:
    """The reference list as Markdown, one reference a line."""
    return "".join(f"- {r.text(lang)}\n" for r in refs)
