"""A grant scheme's goal named right after the scheme: *Tilskudd til X skal bidra til strategisk mål 1, Tilskudd
til Y til strategisk mål 2 og …*, *Post 60 skal bidra til VM1*.

A scheme the document names elsewhere (a table, a sentence), written out again and followed by *(skal) bidra
til*, *til* or *under* and a goal's level and number or printed code, supports that goal where the document
states it. Only a scheme no other rule has placed under a goal is placed so.
"""

from __future__ import annotations

import re

from kg.mentions.base import Extraction, Key, Link
from kg.mentions.goal_names import named_goal_keys
from kg.mentions.goals import GoalContext
from kg.mentions.printed import Citer
from kg.passages.base import Passage

GOAL_AFTER = re.compile(r"\s+(?:skal\s+)?(?:bidra\s+til|til|under|knyttet\s+til)\s+(?P<goal>(?:(?:strategisk|"
                        r"overordnet|virksomhets|hoved|hovud|del)\s*)?mål\s+\d{1,2}(?:\.\d{1,2})?)\b", re.IGNORECASE)


def named_scheme_goals(found: Extraction, passages: list[Passage], ctx: GoalContext, original: str) -> list[Link]:
    """``supportsGoal`` links for schemes written out and followed by the goal they serve."""
    placed = {link.subject for link in found.links if link.predicate == "supportsGoal"}
    names: dict[Key, str] = {}
    for mention in found.mentions:
        if mention.type == "GrantScheme" and mention.key not in placed and len(mention.label.split()) >= 3:
            names.setdefault(mention.key, mention.label)
    citer = Citer(passages, original)
    out: list[Link] = []
    for key, name in names.items():
        spelt = re.compile(r"\s+".join(re.escape(w) for w in name.split()) + GOAL_AFTER.pattern, re.IGNORECASE)
        for m in spelt.finditer(original):
            span = citer.span(m.start(), m.end())
            goals = named_goal_keys(ctx, span.doc, " ".join(m.group("goal").split())) if span is not None else []
            if span is not None and goals:
                out += [Link(key, "supportsGoal", g, span, "grant.goal-named-after-it", 0.8) for g in goals]
                break
    return out
