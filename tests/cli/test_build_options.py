"""``kg build --workers/--executor/--address`` as a user runs them: errors name the option, nothing is built."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
COLLECTION = ROOT / "tests" / "data" / "collection"


def kg(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KG_DATA": str(data)}
    return subprocess.run(
        [sys.executable, "-m", "kg", *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=900
    )


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize(("options", "named"), [
    (["--executor", "threads"], "--executor"),
    (["--workers", "0"], "--workers"),
    (["--executor", "serial", "--workers", "3"], "--workers"),
    (["--address", "127.0.0.1:6379"], "--address"),
])
def test_a_bad_build_option_is_one_error_line_naming_it_and_nothing_is_built(
    options: list[str], named: str, tmp_path: Path
) -> None:
    out = kg("build", str(COLLECTION), *options, data=tmp_path / "var")
    assert out.returncode == 1, out.stderr
    assert out.stderr.startswith("error: ") and named in out.stderr and "Traceback" not in out.stderr
    assert not (tmp_path / "var" / "current").exists()


def test_an_unreachable_ray_cluster_is_named_and_nothing_is_built(tmp_path: Path) -> None:
    pytest.importorskip("ray", reason="Ray is an optional extra: pip install 'bufdir-kg[ray]'")
    address = f"127.0.0.1:{_closed_port()}"
    out = kg("build", str(COLLECTION), "--executor", "ray", "--address", address, data=tmp_path / "var")
    assert out.returncode == 1, out.stderr
    assert f"--address {address}" in out.stderr and "Traceback" not in out.stderr
    assert not (tmp_path / "var" / "current").exists()


def test_a_build_on_two_workers_reports_the_bad_file_and_builds_the_others(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("c2.txt", "c4.txt"):
        (corpus / name).write_bytes((COLLECTION / name).read_bytes())
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4 garbage")
    built = kg("build", str(corpus), "--workers", "2", data=tmp_path / "var")
    assert built.returncode == 2, built.stderr
    assert "documents: 2" in built.stdout and "failures:  1" in built.stdout and "broken.pdf" in built.stdout
    assert "read by:   processes (2 workers)" in built.stdout
    entities = kg("entities", data=tmp_path / "var")
    assert entities.returncode == 0 and entities.stdout.count("\n") > 10
