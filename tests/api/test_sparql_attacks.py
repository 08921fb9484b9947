"""Attacks on the public SPARQL endpoint, each reproduced against a real server: none may take it down,
make it call another address, or hold it past the time limit."""

from __future__ import annotations

import dataclasses
import socket
import threading
import time
from collections.abc import Iterator

import httpx
import pytest

from api.main import create_app
from api.settings import Settings
from api.sparql.screening import QueryLimits
from tests.api.conftest import TIMEOUT
from tests.api.live import uvicorn_thread

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
NESTED = "SELECT * WHERE " + "{ " * 3000 + "?s ?p ?o " + "} " * 3000
UNIONS = "SELECT * WHERE {" + "UNION".join(f"{{?s ?p {i}}}" for i in range(70_000)) + "}"
# Needs no data: an engine that "only parses" it in the serving process evaluates 700^3 rows there.
VALUES = " ".join(str(i) for i in range(700))
DATA_FREE = f"ASK {{ VALUES ?a {{ {VALUES} }} VALUES ?b {{ {VALUES} }} VALUES ?c {{ {VALUES} }} FILTER(?a + ?b + ?c < 0) }}"


class Listener:
    """A TCP listener on loopback that counts connections; a tarpit accepts them and never answers."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/sparql"
        self.connections: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections.append(conn)

    def close(self) -> None:
        self.sock.close()
        for conn in self.connections:
            conn.close()


@pytest.fixture()
def listener() -> Iterator[Listener]:
    tarpit = Listener()
    yield tarpit
    tarpit.close()


def alive(url: str) -> None:
    assert httpx.get(f"{url}/sparql", params={"query": COUNT}, timeout=30).status_code == 200
    assert httpx.get(f"{url}/search", params={"q": "barnevernsreformen"}, timeout=30).status_code == 200


@pytest.mark.parametrize("attack", ["nested", "unions"])
def test_stack_breaking_queries_get_a_400_and_the_server_stays_up(live_url: str, attack: str) -> None:
    if attack == "nested":
        response = httpx.get(f"{live_url}/sparql", params={"query": NESTED}, timeout=30)
        assert "3000 deep" in response.text
    else:
        response = httpx.post(f"{live_url}/sparql", content=UNIONS.encode(),
                              headers={"Content-Type": "application/sparql-query"}, timeout=30)
        assert "characters long" in response.text
    assert response.status_code == 400
    alive(live_url)


def test_service_is_refused_and_the_listener_receives_nothing(live_url: str, listener: Listener) -> None:
    for query in (f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}",
                  f"ASK {{ SERVICE SILENT <{listener.url}> {{ ?s ?p ?o }} }}"):
        response = httpx.get(f"{live_url}/sparql", params={"query": query}, timeout=30)
        assert response.status_code == 400
        assert "SERVICE" in response.text and "not allowed" in response.text
    time.sleep(0.5)
    assert listener.connections == []


def test_an_allowed_tarpit_service_is_stopped_at_the_time_limit(settings: Settings, listener: Listener) -> None:
    """An operator allowed federation to an endpoint that never answers: the query cannot hold the server."""
    allowed = dataclasses.replace(settings, sparql_limits=QueryLimits(service_endpoints=frozenset({listener.url})))
    with uvicorn_thread(create_app(allowed)) as url:
        alive(url)
        query = f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}"
        results: list[httpx.Response] = []
        threads = [threading.Thread(target=lambda: results.append(
            httpx.get(f"{url}/sparql", params={"query": query}, timeout=60))) for _ in range(4)]
        started = time.monotonic()
        for t in threads:
            t.start()
        time.sleep(0.5)
        search = httpx.get(f"{url}/search", params={"q": "barnevernsreformen"}, timeout=30)
        for t in threads:
            t.join()
        assert search.status_code == 200
        assert [r.status_code for r in results] == [503] * 4
        # Two workers: the first two stop at the limit, the other two waited for a worker and then stopped too.
        assert time.monotonic() - started < 3 * TIMEOUT + 10
        alive(url)


def test_a_data_free_explosive_query_stops_at_the_time_limit_while_search_answers(live_url: str) -> None:
    outcome: dict[str, httpx.Response] = {}

    def explode() -> None:
        outcome["r"] = httpx.get(f"{live_url}/sparql", params={"query": DATA_FREE}, timeout=120)

    started = time.monotonic()
    thread = threading.Thread(target=explode)
    thread.start()
    time.sleep(0.3)
    searches = []
    while thread.is_alive() and time.monotonic() - started < 60:
        t = time.monotonic()
        assert httpx.get(f"{live_url}/search", params={"q": "fosterhjem"}, timeout=30).status_code == 200
        searches.append(time.monotonic() - t)
    thread.join()
    assert outcome["r"].status_code == 503 and "time limit" in outcome["r"].text
    assert time.monotonic() - started < TIMEOUT + 5
    assert searches and max(searches) < TIMEOUT
    alive(live_url)


def test_a_query_that_kills_its_worker_gets_a_500_and_the_worker_is_replaced(settings: Settings) -> None:
    """With the screen's limits lifted, a deep query crashes the engine: in a worker, never in the server."""
    unlimited = dataclasses.replace(settings, sparql_limits=QueryLimits(max_chars=10**7, max_depth=10**6))
    with uvicorn_thread(create_app(unlimited)) as url:
        deep = "SELECT * WHERE " + "{ " * 20_000 + "?s ?p ?o " + "} " * 20_000
        response = httpx.post(f"{url}/sparql", content=deep.encode(),
                              headers={"Content-Type": "application/sparql-query"}, timeout=60)
        assert response.status_code == 500
        assert "stopped the process evaluating it" in response.text
        alive(url)


def test_update_in_the_url_of_a_post_is_refused(live_url: str) -> None:
    response = httpx.post(f"{live_url}/sparql", params={"update": "INSERT DATA { <a:a> <a:b> <a:c> }"},
                          data={"query": COUNT}, timeout=30)
    assert response.status_code == 403 and "read-only" in response.text
    body = httpx.post(f"{live_url}/sparql", params={"update": "DROP ALL"}, content=COUNT.encode(),
                      headers={"Content-Type": "application/sparql-query"}, timeout=30)
    assert body.status_code == 403
