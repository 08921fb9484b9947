"""A goal's section that says which higher goal it serves: the sub-goal's link to it.

Reports organised by the lower level of a two-level goal structure often open each goal's section with
*Virksomhetsmålet bidrar til overordnet mål 1.* or *Delmålet hører inn under hovedmål 2.* The goal whose
section it is then has that goal as its broader goal (``broader``), where the document states that goal too.
"""

from __future__ import annotations

import re

from kg.mentions.base import Extraction, Link, span_of
from kg.mentions.goal_context import GoalContext, goal_key
from kg.mentions.goal_scopes import NUMBERED_SERIES
from kg.passages.base import Passage

SERVES = re.compile(
    r"\b(?:[A-ZÆØÅa-zæøå]*mål)et\s+(?:skal\s+)?(?:bidra(?:r)?\s+til|hører\s+(?:inn\s+)?under|er\s+knyttet\s+til|"
    r"understøtter)\s+(?:å\s+nå\s+)?(?P<level>(?:overordnet|overordnede|strategisk)\s+mål|[a-zæøå]*mål)\s+"
    r"(?P<num>\d{1,2})\b", re.IGNORECASE)


def served_goal_links(passages: list[Passage], ctx: GoalContext, original: str) -> Extraction:
    """``broader`` links from the goal of a section to the goal its text says that goal serves."""
    out = Extraction()
    for p in passages:
        goal = ctx.goal_of(p)
        if goal is None or not goal.section:
            continue
        for m in SERVES.finditer(p.text):
            level = " ".join(m.group("level").lower().split()).replace("overordnede", "overordnet")
            number: int | str = int(m.group("num")) if level in NUMBERED_SERIES else f"{level} {m.group('num')}"
            if str(number) not in ctx.parts or number == goal.number:
                continue
            span = span_of(p, m.start(), m.end(), original)
            out.links.append(Link(goal_key(p.doc, goal.number, goal.part), "broader", goal_key(p.doc, number), span,
                                  "goal.serves-named-goal", 0.85))
    return out
