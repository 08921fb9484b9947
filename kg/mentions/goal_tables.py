"""Goal tables of allocation letters torn into lines: a header of one column name a line ('Mål' /
'Styringsparameter' / 'Resultatkrav/ambisjon'), then each cell's words wrapped over narrow lines of their own.

A numbered cell ('1. Etaten skal bidra til …') is a goal; a cell opened by a target word ('Resultatkrav: Minst
95 prosent', 'Ambisjon: …') is the target of the parameter before it; any other cell is a steering parameter of
the goal above it. A cell runs on while its next line starts in lower case or a digit, or its last line ends
mid-phrase (an open bracket, 'og', 'for' …).

A table of goals alone names two levels, one a line ('Hovudmål' / 'Delmål'); each row opens with the goal's
number ('1 Alle barn …', '1.1 Fleire barn …') and wraps its title over the lines below. A numbered sub-goal
serves the main goal its number begins with.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.mentions.base import Extraction, Key, Link, Mention, Span
from kg.mentions.goal_statements import OPEN_END
from kg.mentions.goals import goal_key
from kg.mentions.text import clean
from kg.passages.base import Passage

GOAL_COLUMN = re.compile(r"^[ \t]*(?P<word>Mål|Hovedmål|Hovudmål|Virksomhetsmål|Delmål)[ \t]*$")
PARAMETER_COLUMN = re.compile(r"^[ \t]*Styringsparamet(?:er|re)\w*[ \t]*$", re.IGNORECASE)
TARGET_CELL = re.compile(r"^(?P<kind>resultatkrav|prestasjonskrav|resultatmål|ambisjon(?:snivå)?|målverdi|måltall)"
                         r"[ \t]*:[ \t]*", re.IGNORECASE)
TARGET_COLUMN = re.compile(r"^[ \t]*(?:resultatkrav|prestasjonskrav|resultatmål|ambisjon|målverdi)[\wæøå/ ]*$",
                           re.IGNORECASE)
# the lower level's column beside the upper's in a table of goals alone ('Hovudmål' / 'Delmål')
LOWER_COLUMN = re.compile(r"^[ \t]*(?P<word>Delmål|Resultatmål)[ \t]*$")
LEVEL_ROW = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2})?)\.?[ \t]+(?=[A-ZÆØÅ])")
GOAL_CELL = re.compile(r"^(?P<num>\d{1,2})\.[ \t]+(?=\S)")
# a parameter's code before its text ('1a Andel …', '2.1 Antall …', 'SP3 …'): the cell is a new parameter
CODE_CELL = re.compile(r"^(?P<code>\d{1,2}[a-h]|\d{1,2}\.\d{1,2}|SP?[ ]?\d{1,2}(?:\.\d{1,2})?)[ \t]+(?=[A-ZÆØÅ])")
#: Table cells are narrow; a longer line is running text after the table.
CELL_WIDTH = 60


@dataclass
class _Cell:
    start: int
    end: int
    parts: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return clean("\n".join(self.parts))


def _continues(cell: _Cell, line: str) -> bool:
    so_far = "\n".join(cell.parts).rstrip()
    first = line.strip()[:1]
    return (first.islower() or first.isdigit() or first == "(" or so_far.count("(") > so_far.count(")")
            or bool(OPEN_END.search(so_far))) and not TARGET_CELL.match(line.strip()) \
        and not CODE_CELL.match(line.strip()) and not re.match(r"\d{1,2}\.[ \t]+[A-ZÆØÅ]", line.strip())


class GoalTableReader:
    """Reads the goal tables of one document."""

    def __init__(self, passages: list[Passage], original: str, removed: tuple[tuple[int, int, str], ...]) -> None:
        self.passages = sorted(passages, key=lambda p: p.start)
        self.original = original
        cut = {(s, e) for s, e, _ in removed}
        self.lines: list[tuple[int, int, str]] = []
        pos = 0
        for raw in original.split("\n"):
            if (pos, pos + len(raw)) not in cut:
                self.lines.append((pos, pos + len(raw), raw))
            pos += len(raw) + 1
        self.out = Extraction()
        self.goal_of: dict[Key, Key] = {}

    def read(self) -> Extraction:
        """Every goal and steering parameter of the document's goal tables."""
        i = 0
        while i + 1 < len(self.lines):
            gm = GOAL_COLUMN.match(self.lines[i][2])
            if gm and PARAMETER_COLUMN.match(self.lines[i + 1][2]):
                i += 2
                if i < len(self.lines) and TARGET_COLUMN.match(self.lines[i][2]):
                    i += 1
                i = self._table(i, gm.group("word"))
                continue
            lm = LOWER_COLUMN.match(self.lines[i + 1][2])
            first_row = self.lines[i + 2][2] if i + 2 < len(self.lines) else ""
            if gm and lm and gm.group("word") != lm.group("word") and LEVEL_ROW.match(first_row):
                i = self._levels(i + 2, gm.group("word"), lm.group("word"))
                continue
            i += 1
        return self.out

    def _cells(self, i: int) -> tuple[list[_Cell], int]:
        cells: list[_Cell] = []
        blanks = 0
        while i < len(self.lines):
            start, end, text = self.lines[i]
            if not text.strip():
                blanks += 1
                if blanks > 1 and cells:
                    break
                if cells:
                    cells.append(_Cell(-1, -1))  # a blank line closes the cell above it
                i += 1
                continue
            if len(text.strip()) > CELL_WIDTH:
                break
            blanks = 0
            if cells and cells[-1].parts and _continues(cells[-1], text):
                cells[-1].parts.append(text.strip())
                cells[-1].end = end
            else:
                cells.append(_Cell(start + len(text) - len(text.lstrip()), end, [text.strip()]))
            i += 1
        return [c for c in cells if c.parts], i

    def _table(self, i: int, word: str) -> int:
        cells, end = self._cells(i)
        goal: Key | None = None
        parameter: tuple[Key, _Cell, str] | None = None
        for cell in cells:
            text = cell.text
            gm = GOAL_CELL.match(text)
            tm = TARGET_CELL.match(text)
            if gm:
                self._parameter(parameter)
                parameter = None
                goal = self._goal(cell, word, gm)
            elif tm and parameter:
                key, pcell, _ = parameter
                self._parameter((key, pcell, text), tm)
                parameter = None
            elif goal is not None and not tm:
                self._parameter(parameter)
                cm = CODE_CELL.match(text)
                code = cm.group("code") if cm else ""
                parameter = (("SteeringParameter", code.lower(), text[cm.end() if cm else 0:].lower().rstrip("."),
                              goal[1]), cell, "")
                self.goal_of[parameter[0]] = goal
        self._parameter(parameter)
        return end

    def _levels(self, i: int, upper: str, lower: str) -> int:
        """The rows of a table of goals at two levels from line ``i``; the index after it."""
        rows: list[_Cell] = []
        while i < len(self.lines):
            start, end, text = self.lines[i]
            if not text.strip() or len(text.strip()) > CELL_WIDTH or "\f" in text:
                break
            if LEVEL_ROW.match(text.strip()):
                rows.append(_Cell(start + len(text) - len(text.lstrip()), end, [text.strip()]))
            elif rows:
                rows[-1].parts.append(text.strip())
                rows[-1].end = end
            i += 1
        mains: dict[str, Key] = {}
        for row in rows:
            m = LEVEL_ROW.match(row.text)
            assert m is not None
            num = m.group("num")
            main = num.split(".")[0]
            key = self._goal(row, lower if "." in num else upper, m)
            if key is None:
                continue
            if "." not in num:
                mains[num] = key
            elif main in mains:
                span = self._span(row.start, row.end)
                assert span is not None
                self.out.links.append(Link(key, "broader", mains[main], span, "goal.table-sub-goal", 0.85))
        return i

    def _span(self, start: int, end: int) -> Span | None:
        p = next((p for p in self.passages if p.start <= start < p.end), None)
        if p is None:
            return None
        return Span(p.id, p.doc, p.doc_name, start, end, p.page, p.section, self.original[start:end])

    def _goal(self, cell: _Cell, word: str, m: re.Match[str]) -> Key | None:
        span = self._span(cell.start, cell.end)
        title = cell.text[m.end():].rstrip(".")
        if span is None or len(title.split()) < 2:
            return None
        number: int | str = int(m.group("num")) if m.group("num").isdigit() else m.group("num")
        key = goal_key(span.doc, number)
        attrs: tuple[tuple[str, object], ...] = (("number", number), ("notation", str(number)),
                                                 ("level", word.lower()), ("part", ""), ("title", title),
                                                 ("alias", title))
        self.out.mentions.append(Mention("Goal", key, f"{word} {number}: {title}", span, "goal.table-row", 0.85,
                                         attrs))
        return key

    def _parameter(self, found: tuple[Key, _Cell, str] | None, tm: re.Match[str] | None = None) -> None:
        if found is None:
            return
        key, cell, target_cell = found
        span = self._span(cell.start, cell.end)
        cm = CODE_CELL.match(cell.text)
        label = cell.text[cm.end() if cm else 0:].rstrip(".")
        if span is None or len(label.split()) < 2:
            return
        target = clean(target_cell[tm.end():]) if tm else None
        attrs = (("code", cm.group("code") if cm else None), ("target", target),
                 ("target_kind", tm.group("kind").lower() if tm else None),
                 ("results", ()))
        self.out.mentions.append(Mention("SteeringParameter", key, label, span, "parameter.goal-table", 0.85, attrs))
        goal = self.goal_of.get(key)
        if goal:
            self.out.links.append(Link(goal, "measuredBy", key, span, "parameter.goal-table-row", 0.85))


def goal_table_mentions(passages: list[Passage], original: str,
                        removed: tuple[tuple[int, int, str], ...] = ()) -> Extraction:
    """Goals and their steering parameters from goal tables torn into lines (see the module's docstring)."""
    return GoalTableReader(passages, original, removed).read()
