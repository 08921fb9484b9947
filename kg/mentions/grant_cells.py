"""Grant tables torn one cell per line: every header cell and every row's cell on lines of their own.

    Innvilget / (1 000 kr) / Ordning / Antall / innvilget / Antall / søknader
    23 810 / Tilskudd til leseprosjekter i folke- / bibliotek / 118 / 164
    …
    41 545 / Sum / 368 / 577

A header cell runs on over lines that open in lower case or with a bracket (*Antall* / *innvilget*, *Innvilget*
/ *(mill. kr)*); its words say what the column holds (see :func:`kg.mentions.grant_columns.meaning`), the one
column about schemes (*Ordning*, *Tilskuddsordning*) holds the names. A header cell closed by a year
(*Søknader 2022*, *Innvilget 2023*) holds that year's figure: the row gives one figure per year. A *Mål* column
holds the goal the scheme serves (*VM 1*, *2*). A row is then one cell per column in the header's order: a
figure a line (a dash for none), the name over as many lines as it wraps (lines that open in lower case or
follow a hyphen). A Sum/Totalt row is no scheme; a line that fits no cell ends the table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.mentions.amounts import number, unit_factor
from kg.mentions.grant_columns import CELL_GAP, SCHEME_NAME, meaning, value
from kg.mentions.text import clean

NAME_COLUMN = re.compile(r"^(?:tilsk(?:udd|ot)s)?ordning(?:er)?$|^tilsk(?:udd|ot)(?:sordning)?$|^navn$", re.IGNORECASE)
TOTAL = re.compile(r"^(?:sum|totalt?|i alt|samlet)\b", re.IGNORECASE)
GOAL_COLUMN = re.compile(r"^(?:[a-zæøå]*mål)$", re.IGNORECASE)
# a goal cell: its number, or its code by the level's initial ('VM 1', 'HM2'), or 'Mål 2', or its letter ('A')
GOAL_CELL = re.compile(r"^(?:[A-ZÆØÅ]{1,2}M ?|[A-ZÆØÅa-zæøå]*mål )?(?P<num>\d{1,2}(?:\.\d{1,2})?)$"
                       r"|^(?P<letter>[A-ZÆØÅ])$")
COLUMN_YEAR = re.compile(r"\s(?P<year>(?:19|20)\d\d)$")
MAX_COLUMNS = 9
NO_VALUE = ("–", "-", "—", "..", "…")
#: (text, start, end, line start) of a line after the caption; '' for a blank line.
Row = tuple[str, int, int, int]


@dataclass(frozen=True)
class CellFigure:
    """One scheme's row: its name, the name's span, the row's span and its figures."""

    name: str
    name_span: tuple[int, int]
    row_span: tuple[int, int]
    values: dict[str, int]
    year: int | None = None  # the year of the header's columns, where they name one
    goal: str = ""  # the number of the goal the row's goal cell names


def _kind(name: str) -> str:
    return "name" if NAME_COLUMN.match(name) else "goal" if GOAL_COLUMN.match(name) else meaning(name)


def _header(rows: list[Row]) -> tuple[list[str], int] | None:
    cols: list[list[str]] = []
    i = 0
    while i < len(rows) and len(cols) <= MAX_COLUMNS:
        text = rows[i][0]
        if not text or number(text) is not None or CELL_GAP.search(text) or len(text) > 40:
            break
        if len(text.split()) > 1 and any(NAME_COLUMN.match(c[0]) for c in cols) and (SCHEME_NAME.search(text) or (
                not COLUMN_YEAR.search(text) and text[:1].isupper() and _kind(text) in
                {_kind(clean(" ".join(c))) for c in cols} - {"other"})):
            break  # the first row's name: a header has one column of names, and one column of each kind a year
        if cols and (text[:1].islower() or text.startswith("(") or cols[-1][-1].endswith("-")):
            cols[-1].append(text)
        else:
            cols.append([text])
        i += 1
    names = [clean(" ".join(c)) for c in cols]
    kinds = [_kind(n) for n in names]
    if kinds.count("name") != 1 or sum(k in ("amount", "granted", "received") for k in kinds) < 2:
        return None
    return names, i


def _amount_among_grants(names: list[str], kinds: list[str]) -> list[str]:
    """Kinds with the last of two grant columns of one year taken as the amount where no column is of amounts
    (*Tilsagn 2023* / *Innvilget 2023* under a caption *beløp i 1000 kr*: the count, then the sum)."""
    if "amount" in kinds:
        return kinds
    out = list(kinds)
    by_year: dict[str, list[int]] = {}
    for k, (name, kind) in enumerate(zip(names, kinds, strict=True)):
        if kind == "granted":
            ym = COLUMN_YEAR.search(name)
            by_year.setdefault(ym.group("year") if ym else "", []).append(k)
    for columns in by_year.values():
        if len(columns) == 2:
            out[columns[1]] = "amount"
    return out


def torn_grant_rows(rows: list[Row], scale: int) -> list[CellFigure]:
    """The schemes of a grant table torn one cell per line (its lines after the caption); none for another shape."""
    found = _header(rows)
    if found is None:
        return []
    names, i = found
    kinds = _amount_among_grants(names, [_kind(n) for n in names])
    out: list[CellFigure] = []
    while i < len(rows):
        name: list[Row] = []
        values: dict[int | None, dict[str, int]] = {}
        goal = ""
        start = i
        for col, kind in zip(names, kinds, strict=True):
            text = rows[i][0] if i < len(rows) else ""
            if kind == "name":
                if not text or number(text) is not None or text in NO_VALUE:
                    return out
                name.append(rows[i])
                i += 1
                while i < len(rows) and rows[i][0] and number(rows[i][0]) is None and rows[i][0] not in NO_VALUE \
                        and (rows[i][0][:1].islower() or name[-1][0].endswith("-")):
                    name.append(rows[i])
                    i += 1
                continue
            gm = GOAL_CELL.match(text) if kind == "goal" else None
            if gm:
                goal = gm.group("num") or gm.group("letter")
                i += 1
                continue
            raw = number(text) if text else None
            if not text or (raw is None and text not in NO_VALUE):
                return out
            if raw is not None and kind in ("amount", "granted", "received"):
                ym = COLUMN_YEAR.search(col)
                values.setdefault(int(ym.group("year")) if ym else None, {})[kind] = value(
                    kind, raw, unit_factor(col, scale))
            i += 1
        label = clean("\n".join(r[0] for r in name))
        if not TOTAL.match(label):
            out += [CellFigure(label, (name[0][1], name[-1][2]), (rows[start][1], rows[i - 1][2]), v, year, goal)
                    for year, v in values.items()]
    return out
