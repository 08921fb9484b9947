"""Exports hold the same rows as the JSON answer: CSV (BOM, numbers as numbers) and XLSX (numeric cells, sources)."""

from __future__ import annotations

import csv
import io
from typing import Any

from openpyxl import load_workbook

from kg.tables import TableData, answer, parse_query
from kg.tables.export import export, filename, headings


def _as_csv_cell(value: Any) -> str:
    return "" if value is None else str(value)


def test_csv_reads_back_as_the_json_rows(tables: TableData) -> None:
    result = answer(tables, "GrantScheme", parse_query(sort="label"))
    body = export(result, "csv")
    assert body.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read æ, ø, å as UTF-8
    lines = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert lines[0] == headings(result.columns, "nb") and "Innvilget (kr)" in lines[0]
    rows = result.as_json()["rows"]
    assert len(lines) - 1 == len(rows) == result.total
    keys = [c.key for c in result.columns]
    for line, row in zip(lines[1:], rows, strict=True):
        assert line[:2] == [row["id"], row["label"]]
        assert line[2:-1] == [_as_csv_cell(row[k]) for k in keys]
        assert line[-1] == row["url"]
    amounts = [line[lines[0].index("Innvilget (kr)")] for line in lines[1:]]
    assert any(amounts) and all(a.isdigit() for a in amounts if a)  # 38214000, not "38 214 000 kr"


def test_xlsx_has_numeric_cells_and_a_sheet_of_sources(tables: TableData) -> None:
    result = answer(tables, "GrantScheme", parse_query(sort="-granted_nok"))
    book = load_workbook(io.BytesIO(export(result, "xlsx", base_url="http://x")))
    assert book.sheetnames == ["Tabell", "Kilder"]
    table = list(book["Tabell"].iter_rows(values_only=True))
    rows = result.as_json()["rows"]
    keys = [c.key for c in result.columns]
    assert len(table) - 1 == len(rows)
    for cells, row in zip(table[1:], rows, strict=True):
        assert list(cells[2:-1]) == [row[k] for k in keys]
        assert cells[-1] == "http://x" + row["url"]
    amount = table[0].index("Innvilget (kr)")
    granted = [cells[amount] for cells in table[1:] if cells[amount] is not None]
    assert granted and all(isinstance(a, int) for a in granted)
    sources = list(book["Kilder"].iter_rows(values_only=True))
    assert len(sources) - 1 == sum(len(r["sources"]) for r in rows)
    assert {s[0] for s in sources[1:]} == {r["id"] for r in rows if r["sources"]}
    assert all(str(s[-1]).startswith("http://x/documents/") for s in sources[1:])


def test_english_headings_and_file_names(tables: TableData) -> None:
    result = answer(tables, "Evaluation", parse_query(year="2019-2022"))
    assert headings(result.columns, "en")[1:4] == ["Label", "Publisher", "Published"]
    assert load_workbook(io.BytesIO(export(result, "xlsx", "en"))).sheetnames == ["Table", "Sources"]
    assert filename(result, "csv") == "evaluation-2019-2022.csv"
    assert filename(answer(tables, "Goal", parse_query()), "xlsx") == "goal.xlsx"
