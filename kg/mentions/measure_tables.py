"""Measures listed in a table of their own: 'Tiltak | Status | Delmål', in fixed-width columns.

A report may sum up the measures of a goal in a table whose first column is headed *Tiltak* (*Tiltak og
aktiviteter*) and one column names the goal each serves (*Delmål*, *Mål*, *Hovedmål* …). A row opens flush with
the header's first column; its name wraps onto indented lines (a hyphen split joined). The name is the cell's
words up to a dash or comma (*Svinnskolen – undervisningsopplegg …*), or the quoted name in it
(*Kampanjen «Rester er best»*). The measure addresses the goal its goal cell names, where the document states it.
"""

from __future__ import annotations

import re

from kg.documents.base import Document
from kg.mentions.base import Extraction, Link, Mention
from kg.mentions.goal_context import GoalContext
from kg.mentions.printed import Citer, PrintedLine, printed_lines
from kg.mentions.targets import measure_key
from kg.mentions.text import clean
from kg.passages.base import Passage

CELL = re.compile(r"\S+(?: \S+)*")
NAME_COLUMN = re.compile(r"^Tiltak(?:\s+og\s+aktiviteter)?$", re.IGNORECASE)
GOAL_COLUMN = re.compile(r"^(?:(?:[A-ZÆØÅ][a-zæøå]*)?[Mm]ål|(?:Resultat|Innsats|Satsings)område)$")
GOAL_CELL = re.compile(r"^\d{1,2}(?:\.\d{1,2})?$")
QUOTED = re.compile(r"«(?P<name>[^»]{2,80})»")
# a numbered section heading ('3.3 Tilskuddsforvaltning') after the table: the table has ended
SECTION = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\.?\s+[A-ZÆØÅ]")
BODY_WIDTH = 60
NAME_END = re.compile(r"\s[–—-]\s|,\s|\s\(")


def _name(cell: str) -> str:
    q = QUOTED.search(cell)
    if q:
        return q.group("name")
    b = NAME_END.search(cell)
    return cell[: b.start()] if b else cell


def measure_table_mentions(document: Document, passages: list[Passage], ctx: GoalContext) -> Extraction:
    """The measures of tables headed 'Tiltak' with a goal column (see the module's docstring)."""
    out = Extraction()
    lines = printed_lines(document)
    citer = Citer(passages, document.text)
    i = 0
    while i < len(lines):
        cells = [(m.start(), m.group()) for m in CELL.finditer(lines[i].raw)]
        i += 1
        if len(cells) == 1 and NAME_COLUMN.match(cells[0][1]) and i < len(lines) and GOAL_COLUMN.match(lines[i].text):
            rows_, i = _torn_rows(lines, i + 1)  # 'Tiltak' / 'Hovudmål' / … one cell a line
            _emit(out, citer, ctx, rows_)
            continue
        if len(cells) < 2 or not NAME_COLUMN.match(cells[0][1]):
            continue
        goal_col = next((at for at, c in cells[1:] if GOAL_COLUMN.match(c)), None)
        if goal_col is None:
            continue
        left, width = cells[0][0], cells[1][0] - cells[0][0]
        rows: list[tuple[list[str], int, int, str]] = []  # name parts, start, end, goal cell
        while i < len(lines) and lines[i].text and not SECTION.match(lines[i].text):
            row = [(m.start(), m.group()) for m in CELL.finditer(lines[i].raw)]
            if len(row) == 1 and len(row[0][1]) > BODY_WIDTH:
                break  # running text after the table (its page's footer gone from between them)
            first_at, first = row[0]
            goal = next((c for at, c in row if abs(at - goal_col) <= 3 and GOAL_CELL.match(c)), "")
            if first_at <= left + 1 and (len(row) > 1 or not rows or not rows[-1][0][-1].endswith("-")):
                rows.append(([first], lines[i].start + first_at, lines[i].start + first_at + len(first), goal))
            elif rows and first_at < left + width:  # the name wraps (indented, or after a hyphen split)
                parts, start, _, g = rows[-1]
                rows[-1] = ([*parts, first], start, lines[i].start + first_at + len(first), g or goal)
            i += 1
        _emit(out, citer, ctx, rows)
    return out


def _torn_rows(lines: list[PrintedLine], i: int) -> tuple[list[tuple[list[str], int, int, str]], int]:
    """Rows of a table torn one cell per line from line ``i`` (after the header's cells): a short name right
    above its goal cell's number; the description cells between rows are passed over."""
    while i < len(lines) and lines[i].text and len(lines[i].text.split()) <= 3 and not GOAL_CELL.match(
            lines[i].text) and not (i + 1 < len(lines) and GOAL_CELL.match(lines[i + 1].text)):
        i += 1  # the header's other cells ('Kort omtale')
    rows: list[tuple[list[str], int, int, str]] = []
    while i + 1 < len(lines) and lines[i].text and not SECTION.match(lines[i].text):
        name, goal = lines[i], lines[i + 1]
        if GOAL_CELL.match(goal.text) and len(name.text.split()) <= 6 and name.text[:1].isupper():
            rows.append(([name.text], name.text_start, name.end, goal.text))
            i += 2
        elif rows:
            i += 1  # a description cell
        else:
            break
    return rows, i


def _emit(out: Extraction, citer: Citer, ctx: GoalContext, rows: list[tuple[list[str], int, int, str]]) -> None:
    for parts, start, end, goal in rows:
        name = _name(clean("\n".join(parts))).strip(" .")
        span = citer.span(start, end)
        if span is None or not name or len(name) < 3:
            continue
        key = measure_key(name)
        out.mentions.append(Mention("Measure", key, name, span, "measure.table-row", 0.8))
        if goal and goal in ctx.parts:
            number: int | str = int(goal) if goal.isdigit() else goal
            out.links += [Link(key, "addresses", g, span, "measure.table-goal-column", 0.8)
                          for g in ctx.keys_for(span.doc, number)]
