"""Reports in a table torn one cell per line whose first column is a whole citation: *Utgiver (år): Tittel*.

    Utgjevar (år): Tittel
    Hovudmål
    Status
    Distriktsforsking Nord (2022): Heim att – følgjeevaluering av programmet for unge vaksne.
    Sluttrapport
    2
    Ferdig

After the header's cells come the rows: the citation (over one or more lines), then its goal column's
number and its status word where the header has those columns. The citation is read as a report list's entry
is; the number places the report under that goal; a status of work in progress marks it ongoing.
"""

from __future__ import annotations

import re

from kg.documents.base import Document
from kg.mentions.base import Extraction, Key
from kg.mentions.goal_context import GoalContext
from kg.mentions.goal_names import named_goal_keys
from kg.mentions.printed import Citer, PrintedLine, printed_lines
from kg.mentions.report_entries import CITE_HEADER, parse_entry
from kg.mentions.report_lists import emit_report
from kg.mentions.text import clean
from kg.passages.base import Passage

COLUMN = re.compile(r"^(?:[A-ZÆØÅa-zæøå]*mål|Status)$", re.IGNORECASE)
GOAL_CELL = re.compile(r"^\d{1,2}(?:\s*(?:,|og)\s*\d{1,2})*$")
STATUS_CELL = re.compile(r"^(?:Ferdig|Fullført|Avslutta|Avsluttet|Levert|Publisert|(?P<ongoing>Pågår|Pågående|"
                         r"Pågåande|Under arbeid|Igangsatt|Igangsett))$", re.IGNORECASE)


def report_cite_cell_mentions(document: Document, passages: list[Passage], ctx: GoalContext) -> Extraction:
    """The reports of torn tables whose rows open with a citation (see the module's docstring)."""
    out = Extraction()
    lines = printed_lines(document)
    citer = Citer(passages, document.text)

    def emit(row: list[PrintedLine], goal: str, ongoing: bool, last: PrintedLine) -> None:
        info = parse_entry(clean("\n".join(ln.text for ln in row)))
        span = citer.span(row[0].text_start, last.end)
        p = citer.passage_at(row[0].text_start)
        if info is None or span is None or p is None or len(str(info["title"])) < 8:
            return
        if ongoing:
            info = {**info, "status": "ongoing", "year": None}
        group: list[Key] | None = [k for n in re.findall(r"\d{1,2}", goal)
                                   for k in named_goal_keys(ctx, span.doc, f"mål {n}")] if goal else None
        emit_report(out, p, ctx, info, span.start, span.end, ongoing, document.text, group)

    for i, line in enumerate(lines):
        if not CITE_HEADER.match(line.text):
            continue
        j, columns = i + 1, []
        while j < len(lines) and COLUMN.match(lines[j].text):
            columns.append(lines[j].text.lower())
            j += 1
        has_status = "status" in columns
        row: list[PrintedLine] = []
        goal = ""
        while j < len(lines) and lines[j].text:
            text = lines[j].text
            status = STATUS_CELL.match(text) if has_status else None
            if row and GOAL_CELL.match(text) and not goal:
                goal = text
                if not has_status:
                    emit(row, goal, False, lines[j])
                    row, goal = [], ""
            elif row and status:
                emit(row, goal, bool(status.group("ongoing")), lines[j])
                row, goal = [], ""
            else:
                row.append(lines[j])
            j += 1
    return out
