"""An assignment's goal given in a sentence about the assignments rather than beside each one.

A letter may say once which goal each assignment falls under: *Oppdrag 2023-01 og 2023-02 hører inn under VM2,
oppdrag 2023-03 under VM4 …*. Each clause of such a sentence names one or more assignment codes and, after
*under* (or *knyttet til*, *til*), a goal by its code or level and number (*VM2*, *mål 2*, *virksomhetsmål 3*).
An assignment of the document with that code and no goal of its own gets the goal, where the document states
it.
"""

from __future__ import annotations

import re

from kg.mentions.base import Extraction, Key, Link
from kg.mentions.goal_context import GoalContext, goal_key
from kg.mentions.goal_rows import printed_goal_keys
from kg.mentions.printed import Citer
from kg.passages.base import Passage

CODE = r"(?:[A-ZÆØÅ]{1,5}-?\d{1,4}(?:-\d{1,3})?|(?:19|20)\d\d-\d{1,3})"
CLAUSE = re.compile(
    rf"(?P<codes>{CODE}(?:\s*(?:,|og)\s*{CODE})*)\s+(?:(?:hører|faller)\s+(?:inn\s+)?)?(?:under|knyttet\s+til)\s+"
    r"(?P<goal>[A-ZÆØÅ]{1,3}\d{1,2}\b|(?:virksomhets|hoved|hovud|del|strategisk\s+)?mål\s+\d{1,2}(?:\.\d{1,2})?\b)",
    re.IGNORECASE)
LEAD = re.compile(r"\boppdrag(?:ene)?\b", re.IGNORECASE)
# 'Oppdrag 1 og 2 hører inn under mål 2, oppdrag 3 og 4 under mål 1': bare numbers after the word 'oppdrag'
NUMBERED_CLAUSE = re.compile(
    r"\boppdrag\s+(?P<codes>\d{1,2}(?:\s*(?:,|og)\s*\d{1,2})*)\s+(?:(?:hører|faller)\s+(?:inn\s+)?)?"
    r"(?:under|knyttet\s+til)\s+(?P<goal>[A-ZÆØÅ]{1,3}\d{1,2}\b|(?:virksomhets|hoved|hovud|del|strategisk\s+)?mål\s+"
    r"\d{1,2}(?:\.\d{1,2})?\b)", re.IGNORECASE)


# a goal's code referred to in the item's words ('…, jf. BE1.', '… skal bidra til å nå VM2', 'Oppdraget knytter seg
# til VM3'): the goal it serves, the words kept
GOAL_REFERRED = re.compile(r"\b(?:jf\.|bidra\s+til(?:\s+å\s+nå)?|knytter\s+seg\s+til|knyttet\s+til)\s+"
                           r"(?P<code>[A-ZÆØÅ]{1,3}\d{1,2}(?:\.\d{1,2})?)(?![\w.]*\d)")
# '…, jf. mål 2.' or '(jf. mål for drikkevann)' in the item's words: the goal it serves, the words kept
GOAL_POINTED = re.compile(r"\bjf\.\s+(?:hoved|hovud|del|virksomhets|verksemds)?mål\s+"
                          r"(?P<num>\d{1,2}(?:\.\d{1,2})?\b|for\s+[a-zæøå][a-zæøå -]{2,50}?(?=\)))", re.I)
# 'Status: Gjennomført, se virksomhetsmål 3.1.': a report's status of an assignment, pointing at the goal it is
# told under
SEE_GOAL = re.compile(r"\b(?:se|sjå|jf\.)\s+(?:omtalen\s+under\s+)?[a-zæøå]*mål\s+(?P<num>\d{1,2}(?:\.\d{1,2})?)\b",
                      re.I)


def words_goal(text: str) -> str | None:
    """The goal an assignment's words point at ('…, jf. BE1.', '…, jf. mål 2.', '(jf. mål for drikkevann)'): its
    code, number, or the area a letter heads it by ('mål for drikkevann')."""
    referred, pointed = GOAL_REFERRED.search(text), GOAL_POINTED.search(text)
    if referred:
        return referred.group("code")
    num = " ".join(pointed.group("num").split()) if pointed else ""
    return (f"mål {num}" if num.startswith("for") else num) or None


def status_goal(status: str) -> str | None:
    """The goal number a report's status of an assignment points at ('se virksomhetsmål 3.1')."""
    m = SEE_GOAL.search(status)
    return m.group("num") if m else None


def _goal_key(goals: set[Key], printed: dict[str, Key], doc: str, ref: str) -> Key | None:
    """The key of the document's goal that ``ref`` names: by its printed code ('VM2'), else its number."""
    ref = " ".join(ref.split())
    number = re.search(r"\d{1,2}(?:\.\d{1,2})?$", ref)
    key = printed.get(ref.lower().replace(" ", ""))
    if key is not None:
        return key
    if number and not re.match(r"^[A-ZÆØÅ]{1,3}\d", ref):
        key = ("Goal", doc, number.group(), "")
        if key in goals:
            return key
    return None


def sentence_assignment_goals(found: Extraction, passages: list[Passage], original: str) -> list[Link]:
    """``underGoal`` links for the document's assignments from sentences that map codes to goals."""
    assignments = {str(m.attr("code")).lower(): m for m in found.mentions
                   if m.type == "Assignment" and m.attr("code")}
    placed = {link.subject for link in found.links if link.predicate == "underGoal"}
    if not assignments:
        return []
    doc = next(iter(assignments.values())).span.doc
    citer = Citer(passages, original)
    goals = {m.key for m in found.mentions if m.type == "Goal"}
    # by printed number, in any case; the first goal stated with a number wins (hence the reversed order)
    ours = [m for m in found.mentions if m.type == "Goal" and m.span.doc == doc]
    printed = {code.lower(): key for code, key in printed_goal_keys(reversed(ours)).items()}
    out: list[Link] = []
    for sentence in re.finditer(r"[^.!?]*\boppdrag[^.!?]*[.!?]", original, re.IGNORECASE):
        text = sentence.group()
        if not LEAD.search(text):
            continue
        for clause in [*CLAUSE.finditer(text), *NUMBERED_CLAUSE.finditer(text)]:
            goal = _goal_key(goals, printed, doc, clause.group("goal"))
            if goal is None:
                continue
            codes = re.findall(r"\d{1,2}", clause.group("codes")) if clause.re is NUMBERED_CLAUSE else \
                re.findall(CODE, clause.group("codes"))
            for code in codes:
                m = assignments.get(code.lower())
                if m is None or m.key in placed:
                    continue
                span = citer.span(sentence.start() + clause.start(), sentence.start() + clause.end())
                if span is None:
                    continue
                out.append(Link(m.key, "underGoal", goal, span, "assignment.goal-named-in-sentence", 0.8))
                placed.add(m.key)
    return out


# 'Gjennomført, se omtale under 3.2.2': a report's status pointing at the section that tells of the assignment
SECTION_POINTED = re.compile(r"\b(?:se|sjå)\s+omtale(?:n)?\s+(?:under|i)\s+(?:kapittel\s+|kap\.\s*|punkt\s+)?"
                             r"(?P<section>\d{1,2}(?:\.\d{1,2}){1,3})\b", re.IGNORECASE)


def section_pointed_goals(found: Extraction, ctx: GoalContext) -> list[Link]:
    """``underGoal`` links for the assignments whose words point at the section that tells of them (*se omtale under
    3.2.2*), to the goal whose section holds that one."""
    placed = {link.subject for link in found.links if link.predicate == "underGoal"}
    out: list[Link] = []
    for m in found.mentions:
        sm = SECTION_POINTED.search(m.span.text) if m.type == "Assignment" and m.key not in placed else None
        heading = ctx.heading_of(sm.group("section")) if sm else None
        if heading is not None:
            out.append(Link(m.key, "underGoal", goal_key(m.span.doc, heading.number, heading.part), m.span,
                            "assignment.section-pointed", 0.8))
            placed.add(m.key)
    return out
