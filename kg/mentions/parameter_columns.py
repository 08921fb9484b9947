"""Steering-parameter tables with a code per row: 'Nr. | Styringsparameter | [2022 | 2023 | 2024] | Mål 2024'.

Letters print a goal's parameters so with a target column only ('Resultatmål/ambisjon 2024'); reports add a column
per year and often keep the target last ('Mål 2024'). Each row opens with its code in the number column ('1.1',
'E2.1', 'B.1', '1.1a'), or, with no number column, at the start of the parameter's cell ('1.1 Antall …'); the
text and the target wrap onto lines below, whose cells belong to the column they stand under, and a goal's code in
brackets among them ('(EM1)') is the goal the row measures. Other columns ('Rapportering') are left out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from kg.mentions.parameter_lines import OPEN_WORDS, split_at_value
from kg.mentions.parameter_stated import TARGET_WORDS
from kg.mentions.printed import IndentedLine as Line
from kg.mentions.text import clean

NUMBER_COLUMN = re.compile(r"^(?:Nr\.?|Kode|ID|Ind\.)$", re.IGNORECASE)  # ("Ind." over indicator codes)
GOAL_COLUMN = re.compile(r"^(?:Mål|Virksomhetsmål|Hovedmål|Hovudmål|Delmål|Styringsmål|SM|VM|HM)$", re.IGNORECASE)
# the parameter column's header; a table's caption may stand in it ('Tabell 2 Styringsparametrar mål 1')
NAME_COLUMN = re.compile(r"^(?:Tabell\s+\d+(?:\.\d+)?\s+)?(?:Styringsparamet(?:er|ere|erne|re|rar|erar|rane)"
                         r"|Indikator(?:er|ar)?|Resultatindikator(?:er|ar)?)(?:\s+(?:for\s+)?(?:mål|delmål|hovudmål|hovedmål)\s+\d+(?:\s+og\s+"
                         r"(?:mål\s+)?\d+)?)?$", re.IGNORECASE)
TARGET_COLUMN = re.compile(r"^(?:resultatmål|prestasjonskrav|ambisjon(?:snivå)?|resultatkrav|målverdi|måltal(?:l)?|mål"
                           r"|krav|grønt|grønn)\b", re.IGNORECASE)  # ('krav 2025' wrapped up; 'Grønt | Gult | Rødt')
YEAR = re.compile(r"^(?:19|20)\d{2}$")
# a target column before the years ('Resultatkrav 2024 | 2022 | 2023 | 2024'; a bare 'Mål' is a goal's column)
FIRST_TARGET = re.compile(rf"^(?:{TARGET_WORDS})\b", re.IGNORECASE)
RESULT_YEAR = re.compile(r"^Resultat\s+(?:19|20)\d{2}$", re.IGNORECASE)  # a year's result column ('Resultat 2024')
TABLE_NOTE = re.compile(r"^(?:Kilde|Kjelde|Note|Merknad|Kunnskapsgrunnlag)\s*:", re.IGNORECASE)
GROUP_ROW = re.compile(r"^(?:(?:Strategisk|Strategiske|Overordnet|Overordna)\s+mål|(?:Del|Hoved|Hovud|Virksomhets|"
                       r"Verksemds|Effekt)?mål)\s+(?P<num>\d{1,2}(?:\.\d{1,2})?|(?-i:[A-ZÆØÅ]))\s*:?$"
                       r"|^(?:[-–=_]{5,}|(?:Prioritert\s+)?område\s+\d{1,2})$", re.IGNORECASE)  # (a rule or an area)
# '1.1', 'E2.1', 'B.1', 'B-1.1', 'SP 3', 'S4', 'SP 1.1.1', 'A-1', '1a', 'B1a' (a goal's code and a letter), 'SP A.1',
# 'A1-1' (a goal's code, a dash and the row's number)
CODE = re.compile(r"^(?:[A-ZÆØÅ]{1,3}[ -]?\d{0,2}(?:\.\d{1,2}){1,2}|\d{1,2}(?:\.\d{1,2})?|(?:SP|S|[A-Z])[ -]?\d{1,2}"
                  r"[a-h]?|[A-ZÆØÅ]{1,2}\d{1,2}-\d{1,2}|(?:SP|S)[ -]?[A-ZÆØÅ]\.\d{1,2}"  # ('SP-1a')
                  r"|(?:[A-ZÆØÅ]{1,2})?\d{1,2}(?:\.\d{1,2})?[a-h])$")  # ('1.1a': a sub-goal's number and a letter)
CELL = re.compile(r"\S+(?: \S+)*")
NO_VALUE = ("–", "-", "—", "")


@dataclass
class Row:
    """One parameter row: code, wrapped text, value per year column and target, with its lines."""

    code: str
    first: int
    last: int
    label: list[str] = field(default_factory=list)
    values: dict[str, list[str]] = field(default_factory=dict)
    goal: str = ""  # the goal column's number on the row's first line, where the table has one
    target: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return clean("\n".join(self.label)).rstrip(" .")

    @property
    def target_text(self) -> str | None:
        t = clean(" ".join(self.target))
        return None if t in NO_VALUE else t


@dataclass(frozen=True)
class Header:
    """The columns of a numbered parameter table: where each starts and ends, and what it holds."""

    columns: tuple[tuple[int, int, str], ...]  # start, end, name
    target_kind: str
    numbered: bool = True  # a number column first; else the code opens the parameter's cell
    goal_column: bool = False  # a goal column before the number column ('Mål | Kode | Styringsparameter …')
    wrapped: bool = False  # a column's name hyphenated onto the next line ('Resultat-' / 'krav 2024')

    @property
    def code_column(self) -> int:
        return 1 if self.goal_column else 0

    @property
    def name_column(self) -> int:
        return self.code_column + (1 if self.numbered else 0)

    @property
    def years(self) -> list[str]:
        return [n for _, _, n in self.columns if YEAR.match(n)]

    def column_of(self, start: int, end: int) -> int:
        """The column a cell printed at ``start:end`` stands under: the one it overlaps most, else the nearest."""
        best, score = 0, -(10**9)
        for i, (a, b, _) in enumerate(self.columns):
            overlap = min(b, end) - max(a, start)
            if i == len(self.columns) - 1 and start >= a - 2:
                overlap = max(overlap, 1)
            if overlap > score:
                best, score = i, overlap
        return best


def _joined(cells: list[tuple[int, int, str]], below: str) -> list[tuple[int, int, str]]:
    """Header cells with a name hyphenated over two lines joined ('Resultat-' over 'krav 2024'); none where no
    name is."""
    parts = [(m.start(), m.end(), m.group()) for m in CELL.finditer(below)]
    out, joined = [], False
    for a, b, name in cells:
        rest = next((c for c in parts if c[2][:1].islower() and c[0] < b and c[1] > a - 2), None)
        if name.endswith("-") and rest is not None:
            name, joined = name[:-1] + rest[2], True
        out.append((a, b, name))
    return out if joined else []


def header_at(text: str, below: str = "", after: str = "") -> Header | None:
    """The table header a line is, if it opens with a number column followed by a parameter column and has a
    target or year column (or, with the target column before the years, the line ``below`` opens with a code; where
    a column's name goes on on the line below, the line ``after`` it does)."""
    cells = [(m.start(), m.end(), m.group()) for m in CELL.finditer(text)]
    if joined := _joined(cells, below):
        found = _header(joined, after)
        return Header(found.columns, found.target_kind, found.numbered, found.goal_column, True) if found else None
    return _header(cells, below)


def _header(cells: list[tuple[int, int, str]], below: str) -> Header | None:
    if len(cells) >= 4 and GOAL_COLUMN.match(cells[0][2]) and NUMBER_COLUMN.match(cells[1][2]) \
            and NAME_COLUMN.match(cells[2][2]):
        inner = _header(cells[1:], "")
        if inner is None:
            return None
        return Header(tuple(cells), inner.target_kind, True, goal_column=True)
    numbered = len(cells) >= 3 and bool(NUMBER_COLUMN.match(cells[0][2])) and bool(NAME_COLUMN.match(cells[1][2]))
    if not numbered and not (len(cells) >= 2 and NAME_COLUMN.match(cells[0][2]) and cells[0][0] <= 4):
        return None
    rest = [c for _, _, c in cells[2 if numbered else 1:]]
    kinds = [m.group(0).lower() for c in rest if not YEAR.match(c) and (m := TARGET_COLUMN.match(c))]
    if not kinds and not any(YEAR.match(c) for c in rest):
        return None
    if not numbered and any(YEAR.match(c) for c in rest) and not (
            kinds and FIRST_TARGET.match(rest[0]) and _code_in_cell(below.strip())):
        # year columns without a number column: the parameter tables of stated results read these (unless the target
        # stands first: 'Styringsparameter | Resultatkrav 2024 | 2022 | 2023 | 2024', each row opening with its code)
        return None
    return Header(tuple(cells), kinds[0] if kinds else "", numbered)


# the next goal's section after a blank line ('3.3 Mål C', 'III.2  VIRKSOMHETSMÅL 2'): the table has ended
GOAL_SECTION = re.compile(r"^(?:\d{1,2}|[IVX]{1,4})(?:\.\d{1,2})+\s+(?:(?:[A-ZÆØÅ][a-zæøå]*)?[Mm]ål|[A-ZÆØÅ]*MÅL)\b")


def table_rows(lines: Sequence[Line], i: int, header: Header) -> tuple[list[Row], int]:
    """The rows of the table whose header is line ``i``, and the index of the first line after it."""
    rows: list[Row] = []
    j = i + 1
    below = _years_below(header, lines[j].text) if j < len(lines) else None
    if below is not None:
        header, j = below, j + 1
    elif header.wrapped:
        j += 1  # the rest of the hyphenated name
    group = ""  # the goal of a row 'Delmål 1.2' that groups the rows below it
    while j < len(lines):
        line = lines[j]
        cells = [(m.start(), m.end(), m.group()) for m in CELL.finditer(line.text)]
        if TABLE_NOTE.match(line.text.strip()):
            break  # 'Kilde: …' under the table
        gm = GROUP_ROW.match(line.text.strip()) if len(cells) == 1 else None
        if gm:
            group = gm.group("num") or group
            j += 1
            continue
        if not cells:
            k = j + 1
            while k < len(lines) and not lines[k].text.strip() and k - j < 4:
                k += 1  # blank lines around a page break (its footer is not a line here)
            nxt = lines[k].text if k < len(lines) else ""
            code = _code_in_cell(nxt)
            # (a row's words hyphenated over the page break go on under the page's head: 'fritidstil-' / 'bod …')
            if rows and not GOAL_SECTION.match(nxt.strip()) and ((
                    _opens(nxt, header) if header.numbered else bool(code) and rows[-1].code
                    and _shape(code[0] if code else "") == _shape(rows[-1].code))
                    or bool(rows[-1].label) and rows[-1].label[-1].endswith("-") and nxt.strip()[:1].islower()):
                j = k
                continue
            if rows:
                break
            j += 1
            continue
        opened = _code_in_cell(cells[0][2]) if not header.numbered and header.column_of(*cells[0][:2]) == 0 \
            and cells[0][0] <= header.columns[0][0] + 1 else None
        words: tuple[int, int, str] | None = None  # the cell that opens a row with its code holds its words
        if opened:
            rows.append(Row(opened[0], j, j))
            cells = [(cells[0][0] + opened[1], cells[0][1], cells[0][2][opened[1]:]), *cells[1:]]
            words = cells[0]  # (however far it runs on under the next columns)
        elif not header.numbered and len(cells) >= 2 and CODE.match(cells[0][2]) and not cells[0][2].isdigit() \
                and cells[0][0] <= header.columns[0][0] + 1 and header.column_of(*cells[1][:2]) == 0:
            rows.append(Row(cells[0][2], j, j))  # the code in a cell of its own ('SP1  Netto innflytting …')
            cells = cells[1:]
        elif not header.numbered and header.target_kind and len(cells) >= 2 and cells[0][2][:1].isupper() \
                and cells[0][0] <= header.columns[0][0] + 1 and header.column_of(*cells[-1][:2]) > 0 \
                and not (rows and _open_end(rows[-1]) and not (rows[-1].code and (rows[-1].values or rows[-1].target))):
            rows.append(Row("", j, j))  # an uncoded row: the parameter's words and its target ('Andel …   32 %')
        elif rows and not header.numbered and header.target_kind and len(cells) >= 2 and _open_end(rows[-1]):
            pass  # the words after a preposition go on in capitals ('… under' / 'Inkluderingsmidler for …')
        elif rows and not header.numbered and len(cells) == 1 \
                and header.column_of(*cells[0][:2]) == header.name_column and (cells[0][2][:1].islower() or not (
                    rows[-1].values or rows[-1].target or _code_in_cell(cells[0][2])) or _open_end(rows[-1])
                    or cells[0][2][:1].isdigit() and not _code_in_cell(cells[0][2])):  # ('12 måneder')
            pass  # the words of the row above wrapped onto the next line ('på sykkel'), before the row's values
        elif rows and not header.numbered and len(cells) >= 2 and cells[0][2][:1].islower() \
                and header.column_of(*cells[0][:2]) == header.name_column and (
                    not (rows[-1].values or rows[-1].target) or not rows[-1].code and header.target_kind):
            # the row's words go on, its values on this line ('Andel tilsyn …' / 'der avvik …   78 %   81 %'), or
            # beside a comment's next line ('helhetlig ROS-analyse …' / 'Resultatmålet er hevet')
            pass
        elif not header.numbered and header.target_kind and len(cells) == 1 and cells[0][2][:1].isupper() \
                and not (rows and rows[-1].code) and cells[0][0] <= header.columns[0][0] + 1 \
                and not _code_in_cell(cells[0][2]) \
                and len(header.columns) > 1 and cells[0][1] < header.columns[1][0] and lines[j - 1].text.strip():
            rows.append(Row("", j, j))  # an uncoded row whose words wrap before its values, within their column
        elif header.numbered and _opens(line.text, header):
            goal = ""
            if header.goal_column and header.column_of(cells[0][0], cells[0][1]) == 0:
                goal, cells = cells[0][2], cells[1:]
            rows.append(Row(cells[0][2], j, j, goal=goal or group))
            cells = cells[1:]
        elif not rows or len(line.text.strip()) > 100 or (len(cells) == 1 and cells[0][1] - cells[0][0] > 60) or (
                header.column_of(cells[0][0], cells[0][1]) <= header.code_column
                and (header.numbered or cells[0][0] <= header.columns[0][0] + 1)):
            break
        row = rows[-1]
        row.last = j
        for start, end, cell in _overflowing(cells, header, line.text):
            col = header.column_of(start, end)
            name = header.columns[col][2]
            if (tag := re.fullmatch(r"\((?P<code>[A-ZÆØÅ]{1,3}\d{1,2}(?:\.\d{1,2})?)\)", cell)) and not row.goal:
                row.goal = tag.group("code")  # '(EM1)' under the row's words: the goal it measures, by its code
            elif col <= header.name_column or (start, end, cell) == words:
                row.label.append(cell)
            elif YEAR.match(name) or RESULT_YEAR.match(name):
                row.values.setdefault(name[-4:], []).append(cell)
            elif TARGET_COLUMN.match(name):
                row.target.append(cell)
        j += 1
    return [r for r in rows if len(r.text.split()) >= 2], j


def _overflowing(cells: list[tuple[int, int, str]], header: Header, text: str) -> list[tuple[int, int, str]]:
    """The cells, a parameter's words that run on into the next column split from its value (see split_at_value)."""
    nxt = header.columns[header.name_column + 1][0] if header.name_column + 1 < len(header.columns) else -1
    return [part for start, end, cell in cells for part in (split_at_value(start, end, text, nxt) if nxt > 0
            and header.column_of(start, end) == header.name_column else [(start, end, cell)])]




def _shape(code: str) -> str:
    """A code's shape: its letters and dots, its numbers evened out ('RI 1.1.1' and 'RI 2.2.1' are alike)."""
    return re.sub(r"\d+", "#", code)


def _open_end(row: Row) -> bool:
    """Whether a row's words so far end mid-phrase ('Antall deltakere på kurs i'): the next line goes on them."""
    return bool(row.label) and row.label[-1].split()[-1].lower() in OPEN_WORDS


def _years_below(header: Header, text: str) -> Header | None:
    """The header with the years printed on its second line ('Resultat | Resultat | Ambisjon' over '2022 | 2023 |
    2023') given to the result columns above them; none where that line holds anything but years."""
    cells = [(m.start(), m.end(), m.group()) for m in CELL.finditer(text)]
    # (the rest of a header word hyphenated over the two lines, 'Vurde-' / 'ring', is no year and no column)
    cells = [c for c in cells if not (c[2].islower() and header.columns[header.column_of(c[0], c[1])][2].endswith("-"))]
    if not cells or not all(YEAR.match(c) for _, _, c in cells):
        return None
    columns = list(header.columns)
    for start, end, year in cells:
        col = header.column_of(start, end)
        a, b, name = columns[col]
        if col > header.name_column and re.match(r"(?i)resultat$|resultat\s+(?:per|pr\.)$", name):
            columns[col] = (a, b, year)
    return Header(tuple(columns), header.target_kind, header.numbered, header.goal_column)


def _code_in_cell(cell: str) -> tuple[str, int] | None:
    """The code that opens a parameter's cell ('1.1 Antall …') and where its text starts."""
    m = re.match(r"^(?P<code>[A-ZÆØÅ]{0,3}\d{1,2}(?:\.\d{1,2}){1,2}|[A-ZÆØÅ]{1,3} \d{1,2}(?:\.\d{1,2}){1,2}|"
                 r"[A-ZÆØÅ]{1,2}\d{1,2}"
                 r"|\d{1,2}[a-h])\.?[ ]+(?=\S)", cell)
    return (m.group("code"), m.end()) if m else None


def _opens(text: str, header: Header) -> bool:
    cells = [(m.start(), m.end(), m.group()) for m in CELL.finditer(text)]
    if header.goal_column and len(cells) >= 3 and header.column_of(cells[0][0], cells[0][1]) == 0 \
            and re.fullmatch(r"\d{1,2}(?:\.\d{1,2})?", cells[0][2]):  # ('1.1': a sub-goal's number)
        cells = cells[1:]  # the goal's number opens the first row of its goal
    c = header.code_column
    return len(cells) >= 2 and bool(CODE.match(cells[0][2])) and header.column_of(cells[0][0], cells[0][1]) == c \
        and header.column_of(cells[1][0], cells[1][1]) == c + 1
