"""``oxigraph serve`` (the ``oxigraph`` package's server) on a free loopback port, started and stopped by a test."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from kg.graph.remote import ServerSettings
from tests.api.live import free_port


def oxigraph_binary() -> str | None:
    """The ``oxigraph`` command installed beside this Python, else on the PATH; ``None`` when not installed."""
    beside = Path(sys.executable).with_name("oxigraph")
    return str(beside) if beside.exists() else shutil.which("oxigraph")


@dataclass(frozen=True)
class OxigraphServer:
    """A running ``oxigraph serve``: its base URL and the SPARQL endpoints a build is configured with."""

    url: str

    @property
    def settings(self) -> ServerSettings:
        return ServerSettings(query=f"{self.url}/query", update=f"{self.url}/update")


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=2) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, OSError):
        return False


@contextmanager
def oxigraph_serve(location: Path, timeout_s: int = 5) -> Iterator[OxigraphServer]:
    """Run ``oxigraph serve --location LOCATION`` on 127.0.0.1 until the block ends; waits until it answers."""
    binary = oxigraph_binary()
    if binary is None:
        raise RuntimeError("the oxigraph package (its `oxigraph serve` command) is not installed")
    url = f"http://127.0.0.1:{free_port()}"
    process = subprocess.Popen([binary, "serve", "--location", str(location), "--bind", url.removeprefix("http://"),
                                "--timeout-s", str(timeout_s)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while not _answers(url):
            if process.poll() is not None:
                raise RuntimeError(f"oxigraph serve exited: {process.stderr.read().decode() if process.stderr else ''}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"oxigraph serve did not answer at {url} within 30 s")
            time.sleep(0.1)
        yield OxigraphServer(url)
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)
