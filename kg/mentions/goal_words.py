"""Goals referred to by their words rather than a number. A letter that lists its goals unnumbered names them, in an
assignment's note or in a sentence about its parameters, by a few of their words after *målet om*:

    HOD-26-01   Direktoratet skal utarbeide en nasjonal veileder for …
                Frist: 1. oktober 2026
                (Prioritert område 1, målet om trygge overganger)

    SP-1a er knyttet til målet om færre pasientskader. SP-1b og SP-1c er knyttet til målet om trygge overganger.

The words name the one goal of the document (of a level that is a *mål*) whose title holds the most of them whole,
then by their stems' first five letters, and at least half of them; where two goals hold as many, none. A note that
names only an area (*(Prioritert område 3)*) names the area's goal. Only assignments and
parameters that no other rule has placed are placed so.
"""

from __future__ import annotations

import re

from kg.mentions.base import Extraction, Key, Link, Mention
from kg.mentions.text import clean, stems

NAMED = re.compile(r"\bmålet\s+om\s+(?P<words>[^,.;:()]{3,80}?)(?=\s*[,.;:)]|\s*$)")
# the codes of the parameters a sentence speaks of, then what links them: 'SP-1b og SP-1c er knyttet til målet om …'
LINKING = r"\s+(?:(?:er\s+knytt(?:et|a)?|hører|høyrer)\s+til\s+|gjelder\s+)?(?=målet\s+om\b)"
# '(Prioritert område 3)': an assignment's note naming only the area, a goal of its own
AREA_NOTE = re.compile(r"\((?P<word>(?:[A-ZÆØÅ][a-zæøå]+\s+)?[a-zæøå]*område)\s+(?P<num>\d{1,2})\)", re.IGNORECASE)
NOTE_REACH = 300  # how far after an assignment's text its note may stand (up to the next blank line)
PREFIX = 5
RULE = "goal.named-by-its-words"


def worded_goal_links(found: Extraction, original: str) -> list[Link]:
    """Links from the assignments and parameters of ``found`` to the goals a *målet om …* phrase names."""
    goals = [m for m in found.mentions if m.type == "Goal" and str(m.attr("level") or "").endswith("mål")]
    areas = {(str(m.attr("level")), str(m.attr("number"))): m.key for m in found.mentions
             if m.type == "Goal" and str(m.attr("level") or "").endswith("område")}
    if not goals or "målet om" not in original:
        return []
    placed = {link.subject for link in found.links if link.predicate == "underGoal"} | {
        link.object for link in found.links if link.predicate == "measuredBy"}
    out: list[Link] = []
    for m in found.mentions:
        if m.type != "Assignment" or m.key in placed:
            continue
        stop = original.find("\n\n", m.span.end)
        note = original[m.span.start : min(m.span.end + NOTE_REACH, stop if stop >= 0 else len(original))]
        named, area = NAMED.search(note), AREA_NOTE.search(note)
        goal = _goal(goals, named.group("words")) if named else _area(areas, area) if area else None
        if goal is not None:
            out.append(Link(m.key, "underGoal", goal, m.span, RULE, 0.7))
    params = {str(m.attr("code")): m for m in found.mentions
              if m.type == "SteeringParameter" and m.attr("code") and m.key not in placed}
    if params:
        code = "|".join(re.escape(c) for c in sorted(params, key=len, reverse=True))
        sentence = re.compile(rf"(?<![\w-])(?P<codes>(?:{code})(?:\s*(?:,|og)\s*(?:{code}))*){LINKING}")
        for s in sentence.finditer(original):
            named = NAMED.match(original, s.end())
            goal = _goal(goals, named.group("words")) if named else None
            if goal is None:
                continue
            for c in re.split(r"\s*(?:,|og)\s*", s.group("codes")):
                out.append(Link(goal, "measuredBy", params[c].key, params[c].span, RULE, 0.7))
    return out


def _area(areas: dict[tuple[str, str], Key], note: re.Match[str]) -> Key | None:
    """The area goal a note names by its kind and number ('(Prioritert område 3)')."""
    return areas.get((" ".join(note.group("word").lower().split()), note.group("num")))


def _goal(goals: list[Mention], words: str) -> Key | None:
    """The one goal whose title holds the most of ``words`` (at least half), if one does."""
    wanted = stems(clean(words))
    if not wanted:
        return None
    held: dict[Key, tuple[int, int]] = {}  # words held whole, and by their first letters
    for g in goals:
        title = stems(str(g.attr("title") or g.label))
        short = {w[:PREFIX] for w in title}
        held[g.key] = max(held.get(g.key, (0, 0)), (len(wanted & title), sum(w[:PREFIX] in short for w in wanted)))
    best = max(held.values())
    top = [k for k, n in held.items() if n == best]
    return top[0] if best[1] * 2 >= len(wanted) and len(top) == 1 else None
