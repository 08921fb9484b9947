"""Steering parameters as bullets that give the name, the year's result and the target on one line:

    • Indikator: Del freda fartøy i god eller akseptabel stand Resultat: 71 % Målverdi: 75 %
    • Indikator: Gjennomsnittleg sakshandsamingstid for tilskotssøknader Resultat: 41 dagar
    Målverdi: 45 dagar

The bullet may wrap onto lines that open with no bullet of their own. A result without a year is the result of
the year the document reports on. Each measures the goal stated last before it.
"""

from __future__ import annotations

import re

from kg.documents.base import Document
from kg.mentions.base import Extraction, Key, Link, Mention
from kg.mentions.parameter_lines import Line
from kg.mentions.parameter_paragraphs import goal_before, opened_blocks
from kg.mentions.parameter_stated import TARGET_WORDS, YEAR, result
from kg.mentions.printed import Citer, printed_lines
from kg.mentions.text import clean
from kg.passages.base import Passage

BULLET = re.compile(r"^[•▪●*·–-][ \t]*(?:Indikator|Resultatindikator|Styringsparameter)[ \t]*:[ \t]*(?=[A-ZÆØÅ])")
INLINE = re.compile(r"^(?P<label>.+?)\s+Resultat(?:\s+(?P<year>" + YEAR + r"))?\s*:\s*(?P<value>\S.*?)"
                    r"(?:\s+(?P<kind>(?i:" + TARGET_WORDS + r"|mål))(?:\s+" + YEAR + r")?\s*:\s*"
                    r"(?P<target>\S.*?))?\.?$", re.DOTALL)
MAX_LINES = 3
RULE = "parameter.indicator-bullet"


def bullet_parameter_mentions(document: Document, passages: list[Passage], found: Extraction) -> Extraction:
    """The parameters of every indicator bullet with its result (and target) beside its name."""
    out = Extraction()
    lines = printed_lines(document)
    citer = Citer(passages, document.text)
    for opens, block in opened_blocks(lines, BULLET, lambda ln: bool(ln.text) and not re.match(r"[•▪●*·–-]", ln.text),
                                      MAX_LINES):
        line = block[0]
        start, end = line.text_start + opens.end(), block[-1].end
        m = INLINE.match(document.text[start:end])
        span = citer.span(line.text_start, end)
        if m is None or span is None:
            continue
        year = int(m.group("year")) if m.group("year") else document.year
        label = clean(m.group("label"))
        target = clean(m.group("target")) if m.group("target") else None
        results = (result(str(year), clean(m.group("value")), Line(line.start, end, line.text)),) if year else ()
        key: Key = ("SteeringParameter", "", label.lower(), span.doc)
        attrs = (("code", None), ("target", target), ("target_kind", m.group("kind").lower() if target else None),
                 ("results", results))
        out.mentions.append(Mention("SteeringParameter", key, label, span, RULE, 0.85, attrs))
        if (goal := goal_before(found, line.start)) is not None:
            out.links.append(Link(goal, "measuredBy", key, span, RULE, 0.85))
    return out
