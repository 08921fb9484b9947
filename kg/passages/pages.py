"""Page numbers for spans: from a PDF's own pages, or from surviving page footers.

A footer ``Bufdir  102`` closes page 102. Text between footers 101 and 102 is
certainly on page 102; where footers are missing, only the passage right before
a footer (its page) and right after it (the next page) can be placed for
certain. Every other span gets two weaker facts instead, each named for what it
is: the *range* of pages it must lie on (after the previous footer's page, up
to the next footer's page) and an *estimate* interpolated by character offset
between the footers around it (PDF text runs at a steady number of characters
per page; on the 2024 annual report, leaving one footer out and estimating its
page from its neighbours errs by under one page).
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass
from typing import Any

from kg.documents.base import PageSpan


@dataclass(frozen=True)
class PageRef:
    """Where a span lies in the printed document, as far as the document tells.

    ``first``/``last`` are certain; ``low``/``high`` bound the pages the span
    must lie on (``high`` is None after the last known page); ``estimate`` is the
    page of the span's start interpolated between footers (equal to ``first``
    where that is certain). Every field is None where nothing is known.
    """

    first: int | None = None
    last: int | None = None
    low: int | None = None
    high: int | None = None
    estimate: int | None = None

    @property
    def certain(self) -> tuple[int, int] | None:
        """``(first, last)`` where the pages are certain, else None."""
        if self.first is None or self.last is None:
            return None
        return self.first, self.last

    def as_json(self) -> dict[str, Any]:
        """``page`` (the first certain page), ``page_range`` and ``page_estimate`` for a JSON record."""
        return {"page": self.first, **self.extra_json()}

    def extra_json(self) -> dict[str, Any]:
        """The uncertain facts for a JSON record: ``page_range`` and ``page_estimate``."""
        bounds = [self.low, self.high] if self.low is not None or self.high is not None else None
        return {"page_range": bounds, "page_estimate": self.estimate}

    @staticmethod
    def from_json(r: dict[str, Any]) -> PageRef:
        """Read ``page`` (a number or ``[first, last]``), ``page_range`` and ``page_estimate``."""
        page = r.get("page")
        first, last = (page[0], page[1]) if isinstance(page, list | tuple) else (page, page)
        low, high = r.get("page_range") or (None, None)
        return PageRef(first, last, low, high, r.get("page_estimate"))


def page_label(page: PageRef) -> str:
    """Short human label: ``p.102``, ``p.~57 (31-84)`` for an estimate, ``p.?`` where nothing is known."""
    if page.first is not None:
        return f"p.{page.first}"
    if page.estimate is None:
        return "p.?"
    high = "" if page.high is None else str(page.high)
    return f"p.~{page.estimate} ({page.low}-{high})"


class PageMap:
    """Knows which offsets lie on which printed page, as far as the document tells."""

    def __init__(self, pages: tuple[PageSpan, ...], footers: list[tuple[int, int]]) -> None:
        self.pages = pages
        self.footers = sorted(footers)
        self._footer_offsets = [f[0] for f in self.footers]
        # A footer closes its page: at its offset the next page begins (page n spans [n, n + 1)).
        self._points = [(o, n + 1.0) for o, n in self.footers]

    def certain(self, offset: int) -> int | None:
        """The page of ``offset`` where it is certain, else None."""
        for span in self.pages:
            if span.start <= offset <= span.end:
                return span.number
        i = bisect.bisect_left(self._footer_offsets, offset)
        if 0 < i < len(self.footers) and self.footers[i - 1][1] == self.footers[i][1] - 1:
            return self.footers[i][1]
        return None

    def footers_within(self, start: int, end: int) -> list[int]:
        """Page numbers of the footers lying inside ``[start, end)``."""
        lo = bisect.bisect_left(self._footer_offsets, start)
        hi = bisect.bisect_left(self._footer_offsets, end)
        return [n for _, n in self.footers[lo:hi]]

    def bounds(self, start: int, end: int) -> tuple[int | None, int | None]:
        """Pages a span must lie on: after the footer before it, up to the footer after it."""
        if not self.footers:
            return None, None
        before = bisect.bisect_right(self._footer_offsets, start) - 1
        after = bisect.bisect_left(self._footer_offsets, max(end - 1, start))
        low = self.footers[before][1] + 1 if before >= 0 else 1
        high = self.footers[after][1] if after < len(self.footers) else None
        return low, high

    def estimate(self, offset: int) -> int | None:
        """The page of ``offset`` interpolated between the footers around it (None with fewer than two)."""
        points = self._points
        if len(points) < 2:
            return None
        i = bisect.bisect_right(self._footer_offsets, offset)
        (o1, x1), (o2, x2) = points[min(max(i - 1, 0), len(points) - 2):][:2]
        x = x1 + (offset - o1) * (x2 - x1) / (o2 - o1)
        return max(1, math.floor(x))

    def locate(self, spans: list[tuple[int, int]]) -> list[PageRef]:
        """Page facts for consecutive spans of one document, in reading order."""
        refs = []
        for (s, e), certain in zip(spans, self._certain_ranges(spans), strict=True):
            first, last = certain or (None, None)
            low, high = (first, last) if certain else self.bounds(s, e)
            estimate = first if certain else self.estimate(s)
            if estimate is not None:
                estimate = max(estimate, low or estimate)
                estimate = min(estimate, high or estimate)
            refs.append(PageRef(first, last, low, high, estimate))
        return refs

    def _certain_ranges(self, spans: list[tuple[int, int]]) -> list[tuple[int, int] | None]:
        first: list[int | None] = [self.certain(s) for s, _ in spans]
        last: list[int | None] = [self.certain(max(e - 1, s)) for s, e in spans]
        for i, (s, e) in enumerate(spans):
            inside = self.footers_within(s, e)
            if inside:
                first[i] = first[i] or inside[0]
                last[i] = last[i] or inside[-1] + 1
        starts = [s for s, _ in spans]
        for offset, number in self.footers:
            before = bisect.bisect_left(starts, offset) - 1
            if before >= 0 and spans[before][1] <= offset:
                last[before] = last[before] or number
            after = before + 1
            if after < len(spans):
                first[after] = first[after] or number + 1
        result: list[tuple[int, int] | None] = []
        for f, la in zip(first, last, strict=True):
            if f is None and la is None:
                result.append(None)
            else:
                lo, hi = f or la, la or f
                assert lo is not None and hi is not None
                result.append((min(lo, hi), max(lo, hi)))
        return result
