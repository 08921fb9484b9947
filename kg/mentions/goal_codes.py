"""Goals coded by letter and number ('B-1', 'Ø-1', 'M-1'): a goal overview lists them, capitals head them.

Reports organised by perspectives (brukere, økonomi, medarbeidere) code each goal by the perspective's letter. The
overview (a figure or a list after '… operasjonalisert i fire virksomhetsmål') gives each goal's code and title
on a line, the perspective's name often in a column before it; the chapters then head each goal's part in
capitals ('MÅL B-1 ØKT VERDISKAPING I …'). The overview's lines state the goals; a heading in capitals opens the
goal's scope and takes its title from the overview, where the overview gives it in ordinary case.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.mentions.text import clean

CODE = r"[A-ZÆØÅ]{1,2}-\d{1,2}"
# '              B-2 Flere og mer lønnsomme …' or 'Brukere       B-1 Økt verdiskaping …'
OVERVIEW_LINE = re.compile(r"^[ \t]*(?:[A-ZÆØÅ][\wæøå]+(?:[ \t][\wæøå]+)?[ \t]{2,})?(?P<num>" + CODE + r")[ \t]+"
                           r"(?P<title>[A-ZÆØÅ][^\n]{10,})$", re.MULTILINE)
# the words before an overview: it must be introduced as goals, not as parameters or assignments
INTRO_WORD = re.compile(r"(?P<goal>\b[\wæøå]*mål(?:ene|et)?\b|\bmålbilde\w*)|(?P<other>\boppdrag\w*|"
                        r"\bstyringsparamet\w*|\bindikator\w*|\btiltak\w*)", re.IGNORECASE)
LEVEL_WORD = re.compile(r"\b(?P<word>virksomhetsmål|hovedmål|hovudmål|delmål|styringsmål|effektmål|brukermål|"
                        r"brukarmål)\b", re.IGNORECASE)
# 'MÅL B-1 ØKT VERDISKAPING I LOKALMAT- OG SJØMATNÆRINGEN LANGS KYSTEN'
CAPITALS_HEADING = re.compile(r"^[ \t\f]*(?P<word>MÅL|VIRKSOMHETSMÅL|HOVEDMÅL|HOVUDMÅL|DELMÅL|STYRINGSMÅL)[ \t]+"
                              r"(?P<num>" + CODE + r")[ \t]*[:.–-]?[ \t]+(?P<title>[A-ZÆØÅ][A-ZÆØÅ0-9 ,–/-]{8,})$",
                              re.MULTILINE)
INTRO_WINDOW = 400
TABLE_GAP = re.compile(r"\S[ \t]{3,}\S")

#: ``(word, number, title, start, end, style)`` of one coded goal
Coded = tuple[str, str, str, int, int, str]


def overview_goals(text: str, title_end: Callable[[str, int], int]) -> list[Coded]:
    """The goals of coded overviews: runs of two or more coded lines introduced by words about goals."""
    found: list[Coded] = []
    matches = list(OVERVIEW_LINE.finditer(text))
    runs: list[list[re.Match[str]]] = []
    for m in matches:
        if runs and _near(text, runs[-1][-1].end(), m.start()):
            runs[-1].append(m)
        else:
            runs.append([m])
    for run in runs:
        if len(run) < 2 or len({m.group("num") for m in run}) < len(run) or not _whole(run):
            continue
        before = text[max(0, run[0].start() - INTRO_WINDOW) : run[0].start()]
        words = list(INTRO_WORD.finditer(before))
        if not words or not words[-1].group("goal"):
            continue
        levels = list(LEVEL_WORD.finditer(before))
        word = levels[-1].group("word").capitalize() if levels else "Mål"
        for m in run:
            end = title_end(text, m.end())
            found.append((word, m.group("num"), clean(text[m.start("title") : end]).rstrip("."), m.start("num"), end,
                          "listed"))
    return found


def _whole(run: list[re.Match[str]]) -> bool:
    """An overview lists each letter's goals from 1, and a title is one phrase: a row with a column after the
    title ('O-3   Utrede …    15.9.2023') is a table's, the tail of a run a table's rows."""
    first: dict[str, int] = {}
    for m in run:
        letter, number = m.group("num").split("-")
        first[letter] = min(first.get(letter, 99), int(number))
        if TABLE_GAP.search(m.group("title")):
            return False
    return all(n == 1 for n in first.values())


def _near(text: str, end: int, start: int) -> bool:
    """Whether two coded lines stand in one overview: nothing but the perspective's name and wrapped title words
    between them, and at most two lines apart."""
    return text.count("\n", end, start) <= 2


def capitals_headings(text: str, listed: list[Coded]) -> list[Coded]:
    """Goal headings in capitals; each takes level word and title from the overview's line of its code."""
    by_number = {c[1]: c for c in listed}
    out: list[Coded] = []
    for m in CAPITALS_HEADING.finditer(text):
        same = by_number.get(m.group("num"))
        title = " ".join(m.group("title").split())
        word, title = (same[0], same[2]) if same else (m.group("word").capitalize(), title[0] + title[1:].lower())
        out.append((word, m.group("num"), title, m.start("word"), m.end(), "line"))
    return out
