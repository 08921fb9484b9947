"""A real uvicorn server on a free loopback port, in a thread of the test process, or ``kg serve`` itself."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import uvicorn
from fastapi import FastAPI


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_up(url: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(url + "/openapi.json", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"server at {url} did not come up in {timeout} s")


@contextmanager
def uvicorn_thread(app: FastAPI) -> Iterator[str]:
    """Serve ``app`` with uvicorn (uvloop + httptools, as ``kg serve``) until the block ends; yields its URL."""
    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, loop="uvloop", http="httptools", log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(url)
        yield url
    finally:
        server.should_exit = True
        thread.join(10)


@contextmanager
def kg_serve(data: Path, *extra: str) -> Iterator[str]:
    """``kg serve --data DATA`` as a user runs it; yields its URL."""
    port = free_port()
    kg = Path(sys.executable).with_name("kg")
    # The server's log goes to a file: an unread pipe fills up and blocks the server.
    with tempfile.NamedTemporaryFile("w+b", prefix="kg-serve-", suffix=".log", delete=False) as log:
        proc = subprocess.Popen([str(kg), "serve", "--data", str(data), "--port", str(port), *extra],
                                env={**os.environ}, stdout=log, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        try:
            wait_until_up(url, timeout=300)
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()
    if "Traceback" in Path(log.name).read_text(errors="replace"):
        print(f"kg serve logged a traceback: see {log.name}", file=sys.stderr)
    else:
        os.unlink(log.name)
