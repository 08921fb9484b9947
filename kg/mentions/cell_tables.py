"""Goal and steering-parameter tables torn one cell per line, rows opened by a code.

PDF extraction of a table often gives every cell a line of its own, header cells too:

    Mål / Styringsparameter / Resultatmål 2024          (a letter: goal, parameter and target columns)
    Styringsparameter / 2022 / 2023 / 2024 / Resultatmål / 2024      (a report: year columns, target last)

A row opens with its code: a goal row with the goal's level and number (*Mål 2*, its text on the lines
below), a parameter row with the parameter's code (*1.1* on a line of its own or before the text). The
cells after the text are the year and target columns, read from the row's end: with year columns each value
is one line; with a target column only, the target is the last cell that opens a line (a capital, a digit or a
dash after a line that does not end mid-phrase), so a target wrapped over two lines (*Minst 4 000* /
*pasienter*) stays whole. Running page footers and headers inside a row are left out (``printed_lines``). The
goal of a parameter is the goal row above it, else the goal the table's caption names (*Styringsparametere
hovedmål 1*).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.documents.base import Document
from kg.mentions.amounts import leading_number
from kg.mentions.base import Extraction, Key, Link, Mention
from kg.mentions.cell_headers import Header, header_at
from kg.mentions.goal_names import named_goal_keys
from kg.mentions.goal_rows import goal_code, split_goal_row
from kg.mentions.goal_scopes import NUMBERED_SERIES
from kg.mentions.goal_statements import OPEN_END
from kg.mentions.goals import GoalContext, goal_key
from kg.mentions.number_refs import BARE
from kg.mentions.parameter_goals import lettered_goal
from kg.mentions.printed import Citer, PrintedLine, printed_lines
from kg.mentions.text import clean
from kg.mentions.uncoded_cells import uncoded_mentions, uncoded_rows
from kg.passages.base import Passage

GOAL_ROW = re.compile(r"^(?P<word>Mål|Hovedmål|Hovudmål|Virksomhetsmål|Delmål)[ \t]+(?P<num>\d{1,2}(?:\.\d{1,2})?)[:.]?"
                      r"(?:[ \t]+(?P<text>\S.*))?$", re.IGNORECASE)
# '1.1', 'E2.1', 'SP 3', 'S4', '1a' alone or before the row's text
CODE_ROW = re.compile(r"^(?P<code>(?:[A-ZÆØÅ]{1,2}[ ]?)?\d{1,2}\.\d{1,2}|(?:SP|S)[ ]?\d{1,2}|\d{1,2}[a-h])\.?"
                      r"(?:[ \t]+(?P<text>[A-ZÆØÅ].*))?$")
# a heading's words after a section's number: an area or a goal level and its number
SECTION = re.compile(r"^(?:[A-ZÆØÅ][a-zæøå]*(?:område|mål))[ \t]+(?:\d{1,2}|[A-ZÆØÅ])\b")
NO_VALUE = ("–", "-", "—", "")
# a goal row opened by its number and its words on one line ('1 Kommunene har god kapasitet …')
NUMBERED_GOAL = re.compile(r"^(?P<num>\d{1,2})\.?[ \t]+(?P<text>[A-ZÆØÅ][a-zæøå].*)$")
# a goal column's upper level printed without a number: its row is the lines before the first coded row
UNCODED_LEVELS = ("samfunnsmål", "overordnet mål")
# a parameter's target on a line of its own inside its row ('Måltall: minst 60 prosent')
TARGET_LINE = re.compile(r"^(?:Måltall|Målverdi|Resultatmål|Resultatkrav|Ambisjon(?:snivå)?)(?:[ \t]+(?:19|20)\d\d)?"
                         r"[ \t]*:[ \t]*(?P<value>\S.*)$")
GOAL_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})?$")
CELL_WIDTH = 72


@dataclass
class Row:
    """One row: goal (level and number) or parameter (code), its text lines and value lines."""

    code: str
    lines: list[PrintedLine]
    first: str  # the text after the code on the row's first line
    level: str = ""
    notation: str = ""  # a goal row's code as printed ('VM1')

    def cells(self) -> list[str]:
        return ([self.first] if self.first else []) + [ln.text for ln in self.lines[1:]]


def table_rows(lines: list[PrintedLine], i: int, header: Header | None = None) -> tuple[list[Row], int]:
    """The rows of the table whose body starts at line ``i``, and the index after it; none unless the body
    opens with a row's code."""
    rows: list[Row] = []
    j = i
    while j < len(lines):
        text = lines[j].text
        if not text or (len(text) > CELL_WIDTH and not CODE_ROW.match(text)) or text.startswith(("Tabell", "Kilde:")):
            break
        repeated = header_at(lines, j) if header is not None and rows else None
        if repeated is not None and header is not None and repeated[0].years == header.years:
            j = repeated[1]  # the header again on a new page, inside a row or between two
            continue
        gm, cm = GOAL_ROW.match(text), CODE_ROW.match(text)
        coded = goal_code(text, header.levels) if header is not None and not header.years else None
        numbered = NUMBERED_GOAL.match(text) if header is not None and header.levels and not header.years else None
        if coded:
            rows.append(Row(coded[1], [lines[j]], "", coded[2], coded[0]))
        elif numbered and header is not None and not cm:
            level = header.levels[-1] if header.levels[0] in UNCODED_LEVELS else header.levels[0]
            rows.append(Row(numbered.group("num"), [lines[j]], numbered.group("text"), level))
        elif not rows and header is not None and len(header.levels) > 1 and header.levels[0] in UNCODED_LEVELS \
                and not gm and not cm:
            rows.append(Row("", [lines[j]], text, header.levels[0]))  # the upper goal's words, no number
        elif gm:
            rows.append(Row(gm.group("num"), [lines[j]], gm.group("text") or "", gm.group("word").lower()))
        elif cm and SECTION.match(cm.group("text") or ""):
            break  # the next section's heading ('3.4 Resultatområde 3 Formidling')
        elif cm:
            code = " ".join(cm.group("code").split())
            shapes = {_shape(r.code) for r in rows if not r.level}
            if shapes and _shape(code) not in shapes:
                if header is not None and header.goal_ref and GOAL_NUMBER.match(text):
                    rows[-1].lines.append(lines[j])  # the goal column's cell ('1.1' in a row of 'S1.1')
                    j += 1
                    continue
                break  # a code of another shape after the table ('3.2 Effektmål 1 …', the next section)
            rows.append(Row(code, [lines[j]], cm.group("text") or ""))
        elif rows:
            rows[-1].lines.append(lines[j])
        else:
            break
        j += 1
    return rows, j


def _shape(code: str) -> str:
    """A code's shape: its numbers and a closing letter evened out ('1a' and '2b', 'S1' and 'S10' are alike)."""
    return re.sub(r"(?<=#)[a-h]$", "", re.sub(r"\d+", "#", code))


def _opens_cell(previous: str, line: str) -> bool:
    first = line[:1]
    return (first.isupper() or first.isdigit() or line in NO_VALUE) and not OPEN_END.search(previous)


def split_values(cells: list[str], header: Header) -> tuple[list[str], list[str], str | None, str]:
    """A parameter row's cells split into its text lines, its year values, its target (``None`` for none) and the
    number of the goal its goal column names ('' for none)."""
    if header.years:
        n = header.values
        if len(cells) <= n:
            return cells, [], None, ""
        text, values = cells[:-n], cells[-n:]
        ref = values.pop(0) if header.goal_ref else ""
        values = values[: len(values) - header.ignored]
        target = (values[0] if header.target_first else values[-1]) if header.target_kind else None
        years = (values[1:] if header.target_first else values[:-1]) if header.target_kind else values
        return text, years, None if target is None or target in NO_VALUE else target, ref
    if not header.target_kind:
        at = next((k for k, c in enumerate(cells) if k and TARGET_LINE.match(c)), None)
        if at is None:
            return cells, [], None, ""
        value = TARGET_LINE.match(cells[at])
        assert value is not None
        return cells[:at], [], clean(" ".join([value.group("value"), *cells[at + 1:]])), ""
    at = next((k for k in range(len(cells) - 1, 0, -1) if _opens_cell(cells[k - 1], cells[k])), None)
    if at is None:
        return cells, [], None, ""
    target = clean(" ".join(cells[at:]))
    return cells[:at], [], None if target in NO_VALUE else target, ""


class CellTableReader:
    """Reads the torn goal and parameter tables of one document."""

    def __init__(self, document: Document, passages: list[Passage], ctx: GoalContext) -> None:
        self.doc = document
        self.lines = printed_lines(document)
        self.citer = Citer(passages, document.text)
        self.ctx = ctx
        self.out = Extraction()

    def read(self) -> Extraction:
        """Every goal row and parameter row of the document's torn tables, with the parameters' goal links."""
        i = 0
        while i < len(self.lines):
            found = header_at(self.lines, i)
            if found is None:
                i += 1
                continue
            header, body = found
            rows, end = table_rows(self.lines, body, header)
            if not rows and (header.years or header.target_first):  # (rows of words and a target, no years too)
                found_rows, end = uncoded_rows(self.lines, body, len(header.years), bool(header.target_kind),
                                               header.target_first, header.goal_column)
                caption = " ".join(ln.text for ln in self.lines[max(0, i - 3): i])
                self.out.extend(uncoded_mentions(found_rows, header.years, header.target_kind, caption, self.citer,
                                                 self.ctx, header.levels[-1] if header.levels else ""))
                i = max(end, body)
                continue
            if not rows:
                i = body
                continue
            caption = " ".join(ln.text for ln in self.lines[max(0, i - 3): i])
            self._table(header, rows, caption)
            i = end
        return self.out

    def _table(self, header: Header, rows: list[Row], caption: str) -> None:
        goal: Key | None = None
        upper: Key | None = None
        for row in rows:
            if row.level:
                goal = self._goal(row, header)
                if len(header.levels) > 1 and row.level == header.levels[0]:
                    upper = goal
                elif upper is not None and goal is not None and row.level == header.levels[-1]:
                    code_span = self.citer.span(row.lines[0].text_start, row.lines[0].end)
                    if code_span is not None:
                        self.out.links.append(Link(goal, "broader", upper, code_span, "goal.lower-row-under-upper",
                                                   0.85))
                continue
            text, years, target, ref = split_values(row.cells(), header)
            label = clean("\n".join(text)).rstrip(" .")
            first, last = row.lines[0], row.lines[-1]
            span = self.citer.span(first.text_start, last.end)
            if span is None or len(label.split()) < 2:
                continue
            results = [{"year": int(y), "value": v, "numeric": leading_number(v), "start": last.start,
                        "end": last.end, "passage": span.passage}
                       for y, v in zip(header.years, years, strict=False) if leading_number(v) is not None]
            key: Key = ("SteeringParameter", row.code.lower(), label.lower(), span.doc)
            attrs = (("code", row.code), ("target", target), ("target_kind", header.target_kind if target else None),
                     ("results", tuple(results)))
            self.out.mentions.append(Mention("SteeringParameter", key, label, span, "parameter.cell-table-row", 0.9,
                                             attrs))
            goals = [goal] if goal else self._referred(span.doc, ref) or named_goal_keys(self.ctx, span.doc, caption) \
                or lettered_goal(self.ctx, span.doc, row.code)
            self.out.links += [Link(g, "measuredBy", key, span, "parameter.cell-table-row-under-goal", 0.85)
                               for g in goals]

    def _referred(self, doc: str, ref: str) -> list[Key]:
        """The goal a goal column's number or code names: the one goal of the document numbered so, at whatever
        level."""
        # ('2', '1.1', 'B1')
        named = [name for name in self.ctx.parts if name.rsplit(" ", 1)[-1] == ref] if BARE.match(ref) else []
        return self.ctx.keys_for(doc, named[0]) if len(named) == 1 else []

    def _goal(self, row: Row, header: Header) -> Key | None:
        cells, params = split_goal_row(row.cells()) if header.levels and not header.years else (row.cells(), [])
        title = clean("\n".join(cells)).rstrip(" .")
        span = self.citer.span(row.lines[0].text_start, row.lines[-1].end)
        number: int | str = int(row.code) if row.code.isdigit() else row.code  # 'Delmål 1.1': a sub-goal's row
        keyed = (number if row.level in NUMBERED_SERIES else f"{row.level} {number}") if row.code else row.level
        key = goal_key(span.doc, keyed) if span is not None else None
        if key is not None and not title and row.level in NUMBERED_SERIES:
            return key  # a group row that only names a goal stated elsewhere
        if span is None or key is None or len(title.split()) < 3:
            return None
        notation = row.notation or str(number)
        attrs: tuple[tuple[str, object], ...] = (("number", number if row.code else None), ("notation", notation),
                                                 ("level", row.level), ("part", ""), ("title", title),
                                                 ("alias", title))
        name = f"{row.level.capitalize()} {notation}" if row.code else row.level.capitalize()
        self.out.mentions.append(Mention("Goal", key, f"{name}: {title}", span, "goal.cell-table-row", 0.85, attrs))
        for param in params:
            label = clean("\n".join(param.words)).rstrip(" .")
            if len(label.split()) < 2:
                continue
            pkey: Key = ("SteeringParameter", "", label.lower(), span.doc)
            pattrs = (("code", None), ("target", param.target),
                      ("target_kind", header.target_kind if param.target else None), ("results", ()))
            self.out.mentions.append(Mention("SteeringParameter", pkey, label, span, "parameter.in-goal-row", 0.8,
                                             pattrs))
            self.out.links.append(Link(key, "measuredBy", pkey, span, "parameter.in-goal-row", 0.8))
        return key


def cell_table_mentions(document: Document, passages: list[Passage], ctx: GoalContext) -> Extraction:
    """Goals and steering parameters of tables torn one cell per line (see the module's docstring)."""
    return CellTableReader(document, passages, ctx).read()
