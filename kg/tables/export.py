"""A table as a file: CSV (UTF-8 with BOM, for Excel), XLSX (numeric cells, a sheet of sources) or JSON."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from kg.tables.base import Column, Row, TableResult, Value

FORMATS = {"csv": "text/csv; charset=utf-8",
           "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
           "json": "application/json"}
#: Sheet names and the headings of the sources sheet, Norwegian then English.
SHEETS = {"nb": ("Tabell", "Kilder"), "en": ("Table", "Sources")}
SOURCE_HEADINGS = {
    "nb": ("ID", "Navn", "Dokument", "Tittel", "Organisasjon", "År", "Dokumenttype", "Side", "Start", "Slutt", "Lenke"),
    "en": ("ID", "Label", "Document", "Title", "Organisation", "Year", "Document kind", "Page", "Start", "End", "Link"),
}
_LABEL = {"nb": "Navn", "en": "Label"}


def filename(result: TableResult, fmt: str) -> str:
    """``evaluation-2022-2024.csv``: the type and the year filter, ASCII only."""
    years = [str(y) for y in dict.fromkeys((result.query.year_from, result.query.year_to)) if y is not None]
    return "-".join([result.type.lower(), *years]) + f".{fmt}"


def _cell(value: Value, column: Column | None) -> Value:
    """Numbers as numbers (a whole float as an int), everything else as it is."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if column is not None and column.numeric and isinstance(value, str) and value.isdigit():
        return int(value)
    return value


def _cells(row: Row, columns: tuple[Column, ...], base_url: str) -> list[Value]:
    return [row.id, row.label, *(_cell(row.values.get(c.key), c) for c in columns), base_url + row.url]


def headings(columns: tuple[Column, ...], lang: str) -> list[str]:
    """The heading row: id, label, the type's columns, the entity's link."""
    return ["ID", _LABEL.get(lang, "Navn"), *(c.heading(lang) for c in columns), "URL"]


def to_csv(result: TableResult, lang: str = "nb", base_url: str = "") -> bytes:
    """Every matching row as CSV, headings in ``lang``; UTF-8 with a BOM so Excel reads æ, ø and å."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(headings(result.columns, lang))
    for row in result.rows:
        writer.writerow(["" if v is None else v for v in _cells(row, result.columns, base_url)])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def to_json(result: TableResult) -> bytes:
    """The JSON answer as a file."""
    return json.dumps(result.as_json(), ensure_ascii=False, indent=1).encode("utf-8")


def to_xlsx(result: TableResult, lang: str = "nb", base_url: str = "") -> bytes:
    """A workbook: the table (numeric cells for counts, years and kroner) and one row per citation."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet: Any = book.active
    sheet.title, sources_title = SHEETS.get(lang, SHEETS["nb"])
    sheet.append(headings(result.columns, lang))
    for row in result.rows:
        sheet.append(_cells(row, result.columns, base_url))
    for i, column in enumerate(result.columns, start=3):
        fmt = "# ##0" if column.kind == "nok" else "0" if column.numeric else None
        if fmt:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=i, max_col=i):
                cell.number_format = fmt
    sources = book.create_sheet(sources_title)
    sources.append(list(SOURCE_HEADINGS.get(lang, SOURCE_HEADINGS["nb"])))
    for row in result.rows:
        for s in row.sources:
            sources.append([row.id, row.label, s.doc, s.title, s.organisation, s.year, s.kind,
                            s.page if s.page is not None else s.page_estimate, s.start, s.end, base_url + s.url])
    for ws in (sheet, sources):
        for cell in ws[1]:
            cell.font = Font(bold=True)
        ws.freeze_panes = "A2"
        for letter, width in _widths(ws).items():
            ws.column_dimensions[letter].width = width
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _widths(ws: Any) -> dict[str, float]:
    """Column widths fitted to the longest cell (capped), so a sheet opens readable."""
    widths: dict[str, float] = {}
    for column in ws.iter_cols(max_row=min(ws.max_row, 200)):
        longest = max((len(str(c.value)) for c in column if c.value is not None), default=8)
        widths[column[0].column_letter] = min(60.0, max(8.0, longest + 2.0))
    return widths


def export(result: TableResult, fmt: str, lang: str = "nb", base_url: str = "") -> bytes:
    """The table in ``fmt`` (``csv``, ``xlsx`` or ``json``)."""
    if fmt == "csv":
        return to_csv(result, lang, base_url)
    if fmt == "xlsx":
        return to_xlsx(result, lang, base_url)
    return to_json(result)
