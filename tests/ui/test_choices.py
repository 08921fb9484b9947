"""In a browser: a goal number two goals share opens a choice, and each choice opens its goal page."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import expect

from api.main import create_app
from api.settings import Settings
from tests.api.conftest import shared_number_settings  # noqa: F401 - shared
from tests.api.live import uvicorn_thread


@pytest.fixture(scope="module")
def shared_url(shared_number_settings: Settings) -> Iterator[str]:  # noqa: F811 - the fixture above
    with uvicorn_thread(create_app(shared_number_settings)) as url:
        yield url


def test_shared_goal_number_lets_the_reader_choose(page: Any, shared_url: str) -> None:
    page.goto(shared_url + "/goals/1")
    expect(page.locator("h1")).to_contain_text("Flere mål har nummer 1")
    choices = page.locator("#goal-choices > li > a")
    expect(choices).to_have_count(2)
    expect(page.locator("#goal-choices cite").first).to_be_visible()  # the document each goal was read from
    page.locator("#goal-choices a[href='/goals/goal/1-tidlig-hjelp']").click()
    expect(page.locator("h1")).to_contain_text("Barn og familier skal få tidlig hjelp")


def test_error_page_in_the_chosen_language(page: Any, shared_url: str) -> None:
    page.goto(shared_url + "/entities/goal/999?lang=en")
    expect(page.locator("h1")).to_contain_text("Page not found")
    page.goto(shared_url + "/entities/goal/998")  # the choice is remembered
    expect(page.locator("h1")).to_contain_text("Page not found")
    page.goto(shared_url + "/entities/goal/998?lang=nb")
    expect(page.locator("h1")).to_contain_text("Fant ikke siden")
