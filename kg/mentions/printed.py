"""A document's lines as printed, columns kept: for rules over layouts that clean-up flattens (a table torn
into lines, a numbered block whose deadline sits on its own line), with page footers left out and any
span of them cited in the passage that holds it."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Protocol

from kg.documents.base import Document
from kg.mentions.base import Span
from kg.passages.base import Passage


class IndentedLine(Protocol):
    """A printed line with its offsets (``text`` keeps the indentation), as the line readers of tables and
    blocks take them."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def text(self) -> str: ...


@dataclass(frozen=True)
class PrintedLine:
    """One line of the document text: ``raw`` with its indentation, ``start`` the offset of ``raw[0]``."""

    start: int
    raw: str

    @property
    def text(self) -> str:
        return self.raw.strip()

    @property
    def indent(self) -> int:
        return len(self.raw) - len(self.raw.lstrip())

    @property
    def end(self) -> int:
        """Offset just after the line's last non-blank character."""
        return self.start + len(self.raw.rstrip())

    @property
    def text_start(self) -> int:
        return self.start + self.indent


def printed_lines(document: Document) -> list[PrintedLine]:
    """The document's lines in order; footers (and the blank lines around them) left out, so a block broken
    by a page break reads as one."""
    removed = sorted((s, e) for s, e, kind in document.removed if kind in ("footer", "running"))
    out: list[PrintedLine] = []
    pos = 0
    skip_blank = False
    for raw in document.text.split("\n"):
        start, pos = pos, pos + len(raw) + 1
        body = raw.rstrip("\r\f")
        i = bisect.bisect_right(removed, (start + len(body), len(document.text))) - 1
        if i >= 0 and removed[i][0] >= start and removed[i][1] <= start + len(body) and removed[i][0] < removed[i][1]:
            while out and not out[-1].text:
                out.pop()
            skip_blank = True
            continue
        if skip_blank and not body.strip():
            continue
        skip_blank = False
        out.append(PrintedLine(start, body.replace("\f", " ")))
    return out


class Citer:
    """Spans of original-text offsets, each cited in the passage that holds its start."""

    def __init__(self, passages: list[Passage], original: str) -> None:
        self.passages = sorted(passages, key=lambda p: p.start)
        self.starts = [p.start for p in self.passages]
        self.original = original

    def passage_at(self, pos: int) -> Passage | None:
        """The passage that holds original offset ``pos``, if any."""
        i = bisect.bisect_right(self.starts, pos) - 1
        return self.passages[i] if i >= 0 and pos < self.passages[i].end else None

    def span(self, start: int, end: int) -> Span | None:
        """The span ``original[start:end]``, or ``None`` where no passage holds it (text clean-up removed)."""
        i = bisect.bisect_right(self.starts, start) - 1
        if i < 0 or start >= self.passages[i].end:
            nxt = i + 1
            if nxt >= len(self.passages) or self.passages[nxt].start >= end:
                return None
            i, start = nxt, self.passages[nxt].start
        p = self.passages[i]
        return Span(p.id, p.doc, p.doc_name, start, end, p.page, p.section, self.original[start:end])
