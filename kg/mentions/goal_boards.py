"""A letter's goal board: each main goal with its level word and code, the goals under it coded by the main goal's
letter or number, and under each goal its coded steering parameters with the target in a column to the right.

    HOVEDMÅL A   Samfunnet har tilgang til oppdaterte, pålitelige og åpne geodata

      A-1   Kommunene har ajourførte og harmoniserte kartdata
            P1   Andel kommuner med FKB-data ajourført de siste to årene              ≥ 85 %
            P2   Andel av landarealet dekket av laserdata med minst fem
                 punkter per m²                                                           92 %

A title or a parameter's words may wrap onto lines that start in their column; the target stands after a wide gap
on the parameter's last line (a dash for none). A goal under a main goal is read only where its code opens with the
main goal's letter or number (*A-1* under *HOVEDMÅL A*, *2.1* under *HOVEDMÅL 2*); anything else ends the board.
"""

from __future__ import annotations

import re

from kg.documents.base import Document
from kg.mentions.base import Extraction, Key, Link, Mention
from kg.mentions.goal_context import goal_key
from kg.mentions.printed import Citer, PrintedLine, printed_lines
from kg.mentions.text import clean
from kg.passages.base import Passage

MAIN = re.compile(r"^(?P<word>HOVEDMÅL|HOVUDMÅL|Hovedmål|Hovudmål)[ \t]+(?P<code>[A-ZÆØÅ]|\d{1,2})"
                  r"[ \t]*(?::[ \t]*|[ \t]{2,})(?P<title>[A-ZÆØÅ].{5,})$")
SUB = re.compile(r"^(?P<code>(?P<upper>[A-ZÆØÅ]|\d{1,2})[-.]\d{1,2})[ \t]{2,}(?P<title>[A-ZÆØÅ].{5,})$")
PARAMETER = re.compile(r"^(?P<code>(?:SP|P|S)[ \t]?\d{1,2}(?:\.\d{1,2})?)[ \t]{2,}(?P<rest>\S.*)$")
TARGET = re.compile(r"^(?P<words>.*?\S)(?:[ \t]{3,}(?P<target>\S.{0,30}))?$")
FIGURE = re.compile(r"\d|^[–-]$")
RULE = "goal.board-line"


def board_mentions(document: Document, passages: list[Passage], found: Extraction) -> Extraction:
    """The goals of every goal board in an allocation letter, each under its main goal, and their parameters."""
    out = Extraction()
    if document.kind != "tildelingsbrev":
        return out
    lines = [ln for ln in printed_lines(document) if ln.text]
    board = _Board(out, Citer(passages, document.text), passages[0].doc if passages else document.id,
                   {m.key for m in found.mentions if m.type == "Goal"}, document.text)
    i = 0
    while i < len(lines):
        main = MAIN.match(lines[i].text)
        if main is None:
            i += 1
            continue
        head, title_at = lines[i], _column(lines[i], main.group("title"))
        i, head_end = _wrapped(lines, i, title_at, SUB)
        goals = []
        while i < len(lines) and (sub := SUB.match(lines[i].text)) and sub.group("upper") == main.group("code"):
            first, sub_at = lines[i], _column(lines[i], sub.group("title"))
            i, end = _wrapped(lines, i, sub_at, PARAMETER)
            params = []
            while i < len(lines) and (pm := PARAMETER.match(lines[i].text)):
                at = _column(lines[i], pm.group("rest"))
                k, _ = _wrapped(lines, i, at, PARAMETER)
                params.append((pm.group("code"), at, lines[i:k]))
                i = k
            goals.append((first, sub.group("code"), sub_at, end, params))
        if not goals:
            continue
        upper = board.goal(main.group("word"), main.group("code"), head.text_start, title_at, head_end, None)
        for first, code, sub_at, end, params in goals:
            key = board.goal("mål", code, first.text_start, sub_at, end, upper)
            for pcode, at, plines in params:
                board.parameter(pcode, at, plines, key)
    return out


class _Board:
    """Emits a board's goals and parameters as mentions, with their links."""

    def __init__(self, out: Extraction, citer: Citer, doc: str, known: set[Key], text: str) -> None:
        self.out, self.citer, self.doc, self.known, self.text = out, citer, doc, known, text

    def goal(self, level: str, code: str, start: int, title_at: int, end: int, upper: Key | None) -> Key:
        key = goal_key(self.doc, code)
        title = clean(self.text[title_at:end]).rstrip(".")
        span = self.citer.span(start, end)
        if key not in self.known and span is not None:
            attrs = (("number", code), ("notation", code), ("level", level.lower()), ("part", ""), ("title", title),
                     ("alias", title))
            self.out.mentions.append(Mention("Goal", key, f"{level.capitalize()} {code}: {title}", span, RULE, 0.85,
                                             attrs))
        if upper is not None and span is not None:
            self.out.links.append(Link(key, "broader", upper, span, "goal.board-under-main-goal", 0.85))
        return key

    def parameter(self, code: str, at: int, lines: list[PrintedLine], goal: Key) -> None:
        last = lines[-1]
        from_col = max(at, last.text_start) - last.start
        tm = TARGET.match(last.raw[from_col:].rstrip())
        target = tm.group("target") if tm and tm.group("target") else None
        if target is not None and (not FIGURE.search(target) or len(target.split()) > 5):
            target = None
        words_end = last.start + from_col + len(tm.group("words")) if tm and target else last.end
        label = clean(self.text[at:words_end])
        span = self.citer.span(lines[0].text_start, last.end)
        if span is None or len(label.split()) < 2:
            return
        key: Key = ("SteeringParameter", code.lower(), label.lower(), span.doc)
        aim = None if target in (None, "–", "-") else target
        attrs = (("code", code), ("target", aim), ("target_kind", "måltall" if aim else None), ("results", ()))
        self.out.mentions.append(Mention("SteeringParameter", key, label, span, "parameter.board-line", 0.85, attrs))
        self.out.links.append(Link(goal, "measuredBy", key, span, "parameter.board-under-goal", 0.85))


def _column(line: PrintedLine, words: str) -> int:
    """The offset where ``words`` start on ``line``."""
    return line.start + line.raw.index(words)


def _wrapped(lines: list[PrintedLine], i: int, column: int, stop: re.Pattern[str] | None = None) -> tuple[int, int]:
    """The index after line ``i`` and the lines that go on from it in the text column at ``column``, and where the
    last of them ends."""
    offset = column - lines[i].start
    end = lines[i].end
    i += 1
    while i < len(lines) and lines[i].indent == offset and not (stop and stop.match(lines[i].text)):
        end = lines[i].end
        i += 1
    return i, end
