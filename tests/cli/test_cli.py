"""The ``kg`` command as a user runs it: real process, real exit codes, JSON lines out."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def kg(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KG_DATA": str(data)}
    return subprocess.run(
        [sys.executable, "-m", "kg", *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=900
    )


def test_build_and_passages_json(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("001_cbdb2d4b703adde4.txt", "002_4caa32c780ec343b.txt"):
        (corpus / name).write_bytes((ROOT / "corpus" / name).read_bytes())
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4 garbage")
    built = kg("build", str(corpus), data=tmp_path / "var")
    assert built.returncode == 2, built.stderr
    assert "documents: 2" in built.stdout and "failures:  1" in built.stdout
    assert "broken.pdf" in built.stdout
    out = kg("passages", "--doc", "001_cbdb2d4b703adde4", "--json", data=tmp_path / "var")
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert rows and all(r["doc"] == "001_cbdb2d4b703adde4.txt" for r in rows)
    assert set(rows[0]) >= {"id", "doc", "kind", "section", "page", "start", "end", "text"}
    assert set(rows[0]["section"]) == {"number", "title", "path"}
    original = (corpus / "001_cbdb2d4b703adde4.txt").read_text(encoding="utf-8")
    assert all(original[r["start"] : r["end"]] for r in rows)


def test_passages_without_a_build_says_what_to_do(tmp_path: Path) -> None:
    out = kg("passages", "--json", data=tmp_path / "empty")
    assert out.returncode == 1
    assert "kg build" in out.stderr


def _fake_current_build(data: Path) -> Path:
    """A stand-in for a finished build: a folder with a manifest that ``current`` points at."""
    build = data / "builds" / "20000101T000000-00000000"
    build.mkdir(parents=True)
    (build / "manifest.json").write_text('{"documents": 1}', encoding="utf-8")
    (build / "documents.jsonl").write_text("", encoding="utf-8")
    (build / "passages.jsonl").write_text("", encoding="utf-8")
    (data / "current").symlink_to(build.relative_to(data))
    return build


def test_build_of_only_bad_files_reports_each_and_keeps_the_current_build(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4 garbage")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "notes.xyz").write_bytes(b"hello")
    data = tmp_path / "var"
    current = _fake_current_build(data)
    built = kg("build", str(corpus), data=data)
    assert built.returncode == 2, built.stderr
    assert "Traceback" not in built.stderr + built.stdout
    assert "failures:  3" in built.stdout
    for name in ("broken.pdf", "empty.txt", "notes.xyz"):
        assert name in built.stdout
    assert "nothing built" in built.stderr and "none of the 3 file(s)" in built.stderr
    assert "is kept" in built.stderr
    assert (data / "current").resolve() == current.resolve()
    assert sorted(p.name for p in (data / "builds").iterdir()) == [current.name]  # no half-made folder left
    assert (current / "manifest.json").exists()


def test_build_of_an_empty_folder_says_so(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    data = tmp_path / "var"
    built = kg("build", str(corpus), data=data)
    assert built.returncode == 2, built.stderr
    assert "Traceback" not in built.stderr + built.stdout
    assert "documents: 0" in built.stdout and "failures:  0" in built.stdout
    assert "nothing built" in built.stderr and "holds no files" in built.stderr
    assert not (data / "current").exists()
    assert not (data / "builds").exists() or not any((data / "builds").iterdir())
