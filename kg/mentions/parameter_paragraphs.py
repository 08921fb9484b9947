"""Steering parameters written as one paragraph under their goal, parted by semicolons, each with its target
after a dash:

    Virksomhetsmål 2     Flere voksne fullfører fag- og yrkesopplæring
    Styringsparametere: andel voksne kandidater som består fagprøven – minst 85 prosent;
    antall praksiskandidater som gjennomfører fagprøve – 4 500; gjennomsnittlig saksbehand-
    lingstid for søknader om vurdering av realkompetanse – høyst 60 dager.

The paragraph opens with the plural (*Styringsparametere:*, Nynorsk *Styringsparametrar:*) and runs to the next
blank line; it is read only where every part names what is measured and closes with a target holding a figure
(a sentence about the parameters is not a list of them). Each measures the goal stated last before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from kg.documents.base import Document
from kg.mentions.base import Extraction, Key, Link, Mention
from kg.mentions.printed import Citer, PrintedLine, printed_lines
from kg.mentions.text import clean
from kg.passages.base import Passage

OPENS = re.compile(r"^Styringsparamet(?:ere|rar|rane|rene)[ \t]*:[ \t]*(?=\S)")
# '<words> – minst 85 prosent': the last dash with a space either side parts the words from the target
PART = re.compile(r"^(?P<label>.+\S)[ \t\n]+[–-][ \t\n]+(?P<target>[^–]*\d[^–]*?)[ \t\n.]*$", re.DOTALL)
MAX_TARGET_WORDS = 6
RULE = "parameter.paragraph-under-goal"


def paragraph_parameter_mentions(document: Document, passages: list[Passage], found: Extraction) -> Extraction:
    """The parameters of every *Styringsparametere:* paragraph, each measuring the goal stated before it."""
    out = Extraction()
    lines = printed_lines(document)
    citer = Citer(passages, document.text)
    for opens, block in opened_blocks(lines, OPENS, lambda ln: bool(ln.text)):
        line = block[0]
        start, end = line.text_start + opens.end(), block[-1].end
        parts = [(s, e, PART.match(document.text[s:e])) for s, e in _parts(document.text, start, end)]
        if not parts or not all(m for _, _, m in parts):
            continue
        goal = goal_before(found, line.start)
        for s, e, m in parts:
            assert m is not None
            target = clean(m.group("target"))
            span = citer.span(s, e)
            if span is None or len(target.split()) > MAX_TARGET_WORDS:
                continue
            label = clean(m.group("label"))
            key: Key = ("SteeringParameter", "", label.lower(), span.doc)
            attrs = (("code", None), ("target", target), ("target_kind", None), ("results", ()))
            out.mentions.append(Mention("SteeringParameter", key, label, span, RULE, 0.85, attrs))
            if goal is not None:
                out.links.append(Link(goal, "measuredBy", key, span, RULE, 0.85))
    return out


def opened_blocks(lines: list[PrintedLine], opens: re.Pattern[str], goes_on: Callable[[PrintedLine], bool],
                  most: int = 0) -> Iterator[tuple[re.Match[str], list[PrintedLine]]]:
    """Each line ``opens`` matches, with the lines after it that ``goes_on`` accepts (``most`` lines in all where
    that is set)."""
    for i, line in enumerate(lines):
        if (m := opens.match(line.text)) is None:
            continue
        block = [line]
        while i + len(block) < len(lines) and (not most or len(block) < most) and goes_on(lines[i + len(block)]):
            block.append(lines[i + len(block)])
        yield m, block


def goal_before(found: Extraction, pos: int) -> Key | None:
    """The goal whose mention opens last before the original offset ``pos``, if any."""
    before = [(m.span.start, m.key) for m in found.mentions if m.type == "Goal" and m.span.start < pos]
    return max(before)[1] if before else None


def _parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The offsets of the semicolon-parted pieces of ``text[start:end]``, each trimmed of spaces and a full
    stop."""
    out = []
    pos = start
    for piece in text[start:end].split(";"):
        s = pos + len(piece) - len(piece.lstrip())
        e = pos + len(piece.rstrip().rstrip("."))
        if e > s:
            out.append((s, e))
        pos += len(piece) + 1
    return out
