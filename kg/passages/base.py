"""Contract of the passage stage: section-aware chunks that know their exact source span."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from kg.passages.pages import PageRef


@dataclass(frozen=True)
class Section:
    """A numbered (or, in web pages, unnumbered) section of a document."""

    number: str | None
    title: str | None
    path: tuple[str, ...]
    start: int = 0
    end: int = 0

    def as_json(self) -> dict[str, object]:
        return {"number": self.number, "title": self.title, "path": list(self.path)}


@dataclass(frozen=True)
class OffsetMap:
    """Maps positions in a cleaned text back to the original document text.

    ``segments`` holds ``(clean_start, original_start, length)`` for every run of
    characters copied verbatim; characters inserted by clean-up (a space that
    joins two wrapped lines) belong to no segment.
    """

    segments: tuple[tuple[int, int, int], ...]

    def start(self, pos: int) -> int:
        """Original offset of the cleaned character at ``pos`` (or the next copied one)."""
        i = bisect.bisect_right([s[0] for s in self.segments], pos) - 1
        if i >= 0:
            c, o, n = self.segments[i]
            if pos < c + n:
                return o + pos - c
        nxt = min(i + 1, len(self.segments) - 1)
        return self.segments[nxt][1]

    def end(self, pos: int) -> int:
        """Original offset just after the cleaned text ending at ``pos`` (exclusive)."""
        if pos <= 0:
            return self.segments[0][1]
        i = bisect.bisect_right([s[0] for s in self.segments], pos - 1) - 1
        c, o, n = self.segments[max(i, 0)]
        return o + min(pos - c, n)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the cleaned slice ``[start:end]``."""
        return self.start(start), self.end(end)


@dataclass(frozen=True)
class Passage:
    """A chunk of one section; ``original[start:end]`` is exactly its source."""

    id: str
    doc: str
    doc_name: str
    kind: str  # paragraph | list | table | heading
    section: Section
    page: PageRef
    start: int
    end: int
    text: str
    offsets: OffsetMap

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "doc": self.doc_name,
            "doc_id": self.doc,
            "kind": self.kind,
            "section": self.section.as_json(),
            "page": list(self.page.certain) if self.page.certain else None,
            **self.page.extra_json(),
            "start": self.start,
            "end": self.end,
            "text": self.text,
        }
