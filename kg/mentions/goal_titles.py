"""Full titles for goals whose section headings only name them.

An annual report may list its goals in full once ('Hovedmålene for 2024 er:' / 'Hovedmål 1  Flere eldre får
…') and head each goal's section with a short name ('3.1 Hovedmål 1 Eldre og pleietrengende'). The heading
keeps the goal's section; the listed line gives its title, the short name staying an alternative label. A
listed line counts where it names the heading's level and number, is longer than the heading's title and
shares a word with it.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.mentions.goal_context import GoalHeading
from kg.mentions.goal_statements import LINE, TABLE_GAP
from kg.mentions.text import clean, norm

#: Words that say nothing of a title's topic.
_FUNCTION_WORDS = frozenset(["og", "i", "for", "av", "til", "på", "med", "om", "en", "et", "den", "det", "de", "som",
                             "har", "får", "er", "skal"])


@dataclass(frozen=True)
class FullTitle:
    """A goal's title as a listed line states it, with that line's offsets."""

    title: str
    start: int
    end: int


def _words(text: str) -> set[str]:
    return {w[:6] for w in norm(text).split() if w not in _FUNCTION_WORDS and len(w) > 2}


def full_titles(headings: list[GoalHeading], original: str) -> dict[tuple[str, str], FullTitle]:
    """(level, number) of each heading that only names its goal -> the goal's full title where a line lists it."""
    out: dict[tuple[str, str], FullTitle] = {}
    short = {(h.level, str(h.number)): h for h in headings if h.title and len(h.title.split()) <= 4}
    for m in LINE.finditer(original):
        level, number, title = m.group("word").lower(), m.group("num"), clean(m.group("title")).rstrip(" .")
        h = short.get((level, number or ""))
        if h is None or (level, number) in out or TABLE_GAP.search(title):
            continue
        if len(title.split()) > len(h.title.split()) + 1 and _words(title) & _words(h.title):
            out[(level, number)] = FullTitle(title, m.start("word"), m.end())
    return out
