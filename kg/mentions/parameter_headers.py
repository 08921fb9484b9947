"""The header row of a steering-parameter table of stated results: 'Styringsparameter | [Mål |] 2022 | 2023 | 2024 |
Resultatmål 2024', the target's column first, last or none."""

from __future__ import annotations

import re

from kg.mentions.goal_columns import GOAL_COLUMN
from kg.mentions.parameter_lines import CELLS, Line
from kg.mentions.parameter_stated import TARGET_WORDS, YEAR

PARAMETER_WORD = re.compile(r"(?i)styringsparamet|indikator")
# the first header cell of a parameter table: a parameter's word, or the requirements' ('Resultatkrav | Krav 2024 | …')
TABLE_WORD = re.compile(r"(?i)styringsparamet|(?:resultat)?indikator|resultatkrav$|nøkkelta(?:l|ll)$")  # ('NØKKELTAL')
# a target column's header; 'Mål 2022' or 'Krav 2024' beside year columns too ('Indikator | Mål 2022 | 2022 | …')
CODED_ROW = re.compile(r"^[ \t]*(?:SP|S|[A-ZÆØÅ]{1,3})[ \t]?\d{1,2}(?:\.\d{1,2})*[ \t]+[A-ZÆØÅ]")
TARGET_HEAD = re.compile(r"(?P<word>" + TARGET_WORDS + r")\b|(?P<short>mål|krav)\s+(?:19|20)\d\d$", re.IGNORECASE)


def table_header(lines: list[Line], i: int) -> tuple[list[str], str, bool, bool] | None:
    """Year columns, the target column's word, whether it stands last, and whether a goal column follows the
    parameter's ('Styringsparameter | Mål | 2022 …'), of a parameter table's header row on line ``i``."""
    cells = CELLS.split(lines[i].text.strip())
    if cells[-1].endswith("-") and i + 1 < len(lines):  # 'Ambisjons-' / 'nivå 2022' on the line below
        cells[-1] = cells[-1][:-1] + CELLS.split(lines[i + 1].text.strip())[-1]
    if cells and re.fullmatch(YEAR, cells[0]) and any(PARAMETER_WORD.search(ln.text)
                                                       for ln in lines[max(0, i - 2): i]):
        cells = ["", *cells]  # only years and the target over the rows, the caption naming the parameters
    elif not cells or not TABLE_WORD.match(cells[0]) or (
            cells[0].lower().startswith("nøkkel") and not (i + 1 < len(lines) and CODED_ROW.match(lines[i + 1].text))):
        return None  # (a key-figure table is one of parameters only where its rows carry their codes: 'SP 1.1 …')
    goal_column = len(cells) > 2 and GOAL_COLUMN.match(cells[1]) is not None  # 'Styringsparameter | Mål | …'
    years = [c for c in cells[1:] if re.fullmatch(YEAR, c)]
    kinds = [(m.group("word") or ("resultatkrav" if m.group("short").lower() == "krav" else "mål")).lower()
             for c in cells[1:] if (m := TARGET_HEAD.match(c))]
    if not kinds and len(cells) > 2 and cells[-1].lower() == "mål" and re.fullmatch(YEAR, cells[-2]):
        kinds = ["mål"]  # a bare 'Mål' after the year columns is the target's
    last = bool(kinds) and not re.fullmatch(YEAR, cells[-1])
    return (years, kinds[0] if kinds else "", last, goal_column) if years else None
