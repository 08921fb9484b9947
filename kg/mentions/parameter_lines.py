"""The lines of a document as the steering-parameter rules read them, and a table row's wrapped lines."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

CELLS = re.compile(r"[ \t]{2,}")
# a table's caption repeated where it goes on after a page break ('Tabell 1 (forts.)')
CONTINUED = re.compile(r"^Tabell\s+\d+(?:\.\d+)?\s*\((?:forts\w*\.?|framhald)\)", re.IGNORECASE)


@dataclass(frozen=True)
class Line:
    """One line of the document text and its offsets."""

    start: int
    end: int
    text: str


def lines_of(original: str, removed: tuple[tuple[int, int, str], ...]) -> list[Line]:
    """The document's lines with their offsets, page footers and web boilerplate left out."""
    cut = {(s, e) for s, e, _ in removed}
    out, pos = [], 0
    for raw in original.split("\n"):
        body = raw.rstrip()
        if (pos + len(body) - len(body.lstrip()), pos + len(body)) not in cut:  # an indented running header too
            out.append(Line(pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return out


def values_below(lines: list[Line], j: int, width: int, any_case: bool = False) -> tuple[list[Any], list[Line]] | None:
    """The wrapped lines of the row opening at line ``j`` down to the one that carries its values (its cells
    last), and those lines; none where no such line follows within three. ``any_case``: the line with the values may
    open with a capital (an uncoded row's text wrapped before a name: '… i' / 'Handverksbasen   1.2   140')."""
    texts: list[Any] = []
    for k in range(j + 1, min(j + 4, len(lines))):
        cells = CELLS.split(lines[k].text.strip())
        if any_case and len(cells) == width and cells[0][:1].isupper() and " " not in cells[0] \
                and any(re.search(r"\d", c) and not re.fullmatch(r"(?:19|20)\d\d", c) for c in cells[1:]):
            return [*texts, cells], list(lines[j + 1 : k + 1])
        if not cells[0][:1].islower():
            return None
        if len(cells) == width:
            return [*texts, cells], list(lines[j + 1 : k + 1])
        if len(cells) != 1:
            return None
        texts.append(cells[0])
    return None


def wrapped(cells: list[str], more: list[Line]) -> int:
    """How many of ``more`` are already in the row's first cell (wrapped lines, the last carrying the values)."""
    k = 0
    while k < len(more) and CELLS.split(more[k].text.strip())[0].rstrip("-") in cells[0]:
        k += 1
    return k


# one printed value of a result table: '1,2 mill.', '35 %', '112 dager', '–'
VALUE = re.compile(r"(?:[<>≥≤]\s*)?\d[\d\u00a0]*(?:[ \u00a0]\d{3})*(?:,\d+)?(?:\s*(?:%|prosent|mill\.|mrd\.|dager|kr))?"
                   r"|[–-]")


# the last year's value one space from the first word of a target that wraps below it ('9,4 uker Under')
TARGET_OPENS = re.compile(r"(?P<value>\d[\d ]*(?:,\d+)?(?:\s*(?:%|[a-zæøå.]{2,8}))?)\s(?P<target>Under|Over|Minst|"
                          r"Maks(?:imalt)?|Høyst|Høgst|Inntil)")


def split_values(cells: list[str], width: int) -> list[str]:
    """``cells`` with a cell that holds several values one space apart ('0,84 mill. 1,05 mill.', set too close by
    the PDF's narrow columns) split into its values, where that makes the row ``width`` cells wide."""
    if len(cells) >= width:
        return cells
    if len(cells) == width - 1 and (m := TARGET_OPENS.fullmatch(cells[-1])):
        return [*cells[:-1], m.group("value"), m.group("target")]  # '9,4 uker Under' / (next line) '10 uker'
    out: list[str] = [cells[0]]
    for cell in cells[1:]:
        parts = [m.group(0) for m in VALUE.finditer(cell)]
        whole = " ".join(parts) == " ".join(cell.split())
        out.extend(parts if whole and len(parts) > 1 else [cell])
    return out if len(out) == width else cells


UNIT = re.compile(r"^(?:[a-zæøå]{2,12}|%)$")


def with_units(row: list[str], cells: list[str], years: int, target_last: bool) -> list[str] | None:
    """A result row's cells with the units on the line below its text added to its values ('søknader om …   dagar
    dagar'), the target's cell among them or left blank (``years`` + 1 cells then); None where the line is no such
    line."""
    if not (len(cells) == len(row) or len(cells) == years + 1 < len(row)) or not cells[0][:1].islower() \
            or not all(UNIT.match(c) for c in cells[1:]):
        return None
    at = 1 + int(len(cells) < len(row) and not target_last)
    units = [f"{v} {u}" if v not in ("–", "-") else v for v, u in zip(row[at:], cells[1:], strict=False)]
    return [*row[:at], *units, *row[at + len(units):]]


def name_end(cell: str) -> bool:
    """A short line that ends a row's wrapped text with a name ('Naturkartet', '«Ut i naturen»'), not a caption,
    a note or a goal's heading."""
    return len(cell) <= 40 and not cell.endswith((":", ".")) and not re.match(
        r"(?i)(?:tabell|figur|kilde|note|merknad)\b|[a-zæøå]*mål\b|\d", cell)


def header_again(lines: list[Line], j: int, header: str) -> int | None:
    """Where a table goes on after a page break from line ``j`` (blank lines, its caption again, 'Tabell 3.2
    (forts.)'), the index after its ``header`` repeated and the years of the header's second line; none where the
    header does not follow within four lines."""
    for k in range(j, min(j + 4, len(lines))):
        text = lines[k].text.strip()
        if text == header.strip():
            k += 1
            while k < len(lines) and re.fullmatch(r"(?:(?:19|20)\d\d\s*)+", lines[k].text.strip()):
                k += 1  # the header's second line, its years ('Resultatmål' / '2024')
            return k
        if text and not CONTINUED.match(text):
            return None
    return None


def target_wrapped(row: list[str], cells: list[str]) -> list[str] | None:
    """A row whose text and target (the last cell) both go on on the next line ('… arealdel   60 % innen' /
    'vedtatt siste åtte år   2026'), with the target's words joined; none where the line is no such line."""
    if len(cells) != 2 or not cells[0][:1].islower() or not row or (
            VALUE.fullmatch(cells[1]) and not re.fullmatch(r"(?:19|20)\d\d", cells[1])):
        return None
    return [*row[:-1], f"{row[-1]} {cells[1]}"]


# words after which a parameter's words go on ('… i havner med' / 'under 500 innbyggere'): no value opens there
OPEN_WORDS = ("i", "for", "av", "med", "om", "på", "til", "og", "ved", "innen", "fra", "frå", "etter", "per", "under")
# a value that opens the column after the parameter's ('minst 40 000', '95 %', '–')
VALUE_OPENS = re.compile(r"(?:minst|maks(?:imalt)?|høyst|høgst|under|over|inntil)\s|\d|[–-](?:\s|$)", re.IGNORECASE)


def split_at_value(start: int, end: int, text: str, at: int) -> list[tuple[int, int, str]]:
    """The cell ``text[start:end]`` of a parameter's words, split where it runs on into the column at ``at`` one
    space from the value that opens it ('… gjennom aktivitetskortet minst 40 000'); else the cell whole."""
    gap = next((q for q in range(at - 2, at + 3) if start < q < end - 1 and text[q] == " "
                and VALUE_OPENS.match(text, q + 1) and text[start:q].split()[-1].lower() not in OPEN_WORDS), None)
    if gap is None:
        return [(start, end, text[start:end])]
    return [(start, gap, text[start:gap]), (gap + 1, end, text[gap + 1:end])]
