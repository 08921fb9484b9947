"""A letter's goals in a left column beside their steering parameters in a right one, the two sharing lines:

    MÅL                                        STYRINGSPARAMETER OG RESULTATMÅL 2026

    M1  Samfunnet er universelt utforma
        og tilgjengeleg for alle

        M1.1 Digitale løysingar er uni-        SP 1.1.1 Del av kontrollerte nettstader som
        verselt utforma                        oppfyller minst 90 prosent av krava i re-
                                               Resultatmål: 60 prosent

The header names the goals over the left column and the parameters over the right, and nothing beside them (a
table with a target column is read as a table, see goal_columns); the right column opens where its header word
does. The layout runs down to the last line that still parts at that column (a gap of two spaces
or more before it, or nothing on the left); a line of prose across the column ends it. Each column is read as
text of its own with the other blanked out, so offsets stay those of the document: the goals from the left, the
parameters (by the parameter rules) from the right. A parameter measures the goal beside or above it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.mentions.goal_codes import Coded
from kg.mentions.text import clean

HEADER = re.compile(r"^[ \t]*(?P<goal>MÅL(?:A|ENE)?|Mål(?:a|ene)?|HOVUDMÅL|HOVEDMÅL|Hovudmål|Hovedmål)[ \t]{4,}"
                    r"(?P<params>(?i:styringsparamet|indikator))", re.MULTILINE)
# 'M1  Samfunnet er …', '    M1.1 Digitale …': a goal's code, then its title opening with a capital
CODE_LINE = re.compile(r"^[ \t]*(?P<code>[A-ZÆØÅ]{0,3}(?P<num>\d{1,2}(?:\.\d{1,2})?))[ \t]+(?P<title>[A-ZÆØÅ]\S*"
                       r"(?:[ \t]\S+)+)[ \t]*$")
# the document's words for the levels its codes stand for ('Hovudmåla er merkte M1–M3 og delmåla M1.1 …')
UPPER = re.compile(r"\b(hovudmål|hovedmål|virksomhetsmål|verksemdsmål|effektmål|samfunnsmål)", re.IGNORECASE)
LOWER = re.compile(r"\b(resultatmål|etappemål)", re.IGNORECASE)
LEAD = 1000
MAX_LINES = 120


@dataclass(frozen=True)
class Columns:
    """Two columns side by side: offsets of their lines (below the header) and where the right one opens."""

    start: int
    end: int
    at: int


def side_columns(text: str) -> list[Columns]:
    """Every layout of goals beside their parameters in ``text``."""
    out: list[Columns] = []
    for h in HEADER.finditer(text):
        at = h.start("params") - h.start()
        pos = text.find("\n", h.end())
        if pos < 0 or re.search(r"\S[ \t]{3,}\S", text[h.start("params") : pos]) or (out and h.start() < out[-1].end):
            continue  # a third column ('… Ambisjon 2025'), or the header again inside a layout
        start = end = pos + 1
        for _ in range(MAX_LINES):
            stop = text.find("\n", pos + 1)
            line = text[pos + 1 : stop if stop >= 0 else len(text)]
            if len(line.rstrip()) > at and line[:at].strip() and line[at - 2 : at] != "  ":
                break  # prose across the column
            if len(line.rstrip()) > at:
                end = pos + 1 + len(line)  # a line with something in the right column
            if stop < 0:
                break
            pos = stop
        if end > start:
            out.append(Columns(start, end, at))
    return out


def masked(text: str, columns: list[Columns], keep: str) -> str:
    """``text`` with the other column of every layout blanked out (``keep`` 'left' or 'right'), of equal length."""
    chars = list(text)
    for c in columns:
        pos = c.start
        for line in text[c.start : c.end].split("\n"):
            span = range(pos + c.at, pos + len(line)) if keep == "left" else range(pos, pos + min(c.at, len(line)))
            for i in span:
                chars[i] = " "
            pos += len(line) + 1
    return "".join(chars)


def column_goals(text: str) -> list[Coded]:
    """The goals of the left column of every layout: a code line and the lines below it up to a blank one or the
    next code; a dotted code ('M1.1') is a sub-goal of the code before its dot."""
    layouts = side_columns(text)
    left = masked(text, layouts, "left")
    found: list[Coded] = []
    for c in layouts:
        lead = text[max(0, c.start - LEAD) : c.start]
        upper = (UPPER.findall(lead) or ["mål"])[-1].lower()
        lower = "delmål" if re.search(r"\bdelmål", lead, re.IGNORECASE) else \
            (LOWER.findall(lead) or ["delmål"])[-1].lower()
        codes: list[tuple[str, str, int, int, int]] = []  # code, number, start, title start, title end
        pos, wraps = c.start, False
        for line in left[c.start : c.end].split("\n"):
            m = CODE_LINE.match(line)
            if m:
                codes.append((m.group("code"), m.group("num"), pos + m.start("code"), pos + m.start("title"),
                              pos + m.end("title")))
            elif wraps and line.strip():
                codes[-1] = (*codes[-1][:4], pos + len(line.rstrip()))  # the title wraps onto this line
            wraps = bool(line.strip()) and (m is not None or wraps)
            pos += len(line) + 1
        if len(codes) < 2 or len({n for _, n, *_ in codes}) < len(codes):
            continue
        for code, number, start, title_start, title_end in codes:
            word = lower if "." in number else upper
            title = clean(left[title_start:title_end]).rstrip(".")
            found.append((word.capitalize(), number, code, title, start, title_end, "listed"))
    return found
