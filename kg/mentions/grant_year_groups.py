"""Grant tables whose measures each span a group of year columns.

A header names the measures ('Innvilget beløp (mill. kroner)', 'Innvilgede søknader', 'Mottatte
søknader'); the line under it puts the years under each measure ('Ordning  2023  2022  2023  2022 …').
Each year cell belongs to the measure whose header starts at or before it, so a row's numbers give one
figure per year.
"""

from __future__ import annotations

import re

YEAR = re.compile(r"^(?:19|20)\d\d$")


def year_groups(cells: list[tuple[int, str]], headers: list[tuple[int, str]]) -> list[tuple[int, str]] | None:
    """(year, header text) for each year cell of a sub-header line (col, text), or None when it is no such line.

    The line is a label cell (and a goal column's) followed by two or more years, and at least two years share one
    header."""
    years = [(col, text) for col, text in cells if YEAR.match(text)]
    # the years close the line, after the scheme's label and perhaps a goal column's ('Ordning  Mål  2023  2024 …')
    if len(years) < 2 or not headers or years not in (cells, cells[1:], cells[2:]):
        return None
    out = []
    for col, text in years:
        before = [h for h in headers if h[0] <= col + 2]
        header = max(before, key=lambda h: h[0]) if before else min(headers, key=lambda h: h[0])
        out.append((int(text), header[1]))
    return out if len({h for _, h in out}) < len(out) else None
