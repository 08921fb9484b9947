"""Build folders on disk: pruning keeps what a live process uses, and a new build clears what killed ones left."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kg.artefacts import KEEP_BUILDS, BuildWriter, Lease, is_leased, lease_current, open_build

ROOT = Path(__file__).resolve().parent.parent

# A `kg build` stand-in in its own process: starts a build folder, says where, then works until killed.
WRITER = """
import sys, time
from pathlib import Path
from kg.artefacts import BuildWriter
writer = BuildWriter(Path(sys.argv[1]))
(writer.path / "documents.jsonl").write_text("", encoding="utf-8")
print(writer.path, flush=True)
time.sleep(600)
"""


def _commit(data: Path) -> Path:
    writer = BuildWriter(data)
    writer.write_documents([])
    writer.write_passages([])
    return writer.commit({"documents": 0}).path


@contextmanager
def _writer_process(data: Path) -> Iterator[tuple[subprocess.Popen[str], Path]]:
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(data)], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()
        assert line, "the writer process did not start a build"
        yield proc, Path(line)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(10)


def test_without_a_lease_old_builds_are_pruned(tmp_path: Path) -> None:
    data = tmp_path / "var"
    builds = [_commit(data) for _ in range(KEEP_BUILDS + 2)]
    remaining = sorted(p for p in (data / "builds").iterdir() if not p.name.startswith("."))
    assert remaining == builds[-KEEP_BUILDS:]


def test_a_leased_build_is_kept_until_released(tmp_path: Path) -> None:
    data = tmp_path / "var"
    first = _commit(data)
    build, lease = lease_current(data)
    assert build.path == first and is_leased(first)
    for _ in range(KEEP_BUILDS + 1):  # without the lease, the second of these would have pruned it
        _commit(data)
    assert (first / "manifest.json").exists()
    lease.release()
    lease.release()  # idempotent
    assert not is_leased(first)
    _commit(data)
    assert not first.exists()
    assert open_build(data).path.exists()


def test_a_lease_of_a_dead_process_does_not_hold_the_build(tmp_path: Path) -> None:
    data = tmp_path / "var"
    first = _commit(data)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from pathlib import Path; from kg.artefacts import lease_current;"
         " b, l = lease_current(Path(sys.argv[1])); print(l.path, flush=True); time.sleep(600)", str(data)],
        stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert holder.stdout is not None
    lease_file = Path(holder.stdout.readline().strip())
    assert is_leased(first)
    os.kill(holder.pid, signal.SIGKILL)  # no chance to release
    holder.wait(10)
    assert lease_file.exists()
    assert not is_leased(first)  # the kernel dropped its lock: the file is stale and goes
    assert not lease_file.exists()


def test_a_killed_build_is_cleared_by_the_next_but_a_running_one_is_not(tmp_path: Path) -> None:
    data = tmp_path / "var"
    good = _commit(data)
    with _writer_process(data) as (killed, killed_path), _writer_process(data) as (_running, running_path):
        os.kill(killed.pid, signal.SIGKILL)
        killed.wait(10)
        assert killed_path.exists() and not (killed_path / "manifest.json").exists()
        leftover = data / "builds" / "20000101T000000-deadbeef"  # from before leases existed: no lease file
        leftover.mkdir()
        (leftover / "passages.jsonl").write_text("", encoding="utf-8")

        writer = BuildWriter(data)  # starting a build clears what killed builds left
        assert not killed_path.exists()
        assert not leftover.exists()
        assert running_path.exists()  # a live process is still writing it
        assert good.exists()
        writer.write_documents([])
        writer.write_passages([])
        writer.commit({"documents": 0})
        assert running_path.exists()  # nor does pruning after a commit touch it
    assert not any(p.name.startswith(".trash") for p in data.iterdir())


def test_a_lease_is_a_file_the_holder_locks(tmp_path: Path) -> None:
    folder = tmp_path / "build"
    folder.mkdir()
    lease = Lease(folder, "test")
    assert lease.held and lease.path.parent == folder / ".leases"
    assert "test pid" in lease.path.read_text(encoding="utf-8")
    assert is_leased(folder)
    lease.release()
    assert not lease.held and not lease.path.exists()
