"""Goals whose place in the hierarchy only the order of the text tells.

A report that orders its goals by whom they serve states one effect goal, a user goal for each user group
(*Brukermål 1: …*) and, under each, sub-goals lettered through the whole document (*Delmål A – …*, *Delmål B – …*,
*Delmål C – …* under the next user goal). A lettered sub-goal serves the user or main goal stated last before it;
a user goal serves the one effect goal the document states without a number (the genre's model: societal goal,
effect goals, user goals).
"""

from __future__ import annotations

import re

from kg.mentions.base import Extraction, Link, Mention

# levels a lettered sub-goal may stand under
UPPER_LEVELS = ("brukermål", "brukarmål", "hovedmål", "hovudmål", "virksomhetsmål", "verksemdsmål")
USER_LEVELS = ("brukermål", "brukarmål")


def ordered_goal_links(found: Extraction) -> list[Link]:
    """``broader`` links for lettered sub-goals and user goals that no other rule placed (see the module)."""
    placed = {link.subject for link in found.links if link.predicate == "broader"}
    goals: dict[object, Mention] = {}
    for m in sorted((m for m in found.mentions if m.type == "Goal"), key=lambda m: m.span.start):
        goals.setdefault(m.key, m)  # each goal where the text first states it
    effect = [m for m in goals.values() if m.attr("level") == "effektmål" and not m.attr("notation")]
    out: list[Link] = []
    upper: Mention | None = None
    for m in goals.values():
        level, notation = str(m.attr("level") or ""), str(m.attr("notation") or "")
        if level in UPPER_LEVELS:
            upper = m
        elif level == "delmål" and re.fullmatch(r"[A-ZÆØÅ]", notation) and upper is not None and m.key not in placed:
            out.append(Link(m.key, "broader", upper.key, m.span, "goal.lettered-under-last-stated", 0.75))
        if level in USER_LEVELS and len(effect) == 1 and m.key not in placed:
            out.append(Link(m.key, "broader", effect[0].key, m.span, "goal.user-goal-serves-effect-goal", 0.75))
    return out
