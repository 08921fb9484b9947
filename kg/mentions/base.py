"""Contract of the mention stage: typed mentions and links, each tied to an exact source span."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kg.passages.base import Passage, Section
from kg.passages.pages import PageRef

Key = tuple[str, ...]
"""Resolution key of an entity: its type family first, then normalised codes or labels."""


@dataclass(frozen=True)
class Span:
    """Words in one passage: ``document.text[start:end]`` is exactly ``text``."""

    passage: str
    doc: str
    doc_name: str
    start: int
    end: int
    page: PageRef
    section: Section
    text: str


@dataclass(frozen=True)
class Mention:
    """One reading of an entity in the text, by one rule."""

    type: str
    key: Key
    label: str
    span: Span
    rule: str
    confidence: float
    attrs: tuple[tuple[str, Any], ...] = ()

    def attr(self, name: str, default: Any = None) -> Any:
        return dict(self.attrs).get(name, default)


@dataclass(frozen=True)
class Link:
    """A relation read from the text: ``subject --predicate--> object`` (both resolution keys)."""

    subject: Key
    predicate: str
    object: Key
    span: Span
    rule: str
    confidence: float


@dataclass
class Extraction:
    """Everything the rules read from a set of passages."""

    mentions: list[Mention] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)

    def extend(self, other: Extraction) -> None:
        self.mentions.extend(other.mentions)
        self.links.extend(other.links)


def span_of(passage: Passage, clean_start: int, clean_end: int, original: str) -> Span:
    """The original-text span of ``passage.text[clean_start:clean_end]``."""
    start, end = passage.offsets.span(clean_start, clean_end)
    return Span(passage.id, passage.doc, passage.doc_name, start, end, passage.page, passage.section,
                original[start:end])


def widen(a: Span, b: Span, original: str) -> Span:
    """The smallest span covering two spans of the same passage (a structural link's evidence)."""
    if a.passage != b.passage:
        return b
    start, end = min(a.start, b.start), max(a.end, b.end)
    return Span(a.passage, a.doc, a.doc_name, start, end, a.page, a.section, original[start:end])
