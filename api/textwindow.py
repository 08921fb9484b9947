"""A bounded window of a document's text for the browser: a citation's span with some text around it.

A citation page used to send the whole document (52 MB for a large one, and as many copies in memory as
requests in flight). It now shows :data:`CONTEXT` characters on each side of the cited span, its edges moved to
line boundaries, with links to the earlier and later windows; the cited span stays marked wherever it is shown.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Characters shown before and after a cited span.
CONTEXT = 20_000
#: Characters one paged window holds (the same as a citation's surroundings).
PAGE = 2 * CONTEXT
#: The most of one cited span shown in a window (the rest is one "later" away).
MAX_MARK = 2 * CONTEXT
#: How far a window edge may move to reach a line boundary (a text without line breaks is cut mid-line).
SNAP = 2_000


def snap_back(text: str, pos: int) -> int:
    """``pos`` moved back to the start of its line (at most :data:`SNAP` characters)."""
    if pos <= 0:
        return 0
    pos = min(pos, len(text))
    newline = text.rfind("\n", max(0, pos - SNAP), pos)
    return newline + 1 if newline >= 0 else pos


def snap_forward(text: str, pos: int) -> int:
    """``pos`` moved forward past the end of its line (at most :data:`SNAP` characters)."""
    if pos >= len(text):
        return len(text)
    pos = max(pos, 0)
    if pos > 0 and text[pos - 1] == "\n":
        return pos
    newline = text.find("\n", pos, pos + SNAP)
    return newline + 1 if newline >= 0 else pos


@dataclass(frozen=True)
class TextWindow:
    """``text[lo:hi]`` of a document of ``length`` characters; the cited span's part in it is ``[mark_start,
    mark_end)`` (``None`` when none of it is here); ``earlier``/``later`` are where the neighbouring windows
    start (``None`` at either end of the document)."""

    lo: int
    hi: int
    length: int
    mark_start: int | None
    mark_end: int | None
    earlier: int | None
    later: int | None

    @property
    def marked(self) -> bool:
        return self.mark_start is not None


def window(text: str, start: int | None = None, end: int | None = None, at: int | None = None) -> TextWindow:
    """The window around the span ``[start, end)``, or, with ``at``, the page of text starting there.

    Without a span (``start`` None) and without ``at``, the first page of the document.
    """
    length = len(text)
    if at is None and start is not None:
        stop = length if end is None else end
        lo = snap_back(text, start - CONTEXT)
        hi = snap_forward(text, min(stop, start + MAX_MARK) + CONTEXT)
    else:
        lo = snap_back(text, at or 0)
        hi = snap_forward(text, lo + PAGE)
    hi = max(hi, lo)
    mark_start = mark_end = None
    if start is not None:
        stop = length if end is None else end
        if (start < hi and stop > lo) or (start == stop and lo <= start <= hi):
            mark_start, mark_end = max(start, lo), min(stop, hi)
    earlier = snap_back(text, lo - PAGE) if lo > 0 else None
    later = hi if hi < length else None
    return TextWindow(lo, hi, length, mark_start, mark_end, earlier, later)
