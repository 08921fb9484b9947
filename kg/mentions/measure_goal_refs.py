"""A measure's goal named in its own paragraph: *Mentorprogrammet … Programmet skal bidra til resultatmål 1.1.*,
*Portalen er det viktigaste tiltaket for resultatmål 1.2*, *Opplegget høyrer til resultatmål 2.1*; or opening its
sentence: *For å nå delmål 1.1 skal DUS halde fram med X*; or closing its line: *▪ Kampanjen «X», retta mot … (delmål
A1)*.

Reports that state goals at two levels describe their measures under the upper goal's section and say in the
paragraph which goal of the level below each one serves. Where the paragraph that names a measure names one goal
so, and the document states it, the measure addresses that goal: in place of the section's goal where the named
goal lies under it (*1.1* under *1*), besides it otherwise.
"""

from __future__ import annotations

import re

from kg.mentions.base import Extraction, Key, Link
from kg.mentions.goal_names import named_goal_keys
from kg.mentions.goals import GoalContext

# a goal's printed code alone ('det viktigaste tiltaket for S2', 'For å nå S1'), where one goal is printed so
CODE = r"(?-i:[A-ZÆØÅ]{1,3}\d{1,2}(?:\.\d{1,2})?)(?![\wæøå])"
REFERS = re.compile(r"\b(?:bidra(?:r)?\s+til|h(?:øy|ø)rer\s+(?:inn\s+)?(?:til|under)|tiltak(?:et)?\s+for|"
                    r"knytt(?:et)?\s+til|understøtt(?:er|ar))\s+(?P<goal>[a-zæøå]*mål\s+\d{1,2}(?:\.\d{1,2})?\b|"
                    r"(?<=tiltaket\sfor\s)" + CODE + ")", re.IGNORECASE)
TO_REACH = re.compile(r"(?:^|\n)[ \t]*(?:For|for)\s+å\s+(?:nå|oppnå)\s+"
                      r"(?P<goal>[a-zæøå]*mål\s+\d{1,2}(?:\.\d{1,2})?\b|" + CODE + ")")
# ... or closing the measure's line: '▪  Kampanjen «Pussa for livet», retta mot foreldre (delmål A1)'
LINE_TAG = re.compile(r"\((?P<goal>[a-zæøå]*mål[ \t]+(?:(?-i:[A-ZÆØÅ])\d{0,2}|\d{1,2}(?:\.\d{1,2})?))\)[ \t.]*$",
                      re.IGNORECASE)
MAX_OPENING = 300
PARAGRAPH_END = re.compile(r"\n[ \t\f]*\n")
MAX_PARAGRAPH = 800


def _goal_words(goal: str) -> str:
    return " ".join(w.lower() if "mål" in w.lower() else w for w in goal.split())  # a code keeps its capitals


def _number(key: Key) -> str:
    return str(key[2]).rsplit(" ", 1)[-1]


def _under(narrow: Key, broad: Key) -> bool:
    """Whether goal ``narrow`` is numbered under goal ``broad`` ('resultatmål 1.1' under 'strategisk mål 1')."""
    return _number(narrow).startswith(_number(broad) + ".")


def paragraph_goal_measures(found: Extraction, ctx: GoalContext, original: str) -> list[Link]:
    """The links, with each measure placed under the one goal its paragraph says it serves (see the module)."""
    links = list(found.links)
    for m in found.mentions:
        if m.type != "Measure":
            continue
        stop = PARAGRAPH_END.search(original, m.span.start, m.span.start + MAX_PARAGRAPH)
        paragraph = re.sub(r"-\n[ \t]*", "", original[m.span.start: stop.start() if stop else
                                                    m.span.start + MAX_PARAGRAPH])
        # ... or opening the measure's sentence: 'For å nå delmål 1.1 skal DUS halde fram med … X'
        opening = original[max(0, m.span.start - MAX_OPENING): m.span.start]
        opening = re.split(r"[.!?]\s", opening)[-1]
        line_end = original.find("\n", m.span.start)
        tag = LINE_TAG.search(original[m.span.start: line_end if line_end >= 0 else len(original)])
        named = {_goal_words(g.group("goal")) for g in (*REFERS.finditer(paragraph),
                                                                     *TO_REACH.finditer(opening))}
        named = {_goal_words(tag.group("goal"))} if tag else named
        goals = named_goal_keys(ctx, m.span.doc, next(iter(named))) if len(named) == 1 else []
        if len(goals) != 1:
            continue
        goal = goals[0]
        own = [x for x in links if x.subject == m.key and x.predicate == "addresses" and x.span == m.span]
        if any(x.object == goal for x in own):
            continue
        # the sentence says which goal it serves, or the line closes with it: that one alone
        reached = tag is not None or any(TO_REACH.finditer(opening))
        links = [x for x in links if not (x in own and (reached or _under(goal, x.object)))]
        links.append(Link(m.key, "addresses", goal, m.span, "measure.paragraph-names-goal", 0.75))
    return links
