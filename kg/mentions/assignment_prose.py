"""Assignments an allocation letter gives in running text, keyed on the request every ministry words the same
way: '<Departementet|KD|Vi> ber <the agency> (videre) om å … innen 1. september 2021.', '<Agency> bes om å …',
and, at a paragraph's start under an assignments heading, '<Agency> skal <verb> … innen <date>.'; a paragraph
labelled 'Oppdrag: …' with its 'Frist: …' at the end

The assignment is the sentence that asks; where that sentence names no deadline, the sentences after it in the
same paragraph that describe the task belong to it up to the one that names the deadline ('… Sluttrapport skal
foreligge innen 1. oktober.'). Its goal is the one the heading above it names ('Oppdrag knyttet til hovedmål 1');
a heading that names none ('Andre oppdrag') leaves it without one. A sentence that continues an earlier year's
assignment ('videreføres') or states a general expectation is not an assignment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.mentions.deadlines import Deadline, deadline, inline_deadline
from kg.mentions.goal_sentences import CLAUSE_CHAR, CLAUSE_END
from kg.mentions.printed import PrintedLine
from kg.mentions.text import clean

#: the agency as a letter names it: 'NSK', 'Norsk senter for kystnatur', or its kind ('direktoratet', 'etaten')
AGENCY = r"(?:[A-ZÆØÅ][\w-]*(?:\s+[\w-]+){0,5}?|[a-zæøå]+(?:et|en))"
ASK = re.compile(r"(?:(?:Departementet|Vi|[A-ZÆØÅ]{2,6})\s+ber\s+(?:(?:videre|også|derfor)\s+)?"
                 rf"(?P<agency>{AGENCY})\s+(?:(?:videre|også)\s+)?om\s+å\s"
                 rf"|(?!Det\s)(?P<asked>{AGENCY})\s+bes\s+(?:(?:videre|også|derfor)\s+)?(?:om\s+)?å\s)")
# under an assignments heading, '<Agency> skal <do> … innen <date>.' at a paragraph's start is an assignment too
SHALL = re.compile(r"(?:[A-ZÆØÅ]{2,6}|[A-ZÆØÅ][a-zæøå]+(?:et|en))\s+skal\s+(?:i\s+samarbeid\s+med\s+[^,.]+?\s+)?"
                   r"[a-zæøå]+e\b")
ASSIGNMENTS_HEADING = re.compile(r"\boppdrag(?:ene)?\b(?!\s+(?:nr\.?\s*)?\d)", re.I)
SENTENCE_END = re.compile(r"[.!?](?=\s+[A-ZÆØÅ«(]|\s*$)")
GOAL_REF = re.compile(r"\b(?:hovedmål|hovudmål|delmål|virksomhetsmål|mål)\s+"
                      r"(?P<num>\d{1,2}(?:\.\d{1,2})?|[a-h](?=\)|\b))", re.I)
CONTINUED = re.compile(r"\bvideref(?:øres|ørt)\b|\bikke\s+sluttført\b", re.I)
# a paragraph labelled as an assignment, its deadline labelled at its end ('Oppdrag: … Frist: 1. mars 2024.')
LABELLED = re.compile(r"Oppdrag\s*:\s*(?P<text>[A-ZÆØÅ][^:]{10,800}?[.!?])\s+Frist\s*:\s*"
                      r"(?P<due>[^\n]+?(?:\n[^\n]+?)??(?:(?:19|20)\d\d|løpende|fortløpende))\b")
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
    code: str = ""


# a goal's numbered section heading ('3.3 Mål 3 – God forvaltning'), short, after a sentence's end
SECTION_HEADING = re.compile(r"^\d{1,2}\.\d{1,2}(?:\.\d{1,2})*\s+(?=.*\b[A-ZÆØÅa-zæøå]*(?:[Mm]ål|MÅL)\b)[A-ZÆØÅ]\S*"
                             r"(?:\s+\S+){0,9}$")


def _paragraphs(lines: list[PrintedLine]) -> list[list[PrintedLine]]:
    out: list[list[PrintedLine]] = [[]]
    for line in lines:
        if line.text and out[-1] and SECTION_HEADING.match(line.text) and out[-1][-1].text.endswith("."):
            out.append([])  # a page break took the blank line before the next section's heading
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
    section = False
    for para in _paragraphs(lines):
        heading, goal = _heading_goal(para, goal)
        if heading:
            section = bool(ASSIGNMENTS_HEADING.search(para[0].text)) and not re.search(r"\bom\s+oppdrag", para[0].text,
                                                                                      re.I)
        start, end = para[0].text_start, para[-1].end
        body = original[start:end]
        head = len(para[0].text) + 1 if heading else 0
        # a request starts a sentence: the paragraph's first (after its heading) or one after a sentence's end
        starts = [head + len(body[head:]) - len(body[head:].lstrip())]
        starts += [e.end() for e in re.finditer(r"[.!?:]\s+", body) if e.end() > starts[0]]
        for pos in starts:
            if ASK.match(body, pos):
                out.extend(_assignment(body, pos, start, goal, year))
        if (labelled := LABELLED.match(body)) and (due := deadline(clean(labelled.group("due")), year)):
            # 'Oppdrag: Boligtilsynet skal … Frist: 1. mars 2024.': the paragraph is the assignment, its deadline last
            out.append(ProseAssignment(clean(labelled.group("text")), start + labelled.start("text"),
                                       start + labelled.end("text"), goal, due))
            continue
        if section and starts[0] < len(body) and SHALL.match(body, starts[0]) and not ASK.match(body, starts[0]):
            out.extend(a for a in _assignment(body, starts[0], start, goal, year) if a.due is not None)
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


# an annual report telling what the letter asked: 'Oppdrag 2 i tildelingsbrevet ba oss kartlegge …', 'I oppdrag 5
# skulle vi utvikle …'; the words after 'innen' / 'med frist' are its deadline
REPORTED = re.compile(r"(?:\bI\s+o|\bO)ppdrag\s+(?P<code>\d{1,2}(?:\.\d{1,2}){0,2})(?:\s+i\s+tildelingsbrevet"
                      r"(?:\s+for\s+(?:19|20)\d\d)?)?\s+(?:ba\s+(?:oss|[A-ZÆØÅ]{2,6})\s+(?:om\s+(?:å\s+)?)?|"
                      r"skulle\s+(?:vi|[A-ZÆØÅ]{2,6})\s+)(?P<text>[a-zæøå]" + CLAUSE_CHAR + r"{8,400}?)" + CLAUSE_END)
# '(I tildelingsbrevet for 2023) fikk vi (også) i oppdrag å <text> (oppdrag 4, frist 15. november 2023)': the
# code and the deadline in brackets after the text
GIVEN = re.compile(r"\b(?:I\s+tildelingsbrevet(?:\s+for\s+(?:19|20)\d\d)?\s+fikk\s+(?:vi|[A-ZÆØÅ]{2,6})"
                   r"|(?:Vi|[A-ZÆØÅ]{2,6})\s+fikk)\s+(?:også\s+)?i\s+oppdrag\s+(?:å\s+)?(?P<text>[a-zæøå][^().!?]{8,400}?)\s*"
                   r"\(oppdrag\s+(?P<code>\d{1,2})(?:,\s*frist\s+(?P<due>[^)]+))?\)")
# 'Oppdraget om å <text> (mål 1) er levert. … innen fristen 1. juni 2023.': an assignment told by its words and what
# became of it, its goal in brackets and its deadline in the paragraph's 'fristen <date>'
ABOUT_DONE = re.compile(r"\bOppdraget\s+om\s+å\s+(?P<text>[a-zæøå][^().!?]{5,300}?)\s*(?:\((?:[a-zæøå]*mål)\s+"
                        r"(?P<goal>\d{1,2}(?:\.\d{1,2})?)\)\s*)?(?:er|ble|vart|var|blei)\s+(?:levert|gjennomført|"
                        r"fullført|sluttført|avsluttet|avslutta|påbegynt|forsinket|utsatt|under\s+arbeid)\b")
FRIST_IN = re.compile(r"\bfristen\s+(?P<due>\d{1,2}\.\s*[a-zæøå]+\s+(?:19|20)\d\d)")
DUE_AFTER = re.compile(r",?\s+(?:med\s+frist|innen)\s+(?P<due>[^,]+)$")
# what the report goes on to say of the assignment's goal: '… og oppdraget hører inn under BE3', 'er fulgt opp under
# mål 2'
GOAL_AFTER = re.compile(r"\b(?:hører|faller)\s+(?:inn\s+)?under\s+|\bfulgt\s+opp\s+under\s+|\bknyttet\s+til\s+")
GOAL_NAMED = re.compile(r"(?:[a-zæøå]*mål\s+)?(?P<goal>(?-i:[A-ZÆØÅ]{1,3})\d{1,2}(?:\.\d{1,2})?|"
                        r"\d{1,2}(?:\.\d{1,2})?)\b", re.IGNORECASE)


def _goal_told(original: str, start: int, end: int) -> str | None:
    """The goal ``original[start:end]`` (the rest of an assignment's paragraph) says it falls under."""
    text = re.split(r"\n[ \t]*\n", original[start:end])[0]
    for m in GOAL_AFTER.finditer(text):
        named = GOAL_NAMED.match(text, m.end())
        if named and (named.group("goal")[0].isupper() or "mål" in named.group().lower()):
            return named.group("goal")
    return None


def reported_assignments(original: str, year: int | None) -> list[ProseAssignment]:
    """The letter's assignments as an annual report tells them in its prose (see :data:`REPORTED`)."""
    out: list[ProseAssignment] = []
    found = list(REPORTED.finditer(original))
    for k, m in enumerate(found):
        text = clean(m.group("text"))
        due_m = DUE_AFTER.search(text)
        due = deadline(due_m.group("due"), year) if due_m else None
        label = text[: due_m.start()] if due_m else text
        until = min(found[k + 1].start() if k + 1 < len(found) else len(original), m.end() + 400)
        if len(label.split()) >= 3:
            out.append(ProseAssignment(label, m.start("text"), m.end("text"), _goal_told(original, m.end(), until),
                                       due, m.group("code")))
    for m in ABOUT_DONE.finditer(original):
        rest = re.split(r"\n[ \t]*\n", original[m.end():m.end() + 300])[0]
        fm = FRIST_IN.search(rest)
        out.append(ProseAssignment(clean(m.group("text")), m.start("text"), m.end("text"), m.group("goal"),
                                   deadline(clean(fm.group("due")), year) if fm else None))
    for m in GIVEN.finditer(original):
        due = deadline(clean(m.group("due")), year) if m.group("due") else None
        out.append(ProseAssignment(clean(m.group("text")), m.start("text"), m.end("text"), None, due, m.group("code")))
    return out
