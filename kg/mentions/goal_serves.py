"""A goal's section that says which higher goal it serves: the sub-goal's link to it.

Reports organised by the lower level of a two-level goal structure often open each goal's section with
*Virksomhetsmålet bidrar til overordnet mål 1.* or *Delmålet hører inn under hovedmål 2.* The goal whose
section it is then has that goal as its broader goal (``broader``), where the document states that goal too.

A document that states one societal goal (*samfunnsmål*) puts the agency's goals under it: every goal it
states that has no broader goal of its own gets the societal goal as its broader goal (the genre's structure;
annotators read it so in eleven of the twelve documents that state one).
"""

from __future__ import annotations

import re

from kg.mentions.base import Extraction, Key, Link, Mention, span_of
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


def societal_goal_links(found: Extraction) -> list[Link]:
    """``broader`` links to a document's one societal goal from its goals that have no broader goal."""
    goals: dict[Key, Mention] = {}
    for m in found.mentions:
        if m.type == "Goal":
            goals.setdefault(m.key, m)
    # an unnumbered 'Overordnet mål' above the others is the top of its document's goals too
    # so is a plan's one unnumbered main goal ('Hovedmålet for planen er at …') over numbered sub-goals
    numbered_main = any(str(m.attr("level") or "").lower() in ("hovedmål", "hovudmål") and m.attr("number") is not None
                        for m in goals.values())
    societal = [k for k, m in goals.items() if str(m.attr("level") or "").lower() in ("samfunnsmål", "samfunnseffekt")
                or str(m.attr("level") or "").lower() in ("overordnet mål", "overordna mål")
                and m.attr("number") is None
                or str(m.attr("level") or "").lower() in ("hovedmål", "hovudmål") and m.attr("number") is None
                and not m.attr("notation") and not numbered_main]
    if len(societal) != 1:
        return []
    placed = {link.subject for link in found.links if link.predicate == "broader"}
    # internal goals ('Interne mål') are the means to the other goals, not goals under the societal one
    return [Link(key, "broader", societal[0], m.span, "goal.under-the-societal-goal", 0.7)
            for key, m in goals.items() if key != societal[0] and key not in placed
            and not str(m.attr("level") or "").lower().startswith("intern")]


SOCIETAL = ("samfunnsmål", "samfunnseffekt", "sektormål", "samfunnsoppdrag")
ITEM_GOAL_PREDICATES = ("supportsGoal", "addresses", "aboutGoal", "underGoal")


def below_societal_goals(found: Extraction) -> list[Link]:
    """The links, less those that place a scheme, measure, report or assignment under the societal goal of a
    document that has goals below it: the societal goal's section or scope holds the whole report, and what is in
    it serves one of the goals under it (or, where the text says none, no goal in particular)."""
    levels = {m.key: str(m.attr("level") or "").lower() for m in found.mentions if m.type == "Goal"}
    if not any(level not in SOCIETAL for level in levels.values()):
        return found.links
    return [link for link in found.links if not (
        link.predicate in ITEM_GOAL_PREDICATES and levels.get(link.object) in SOCIETAL)]
