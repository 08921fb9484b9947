"""Assignments an allocation letter gives in running text, keyed on the request every ministry words the same
way: '<Departementet|KD|Vi> ber <the agency> (videre) om å … innen 1. september 2021.'

The assignment is the sentence that asks; where that sentence names no deadline, the sentences after it in the
same paragraph that describe the task belong to it up to the one that names the deadline ('… Sluttrapport skal
foreligge innen 1. oktober.'). Its goal is the one the heading above it names ('Oppdrag knyttet til hovedmål 1');
a heading that names none ('Andre oppdrag') leaves it without one. A sentence that continues an earlier year's
assignment ('videreføres') or states a general expectation is not an assignment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.mentions.deadlines import Deadline, inline_deadline
from kg.mentions.printed import PrintedLine
from kg.mentions.text import clean

ASK = re.compile(r"(?:Departementet|Vi|[A-ZÆØÅ]{2,6})\s+ber\s+(?:(?:videre|også|derfor)\s+)?"
                 r"(?P<agency>[A-ZÆØÅ][\w-]*(?:\s+[\w-]+){0,5}?)\s+(?:(?:videre|også)\s+)?om\s+å\s")
SENTENCE_END = re.compile(r"[.!?](?=\s+[A-ZÆØÅ«(]|\s*$)")
GOAL_REF = re.compile(r"\b(?:hovedmål|delmål|virksomhetsmål|mål)\s+(?P<num>\d{1,2}(?:\.\d{1,2})?|[a-h](?=\)|\b))",
                      re.I)
CONTINUED = re.compile(r"\bvideref(?:øres|ørt)\b|\bikke\s+sluttført\b", re.I)
#: sentences after the asking one that belong to it describe the task ('Evalueringen skal …', 'Rapporten …')
MAX_FOLLOWING = 3


@dataclass(frozen=True)
class ProseAssignment:
    """One assignment asked in running text: its words, their offsets, goal number and deadline."""

    text: str
    start: int
    end: int
    goal: str | None
    due: Deadline | None


def _paragraphs(lines: list[PrintedLine]) -> list[list[PrintedLine]]:
    out: list[list[PrintedLine]] = [[]]
    for line in lines:
        if line.text:
            out[-1].append(line)
        elif out[-1]:
            out.append([])
    return [p for p in out if p]


def _heading_goal(para: list[PrintedLine], goal: str | None) -> tuple[bool, str | None]:
    """Whether the paragraph opens with a heading line, and the goal in force below it."""
    first = para[0].text
    if len(first.split()) > 10 or first.endswith((".", ",", ":")) or not first[:1].isupper() and \
            not first[:1].isdigit():
        return False, goal
    if len(para) > 1 and not para[1].text[:1].isupper():
        return False, goal
    m = GOAL_REF.search(first)
    return True, m.group("num") if m else None


def prose_assignments(lines: list[PrintedLine], original: str, year: int | None) -> list[ProseAssignment]:
    """Every assignment asked in a sentence of the letter's paragraphs (see the module's docstring)."""
    out: list[ProseAssignment] = []
    goal: str | None = None
    for para in _paragraphs(lines):
        heading, goal = _heading_goal(para, goal)
        start, end = para[0].text_start, para[-1].end
        body = original[start:end]
        head = len(para[0].text) if heading else 0
        for m in ASK.finditer(body):
            if m.start() < head:
                continue  # inside the heading line itself
            before = body[: m.start()].rstrip()
            if len(before) <= head:
                before = ""
            if before and not before.endswith((".", "!", "?", ":")):
                continue  # the request is not where a sentence starts
            out.extend(_assignment(body, m.start(), start, goal, year))
    return out


def _assignment(body: str, at: int, offset: int, goal: str | None, year: int | None) -> list[ProseAssignment]:
    ends = [e.end() for e in SENTENCE_END.finditer(body, at)]
    if not ends:
        return []
    stop = ends[0]
    due = inline_deadline(clean(body[at:stop]), year)
    if due is None:
        for e in ends[1: 1 + MAX_FOLLOWING]:
            sentence = body[stop:e]
            if ASK.search(sentence):
                break
            found = inline_deadline(clean(body[at:e]), year)
            if found:
                stop, due = e, found
                break
    text = clean(body[at:stop])
    if CONTINUED.search(text):
        return []
    return [ProseAssignment(text, offset + at, offset + stop, goal, due)]
