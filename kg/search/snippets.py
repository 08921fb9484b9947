"""Snippets: a window of a passage around a cited span, HTML-escaped, matched words in ``<mark>``…``</mark>``."""

from __future__ import annotations

import html
from functools import lru_cache

from index.lexical.analyzer import word_terms, words
from kg.passages.base import Passage

WINDOW = 240


def clean_position(p: Passage, original: int) -> int:
    """Position in ``p.text`` of the original offset ``original`` (nearest copied character)."""
    best = 0
    for clean, orig, length in p.offsets.segments:
        if orig <= original < orig + length:
            return clean + original - orig
        if orig <= original:
            best = clean + length
    return min(best, len(p.text))


def _window(text: str, start: int, end: int) -> tuple[int, int]:
    if end - start >= WINDOW:
        return start, end
    pad = (WINDOW - (end - start)) // 2
    lo, hi = max(0, start - pad), min(len(text), end + pad)
    if lo > 0:
        space = text.find(" ", lo, start) if start > lo else -1
        lo = space + 1 if space >= 0 else lo
    if hi < len(text):
        space = text.rfind(" ", end, hi)
        hi = space if space > 0 else hi
    return lo, hi


@lru_cache(maxsize=8192)
def _word_terms(text: str) -> tuple[tuple[int, int, frozenset[str]], ...]:
    """Each word of a snippet window with its index terms: the same windows come back for question after question."""
    return tuple((ws, we, frozenset(word_terms(word))) for ws, we, word in words(text))


def snippet(p: Passage, terms: set[str], span: tuple[int, int] | None = None) -> str:
    """The passage text around ``span`` (original offsets; default: the start), query words marked."""
    if span is None:
        start, end = 0, 0
    else:
        start, end = clean_position(p, span[0]), clean_position(p, max(span[1] - 1, span[0])) + 1
    lo, hi = _window(p.text, start, min(end, len(p.text)))
    text = p.text[lo:hi]
    out: list[str] = []
    pos = 0
    for ws, we, found in _word_terms(text):
        if not found.isdisjoint(terms):
            out += [html.escape(text[pos:ws]), "<mark>", html.escape(text[ws:we]), "</mark>"]
            pos = we
    out.append(html.escape(text[pos:]))
    body = "".join(out).replace("\n", " ")
    return ("…" if lo > 0 else "") + body + ("…" if hi < len(p.text) else "")
