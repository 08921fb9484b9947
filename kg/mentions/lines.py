"""Lines of a passage's cleaned text with their positions, and list items cut back to their own words."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kg.passages.base import Passage

MARKER = re.compile(r"[ \t]*(?:[•▪●*·–-]|\d{1,2}[.)]|[a-zæøå]\))[ \t]+")


@dataclass(frozen=True)
class Line:
    """One line of a passage's cleaned text: ``passage.text[start:end] == text``."""

    passage: Passage
    start: int
    end: int
    text: str


def lines(passage: Passage) -> Iterator[Line]:
    """The lines of the cleaned text (one list item or table row per line)."""
    pos = 0
    for raw in passage.text.split("\n"):
        yield Line(passage, pos, pos + len(raw), raw)
        pos += len(raw) + 1


def item_extent(line: Line, original: str, max_lines: int = 4) -> tuple[int, int]:
    """Original ``(start, end)`` of a list item, stopping where the PDF text moves on.

    Clean-up joins an item with whatever follows it in the text layer; in the original,
    a wrapped item continues on lines flush left, while text that merely follows it (a
    new page, a new block) starts indented or after the item's closing full stop.
    """
    start, end = line.passage.offsets.span(line.start, line.end)
    raw = original[start:end]
    hanging = _hanging_column(original, start)
    kept = 0
    for i, part in enumerate(raw.split("\n")):
        if i > 0 and part[:1] in (" ", "\t") and part.strip() and len(part) - len(part.lstrip()) != hanging:
            break
        if i > 0 and not part.strip() and _paragraph_after(raw.split("\n")[: i], raw.split("\n")[i + 1:]):
            break  # a blank line, then a sentence of its own: the paragraph after the item is none of it
        if i >= max_lines:
            break
        kept += len(part) + (1 if i > 0 else 0)
        if part.strip().endswith(".") or part.strip().endswith(":"):
            break
    stop = start + kept
    while stop > start and original[stop - 1] in " \t\n":
        stop -= 1
    return start, stop


def before_paragraph(line: Line, original: str) -> str | None:
    """The original text of an item up to a blank line that a paragraph of its own follows (clean-up ran the
    paragraph onto the item), or None where no such paragraph follows inside the item's line."""
    start, end = line.passage.offsets.span(line.start, line.end)
    parts = re.split(r"\n[ \t]*\n", original[start:end], maxsplit=1)
    if len(parts) < 2 or not _paragraph_after(parts[0].split("\n"), parts[1].split("\n")):
        return None
    return parts[0]


def _paragraph_after(before: list[str], after: list[str]) -> bool:
    """Whether the text after a blank line is a paragraph of its own: it opens with a capital, and the item's
    words before it close their phrase (a wrap over a page break goes on: '… og i' / '' / 'gjennomføringen')."""
    nxt = next((x.strip() for x in after if x.strip()), "")
    last = " ".join(x.strip() for x in before).split()
    return bool(nxt) and nxt[:1].isupper() and bool(last) and last[-1].lower() not in OPEN_WORDS


OPEN_WORDS = ("og", "i", "for", "til", "av", "med", "på", "om", "som", "et", "en", "ei", "de", "den", "det", "eller")


def _hanging_column(original: str, start: int) -> int:
    """The column an indented item's text starts at after its marker ('   a) Omsetning …'), where its wrapped
    lines continue ('      etter tilsagn.'); -1 for an item flush left or without a marker."""
    line_start = original.rfind("\n", 0, start) + 1
    m = MARKER.match(original, line_start)
    if m is None or m.start() == m.end() or original[line_start] not in " \t" or m.end() < start:
        return -1
    return m.end() - line_start
