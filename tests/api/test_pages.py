"""The search page: passages with the question's words marked as whole words, citations by document title."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from api.routers.pages import passage_html

HTML = {"Accept": "text/html"}
TEXT = "Mangelen på fosterhjem er stor, og mange barn venter. Fosterhjemsmangelen rammer mange kommuner."


def marked(html: str) -> list[str]:
    return re.findall(r"<mark>(.*?)</mark>", html)


def test_passage_marks_whole_words_only() -> None:
    assert marked(passage_html(TEXT, "mange barn")) == ["barn"]  # not "Mange" inside "Mangelen"
    assert marked(passage_html(TEXT, "Hva gjøres med mangelen?")) == ["Mangelen", "Fosterhjemsmangelen"]
    assert marked(passage_html(TEXT, "fosterhjem")) == ["fosterhjem", "Fosterhjemsmangelen"]


def test_passage_text_stays_escaped() -> None:
    assert str(passage_html("<b>barn</b> & unge", "barn")) == "&lt;b&gt;<mark>barn</mark>&lt;/b&gt; &amp; unge"


def test_search_page_marks_words_and_cites_by_title(client: TestClient) -> None:
    doc = client.get("/documents").json()[0]
    page = client.get("/", params={"q": "Hvem evaluerer barnevernsreformen?"}, headers=HTML).text
    words = marked(page)
    assert words and all(re.fullmatch(r"\w+", w) for w in words)
    assert f"<cite>{doc['title'] or doc['name']}</cite>" in page
    assert "None" not in page.split('id="passage-results"', 1)[1]
