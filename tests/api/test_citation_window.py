"""A citation page of a large document sends a bounded window around the span, with links to page through the rest."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from api.settings import Settings
from api.textwindow import CONTEXT, PAGE, SNAP, snap_back, snap_forward, window
from kg.artefacts import BuildWriter
from kg.documents.base import Document

HTML = {"Accept": "text/html"}
LINE = "Direktoratet skal styrke arbeidet med fosterhjem – linje {:06d} <&> «sitat»\n"


def big_text(lines: int) -> str:
    return "".join(LINE.format(i) for i in range(lines))


@pytest.fixture(scope="module")
def big() -> str:
    return big_text(30_000)  # ~2.3 million characters


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory, big: str) -> Iterator[TestClient]:
    """A build holding only the large document (no passages, graph or index: the document pages need none)."""
    data = tmp_path_factory.mktemp("big") / "var"
    writer = BuildWriter(data)
    writer.write_documents([Document(id="big", name="stor.txt", path="stor.txt", media_type="text/plain", text=big),
                            Document(id="small", name="liten.txt", path="liten.txt", media_type="text/plain",
                                     text="Kort dokument.\nTo linjer.\n")])
    writer.write_passages([])
    writer.commit({"documents": 2})
    with TestClient(create_app(Settings(data=data, sparql_workers=1))) as test_client:
        yield test_client


def shown(page: str) -> tuple[str, str | None]:
    """The document text a page shows (unescaped), and the marked part of it."""
    pre = re.search(r'<pre class="doc-text">(.*?)</pre>', page, re.S)
    assert pre is not None
    mark = re.search(r'<mark id="cited"[^>]*>(.*?)</mark>', pre.group(1), re.S)
    text = re.sub(r"</?mark[^>]*>", "", pre.group(1))
    return html.unescape(text), html.unescape(mark.group(1)) if mark else None


def links(page: str) -> dict[str, str]:
    return {rel: html.unescape(href) for href, rel in re.findall(r'<a href="([^"]+)" rel="(prev|next)">', page)}


def test_window_edges_are_line_boundaries_and_hold_the_span(big: str) -> None:
    start = len(big) // 2 + 17
    view = window(big, start, start + 40)
    assert view.mark_start == start and view.mark_end == start + 40
    assert big[view.lo - 1] == "\n" and big[view.hi - 1] == "\n"
    assert start - CONTEXT - SNAP <= view.lo <= start - CONTEXT
    assert start + 40 + CONTEXT <= view.hi <= start + 40 + CONTEXT + SNAP
    assert view.earlier is not None and view.later == view.hi
    first = window(big, 5, 10)
    assert first.lo == 0 and first.earlier is None
    last = window(big, len(big) - 3, len(big))
    assert last.hi == len(big) and last.later is None


def test_window_without_line_breaks_is_still_bounded() -> None:
    text = "x" * 500_000
    view = window(text, 250_000, 250_010)
    assert view.hi - view.lo <= 2 * CONTEXT + 10
    assert snap_back(text, 1000) == 1000 and snap_forward(text, 1000) == 1000


def test_a_citation_page_sends_a_window_not_the_document(client: TestClient, big: str) -> None:
    start = len(big) // 2 + 100
    end = start + 60
    page = client.get("/documents/big/text", params={"start": start, "end": end}, headers=HTML)
    assert page.status_code == 200
    assert len(page.content) < 3 * (2 * CONTEXT + 2 * SNAP) * 2  # about 100 kB, not the 2.3 MB document
    text, marked = shown(page.text)
    assert marked == big[start:end]
    lo = big.index(text)  # the window is one stretch of the document, cut at line boundaries
    assert big[lo - 1] == "\n" and text.endswith("\n")
    assert lo <= start and lo + len(text) >= end
    assert '<a href="#cited">' in page.text  # the jump link stays on the page
    assert set(links(page.text)) == {"prev", "next"}
    # The JSON form is unchanged: the span itself.
    assert client.get("/documents/big/text", params={"start": start, "end": end}).json()["text"] == big[start:end]


def test_paging_links_walk_the_whole_document_and_keep_the_span(client: TestClient, big: str) -> None:
    start, end = 1_000_000, 1_000_050
    url = f"/documents/big/text?start={start}&end={end}&at=0"
    pieces: list[str] = []
    marked_pages = 0
    for _ in range(len(big) // PAGE + 5):
        page = client.get(url, headers=HTML)
        assert page.status_code == 200
        text, marked = shown(page.text)
        pieces.append(text)
        if marked is not None:
            marked_pages += 1
            assert marked in big[start:end]
        else:  # away from the span, the jump link leads back to it
            assert f'href="/documents/big/text?start={start}&amp;end={end}#cited"' in page.text
        nxt = links(page.text).get("next")
        if nxt is None:
            break
        assert f"start={start}" in nxt and f"end={end}" in nxt
        url = nxt
    assert "".join(pieces) == big  # later, later, later...: every character once, in order
    assert marked_pages >= 1
    earlier = links(client.get(url, headers=HTML).text)["prev"]
    text, _ = shown(client.get(earlier, headers=HTML).text)
    assert len(text) <= PAGE + SNAP and text in big


def test_a_long_span_is_marked_in_part_and_said_so(client: TestClient, big: str) -> None:
    page = client.get("/documents/big/text", params={"start": 10}, headers=HTML)  # to the end: 2.3 M characters
    assert page.status_code == 200 and len(page.content) < 500_000
    text, marked = shown(page.text)
    assert marked and big[10:].startswith(marked) and len(marked) < len(big) // 10
    assert "bare en del av det er vist her" in page.text
    assert "next" in links(page.text)


def test_the_document_page_is_windowed_too(client: TestClient, big: str) -> None:
    page = client.get("/documents/big", headers=HTML)
    assert page.status_code == 200 and len(page.content) < 300_000
    text, marked = shown(page.text)
    assert marked is None and big.startswith(text)
    nxt = links(page.text)["next"]
    assert nxt.startswith("/documents/big?at=")
    text2, _ = shown(client.get(nxt, headers=HTML).text)
    assert big.startswith(text + text2)
    small = client.get("/documents/liten", headers=HTML).text
    assert shown(small) == ("Kort dokument.\nTo linjer.\n", None) and not links(small)  # short: no paging


def test_a_window_outside_the_document_is_its_end(client: TestClient, big: str) -> None:
    page = client.get("/documents/big/text", params={"start": 5, "end": 9, "at": 10**9}, headers=HTML)
    assert page.status_code == 200
    text, marked = shown(page.text)
    assert text == "" and marked is None and "prev" in links(page.text)


def test_citation_pages_across_the_document_are_each_bounded(client: TestClient) -> None:
    """Every citation page is a bounded slice of the one cached text (the memory under ten concurrent requests
    is measured by ``python -m benchmarks.citation``)."""
    sizes = [len(client.get("/documents/big/text", params={"start": s, "end": s + 10}, headers=HTML).content)
             for s in range(0, 2_000_000, 200_000)]
    assert max(sizes) < 150_000
