"""Blocks -> passages: section-aware chunks of about 100-250 words with exact spans."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kg.passages.base import OffsetMap
from kg.passages.blocks import Block

MIN_WORDS, MAX_WORDS = 100, 250
ABBREVIATIONS = {
    "f.eks.", "bl.a.", "mv.", "m.v.", "jf.", "kap.", "nr.", "ca.", "dvs.", "m.m.", "mill.", "mrd.",
    "kr.", "pst.", "o.l.", "t.o.m.", "evt.", "ev.", "osv.", "pkt.", "st.", "Nok.",
}
SENTENCE_END = re.compile(r"(?<=[.!?»])\s+(?=[A-ZÆØÅ«0-9–\"(])")


@dataclass(frozen=True)
class Piece:
    """A stretch of cleaned text of one kind, inside one section."""

    kind: str
    text: str
    offsets: OffsetMap

    @property
    def words(self) -> int:
        return len(self.text.split())


def _slice(text: str, offsets: OffsetMap, start: int, end: int) -> tuple[str, OffsetMap]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    segs = []
    for c, o, n in offsets.segments:
        lo, hi = max(c, start), min(c + n, end)
        if lo < hi:
            segs.append((lo - start, o + lo - c, hi - lo))
    return text[start:end], OffsetMap(tuple(segs))


def _join(pieces: list[Piece], kind: str) -> Piece:
    text, shift = "", 0
    segs: list[tuple[int, int, int]] = []
    for i, piece in enumerate(pieces):
        if i:
            text += "\n"
            shift += 1
        segs.extend((c + shift, o, n) for c, o, n in piece.offsets.segments)
        text += piece.text
        shift += len(piece.text)
    return Piece(kind, text, OffsetMap(tuple(segs)))


def _sentence_cuts(text: str) -> list[int]:
    cuts = []
    for m in SENTENCE_END.finditer(text):
        word = text[: m.start()].rsplit(None, 1)[-1] if text[: m.start()].strip() else ""
        if word not in ABBREVIATIONS and not re.fullmatch(r"\d{1,2}\.", word):
            cuts.append(m.start())
    return cuts


def _split(piece: Piece, cuts: list[int]) -> Iterator[Piece]:
    """Split at the given cut points into pieces of at most MAX_WORDS words where possible."""
    start, last_cut = 0, None
    for cut in [*cuts, len(piece.text)]:
        if len(piece.text[start:cut].split()) > MAX_WORDS and last_cut is not None and last_cut > start:
            text, offsets = _slice(piece.text, piece.offsets, start, last_cut)
            yield Piece(piece.kind, text, offsets)
            start = last_cut
        last_cut = cut
    text, offsets = _slice(piece.text, piece.offsets, start, len(piece.text))
    if text:
        yield Piece(piece.kind, text, offsets)


def _bounded(block: Block) -> Iterator[Piece]:
    piece = Piece(block.kind, block.text, block.offsets)
    if piece.words <= MAX_WORDS:
        yield piece
    elif block.kind == "paragraph":
        yield from _split(piece, _sentence_cuts(piece.text))
    else:  # lists and tables split between items / rows
        yield from _split(piece, [m.start() for m in re.finditer("\n", piece.text)])


def _at_breaks(piece: Piece, breaks: list[int]) -> Iterator[Piece]:
    """Cut a piece where a page footer lay between its lines."""
    segments = piece.offsets.segments
    first, last = segments[0][1], piece.offsets.end(len(piece.text))
    cuts = sorted({min(c for c, o, _ in segments if o > brk) for brk in breaks if first < brk < last})
    start = 0
    for cut in [*cuts, len(piece.text)]:
        text, offsets = _slice(piece.text, piece.offsets, start, cut)
        if text:
            yield Piece(piece.kind, text, offsets)
        start = cut


def chunk_section(blocks: list[Block], breaks: list[int] | None = None) -> list[Piece]:
    """Pieces for the blocks of one section; never crosses the section's boundary or a page footer."""
    out: list[Piece] = []
    pending: list[Piece] = []
    breaks = sorted(breaks or [])

    def flush() -> None:
        if pending:
            out.append(_join(pending, pending[0].kind))
            pending.clear()

    def crosses_break(piece: Piece) -> bool:
        if not pending:
            return False
        end = pending[-1].offsets.end(len(pending[-1].text))
        return any(end <= b < piece.offsets.segments[0][1] for b in breaks)

    for piece in (p for block in blocks for part in _bounded(block) for p in _at_breaks(part, breaks)):
        if crosses_break(piece):
            flush()
        if piece.kind == "heading":
            flush()
            out.append(piece)
        elif piece.kind == "paragraph":
            size = sum(p.words for p in pending)
            if pending and (pending[0].kind != "paragraph" or size + piece.words > MAX_WORDS):
                flush()
            pending.append(piece)
            if sum(p.words for p in pending) >= MIN_WORDS:
                flush()
        else:
            # A short lead-in ("Følgende kunnskapsgrunnlag er publisert:") belongs to its list.
            lead = pending and pending[-1].kind == "paragraph" and pending[-1].text.rstrip().endswith(":")
            if lead and sum(p.words for p in pending) + piece.words <= MAX_WORDS:
                pending[:] = [_join([*pending, piece], piece.kind)]
            else:
                flush()
                pending.append(piece)
            flush()
    flush()
    return out
