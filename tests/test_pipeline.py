"""Builds keep going past bad files and never lose the last good build."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kg import pipeline
from kg.artefacts import open_build
from kg.errors import NotBuiltError
from tests.documents.pdfmaker import write_pdf

GOOD = (
    " 1. Leders beretning \n\nDirektoratet har styrket arbeidet med fosterhjem i hele landet, og flere barn "
    "har fått et godt tilbud.\n"
)


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    write_pdf(corpus / "good.pdf", [["1. Innledning", "Rapporten beskriver tiltak for barn og unge."]])
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (corpus / "corrupt.pdf").write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R")
    (corpus / "latin.txt").write_bytes(b"\x81\x8d\x8f\x90\x9d" * 50)
    (corpus / "table.xlsx").write_bytes(b"PK\x03\x04")
    return corpus


def test_bad_files_are_reported_and_good_ones_built(tmp_path: Path) -> None:
    report, build = pipeline.build(_corpus(tmp_path), tmp_path / "var")
    failed = {Path(f.path).name: f.reason for f in report.failures}
    assert set(failed) == {"empty.txt", "binary.txt", "corrupt.pdf", "latin.txt", "table.xlsx"}
    assert "empty" in failed["empty.txt"] and "unsupported" in failed["table.xlsx"]
    assert report.documents == 2 and build is not None
    names = {d.name for d in open_build(tmp_path / "var").documents()}
    assert names == {"good.txt", "good.pdf"}


def test_a_crashed_build_leaves_the_last_good_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    data = tmp_path / "var"
    _, first = pipeline.build(corpus, data)
    assert first is not None

    class Exploding:
        name = "exploding"

        def run(self, writer: Any, documents: Any, passages: Any, progress: Any = None) -> dict[str, Any]:
            raise RuntimeError("disk full")

    monkeypatch.setattr(pipeline, "_later_stages", lambda extracted=None: [Exploding()])
    (corpus / "more.txt").write_text(GOOD.replace("fosterhjem", "familievern"), encoding="utf-8")
    with pytest.raises(RuntimeError):
        pipeline.build(corpus, data)
    current = open_build(data)
    assert current.path == first.path
    assert [d.name for d in current.documents()] == ["good.txt"]
    assert len(list((data / "builds").iterdir())) == 1  # the unfinished build was removed


def test_no_build_yet_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(NotBuiltError, match="kg build"):
        open_build(tmp_path / "nothing")
