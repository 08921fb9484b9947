"""Queries run in worker processes that can be killed: the only sure way to stop a runaway query.

Oxigraph evaluates a query in native code that a Python thread cannot interrupt. Each worker is a
spawned process holding the graph open; the serving process hands it one query at a time over a
pipe and waits at most the time limit. A worker that overruns is killed (SIGKILL) and replaced in the
background, so the server, and every request that is not a SPARQL query, never waits on it.
"""

from __future__ import annotations

import itertools
import logging
import multiprocessing as mp
import queue
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

import pyoxigraph as ox

from api.sparql.protocol import syntax_error
from api.sparql.results import serialize_boolean, serialize_solutions, serialize_triples
from api.sparql.source import GraphSource
from kg.errors import (
    GraphServerError,
    NotBuiltError,
    QueryError,
    QueryTimeoutError,
    ResultLimitError,
    WorkerCrashError,
)
from kg.graph.remote import SparqlServer

log = logging.getLogger(__name__)
READY_TIMEOUT = 300.0


@dataclass(frozen=True)
class QueryJob:
    """What a worker runs: a screened query (not yet parsed), its form, the chosen format and the dataset."""

    query: str
    form: str
    fmt: str
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    prefixes: tuple[tuple[str, str], ...] = ()


def run_job(store: ox.Store | SparqlServer, job: QueryJob, row_cap: int) -> bytes:
    """Run ``job`` against ``store``, pulling at most ``row_cap + 1`` rows, and serialise the result."""
    kwargs: dict[str, Any] = {}
    if job.default_graphs:
        kwargs["default_graph"] = [ox.NamedNode(g) for g in job.default_graphs]
    else:  # one named graph per document: by default a query sees them all
        kwargs["use_default_graph_as_union"] = True
    if job.named_graphs:
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs]
    result = store.query(job.query, **kwargs)  # a malformed query raises SyntaxError here, before any row
    if isinstance(result, ox.QueryBoolean | bool):
        return serialize_boolean(bool(result), job.fmt)
    try:
        rows = list(itertools.islice(result, row_cap + 1))
    except SyntaxError as exc:  # not the query: the rows a graph server sent could not be read
        raise GraphServerError(f"the graph server's answer could not be read: {exc}") from exc
    if len(rows) > row_cap:
        noun = "triples" if job.form in ("CONSTRUCT", "DESCRIBE") else "rows"
        raise ResultLimitError(
            f"the result has more than {row_cap} {noun}, the endpoint's cap: add LIMIT or narrow the query"
        )
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        return serialize_solutions(names, [[sol[i] for i in range(len(names))] for sol in rows], job.fmt)
    return serialize_triples(rows, job.fmt, dict(job.prefixes))


def _worker_main(conn: Connection, source: GraphSource, row_cap: int) -> None:
    try:
        store = source.open()
    except Exception as exc:
        conn.send(("failed", type(exc).__name__, str(exc)))
        return
    conn.send(("ready", "", ""))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):  # the server went away
            return
        try:
            try:
                answer = run_job(store, job, row_cap)
            finally:
                if isinstance(store, SparqlServer):
                    store.close()  # a capped result is not read to its end: let the server stop sending
            conn.send(("ok", "", answer))
        except SyntaxError as exc:  # the first time the query meets a parser
            conn.send(("error", "syntax", str(exc)))
        except ResultLimitError as exc:
            conn.send(("error", "limit", str(exc)))
        except GraphServerError as exc:
            conn.send(("error", "server", str(exc)))
        except Exception as exc:
            conn.send(("error", "query", f"{type(exc).__name__}: {exc}"))


class _Worker:
    def __init__(self, ctx: Any, source: GraphSource, row_cap: int) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(child, source, row_cap), daemon=True,
                                   name="kg-sparql-worker")
        self.process.start()
        child.close()
        self._killed = threading.Lock()

    def kill(self) -> None:
        """Stop the process and close its pipe; safe to call from several threads at once (the pool's
        close and a spawn thread that sees the pipe die may both do it)."""
        if not self._killed.acquire(blocking=False):
            return
        self.process.kill()
        self.process.join(5)
        self.conn.close()


class QueryPool:
    """A fixed number of killable query workers shared by the server's request threads."""

    def __init__(self, source: GraphSource, workers: int = 2, timeout: float = 10.0, row_cap: int = 10_000) -> None:
        self.source, self.size, self.timeout, self.row_cap = source, workers, timeout, row_cap
        self._ctx = mp.get_context("spawn")  # never fork a threaded server holding a database open
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._failure: str | None = None
        self._closed = False
        self._ready_once = False
        for _ in range(workers):
            self._spawn_in_background()

    def run(self, job: QueryJob) -> bytes:
        """The serialised result of ``job``; raises :class:`QueryTimeoutError` after the time limit."""
        worker = self._take()
        worker.conn.send(job)
        if not worker.conn.poll(self.timeout):
            self._retire(worker)
            raise QueryTimeoutError(
                f"the query ran longer than the endpoint's time limit of {self.timeout:g} s and was stopped"
            )
        try:
            status, kind, payload = worker.conn.recv()
        except (EOFError, OSError) as exc:  # the worker died (crash, signal, out of memory): replace it
            worker.process.join(1)
            code = worker.process.exitcode
            self._retire(worker)
            raise WorkerCrashError(
                f"the query stopped the process evaluating it (exit status {code}); the process was replaced "
                "and the server keeps answering, but this query cannot be answered"
            ) from exc
        self._idle.put(worker)
        if status == "ok":
            return payload
        if kind == "limit":
            raise ResultLimitError(payload)
        if kind == "syntax":
            raise syntax_error(payload)
        if kind == "server":
            raise GraphServerError(payload)
        raise QueryError(payload)

    def close(self) -> None:
        """Stop every worker."""
        self._closed = True
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            worker.kill()

    def _take(self) -> _Worker:
        deadline = time.monotonic() + max(self.timeout, READY_TIMEOUT if not self._ready_once else 0)
        while True:
            if self._failure:
                raise NotBuiltError(f"the SPARQL endpoint has no graph: {self._failure}")
            try:
                return self._idle.get(timeout=0.25)
            except queue.Empty:
                if time.monotonic() > deadline:
                    raise QueryTimeoutError(
                        f"every query worker stayed busy for {self.timeout:g} s; try again shortly"
                    ) from None

    def _retire(self, worker: _Worker) -> None:
        with self._lock:
            self._all.discard(worker)
        worker.kill()
        if not self._closed:
            self._spawn_in_background()

    def _spawn_in_background(self) -> None:
        threading.Thread(target=self._spawn, daemon=True, name="kg-sparql-spawn").start()

    def _spawn(self) -> None:
        worker = _Worker(self._ctx, self.source, self.row_cap)
        with self._lock:
            if self._closed:
                worker.kill()
                return
            self._all.add(worker)
        if not worker.conn.poll(READY_TIMEOUT):
            log.error("a SPARQL worker did not open the graph within %s s", READY_TIMEOUT)
            self._retire(worker)
            return
        try:
            status, kind, message = worker.conn.recv()
        except (EOFError, OSError):
            status, kind, message = "failed", "EOFError", "the worker exited while opening the graph"
        if status != "ready":
            self._failure = f"{kind}: {message}"
            with self._lock:
                self._all.discard(worker)
            worker.kill()
            return
        self._ready_once = True
        self._idle.put(worker)

