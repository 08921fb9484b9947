"""The reference list: each cited document once, its pages cited, in the APA-like Norwegian style."""

from __future__ import annotations

import re

from kg.artefacts import Build
from kg.documents.facets import facets_by_doc
from kg.tables import Citation, TableData, answer, parse_query
from kg.tables.references import as_text, citations_of, page_ranges, references


def _citation(doc: str, page: int | None, estimate: int | None = None) -> Citation:
    return Citation(doc, doc, "Årsrapport 2024", "Barne-, ungdoms- og familiedirektoratet", 2024, "årsrapport",
                    0, 1, page, estimate)


def test_page_ranges_join_consecutive_pages() -> None:
    assert page_ranges([16, 12, 15, 12]) == "12, 15–16"
    assert page_ranges([3, 4, 5, 9]) == "3–5, 9"


def test_one_reference_per_document_with_every_page_cited() -> None:
    refs = references([_citation("a", 15), _citation("a", 12), _citation("a", 16), _citation("a", None, 20)])
    assert len(refs) == 1
    assert refs[0].text() == ("Barne-, ungdoms- og familiedirektoratet. (2024). *Årsrapport 2024* [Årsrapport]. "
                              "s. 12, 15–16; ca. s. 20.")
    assert refs[0].text("en").endswith("[Annual report]. p. 12, 15–16; approx. p. 20.")
    untitled = references([Citation("n", "n", "Hvordan går det?", None, None, "nyhet", 0, 1, None, None)])
    assert untitled[0].text() == "*Hvordan går det?* (u.å.). [Nyhet]."


def test_a_tables_references_cite_each_document_of_its_rows_once(tables: TableData) -> None:
    result = answer(tables, "Evaluation", parse_query())
    refs = references(c for row in result.matching for c in row.sources)
    cited = {c.doc for row in result.matching for c in row.sources}
    assert sorted(r.doc for r in refs) == sorted(cited)
    for ref in refs:
        pages = {c.page for row in result.matching for c in row.sources if c.doc == ref.doc and c.page}
        assert set(ref.pages) == pages
    lines = as_text(refs).splitlines()
    assert len(lines) == len(refs)
    assert all(re.fullmatch(r"- .+\. \((\d{4}|u\.å\.)\)\. \*.+\* \[[A-ZÆØÅ][a-zæøå]+\]\..*", line) for line in lines)


def test_search_sources_become_references(collection_build: Build) -> None:
    """A search answer's sources (file name, span, page) give the same kind of list."""
    facets = facets_by_doc(collection_build.documents())
    sources = [{"doc": "c1.txt", "start": 10, "end": 20, "page": 3}, {"doc": "c1.txt", "start": 50, "end": 60,
               "page": [4, 5]}, {"doc": "c4.txt", "start": 1, "end": 9, "page": None}, {"doc": "gone.txt"}]
    refs = references(citations_of(sources, facets))
    assert [(r.doc, r.pages, r.citations) for r in refs] == [("c1.txt", (3, 4), 2), ("c4.txt", (), 1)]
    assert refs[1].text().startswith("Oslo Economics. (2020). *Nærmere hjem?")
