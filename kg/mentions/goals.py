"""Goals and steering parameters, read from the structure of an agency's report.

Goal headings ('3.2.1 Mål 1: …', 'Virksomhetsmål 2 …') open a goal's section; everything
below that heading speaks to that goal. Lists introduced by '… styringsparametere for mål N:'
give the steering parameters ('S 18. …', 'a) …') that measure it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.mentions.base import Extraction, Key, Link, Mention, Span, span_of, widen
from kg.mentions.goal_context import GOAL, NOT_A_GOAL_KIND, GoalContext, goal_key
from kg.mentions.goal_scopes import NUMBERED_SERIES
from kg.mentions.goal_statements import LETTERED_SUB
from kg.mentions.goal_titles import FullTitle, full_titles
from kg.mentions.lines import Line, item_extent, lines
from kg.mentions.text import clean
from kg.passages.base import Passage

PARAMETER_INTRO = re.compile(
    r"styringsparamet(?:er|re)\w*\b(?:.*?mål\s+(?P<num>\d{1,2}(?:\.\d{1,2})?)(?:\s*[–-]\s*(?P<part>[\wæøå]+))?)?[^:]*:\s*$",
    re.IGNORECASE,
)
PARAMETER = re.compile(
    r"^(?:•\s*)?(?P<code>S\s?\d{1,3}(?:\s[A-Z](?=[.:]))?|[a-zæøå]\)|\d{1,2}\)|\d{1,2}(?=\.\s))[.:]?\s+(?P<title>\S.{3,})$"
)
SERVING_LEVELS = ("effektmål", "brukermål", "brukarmål")
SOCIETAL_LEVELS = ("samfunnsmål", "sektormål")
SERVES = re.compile(r"\b(?P<level>[A-ZÆØÅa-zæøå]+mål)ene\s+skal\s+bidra\s+til\s+(?:å\s+nå\s+)?samfunnsmålet\b")


def addresses_goal(ctx: GoalContext, p: Passage, measure: Mention) -> list[Link]:
    """A measure read inside a goal's section addresses that goal (the link, or none outside goals); in a passage
    that runs on into the next stated goal, the goal whose scope holds the measure's words."""
    goal = ctx.goal_of(p)
    if goal is None or not goal.section:  # not a goal heading's section: the stated goal around the words
        goal = ctx.goal_at(measure.span.start)  # (none past the scope's end, where a passage runs on)
    if goal is None:
        return []
    return [Link(measure.key, "addresses", goal_key(p.doc, goal.number, goal.part), measure.span,
                 "measure.in-goal-section", 0.7)]


# the sentence that opens a goal's section and says what the goal is: 'Målet for området er at kommunene …'
DEFINED_AIM = re.compile(r"^\s*Målet(?:\s+(?:for|med)\s+[^.!?\n]{2,40}?)?\s+er\s+at\s+(?P<title>[^.!?]{10,300}?)"
                         r"[.!?](?=\s|$)")


# a paragraph of one sentence, the goal's wording under a heading that gives only its short name
ONE_SENTENCE = re.compile(r"^\s*(?P<title>[A-ZÆØÅ][^.!?:;\d\n]{20,250}?)\.[ \t]*(?:\n|$)")


def _defined(passages: list[Passage], heading: Passage, original: str) -> FullTitle | None:
    """The goal's title from the sentence that opens its section, where the heading gives only a short name."""
    body = next((q for q in passages if q.start >= heading.end and q.kind != "heading"
                 and q.section.number == heading.section.number), None)
    m = DEFINED_AIM.match(body.text) if body is not None else None
    short = re.search(r"\s[–-]\s+\S+(?:\s+\S+){0,3}$", heading.section.title or "")
    if body is not None and m is None and short:  # '3.1 Mål 1 – Likeverdige tjenester' over the goal's one sentence
        m = ONE_SENTENCE.match(body.text)
    if body is None or m is None:
        return None
    span = span_of(body, m.start("title"), m.end("title"), original)
    return FullTitle(clean(m.group("title")), span.start, span.end)


def goal_mentions(passages: list[Passage], ctx: GoalContext, original: str) -> Extraction:
    """Goals from goal headings and from lists of goals ('• Mål 3: …')."""
    out = Extraction()
    listed = full_titles(list(ctx.headings.values()), original)
    for p in passages:
        if p.kind == "heading" and p.section.number in ctx.headings and p.section.number not in ctx.named_only:
            h = ctx.headings[p.section.number]
            title = p.section.title or ""
            i = p.text.find(title[:20])
            span = span_of(p, max(i, 0), len(p.text), original)
            full = listed.get((h.level, str(h.number)))
            defined = None if full else _defined(passages, p, original)
            if defined is not None:  # 'Styringsmål 1 – Stedsutvikling' / 'Målet for området er at …'
                full = defined
            # a level outside the numbered series keys by level and number ('effektmål 1'); its label and number
            # are as printed
            printed = h.notation or str(h.number)
            number = h.number if isinstance(h.number, int) else (int(printed) if printed.isdigit() else None)
            # (a level without a number, 'Virksomhetsmål: …', is printed so)
            shown = "" if not h.notation and str(h.number).startswith(h.level) else f" {printed}"
            label = f"{h.kind}{shown}: {full.title if full else h.title}" + (f" – {h.part}" if h.part else "")
            key = goal_key(p.doc, h.number, h.part)
            attrs = (("number", number), ("part", h.part), ("title", full.title if full else h.title),
                     ("notation", h.notation), ("level", h.level), ("alias", h.title))
            out.mentions.append(Mention("Goal", key, label, span, "goal.heading", 0.97, attrs))
            main = printed.rsplit(".", 1)[0] if "." in printed and h.level in NUMBERED_SERIES else ""
            if (lettered := LETTERED_SUB.match(str(h.number))) and h.level in NUMBERED_SERIES:
                main = lettered.group(1)  # '3.1.1 Delmål 1 a) …' under '3.1 Hovedmål 1 …'
            if main and main in ctx.parts:  # '3.1.1 Delmål 1.1 …' under '3.1 Hovedmål 1 …'
                for target in ctx.keys_for(p.doc, int(main) if main.isdigit() else main):
                    out.links.append(Link(key, "broader", target, span, "goal.sub-goal-heading", 0.9))
            elif h.level not in NUMBERED_SERIES and (upper := ctx.upper_of(h.level, printed)) is not None:
                # '3.2 Resultatmål 1.1 – …' under '3.1 Hovedmål 1 – …'
                out.links.append(Link(key, "broader", goal_key(p.doc, upper.number, ""), span, "goal.sub-goal-heading",
                                      0.85))
            elif h.level == "delmål" and (top := next((w for w in ("hovedmål", "hovudmål") if w in ctx.parts), None)):
                # 'Delmål 1: …' in a document with one main goal headed 'Hovudmål: …' without a number
                out.links.append(Link(key, "broader", goal_key(p.doc, top), span, "goal.sub-goal-heading", 0.9))
            if full:  # the line that lists (or the sentence that defines) the goal in full is evidence of it too
                listed_span = Span(p.id, p.doc, p.doc_name, full.start, full.end, p.page, p.section,
                                   original[full.start:full.end])
                lp = _passage_at(passages, full.start)
                if lp is not None:
                    listed_span = Span(lp.id, lp.doc, lp.doc_name, full.start, full.end, lp.page, lp.section,
                                       original[full.start:full.end])
                out.mentions.append(Mention("Goal", key, label, listed_span, "goal.listed-in-full", 0.9, attrs))
            continue
        if p.kind != "list":
            continue
        for line in lines(p):
            if not line.text.startswith("•"):
                continue
            m = GOAL.match(line.text)
            if not m or m.group("kind").lower() in NOT_A_GOAL_KIND or m.group("num") not in ctx.parts \
                    or not m.group("num").isdigit():
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


# the key number of an area's one goal of a level ('overordna mål i område 2')
AREA_GOAL = re.compile(r"^(?P<level>.+) i område (?P<area>\d{1,2})$")


def _passage_at(passages: list[Passage], pos: int) -> Passage | None:
    return next((p for p in passages if p.start <= pos < p.end), None)


def stated_goal_mentions(passages: list[Passage], ctx: GoalContext, original: str) -> Extraction:
    """Goals stated in the body ('Hovedmål 2 er at …', '• Delmål 1.1: …'), each sub-goal linked to its main goal
    (``broader``) when the document states that one too."""
    out = Extraction()
    mains = {str(h.number) for h, _, _ in ctx.stated} | {str(h.number) for h in ctx.headings.values()}
    # 'Virksomhetsmålene skal bidra til å nå samfunnsmålet': the text says which levels serve the societal goal
    serving = {m.group("level").lower() for m in SERVES.finditer(original)}
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
        # a printed code's sub-goal ('DM1.1', key 1.1) is under the goal of the number before its dot
        dotted = str(h.number) if st.printed else h.notation
        main = dotted.rsplit(".", 1)[0] if "." in dotted and (h.level in NUMBERED_SERIES or st.printed) else ""
        if (lettered := LETTERED_SUB.match(dotted)) and h.level in NUMBERED_SERIES:
            main = lettered.group(1)  # 'Delmål 1b' under goal 1
        elif (initial := re.fullmatch(r"([A-ZÆØÅ])\d{1,2}", dotted)) and h.level in NUMBERED_SERIES:
            main = initial.group(1)  # 'Delmål A1' under 'Hovudmål A'
        if (coded := re.fullmatch(r"[A-ZÆØÅ]{1,3}(\d{1,2})", main)) and main not in mains:
            # 'DM1.1' under 'HM1': the one goal of another level's initials with the number before the dot
            uppers = [u for u in mains if re.fullmatch(rf"[A-ZÆØÅ]{{1,3}}{coded.group(1)}", u)]
            main = uppers[0] if len(uppers) == 1 else main
        upper = ctx.upper_of(h.level, h.notation)  # 'Resultatmål 1.1' under 'Overordnet mål 1'
        if main and main in mains:
            for target in ctx.keys_for(p.doc, int(main) if main.isdigit() else main):
                out.links.append(Link(key, "broader", target, span, "goal.sub-goal-number", 0.9))
        elif upper is not None:
            out.links.append(Link(key, "broader", goal_key(p.doc, upper.number, ""), span, "goal.sub-goal-number",
                                  0.85))
        elif (area := AREA_GOAL.match(str(h.number))) and area.group("level") == "mål for resultatområdet":
            # an area's own goal is its part of the overall goal the same area states ('Overordna mål: …')
            top = next((str(u.number) for u, _, _ in ctx.stated if (a := AREA_GOAL.match(str(u.number)))
                        and a.group("level").startswith("overordn") and a.group("area") == area.group("area")), None)
            if top is not None:
                out.links.append(Link(key, "broader", goal_key(p.doc, top), span, "goal.area-goal-under-overall",
                                      0.85))
        elif h.level in SERVING_LEVELS and p.section.number and (over := ctx.heading_of(p.section.number)) \
                is not None and over.level in SOCIETAL_LEVELS and over.notation:
            # 'Brukermål B1: …' stated in the section headed '3.2 Samfunnsmål S1: …': its part of that societal goal
            out.links.append(Link(key, "broader", goal_key(p.doc, over.number, over.part), span,
                                  "goal.serves-heading-goal", 0.85))
        elif (h.level in SERVING_LEVELS or h.level in serving) and "samfunnsmål" in mains:
            # effect and user goals are, by the genre's definition, the agency's part of its societal goal
            out.links.append(Link(key, "broader", goal_key(p.doc, "samfunnsmål"), span, "goal.serves-societal-goal",
                                  0.8))
    return out


BARE_LEVEL = re.compile(r"^[ \t]*(?:Virksomhetsmål|Verksemdsmål|Hovedmål|Hovudmål|Delmål|Styringsmål|Mål)[ \t]+"
                        r"(?P<num>\d{1,2}(?:\.\d{1,2})?)[ \t]*:?$")
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
# ... or told in a sentence of its own after the parameter's ('Måltallet for 2024 er maksimalt 14 dager.')
INLINE_TARGET = re.compile(r"[.,]?\s+(?:" + _REQUIREMENT + r"|(?P<told_kind>måltall|resultatkrav|resultatmål)(?:et)?"
                           r"(?:\s+for\s+(?:19|20)\d\d)?\s+er\s+(?P<told>[^.;]+?)(?:,\s+mot\b[^.]*)?(?:\.(?:\s|$)|$))",
                           re.IGNORECASE)


def _with_target(parameter: Mention, m: re.Match[str]) -> Mention:
    """``parameter`` with the requirement a 'Prestasjonskrav: …' (or 'Måltallet … er …') gives it."""
    told = m.groupdict().get("told")
    target = clean(told or m.group("target")).rstrip(".")
    kind = (m.group("told_kind") if told else m.group("kind")).lower()
    return replace(parameter, attrs=(*parameter.attrs, ("target", target), ("target_kind", kind)))


def parameter_mentions(passages: list[Passage], ctx: GoalContext, original: str) -> Extraction:
    """Steering parameters from '… styringsparametere for mål N:' lists, linked to their goal."""
    out = Extraction()
    intro: Line | None = None
    goals: list[Key] = []
    for p in passages:
        if p.kind not in ("list", "paragraph"):
            intro = None
            continue
        first = True
        for line in (item for whole in lines(p) for item in _items(whole)):
            if first and intro is not None and not (intro.passage.section == p.section and PARAMETER.match(line.text)):
                intro = None  # a list cut by a page break goes on in the next passage with its next item
            first = False
            im = PARAMETER_INTRO.search(line.text)
            if im:
                intro = Line(p, line.start + im.start(), line.end, line.text[im.start():])
                heading = ctx.goal_of(p)
                if heading is None or not heading.section:  # several stated goals in one passage: the one here
                    heading = ctx.goal_at(p.offsets.span(line.start, line.end)[0]) or heading
                if im.group("num"):
                    num = im.group("num")
                    goals = ctx.keys_for(p.doc, num, (im.group("part") or "").lower()
                                         or (heading.part if heading and str(heading.number) == num else ""))
                elif (bare := BARE_LEVEL.match(original[: p.offsets.span(line.start, line.end)[0]].rstrip()
                                               .rsplit("\n", 1)[-1])) and bare.group("num") in ctx.parts:
                    # 'Virksomhetsmål 1' alone on the line above: the goal the document states elsewhere by number
                    goals = ctx.keys_for(p.doc, bare.group("num"))
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
            evidence = widen(span_of(intro.passage, intro.start, intro.end, original), span, original)
            for g in goals:
                out.links.append(Link(g, "measuredBy", key, evidence, "parameter.listed-under-goal", 0.95))
    return out
