"""Goal tables printed in fixed-width columns: 'Mål | Styringsparameter | Ambisjon 2024'.

An allocation letter may set its goals and their steering parameters in one table: the goal column opens each
goal with its number ('1 Flere deltar i') and wraps the title down the column, the parameter column opens each
parameter with its code ('SP 1.1 Andel av …') beside or below its goal, and the last column gives the target.
Each cell's words go to the column they stand under; a table split over a page goes on after its caption
('Tabell 1 (forts.)') and its repeated header. A goal column may instead only refer to goals stated elsewhere by
their codes ('DM1.1   Andel kommuner …'): each such cell opens a row of that goal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.mentions.base import Extraction, Key, Link, Mention, Span
from kg.mentions.goals import goal_key
from kg.mentions.parameter_columns import CELL, NAME_COLUMN, NO_VALUE, NUMBER_COLUMN, TARGET_COLUMN
from kg.mentions.parameter_lines import CONTINUED, lines_of
from kg.mentions.text import RULED_LINE, clean
from kg.mentions.uncoded_cells import VALUE
from kg.passages.base import Passage

GOAL_COLUMN = re.compile(r"^(?P<word>Mål|Hovedmål|Hovudmål|Virksomhetsmål|Delmål|Styringsmål)$")
# first of the header, a result goal's column too ('Resultatmål | Styringsparameter | Ambisjon 2025'), where the
# word would elsewhere name a target's column
FIRST_COLUMN = re.compile(GOAL_COLUMN.pattern.replace("Styringsmål", "Styringsmål|Resultatmål"))
# a goal cell opens with its number and title ('1 Flere deltar i'), or with its level and number alone ('Mål 1'),
# the title on the column's lines below
_CELL_LEVEL = r"(?:Mål|Hovedmål|Hovudmål|Virksomhetsmål|Delmål)"
GOAL_CELL = re.compile(rf"^(?:{_CELL_LEVEL}[ ]+)?(?P<num>\d{{1,2}})[.:]?[ ]+(?=[A-ZÆØÅ])"
                       rf"|^{_CELL_LEVEL}[ ]+(?P<alone>\d{{1,2}})$")
# a target cell that opens a row: a number, or a word in capitals ('Minst 85 prosent', 'Skår på minst 75'); a
# target's wrapped words go on in lower case or in brackets ('(skala 0–100)')
TARGET_OPENS = re.compile(r"^(?:[<>≈~]?\d|[A-ZÆØÅ])")
# a result column's header ('Resultat' over its year on the line below)
RESULT_COLUMN = re.compile(r"^(?:Resultat(?:[ ]+(?:19|20)\d\d)?|(?:19|20)\d\d)$")
YEARS_LINE = re.compile(r"^\s*(?:(?:19|20)\d\d\s*)+$")
# a goal column that only refers to goals stated elsewhere, by their printed codes ('DM1.1', 'HM3', 'A1', '2.1')
GOAL_REF = re.compile(r"^(?:[A-ZÆØÅ]{1,2}M?\d{1,2}(?:\.\d{1,2})?|[A-ZÆØÅ]\d?|\d{1,2}(?:\.\d{1,2})?)$")
CODE_CELL = re.compile(r"^(?P<code>(?:SP|S|[A-ZÆØÅ])[ ]?\d{1,2}(?:\.\d{1,2})?|\d{1,2}\.\d{1,2}|\d{1,2}[a-h])"
                       r"[.:]?[ ]+(?=\S)")
PROSE_WIDTH = 70
# a heading of its own after the table: flush left in capitals, no gap to another column ('Nærare om måla')
SUBHEADING = re.compile(rf"^[A-ZÆØÅ](?!.*\S {{3,}}\S)(?!{_CELL_LEVEL} \d).*$")
# a list of targets by code after the table: 'følgende ambisjonsnivå for 2025:' / '–  1.1: minst 65 prosent'
TARGETS_LEAD = re.compile(r"\b(?:ambisjonsnivå|resultatmål|målverdi(?:er)?|måltall|resultatkrav)\b[^:]*:\s*$", re.I)
LISTED_TARGET = re.compile(r"^\s*[–—•-]\s+(?P<code>\d{1,2}\.\d{1,2}):\s+(?P<target>\S.*)$")
SECTION = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+[A-ZÆØÅ]")


@dataclass
class _Item:
    """A goal's or a parameter's cell: its number or code, words, where it is printed, and its target's words."""

    code: str
    start: int
    end: int
    words: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    goal: str = ""

    @property
    def text(self) -> str:
        return clean("\n".join(self.words)).rstrip(" .")


def _cells(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in CELL.finditer(text)]


def _header(text: str) -> tuple[str, list[int]] | None:
    """The level word and the columns' starts of a header 'Mål | Styringsparameter | Ambisjon 2024', result
    columns before the target's too ('Mål | Indikator | Resultat | Resultat | Resultatmål')."""
    cells = _cells(text)
    numbered = len(cells) >= 4 and NUMBER_COLUMN.match(cells[1][2]) is not None  # 'Mål | Nr. | Styringsparameter …'
    named = cells[2 if numbered else 1:]
    if len(cells) == 2 and (gm := GOAL_COLUMN.match(cells[0][2])) and NAME_COLUMN.match(cells[1][2]):
        return gm.group("word"), [c[0] for c in cells]  # 'Virksomhetsmål | Styringsparametere': no target column
    if len(cells) < 3 or not (gm := FIRST_COLUMN.match(cells[0][2])) or not NAME_COLUMN.match(named[0][2]) \
            or not TARGET_COLUMN.match(cells[-1][2]) or not all(RESULT_COLUMN.match(c[2]) for c in named[1:-1]):
        return None
    return gm.group("word"), [c[0] for c in cells]


def _column(starts: list[int], start: int) -> int:
    """The column a cell starting at ``start`` stands under (a cell may start a little left of its header)."""
    return max((i for i, s in enumerate(starts) if start >= s - 2), default=0)


class GoalColumnReader:
    """Reads the fixed-width goal tables of one document."""

    def __init__(self, passages: list[Passage], original: str, removed: tuple[tuple[int, int, str], ...],
                 printed: dict[str, Key]) -> None:
        self.passages = sorted(passages, key=lambda p: p.start)
        self.printed = printed
        self.original = original
        self.lines = lines_of(original, removed)
        self.out = Extraction()

    def read(self) -> Extraction:
        """Every goal and steering parameter of the document's fixed-width goal tables."""
        i = 0
        while i < len(self.lines):
            header = _header(self.lines[i].text)
            i = self._table(i + 1, *header) if header else i + 1
        return self.out

    def _goes_on(self, j: int, header_text: str) -> int | None:
        """Where a table interrupted by blank lines or a page break goes on, if it does."""
        k = j
        while k < len(self.lines) and (not self.lines[k].text.strip() or CONTINUED.match(self.lines[k].text.strip())):
            k += 1
        if k < len(self.lines) and self.lines[k].text.strip() == header_text.strip():
            return k + 1
        return None

    def _table(self, j: int, word: str, starts: list[int]) -> int:
        header_text = self.lines[j - 1].text
        numbered = NUMBER_COLUMN.match(_cells(header_text)[1][2]) is not None
        goals: list[_Item] = []
        params: list[_Item] = []
        while j < len(self.lines):
            line = self.lines[j]
            text = line.text.rstrip()
            if not text.strip():
                after = self._goes_on(j, header_text)
                if after is None:
                    nxt = next((k for k in range(j, min(j + 3, len(self.lines))) if self.lines[k].text.strip()), None)
                    after_text = self.lines[nxt].text if nxt is not None else ""
                    if nxt is None or len(after_text.strip()) > PROSE_WIDTH or not params \
                            or SECTION.match(after_text) or SUBHEADING.match(after_text):
                        break  # running text, the next section or a heading after the table
                    j = nxt
                    continue
                j = after
                continue
            if CONTINUED.match(text.strip()) and (after := self._goes_on(j, header_text)) is not None:
                j = after
                continue
            if RULED_LINE.match(text.strip()) or re.fullmatch(r"\s*\d{1,3}\s*", text) or YEARS_LINE.match(text) \
                    or text.strip() == header_text.strip() or CONTINUED.match(text.strip()):
                j += 1  # a ruled line, a page's number, the header's years or the header again after a page break
                continue
            if len(text.strip()) > PROSE_WIDTH and not re.search(r"\S {3,}\S", text):
                break  # running text after the table
            cells = _cells(text)
            if len(cells) > 1 and re.fullmatch(r"\d{1,2}\.?", cells[0][2]) and _column(starts, cells[1][0]) == 0:
                # '1  Flere deltar i …': a goal's number set apart from its title by a gap, both in the goal column
                cells = [(cells[0][0], cells[1][1], f"{cells[0][2]} {cells[1][2]}"), *cells[2:]]
            if cells and _column(starts, cells[0][0]) == 0 and GOAL_REF.match(cells[0][2]) and len(cells) > 1:
                # 'DM1.1    Andel kommuner som …    Minst 75 prosent': a row of the goal the code refers to
                ref, (start, end, cell) = cells[0][2], cells[1]
                params.append(_Item("", line.start + start, line.start + end, [cell], goal=ref))
                cells = cells[2:]
            # an uncoded parameter opens where its cell begins in capitals on a line with the row's values
            valued = any(_column(starts, c[0]) > 1 and VALUE.match(c[2]) for c in cells) \
                or any(_column(starts, c[0]) == len(starts) - 1 and TARGET_OPENS.match(c[2]) for c in cells)
            for start, end, cell in cells:
                col = _column(starts, start)
                if numbered and col == 1 and goals:  # the number column's code opens the row's parameter
                    params.append(_Item(cell.strip(), line.start + start, line.start + end, [], goal=goals[-1].code))
                    continue
                self._cell(col - (1 if numbered and col > 1 else 0), line.start + start, line.start + end, cell,
                           goals, params, last=len(starts) - 1 - numbered, opens=valued and not numbered)
            j += 1
        listed = self._listed_targets(j)
        for item in params:
            if not item.target and item.code in listed:
                item.target = [listed[item.code]]
        self._emit(word, goals, params)
        return j

    def _listed_targets(self, j: int) -> dict[str, str]:
        """Targets listed after a table without a target column, by the parameters' codes ('Departementet har
        fastsatt følgende ambisjonsnivå for 2025:' / '–  1.1: minst 65 prosent')."""
        k = next((k for k in range(j, min(j + 4, len(self.lines))) if self.lines[k].text.strip()), None)
        if k is None or not TARGETS_LEAD.search(self.lines[k].text):
            return {}
        out: dict[str, str] = {}
        for line in self.lines[k + 1: k + 40]:
            tm = LISTED_TARGET.match(line.text)
            if tm is None:
                break
            out[tm.group("code")] = tm.group("target").strip().rstrip(".")
        return out

    @staticmethod
    def _cell(col: int, start: int, end: int, cell: str, goals: list[_Item], params: list[_Item], last: int = 2,
              opens: bool = False) -> None:
        if col == 0:
            gm = GOAL_CELL.match(cell)
            if gm:
                goals.append(_Item(gm.group("num") or gm.group("alone"), start, end, [cell[gm.end():]]))
            elif goals:
                goals[-1].words.append(cell)
                goals[-1].end = end
        elif col == 1:
            cm = CODE_CELL.match(cell)
            if cm and goals:
                params.append(_Item(" ".join(cm.group("code").split()), start, end, [cell[cm.end():]],
                                    goal=goals[-1].code))
            elif opens and goals and cell[:1].isupper() and (not params or params[-1].start < goals[-1].start
                                                             or not params[-1].code):
                params.append(_Item("", start, end, [cell], goal=goals[-1].code))
            elif params:
                params[-1].words.append(cell)
                params[-1].end = end
        elif params and col == last:
            params[-1].target.append(cell)

    def _span(self, start: int, end: int) -> Span | None:
        p = next((p for p in self.passages if p.start <= start < p.end), None)
        if p is None:
            return None
        return Span(p.id, p.doc, p.doc_name, start, end, p.page, p.section, self.original[start:end])

    def _emit(self, word: str, goals: list[_Item], params: list[_Item]) -> None:
        keys: dict[str, Key] = {}
        for g in goals:
            span = self._span(g.start, g.end)
            if span is None or len(g.text.split()) < 2:
                continue
            number = int(g.code)
            keys[g.code] = goal_key(span.doc, number)
            attrs: tuple[tuple[str, object], ...] = (("number", number), ("notation", g.code), ("level", word.lower()),
                                                     ("part", ""), ("title", g.text), ("alias", g.text))
            self.out.mentions.append(Mention("Goal", keys[g.code], f"{word} {number}: {g.text}", span,
                                             "goal.table-row", 0.85, attrs))
        for p in params:
            span = self._span(p.start, p.end)
            if span is None or len(p.text.split()) < 2:
                continue
            target = clean(" ".join(p.target))
            key: Key = ("SteeringParameter", p.code.lower(), p.text.lower(), span.doc)
            attrs = (("code", p.code or None), ("target", None if target in NO_VALUE else target),
                     ("target_kind", "ambisjon" if target not in NO_VALUE else None), ("results", ()))
            self.out.mentions.append(Mention("SteeringParameter", key, p.text, span, "parameter.goal-table", 0.85,
                                             attrs))
            goal = keys.get(p.goal) or self.printed.get(p.goal)
            if goal is not None:
                self.out.links.append(Link(goal, "measuredBy", key, span, "parameter.goal-table-row", 0.85))


def goal_column_mentions(passages: list[Passage], original: str, removed: tuple[tuple[int, int, str], ...] = (),
                         printed: dict[str, Key] | None = None) -> Extraction:
    """Goals and their steering parameters from fixed-width goal tables (see the module's docstring); ``printed``
    gives the keys of the goals stated elsewhere by their printed codes, for a goal column that refers to them."""
    return GoalColumnReader(passages, original, removed, printed or {}).read()
