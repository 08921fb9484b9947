"""Group classified lines into blocks: headings, paragraphs, bullet lists and tables.

Each block carries its cleaned text (wraps joined, split words re-joined,
footers and boilerplate left out) and an offset map back to the original.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.passages.base import OffsetMap
from kg.passages.cleantext import TERMINAL, CleanTextBuilder
from kg.passages.headings import Heading
from kg.passages.lines import BULLET, Line

ENUMERATED = re.compile(r"^(?:\d{1,2}[.)]|[a-zæøå]\))\s+[A-ZÆØÅ«\"]")
NUMBER_GROUP = re.compile(r"(?<![\w.,])-?\d[\d ]*(?:[.,]\d+)?%?(?![\w])")
WRAP_WIDTH = 40  # lines at least this long in a paragraph are hard-wrapped prose


@dataclass(frozen=True)
class Block:
    """A unit of layout inside one section."""

    kind: str  # heading | paragraph | list | table
    heading: Heading | None  # the section the block lies in
    first_line: int
    last_line: int
    text: str
    offsets: OffsetMap
    items: int = 1  # list items / table rows in the block


def _digit_ratio(text: str) -> float:
    return sum(c.isdigit() for c in text) / max(len(text), 1)


GOAL_LINE = re.compile(r"^(?:[A-ZÆØÅ][a-zæøå]*mål|Mål)\s+\d{1,2}(?:\.\d{1,2})?(?:\s+\(\w+\))?$")
# a title in capitals ('MÅL B-2 FLERE OG MER LØNNSOMME …'): three words or more, no lower-case letter
CAPITALS_LINE = re.compile(r"^(?=(?:[^a-zæøå\n]*\b[A-ZÆØÅ]{2,}\b){3})[^a-zæøå]+$")


def is_row(text: str) -> bool:
    """A table row: ends in a number and holds at least two number groups. A closing parenthesis that cites a
    budget post or a law ('– Tilskudd til X (kap. 351 post 70)') is a remark of a list item, not cells."""
    bare = re.sub(r"\s*\((?:kap|post|jf|§|lov)[^()]*\)$", "", text, flags=re.IGNORECASE)
    return bool(re.search(r"\d\s*\)?$", bare)) and len(NUMBER_GROUP.findall(bare)) >= 2


def is_prose(text: str) -> bool:
    return len(text) >= 60 and _digit_ratio(text) < 0.1


def is_header_row(text: str) -> bool:
    words = text.split()
    caps = sum(w[:1].isupper() for w in words)
    return len(words) >= 5 and caps / len(words) >= 0.7 and not TERMINAL.search(text)


class _Grouper:
    def __init__(self, lines: list[Line], headings: list[Heading], original: str, wrapped: bool) -> None:
        self.wrapped = wrapped
        self.lines = [ln for ln in lines if ln.kind not in ("footer", "running", "boilerplate")]
        self.heading_at = {h.first_line: h for h in headings}
        self.covered = {i for h in headings for i in range(h.first_line, h.last_line + 1)}
        self.original = original
        self.blocks: list[Block] = []
        self.section: Heading | None = None

    def _next_text(self, pos: int) -> int | None:
        """Index (into self.lines) of the next non-blank line from ``pos``."""
        while pos < len(self.lines) and self.lines[pos].blank:
            pos += 1
        return pos if pos < len(self.lines) else None

    def _starts_block(self, line: Line) -> bool:
        return line.index in self.covered or line.kind in ("bullet", "caption")

    def _item(self, pos: int) -> bool:
        """A bullet, or an enumerated item (``1. …``, ``a) …``) that starts after a blank or a full stop."""
        line = self.lines[pos]
        if line.kind == "bullet":
            return True
        if line.kind != "text" or line.index in self.covered or not ENUMERATED.match(line.text):
            return False
        prev = self.lines[pos - 1] if pos else None
        return prev is None or prev.blank or bool(TERMINAL.search(prev.text))

    def _emit(self, kind: str, group: list[Line], builder: CleanTextBuilder, items: int = 1) -> None:
        text, offsets = builder.build()
        if text.strip():
            self.blocks.append(
                Block(kind, self.section, group[0].index, group[-1].index, text, offsets, items)
            )

    def run(self) -> list[Block]:
        pos = 0
        while (nxt := self._next_text(pos)) is not None:
            line = self.lines[nxt]
            if line.index in self.heading_at:
                pos = self._heading(nxt)
            elif self._item(nxt):
                pos = self._list(nxt)
            elif (line.kind == "caption" and line.text.startswith(("Tabell", "Table"))) or self._table_ahead(nxt):
                pos = self._table(nxt)
            else:
                pos = self._paragraph(nxt)
        return self.blocks

    def _heading(self, pos: int) -> int:
        heading = self.heading_at[self.lines[pos].index]
        self.section = heading
        builder = CleanTextBuilder(self.original)
        group = []
        while pos < len(self.lines) and self.lines[pos].index <= heading.last_line:
            ln = self.lines[pos]
            if not ln.blank:
                builder.add_line(ln.start, ln.end)
                group.append(ln)
            pos += 1
        self._emit("heading", group, builder)
        return pos

    def _table_ahead(self, pos: int) -> bool:
        """An uncaptioned table: a header row or a row, followed closely by more rows."""
        text = self.lines[pos].text
        if not (is_row(text) or is_header_row(text)):
            return False
        ahead = [ln for ln in self.lines[pos + 1 : pos + 10] if not ln.blank][:5]
        return sum(is_row(ln.text) for ln in ahead) >= 2

    def _table(self, pos: int) -> int:
        builder = CleanTextBuilder(self.original)
        group = [self.lines[pos]]
        builder.add(self.lines[pos].start, self.lines[pos].end)
        rows = 0
        pos += 1
        while (nxt := self._next_text(pos)) is not None:
            ln = self.lines[nxt]
            if self._starts_block(ln) or (is_prose(ln.text) and not is_row(ln.text)):
                break
            builder.sep("\n")
            builder.add(ln.start, ln.end)
            group.append(ln)
            rows += is_row(ln.text)
            pos = nxt + 1
        self._emit("table", group, builder, items=max(rows, 1))
        return pos

    def _list(self, pos: int) -> int:
        builder = CleanTextBuilder(self.original)
        group: list[Line] = []
        items = 0
        closed_by_paren = 0
        style = self.lines[pos].kind  # a change from bullets to 1./a) items starts a new list
        while (nxt := self._next_text(pos)) is not None:
            ln = self.lines[nxt]
            if self._item(nxt) and ln.kind != style:
                break
            if self._item(nxt):
                if items and builder.text.rstrip().endswith(")"):
                    closed_by_paren += 1
                if items:
                    builder.sep("\n")
                marker = BULLET.match(ln.text)
                if marker:
                    builder.sep("• ")
                builder.add(ln.start + (marker.end() if marker else 0), ln.end)
                items += 1
            elif self._starts_block(ln) or self._table_ahead(nxt) or (style != "bullet" and GOAL_LINE.match(ln.text)) \
                    or CAPITALS_LINE.match(ln.text):
                break  # (a goal's level word and number after a lettered item open the next goal, not more of it)
            else:
                after_blank = nxt > pos
                current = builder.text.rstrip()
                goes_on = (
                    not after_blank
                    or ln.text[:1].islower()
                    or ln.text[:1] == "("
                    or not TERMINAL.search(current)
                    or (closed_by_paren and not current.endswith(")"))
                )
                if not goes_on:
                    break
                builder.add_line(ln.start, ln.end)
            group.append(ln)
            pos = nxt + 1
        self._emit("list", group, builder, items=items)
        return pos

    def _paragraph(self, pos: int) -> int:
        builder = CleanTextBuilder(self.original)
        group: list[Line] = []
        while (nxt := self._next_text(pos)) is not None:
            ln = self.lines[nxt]
            if group:
                if self._starts_block(ln) or self._item(nxt) or self._table_ahead(nxt):
                    break
                current = builder.text.rstrip()
                if nxt > pos and (TERMINAL.search(current) or not ln.text[:1].islower()):
                    break
                wrapped = self.wrapped and (len(group[-1].text) >= WRAP_WIDTH or ln.text[:1].islower())
                builder.add_line(ln.start, ln.end, wrapped=wrapped)
            else:
                builder.add(ln.start, ln.end)
            group.append(ln)
            pos = nxt + 1
            if ln.kind == "caption":
                break
        self._emit("paragraph", group, builder)
        return pos


def group_blocks(lines: list[Line], headings: list[Heading], original: str, wrapped: bool = True) -> list[Block]:
    """Blocks of the document in reading order, each tagged with its section heading.

    ``wrapped`` says the text is hard-wrapped (PDF); otherwise every line break is kept.
    """
    return _Grouper(lines, headings, original, wrapped).run()
