"""What a question asks for: the entity type read from its Norwegian or English wording.

The type word nearest the start wins ("hvem evaluerer reformen?" asks for an
organisation, "hvilke evalueringer ..." for evaluations); a question without
one gets no type, and answers of every type are ranked together.
"""

from __future__ import annotations

import re

from kg.entities.base import TYPES
from kg.errors import QueryError

_PATTERNS: dict[str, str] = {
    "Organisation": r"\bhvem\b|\bwho\b|\borgani[sz]a\w*|\baktør\w*|\binstitutt\w*|\bactors?\b|\bpublishers?\b",
    "Measure": r"\btiltak\w*|\bmeasures?\b|\binitiatives?\b|\bactions?\b(?! plans?\b)|\bvirkemid\w*|\binnsats\w*"
               r"|\b(?:which|what|hvilke|hvilket|hvilken)\s+(?:\w+\s+)?(?:program\w*|courses?|kurs)\b",
    "Evaluation": r"\w*evaluer\w*|\w*evaluat\w*|\bstatusmåling\w*|\bassessed\b",
    "GrantScheme": r"\w*tilskudd\w*|\w*tilskot\w*|\bgrants?\b|\bgrant schemes?\b|\bsubsid\w*|\bstøtteordning\w*",
    "SteeringParameter": r"\bstyringsparamet\w*|\bsteering parameters?\b|\bindikator\w*|\bindicators?\b",
    "Goal": r"\b(?:hoved|virksomhets|del|samfunns)?mål(?:et|ene|a)?\b|\bgoals?\b|\bobjectives?\b",
    "Report": r"\w*rapport\w*|\breports?\b|\bkartlegging\w*|\bkunnskapsgrunnlag\w*|\bforskning\w*"
              r"|\bresearch\b|\bstudies\b|\bstudy\b|\bkunnskapsoppsummering\w*",
    "BudgetPost": r"\bbudsjett\w*|\bbudget\w*|\bbevilgning\w*|\bappropriations?\b|\bkapittel\b|\bpost \d+",
    "Assignment": r"\boppdrag(?:et|ene)?\b|\bassignments?\b|\btasks? (?:given|assigned)\b",
    "Reform": r"\w*reform\w*|\bstrategi\w*|\bstrateg(?:y|ies)\b|\w*handlingsplan\w*|\bopptrappingsplan\w*"
              r"|\baction plans?\b|\bescalation plans?\b",
}
#: The words that name each entity type in a question.
TYPE_WORDS = {t: re.compile(p, re.IGNORECASE) for t, p in _PATTERNS.items()}


def asked_type(question: str) -> str | None:
    """The entity type the question asks for, or ``None``."""
    best: tuple[int, str] | None = None
    for type_, pattern in TYPE_WORDS.items():
        m = pattern.search(question)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), type_)
    return best[1] if best else None


_GOAL_REF = re.compile(r"\b(?:mål|goal|objective)\s+(?:nr\.?\s*|no\.?\s*)?(\d{1,2})\b", re.IGNORECASE)


def goal_numbers(question: str) -> tuple[str, ...]:
    """Goal numbers the question names ("mål 7", "goal 7")."""
    return tuple(dict.fromkeys(m.group(1) for m in _GOAL_REF.finditer(question)))


def checked_type(type_: str | None) -> str | None:
    """An explicit type, validated (case-insensitive) against the entity types."""
    if type_ is None or not type_.strip():
        return None
    for known in TYPES:
        if known.lower() == type_.strip().lower():
            return known
    raise QueryError(f"unknown type {type_!r}; use one of: {', '.join(TYPES)}")
