"""A letter's table of the grant schemes the agency is to manage, without figures:

    Tilskotsordning                                                Kap./post    Knytt til
    Tilskot til ferie- og fritidstiltak for barn i låginntekts-    859.72       Mål 1
    familiar

Each row opens with the scheme's name (wrapped onto a line below after a hyphen), then its chapter and post, and
the goal it serves where a cell after them names one the letter states (*Mål 1*, *II*). A letter may list them
as lines instead, the goal in brackets:

    Post 70 Tilskudd til opplæring i arbeidslivet (virksomhetsmål 2)

Read in allocation letters only (a report's scheme tables carry figures, see :mod:`kg.mentions.grant_tables`).
"""

from __future__ import annotations

import re

from kg.documents.base import Document
from kg.mentions.base import Extraction, Key, Link, Mention, Span
from kg.mentions.goal_context import goal_key
from kg.mentions.printed import Citer, printed_lines
from kg.mentions.text import clean, grant_key
from kg.passages.base import Passage

HEADER = re.compile(r"^(?:Tilsk(?:udds|ots)ordning(?:ar|er)?|Ordning)\s{2,}(?:Kap\.?\s*/\s*post|Post)\b", re.I)
# (a name in the table's first column need not say 'Tilskudd': 'Geodatatilskuddet', 'Samfinansieringsordningen')
ROW = re.compile(r"^(?P<name>[A-ZÆØÅ][\wæøå-]*(?:\s\S+)*?)\s{2,}\d{3,4}[./]\d{2}(?:\s{2,}(?P<goal>.*))?$")
# (no full stop, and the next line blank or another post: a sentence that opens so goes on, 'Post 70 Tilskudd til X
# skal bidra til …')
POST_LINE = re.compile(r"^Post\s+\d{2}\s+(?P<name>Tilsk(?:udd|ot)\s+til\s[^().]+?)\s*(?:\((?P<goal>[^()]+)\))?$")
# 'Mål 1', 'II', '2', 'virksomhetsmål 2': the goal a cell or a bracket names
GOAL = re.compile(r"(?:(?i:[a-zæøå]*mål)\s+)?(?P<num>\d{1,2}(?:\.\d{1,2})?|[IVX]{1,4}|[A-ZÆØÅ](?:-\d{1,2})?)"
                  r"(?:\s+\((?:ny|nytt)\))?")
WRAPPED = re.compile(r"^[a-zæøå]\S*(?:\s\S+){0,6}$")


def scheme_list_mentions(document: Document, passages: list[Passage], found: Extraction) -> Extraction:
    """The schemes of every such table or list of an allocation letter, each with the goal it names."""
    out = Extraction()
    if document.kind != "tildelingsbrev":
        return out
    lines = printed_lines(document)
    citer = Citer(passages, document.text)
    goals = {m.key for m in found.mentions if m.type == "Goal"}
    for i, line in enumerate(lines):
        if pm := POST_LINE.match(line.text):
            listed = i + 1 == len(lines) or not lines[i + 1].text or POST_LINE.match(lines[i + 1].text)
            if listed and (span := citer.span(line.text_start, line.end)) is not None:
                _scheme(out, clean(pm.group("name")), span, pm.group("goal"), goals)
            continue
        if not HEADER.match(line.text):
            continue
        j = i + 1
        while j < len(lines) and (m := ROW.match(lines[j].text)) is not None:
            name, row = m.group("name"), lines[j]
            if name.endswith("-") and j + 1 < len(lines) and WRAPPED.match(lines[j + 1].text):
                j += 1
                name = f"{name}\n{lines[j].text}"
            span = citer.span(row.text_start, lines[j].end)
            if span is not None:
                _scheme(out, clean(name), span, m.group("goal"), goals)
            j += 1
    return out


def _scheme(out: Extraction, name: str, span: Span, goal_cell: str | None, goals: set[Key]) -> None:
    key: Key = ("GrantScheme", grant_key(name))
    out.mentions.append(Mention("GrantScheme", key, name, span, "grant.scheme-list-row", 0.85))
    gm = GOAL.fullmatch(goal_cell.strip()) if goal_cell else None
    if gm and (goal := goal_key(span.doc, gm.group("num"))) in goals:
        out.links.append(Link(key, "supportsGoal", goal, span, "grant.scheme-list-goal", 0.85))
