"""Headless Chromium (Debian's ``chromium``, no browser download) driven by Playwright, against a real server."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.api.conftest import doc_id, full_server, live_url, settings, tiny_build  # noqa: F401 - shared

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    if not CHROMIUM.exists():
        pytest.fail("UI tests need Debian's chromium: apt-get install -y chromium (.ci/run does this)")
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


#: Collects Content-Security-Policy violations in the page (the browser's own event), read back after each test.
WATCH_CSP = """window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", e => window.__cspViolations.push(
    e.violatedDirective + " " + (e.blockedURI || "inline") + " at " + e.sourceFile + ":" + e.lineNumber));"""


@pytest.fixture()
def page(browser: Any) -> Iterator[Any]:
    """A browser tab; a test fails if anything in it broke the Content-Security-Policy (console or event)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nb-NO")
    context.add_init_script(WATCH_CSP)
    tab = context.new_page()
    violations: list[str] = []
    tab.on("console", lambda msg: violations.append(msg.text) if "Content Security Policy" in msg.text else None)
    yield tab
    # The tab may be gone or mid-navigation; the console listener still saw what it saw.
    with contextlib.suppress(Exception):
        violations.extend(tab.evaluate("window.__cspViolations || []"))
    context.close()
    assert not violations, f"Content-Security-Policy violations: {violations}"
