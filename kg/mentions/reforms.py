"""Reforms, strategies and action plans named in prose: 'barnevernsreformen', 'regjeringens
strategi …', 'handlingsplanen «Name (2021–2024)»', 'kompetansestrategien'."""

from __future__ import annotations

import re

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.mentions.language import head_of
from kg.mentions.targets import GENERIC_PLANS, Target, reform_key
from kg.mentions.text import QUOTES, norm
from kg.passages.base import Passage

PLAN_YEARS = re.compile(r"\(?\b(?:19|20)\d\d\s?[–-]\s?(?:19|20)\d\d\)?")
# The government's plan 'for/mot …' is named by its purpose even without years, in at most eight words up to
# where the clause ends ('regjeringens handlingsplan for trygg ferdsel og som …').
GOVERNMENT_PLAN = re.compile(r"\s(?:for|mot)(?:\s[^\s.,;:«»()]+){1,8}?"
                             r"(?=\s(?:og som|som|der|og har|i 20\d\d)\b|[.,;:()]|$)")
# A plan 'for forskning …' steers an agency's knowledge work (a research agenda), not a policy.
RESEARCH_AGENDA = re.compile(r"\s(?:for|om)\s(?:forskning|forskningen|kunnskap|kunnskapsutvikling)\b", re.I)


def reform_target(p: Passage, doc: Doc, s: SpacySpan, quoted: list[SpacySpan]) -> Target | None:
    """The reform a REFORM span names ('-reform', '-strategi', '-plan' compounds), or None when it names none."""
    lem = s[0].lemma_
    head = head_of(lem, ("reform", "strategi", "plan"))
    if head == "reform" and lem != "reform":
        start = s.start_char
        if s.start >= 2 and doc[s.start - 1].lower_ == "og" and doc[s.start - 2].text.endswith("-"):
            start = doc[s.start - 2].idx  # 'Forebyggings- og behandlingsreformen': one reform, both parts
        text = doc.text[start : s.end_char]
        return Target("Reform", reform_key(text), text[0].upper() + text[1:], start, s.end_char)
    if head == "strategi" and lem != "strategi":
        return _strategy(p, doc, s, quoted)
    if lem.endswith("plan") or lem.endswith("strategi"):
        return _plan(p, doc, s, quoted)
    return None


def _strategy(p: Passage, doc: Doc, s: SpacySpan, quoted: list[SpacySpan]) -> Target | None:
    """A '-strategi' compound is a reform or plan when it is named (quoted, or 'for …' with years,
    or after a dash: see :func:`_plan`) or definite (a strategy the reader knows: 'kompetansestrategien');
    'en virksomhetsstrategi' is not, nor an unnamed 'regjeringens digitaliseringsstrategi' in passing."""
    tok = s[0]
    definite = tok.lower_ != tok.lemma_ and tok.lower_.endswith("en")
    named = _plan(p, doc, s, quoted)
    if named is not None:
        # 'kompetansestrategien «Name»': the strategy the text keeps calling by its compound, named
        # (not a generic 'samarbeidsstrategien', which names no particular strategy)
        if definite and not named.label.lower().startswith(tok.lemma_) and tok.lemma_ not in GENERIC_PLANS:
            return Target("Reform", reform_key(s.text), named.label, named.start, named.end)
        return named
    if not definite:
        return None
    return Target("Reform", reform_key(s.text), s.text[0].upper() + s.text[1:], s.start_char, s.end_char)


def _plan(p: Passage, doc: Doc, s: SpacySpan, quoted: list[SpacySpan]) -> Target | None:
    after = [q for q in quoted if q.start == s.end]
    if after:
        q = after[0]
        name = q.text.strip(QUOTES + " ")
        return Target("Reform", ("Reform", norm(name)), name, q.start_char + 1, q.end_char - 1)
    inside = [q for q in quoted if q.start < s.start < q.end and q.start == s.start - 1]
    if inside:
        q = inside[0]
        name = q.text.strip(QUOTES + " ")
        return Target("Reform", reform_key(name, titled=True), name, q.start_char + 1, q.end_char - 1) if name else None
    # named after a dash: 'handlingsplan mot … – «Name» (2021–2024)', 'samarbeidsstrategi for … – «Name (2020–2023)»'
    dashed = [q for q in quoted if s.end < q.start < s.sent.end and doc[q.start - 1].text in ("–", "-", ":")]
    if dashed:
        q = dashed[0]
        name = PLAN_YEARS.sub("", q.text.strip(QUOTES + " ")).strip()
        return Target("Reform", reform_key(name), name, q.start_char + 1, q.start_char + 1 + len(name))
    rest = p.text[s.end_char : s.end_char + 160]
    m = re.match(r"\s(?:for|mot|om)\s[^.«»()]{3,120}?\s?" + PLAN_YEARS.pattern, rest)
    if not m and s.start and doc[s.start - 1].lower_ == "regjeringens":
        m = GOVERNMENT_PLAN.match(rest)
    if not m or RESEARCH_AGENDA.match(rest):
        return None
    end = s.end_char + m.end()
    phrase = p.text[s.start_char:end]
    return Target("Reform", reform_key(phrase), phrase[0].upper() + phrase[1:], s.start_char, end)
