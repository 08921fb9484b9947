"""Assignment tables torn one cell per line: 'Nr. / Oppdrag / Frist / Mål', each header cell and each row's
cell on lines of their own (or the header on one line, its cells set apart by gaps, over rows torn so).

A row opens with its code on a line of its own (an agency's prefix and a number, *AB-3*, *KD-2024-1*, or a
bare number), or with its number before its text (*1. DSN skal …*); its text runs over the lines below until the
cells after it, read in the header's order: the deadline (a date filling its line, *1. mars 2024*, *01.11.2024*,
or a few words after the text's last sentence, *Løpende*, *I årsrapporten*) and the goal (*2*, *Mål 2*, *2, 4*;
a dash for none). A text cell broken by a page break runs on: page footers and running headers are not lines here
(``printed_lines``). A line that only names a goal between rows (*Mål 2*, *Hovedmål 1 Matjorda er …*, *Andre
oppdrag*) gives the goal of the rows below it. A row whose text closes on its being done (*Videreført fra 2023,
avsluttet.*) is no assignment of the letter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.mentions.assignment_tables import Row
from kg.mentions.deadlines import MONTHS, deadline
from kg.mentions.printed import PrintedLine

CODE_COLUMN = re.compile(r"^(?:(?:Oppdrag\s+)?[Nn]r\.?|Kode|ID|Id|Oppdragsnr\.?)$")
TEXT_COLUMN = re.compile(r"^(?:Oppdrag|Beskrivelse|Oppdragstekst|Tekst|Innhold)$", re.IGNORECASE)
DUE_COLUMN = re.compile(r"^(?:(?:Tids)?[Ff]rist|Leveringsfrist|(?:Rapporteres|Leveres|Ferdig)\s+innen)$")
# a column after the deadline that is neither deadline nor goal ('Rapportering': how it is delivered)
OTHER_COLUMN = re.compile(r"^(?:Rapportering|Rapporteres\s+(?:i|til)|Leveranse|Leveres\s+som|Ansvar|Status|"
                          r"Merknad(?:er)?)$", re.IGNORECASE)
GOAL_COLUMN = re.compile(r"^(?:Mål|Hovedmål|Hovudmål|Delmål|Virksomhetsmål)(?:\s+nr\.?)?$", re.IGNORECASE)
# an agency's prefix and a number ('AB-3', 'KD-2024-1', 'TK3') or a bare number
CODE = re.compile(r"^(?P<code>[A-ZÆØÅ]{1,6}(?:-| )?\d{1,4}(?:-\d{1,3})?|(?:(?:19|20)?\d\d)-\d{1,3}|\d{1,2})\.?$")
GOAL_CELL = re.compile(r"^(?:(?:hoved|hovud|del|virksomhets)?mål\s+)?(?P<num>\d{1,2}(?:\.\d{1,2})?)"
                       r"(?:\s*(?:,|og)\s*\d.*)?$|^[–—-]$", re.IGNORECASE)
# 'Mål 2', 'Oppdrag under hovedmål 1', 'Hovedmål 1 Matjorda er sikret …' (with the goal's title), 'Andre oppdrag'
GROUP_ROW = re.compile(r"^(?:(?:oppdrag\s+(?:under|for|til|knyttet\s+til)\s+)?(?:hoved|hovud|del|virksomhets)?mål\s+"
                       r"(?P<num>\d{1,2}(?:\.\d{1,2})?)(?:\s+(?-i:[A-ZÆØÅ])[^.]{5,120})?"
                       r"|(?-i:[A-ZÆØÅ][a-zæøå]+(?:\s+[a-zæøå]+){0,3}))$", re.IGNORECASE)
_MONTH = "|".join(MONTHS)
FULL_DATE = re.compile(rf"^(?:[0-3]?\d\.\s*(?:{_MONTH})(?:\s+(?:19|20)\d\d)?|[0-3]?\d\.[01]?\d\.(?:19|20)?\d\d)$",
                       re.IGNORECASE)
# a row whose number opens its text on the same line ('1. DSN skal utarbeide …')
NUMBERED_TEXT = re.compile(r"^(?P<code>\d{1,2})\.[ \t]+(?P<rest>[A-ZÆØÅ].*)$")
CELL_WIDTH = 70
FINISHED = re.compile(r"\b(?:avsluttet|avslutta|fullført|sluttført)\.?$", re.IGNORECASE)


@dataclass
class CellRow(Row):
    """One assignment row of a table torn one cell per line: a table row and the cells still to come."""

    cells_left: list[str] = field(default_factory=list)  # the columns after the text still to come
    other: list[str] = field(default_factory=list)  # the lines of a column that is neither deadline nor goal


def header_at(lines: list[PrintedLine], i: int) -> tuple[list[str], int] | None:
    """The columns after the text column ('due', 'goal') of a header whose cells stand one a line from line
    ``i``, and the index after the header; none where line ``i`` opens no such header."""
    names: list[str] = []
    j = i
    cells = re.split(r"\s{2,}", lines[i].text.strip()) if i + 1 < len(lines) else []
    if len(cells) >= 3 and CODE.match(lines[i + 1].text.strip()):
        # ('Nr   Oppdrag   Frist   Rapportering' on one line, each row's cells on lines of their own below)
        names = [_column(c) or "" for c in cells]
        fits = "" not in names and len(set(names)) == len(names) and "text" in names and "due" in names
        return (names[names.index("text") + 1:], i + 1) if fits and names[0] in ("code", "text") else None
    while j < len(lines) and len(names) < 5:
        name = _column(lines[j].text)
        if name is None or name in names:
            break
        names.append(name)
        j += 1
    if "text" not in names or "due" not in names or len(names) < 3 or names[0] not in ("code", "text"):
        return None
    return names[names.index("text") + 1:], j


def _column(text: str) -> str | None:
    """The column a header cell names: 'code', 'text', 'due', 'goal' or 'other'."""
    return ("code" if CODE_COLUMN.match(text) else "text" if TEXT_COLUMN.match(text)
            else "due" if DUE_COLUMN.match(text) else "goal" if GOAL_COLUMN.match(text)
            else "other" if OTHER_COLUMN.match(text) else None)


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith((".", ")", "!", "?"))


def _due_cell(row: CellRow, text: str) -> bool:
    """Whether ``text`` is the row's deadline cell: a date filling the line, or a few words after a sentence."""
    if not row.text:
        return False
    if FULL_DATE.match(text.rstrip(".")):
        return True
    # a new sentence of the text would open with a capital: a short lower-case line here is a deadline too
    # ('løpende', 'i årsrapporten', 'innen 1. mars')
    return _ends_sentence(row.text[-1]) and len(text.split()) <= 4 and not _ends_sentence(text)


DANGLING = re.compile(r"(?:\b(?:av|innen|i|per|pr\.|til|fra|og|utgangen)|-)$", re.IGNORECASE)


def _due_continues(row: CellRow, text: str) -> bool:
    """Whether ``text`` runs on the row's deadline cell: its year (*1. mars* / *2022*), its date after the words
    naming what is due (*Sluttrapport* / *1. desember 2024*) or the rest of words broken off mid-phrase
    (*Innen utgangen av* / *2. tertial*)."""
    if not row.due_words or row.other:
        return False
    if re.fullmatch(r"(?:19|20)\d\d\.?", text):
        return not re.search(r"\b(?:19|20)\d\d\b", " ".join(row.due_words))
    if FULL_DATE.match(text.rstrip(".")):
        return not re.search(r"\d", " ".join(row.due_words))  # what is due, then its date ('Sluttrapport' / '1. mai')
    return bool(DANGLING.search(row.due_words[-1])) and len(text.split()) <= 4


def table_rows(lines: list[PrintedLine], i: int, after_text: list[str], year: int | None,
               goal: str | None = None) -> tuple[list[CellRow], int]:
    """The rows of the table whose body starts at line ``i``, and the index after it."""
    rows: list[CellRow] = []
    j = i
    while j < len(lines):
        text = lines[j].text
        row = rows[-1] if rows else None
        done = row is None or not row.cells_left or (row.cells_left == ["other"] and bool(row.other))
        if not text or (len(text) > CELL_WIDTH and done and not (NUMBERED_TEXT.match(text) and (
                row is None or row.due_words))):
            break  # (a row whose number opens its text runs as wide as the text column)
        repeated = header_at(lines, j) if CODE_COLUMN.match(text) or TEXT_COLUMN.match(text) else None
        if repeated is not None and repeated[0] == after_text:
            j = repeated[1]  # the header again on a new page, inside a row or between two
            continue
        if row is not None and _due_continues(row, text):
            row.due_words.append(text)
            j += 1
            continue
        cm = CODE.match(text)
        nm = NUMBERED_TEXT.match(text) if cm is None else None
        if done and cm and (row is None or not cm.group("code").isdigit() or row.due_words):
            rows.append(CellRow(cm.group("code"), [lines[j]], goal=goal, cells_left=list(after_text)))
        elif done and nm and (row is None or row.due_words):
            rows.append(CellRow(nm.group("code"), [lines[j]], [nm.group("rest")], goal=goal,
                                cells_left=list(after_text)))
        elif done and GROUP_ROW.match(text) and j + 1 < len(lines) \
                and (CODE.match(lines[j + 1].text) or NUMBERED_TEXT.match(lines[j + 1].text)):
            gm = GROUP_ROW.match(text)
            goal = gm.group("num") if gm and gm.group("num") else None
        elif done and row is not None and row.other and (text[:1].islower() or row.other[-1].endswith("-")):
            row.other.append(text)  # the 'other' cell wraps ('Etatsstyrings-' / 'møtene')
            row.lines.append(lines[j])
        elif done or row is None:
            break
        elif cm and _same_style(row.code, cm.group("code")) and row.text and _ends_sentence(row.text[-1]):
            rows.append(CellRow(cm.group("code"), [lines[j]], goal=goal, cells_left=list(after_text)))
        else:
            _cell(row, lines[j], text)
        j += 1
    for r in rows:
        r.due = deadline(" ".join(r.due_words), year) if r.due_words else None
    # a row the table keeps for the record, its text closing on its being done ('Videreført fra 2023, avsluttet.')
    return [r for r in rows if r.text and not FINISHED.search(r.text[-1])], j


def _same_style(code: str, other: str) -> bool:
    """Whether two codes share a prefix ('AB-3', 'AB-4'): a row whose deadline cell was not seen ends there."""
    return not other.isdigit() and re.sub(r"\d+", "#", code) == re.sub(r"\d+", "#", other)


def _cell(row: CellRow, line: PrintedLine, text: str) -> None:
    """Give ``text`` to the row's text or to the next of its remaining cells."""
    nxt = row.cells_left[0]
    if nxt == "other" and row.due_words:  # (a cell of the row: its line is the row's, 'se omtale under 3.2.1')
        row.other.append(text)
        row.lines.append(line)
    elif nxt == "due" and _due_cell(row, text):
        row.due_words.append(text)
        row.cells_left.pop(0)
    elif nxt == "goal" and row.text and _ends_sentence(row.text[-1]) and GOAL_CELL.match(text):
        gm = GOAL_CELL.match(text)
        row.goal = gm.group("num") if gm and gm.group("num") else None
        row.cells_left.pop(0)
    elif nxt == "goal" and row.due_words and re.fullmatch(r"(?:19|20)\d\d\.?", text):
        row.due_words.append(text)  # a date wrapped before its year
    elif nxt == "goal" and row.due_words:
        row.cells_left.pop(0)  # a goal cell of another shape: the row ends all the same
    else:
        row.text.append(text)
        row.lines.append(line)
