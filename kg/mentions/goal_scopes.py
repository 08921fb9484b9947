"""How far a goal stated in the body of a document reaches: the text that speaks to that goal.

A goal stated on a line of its own ('Virksomhetsmål 2: …', '• Delmål 1.1: …') or at the start of a
section ('3.1.2 …' then 'Under delmål 1.2 «…» har …') opens a scope. The scope runs to the next goal
of the same or a higher level, and never past the end of the section it stands in (for a sub-goal: the
scope of its main goal, so 'Delmål 2.1' stated in 3.2.1 also covers 3.2.2 until 'Delmål 2.2' comes),
the next entry of the table of contents after its own, or the next chapter title set in capitals.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from kg.mentions.goal_statements import GoalStatement, find_statements
from kg.mentions.outline import body_lines, chapter_starts, toc_entries
from kg.passages.base import Passage

#: Levels whose numbers share one series within a document ('Hovedmål 2' and 'Delmål 2.1').
NUMBERED_SERIES = ("mål", "hovedmål", "hovudmål", "delmål", "virksomhetsmål", "verksemdsmål", "styringsmål")


@dataclass(frozen=True)
class ScopedGoal:
    """A stated goal, the key number it resolves under, its main goal's, and the offsets it reaches."""

    statement: GoalStatement
    number: int | str
    broader: int | str | None
    start: int
    end: int
    opens: bool


def key_number(s: GoalStatement, apart: frozenset[str] = frozenset()) -> int | str:
    """The number a goal's key uses: '2' -> 2 (as for 'Mål 2' headings), '2.3', or 'effektmål 1'; a main goal of a
    level in ``apart`` keys by level and number ('hovudmål 1' beside the report's own 'Mål 1' sections)."""
    if s.level in apart and s.rank == 0 and s.number:
        return f"{s.level} {s.number}"
    if s.named:  # 'Mål for drikkevann' over the goal's sentence: keyed by the area it names
        return f"mål for {s.named}"
    if s.area:  # 'Delmål 1' of area 2, where each area numbers its goals anew; 'Delmål:', the area's one goal
        return f"{s.area}.{s.number}" if s.number else f"{s.level} i område {s.area}"
    if not s.number and s.level == "mål":  # goals under 'Mål: …' headings, none numbered: each by its title
        return f"mål: {s.title.lower()[:60]}"
    if s.level not in NUMBERED_SERIES:
        return f"{s.level} {s.number}".strip()
    return int(s.number) if s.number.isdigit() else s.number


class _Layout:
    """The passages of one document by offset, to find a statement's section."""

    def __init__(self, passages: list[Passage]) -> None:
        self.passages = sorted(passages, key=lambda p: p.start)
        self.starts = [p.start for p in self.passages]
        self.heading_ends = {p.section.number: p.end for p in self.passages if p.kind == "heading"}

    def at(self, pos: int) -> Passage | None:
        i = bisect.bisect_right(self.starts, pos) - 1
        return self.passages[i] if i >= 0 else None

    def section_span(self, pos: int, original: str) -> tuple[int, int, bool] | None:
        """``(start, end, first)`` of the numbered section holding ``pos``; ``first`` when ``pos`` stands in the
        section's first sentence ('3.1.2 …' then 'Under delmål 1.2 «…» har …')."""
        p = self.at(pos)
        if p is None or not p.section.number:
            return None
        head_end = self.heading_ends.get(p.section.number, p.section.start)
        before = original[head_end:pos] if head_end <= pos else "."
        return p.section.start, p.section.end, len(before.strip()) < 60 and not re.search(r"[.!?]\s", before)


def scoped_goals(passages: list[Passage], original: str, removed: tuple[tuple[int, int], ...],
                 skip: set[int | str], apart: frozenset[str] = frozenset()) -> list[ScopedGoal]:
    """Every stated goal of a document with its scope, main goals before sub-goals; main goals of the levels in
    ``apart`` are a series of their own (see :func:`key_number`)."""
    layout = _Layout(passages)

    def number_of(s: GoalStatement) -> int | str:
        return key_number(s, apart)

    statements = [s for s in find_statements(original, removed) if number_of(s) not in skip]
    toc = toc_entries(original)
    # a page header such as '6    Årsrapport 2019' looks like a chapter title; footers are not chapters
    chapters = [c for c in chapter_starts(original) if not any(a <= c < b for a, b in removed)]
    openers: list[tuple[GoalStatement, tuple[int, int, bool] | None]] = []
    for s in statements:
        span = layout.section_span(s.start, original)
        if s.style == "line" and _listed(s, statements, original):
            continue  # one line of a list of the goals ('Overordnet mål 1 …' / 'Overordnet mål 2 …'): no scope
        if s.style == "listed":
            continue  # a line of a goal overview ('B-1 Økt verdiskaping …'): the goal's part is elsewhere
        if s.level == "samfunnsoppdrag" or (s.level in ("overordnet mål", "overordna mål") and not s.number):
            continue  # the agency's mission (or its one overall goal), stated once: everything it does serves it,
            # no part speaks to it alone
        if s.style != "quoted" or (span and span[2]):
            openers.append((s, span))
    begins = {s.start: (span[0] if span and span[2] else s.start) for s, span in openers}
    numbers = {number_of(s) for s in statements if s.rank == 0}
    by_number: dict[int | str, ScopedGoal] = {}
    out: list[ScopedGoal] = []
    for s, span in sorted(openers, key=lambda x: (x[0].rank, x[0].start)):
        end = span[1] if span else len(original)
        parent = _parent_number(s, numbers)
        main = by_number.get(parent) if parent is not None else None
        if main and main.start <= s.start < main.end:
            # a sub-goal opening its own section reaches into the sibling sections until the next sub-goal
            end = main.end if span and span[2] else min(end, main.end)
        later = [begins[o.start] for o, _ in openers if o.start > s.start and o.rank <= s.rank]
        end = min([end, *later, *[c for c in chapters if c > s.start]])
        toc_end = _toc_end(original, toc, s)
        if toc_end is not None:
            end = min(end, toc_end)
        goal = ScopedGoal(s, number_of(s), parent, begins[s.start], max(end, s.end), True)
        by_number.setdefault(goal.number, goal)
        out.append(goal)
    opened = {g.statement.start for g in out}
    for s in statements:
        if s.start not in opened:
            out.append(ScopedGoal(s, number_of(s), _parent_number(s, numbers), s.start, s.end, False))
    return out


def _listed(s: GoalStatement, statements: list[GoalStatement], original: str) -> bool:
    """Whether the goal's line stands next to the line of another goal of its level outside the numbered series, or
    an unnumbered goal's next to any such goal's (a list of the goals of levels that no section is organised by:
    'Effektmål 3: …' / 'Brukarmål: …')."""
    if s.level in NUMBERED_SERIES:
        return False
    if s.area and not s.number and any(o.area == s.area and o.start < s.start and o.level != s.level
                                       for o in statements):
        return False  # an area's goal under its overall goal ('Overordna mål: …' / 'Mål for resultatområdet: …')
    if s.number and any(o.start < s.start and o.level != s.level and o.number and s.number.startswith(o.number + ".")
                        and not original[o.end:s.start].strip() and "\n\n" not in original[o.end:s.start]
                        for o in statements):
        return True  # a sub-goal listed right under its goal ('Effektmål 1: …' / 'Brukermål 1.1: …'): the goal's part
    return any(o is not s and o.style == "line" and (o.level == s.level or not s.number and o.level not in
                                                     NUMBERED_SERIES)
               and (not original[s.end:o.start].strip() if o.start > s.start else not original[o.end:s.start].strip())
               for o in statements)


def _parent_number(s: GoalStatement, numbers: set[int | str]) -> int | str | None:
    if not s.parent_number or s.level not in NUMBERED_SERIES:
        return None
    parent: int | str = int(s.parent_number) if s.parent_number.isdigit() else s.parent_number
    return parent if parent in numbers else None


def _toc_end(original: str, toc: list[tuple[int, str]], s: GoalStatement) -> int | None:
    """Where the contents entry after the statement's own begins in the body, if the statement is an entry."""
    line_start = original.rfind("\n", 0, s.start) + 1
    line = " ".join(original[line_start : original.find("\n", s.start) if "\n" in original[s.start:] else None]
                    .split()).lower()
    plain = re.sub(r"[^\w ]", "", line)
    for i, (_, title) in enumerate(toc):
        words = title.split()
        # the contents may give the goal a short name: 'Virksomhetsmål 2 Kunnskap …' for 'Virksomhetsmål 2: Folk …'
        same_goal = len(words) >= 2 and words[0] == s.level and plain.split()[:2] == words[:2]
        if (line.startswith(title) or plain.startswith(title) or same_goal) and i + 1 < len(toc):
            return body_lines(original, toc[i + 1][1], s.end)
    return None
