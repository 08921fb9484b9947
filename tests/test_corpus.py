"""Adding files to a corpus folder and taking them out: refusals change nothing, nothing is ever deleted."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kg.corpus import add_files, build_corpus, remove_files, up_to_date
from kg.errors import CorpusError
from kg.graph.stage import build_graph

ROOT = Path(__file__).resolve().parent.parent
TWO_YEARS = ROOT / "tests" / "data" / "two_years"
NEW = "Årsrapport 2024\n\n1. Leders beretning\n\nDirektoratet har styrket arbeidet med fosterhjem.\n"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(TWO_YEARS, folder)
    return folder


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_added_files_are_copied_and_identical_ones_left(corpus: Path, tmp_path: Path) -> None:
    new = tmp_path / "arsrapport_2024.txt"
    new.write_text(NEW, encoding="utf-8")
    same = TWO_YEARS / "arsrapport_2022.txt"
    added = add_files(corpus, [new, same], tmp_path / "kept")
    assert [(a.name, a.status) for a in added] == [("arsrapport_2024.txt", "added"), ("arsrapport_2022.txt", "unchanged")]
    assert (corpus / new.name).read_bytes() == new.read_bytes() and new.exists()
    assert names(corpus) == ["arsrapport_2022.txt", "arsrapport_2023.txt", "arsrapport_2024.txt",
                             "tildelingsbrev_2024.txt"]
    assert not (tmp_path / "kept").exists()


def test_a_different_file_of_a_taken_name_is_refused_unless_replaced(corpus: Path, tmp_path: Path) -> None:
    other = tmp_path / "arsrapport_2023.txt"
    other.write_text(NEW, encoding="utf-8")
    new = tmp_path / "new.txt"
    new.write_text(NEW, encoding="utf-8")
    before = {n: (corpus / n).read_bytes() for n in names(corpus)}
    with pytest.raises(CorpusError, match="arsrapport_2023.txt.*--replace"):
        add_files(corpus, [new, other], tmp_path / "kept")
    assert {n: (corpus / n).read_bytes() for n in names(corpus)} == before  # not even new.txt
    added = add_files(corpus, [other], tmp_path / "kept", replace=True)
    assert added[0].status == "replaced" and (corpus / other.name).read_text(encoding="utf-8") == NEW
    assert (tmp_path / "kept" / other.name).read_bytes() == before[other.name]


@pytest.mark.parametrize(("name", "why"), [("table.xlsx", "unsupported"), ("README.txt", "READMEs"),
                                           (".hidden.txt", "hidden")])
def test_files_no_build_reads_are_refused(corpus: Path, tmp_path: Path, name: str, why: str) -> None:
    path = tmp_path / name
    path.write_text(NEW, encoding="utf-8")
    with pytest.raises(CorpusError, match=why):
        add_files(corpus, [path], tmp_path / "kept")
    with pytest.raises(CorpusError, match="does not exist"):
        add_files(corpus, [tmp_path / "missing.txt"], tmp_path / "kept")
    assert names(corpus) == names(TWO_YEARS)


def test_removed_files_are_moved_aside_with_their_manifest_rows(corpus: Path, tmp_path: Path) -> None:
    manifest = "file,title,year\narsrapport_2022.txt,Årsrapport 2022,2022\narsrapport_2023.txt,\"Årsrapport, 2023\",2023\n"
    (corpus / "metadata.csv").write_text(manifest, encoding="utf-8")
    moved = remove_files(corpus, ["arsrapport_2022.txt"], tmp_path / "kept")
    assert [(m.name, m.to) for m in moved] == [("arsrapport_2022.txt", tmp_path / "kept" / "arsrapport_2022.txt")]
    assert moved[0].to.read_bytes() == (TWO_YEARS / "arsrapport_2022.txt").read_bytes()
    assert (corpus / "metadata.csv").read_text(encoding="utf-8") == (
        "file,title,year\narsrapport_2023.txt,\"Årsrapport, 2023\",2023\n")
    assert (tmp_path / "kept" / "metadata.csv").read_text(encoding="utf-8") == manifest
    assert names(corpus) == ["arsrapport_2023.txt", "metadata.csv", "tildelingsbrev_2024.txt"]


def test_jsonl_manifest_rows_go_too(corpus: Path, tmp_path: Path) -> None:
    rows = [{"file": "arsrapport_2022.txt", "year": 2022}, {"file": "tildelingsbrev_2024.txt", "year": 2024}]
    (corpus / "metadata.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    remove_files(corpus, ["tildelingsbrev_2024.txt"], tmp_path / "kept")
    assert (corpus / "metadata.jsonl").read_text(encoding="utf-8") == json.dumps(rows[0]) + "\n"


def test_an_unknown_name_is_refused_listing_the_corpus_and_nothing_moves(corpus: Path, tmp_path: Path) -> None:
    with pytest.raises(CorpusError) as refused:
        remove_files(corpus, ["arsrapport_2022.txt", "nope.txt"], tmp_path / "kept")
    assert "nope.txt" in str(refused.value) and all(n in str(refused.value) for n in names(TWO_YEARS))
    assert names(corpus) == names(TWO_YEARS) and not (tmp_path / "kept").exists()
    with pytest.raises(CorpusError, match="without documents"):
        remove_files(corpus, names(TWO_YEARS), tmp_path / "kept")
    assert names(corpus) == names(TWO_YEARS) and not (tmp_path / "kept").exists()


def test_the_corpus_comes_from_the_current_build_and_up_to_date_follows_it(corpus: Path, tmp_path: Path) -> None:
    data = tmp_path / "var"
    with pytest.raises(CorpusError, match="--corpus"):
        build_corpus(data)
    assert build_corpus(data, corpus) == corpus
    with pytest.raises(CorpusError, match="single file"):
        build_corpus(data, corpus / "arsrapport_2022.txt")
    assert not up_to_date(data, corpus)
    from kg.pipeline import build

    build(corpus, data)
    assert build_corpus(data) == corpus.resolve()
    assert up_to_date(data, corpus)
    (corpus / "arsrapport_2024.txt").write_text(NEW, encoding="utf-8")
    assert not up_to_date(data, corpus)
    (corpus / "arsrapport_2024.txt").unlink()
    (corpus / "arsrapport_2022.txt").write_text(NEW, encoding="utf-8")
    assert not up_to_date(data, corpus)
    build_graph(corpus, tmp_path / "graph-only")  # a build that records no inputs is never up to date
    assert not up_to_date(tmp_path / "graph-only", corpus)
