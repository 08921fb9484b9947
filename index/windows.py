"""Sentence windows: the second set of vectors a passage is found by.

A passage of 100–250 words often answers a question in one or two of its
sentences while the rest is about something else; its single vector is the
average of all of it, and a paraphrased question about that one fact scores it
low. Each passage longer than one window therefore also gets vectors for
windows of :data:`SIZE` sentences starting every :data:`STRIDE` sentences (and one
ending at the last sentence), each led by the passage's section title path like
the passage itself, and dense search scores a passage by its own vector and its
best window (see :meth:`index.store.SearchIndex.dense_scores`). On the dev and
tuning questions windows lifted top-5 recall by 2–3 points. Windows are most of
what a build embeds: ``KG_WINDOW_STRIDE=4`` (a window every fourth sentence)
embeds 29 % fewer windows (16 % fewer characters in all) at the same top-5
recall on every seed-corpus question set but a slightly lower MRR
(docs/search.md, "Sentence windows"); the default stays two.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from kg.errors import SearchIndexError
from kg.passages.base import Passage

SIZE = 3
STRIDE = 2
#: The build setting that chooses the stride (recorded in ``index.json``).
STRIDE_SETTING = "KG_WINDOW_STRIDE"
#: Lines of a table that name it: the caption ("Tabell 4: ...") and the header row.
TABLE_HEAD = 2
# A sentence ends at . ! ? or : before a capital, a digit, an opening quote or a dash.
_SENTENCE_END = re.compile(r"(?<=[.!?:])\s+(?=[A-ZÆØÅ0-9«\"•–-])")


@dataclass(frozen=True)
class Window:
    """A run of sentences of one passage, as it is embedded (title path first)."""

    passage: int
    text: str


def configured_stride() -> int:
    """The window stride a build uses: ``$KG_WINDOW_STRIDE`` (1 to 2 × :data:`SIZE`), else :data:`STRIDE`."""
    raw = os.environ.get(STRIDE_SETTING, "").strip()
    if not raw:
        return STRIDE
    if not raw.isdigit() or not 1 <= int(raw) <= 2 * SIZE:
        raise SearchIndexError(f"{STRIDE_SETTING}={raw!r}: give a whole number of sentences from 1 to {2 * SIZE}")
    return int(raw)


def sentences(passage: Passage) -> list[str]:
    """The passage's sentences; list items count as sentences of their own, a table's lines are its units."""
    if passage.kind == "table":
        return [line.strip() for line in passage.text.split("\n") if line.strip()]
    units = passage.text.split("\n") if passage.kind == "list" else [passage.text]
    out: list[str] = []
    for unit in units:
        out.extend(s.strip() for s in _SENTENCE_END.split(unit) if s.strip())
    return out


def _spans(count: int, size: int, stride: int) -> list[tuple[int, int]]:
    if count <= size:
        return []
    starts = list(range(0, count - size + 1, stride))
    if starts[-1] + size < count:
        starts.append(count - size)  # the last units get a window too
    return [(s, s + size) for s in starts]


def _context(passage: Passage, units: list[str]) -> tuple[list[str], list[str]]:
    """Units every window repeats (a table's caption and header line, a list's lead-in), and the rest."""
    if passage.kind == "table":
        return units[:TABLE_HEAD], units[TABLE_HEAD:]
    if passage.kind == "list" and units and not units[0].startswith("•"):
        return units[:1], units[1:]
    return [], units


def windows(passage: Passage, row: int, path: str, size: int = SIZE, stride: int = STRIDE) -> list[Window]:
    """Windows of ``size`` sentences every ``stride`` sentences; none when the passage is one window or less.

    ``row`` is the passage's row in the index, ``path`` its section title path
    (the same lead line as the passage's own embedding text). A table's windows
    repeat its caption and header line and a list's windows its lead-in sentence,
    without which rows and items say little.
    """
    context, body = _context(passage, sentences(passage))
    lead = "\n".join(([path] if path else []) + context)
    lead = f"{lead}\n" if lead else ""
    return [Window(row, lead + " ".join(body[a:b])) for a, b in _spans(len(body), size, stride)]
