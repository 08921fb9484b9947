"""Report tables printed in fixed-width columns: 'Tittel | Utført av | År | Status', grouped under goal rows.

    Tittel                                    Utført av                 År     Status
    Mål 1
    Sluttevaluering av Sykkelbyprogrammet     Analysehuset Brekke AS    2021   Ferdig
    2017–2020
    Evaluering av Tilskudd til bestillings-   Institutt for distrikt    –      Pågående,
    transport i distriktene¹                  og samferdsle (IDS)              ferdig 2022

Each cell's words go to the column they stand under. A row opens where the title column begins in capitals
on a line that also fills the publisher column; the lines below it that fill no publisher cell of their own go on
its title and publisher. A line that only names a goal ('Mål 2') puts the rows below it under that goal. A
footnote mark closing a title is no part of it; a year cell of a dash or a status of work in progress
('Pågående', 'Planlagt') makes the row work in progress.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.mentions.base import Extraction, Key
from kg.mentions.goal_names import goal_line_keys
from kg.mentions.goals import GoalContext, goal_key
from kg.mentions.knowledge import publishers
from kg.mentions.parameter_columns import CELL
from kg.mentions.report_cells import COLUMNS
from kg.mentions.report_lists import emit_report
from kg.mentions.text import RULED_LINE, clean
from kg.passages.base import Passage

ONGOING = re.compile(r"\b(?:pågår|pågående|pågåande|under arbeid|planlagt|planlagd|igangsatt)\b", re.IGNORECASE)
FOOTNOTE_MARK = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹*]+$")
FOOTNOTE = re.compile(r"^\s*[¹²³⁴⁵⁶⁷⁸⁹]")
UNKNOWN = re.compile(r"^(?:ikke|ikkje)\s+avklart$", re.IGNORECASE)


GOAL_ROW = re.compile(r"^Mål\s+(?P<num>\d{1,2})$")


@dataclass
class _Row:
    """One report's row: its cells' lines per column, where it stands, and the goals of its group."""

    start: int
    end: int
    group: list[Key] | None
    cells: dict[str, list[str]] = field(default_factory=dict)


def _cells(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in CELL.finditer(text)]


def _header(text: str) -> list[tuple[int, str]] | None:
    """The columns (start, name) of a header 'Tittel | Utført av | År | Status'."""
    cells = _cells(text)
    names = [next((n for n, rx in COLUMNS.items() if rx.match(c)), "") for _, c in cells]
    if len(cells) < 3 or names[0] != "title" or "publisher" not in names or "year" not in names or "" in names:
        return None
    return [(start, name) for (start, _), name in zip(cells, names, strict=True)]


def _column(columns: list[tuple[int, str]], start: int) -> str:
    return max(((s, n) for s, n in columns if start >= s - 2), default=columns[0])[1]


def report_column_mentions(passages: list[Passage], ctx: GoalContext, original: str) -> Extraction:
    """Reports and evaluations of every fixed-width report table (see the module's docstring)."""
    out = Extraction()
    raw_lines, pos = [], 0
    for raw in original.split("\n"):
        raw_lines.append((raw, pos))
        pos += len(raw) + 1
    i = 0
    while i < len(raw_lines):
        columns = _header(raw_lines[i][0])
        i += 1
        if columns is None:
            continue
        rows: list[_Row] = []
        group: list[Key] | None = None
        doc = passages[0].doc if passages else ""
        while i < len(raw_lines):
            raw, start = raw_lines[i]
            cells = _cells(raw)
            if FOOTNOTE.match(raw):
                break  # the table's footnotes
            if RULED_LINE.match(raw.strip()) or not cells:
                if not cells and rows:
                    break
                i += 1
                continue
            if len(cells) == 1 and _column(columns, cells[0][0]) == "title" and (
                    (keys := goal_line_keys(ctx, doc, cells[0][1])) is not None):
                # 'Mål 2': the rows below it are under that goal (a goal a table states is keyed by its number)
                gm = GOAL_ROW.match(cells[0][1])
                group = keys or ([goal_key(doc, int(gm.group("num")))] if gm else [])
                i += 1
                continue
            by_column: dict[str, str] = {}
            for at, cell in cells:
                by_column.setdefault(_column(columns, at), cell)
            if by_column.get("title", "")[:1].isupper() and "publisher" in by_column:
                rows.append(_Row(start + raw.index(by_column["title"]), start + len(raw), group,
                                 {name: [cell] for name, cell in by_column.items()}))
            elif rows and len(cells) <= 3:
                for name in ("title", "publisher", "status"):
                    if name in by_column:
                        rows[-1].cells.setdefault(name, []).append(by_column[name])
                rows[-1].end = start + len(raw)
            else:
                break
            i += 1
        for row in rows:
            _emit(out, passages, ctx, original, row)
    return out


def _emit(out: Extraction, passages: list[Passage], ctx: GoalContext, original: str, row: _Row) -> None:
    p = next((q for q in passages if q.start <= row.start < q.end), None)
    title = FOOTNOTE_MARK.sub("", clean("\n".join(row.cells.get("title", []))))
    if p is None or len(title.split()) < 2:
        return
    publisher = clean("\n".join(row.cells.get("publisher", [])))
    year = "".join(row.cells.get("year", []))
    ongoing = bool(ONGOING.search(" ".join(row.cells.get("status", [])))) or not year.strip("–—- ")
    names = [] if UNKNOWN.match(publisher) else publishers(re.sub(r"\s*\([A-ZÆØÅ]{2,8}\)$", "", publisher))
    info: dict[str, object] = {"title": title, "publishers": names, "year": int(year) if year.isdigit() else None,
                               "status": "ongoing" if ongoing else "published"}
    emit_report(out, p, ctx, info, row.start, row.end, ongoing, original, row.group)
