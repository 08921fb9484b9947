"""The search page answering the foster-home question on the real build, kept as a screenshot artefact."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from tests.ui.conftest import ARTIFACTS

pytestmark = pytest.mark.slow


def test_search_page_answers_the_foster_home_question(page: Any, full_server: str) -> None:
    page.goto(full_server + "/")
    page.get_by_label("Spørsmål").fill("Hvilke tiltak skal motvirke mangelen på fosterhjem?")
    page.get_by_role("button", name="Søk", exact=True).click()
    answers = page.locator("#entity-answers > li")
    expect(answers.first).to_be_visible()
    expect(answers.first.locator(".badge")).to_have_text("Tiltak")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "search-fosterhjem.png"), full_page=False)
    answers.first.locator("a.cite").first.click()
    expect(page.locator("mark#cited")).to_be_visible()
