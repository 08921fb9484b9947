"""Goals as the items of a list a letter introduces as the agency's goals, and the goal they elaborate.

An allocation letter may give its goals as bullets or numbered items under a lead-in: *Mål for 2023:*,
*Departementet har fastsatt følgende mål for SBR i 2022:*, *Virksomhetens mål er:*, or a paragraph whose
sentence says the list after it holds the goals (*Departementet fastset desse måla for DLB i 2023. …*). Each item
is a goal; its words run on over the lines indented under it, and the lines indented further (*– Styringsparameter:
…*) are the item's parameters, not its words. A list of the ministry's or government's own goals (*Departementets mål
for … er:*, *sektormål*) is none of the agency's. Items are numbered by the text where it numbers them, else by
their place in the list (the letter's later *(Mål 2)* means the second). Read only where no other rule found
the document's numbered goals.

A sentence saying that the goals elaborate or serve the agency's mission or societal goal (*Målene for 2023
utdyper samfunnsoppdraget*) gives each goal of the numbered series that goal as its broader goal.
"""

from __future__ import annotations

import re

from kg.documents.base import Document
from kg.mentions.base import Extraction, Key, Link, Mention
from kg.mentions.goal_context import GoalContext, goal_key
from kg.mentions.goal_scopes import NUMBERED_SERIES
from kg.mentions.printed import Citer, printed_lines
from kg.mentions.text import clean
from kg.passages.base import Passage

LEAD_IN = re.compile(r"(?:^|\b)(?:(?:virksomhets|hoved|hovud)?mål(?:ene)?"
                     r"(?:\s+for\s+(?:\S+\s+)?(?:i\s+)?(?:19|20)\d\d)?"
                     r"(?:\s+er)?|følgende\s+(?:virksomhets|hoved|hovud)?mål\s+for\s+.{1,60}?)\s*:$", re.IGNORECASE)
# 'Virksomhetsmål for 2022' alone on its line, a numbered list below: a list's title, no colon needed
TITLE_LINE = re.compile(r"^(?:Virksomhetsmål|Hovedmål|Hovudmål|Mål|Målene)\s+for\s+(?:\S+\s+)?(?:19|20)\d\d$")
# 'Departementet fastset desse måla for DLB i 2023.': a paragraph's sentence that introduces the list after it
FIXES = re.compile(r"\b(?:fastset\w*|fastsett\w*|har\s+fastsatt|set|setter)\s+(?:desse|disse|følgjande|følgende)\s+"
                   r"(?:virksomhets|verksemds|hoved|hovud)?mål(?:a|ene)?\b(?!\s+(?:for\s+)?(?:departementet|regjeringa|"
                   r"regjeringen|sektoren))", re.IGNORECASE)
NOT_THE_AGENCYS = re.compile(r"\b(?:Departementets|Regjeringens|Stortingets)\b|sektormål|politikk", re.IGNORECASE)
ITEM = re.compile(r"^(?P<indent>[ \t]*)(?:(?P<num>\d{1,2})[.)]|[•▪●■])[ \t]+(?P<text>\S.*)$")
SUB_ITEM = re.compile(r"^[ \t]*[–—-][ \t]+")
# 'Målene for 2023 utdyper samfunnsoppdraget', 'målene skal bidra til å nå samfunnsmålet'
# 'Målstrukturen for X har tre nivåer. Samfunnsoppdraget …, effektmålene … og brukermålene …': the levels in order
STRUCTURE = re.compile(r"\bmålstruktur\w*[^.!?]{0,80}?\bnivå(?:er|ene)?\b", re.IGNORECASE)
LEVEL_WORDS = re.compile(r"\b(samfunnsoppdraget|samfunnsmålet|effektmålene|brukermålene|virksomhetsmålene|"
                         r"hovedmålene|delmålene)\b", re.IGNORECASE)
ELABORATES = re.compile(r"\bmål(?:ene)?\b[^.!?]{0,80}?\b(?:utdyper|konkretiserer|operasjonaliserer|skal\s+bidra\s+til|"
                        r"bidrar\s+til)\s+(?:å\s+nå\s+)?(?P<top>samfunnsoppdraget|samfunnsmålet)\b", re.IGNORECASE)


def goal_list_mentions(document: Document, passages: list[Passage], found: Extraction) -> Extraction:
    """The goals of a list introduced as the agency's goals, where no other rule found numbered goals."""
    out = Extraction()
    if any(m.type == "Goal" and (m.attr("number") is not None or m.attr("notation")) for m in found.mentions):
        return out
    lines = printed_lines(document)
    citer = Citer(passages, document.text)
    placed = {link.object for link in found.links if link.predicate == "measuredBy"}
    i = 0
    while i < len(lines):
        lead = lines[i].text
        i += 1
        titled = bool(TITLE_LINE.match(lead)) and i < len(lines) and bool(ITEM.match(lines[i].raw))
        fixes = FIXES.search(lead)
        if fixes and not NOT_THE_AGENCYS.search(lead):
            while i < len(lines) and lines[i].text and not ITEM.match(lines[i].raw):
                i += 1  # the rest of the paragraph; the list follows it
            lead = lead[fixes.start():]
        elif not (LEAD_IN.search(lead) or titled) or NOT_THE_AGENCYS.search(lead) or len(lead.split()) > 16:
            continue
        level = next((w for w in ("virksomhetsmål", "hovedmål", "hovudmål") if w in lead.lower()), "mål")
        position = 0
        while i < len(lines):
            if not lines[i].text:
                i += 1
                continue
            m = ITEM.match(lines[i].raw)
            if m is None:
                break
            indent = len(m.group("indent"))
            words, first, last = [m.group("text")], lines[i], lines[i]
            i += 1
            while i < len(lines) and lines[i].text and lines[i].indent > indent and not SUB_ITEM.match(lines[i].raw) \
                    and not ITEM.match(lines[i].raw):
                words.append(lines[i].text)
                last = lines[i]
                i += 1
            while i < len(lines) and (not lines[i].text or lines[i].indent > indent + 2):
                if not lines[i].text and (i + 1 >= len(lines) or lines[i + 1].indent <= indent):
                    break
                i += 1  # the item's sub-items (its parameters) and their wrapped lines
            item_end = lines[i].start if i < len(lines) else len(document.text)
            position += 1
            number = int(m.group("num")) if m.group("num") else position
            title = clean("\n".join(words)).rstrip(" .")
            span = citer.span(first.start + first.raw.find(m.group("text")), last.end)
            if span is None or len(title.split()) < 3:
                continue
            attrs: tuple[tuple[str, object], ...] = (
                ("number", number if m.group("num") else None), ("notation", m.group("num") or ""), ("level", level),
                ("part", ""), ("title", title), ("alias", title))
            key = goal_key(span.doc, number)
            label = f"{level.capitalize()} {m.group('num')}: {title}" if m.group("num") else f"Mål: {title}"
            out.mentions.append(Mention("Goal", key, label, span, "goal.listed", 0.85, attrs))
            # the parameters listed under the item measure its goal
            out.links += [Link(key, "measuredBy", p.key, p.span, "parameter.listed-under-goal-item", 0.8)
                          for p in found.mentions if p.type == "SteeringParameter" and p.key not in placed
                          and span.start <= p.span.start < item_end]
        if position:
            break
    return out


def elaborated_goal_links(found: Extraction, ctx: GoalContext, original: str) -> list[Link]:
    """``broader`` links from the goals of the numbered series to the mission or societal goal they elaborate; or,
    where the document sets out its levels in order, from the goals of the level after the mission's."""
    text = re.sub(r"-\n[ \t]*", "", original)  # 'sam-' / 'funnsoppdraget'
    m = ELABORATES.search(text)
    structure = STRUCTURE.search(text)
    levels = [lv.lower() for lv in LEVEL_WORDS.findall(text, structure.end(), structure.end() + 400)] \
        if structure else []
    if m is None and not (len(levels) >= 2 and levels[0].startswith(("samfunnsoppdrag", "samfunnsmål"))):
        return []
    word = m.group("top") if m is not None else levels[0]
    top = "samfunnsoppdrag" if word.lower().startswith("samfunnsoppdrag") else "samfunnsmål"
    below = tuple(NUMBERED_SERIES) if m is not None else (re.sub(r"ene$", "", levels[1]),)
    if top not in ctx.parts:
        return []
    placed = {link.subject for link in found.links if link.predicate == "broader"}
    out: list[Link] = []
    for mention in found.mentions:
        level = str(mention.attr("level") or "")
        key: Key = mention.key
        if mention.type != "Goal" or key in placed or level not in below:
            continue
        out.append(Link(key, "broader", goal_key(mention.span.doc, top), mention.span, "goal.elaborates-mission",
                        0.75))
        placed.add(key)
    return out
