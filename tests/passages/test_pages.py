"""Page facts for spans: certain pages, bounds and interpolated estimates from page footers."""

from __future__ import annotations

from kg.documents.base import PageSpan
from kg.passages.pages import PageMap, PageRef, page_label

# Three surviving footers of a document whose pages hold ~1000 characters: pages 10, 12 and 20 end
# at offsets 1000, 3000 and 11000 (pages 11 and 13-19 lost their footers).
FOOTERS = [(1000, 10), (3000, 12), (11000, 20)]


def _located() -> list[tuple[tuple[int, int], PageRef]]:
    spans = [(s, s + 200) for s in range(10, 12500, 250)]  # consecutive passages, none across a footer
    return list(zip(spans, PageMap((), FOOTERS).locate(spans), strict=True))


def at(offset: int) -> PageRef:
    return next(ref for (s, e), ref in _located() if s <= offset < e)


def test_a_span_between_distant_footers_gets_bounds_and_an_estimate_not_a_page() -> None:
    ref = at(5050)  # 2 000 characters after page 12 ended: page 15 of 13-20
    assert ref.certain is None and ref.first is None
    assert (ref.low, ref.high, ref.estimate) == (13, 20, 15)


def test_spans_right_before_or_after_a_footer_are_certain() -> None:
    assert at(1050).certain == (11, 11)
    assert at(2900).certain == (12, 12)
    assert at(10900).certain == (20, 20)
    assert at(1050).estimate == 11 and (at(1050).low, at(1050).high) == (11, 11)


def test_before_the_first_and_after_the_last_footer() -> None:
    head, tail = at(100), at(12050)
    assert (head.low, head.high, head.estimate) == (1, 10, 10)
    assert (tail.low, tail.high, tail.estimate) == (21, None, 22)  # extrapolated at the last interval's rate


def test_estimates_never_go_back_a_page() -> None:
    estimates = [ref.estimate for _, ref in _located()]
    assert all(e is not None for e in estimates) and estimates == sorted(estimates)


def test_no_footers_no_pages_and_one_footer_no_estimate() -> None:
    assert PageMap((), []).locate([(0, 10)]) == [PageRef()]
    after, later = PageMap((), [(1000, 10)]).locate([(1010, 1100), (5000, 5100)])
    assert after.certain == (11, 11)
    assert (later.first, later.low, later.high, later.estimate) == (None, 11, None, None)


def test_pdf_pages_are_certain_and_the_estimate_equals_them() -> None:
    (ref,) = PageMap((PageSpan(0, 500, 7), PageSpan(501, 900, 8)), []).locate([(600, 700)])
    assert (ref.first, ref.last, ref.low, ref.high, ref.estimate) == (8, 8, 8, 8, 8)


def test_json_round_trip_and_labels() -> None:
    ref = PageRef(None, None, 13, 20, 15)
    record = {"page": None, **ref.extra_json()}
    assert record == ref.as_json() == {"page": None, "page_range": [13, 20], "page_estimate": 15}
    assert PageRef.from_json(record) == ref
    assert PageRef.from_json({"page": [5, 6]}) == PageRef(5, 6)
    assert page_label(ref) == "p.~15 (13-20)"
    assert page_label(PageRef(102, 102, 102, 102, 102)) == "p.102"
    assert page_label(PageRef()) == "p.?"
