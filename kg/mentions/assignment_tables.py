"""Assignment tables torn into lines: a header row naming the columns ('Oppdrag  Beskrivelse  Frist  Status',
'Nr.  Oppdrag  Mål  Frist'), then rows whose cells sit under those columns, wrapped cells continuing on
indented lines. A line of one cell between rows ('Virksomhetsmål 2', 'Andre oppdrag') heads a group of rows:
the goal it names is the goal of the rows below it, a group naming none leaves them without one.

Under 'Oppdrag  Beskrivelse og svarfrist' the first column holds the code and a short title wrapping below it
(*TB26-01 Kartlegging av* / *praksis i fagskolene*), and the deadline closes the description (*… fagskoler.
Svarfrist 1. mai 2026*)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.mentions.deadlines import Deadline, deadline
from kg.mentions.goal_codes import INITIAL_LETTER, key_number
from kg.mentions.printed import PrintedLine
from kg.mentions.text import clean

# a deadline column, or a report's status column beside the assignment's description ('Oppdrag  Beskrivelse  Status')
HEADER = re.compile(r"^(?:Oppdrag\w*|Nr\.?|Kode|ID|Id)\b(?=.*\s{2,}(?:(?:Tids)?[Ff]rist\b|Beskrivelse\s{2,}Status$|"
                    r"Beskrivelse\s+og\s+(?:svar)?frist$))")
# the description column that closes with the deadline, and the word that opens the deadline in it
TEXT_DUE_COLUMN = re.compile(r"^Beskrivelse\s+og\s+(?:svar)?frist$", re.IGNORECASE)
DUE_IN_TEXT = re.compile(r"\b(?:Svarfrist|Frist)\b:?\s*")
# a status cell that gives the deadline of work still under way ('Pågår, leveres innen 01.03.2024')
STATUS_DUE = re.compile(r"\b(?:leveres|ferdig|klar)\s+innen\s+(?P<due>.+)$", re.IGNORECASE)
LEVEL_CELL = re.compile(r"^(?P<word>(?i:effektmål|bruk[ea]rmål|samfunnsmål))(?:et)?(?:\s+(?P<num>\d{1,2}))?\b")
# ('Mål A': a lettered goal)
CAPTION_GOAL = re.compile(r"\b(?:hovedmål|hovudmål|delmål|virksomhetsmål|samfunnsmål|effektmål|bruk[ea]rmål|mål)\s+"
                          r"(?P<num>\d{1,2}(?:\.\d{1,2})?|(?-i:[A-ZÆØÅ])(?![\wæøå]))\b", re.I)
# 'K-4', 'TK3', '2.1', and year-coded 'O-24-01', '2023-4', 'TB2024-1'
CODE = re.compile(r"^(?:[A-ZÆØÅ]{1,5}-?\d{1,3}(?:-\d{1,3})?(?:\.\d{1,2})?|\d{1,3}(?:\.\d{1,2})?"
                  r"|(?:[A-ZÆØÅ]{1,5}[ -]?)?(?:19|20)\d\d-\d{1,3}|[A-ZÆØÅ]{1,5}[ -]?\d\d-\d{1,3})\.?$")  # ('OPP 24-02')
# a group's title set in the text column between rows: 'Oppdrag knytte til mål 1', 'Andre oppdrag'
TEXT_GROUP_ROW = re.compile(r"^(?:Oppdrag\s+(?:knytt(?:et|e)?\s+til|under|for)\s+(?:[a-zæøå]*mål(?:et)?\s+\d{1,2}"
                            r"(?:\.\d{1,2})?)|(?:Andre|Øvrige|Øvrig|Felles|Generelle)\s+oppdrag)$")
GROUP_ROW = re.compile(r"^(?:(?:[A-ZÆØÅ][a-zæøå]*)?mål\s+\d{1,2}(?:\.\d{1,2})?|Mål\s+[A-ZÆØÅ]"
                       r"|[A-ZÆØÅ][a-zæøå]+(?:\s+[a-zæøå]+){0,3})$")
TEXT_COLUMN = re.compile(r"^(?:Beskrivelse|Oppdrag|Tekst|Innhold|Oppdragstekst)$", re.I)
# '2', '2, 4', or a goal's code by its level's initial ('VM 1', 'HM2')
GOAL_CELL = re.compile(r"^(?:[A-ZÆØÅ]{1,2}M ?)?(?P<num>\d{1,2}(?:\.\d{1,2})?)(?:\s*(?:,|og)\s*\d.*)?$")
CELL = re.compile(r"\S+(?: \S+)*")
NOTE_CELL = re.compile(r"^\([^()]{1,12}\)$")
RULE = re.compile(r"^[-=_–—\s]{5,}$")


@dataclass
class Row:
    """One table row: code, text and deadline cells gathered over its lines."""

    code: str
    lines: list[PrintedLine] = field(default_factory=list)
    text: list[str] = field(default_factory=list)
    due_words: list[str] = field(default_factory=list)
    status_words: list[str] = field(default_factory=list)
    goal: str | None = None
    due: Deadline | None = None


def _cells(line: PrintedLine) -> list[tuple[int, str]]:
    """Cells of a line: runs of words separated by at most one space, with their column."""
    return [(m.start(), m.group()) for m in CELL.finditer(line.raw)]


class TableReader:
    """The rows of one assignment table, from its header line on."""

    def __init__(self, lines: list[PrintedLine], header: int) -> None:
        self.lines, self.header = lines, header
        cols = _cells(lines[header])
        names = [name for _, name in cols]
        self.starts = [c for c, _ in cols]
        text_cols = [i for i, n in enumerate(names) if TEXT_COLUMN.match(n)]
        # a code with a title beside it in the first column, the deadline in the description
        self.titled = any(TEXT_DUE_COLUMN.match(n) for n in names[1:])
        text_cols = [next(i for i, n in enumerate(names) if TEXT_DUE_COLUMN.match(n))] if self.titled else text_cols
        self.code_col = 0 if len(text_cols) > 1 or (text_cols and text_cols[0] > 0) else None
        self.text_col = text_cols[-1] if text_cols else 1
        self.due_col = next((i for i, n in enumerate(names) if re.match(r"(?:Tids)?[Ff]rist", n)), None)
        self.status_col = names.index("Status") if "Status" in names and self.due_col is None else None
        self.goal_col = next((i for i, n in enumerate(names) if re.match(r"^(?:[A-ZÆØÅ][a-zæøå]*)?[Mm]ål\b", n)), None)

    @staticmethod
    def at(lines: list[PrintedLine], i: int) -> TableReader | None:
        """A reader if line ``i`` heads an assignment table."""
        return TableReader(lines, i) if HEADER.match(lines[i].text) else None

    def _column(self, col: int) -> int:
        """The header column a cell starting at ``col`` belongs to (the last one starting at or before it)."""
        best = 0
        for i, start in enumerate(self.starts):
            if start <= col + 2:
                best = i
        return best

    def _caption_goal(self) -> str | None:
        for line in reversed(self.lines[max(0, self.header - 3): self.header]):
            if re.search(r"\([^()]*\)\s*$", line.text) and not line.text.startswith(("Tabell", "Table")):
                break  # the last row of the table before a page break, its goal tag ('… (Virksomhetsmål 1)')
            m = CAPTION_GOAL.search(line.text)
            if m:
                return m.group("num")
        return None

    def read(self, year: int | None, goal: str | None) -> tuple[list[Row], int]:
        """The table's rows and the index of the first line after it."""
        goal = self._caption_goal() or goal
        rows: list[Row] = []
        i = self.header + 1
        while i < len(self.lines):
            line = self.lines[i]
            if rows and line.text == self.lines[self.header].text:
                i += 1  # the header repeated after a page break: the table goes on, a row's text too
                continue
            if not line.text:
                nxt = self.lines[i + 1] if i + 1 < len(self.lines) else None
                if nxt is None or not nxt.text or self._column(nxt.indent) == 0 and not (
                        self._opens_row(nxt, rows) or self._group_row(nxt, rows)):
                    break
                i += 1
                continue
            if RULE.match(line.text):  # a ruled line under the header or between rows
                i += 1
                continue
            cells = _cells(line)
            if rows and len(cells) > 1 and self._column(cells[0][0]) == 0 and NOTE_CELL.match(cells[0][1]):
                # a note under the row's code ('(V)', '(omr. II)'): the row's text goes on beside it
                a, b = cells[0][0], cells[0][0] + len(cells[0][1])
                line, cells = PrintedLine(line.start, line.raw[:a] + " " * (b - a) + line.raw[b:]), cells[1:]
            if self._group_row(line, rows):
                gm = CAPTION_GOAL.search(line.text)
                goal = gm.group("num") if gm else None
                i += 1
                continue
            if self._opens_row(line, rows):
                # a number set apart in the text column ('3   Etaten skal …') is the row's code all the same
                coded = self.code_col is not None or (len(cells) > 1 and bool(CODE.match(cells[0][1]))
                                                      and self._column(cells[1][0]) == self.text_col)
                rows.append(Row(self._code(cells[0][1]).rstrip(".") if coded else "", goal=goal))
                if coded:
                    cells = cells[1:]
            elif self.titled and rows and self._column(cells[0][0]) == 0:
                cells = cells[1:]  # the title goes on under the code
            elif not rows or self._column(line.indent) == 0 and line.indent <= self.starts[0] + 1 and not (
                    self.code_col is None and line.text[:1].islower()):  # an uncoded row's text wraps flush left
                break
            row = rows[-1]
            row.lines.append(line)
            for col, cell in cells:
                c = self._column(col)
                if c == self.due_col:
                    row.due_words.append(cell)
                elif c == self.status_col:
                    row.status_words.append(cell)
                elif c == self.goal_col:
                    # 'Mål 2', '2' or '2, 4' (the first goal listed is the one it mainly serves)
                    lm = LEVEL_CELL.match(cell)
                    gm = CAPTION_GOAL.search(cell) or GOAL_CELL.match(cell)
                    # a level outside the numbered series ('Effektmål 2', 'Brukarmålet') keys as its goal does
                    row.goal = f"{lm.group('word').lower()} {lm.group('num') or ''}".strip() if lm else \
                        gm.group("num") if gm else key_number(cell) if re.fullmatch(INITIAL_LETTER, cell) else \
                        cell if re.fullmatch(r"[A-ZÆØÅ]", cell) else row.goal  # ('D': the goal lettered D)
                elif c == self.text_col and self.titled and (row.due_words or DUE_IN_TEXT.search(cell)):
                    words = DUE_IN_TEXT.split(cell, maxsplit=1)
                    row.text.extend(words[:1] if len(words) > 1 and words[0] else [])
                    row.due_words.append(words[-1])
                elif c == self.text_col:
                    row.text.append(cell)
            i += 1
        if self.code_col is None:  # an uncoded row ends with its deadline: a line without one is a group's title
            rows = [row for row in rows if row.due_words]
        for row in rows:
            row.due = deadline(" ".join(row.due_words), year) if row.due_words else None
            if row.due is None and (sm := STATUS_DUE.search(" ".join(row.status_words))):
                row.due = deadline(sm.group("due"), year)
            row.text = [clean("\n".join(row.text))]
        return rows, i

    def _group_row(self, line: PrintedLine, rows: list[Row]) -> bool:
        """A line of one short cell in the first column, between coded rows or before the first: a group's title
        (a goal, 'Andre oppdrag'), where the rows carry codes of their own."""
        cells = _cells(line)
        if len(cells) != 1 or self.code_col is None:
            return False
        if rows and not rows[-1].due_words:
            return False
        if self._column(cells[0][0]) == self.text_col and self.text_col > 0:
            return bool(TEXT_GROUP_ROW.match(cells[0][1]))
        return self._column(cells[0][0]) == 0 and bool(GROUP_ROW.match(cells[0][1])) and not CODE.match(cells[0][1])

    def _opens_row(self, line: PrintedLine, rows: list[Row]) -> bool:
        cells = _cells(line)
        if not cells or self._column(cells[0][0]) != 0:
            return False
        if self.code_col is None and rows and rows[0].code:  # numbered rows in the text column
            return bool(rows[-1].due_words) and bool(CODE.match(cells[0][1])) and len(cells) > 1
        if self.code_col is None:  # rows without codes: a row ends with its deadline cell, its text may wrap
            return not rows or bool(rows[-1].due_words) and not cells[0][1][:1].islower()
        return bool(CODE.match(self._code(cells[0][1]))) and len(cells) > 1

    def _code(self, cell: str) -> str:
        """The code of a first cell: all of it, or its first word where a title follows it."""
        first, _, title = cell.partition(" ")
        return first if self.titled and title[:1].isupper() and CODE.match(first) else cell
