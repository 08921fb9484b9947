"""The web pages in a real browser: search, citations, goal navigation, SPARQL editor, language, keyboard."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import expect


def in_viewport(page: Any, selector: str) -> bool:
    return bool(page.eval_on_selector(selector, """el => { const r = el.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight; }"""))


def test_search_answers_first_and_citation_opens_marked_span(page: Any, live_url: str) -> None:
    page.goto(live_url + "/")
    page.get_by_label("Spørsmål").fill("Hvem gjennomfører følgeevalueringen av barnevernsreformen?")
    page.get_by_role("button", name="Søk", exact=True).click()
    answers, passages = page.locator("#entity-answers"), page.locator("#passage-results")
    expect(passages).to_be_visible()
    assert page.evaluate("""() => { const a = document.querySelector('#answers-h'), p = document.querySelector('#passages-h');
        return !!(a.compareDocumentPosition(p) & Node.DOCUMENT_POSITION_FOLLOWING); }""")
    assert page.locator("mark").count() > 0
    first = (answers if answers.count() else passages).locator("a.cite").first
    href = first.get_attribute("href")
    assert href and "#cited" in href
    first.click()
    mark = page.locator("mark#cited")
    expect(mark).to_be_visible()
    assert in_viewport(page, "mark#cited")
    assert mark.inner_text().strip()


def test_goal_page_evaluations_lead_back(page: Any, live_url: str) -> None:
    page.goto(live_url + "/goals/1")
    links = page.locator("#goal-evaluations > li > a")
    expect(links).to_have_count(2)
    for i in range(links.count()):
        page.goto(live_url + "/goals/1")
        page.locator("#goal-evaluations > li > a").nth(i).click()
        back = page.locator("#evaluation-goals a[href='/goals/goal/1']")
        expect(back).to_be_visible()
        back.click()
        expect(page.locator("h1")).to_contain_text("Mål 1")


def test_entity_page_draws_its_neighbourhood(page: Any, live_url: str) -> None:
    page.goto(live_url + "/entities/reform/barnevernsreformen")
    svg = page.locator("svg.graph")
    expect(svg).to_be_visible()
    assert svg.locator("circle").count() == 3  # the reform, its goal and its evaluation
    svg.locator("a[href='/entities/goal/1']").click()
    expect(page.locator("h1")).to_contain_text("Mål 1")


def test_sparql_editor_highlights_runs_examples_and_shows_errors(page: Any, live_url: str) -> None:
    page.goto(live_url + "/sparql")
    assert page.locator("#highlight .tok-kw").count() > 3
    assert page.locator("#highlight .tok-var").count() > 0
    page.get_by_role("button", name="Tiltak mot mangelen på fosterhjem").click()
    assert "bk:Measure" in page.locator("#query").input_value()
    expect(page.locator("#highlight")).to_contain_text("bk:Measure")
    page.get_by_role("button", name="Kjør spørring").click()
    expect(page.locator("#results table tbody tr")).to_have_count(2)
    expect(page.locator("#results")).to_contain_text("Nasjonal rekrutteringskampanje for fosterhjem")
    page.locator("#query").fill("SELECT ?s WHERE { ?s ?p }")
    page.get_by_role("button", name="Kjør spørring").click()
    expect(page.locator("#results .alert")).to_contain_text("error at 1:")


def test_language_switch_and_skip_link(page: Any, live_url: str) -> None:
    page.goto(live_url + "/")
    assert page.get_attribute("html", "lang") == "nb"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.get_by_role("link", name="English").click()
    assert page.get_attribute("html", "lang") == "en"
    expect(page.get_by_label("Question")).to_be_visible()
    page.goto(live_url + "/goals/1")  # the choice is remembered
    expect(page.locator("h2#h-e")).to_have_text("Evaluations")


def test_sparql_results_link_only_http_iris(page: Any, live_url: str) -> None:
    """A ``javascript:`` (or any non-http) IRI in a result is shown as text, never as a link that runs it."""
    page.goto(live_url + "/sparql")
    page.locator("#query").fill(
        "SELECT ?x WHERE { VALUES ?x { <javascript:alert(document.domain)> <JavaScript:alert(1)> "
        "<data:text/html,hei> <mailto:post@bufdir.no> <https://example.org/a> <http://example.org/b> "
        "<https://w3id.org/bufdir-kg/id/goal/1> } }"
    )
    page.get_by_role("button", name="Kjør spørring").click()
    rows = page.locator("#results table tbody tr")
    expect(rows).to_have_count(7)
    expect(page.locator("#results")).to_contain_text("javascript:alert(document.domain)")
    hrefs = page.eval_on_selector_all("#results a", "els => els.map(a => a.getAttribute('href'))")
    assert sorted(hrefs) == ["/entities/goal/1", "http://example.org/b", "https://example.org/a"]
    rule = page.evaluate("""() => ["javascript:alert(1)", " https://x.org", "https://x.org/a b", "vbscript:x",
        "https://example.org/ok"].map(window.sparqlLinkHref)""")
    assert rule == [None, None, None, None, "https://example.org/ok"]
