"""A letter's table of steering parameters whose goal column only names goals stated above it:

    Mål              Styringsparameter                                  Resultatmål 2025
    Effektmål 1
    Andel barn og unge (10–19 år) i tilskudds-
    finansierte tiltak som deltar jevnlig
    Minst 70 prosent
    Effektmål 1      Antall kommuner som har tatt i bruk Kartet        Minst 150 kommuner
    Brukermål 1.2
    …

(Example invented, as in ``tests/mentions/test_goal_ref_tables.py``.) Rows are torn one cell per line or kept on
one line with their cells apart, or both. A row opens with a goal's level and number that the document states
elsewhere (*Effektmål 1*, *Brukermål 1.2*): the cells after it, up to the next such reference, are the parameter's
words and, last, its target (the last cell that opens a line: a capital or a digit after words that do not end
mid-phrase); a row whose cells all stand under the header's columns, wrapped lines too, is read by column, its code
(*S1*) apart from its words. The parameter measures the goal its row names; no goal is read from the goal column
itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.documents.base import Document
from kg.mentions.base import Extraction, Key, Link, Mention
from kg.mentions.cell_headers import PARAMETER_COLUMN, TARGET_COLUMN, Header
from kg.mentions.cell_tables import split_values
from kg.mentions.goal_names import named_goal_keys
from kg.mentions.goal_rows import column_levels
from kg.mentions.goals import GoalContext
from kg.mentions.printed import Citer, PrintedLine, printed_lines
from kg.mentions.text import clean
from kg.passages.base import Passage

# a goal column's cell: a level and its number ('Effektmål 1', 'Brukermål 1.2', 'Delmål B2', 'Mål 3')
REFERENCE = re.compile(r"^(?:[A-ZÆØÅ][a-zæøå]*mål|Mål)[ \t]+(?:[A-ZÆØÅ]{0,2}\d{1,2}(?:\.\d{1,2})?|[A-ZÆØÅ])$")
CELL = re.compile(r"\S+(?: \S+)*")
# a parameter's code before its words in the parameter cell ('S1 Gjennomsnittlig …', 'SP 2.1 Andel …')
# ('SP-A1 Andel …': the goal's letter after a dash)
CODED = re.compile(r"^(?P<code>(?:SP|S|[A-ZÆØÅ]{1,2})(?:[ \t]?|-[A-ZÆØÅ]?)\d{1,2}(?:\.\d{1,2})?)[ \t]+(?=[A-ZÆØÅ])")
PROSE_WIDTH = 90  # a line this long without a column gap is the text below the table


@dataclass(frozen=True)
class Cell:
    """One cell of a printed line, its offsets and the column it starts at."""

    text: str
    start: int
    end: int
    col: int = 0


@dataclass
class _Row:
    goals: list[Key]
    reference: Cell
    cells: list[Cell]


def cells_of(line: PrintedLine) -> list[Cell]:
    """The cells of a printed line: runs of text two or more spaces apart."""
    return [Cell(m.group(), line.start + m.start(), line.start + m.end(), m.start()) for m in CELL.finditer(line.raw)]


def _columns(cells: list[Cell], starts: list[int]) -> tuple[list[Cell], list[Cell]] | None:
    """A row kept on its lines with its cells under the header's columns: the parameter's cells and the target's,
    or None where the cells do not stand under the columns (a row torn one cell per line)."""
    under = [max((k for k, s in enumerate(starts) if s <= c.col + 2), default=0) for c in cells]
    text = [c for c, k in zip(cells, under, strict=True) if k == 1]
    target = [c for c, k in zip(cells, under, strict=True) if k == 2]
    return (text, target) if text and target and all(k in (1, 2) for k in under) else None


def goal_ref_table_mentions(document: Document, passages: list[Passage], ctx: GoalContext,
                            found: Extraction) -> tuple[Extraction, frozenset[int]]:
    """The parameters of every such table (see the module's docstring) that no other rule read, with links to the
    goals their rows name; and the offsets of the goal references, which state no goal."""
    lines = printed_lines(document)
    citer = Citer(passages, document.text)
    read = [(m.span.start, m.span.end) for m in found.mentions if m.type == "SteeringParameter"]
    out, references = Extraction(), set()
    i = 0
    while i < len(lines):
        header = [c.text for c in cells_of(lines[i])]
        target = TARGET_COLUMN.match(header[2]) if len(header) == 3 else None
        if target is None or not column_levels(header[0]) or not PARAMETER_COLUMN.match(header[1]):
            i += 1
            continue
        starts = [c.col for c in cells_of(lines[i])]
        rows, i = _rows(lines, i + 1, ctx, document.id, starts[1])
        kind = target.group("kind").lower()
        for row in rows:
            references.add(row.reference.start)
            columns = _columns(row.cells, starts)
            value: str | None
            if columns is not None:  # 'Mål 1     S1 Gjennomsnittlig …     Under 6 uker' / '          søknader om …'
                text_cells, value = columns[0], clean(" ".join(c.text for c in columns[1]))
                text = [c.text for c in text_cells]
            else:
                text, _, value, _ = split_values([c.text for c in row.cells], Header(target_kind=kind))
                text_cells = row.cells[: len(text)]
            code_match = CODED.match(text[0]) if text else None
            code = code_match.group("code") if code_match else None
            if code_match:
                text = [text[0][code_match.end():], *text[1:]]
            label = clean("\n".join(text)).rstrip(" .")
            span = citer.span(text_cells[0].start, text_cells[-1].end) if text_cells else None
            if span is None or len(label.split()) < 2 or any(s < span.end and span.start < e for s, e in read):
                continue
            key: Key = ("SteeringParameter", (code or "").lower(), label.lower(), span.doc)
            attrs = (("code", code), ("target", value), ("target_kind", kind if value else None), ("results", ()))
            out.mentions.append(Mention("SteeringParameter", key, label, span, "parameter.goal-reference-row", 0.85,
                                        attrs))
            out.links += [Link(g, "measuredBy", key, span, "parameter.goal-reference-row", 0.85) for g in row.goals]
    return out, frozenset(references)


def _rows(lines: list[PrintedLine], j: int, ctx: GoalContext, doc: str, column: int) -> tuple[list[_Row], int]:
    """The rows of the table whose body starts at line ``j``, and the index after the table; a second coded cell
    at the parameter ``column`` under one goal's reference opens a row of that goal of its own."""
    rows: list[_Row] = []
    while j < len(lines):
        line = lines[j]
        if not line.text:
            if rows:
                break
            j += 1
            continue
        cells = cells_of(line)
        if line.text.startswith(("Tabell", "Kilde")) or (len(cells) == 1 and len(line.text) > PROSE_WIDTH):
            break
        for cell in cells:
            goals = named_goal_keys(ctx, doc, cell.text) if REFERENCE.match(cell.text) else []
            if goals:
                rows.append(_Row(goals, cell, []))
            elif rows and abs(cell.col - column) <= 2 and CODED.match(cell.text) \
                    and any(CODED.match(c.text) for c in rows[-1].cells):
                rows.append(_Row(rows[-1].goals, rows[-1].reference, [cell]))
            elif rows:
                rows[-1].cells.append(cell)
            else:
                return [], j  # the body opens with no goal's reference: another kind of table
        j += 1
    return [r for r in rows if r.cells], j
