"""Reports a document says answer an assignment: 'Indikatoren er beskrevet i et metodenotat … som svar på oppdrag
O-24-08', 'Evalueringen av X, jf. oppdrag TK-3, …'. The sentence that cites the assignment's code names the report
by words of its title (two or more, at least two fifths of them); the report then carries the code it answers, and
the alignment stage links it to that assignment in the allocation letter (``bk:deliveredBy``)."""

from __future__ import annotations

import re

import snowballstemmer

from kg.mentions.base import Extraction, Mention
from kg.mentions.printed import Citer
from kg.mentions.text import norm

CITED = re.compile(r"\boppdrag(?:et)?\s+(?:nr\.?\s*)?(?P<code>[A-ZÆØÅ]{1,5}-?\d{1,3}(?:-\d{1,3})?(?!-?\d)"
                   r"|\d{1,2}(?=\s+i\s+tildelingsbrevet))", re.IGNORECASE)
# a sentence ends at a full stop before a capital ('29. november', 'jf. oppdrag' go on), or at a blank line
BOUNDARY = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ«])|\n[ \t]*\n")
_STEM = snowballstemmer.stemmer("norwegian")
_SHORT = frozenset(["av", "og", "i", "for", "til", "på", "med", "om", "en", "et", "ei", "den", "det", "de", "som",
                    "at", "er", "ny", "nye", "nytt"])


def _stems(text: str) -> frozenset[str]:
    words = [w for w in norm(text).replace("-", " ").split() if len(w) > 2 and not w.isdigit() and w not in _SHORT]
    return frozenset(_STEM.stemWords(words))


def answered_assignments(found: Extraction, citer: Citer) -> list[Mention]:
    """A mention of each report of ``found`` that a sentence citing an assignment's code names, with that code."""
    reports = [m for m in found.mentions if m.type in ("Report", "Evaluation") and m.rule.startswith("report.")]
    if not reports:
        return []
    out: list[Mention] = []
    for start, end in _sentences(citer.original):
        text = citer.original[start:end]
        codes = [m.group("code") for m in CITED.finditer(text)]
        words = _stems(text) if codes else frozenset()
        for r in reports if codes else ():
            title = _stems(r.label)
            shared = len(title & words)
            if shared >= 2 and shared * 5 >= len(title) * 2 and not (r.span.start <= start < r.span.end):
                span = citer.span(start, end)
                if span is not None:
                    out.append(Mention(r.type, r.key, r.label, span, "report.answers-assignment", 0.7,
                                       (("answers", tuple(codes)),)))
    return out


def _sentences(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in BOUNDARY.finditer(text):
        out.append((start, m.start()))
        start = m.end()
    return [*out, (start, len(text))]
