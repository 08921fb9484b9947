"""Citation links say what is known about a source (title, page, section) and never print a missing value."""

from __future__ import annotations

import re
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.i18n import Translator
from api.templating import TEMPLATES

HTML = {"Accept": "text/html"}
CITE = TEMPLATES.env.from_string('{% from "_macros.html" import cite with context %}{{ cite(src) }}')
BASE = {"doc": "rapport.pdf", "start": 10, "end": 20}


def cite(src: dict[str, Any], lang: str = "nb") -> str:
    return CITE.render(src=src, t=Translator(lang), doc_title=lambda key: f"Årsrapport ({key})")


@pytest.mark.parametrize("src", [
    {**BASE, "page": None, "section": {"number": None, "title": None, "path": []}},
    {**BASE, "page": None, "page_estimate": 4, "page_range": [None, 6], "section": {"number": None, "title": "Mål"}},
    {**BASE, "page": None, "page_estimate": 4, "page_range": [3, None], "section": None},
    {**BASE, "page": None, "page_estimate": 4, "page_range": None},
    {**BASE, "page": [], "section": {"number": "3.2", "title": None}},
])
def test_unknown_page_or_section_is_left_out_not_printed(src: dict[str, Any]) -> None:
    for lang in ("nb", "en"):
        link = cite(src, lang)
        said = re.sub(r"<[^>]+>", "", link)
        assert "None" not in said and "?" not in said and not said.rstrip().endswith(("–", ",", "(")), said
        assert "<cite>Årsrapport (rapport.pdf)</cite>" in link


def test_known_page_range_and_section_are_said() -> None:
    link = cite({**BASE, "page": None, "page_estimate": 4, "page_range": [3, 6],
                 "section": {"number": "3.2", "title": "Fosterhjem"}})
    assert "ca. side 4 (s. 3–6)" in link and "– 3.2 Fosterhjem</a>" in link
    assert ", side 7" in cite({**BASE, "page": [7, 8]})
    assert "fra s. 3" in cite({**BASE, "page_estimate": 4, "page_range": [3, None]})


def test_entity_page_cites_documents_by_title_without_none(client: TestClient) -> None:
    doc = client.get("/documents").json()[0]
    page = client.get("/entities/goal/1", headers=HTML).text
    sources = page.split('<ul class="sources">', 1)[1]
    assert f"<cite>{doc['title'] or doc['name']}</cite>" in sources
    assert "None" not in sources
