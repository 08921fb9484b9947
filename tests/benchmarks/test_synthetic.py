"""The scale benchmark's document generator: seeded, every document different, readable as a corpus."""

from __future__ import annotations

import csv
from pathlib import Path

from benchmarks.synthetic import generate, plan, rewrite

SEED = """ 1. Leders beretning
Bufdir og Bufetat skal bidra til en trygg barndom. Bufdirs arbeid i 2024 ga gode resultater.
 2. Mål og resultater
Mål 1: Barnets rettigheter blir bedre ivaretatt
• S 1. Barn og unges medvirkning
Tilskudd til inkludering av barn og unge: 1 234 567 kroner i 2024, 12,5 prosent mer enn i 2023.
 3. Årsregnskap
Barne-, ungdoms- og familiedirektoratet brukte 10 777 198 000 kroner.
"""


def _folder(tmp: Path, name: str, count: int, seed: int = 1) -> dict[str, bytes]:
    source = tmp / "seed.txt"
    source.write_text(SEED, encoding="utf-8")
    generate(tmp / name, count, seed=seed, source=source)
    return {p.name: p.read_bytes() for p in sorted((tmp / name).iterdir())}


def test_same_seed_same_documents_byte_for_byte(tmp_path: Path) -> None:
    assert _folder(tmp_path, "a", 4) == _folder(tmp_path, "b", 4)
    assert _folder(tmp_path, "c", 4, seed=2) != _folder(tmp_path, "a", 4)


def test_documents_differ_and_the_manifest_names_each(tmp_path: Path) -> None:
    files = _folder(tmp_path, "a", 6)
    texts = [v for k, v in files.items() if k.endswith(".txt")]
    assert len(texts) == 6 and len(set(texts)) == 6
    rows = list(csv.DictReader((tmp_path / "a" / "metadata.csv").open(encoding="utf-8")))
    assert [r["file"] for r in rows] == sorted(k for k in files if k.endswith(".txt"))
    assert {r["kind"] for r in rows} == {"årsrapport"} and all(2020 <= int(r["year"]) <= 2025 for r in rows)


def test_the_first_documents_of_a_larger_set_are_the_smaller_set(tmp_path: Path) -> None:
    small, large = _folder(tmp_path, "a", 2), _folder(tmp_path, "b", 3)
    assert all(large[k] == v for k, v in small.items() if k.endswith(".txt"))


def test_rewrite_changes_the_agency_year_and_amounts_and_keeps_the_number_format() -> None:
    import random

    doc = plan(1)[0]
    text = rewrite(SEED, doc.organisation, doc.short, 2021, random.Random(3))
    assert "Bufdir" not in text and "Bufetat" not in text and doc.short in text and doc.organisation in text
    assert "2024" not in text and "i 2021" in text and "i 2020" in text
    assert "1 234 567" not in text and "10 777 198 000" not in text
    import re

    assert re.search(r"\d{1,3} \d{3} \d{3} kroner", text) and re.search(r"\d+,\d prosent", text)
