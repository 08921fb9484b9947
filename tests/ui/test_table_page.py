"""The table page in a real browser: reached from search and entity pages, filtered, sorted, paged, downloaded."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from api.main import create_app
from api.settings import Settings
from kg.artefacts import Build
from tests.api.live import uvicorn_thread
from tests.tables.conftest import collection_build  # noqa: F401 - shared fixture


@pytest.fixture(scope="module")
def tables_url(collection_build: Build) -> Iterator[str]:  # noqa: F811 - the fixture imported above
    with uvicorn_thread(create_app(Settings(data=collection_build.path.parent.parent))) as url:
        yield url


def kroner(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def total(page: Any) -> int:
    return int(page.locator("#total").inner_text())


def test_filter_sort_page_and_download(page: Any, tables_url: str, tmp_path: Path) -> None:
    page.goto(tables_url + "/")
    page.locator("#table-links").get_by_role("link", name="Tilskuddsordning").click()
    expect(page.locator("h1")).to_contain_text("Tilskuddsordning")
    everything = total(page)
    in_2019 = int(page.locator("#facet-year li", has_text="2019").locator(".count").inner_text())
    page.get_by_label("År", exact=True).fill("2019")
    page.get_by_role("button", name="Filtrer").click()
    expect(page.locator("#active-filters")).to_contain_text("År: 2019")
    assert total(page) == in_2019 < everything
    page.locator("#table-rows th a[data-col='granted_nok']").click()
    expect(page.locator("#table-rows th[aria-sort='ascending']")).to_contain_text("Innvilget")
    column = page.locator("#table-rows thead th").all_inner_texts().index("Innvilget (kr) ▲")
    cells = page.locator(f"#table-rows tbody td:nth-child({column + 1})").all_inner_texts()
    amounts = [kroner(c) for c in cells if c.strip()]
    assert len(amounts) >= 2 and amounts == sorted(amounts)
    page.locator("#table-rows th a[data-col='granted_nok']").click()
    expect(page.locator("#table-rows th[aria-sort='descending']")).to_be_visible()
    with page.expect_download() as info:
        page.locator("#exports").get_by_role("link", name="CSV").click()
    saved = tmp_path / info.value.suggested_filename
    info.value.save_as(saved)
    assert saved.name == "grantscheme-2019.csv"
    lines = list(csv.reader(saved.read_text(encoding="utf-8-sig").splitlines()))
    at = lines[0].index("Innvilget (kr)")
    downloaded = [int(line[at]) for line in lines[1:] if line[at]]
    assert len(lines) - 1 == in_2019 and downloaded == sorted(amounts, reverse=True)
    expect(page.locator("#references li").first).to_contain_text("(2019)")
    page.locator("#active-filters a").click()
    expect(page.locator("#total")).to_have_text(str(everything))


def test_pages_and_the_way_from_an_entity(page: Any, tables_url: str) -> None:
    page.goto(tables_url + "/tables/BudgetPost?limit=10")
    whole = total(page)
    expect(page.locator("#paging")).to_contain_text(f"1–10 av {whole}")
    page.locator("#paging a[rel=next]").click()
    expect(page.locator("#paging")).to_contain_text(f"11–20 av {whole}")
    page.locator("#table-rows tbody tr a").first.click()
    page.locator("#type-table").click()
    expect(page.locator("h1")).to_contain_text("Budsjettpost")
    assert total(page) == whole
