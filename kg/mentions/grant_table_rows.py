"""The model of a grant table being read, and the rows whose shape is not one scheme per line.

:class:`Table` holds what a caption says (unit, year, the scheme it names, the goal) and the figures its rows
give; :func:`assign` gives a row's numbers to the header's columns. A table may hold one scheme's years in
columns (:func:`year_column_row`), its schemes under year groups (:func:`group_row`), or a scheme's years in
rows with its name running on below (:func:`next_year_row`); :mod:`kg.mentions.grant_tables` reads the rest.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from kg.mentions.amounts import number, unit_factor
from kg.mentions.grant_columns import Cell, Column, caption_scheme, meaning, value
from kg.mentions.text import clean

CAPTION = re.compile(r"^Tabell\s+\d+(?:\.\d+)*[a-z]?\s*[:.]?\s+(?P<title>\S.*)$")
# words of a grant table's figures, in its header or caption
FIGURE_WORD = re.compile(r"søknad|innvilg|beløp|tilsagn|bevilg|mottak[ea]r", re.I)
# 'Tilskotsordning: Tilskot til …' on the line above 'Tabell 3.1   2022   2023   2024': the table's scheme
NAMED_ABOVE = re.compile(r"^(?:Tilsk(?:udds|ots)ordning|Ordning)\s*:\s*(?P<name>Tilsk(?:udd|ot)\s.{4,})$")
GOAL_IN_CAPTION = re.compile(r"\bmål\s+(?P<num>\d{1,2})\b", re.I)
YEAR_IN_TEXT = re.compile(r"(?<![\d–-])((?:19|20)\d\d)(?![\d–-])")
RANGE = re.compile(r"(?:19|20)\d\d\s*[–-]\s*(?:19|20)\d\d")


@dataclass
class Figure:
    """One year's figures of one scheme, with where its name and its row stand."""

    name: str
    name_span: tuple[int, int]
    row_span: tuple[int, int]
    year: int | None
    values: dict[str, int]
    goal: str = ""  # the number of the goal a goal column names for the row


class Table:
    """One table being read: caption facts, columns, and the figures its rows give."""

    def __init__(self, caption: str, start: int) -> None:
        m = CAPTION.match(caption)
        self.title = m.group("title") if m else caption
        title_at = start + (m.start("title") if m else 0)
        self.scale = unit_factor(self.title, 1)
        years = YEAR_IN_TEXT.findall(RANGE.sub("", self.title))
        self.year = int(years[-1]) if len(set(years)) == 1 else None
        scheme = caption_scheme(self.title)
        self.scheme = (scheme[0], (title_at + scheme[1], title_at + scheme[1] + len(scheme[0]))) if scheme else None
        goal = GOAL_IN_CAPTION.search(self.title)
        self.goal_number = int(goal.group("num")) if goal else None
        self.columns: list[Column] = []
        self.year_columns: list[tuple[int, int, int]] = []  # (col, year, start)
        self.groups: list[tuple[int, str]] = []  # (year, measure header) of each number column
        self.vertical = False
        self.figures: list[Figure] = []
        self.name: list[Cell] = []


def _pairs(table: Table, numbers: list[Cell]) -> Iterable[tuple[Column, Cell]]:
    """A row's numbers with the header's columns they stand under: by count, else by position."""
    kinds = [col for col in table.columns if meaning(col.text) not in ("other", "year")]
    measures = [col for col in table.columns if meaning(col.text) != "year"]
    if len(numbers) == len(measures):
        return zip(measures, numbers, strict=True)
    if len(numbers) == len(kinds):
        return zip(kinds, numbers, strict=True)
    # align each number with the nearest header column
    return ((min(measures, key=lambda col: abs(col.col - n.col)), n) for n in numbers) if measures else iter(())


def assign(table: Table, numbers: list[Cell]) -> dict[str, int] | None:
    """A row's numbers given to the header's columns: amount, granted, received (the first of each kind)."""
    values: dict[str, int] = {}
    for col, cell in _pairs(table, numbers):
        kind, raw = meaning(col.text), number(cell.text)
        if kind in ("amount", "granted", "received") and raw is not None and kind not in values:
            values[kind] = value(kind, raw, unit_factor(col.text, table.scale))
    return values or None


def assign_by_year(table: Table, numbers: list[Cell]) -> dict[int | None, dict[str, int]]:
    """A row's numbers by the year their column names ('Beløp 2023', 'Søknader 2024'), ``None`` for a column
    that names none."""
    out: dict[int | None, dict[str, int]] = {}
    for col, cell in _pairs(table, numbers):
        kind, raw = meaning(col.text), number(cell.text)
        year = YEAR_IN_TEXT.search(col.text)
        values = out.setdefault(int(year.group(1)) if year else None, {})
        if kind in ("amount", "granted", "received") and raw is not None and kind not in values:
            values[kind] = value(kind, raw, unit_factor(col.text, table.scale))
    return {year: v for year, v in out.items() if v}


def year_column_row(table: Table, cells: list[Cell]) -> None:
    """A row of one measure (applications, amount …) over the caption's scheme's year columns."""
    label = " ".join(c.text for c in cells if number(c.text) is None)
    kind = meaning(label)
    numbers = [c for c in cells if number(c.text) is not None]
    if kind == "other" or table.scheme is None or len(numbers) != len(table.year_columns):
        return
    for (_col, year, ystart), cell in zip(table.year_columns, numbers, strict=True):
        raw = number(cell.text)
        fig = next((f for f in table.figures if f.year == year), None)
        if fig is None:
            fig = Figure(table.scheme[0], table.scheme[1], (ystart, ystart + 4), year, {})
            table.figures.append(fig)
        if raw is not None and kind not in fig.values:
            fig.values[kind] = value(kind, raw, unit_factor(label, table.scale))


# '(post 71)' after a scheme's name in a grant table: the budget post it is paid from, not part of the name
POST_REMARK = re.compile(r"\s*\((?:kap\.\s*\d+,?\s*)?post\s+\d{2}\)\s*$", re.I)


def next_year_row(table: Table, name_cell: Cell, year_cell: Cell, numbers: list[Cell], end: int) -> None:
    """A scheme's next year on the line below its first, the name running on in the name cell ('kystmuseum
    (post 72)'): the words join the name, the figures are that year's."""
    last = table.figures[-1]
    more = clean(POST_REMARK.sub("", name_cell.text))
    if more:
        joint = "\n" if last.name.endswith("-") or not more[:1].islower() else " "
        for f in table.figures:
            if f.name_span == last.name_span:
                f.name = clean(f"{f.name}{joint}{more}")
    values = assign(table, numbers)
    if values:
        table.figures.append(Figure(last.name, last.name_span, (name_cell.start, end), int(year_cell.text), values))


def group_row(table: Table, name_cell: Cell, numbers: list[Cell], start: int, end: int) -> None:
    """A scheme's row under year groups: one figure per year."""
    by_year: dict[int, dict[str, int]] = {}
    for (year, header), cell in zip(table.groups, numbers, strict=True):
        kind, raw = meaning(header), number(cell.text)
        if kind in ("amount", "granted", "received") and raw is not None:
            by_year.setdefault(year, {}).setdefault(kind, value(kind, raw, unit_factor(header, table.scale)))
    lead = table.name if name_cell.text[:1].islower() else []  # the name began on the line above
    table.name = []
    first_cell = lead[0] if lead else name_cell
    name = clean(" ".join(c.text for c in [*lead, name_cell])) + ("-" if name_cell.text.endswith("-") else "")
    span = (first_cell.start, name_cell.start + len(name_cell.text))
    for year, values in by_year.items():
        table.figures.append(Figure(name, span, (first_cell.start, end), year, values))


# a header column that names the goal each row serves ('Delmål', 'Mål'), and a goal's code in a row's last cell
GOAL_COLUMN = re.compile(r"(?:delmål|mål|hovedmål|hovudmål|virksomhetsmål|verksemdsmål|effektmål)")
GOAL_CELL = re.compile(r"[ \t]{2,}(?P<code>\d{1,2}(?:\.\d{1,2})?|[A-ZÆØÅ]-?\d{1,2}(?:\.\d{1,2})?)[ \t]*$")


def goal_cells(figures: list[Figure], columns: list[Column], original: str) -> None:
    """Under a header whose last column names a goal, each scheme serves the goal its row's last cell gives (the
    rows of its other years, without that cell, too)."""
    if not columns or not GOAL_COLUMN.fullmatch(columns[-1].text):
        return
    coded: dict[str, str] = {}
    for f in figures:
        line_end = original.find("\n", f.row_span[0])
        row = original[f.row_span[0]: line_end if line_end >= 0 else len(original)]
        if (m := GOAL_CELL.search(row)) is not None:
            coded.setdefault(f.name, m.group("code"))
    for f in figures:
        f.goal = f.goal or coded.get(f.name, "")
