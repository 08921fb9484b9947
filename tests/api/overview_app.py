"""The real app serving IMDi's 2022-2024 documents (graph only), and a reader for the pages it draws."""

from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from api.settings import Settings
from kg.artefacts import Build

HTML = {"accept": "text/html"}


@pytest.fixture(scope="module")
def imdi(imdi_build: Build) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(data=imdi_build.path.parent.parent))) as client:
        yield client


class Page(HTMLParser):
    """Links (with the element ids they lie inside), inline scripts and style attributes of a page."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.links: list[tuple[str, tuple[str, ...]]] = []
        self.inline_scripts = self.style_attributes = 0
        self.ids: list[str] = []
        self._open: list[tuple[str, str]] = []
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.style_attributes += "style" in a
        self.inline_scripts += tag == "script" and not a.get("src")
        if a.get("id"):
            self.ids.append(str(a["id"]))
        if tag == "a" and a.get("href"):
            self.links.append((str(a["href"]), tuple(i for _, i in self._open if i)))
        if tag not in ("br", "input", "meta", "link", "img", "hr"):
            self._open.append((tag, str(a.get("id") or "")))

    def handle_endtag(self, tag: str) -> None:
        while self._open and self._open.pop()[0] != tag:
            pass

    def links_in(self, element_id: str) -> list[str]:
        return [href for href, inside in self.links if element_id in inside]
