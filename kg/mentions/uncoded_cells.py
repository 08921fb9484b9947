"""Torn parameter tables whose rows have no code: the parameter's words, its target, a value per year.

    Styringsparameter / Prestasjonskrav/ / ambisjonsnivå / 2019 / 2020 / 2021
    Andel statlige virksomheter som rapporterer i / tråd med … / Minst 80 prosent / 61 % / 68 % / 74 %

Without a code to open a row, the row's parts are told apart by their shape: the parameter's words open with a
capital and run on over lines that open in lower case (or follow a line that ends mid-phrase); the target is the
line after them (two where it wraps in lower case) where the header puts the target before the years, after the
values otherwise; each year's value is a line of its own (a figure, a share or a dash). A row that does not
have a value for every year column ends the table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.mentions.amounts import leading_number
from kg.mentions.base import Extraction, Key, Link, Mention
from kg.mentions.goal_names import named_goal_keys
from kg.mentions.goal_statements import OPEN_END
from kg.mentions.goals import GoalContext, goal_key
from kg.mentions.printed import Citer, PrintedLine
from kg.mentions.text import clean

# a target in lower case ('under 5 %', 'minst 80 prosent'): the target's cell, not the parameter's words wrapped
TARGET_LIKE = re.compile(r"^(?:under|over|minst|maks(?:imalt)?|høgst|høyst|inntil|mindre enn|meir enn|mer enn)\s+\d",
                         re.IGNORECASE)
GOAL_NUMBER = re.compile(r"^\d{1,2}$")
VALUE = re.compile(r"^(?:[–—-]|[<>≈~]?\d[\d  ,.]*\s*(?:%|prosent|[a-zæøå]+)?)$")
CELL_WIDTH = 75
TARGET_OPENS = re.compile(r"^(?:[<>≈~≤≥]?\d|(?:Minst|Maks\w*|Høgst|Høyst|Under|Over|Inntil|Mindre|Meir|Mer|Om lag)\b)")
# the next goal's level and number, or the next table's header cell: the table has ended
NEXT_TABLE = re.compile(r"^(?:[A-ZÆØÅ][a-zæøå]*mål[ \t]+(?:\d{1,2}|[IVX]{1,4}|[A-ZÆØÅ])\b|Styringsparamet)")


@dataclass
class UncodedRow:
    """One row: its lines, the parameter's words, target and a value per year column."""

    lines: list[PrintedLine] = field(default_factory=list)
    label: list[str] = field(default_factory=list)
    target: str | None = None
    values: list[str] = field(default_factory=list)
    goal: str = ""  # the goal column's number opening the row


def _text(line: PrintedLine) -> bool:
    return bool(line.text) and len(line.text) <= CELL_WIDTH and not VALUE.match(line.text)


def uncoded_rows(lines: list[PrintedLine], i: int, years: int, target: bool, target_first: bool,
                 goal_column: bool = False) -> tuple[list[UncodedRow], int]:
    """The rows from line ``i`` of a table with ``years`` year columns (and a target column, before or after them);
    with a goal column, each row opens with its goal's number on a line of its own."""
    rows: list[UncodedRow] = []
    j = i
    while j < len(lines):
        goal = ""
        if goal_column and GOAL_NUMBER.match(lines[j].text) and j + 1 < len(lines):
            goal, j = lines[j].text.strip(), j + 1
        if not (_text(lines[j]) and lines[j].text[:1].isupper()) or NEXT_TABLE.match(lines[j].text):
            break
        row = UncodedRow([lines[j]], [lines[j].text], goal=goal)
        j += 1
        while j < len(lines) and _text(lines[j]) and not TARGET_LIKE.match(lines[j].text) \
                and (lines[j].text[:1].islower() or OPEN_END.search(row.label[-1])):
            row.lines.append(lines[j])
            row.label.append(lines[j].text)
            j += 1
        if target and target_first:
            if j >= len(lines) or not lines[j].text:
                break
            parts = [lines[j].text]
            row.lines.append(lines[j])
            j += 1
            while j < len(lines) and _text(lines[j]) and lines[j].text[:1].islower():
                parts.append(lines[j].text)
                row.lines.append(lines[j])
                j += 1
            row.target = clean(" ".join(parts))
            if not years and not TARGET_OPENS.match(row.target):
                break  # with no year columns, a row is its words and a target: a code or words in its place end it
        for _ in range(years):
            if j >= len(lines) or not VALUE.match(lines[j].text):
                return rows, j
            row.values.append(lines[j].text)
            row.lines.append(lines[j])
            j += 1
        if target and not target_first and j < len(lines) and lines[j].text and len(lines[j].text) <= CELL_WIDTH:
            row.target = lines[j].text
            row.lines.append(lines[j])
            j += 1
        rows.append(row)
    return rows, j


def uncoded_mentions(rows: list[UncodedRow], years: list[str], target_kind: str, caption: str, citer: Citer,
                     ctx: GoalContext, level: str = "") -> Extraction:
    """Steering parameters of the rows, each under the goal the caption names (else its section's goal)."""
    out = Extraction()
    for row in rows:
        label = clean("\n".join(row.label)).rstrip(" .")
        first, last = row.lines[0], row.lines[-1]
        span = citer.span(first.text_start, last.end)
        if span is None or len(label.split()) < 3:
            continue
        target = None if row.target in (None, "–", "-", "—") else row.target
        results = [{"year": int(y), "value": v, "numeric": leading_number(v), "start": last.start, "end": last.end,
                    "passage": span.passage} for y, v in zip(years, row.values, strict=False)
                   if leading_number(v) is not None]
        key: Key = ("SteeringParameter", "", label.lower(), span.doc)
        attrs = (("code", None), ("target", target), ("target_kind", target_kind if target else None),
                 ("results", tuple(results)))
        out.mentions.append(Mention("SteeringParameter", key, label, span, "parameter.uncoded-cell-row", 0.85, attrs))
        goals = named_goal_keys(ctx, span.doc, f"{level or 'mål'} {row.goal}") if row.goal else []
        goals = goals or named_goal_keys(ctx, span.doc, caption)
        if not goals:
            p = citer.passage_at(first.text_start)
            heading = ctx.goal_of(p) if p is not None else None
            if heading is not None and not heading.section:  # a stated goal: the one whose scope holds the row
                heading = ctx.goal_at(first.text_start) or heading
            goals = [goal_key(span.doc, heading.number, heading.part)] if heading else []
        out.links += [Link(g, "measuredBy", key, span, "parameter.uncoded-cell-row-under-goal", 0.8) for g in goals]
    return out
