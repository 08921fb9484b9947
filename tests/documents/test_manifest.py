"""A corpus's sidecar manifest overrides what the text gives, and a bad row is named by its line."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kg.documents import corpus_files
from kg.documents.manifest import read_manifest
from kg.errors import DocumentError
from kg.graph.stage import read_corpus

LETTER = """Årsrapport 2021

Direktoratet for eksempelforvaltning

1 Leders beretning
Året var preget av mye arbeid.
"""


def corpus(tmp_path: Path, manifest: str, name: str = "metadata.csv") -> Path:
    (tmp_path / "a.txt").write_text(LETTER, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Et notat uten kjent form.\n", encoding="utf-8")
    (tmp_path / name).write_text(manifest, encoding="utf-8")
    return tmp_path


def test_csv_manifest_overrides_the_text_and_is_not_a_document(tmp_path: Path) -> None:
    folder = corpus(tmp_path, "file,title,kind,organisation,year,date,url\n"
                              "a.txt,Årsrapport for 2021,årsrapport,Eksempeldirektoratet,2021,2022-03-01,"
                              "https://example.org/a.pdf\nb.txt,,Strategi/plan,,,,\n")
    assert [p.name for p in corpus_files(folder)] == ["a.txt", "b.txt"]
    documents, _ = read_corpus(folder)
    a, b = documents
    assert (a.title, a.kind, a.publisher, a.year, a.date, a.url) == (
        "Årsrapport for 2021", "årsrapport", "Eksempeldirektoratet", 2021, "2022-03-01", "https://example.org/a.pdf")
    assert b.kind == "strategi" and b.title != ""  # empty values leave what the text gives


def test_jsonl_manifest(tmp_path: Path) -> None:
    folder = corpus(tmp_path, json.dumps({"file": "b.txt", "kind": "tildelingsbrev", "year": 2023,
                                          "addressee": "Eksempeldirektoratet"}) + "\n", "metadata.jsonl")
    b = read_corpus(folder)[0][1]
    assert (b.kind, b.year, b.addressee) == ("tildelingsbrev", 2023, "Eksempeldirektoratet")


@pytest.mark.parametrize(("row", "line", "words"), [
    ("a.txt,,rapport,,,,", 2, "kind 'rapport' is not one of"),
    ("a.txt,,,,21,,", 2, "year '21' is not a four-digit year"),
    ("a.txt,,,,,1.3.2022,", 2, "date '1.3.2022' is not YYYY-MM-DD"),
    ("a.txt,,,,,,ftp://x", 2, "not an http(s) address"),
    ("c.txt,,,,,,", 2, "'c.txt' is not in the corpus folder"),
    (",Tittel,,,,,", 2, "'file' is empty"),
])
def test_a_bad_row_is_named_by_file_line_and_field(tmp_path: Path, row: str, line: int, words: str) -> None:
    folder = corpus(tmp_path, "file,title,kind,organisation,year,date,url\nb.txt,,,,,,\n".replace("b.txt,,,,,,\n", "")
                    + row + "\n")
    with pytest.raises(DocumentError, match=rf"metadata.csv:{line}: .*{re.escape(words)}"):
        read_manifest(folder)


def test_unknown_column_and_duplicate_file(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match=r"metadata.csv:1: unknown column\(s\) forfatter"):
        read_manifest(corpus(tmp_path, "file,forfatter\na.txt,x\n"))
    with pytest.raises(DocumentError, match=r"metadata.csv:3: .*described twice \(also line 2\)"):
        read_manifest(corpus(tmp_path, "file,year\na.txt,2020\na.txt,2021\n"))
