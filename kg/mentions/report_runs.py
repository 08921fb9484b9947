"""Reports listed inside a sentence: 'Senteret har brukt følgende rapporter: Title, Publisher, 2022 (mål 1);
Title, Publisher, 2021 (mål 1). Pågående: Title, Publisher (mål 3).'

The list opens with 'følgende rapporter/evalueringer/utredninger …:' and runs to the end of its paragraph; items
are separated by semicolons, a 'Pågående:' part lists work in progress. Each item is 'Title, Publisher[, year]'
with an optional goal in brackets ('(mål 2)'), which places it under that goal; else the goal of its section.
"""

from __future__ import annotations

import re

from kg.mentions.base import Extraction, Key, Link, Mention, Span
from kg.mentions.goal_context import GoalContext, goal_key
from kg.mentions.goal_names import named_goal_keys
from kg.mentions.knowledge import EVALUATION_WORD, add_evaluated, org_key, org_name, publishers, report_key
from kg.mentions.printed import Citer
from kg.passages.base import Passage

INTRO = re.compile(r"\b(?:følgende|disse)\s+(?:rapporter|evalueringer|utredninger|publikasjoner|analyser)\b"
                   r"[^:.\n]{0,80}:[ \t]*")
ONGOING = re.compile(r"^(?:Pågående|Igangsatte|Påbegynte)(?:\s+\w+)?\s*:\s*")
SEPARATOR = re.compile(r";\s*|\.\s+(?=(?:Pågående|Igangsatte|Påbegynte)(?:\s+\w+)?\s*:)")
YEAR = r"(?:19|20)\d\d"
ITEM = re.compile(rf"^(?P<title>[A-ZÆØÅ«].+),\s+(?P<pubs>[A-ZÆØÅ][^,()]{{1,60}}?)(?:,\s+(?P<year>{YEAR}))?"
                  r"(?:\s*\((?P<note>[^()]{1,40})\))?\.?$", re.DOTALL)


def report_run_mentions(passages: list[Passage], ctx: GoalContext, original: str) -> Extraction:
    """Reports and evaluations listed inside a sentence (see the module's docstring)."""
    out = Extraction()
    citer = Citer(passages, original)
    for m in INTRO.finditer(original):
        end = original.find("\n\n", m.end())
        end = len(original) if end < 0 else end
        pos, ongoing = m.end(), False
        for part in [*SEPARATOR.finditer(original, m.end(), end), None]:
            stop = part.start() if part else end
            text = original[pos:stop]
            lead = ONGOING.match(text)
            ongoing = ongoing or bool(lead)
            start = pos + (lead.end() if lead else 0)
            item = ITEM.match(" ".join(original[start:stop].split()))
            if item is None or not publishers(item.group("pubs")):
                break
            _report(out, citer, ctx, item, start, stop, ongoing)
            pos = part.end() if part else end
    return out


def _report(out: Extraction, citer: Citer, ctx: GoalContext, item: re.Match[str], start: int, stop: int,
            ongoing: bool) -> None:
    span = citer.span(start, stop)
    p = citer.passage_at(start)
    if span is None or p is None:
        return
    title = item.group("title").strip()
    names = publishers(item.group("pubs"))
    kind = "Evaluation" if EVALUATION_WORD.search(title) else "Report"
    key: Key = report_key(title)
    year = int(item.group("year")) if item.group("year") and not ongoing else None
    attrs = (("status", "ongoing" if ongoing else "published"), ("year", year), ("publisher", tuple(names)))
    out.mentions.append(Mention(kind, key, title, span, "report.inline-list-item", 0.85, attrs))
    goals = named_goal_keys(ctx, p.doc, item.group("note") or "")
    if not goals and (goal := ctx.goal_of(p)):
        goals = [goal_key(p.doc, goal.number, goal.part)]
    out.links.extend(Link(key, "aboutGoal", g, span, "report.listed-for-goal", 0.85) for g in goals)
    raw = citer.original[start:stop]
    for name in names:
        i = raw.find(name)
        pub = citer.span(start + i, start + i + len(name)) if i >= 0 else span
        out.mentions.append(Mention("Organisation", org_key(name), org_name(name), pub or span, "org.citation", 0.85))
        out.links.append(Link(key, "publisher", org_key(name), span, "report.citation-publisher", 0.85))
    if kind == "Evaluation":
        def locate(part: str) -> Span | None:
            i = raw.find(part)
            return citer.span(start + i, start + i + len(part)) if i >= 0 else None
        add_evaluated(out, key, title, span, locate)
