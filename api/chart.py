"""Line charts of a time series as SVG geometry: computed here, drawn by ``_series.html`` (no script, no library).

Measures of one unit share a chart (applications received and granted; allocated and spent); each point is a
link to the span it was read from, its ``<title>`` naming the value, the document and the page.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from kg.overview.base import Citation
from kg.overview.series import MEASURES, Observation, Point, Series

WIDTH, HEIGHT = 560, 220
LEFT, RIGHT, TOP, BOTTOM = 78, 24, 14, 34
GROUPS = (("result",), ("received_applications", "granted_applications"), ("granted_nok",),
          ("allocated_nok", "spent_nok"))


@dataclass(frozen=True)
class Dot:
    """A point of a chart: where it is drawn, what it says and where it was read."""

    x: float
    y: float
    text: str
    url: str
    title: str
    conflict: bool = False


@dataclass(frozen=True)
class Line:
    """A measure's line: its points as SVG ``points`` and its dots."""

    measure: str
    index: int
    points: str
    dots: tuple[Dot, ...]


@dataclass(frozen=True)
class Chart:
    """One chart: axes ticks, a line per measure, the targets as separate marks."""

    measures: tuple[str, ...]
    labels: tuple[str, ...]
    x_ticks: tuple[tuple[float, str], ...]
    y_ticks: tuple[tuple[float, str], ...]
    lines: tuple[Line, ...]
    targets: tuple[Dot, ...]
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    right: int = WIDTH - RIGHT
    bottom: int = HEIGHT - BOTTOM


def shown(value: object, unit: str, lang: str = "nb") -> str:
    """A value as the page prints it: kroner in millions past a million, Norwegian decimal comma."""
    if isinstance(value, str) or value is None:
        return str(value or "")
    number = float(value)  # type: ignore[arg-type]
    if unit == "nok" and abs(number) >= 1_000_000:
        text = f"{number / 1_000_000:,.1f}".replace(",", " ").replace(".", ",")
        return f"{text} mill. kr" if lang == "nb" else f"NOK {text.replace(',', '.')} million"
    text = f"{number:,.0f}" if number == int(number) else f"{number:,.1f}"
    if lang == "nb":
        text = text.replace(",", " ").replace(".", ",")
    return f"{text} kr" if unit == "nok" and lang == "nb" else f"NOK {text}" if unit == "nok" else text


def tick(value: float, unit: str, top: float, lang: str = "nb") -> str:
    """An axis label: short (``150 mill.``, ``150 M``); the unit is in the legend and each point's title."""
    if unit == "nok" and top >= 1_000_000:
        text = f"{value / 1_000_000:g}"
        return f"{text.replace('.', ',')} mill." if lang == "nb" else f"{text} M"
    return shown(value, "count", lang)


def where(citation: Citation, lang: str = "nb") -> str:
    """``Årsrapport 2023, s. 4`` (``ca. s. 4`` where the page is estimated; nothing where unknown)."""
    page = citation.page.first or citation.page.estimate
    if page is None:
        return citation.facets.title
    word = ("s." if lang == "nb" else "p.") if citation.page.first else ("ca. s." if lang == "nb" else "about p.")
    return f"{citation.facets.title}, {word} {page}"


def charts(series: Series, lang: str = "nb") -> list[Chart]:
    """The charts of a series: one per group of measures it has numbers for in two years or more (a result with
    its targets); a single year is a table cell, not a chart."""
    out = []
    for group in GROUPS:
        points = {m: [p for p in series.points if p.shown.measure == m and p.shown.numeric is not None]
                  for m in group}
        targets = [t for t in series.targets if t.numeric is not None] if "result" in group else []
        observations = [p.shown for ps in points.values() for p in ps] + targets
        if not any(points.values()) or len({o.year for o in observations}) < 2:
            continue
        out.append(_chart(group, points, targets, observations, lang))
    return out


def _chart(group: tuple[str, ...], points: dict[str, list[Point]], targets: list[Observation],
           observations: list[Observation], lang: str) -> Chart:
    years = sorted({o.year for o in observations})
    top = _ceiling(max(o.numeric or 0.0 for o in observations))
    unit = MEASURES[group[0]][2]

    def x(year: int) -> float:
        if len(years) == 1:
            return (LEFT + WIDTH - RIGHT) / 2
        return round(LEFT + (year - years[0]) / (years[-1] - years[0]) * (WIDTH - LEFT - RIGHT), 1)

    def y(value: float) -> float:
        return round(HEIGHT - BOTTOM - value / top * (HEIGHT - TOP - BOTTOM), 1)

    def dot(o: Observation, conflict: bool = False) -> Dot:
        text = shown(o.value, unit, lang)
        return Dot(x(o.year), y(o.numeric or 0.0), text, o.citation.url,
                   f"{o.year}: {text} ({where(o.citation, lang)})", conflict)

    lines = []
    for i, measure in enumerate(group):
        dots = tuple(dot(p.shown, p.conflict) for p in points[measure])
        if dots:
            lines.append(Line(measure, i, " ".join(f"{d.x},{d.y}" for d in dots), dots))
    y_ticks = tuple((y(top * k / 4), tick(top * k / 4, unit, top, lang)) for k in range(5))
    kroner = " (kr)" if unit == "nok" else ""
    labels = tuple(MEASURES[m][0 if lang == "nb" else 1] + kroner for m in group)
    return Chart(group, labels, tuple((x(yr), str(yr)) for yr in range(years[0], years[-1] + 1)), y_ticks,
                 tuple(lines), tuple(dot(t) for t in targets))


def _ceiling(value: float) -> float:
    """A round top for the y axis at or above ``value`` (1, 2, 2.5 or 5 times a power of ten)."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    return next(power * f for f in (1, 2, 2.5, 5, 10) if power * f >= value)
