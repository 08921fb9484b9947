"""``kg table`` as a user runs it: the same rows as the API, as CSV, JSON, XLSX or a reference list."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from openpyxl import load_workbook

from kg.artefacts import Build
from kg.tables import TableData, answer, parse_query
from tests.cli.test_cli import kg
from tests.tables.conftest import collection_build, tables  # noqa: F401 - shared fixtures


def test_table_as_csv_json_and_xlsx(collection_build: Build, tables: TableData, tmp_path: Path) -> None:  # noqa: F811
    data = collection_build.path.parent.parent
    expected = answer(tables, "Assignment", parse_query(year="2019", sort="-deadline"))
    out = kg("table", "assignment", "--year", "2019", "--sort=-deadline", "--format", "json", data=data)
    assert out.returncode == 0, out.stderr
    body = json.loads(out.stdout)
    assert body["total"] == expected.total and [r["id"] for r in body["rows"]] == [r.id for r in expected.rows]
    listed = kg("table", "Assignment", "--year", "2019", "--sort=-deadline", data=data)
    lines = list(csv.reader(io.StringIO(listed.stdout.lstrip("\ufeff"))))
    assert [line[0] for line in lines[1:]] == [r.id for r in expected.rows]
    written = kg("table", "GrantScheme", "--format", "xlsx", "--output", str(tmp_path / "g.xlsx"), data=data)
    assert written.returncode == 0, written.stderr
    sheet = load_workbook(tmp_path / "g.xlsx")["Tabell"]
    assert sheet.max_row - 1 == answer(tables, "GrantScheme", parse_query()).total


def test_reference_list_and_bad_input(collection_build: Build) -> None:  # noqa: F811
    data = collection_build.path.parent.parent
    refs = kg("table", "Evaluation", "--kind", "evaluering", "--format", "references", data=data)
    assert refs.returncode == 0, refs.stderr
    assert refs.stdout.startswith("- Oslo Economics. (2020). *Nærmere hjem?")
    bad = kg("table", "Evaluation", "--year", "last", data=data)
    assert bad.returncode == 1 and bad.stderr.startswith("error: year:")
