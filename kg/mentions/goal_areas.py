"""Areas that group goals ('Virksomhetsområde 2: Kystsamfunn …', '3.2 Resultatområde 1 …'): a text may number its
goals anew in each area, and a goal without a number may stand for its area's one goal."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.mentions.goal_statements import GoalStatement

# an area that groups goals ('Virksomhetsområde 2: Kystsamfunn …'); the text may number goals anew in each one
AREA_LEVELS = ("delmål", "hovedmål", "hovudmål", "mål")
SECTION_HEAD = re.compile(r"^[ \t\f]*(?P<num>\d{1,2}\.\d{1,2})[ \t]+[A-ZÆØÅ][^\n]*$", re.MULTILINE)
AREA = re.compile(r"^[ \t\f]*(?P<section>\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?(?:Virksomhetsområde|Resultatområde|"
                  r"Innsatsområde|Satsingsområde|Fagområde)[ \t]+"
                  r"(?P<num>\d{1,2})\b(?![^\n]*(?:\.[ \t]?){3,})", re.MULTILINE)


def numbered_by_area(statements: list[GoalStatement], text: str) -> list[GoalStatement]:
    """The statements, a goal numbered anew in each area ('Delmål 1' under areas 1 and 2) given its area: two
    goals with one number and different titles are two goals (keyed by area and number)."""
    lines = [s for s in statements if s.style == "line" and s.number]
    seen: dict[tuple[str, str], set[str]] = {}
    for s in lines:
        seen.setdefault((s.level, s.number), set()).add(s.title.lower())
    areas = [(m.start(), m.group("num")) for m in AREA.finditer(text) if not m.group("section")]
    if not areas or all(len(titles) < 2 for titles in seen.values()):
        return statements
    out = []
    for s in statements:
        area = next((num for at, num in reversed(areas) if at < s.start), None)
        if s in lines and area and len(seen[(s.level, s.number)]) > 1 and "." not in s.number:
            s = type(s)(s.word, s.number, s.title, s.start, s.end, s.style, area)
        out.append(s)
    return out
