"""The series and changes pages in a real browser: a chart's point and a change's side open the cited span."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import expect

from api.main import create_app
from api.settings import Settings
from kg.artefacts import Build
from tests.api.live import uvicorn_thread
from tests.overview.conftest import imdi_build  # noqa: F401 - shared


@pytest.fixture(scope="module")
def imdi_url(imdi_build: Build) -> Iterator[str]:  # noqa: F811 - the fixture above
    with uvicorn_thread(create_app(Settings(data=imdi_build.path.parent.parent))) as url:
        yield url


def test_a_chart_point_opens_the_table_row_it_was_read_from(page: Any, imdi_url: str) -> None:
    page.goto(imdi_url + "/entities/grant-scheme/jobbsjansen")
    chart = page.locator("#entity-series-chart-2")
    expect(chart).to_be_visible()
    assert chart.locator("circle").count() == 2
    chart.locator("a").last.click()
    mark = page.locator("mark#cited")
    expect(mark).to_be_visible()
    assert "Tilskudd til Jobbsjansen" in mark.inner_text()


def test_the_changes_form_compares_two_years_and_a_side_opens_its_source(page: Any, imdi_url: str) -> None:
    page.goto(imdi_url + "/changes")
    page.locator("#organisation").select_option(label="Integrerings- og mangfoldsdirektoratet (2022, 2023, 2024)")
    page.locator("#from").fill("2023")
    page.locator("#to").fill("2024")
    page.locator("#type").select_option("Goal")
    page.get_by_role("button", name="Sammenlign").first.click()
    added = page.locator("#changes-table tr[data-status='added']")
    expect(added).to_have_count(1)
    expect(page.locator("#changes-table ins", has_text="samsvar")).to_be_visible()
    added.locator("a.cite").click()
    expect(page.locator("mark#cited")).to_contain_text("Flere innvandrerkvinner")
