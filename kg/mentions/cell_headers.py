"""The header of a steering-parameter table torn one cell per line: which columns it has, one name a line.

    Nr. / Styringsparameter / Resultatkrav / 2024 / Resultat / 2022 / Resultat / 2023
    Mål / Styringsparameter / Resultatmål 2024

A header names a parameter column and a goal, year or target column; a column's name may run over two lines
('Resultatmål' / '2024', 'Prestasjonskrav/' / 'ambisjonsnivå', 'Resultat' / '2022').
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.mentions.goal_rows import column_levels
from kg.mentions.printed import PrintedLine

PARAMETER_COLUMN = re.compile(r"^(?:Styringsparamet(?:er|re)\w*|Indikator(?:er)?|Resultatindikator)$", re.IGNORECASE)
NUMBER_COLUMN = re.compile(r"^(?:Nr\.?|Kode)$", re.IGNORECASE)
TARGET_COLUMN = re.compile(r"^(?P<kind>resultatmål|resultatkrav|prestasjonskrav|ambisjon(?:snivå)?|målverdi|måltall)"
                           r"(?:[ /][\wæøå/]+){0,3}/?$", re.IGNORECASE)
YEAR_IN = re.compile(r"\b(?:19|20)\d{2}$")
YEAR = re.compile(r"^(?:19|20)\d{2}$")
# 'Resultat 2022', or 'Resultat' with its year on the next line
RESULT_YEAR = re.compile(r"^(?:Resultat|Res\.|Oppnådd)(?:\s+(?P<year>(?:19|20)\d{2}))?$", re.IGNORECASE)


@dataclass
class Header:
    """The columns of a torn table: whether it has a goal column, its year columns and its target's word."""

    goal_column: bool = False
    levels: list[str] = field(default_factory=list)  # the goal column's levels, upper first
    years: list[str] = field(default_factory=list)
    target_kind: str = ""
    target_first: bool = False  # the target's column before the year columns
    goal_ref: bool = False  # a 'Resultatmål' column before the target's holds the number of the goal measured
    ignored: int = 0  # columns after the target's that are no result (a later year's ambition: 'Ambisjonsnivå 2026')

    @property
    def values(self) -> int:
        return len(self.years) + bool(self.target_kind) + self.goal_ref + self.ignored


def header_at(lines: list[PrintedLine], i: int) -> tuple[Header, int] | None:
    """The header whose first cell is line ``i`` and the index after it, where the lines name a parameter
    column and a goal, year or target column, one name a line."""
    header, seen_parameter, j = Header(), False, i
    while j < len(lines) and lines[j].text and len(lines[j].text) <= 40:
        text = lines[j].text
        tm = TARGET_COLUMN.match(text)
        if column_levels(text) and not seen_parameter:
            header.goal_column = True
            header.levels += column_levels(text)
        elif PARAMETER_COLUMN.match(text) and not seen_parameter:
            seen_parameter = True
        elif YEAR.match(text) and header.target_kind and j > i and TARGET_COLUMN.match(lines[j - 1].text) \
                and not lines[j - 2].text.endswith("/") and not YEAR_IN.search(lines[j - 1].text) \
                and not (j + 1 < len(lines) and lines[j + 1].text == str(int(text) + 1)):
            # 'Resultatmål' / '2024': one header cell over two lines (not after 'Prestasjonskrav/' / '…nivå', nor
            # a run of year columns '2019' / '2020')
            pass
        elif YEAR.match(text) and seen_parameter:
            header.years.append(text)
        elif (rm := RESULT_YEAR.match(text)) and seen_parameter and (
                rm.group("year") or j + 1 < len(lines) and YEAR.match(lines[j + 1].text)):
            # 'Resultat 2022' / 'Resultat 2021' (newest year first), or 'Resultat' / '2022' over two lines
            header.years.append(rm.group("year") or lines[j + 1].text)
            j += not rm.group("year")
        elif column_levels(text) and seen_parameter and not (header.years or header.target_kind or header.goal_ref):
            header.goal_ref = True  # 'Styringsparameter' / 'Delmål': the goal each parameter measures, by its number
        elif tm and header.target_kind and not header.target_first and YEAR_IN.search(text):
            header.ignored += 1  # 'Resultatmål 2024' / 'Ambisjonsnivå 2026': a second target column, a later year's
        elif tm and header.target_kind == "resultatmål" and not (header.years or header.goal_ref):
            # 'Resultatmål' / 'Resultatkrav 2024': the first column names the goal (*1.1*), the second the target
            header.goal_ref, header.target_kind = True, tm.group("kind").lower()
        elif tm and seen_parameter and not header.target_kind:
            header.target_kind = tm.group("kind").lower()
            header.target_first = not header.years
        elif j > i and lines[j - 1].text.endswith("/") and text[:1].islower():
            pass  # 'Prestasjonskrav/' / 'ambisjonsnivå': one header cell over two lines
        elif re.fullmatch(r"Mål(?:[ \t]+(?:19|20)\d\d)?", text) and not header.target_kind and (
                header.years or (header.goal_column and PARAMETER_COLUMN.match(lines[j - 1].text))):
            # after the year columns, or right after the parameter's beside a goal column, 'Mål' is the target's
            header.target_kind = "mål"
            header.target_first = not header.years
        elif NUMBER_COLUMN.match(text) and j == i:
            pass
        else:
            break
        j += 1
    if not seen_parameter or not (header.goal_column or header.years or header.target_kind) or j - i < 2:
        return None
    return header, j
