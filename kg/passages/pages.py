"""Page numbers for spans: from a PDF's own pages, or from surviving page footers.

A footer ``Bufdir  102`` closes page 102. Text between footers 101 and 102 is
certainly on page 102; where footers are missing, only the passage right before
a footer (its page) and right after it (the next page) can be placed. Nothing
else gets a page: a page number is reported only where it can be derived.
"""

from __future__ import annotations

import bisect

from kg.documents.base import PageSpan


class PageMap:
    """Knows which offsets lie on which printed page, as far as the document tells."""

    def __init__(self, pages: tuple[PageSpan, ...], footers: list[tuple[int, int]]) -> None:
        self.pages = pages
        self.footers = sorted(footers)
        self._footer_offsets = [f[0] for f in self.footers]

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

    def assign(self, spans: list[tuple[int, int]]) -> list[tuple[int, int] | None]:
        """Page ranges for consecutive spans of one document, in reading order."""
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
