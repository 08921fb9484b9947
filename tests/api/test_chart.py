"""The SVG geometry of a series chart: years left to right, bigger values higher, each dot its own citation."""

from __future__ import annotations

from api.chart import HEIGHT, charts, shown, tick
from kg.overview import Overview
from kg.overview.series import series_of


def test_values_are_printed_the_norwegian_or_english_way() -> None:
    assert shown(101_500_000, "nok") == "101,5 mill. kr"
    assert shown(101_500_000, "nok", "en") == "NOK 101.5 million"
    assert shown(4624, "count") == "4 624" and shown(4624, "count", "en") == "4,624"
    assert shown("81 %", "value") == "81 %"


def test_a_chart_per_unit_with_dots_in_year_and_value_order(overview: Overview) -> None:
    scheme = next(e for e in overview.entities.values() if e.type == "GrantScheme" and "Jobbsjansen" in e.label)
    drawn = charts(series_of(overview, scheme.iri))
    assert [c.measures for c in drawn] == [("received_applications", "granted_applications"), ("granted_nok",)]
    received, granted = drawn[0].lines
    # 2022 left of 2023; 92 received above 71 granted in 2023 (SVG y grows downwards)
    assert received.dots[0].x < received.dots[1].x
    assert received.dots[1].y < granted.dots[1].y < HEIGHT
    assert [d.text for d in drawn[1].lines[0].dots] == ["96,3 mill. kr", "101,5 mill. kr"]
    assert all(d.url.startswith("/documents/") and "Årsrapport 2023" in d.title for d in received.dots)
    assert drawn[1].y_ticks[-1][0] < drawn[1].y_ticks[0][0]  # the top tick is drawn higher


def test_targets_are_drawn_with_the_results(overview: Overview) -> None:
    parameter = next(e for e in overview.entities.values()
                     if e.type == "SteeringParameter" and "seks måneder" in e.label)
    (chart,) = charts(series_of(overview, parameter.iri))
    assert chart.measures == ("result",) and len(chart.targets) == 3
    assert [label for _, label in chart.x_ticks] == ["2020", "2021", "2022", "2023", "2024"]
    conflicted = [d for d in chart.lines[0].dots if d.conflict]
    assert len(conflicted) == 2  # 2021 and 2022 are printed differently by the two reports


def test_axis_labels_stay_short() -> None:
    assert tick(150_000_000, "nok", 200_000_000) == "150 mill."
    assert tick(62_500_000, "nok", 250_000_000, "en") == "62.5 M"
    assert tick(75, "count", 100) == "75"


def test_one_year_is_no_chart(overview: Overview) -> None:
    post = next(e for e in overview.entities.values() if e.type == "BudgetPost" and e.label.startswith("Kap. 291 post 60"))
    series = series_of(overview, post.iri)
    assert [p.shown.year for p in series.points] == [2022]  # the 2022 report's appropriation table only
    assert charts(series) == []
