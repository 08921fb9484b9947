"""Assignments an evaluation report cites from the allocation letter that ordered it, by their code:

- *VVT fikk i tildelingsbrevet for 2024 i oppdrag å sette i gang en ekstern evaluering av ordningen (oppdrag
  TB-2024-3).*
- *Etter oppdrag TB-2025-2 skal VVT oversende sluttrapporten til departementet innen 1. oktober 2025.*
- *… ga i tildelingsbrevet for 2024 Ungdir oppdrag OPP 24-07: «Ungdir skal sørge for …», med frist 1. juni 2025.*

The code makes the citation an assignment of its own (the letter's assignment of that code, which alignment pairs
it with), its words the task as the report quotes or tells it. Only evaluation reports are read so: an annual
report tells its assignments in sections of their own, which the assignment rules read.
"""

from __future__ import annotations

import re

from kg.documents.base import Document
from kg.mentions.assignments import CODE, assignment_key
from kg.mentions.base import Extraction, Link, Mention
from kg.mentions.deadlines import deadline
from kg.mentions.evaluation_orders import ordered_evaluation
from kg.mentions.printed import Citer
from kg.mentions.text import clean
from kg.passages.base import Passage

# a code with letters, a space or a year in it ('TB-2024-3', 'OPP 24-07'): never a bare number ('oppdrag 3')
_CODE = rf"(?=[A-ZÆØÅ])(?:[A-ZÆØÅ]{{2,5}}[ ]\d{{2,4}}-\d{{1,3}}|{CODE})"
_WORD = r"opp(?:-\n[ \t]*)?drag"  # ('i opp-' / 'drag å …': split at the line's end)
_DUE = r"(?P<due>\d{1,2}\.\s*[a-zæø]+\s+(?:19|20)\d\d)"
RULE = "assignment.cited-by-code"
CITED = (
    re.compile(r"\bi\s+" + _WORD + r"\s+å\s+(?P<text>[^()«»]{10,300}?)\s*\(oppdrag\s+(?P<code>" + _CODE + r")\)"),
    re.compile(r"\b(?:Etter|Gjennom|Ifølge|I)\s+" + _WORD + r"\s+(?P<code>" + _CODE + r")\s+skal\s+\S+\s+"
               r"(?P<text>[^.«»]{10,300}?)(?:\s+innen\s+" + _DUE + r")?\."),
    re.compile(r"\b" + _WORD + r"\s+(?P<code>" + _CODE + r")\s*:\s*«(?P<text>[^«»]{10,400})»"
               r"(?:,?\s+med\s+frist\s+" + _DUE + r")?"),
)


def cited_assignment_mentions(document: Document, passages: list[Passage]) -> Extraction:
    """The assignments an evaluation report cites by their codes (see the module's docstring)."""
    out = Extraction()
    if document.kind != "evaluering":
        return out
    citer = Citer(passages, document.text)
    seen: set[str] = set()
    for pattern in CITED:
        for m in pattern.finditer(document.text):
            code = " ".join(m.group("code").split())
            span = citer.span(m.start(), m.end())
            if code in seen or span is None:
                continue
            seen.add(code)
            text = clean(m.group("text")).rstrip(" .")
            due = deadline(said, document.year) if (said := m.groupdict().get("due")) else None
            key = assignment_key(document.id, code, text)
            order = ordered_evaluation(text)
            attrs: tuple[tuple[str, object], ...] = (
                ("code", code), ("deadline", due.date if due else None), ("deadline_text", due.text if due else None),
                ("goal_number", None), ("year", None), ("evaluates", order.label if order else None))
            out.mentions.append(Mention("Assignment", key, text, span, RULE, 0.8, attrs))
            if order:
                out.mentions.append(Mention(order.type, order.key, order.label, span,
                                            "target.evaluated-in-assignment", 0.7))
                out.links.append(Link(key, "ordersEvaluationOf", order.key, span, "assignment.orders-evaluation",
                                      0.8))
    return out
