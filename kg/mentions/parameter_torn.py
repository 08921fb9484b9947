"""Steering-parameter tables torn one cell per line: the header's two cells on lines of their own, then each row
as its code alone on a line, the parameter's words over the lines below it and the target on the last.

    Tabell 1 Styringsparametere og resultatkrav for Mål A
    Styringsparameter
    Resultatkrav 2022
    A1
    Andel av befolkningen som oppgir å ha
    forsyninger til minst tre døgn i egen
    husholdning
    Minst 55 prosent

The target is the first line after the words that opens with a capital or a digit where the line before it does not
leave the words open (*… i* / *Forsyningsforum …* goes on). A code column's header (*Kode*) may open the header and
years follow the target's (*2023* / *2024* / *2025*), each row's results then following its target. Each row
measures the sub-goal its code opens with (*2.1a*: goal 2.1), else the goal its caption names (*for Mål A*), else
the goal its code's letter or first number names (*A1*: goal A), where the document states that goal.
"""

from __future__ import annotations

import re

from kg.documents.base import Document
from kg.mentions.base import Extraction, Key, Link, Mention
from kg.mentions.goal_context import goal_key
from kg.mentions.parameter_columns import YEAR
from kg.mentions.parameter_lines import Line
from kg.mentions.parameter_stated import result
from kg.mentions.printed import Citer, PrintedLine, printed_lines
from kg.mentions.text import clean
from kg.passages.base import Passage

HEAD = re.compile(r"^Styringsparamet(?:er|re|rar)?$")
TARGET_HEAD = re.compile(r"^(?P<kind>Resultatkrav|Resultatmål|Ambisjon(?:snivå)?|Måltall|Målverdi|Prestasjonskrav)"
                         r"(?:\s+(?:19|20)\d\d)?$")
CODE = re.compile(r"^(?P<code>[A-ZÆØÅ]{1,2}\d{1,2}(?:\.\d{1,2})?|\d{1,2}\.\d{1,2}[a-h]?)$")
CODE_HEAD = re.compile(r"^(?:Kode|Nr\.?|ID)$")
CAPTION_GOAL = re.compile(r"\bfor\s+(?:[a-zæøå]*mål)\s+(?P<goal>[A-ZÆØÅ]|\d{1,2})\b", re.IGNORECASE)
OPEN = re.compile(r"(?:[-,–/]|\b(?:og|i|for|av|til|på|med|om|som|et|en|ei|de|den|det|under|mot|fra|at|å))$")


def torn_parameter_mentions(document: Document, passages: list[Passage], found: Extraction) -> Extraction:
    """The rows of every parameter table torn one cell per line, each measuring its goal."""
    out = Extraction()
    lines = [ln for ln in printed_lines(document) if ln.text]
    citer = Citer(passages, document.text)
    goals = {m.key for m in found.mentions if m.type == "Goal"}
    doc = passages[0].doc if passages else document.id
    for i in range(len(lines) - 2):
        head = TARGET_HEAD.match(lines[i + 1].text)
        years: list[str] = []
        while i + 2 + len(years) < len(lines) and YEAR.match(lines[i + 2 + len(years)].text):
            years.append(lines[i + 2 + len(years)].text)
        j = i + 2 + len(years)
        if not (HEAD.match(lines[i].text) and head and j < len(lines) and CODE.match(lines[j].text)):
            continue
        above = i - 1 if i and not CODE_HEAD.match(lines[i - 1].text) else i - 2
        caption = CAPTION_GOAL.search(lines[above].text) if above >= 0 else None
        while j < len(lines) and (code := CODE.match(lines[j].text)):
            words: list[PrintedLine] = []
            k = j + 1
            while k < len(lines) and not CODE.match(lines[k].text) and (
                    not words or not (lines[k].text[:1].isupper() or lines[k].text[:1].isdigit())
                    or OPEN.search(words[-1].text)):
                words.append(lines[k])
                k += 1
            if not words or k + len(years) >= len(lines) or CODE.match(lines[k].text):
                break
            label = clean("\n".join(ln.text for ln in words))
            results = tuple(result(y, ln.text, Line(ln.start, ln.end, ln.text)) for y, ln in zip(
                years, lines[k + 1: k + 1 + len(years)], strict=True) if ln.text not in ("–", "-"))
            span = citer.span(lines[j].text_start, lines[k + len(years)].end)
            if span is None:
                break
            key: Key = ("SteeringParameter", code.group("code").lower(), label.lower(), doc)
            attrs = (("code", code.group("code")), ("target", lines[k].text.rstrip(" .")),
                     ("target_kind", head.group("kind").lower()), ("results", results))
            out.mentions.append(Mention("SteeringParameter", key, label, span, "parameter.torn-table-row", 0.85,
                                        attrs))
            letter = re.match(r"[A-ZÆØÅ](?=\d)|\d{1,2}(?=\.)", code.group("code"))
            sub = goal_key(doc, code.group("code").rstrip("abcdefgh"))
            goal = sub if sub in goals else goal_key(doc, caption.group("goal") if caption else letter.group()
                                                     if letter else "")
            if goal in goals:
                out.links.append(Link(goal, "measuredBy", key, span, "parameter.torn-table-row-under-goal", 0.85))
            j = k + 1 + len(years)
    return out
