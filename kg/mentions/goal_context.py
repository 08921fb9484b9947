"""Which goal a passage speaks to: goal headings ('3.2.1 Mål 1: …', 'Virksomhetsmål 2', 'Effektmål 1 –
Deltakelse', 'Brukermålet – …') and the goals stated in the body with their scopes."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from kg.mentions.base import Key
from kg.mentions.goal_below import statements_below
from kg.mentions.goal_maps import MAP_CODE
from kg.mentions.goal_scopes import NUMBERED_SERIES, scoped_goals
from kg.mentions.goal_statements import GoalStatement
from kg.mentions.text import clean
from kg.passages.base import Passage

GOAL = re.compile(
    r"^(?:•\s*)?(?:\d+(?:\.\d+)*\s+)?(?P<kind>(?:[A-ZÆØÅ][a-zæøå]+)?mål|Mål)\s+"
    # a lettered goal heads its section with its whole title ('Virksomhetsmål A – Flere husstander skal bo …');
    # a short name after the letter ('Hovedmål A – Trygge anlegg') only names a goal stated elsewhere
    # ('Mål a) – Pårørendestøtte': a letter's lettered goal, its wording in the sentence below; 'Samfunnsmål S1: …':
    # a code of a letter and a number)
    r"(?P<num>[A-ZÆØÅ]?\d{1,2}(?:\.\d{1,2})?(?![ ]?[a-h]\))|\d{1,2}[ ]?[a-h](?=\))"
    r"|[A-ZÆØÅ](?=\s*[:–-]\s*\S+(?:\s+\S+){4})|[IVX]{2,4}(?=\s*[:–-]\s*\S+(?:\s+\S+){3})|"  # ('Verksemdsmål II: …')
    r"[a-h](?=\)))"
    r"\s*(?:\)\s*[–-]\s*|[:.)–-]\s*|\s+)(?P<title>[A-ZÆØÅ«].{5,})$"  # ('Hovedmål 1) Flere reiser …')
)
PART = re.compile(r"^(?P<title>.+?)\s+[–-]\s+(?P<part>[\wæøå]+(?:\s[\wæøå]+)?)\s*$")
NOT_A_GOAL_KIND = ("bærekraftsmål",)
# 'Virksomhetsmål 2' alone, or a lettered goal with a short name ('Hovedmål A – Trygge anlegg'), the goal stated
# in full elsewhere
NUMBER_ONLY = re.compile(r"^(?P<kind>(?:[A-ZÆØÅ][a-zæøå]+)?mål|Mål)\s+(?:(?P<num>\d{1,2})|(?P<letter>[A-ZÆØÅ])"
                         r"(?:\s*[:–-]\s*\S.*)?)$")
CODE_HEADING = re.compile(rf"^(?P<code>{MAP_CODE})\s+\S.*$")
# 'Brukermålet – Tilskuddsforvaltning': the one goal of its level heads its section
# a level's one goal heading its section: 'Brukarmålet', 'Samfunnsmål: …', 'Verksemdsmål – Forvaltninga er …' (a
# level of the numbered series without a number only with its title)
LEVEL_HEADING = re.compile(r"^(?:(?P<word>Bruk[ea]rmål|Samfunnsmål|Sektormål)(?:et)?(?:\s*[:–-]\s*(?P<title>\S.*))?"
                           r"|(?P<word2>Virksomhetsmål|Verksemdsmål|Effektmål|Hovedmål|Hovudmål)\s*[:–-]\s*(?P<title2>\S.*))$")


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


# 'RESULTATOMRÅDE 1  POLITIATTESTER', '3.1  Resultatområde 1 …': a line heading one of the areas goals are grouped in
AREA_LINE = re.compile(r"^[ \t\f]*(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?(?:resultat|innsats|satsings|mål)område[ \t]+"
                       r"(\d{1,2})\b", re.IGNORECASE | re.MULTILINE)


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
        repeated = Counter(m.group("num") for _, m in found)
        for p, m in found:
            title, part = clean(m.group("title")), ""
            if repeated[m.group("num")] > 1:
                pm = PART.match(title)
                if pm:
                    title, part = pm.group("title"), pm.group("part").lower()
            assert p.section.number is not None
            kind = m.group("kind")
            # a level outside the numbered series ('Effektmål 1 – Deltakelse') keys as the statements do
            # ('Delmål 1.1 …' keys by its printed number, as a stated sub-goal does)
            num = m.group("num").replace(" ", "")  # ('Delmål 1 a) …': sub-goal 1a)
            number: int | str = (int(num) if num.isdigit() else num) if kind.lower() in NUMBERED_SERIES else \
                f"{kind.lower()} {num}"
            self.headings[p.section.number] = GoalHeading(kind, p.section.number, number, part, title,
                                                          kind.lower(), m.group("num"))
        levels = [(p, lm) for p in passages if p.kind == "heading" and p.section.number
                  and (lm := LEVEL_HEADING.match(p.section.title or ""))]
        # several sections headed by one level without a number ('3.1 Virksomhetsmål: …', '3.2 Virksomhetsmål: …'):
        # each goal keyed by its section
        shared = Counter((lm.group("word") or lm.group("word2")).lower() for _, lm in levels)
        for p, lm in levels:
            if p.section.number not in self.headings:
                assert p.section.number is not None
                word = lm.group("word") or lm.group("word2")
                key = word.lower() if shared[word.lower()] == 1 else f"{word.lower()} {p.section.number}"
                self.headings[p.section.number] = GoalHeading(word, p.section.number, key, "",
                                                              clean(lm.group("title") or lm.group("title2") or ""),
                                                              word.lower(), "")
        numbered = any(isinstance(h.number, int) for h in self.headings.values())
        below: set[str] = set()
        for sb in statements_below(passages, original, removed):
            section = sb.passage.section.number
            if section is None or section in self.headings:
                continue
            level = sb.kind.lower()
            # 'Strategisk mål 1': a series of its own, keyed by number unless the document numbers another series
            key_number: int | str = int(sb.number) if level in NUMBERED_SERIES or (" " in level and not numbered) \
                else f"{level} {sb.number}"
            self.headings[section] = GoalHeading(sb.kind, section, key_number, "", sb.title, level, sb.number)
            below.add(section)
        self.parts: dict[str, list[str]] = {}
        for h in self.headings.values():
            self.parts.setdefault(str(h.number), []).append(h.part)
        self.stated: list[tuple[GoalHeading, GoalStatement, bool]] = []
        if original:
            # where goals have headings ('3.3 Mål 8: …'), a '• Mål 8: …' line is a list item of those goals
            # (a heading stating its goal below it does not: a letter may state its goals again in a list)
            series = [h for h in self.headings.values() if isinstance(h.number, int) and h.section not in below]
            skip: set[int | str] = {h.number for h in series}
            if series:
                skip |= {n for n in range(1, 100)}
            cut = tuple((s, e) for s, e, _ in removed)
            # beside a report's own 'Mål N' sections, the letter's upper goals it restates ('Hovudmål 1 …') are
            # a series of their own
            apart = frozenset(NUMBERED_SERIES) - {"mål"} if series and {h.level for h in series} == {"mål"} \
                else frozenset()
            for g in scoped_goals(passages, original, cut, skip, apart):
                st = g.statement
                heading = GoalHeading(st.word, "", g.number, "", st.title, st.level, st.printed or st.number,
                                      g.start, g.end, g.broader)
                self.stated.append((heading, st, g.opens))
                self.parts.setdefault(str(g.number), [""])
        stated = {str(h.number) for h, _, _ in self.stated}
        for p in passages:
            # 'Virksomhetsmål 2' alone as a section's title, the goal stated in full elsewhere ('… mål for 2024')
            nm = NUMBER_ONLY.match(p.section.title or "") if p.kind == "heading" and p.section.number else None
            if nm and p.section.number not in self.headings:
                assert p.section.number is not None
                kind, num = nm.group("kind"), nm.group("num") or nm.group("letter")
                n: int | str = (int(num) if num.isdigit() else num) if kind.lower() in NUMBERED_SERIES else \
                    f"{kind.lower()} {num}"
                if str(n) in stated:
                    self.headings[p.section.number] = GoalHeading(kind, p.section.number, n, "", "", kind.lower(),
                                                                  num)
            # 'BE1 Rask og riktig hjelp': a goal's printed code and a short name, the goal stated in full elsewhere
            cm = CODE_HEADING.match(p.section.title or "") if p.kind == "heading" and p.section.number else None
            if cm and p.section.number not in self.headings:
                assert p.section.number is not None
                keyed = [k for k in stated if k == cm.group("code") or k.endswith(" " + cm.group("code"))]
                if len(keyed) == 1:
                    level = keyed[0].rsplit(" ", 1)[0] if " " in keyed[0] else ""
                    self.headings[p.section.number] = GoalHeading(level, p.section.number, keyed[0], "", "", level,
                                                                  cm.group("code"))
        # a heading that only names a goal the text states in full ('Effektmål 1 – Deltakelse') gives its scope
        self.named_only = {k for k, h in self.headings.items()
                           if (isinstance(h.number, str) or not h.title) and str(h.number) in stated}
        self.scopes = sorted((h for h, _, opens in self.stated if opens), key=lambda h: (h.start, -h.end))
        self.areas = len(set(AREA_LINE.findall(original)))

    def goal_of(self, passage: Passage) -> GoalHeading | None:
        """The goal whose section holds ``passage`` (deepest numbered ancestor that is a goal), or else the
        innermost stated goal whose scope holds it."""
        heading = self.heading_of(passage.section.number or "")
        if heading:
            return heading
        point = passage.start
        middle = (passage.start + passage.end) // 2
        for h in self.scopes:
            if passage.start < h.start < middle:
                point = h.start  # the passage runs on into a goal stated early in it
                break
        return self.goal_at(point)

    def heading_of(self, number: str) -> GoalHeading | None:
        """The goal headed by section ``number`` or by the deepest of its ancestors ('3.2.2': the goal of 3.2)."""
        parts = number.split(".")
        return next((self.headings[".".join(parts[:i])] for i in range(len(parts), 0, -1)
                     if ".".join(parts[:i]) in self.headings), None)

    def goal_near(self, passage: Passage, pos: int) -> GoalHeading | None:
        """The goal ``passage`` speaks to, unless that is a stated goal whose scope ends before ``pos`` (a passage
        that runs on past the end of a goal's scope, into a part the segmentation did not split off)."""
        goal = self.goal_of(passage)
        if goal is not None and goal not in self.headings.values():
            # a stated goal: the one whose scope holds ``pos`` (a passage may run on over the next goal's statement)
            return self.goal_at(pos)
        return goal

    def goal_at(self, pos: int) -> GoalHeading | None:
        """The innermost stated goal whose scope holds the original offset ``pos``."""
        inside = [h for h in self.scopes if h.start <= pos < h.end]
        return min(inside, key=lambda h: h.end - h.start) if inside else None

    def add_goals(self, keys: list[Key]) -> None:
        """Goals the table, column and letter rules read (not from headings or statements) join the goals a
        reference can name ('– VM 1' after a citation, 'skal bidra til mål 2')."""
        for key in keys:
            if key[0] == "Goal":
                self.parts.setdefault(str(key[2]), [str(key[3])] if len(key) > 3 else [""])

    def keys_for(self, doc: str, number: int | str, part: str = "") -> list[Key]:
        """Keys of goal ``number``: one per part when the report splits it and no part is named."""
        parts = self.parts.get(str(number), [""])
        if part and part in parts:
            return [goal_key(doc, number, part)]
        return [goal_key(doc, number, p) for p in parts]

    def upper_of(self, level: str, notation: str) -> GoalHeading | None:
        """The goal of another level whose number stands before the dot of ``notation`` ('Resultatmål 1.1' under
        'Hovedmål 1' or a heading '3.1 Effektmål 1: …'; 'RM1.1' under the one goal coded 'EM1')."""
        if "." not in notation:
            return None
        base = notation.rsplit(".", 1)[0]
        coded_upper = re.compile(r"[A-ZÆØÅ]{1,3}" + re.escape(base.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ")))
        above = [u for u in [*(s for s, _, _ in self.stated), *self.headings.values()]
                 if u.level != level and (u.notation == base or base[:1].isalpha() and coded_upper.fullmatch(
                     u.notation or ""))]
        exact = [u for u in above if u.notation == base]
        return exact[0] if exact else above[0] if len({u.notation for u in above}) == 1 else None
