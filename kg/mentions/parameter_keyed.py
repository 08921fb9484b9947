"""Steering parameters in a result table turned on its side: a column per parameter headed by its code, a row per
year's result and one for the target, and the parameters named in a key below the table:

                      A1-1      A1-2      C-1
    Resultat 2024     48 %      298       87 %
    Resultat 2025     57 %      371       91 %
    Mål 2025          55 %      350       90 %

    A1-1  Andel kontrollerte nettsteder som oppfyller minst 90 prosent av kravene i regel-
          verket
    A1-2  Antall virksomheter som har fått veiledning om universell utforming av IKT

Each parameter measures the goal its code names ('A1-1': delmål A1), see parameter_goals.
"""

from __future__ import annotations

import re

from kg.documents.base import Document
from kg.mentions.base import Extraction, Key, Link, Mention
from kg.mentions.goal_context import GoalContext
from kg.mentions.parameter_goals import parameter_goals
from kg.mentions.parameter_lines import Line
from kg.mentions.parameter_stated import result
from kg.mentions.printed import Citer, PrintedLine, printed_lines
from kg.mentions.text import clean
from kg.passages.base import Passage

CODE = r"(?:[A-ZÆØÅ]{1,3}[ ]?)?\d{1,2}(?:[.-]\d{1,2}){0,2}[a-h]?|[A-ZÆØÅ]{1,2}\d{0,2}-\d{1,2}"
# the header: three codes or more in columns, indented past the rows' labels
HEAD = re.compile(rf"^[ \t]{{4,}}(?P<codes>(?:{CODE})(?:[ \t]{{2,}}(?:{CODE})){{2,}})[ \t]*$")
TARGET_WORD = r"Mål|Målverdi|Ambisjon|Ambisjonsnivå|Resultatmål|Måltal|Resultatkrav|Krav"
ROW = re.compile(rf"^(?P<word>Resultat|{TARGET_WORD})(?:[ \t]+(?P<year>(?:19|20)\d\d))?[ \t]{{2,}}(?P<values>\S.*)$",
                 re.IGNORECASE)
CELLS = re.compile(r"[ \t]{2,}")
KEY_GAP = 3  # lines between the table's last row and its key
RULE = "parameter.keyed-column"


def keyed_parameter_mentions(document: Document, passages: list[Passage], ctx: GoalContext) -> Extraction:
    """The parameters of every result table with a column per parameter and a key naming them below it."""
    out = Extraction()
    lines = printed_lines(document)
    citer = Citer(passages, document.text)
    i = 0
    while i < len(lines):
        head = HEAD.match(lines[i].raw)
        if head is None:
            i += 1
            continue
        codes = CELLS.split(head.group("codes"))
        rows = []
        j = i + 1
        while j < len(lines) and (row := ROW.match(lines[j].text.strip())) is not None \
                and len(CELLS.split(row.group("values").strip())) == len(codes):
            rows.append((row, lines[j]))
            j += 1
        labels, end = _key(lines, j, codes)
        if not rows or len(labels) * 2 < len(codes):
            i += 1
            continue
        for k, code in enumerate(codes):
            if code not in labels:
                continue
            first, last = labels[code]
            span = citer.span(lines[first].text_start, lines[last].end)
            passage = citer.passage_at(lines[first].start)
            if span is None or passage is None:
                continue
            label = clean("\n".join(ln.text for ln in lines[first : last + 1])[len(code) :])
            results, target, kind = [], None, None
            for row, line in rows:
                value = CELLS.split(row.group("values").strip())[k]
                if row.group("word").lower() == "resultat" and row.group("year"):
                    found = result(row.group("year"), value, Line(line.start, line.end, line.text))
                    if found["numeric"] is not None:
                        results.append({**found, "passage": span.passage})
                elif row.group("word").lower() != "resultat" and value not in ("–", "-"):
                    target, kind = value, row.group("word").lower()
            key: Key = ("SteeringParameter", code.lower(), label.lower(), span.doc)
            attrs = (("code", code), ("target", target), ("target_kind", kind), ("results", tuple(results)))
            out.mentions.append(Mention("SteeringParameter", key, label, span, RULE, 0.85, attrs))
            out.links += [Link(g, "measuredBy", key, span, RULE, 0.85)
                          for g in parameter_goals(ctx, passage, lines[first].start, "", code)]
        i = end
    return out


def _key(lines: list[PrintedLine], j: int, codes: list[str]) -> tuple[dict[str, tuple[int, int]], int]:
    """The key below a table from line ``j``: each code's first and last line (its label wrapping onto indented
    lines), and the line after the key."""
    gap = 0
    while j < len(lines) and not lines[j].text and gap < KEY_GAP:
        j, gap = j + 1, gap + 1
    labels: dict[str, tuple[int, int]] = {}
    while j < len(lines):
        m = re.match(r"^(?P<code>\S+(?: \d\S*)?)[ \t]{2,}[A-ZÆØÅ]", lines[j].raw)
        if m and m.group("code") in codes:
            labels[m.group("code")] = (j, j)
        elif labels and lines[j].indent > 0 and lines[j].text:
            code = next(reversed(labels))
            labels[code] = (labels[code][0], j)
        else:
            break
        j += 1
    return labels, j
