"""Grant schemes from 'Tilskuddsordninger' tables (budget posts: :mod:`kg.mentions.budget`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.mentions.base import Extraction, Key, Link, Mention, Span, span_of
from kg.mentions.goals import GoalContext, goal_key
from kg.mentions.lines import Line, lines
from kg.mentions.text import clean, grant_key, split_numbers, to_int
from kg.passages.base import Passage

CAPTION = re.compile(
    r"^Tabell\s+\d+[a-z]?\s*[:.]\s*Tilsk(?:udd|ot)s?ordning\w*.*?(?:mål\s+(?P<num>\d{1,2}))?"
    r"(?:\.\s*(?P<year>(?:19|20)\d\d))?\.?\s*$", re.I)
HEADER = re.compile(r"^Tilsk(?:udd|ot)s?ordning\w*\b.*\b(?:innvilg\w*|beløp|søknad\w*)", re.I)
NUMERIC = re.compile(r"^[\d\s\u00a0]+$")
TAIL = re.compile(r"^(?P<name>.*?[^\d\s])\s+(?P<nums>\d[\d\s\u00a0]*)$")
COUNT_NOTE = re.compile(r"(?P<n>\d+)\s+søknad", re.I)
HEADER_WORDS = {"innvilgede", "søknader", "innvilget", "beløp", "antall", "kroner", "(kr)", "tildelt"}
GRANT_HEADING = re.compile(r"^(?:Tilsk(?:udd|ot)|Tilsk(?:udd|ot)sordningen|Driftstilsk(?:udd|ot))\s+(?:til|for)\s+\S",
                           re.I)

# a scheme's name on a line of its own inside a paragraph, over the sentence that takes it up ('Tilskot til X' /
# 'Ordninga skal …'): a heading the layout ran into the text
INLINE_HEADING = re.compile(r"(?:^|\n)(?P<name>Tilsk(?:udd|ot)\s+(?:til|for)\s+[^\n.,:;]{3,70})\n"
                            r"(?=(?:Ordning(?:en|a)|Tilsk(?:udd|ot)sordning(?:en|a)|Tilsk(?:uddet|otet))\s)")


@dataclass
class _Row:
    names: list[Line] = field(default_factory=list)
    apps: int | None = None
    amount: int | None = None
    last: Line | None = None
    notes: bool = False


def _amounts(tokens: list[str], has_apps: bool, row: _Row) -> None:
    row.notes = False
    if has_apps and row.apps is None and len(tokens) >= 2:
        row.apps, rest = int(tokens[0]), tokens[1:]
    else:
        rest = tokens
    readings = split_numbers(rest, 1)
    row.amount = readings[0][0] if readings else to_int(" ".join(rest))


def grant_mentions(passages: list[Passage], ctx: GoalContext, original: str, year: int | None) -> Extraction:
    """One grant scheme per table row, with applications and amount granted, linked to the table's goal."""
    out = Extraction()
    for p in passages:
        if p.kind not in ("table", "paragraph", "list"):
            continue
        rows: list[_Row] = []
        caption: re.Match[str] | None = None
        has_apps = False
        in_table = False
        row = _Row()
        for line in lines(p):
            text = line.text.strip()
            cm = CAPTION.match(text)
            if cm:
                caption, in_table = cm, False
                continue
            if caption is not None and HEADER.match(text):
                in_table, has_apps = True, bool(re.search(r"søknad|innvilgede", text, re.I))
                continue
            if not in_table or not text or set(text.lower().split()) <= HEADER_WORDS:
                continue
            if row.amount is not None and text.startswith("(") and text.endswith(")"):
                continue  # a one-line remark under the amount, e.g. the sum in euro
            if row.amount is not None and (text.startswith(("(", "+")) or row.notes and not NUMERIC.match(text)):
                row.notes = True
                continue
            if row.amount is not None and row.notes and NUMERIC.match(text):
                row.notes = False
                continue
            if row.amount is not None:
                rows.append(row)
                row = _Row()
            row.last = line
            if NUMERIC.match(text):
                _amounts(text.split(), has_apps, row)
                continue
            lead = re.match(r"^(?P<n>\d+)\s+(?P<note>\D.*)$", text)
            if lead and row.names:
                row.apps, row.notes = int(lead.group("n")), True
                continue
            count = COUNT_NOTE.search(text)
            if count and row.names and row.apps is None:
                row.apps, row.notes = int(count.group("n")), True
                continue
            if row.notes:
                continue
            tail = TAIL.match(text)
            if tail:
                row.names.append(Line(p, line.start, line.start + len(tail.group("name")), tail.group("name")))
                _amounts(tail.group("nums").split(), has_apps, row)
            else:
                row.names.append(line)
        if row.amount is not None:
            rows.append(row)
        if caption is None:
            continue
        goals = _table_goals(p, ctx, caption)
        table_year = int(caption.group("year")) if caption.group("year") else year
        for r in rows:
            _grant_row(out, p, r, goals, table_year, original)
    return out


def _table_goals(p: Passage, ctx: GoalContext, caption: re.Match[str]) -> list[Key]:
    heading = ctx.goal_of(p)
    if caption.group("num"):
        number = int(caption.group("num"))
        part = heading.part if heading and heading.number == number else ""
        return ctx.keys_for(p.doc, number, part)
    return [goal_key(p.doc, heading.number, heading.part)] if heading else []


def _grant_row(out: Extraction, p: Passage, r: _Row, goals: list[Key], year: int | None, original: str) -> None:
    if not r.names or r.last is None:
        return
    name = clean("\n".join(n.text for n in r.names))
    if len(name) < 3:
        return
    name_span = span_of(p, r.names[0].start, r.names[-1].end, original)
    row_span = span_of(p, r.names[0].start, max(r.last.end, r.names[-1].end), original)
    key: Key = ("GrantScheme", grant_key(name))
    attrs = (("granted_applications", r.apps), ("granted_nok", r.amount), ("year", year),
             ("goals", tuple(goals)), ("row", row_span))
    out.mentions.append(Mention("GrantScheme", key, name, name_span, "grant.table-row", 0.95, attrs))
    for g in goals:
        out.links.append(Link(key, "supportsGoal", g, row_span, "grant.table-for-goal", 0.95))


# '5.3 Tilskot til digital inkludering (kap. 353, post 72) – NY ORDNING': the scheme's budget post and a note that it
# is new are no part of its name
BUDGET_NOTE = re.compile(r"\s*\((?:kap\.|kapittel)\s*\d[^)]*\)(?:\s*[–-]\s*(?i:ny(?:\s+ordning)?))?\s*$")


def grant_heading_mentions(passages: list[Passage], ctx: GoalContext, original: str) -> Extraction:
    """A section headed 'Tilskudd til …' inside a goal's section presents that grant scheme."""
    out = Extraction()
    for p in passages:
        title = p.section.title or ""
        if p.kind == "paragraph":
            for m in INLINE_HEADING.finditer(p.text):
                if len(m.group("name").split()) <= 8:
                    _headed(out, p, ctx, m.group("name"), span_of(p, m.start("name"), m.end("name"), original))
        if p.kind != "heading" or not GRANT_HEADING.match(title) or len(title.split()) > 12:
            continue
        i = p.text.find(title[:15])
        _headed(out, p, ctx, BUDGET_NOTE.sub("", title), span_of(p, max(i, 0), len(p.text), original))
    return out


def _headed(out: Extraction, p: Passage, ctx: GoalContext, title: str, span: Span) -> None:
    key: Key = ("GrantScheme", grant_key(title))
    out.mentions.append(Mention("GrantScheme", key, clean(title), span, "grant.section-heading", 0.85))
    goal = ctx.goal_of(p)
    if goal:
        out.links.append(Link(key, "supportsGoal", goal_key(p.doc, goal.number, goal.part), span,
                              "grant.section-under-goal", 0.8))
