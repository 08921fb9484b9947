"""Steering parameters as the items of a list introduced by words on judging a goal's attainment, and reported
as bullets with their result and target ('• Andel …: 78 prosent (2022: 71 prosent; resultatkrav 85 prosent)').

Letters that state a goal in prose often close its paragraph with a lead-in such as *Vi vil vurdere
måloppnåelsen ut fra:*, *Måloppnåelsen måles gjennom:* or *Departementet vil følge måloppnåelsen med:*, and
list the parameters below it as dash or bullet items, a target in brackets at an item's end (*(ambisjon 2025:
minst 6 500)*, *(resultatmål: …)*). Each item is a parameter of the goal stated last before the list; the
bracket is its target, without the target word. Wrapped items run on over indented lines (page footers left
out), and a list ends at a blank line or a line that is no item.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from kg.documents.base import Document
from kg.mentions.amounts import leading_number
from kg.mentions.base import Extraction, Key, Link, Mention, Span
from kg.mentions.printed import Citer, PrintedLine, printed_lines
from kg.mentions.text import clean
from kg.passages.base import Passage

LEAD_IN = re.compile(r"(?:^|[.!?]\s)[^.!?]*\b(?:vurder|måle|måles|følge|følges)\w*\b[^.!?]*\bmåloppnåelse\w*\b"
                     r"[^.!?]*:$|(?:^|[.!?]\s)[^.!?]*\bmåloppnåelse\w*\b[^.!?]*\b(?:vurderes|måles|følges)\b"
                     r"[^.!?]*:$", re.IGNORECASE)
ITEM = re.compile(r"^(?P<indent>[ \t]*)[–—•▪●*·-][ \t]+(?P<text>\S.*)$")
TARGET = re.compile(r"\s*\((?P<kind>ambisjon(?:snivå)?|resultatmål|resultatkrav|prestasjonskrav|målverdi|måltall)"
                    r"(?:[ \t]+(?:for[ \t]+)?(?:19|20)\d\d)?[ \t]*:[ \t]*(?P<target>[^()]+)\)\s*\.?$", re.IGNORECASE)
NO_TARGET = re.compile(r"^(?:ingen|ikke\s+fastsatt)\b", re.IGNORECASE)


@dataclass
class Item:
    """One listed parameter: its lines and words."""

    indent: int
    lines: list[PrintedLine] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)


def list_items(lines: list[PrintedLine], i: int) -> tuple[list[Item], int]:
    """The items of the list that starts at line ``i`` (after its lead-in), and the index after it."""
    items: list[Item] = []
    while i < len(lines):
        raw = lines[i].raw
        m = ITEM.match(raw)
        if m:
            items.append(Item(len(m.group("indent")), [lines[i]], [m.group("text")]))
        elif items and raw.strip() and lines[i].indent > items[-1].indent:
            items[-1].lines.append(lines[i])
            items[-1].parts.append(raw.strip())
        else:
            break
        i += 1
    return items, i


def _placed_items(document: Document, passages: list[Passage], found: Extraction,
                  first: Callable[[list[PrintedLine], int], int | None]) -> Iterator[tuple[Item, Span, Key | None]]:
    """Each item of the lists whose first item line ``first`` finds (from a line, or ``None``), with its span and
    the goal stated last before it; items on lines another rule read as parameters are left to it."""
    lines = printed_lines(document)
    citer = Citer(passages, document.text)
    goals = sorted((m.span.start, m.key) for m in found.mentions if m.type == "Goal")
    taken = [(m.span.start, m.span.end) for m in found.mentions if m.type == "SteeringParameter"]
    i = 0
    while i < len(lines):
        at = first(lines, i)
        if at is None:
            i += 1
            continue
        items, i = list_items(lines, at)
        for item in items:
            top, last = item.lines[0], item.lines[-1]
            start = top.start + top.raw.find(item.parts[0])
            span = citer.span(start, last.end)
            if span is None or any(a < last.end and start < b for a, b in taken):
                continue
            yield item, span, next((k for pos, k in reversed(goals) if pos < start and k[1] == span.doc), None)


def _after_lead_in(lines: list[PrintedLine], i: int) -> int | None:
    return i + 1 if LEAD_IN.search(lines[i].text) else None


def _at_item(lines: list[PrintedLine], i: int) -> int | None:
    return i if ITEM.match(lines[i].raw) else None


def attainment_list_mentions(document: Document, passages: list[Passage], found: Extraction) -> Extraction:
    """Steering parameters listed after a lead-in on goal attainment, each linked to the goal stated last
    before it; lines another rule read as parameters are left to it."""
    out = Extraction()
    for item, span, goal in _placed_items(document, passages, found, _after_lead_in):
        text = clean("\n".join(item.parts))
        tm = TARGET.search(text)
        label = (text[: tm.start()] if tm else text).rstrip(" .;,")
        target = clean(tm.group("target")).rstrip(" .") if tm else None
        if len(label.split()) < 2:
            continue
        if target and NO_TARGET.match(target):
            target = None
        key: Key = ("SteeringParameter", "", label.lower(), span.doc)
        attrs = (("code", None), ("target", target), ("target_kind", tm.group("kind").lower() if tm and target
                                                      else None), ("results", ()))
        out.mentions.append(Mention("SteeringParameter", key, label, span, "parameter.attainment-list", 0.85, attrs))
        if goal:
            out.links.append(Link(goal, "measuredBy", key, span, "parameter.attainment-list-under-goal", 0.8))
    return out


# 'Andel kommuner som har øvd …: 78 prosent (2022: 71 prosent; resultatkrav 85 prosent)': a result bullet (the
# target's word may be 'mål': '… : 6 (mål: 7)')
RESULT_ITEM = re.compile(r"^(?P<label>[A-ZÆØÅ][^:()]{8,200}?):\s*(?P<value>[^():;]{1,40}?)\s*\("
                         r"(?:(?P<year>(?:19|20)\d\d):\s*(?P<before>[^;()]{1,40});\s*)?(?P<kind>resultatkrav|prestasjonskrav|resultatmål|måltall|mål)"
                         r"(?:\s+(?:19|20)\d\d)?\s*:?\s*(?P<target>[^()]{1,60})\)\.?$", re.IGNORECASE)


def result_bullet_mentions(document: Document, passages: list[Passage], found: Extraction) -> Extraction:
    """Steering parameters reported as bullets with their result and, in brackets, their target and the year
    before, each linked to the goal stated last before it; lines another rule read are left to it."""
    out = Extraction()
    for item, span, goal in _placed_items(document, passages, found, _at_item):
        m = RESULT_ITEM.match(clean("\n".join(item.parts)))
        if m is None:
            continue
        label = m.group("label").strip()
        results = [{"year": y, "value": v.strip(), "numeric": leading_number(v), "start": span.start,
                    "end": span.end, "passage": span.passage}
                   for y, v in ((document.year, m.group("value")), (int(m.group("year") or 0), m.group("before") or ""))
                   if y and leading_number(v) is not None]
        key: Key = ("SteeringParameter", "", label.lower(), span.doc)
        attrs = (("code", None), ("target", clean(m.group("target"))), ("target_kind", m.group("kind").lower()),
                 ("results", tuple(results)))
        out.mentions.append(Mention("SteeringParameter", key, label, span, "parameter.result-bullet", 0.85, attrs))
        if goal:
            out.links.append(Link(goal, "measuredBy", key, span, "parameter.result-bullet-under-goal", 0.8))
    return out
