"""Documents -> passages: clean-up, section tree, blocks and chunks, offsets kept exact."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace

from kg.documents.base import Document
from kg.passages.base import OffsetMap, Passage, Section
from kg.passages.blocks import Block, group_blocks
from kg.passages.chunker import Piece, chunk_section
from kg.passages.frames import unframed
from kg.passages.headings import Heading, find_headings, find_subheadings, hard_wrapped
from kg.passages.lines import classify, split_lines
from kg.passages.metadata import describe
from kg.passages.pages import PageMap

__all__ = ["OffsetMap", "Passage", "Section", "Segmented", "segment"]


@dataclass(frozen=True)
class Segmented:
    """The passage stage's output for one document."""

    document: Document
    passages: tuple[Passage, ...]
    sections: tuple[Section, ...]
    pages: int
    tables: int


def _passage_id(doc_id: str, start: int, end: int) -> str:
    return hashlib.sha1(f"{doc_id}:{start}:{end}".encode()).hexdigest()[:16]


def _sections(headings: list[Heading], text_length: int) -> dict[int, Section]:
    """Section per heading's first line, with its title path and the span it governs."""
    result: dict[int, Section] = {}
    stack: list[Heading] = []
    for i, h in enumerate(headings):
        while stack and len(stack[-1].number) >= len(h.number):
            stack.pop()
        stack.append(h)
        end = text_length
        for later in headings[i + 1 :]:
            if len(later.number) <= len(h.number):
                end = later.start
                break
        result[h.first_line] = Section(h.label, h.title, tuple(s.title for s in stack), h.start, end)
    return result


def segment(doc: Document) -> Segmented:
    """Split a document into section-aware passages whose spans index ``doc.text`` exactly (its frames and drawn
    tables read as layout, see :mod:`kg.passages.frames`)."""
    doc = replace(doc, text=unframed(doc.text))
    lines = classify(split_lines(doc.text))
    headings = find_headings(lines, doc.text)
    doc = describe(doc, lines, headings)
    wrapped = hard_wrapped(lines)
    if not headings and not wrapped:
        headings = find_subheadings(lines)
    removed = tuple((ln.start, ln.end, ln.kind) for ln in lines if ln.kind in ("footer", "running", "boilerplate"))
    doc = replace(doc, removed=removed)
    sections = _sections(headings, len(doc.text))
    root = Section(None, None, ())
    blocks = group_blocks(lines, headings, doc.text, wrapped)
    pieces: list[tuple[Section, Piece]] = []
    by_section: list[tuple[Section, list[Block]]] = []
    for block in blocks:
        section = sections[block.heading.first_line] if block.heading else root
        if not by_section or by_section[-1][0] is not section:
            by_section.append((section, []))
        by_section[-1][1].append(block)
    breaks = [ln.start for ln in lines if ln.kind == "footer"] + [span.start for span in doc.pages]
    for section, group in by_section:
        pieces.extend((section, piece) for piece in chunk_section(group, breaks))
    spans = [piece.offsets.span(0, len(piece.text)) for _, piece in pieces]
    footers = [(ln.start, ln.page) for ln in lines if ln.kind == "footer" and ln.page is not None]
    page_refs = PageMap(doc.pages, footers).locate(spans)
    passages = tuple(
        Passage(
            id=_passage_id(doc.id, start, end),
            doc=doc.id,
            doc_name=doc.name,
            kind=piece.kind,
            section=section,
            page=page,
            start=start,
            end=end,
            text=piece.text,
            offsets=piece.offsets,
        )
        for (section, piece), (start, end), page in zip(pieces, spans, page_refs, strict=True)
    )
    n_pages = len(doc.pages) or len(footers)
    tables = sum(1 for b in blocks if b.kind == "table")
    return Segmented(doc, passages, tuple(sections.values()), n_pages, tables)
