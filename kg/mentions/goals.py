"""Goals and steering parameters, read from the structure of an agency's report.

Goal headings ('3.2.1 Mål 1: …', 'Virksomhetsmål 2 …') open a goal's section; everything
below that heading speaks to that goal. Lists introduced by '… styringsparametere for mål N:'
give the steering parameters ('S 18. …', 'a) …') that measure it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from kg.mentions.base import Extraction, Key, Link, Mention, Span, span_of, widen
from kg.mentions.goal_scopes import NUMBERED_SERIES, scoped_goals
from kg.mentions.goal_statements import GoalStatement
from kg.mentions.lines import Line, item_extent, lines
from kg.mentions.text import clean
from kg.passages.base import Passage

GOAL = re.compile(
    r"^(?:•\s*)?(?:\d+(?:\.\d+)*\s+)?(?P<kind>(?:[A-ZÆØÅ][a-zæøå]+)?mål|Mål)\s+(?P<num>\d{1,2})"
    r"\s*(?:[:.–-]\s*|\s+)(?P<title>[A-ZÆØÅ«].{5,})$"
)
PART = re.compile(r"^(?P<title>.+?)\s+[–-]\s+(?P<part>[\wæøå]+(?:\s[\wæøå]+)?)\s*$")
PARAMETER_INTRO = re.compile(
    r"styringsparamet(?:er|re)\w*\b(?:.*?mål\s+(?P<num>\d{1,2}(?:\.\d{1,2})?)(?:\s*[–-]\s*(?P<part>[\wæøå]+))?)?[^:]*:\s*$",
    re.IGNORECASE,
)
PARAMETER = re.compile(
    r"^(?:•\s*)?(?P<code>S\s?\d{1,3}(?:\s[A-Z](?=[.:]))?|[a-zæøå]\)|\d{1,2}\))[.:]?\s+(?P<title>\S.{3,})$"
)
NOT_A_GOAL_KIND = ("bærekraftsmål",)
NUMBER_ONLY = re.compile(r"^(?P<kind>(?:[A-ZÆØÅ][a-zæøå]+)?mål|Mål)\s+(?P<num>\d{1,2})$")
# 'Brukermålet – Tilskuddsforvaltning': the one goal of its level heads its section
LEVEL_HEADING = re.compile(r"^(?P<word>Brukermål|Samfunnsmål|Sektormål)(?:et)?(?:\s*[:–-]\s*(?P<title>\S.*))?$")
SERVING_LEVELS = ("effektmål", "brukermål")


@dataclass(frozen=True)
class GoalHeading:
    """A goal and the part of the document that speaks to it.

    ``number`` is what the goal's key uses: an int for 'Mål 8' / 'Hovedmål 2', the printed form for a
    sub-goal ('2.3'), the level and number for goals outside the numbered series ('effektmål 1').
    """

    kind: str
    section: str
    number: int | str
    part: str
    title: str
    level: str = ""
    notation: str = ""
    start: int = -1
    end: int = -1
    broader: int | str | None = None


def goal_key(doc: str, number: int | str, part: str = "") -> Key:
    return ("Goal", doc, str(number), part)


class GoalContext:
    """Which goal a passage speaks to, from the goal headings and the goals stated in its document."""

    def __init__(self, passages: list[Passage], original: str = "",
                 removed: tuple[tuple[int, int, str], ...] = ()) -> None:
        self.headings: dict[str, GoalHeading] = {}
        found: list[tuple[Passage, re.Match[str]]] = []
        for p in passages:
            if p.kind == "heading" and p.section.number and p.section.title:
                m = GOAL.match(p.section.title)
                if m and m.group("kind").lower() not in NOT_A_GOAL_KIND:
                    found.append((p, m))
        repeated = Counter(int(m.group("num")) for _, m in found)
        for p, m in found:
            title, part = clean(m.group("title")), ""
            if repeated[int(m.group("num"))] > 1:
                pm = PART.match(title)
                if pm:
                    title, part = pm.group("title"), pm.group("part").lower()
            assert p.section.number is not None
            kind = m.group("kind")
            # a level outside the numbered series ('Effektmål 1 – Deltakelse') keys as the statements do
            number: int | str = int(m.group("num")) if kind.lower() in NUMBERED_SERIES else \
                f"{kind.lower()} {m.group('num')}"
            self.headings[p.section.number] = GoalHeading(kind, p.section.number, number, part, title,
                                                          kind.lower(), m.group("num"))
        for p in passages:
            lm = LEVEL_HEADING.match(p.section.title or "") if p.kind == "heading" and p.section.number else None
            if lm and p.section.number not in self.headings:
                assert p.section.number is not None
                word = lm.group("word")
                self.headings[p.section.number] = GoalHeading(word, p.section.number, word.lower(), "",
                                                              clean(lm.group("title") or ""), word.lower(), "")
        self.parts: dict[str, list[str]] = {}
        for h in self.headings.values():
            self.parts.setdefault(str(h.number), []).append(h.part)
        self.stated: list[tuple[GoalHeading, GoalStatement, bool]] = []
        if original:
            # where goals have headings ('3.3 Mål 8: …'), a '• Mål 8: …' line is a list item of those goals
            series = [h for h in self.headings.values() if isinstance(h.number, int)]
            skip: set[int | str] = {h.number for h in series}
            if series:
                skip |= {n for n in range(1, 100)}
            cut = tuple((s, e) for s, e, _ in removed)
            for g in scoped_goals(passages, original, cut, skip):
                st = g.statement
                heading = GoalHeading(st.word, "", g.number, "", st.title, st.level, st.number, g.start, g.end,
                                      g.broader)
                self.stated.append((heading, st, g.opens))
                self.parts.setdefault(str(g.number), [""])
        stated = {str(h.number) for h, _, _ in self.stated}
        for p in passages:
            # 'Virksomhetsmål 2' alone as a section's title, the goal stated in full elsewhere ('… mål for 2024')
            nm = NUMBER_ONLY.match(p.section.title or "") if p.kind == "heading" and p.section.number else None
            if nm and p.section.number not in self.headings:
                assert p.section.number is not None
                kind = nm.group("kind")
                n: int | str = int(nm.group("num")) if kind.lower() in NUMBERED_SERIES else \
                    f"{kind.lower()} {nm.group('num')}"
                if str(n) in stated:
                    self.headings[p.section.number] = GoalHeading(kind, p.section.number, n, "", "", kind.lower(),
                                                                  nm.group("num"))
        # a heading that only names a goal the text states in full ('Effektmål 1 – Deltakelse') gives its scope
        self.named_only = {k for k, h in self.headings.items()
                           if (isinstance(h.number, str) or not h.title) and str(h.number) in stated}
        self.scopes = sorted((h for h, _, opens in self.stated if opens), key=lambda h: (h.start, -h.end))

    def goal_of(self, passage: Passage) -> GoalHeading | None:
        """The goal whose section holds ``passage`` (deepest numbered ancestor that is a goal), or else the
        innermost stated goal whose scope holds it."""
        number = passage.section.number or ""
        parts = number.split(".")
        for i in range(len(parts), 0, -1):
            heading = self.headings.get(".".join(parts[:i]))
            if heading:
                return heading
        point = passage.start
        middle = (passage.start + passage.end) // 2
        for h in self.scopes:
            if passage.start < h.start < middle:
                point = h.start  # the passage runs on into a goal stated early in it
                break
        return self.goal_at(point)

    def goal_at(self, pos: int) -> GoalHeading | None:
        """The innermost stated goal whose scope holds the original offset ``pos``."""
        inside = [h for h in self.scopes if h.start <= pos < h.end]
        return min(inside, key=lambda h: h.end - h.start) if inside else None

    def keys_for(self, doc: str, number: int | str, part: str = "") -> list[Key]:
        """Keys of goal ``number``: one per part when the report splits it and no part is named."""
        parts = self.parts.get(str(number), [""])
        if part and part in parts:
            return [goal_key(doc, number, part)]
        return [goal_key(doc, number, p) for p in parts]


def addresses_goal(ctx: GoalContext, p: Passage, measure: Mention) -> list[Link]:
    """A measure read inside a goal's section addresses that goal (the link, or none outside goals)."""
    goal = ctx.goal_of(p)
    if goal is None:
        return []
    return [Link(measure.key, "addresses", goal_key(p.doc, goal.number, goal.part), measure.span,
                 "measure.in-goal-section", 0.7)]


def goal_mentions(passages: list[Passage], ctx: GoalContext, original: str) -> Extraction:
    """Goals from goal headings and from lists of goals ('• Mål 3: …')."""
    out = Extraction()
    for p in passages:
        if p.kind == "heading" and p.section.number in ctx.headings and p.section.number not in ctx.named_only:
            h = ctx.headings[p.section.number]
            title = p.section.title or ""
            i = p.text.find(title[:20])
            span = span_of(p, max(i, 0), len(p.text), original)
            label = f"{h.kind} {h.number}: {h.title}" + (f" – {h.part}" if h.part else "")
            out.mentions.append(Mention("Goal", goal_key(p.doc, h.number, h.part), label, span, "goal.heading", 0.97,
                                        (("number", h.number), ("part", h.part), ("title", h.title),
                                         ("notation", h.notation), ("level", h.level), ("alias", h.title))))
            continue
        if p.kind != "list":
            continue
        for line in lines(p):
            if not line.text.startswith("•"):
                continue
            m = GOAL.match(line.text)
            if not m or m.group("kind").lower() in NOT_A_GOAL_KIND or m.group("num") not in ctx.parts:
                continue
            start, end = item_extent(line, original)
            span = span_of(p, line.start, line.end, original)
            span = type(span)(span.passage, span.doc, span.doc_name, start, end, span.page, span.section,
                              original[start:end])
            number = int(m.group("num"))
            for key in ctx.keys_for(p.doc, number):
                item = GOAL.match(clean(original[start:end]))
                title = clean(item.group("title")) if item else clean(m.group("title"))
                out.mentions.append(Mention("Goal", key, f"{m.group('kind')} {number}: {title}", span,
                                            "goal.list-item", 0.9, (("number", number), ("part", key[3]))))
    out.extend(stated_goal_mentions(passages, ctx, original))
    return out


def _passage_at(passages: list[Passage], pos: int) -> Passage | None:
    return next((p for p in passages if p.start <= pos < p.end), None)


def stated_goal_mentions(passages: list[Passage], ctx: GoalContext, original: str) -> Extraction:
    """Goals stated in the body ('Hovedmål 2 er at …', '• Delmål 1.1: …'), each sub-goal linked to its main goal
    (``broader``) when the document states that one too."""
    out = Extraction()
    mains = {str(h.number) for h, _, _ in ctx.stated} | {str(h.number) for h in ctx.headings.values()}
    for h, st, _ in ctx.stated:
        p = _passage_at(passages, st.start)
        if p is None:
            continue
        span = Span(p.id, p.doc, p.doc_name, st.start, st.end, p.page, p.section, original[st.start : st.end])
        key = goal_key(p.doc, h.number, "")
        label = f"{h.kind} {h.notation}: {h.title}" if h.notation else f"{h.kind}: {h.title}"
        attrs: tuple[tuple[str, object], ...] = (
            ("number", h.number if isinstance(h.number, int) else None), ("notation", h.notation),
            ("level", h.level), ("part", ""), ("title", h.title), ("alias", h.title))
        out.mentions.append(Mention("Goal", key, label, span, "goal.stated", 0.9, attrs))
        main = h.notation.rsplit(".", 1)[0] if "." in h.notation and h.level in NUMBERED_SERIES else ""
        if main and main in mains:
            for target in ctx.keys_for(p.doc, int(main) if main.isdigit() else main):
                out.links.append(Link(key, "broader", target, span, "goal.sub-goal-number", 0.9))
        elif h.level in SERVING_LEVELS and "samfunnsmål" in mains:
            # effect and user goals are, by the genre's definition, the agency's part of its societal goal
            out.links.append(Link(key, "broader", goal_key(p.doc, "samfunnsmål"), span, "goal.serves-societal-goal",
                                  0.8))
    return out


INLINE_ITEM = re.compile(r"\s(?=[b-zæøå]\)\s)")


def _items(line: Line) -> list[Line]:
    """A line of lettered items run together by clean-up ('a) … b) …') split into one line per item."""
    if not re.match(r"^[a-zæøå]\)\s", line.text):
        return [line]
    out, pos = [], 0
    for m in INLINE_ITEM.finditer(line.text):
        out.append(Line(line.passage, line.start + pos, line.start + m.start(), line.text[pos : m.start()]))
        pos = m.end()
    out.append(Line(line.passage, line.start + pos, line.end, line.text[pos:]))
    return out


_REQUIREMENT = r"(?P<kind>prestasjonskrav|resultatkrav|resultatmål|ambisjonsnivå)\s*:\s*(?P<target>\S.*)$"
TARGET_LINE = re.compile(r"^\s*" + _REQUIREMENT, re.IGNORECASE)
INLINE_TARGET = re.compile(r"[.,]?\s+" + _REQUIREMENT, re.IGNORECASE)


def _with_target(parameter: Mention, m: re.Match[str]) -> Mention:
    """``parameter`` with the requirement a 'Prestasjonskrav: …' gives it."""
    target = clean(m.group("target")).rstrip(".")
    return replace(parameter, attrs=(*parameter.attrs, ("target", target), ("target_kind", m.group("kind").lower())))


def parameter_mentions(passages: list[Passage], ctx: GoalContext, original: str) -> Extraction:
    """Steering parameters from '… styringsparametere for mål N:' lists, linked to their goal."""
    out = Extraction()
    for p in passages:
        if p.kind not in ("list", "paragraph"):
            continue
        intro: Line | None = None
        goals: list[Key] = []
        for line in (item for whole in lines(p) for item in _items(whole)):
            im = PARAMETER_INTRO.search(line.text)
            if im:
                intro = Line(p, line.start + im.start(), line.end, line.text[im.start():])
                heading = ctx.goal_of(p)
                if im.group("num"):
                    num = im.group("num")
                    goals = ctx.keys_for(p.doc, num, (im.group("part") or "").lower()
                                         or (heading.part if heading and str(heading.number) == num else ""))
                elif heading:
                    goals = [goal_key(p.doc, heading.number, heading.part)]
                continue
            if intro is None:
                continue
            m = PARAMETER.match(line.text)
            tm = TARGET_LINE.match(line.text)
            if tm and out.mentions and out.mentions[-1].type == "SteeringParameter":
                out.mentions[-1] = _with_target(out.mentions[-1], tm)
                continue
            if not m:
                if line.text.strip() and not line.text.startswith("•"):
                    intro = None
                continue
            start, end = item_extent(line, original)
            item = clean(original[start:end])
            im2 = PARAMETER.match(item) or PARAMETER.match("• " + item)
            title = clean(im2.group("title")) if im2 else clean(m.group("title"))
            inline = INLINE_TARGET.search(title)
            if inline:
                title = title[: inline.start()]
            inline = inline or INLINE_TARGET.search(m.group("title"))  # the requirement on the next printed line
            code = re.sub(r"\s+", " ", m.group("code")).rstrip(")").strip()
            base = span_of(p, line.start, line.end, original)
            span = type(base)(base.passage, base.doc, base.doc_name, start, end, base.page, base.section,
                              original[start:end])
            key: Key = ("SteeringParameter", code.lower(), title.lower().rstrip("."))
            out.mentions.append(Mention("SteeringParameter", key, title.rstrip("."), span, "parameter.list-item",
                                        0.95, (("code", code),)))
            if inline:
                out.mentions[-1] = _with_target(out.mentions[-1], inline)
            evidence = widen(span_of(p, intro.start, intro.end, original), span, original)
            for g in goals:
                out.links.append(Link(g, "measuredBy", key, evidence, "parameter.listed-under-goal", 0.95))
    return out
