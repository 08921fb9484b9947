"""What the alignment rules share: whose goals a document states, an entity's title, where in a document an
entity stands, and when two titles are related."""

from __future__ import annotations

from kg.documents.base import Document
from kg.entities.base import Entity, Source
from kg.mentions.text import norm


def owner(doc: Document) -> str | None:
    """The organisation whose goals a document states: an allocation letter's addressee, an evaluation
    report's commissioner (it quotes the goals of the agency that ordered it), else its issuer."""
    name = {"tildelingsbrev": doc.addressee, "evaluering": doc.commissioner}.get(doc.kind or "", doc.publisher)
    return norm(name) if name else None


def title_of(e: Entity) -> str:
    return str(e.attr("title") or e.label)


def first_source(e: Entity, doc_id: str) -> Source:
    """The first source of ``e`` in document ``doc_id``."""
    return next(s for s in e.sources if s.doc_id == doc_id)


def related(sa: frozenset[str], sb: frozenset[str]) -> bool:
    """Whether two titles share a word stem, or a compound and its part ('søknader' / 'søknadshandsaming')."""
    return bool(sa & sb) or any(len(x) >= 5 and len(y) >= 5 and x[:5] == y[:5] for x in sa for y in sb)


def shared_stems(words: frozenset[str], other: frozenset[str], shortest: int = 5, heads: bool = False) -> int:
    """How many of ``words`` the ``other`` stems have, or have one that begins it or that it begins, both at least
    ``shortest`` letters long ('utredning' / 'utrede', 'straff' / 'straffedømt'); with ``heads``, or one that ends
    it or that it ends (a compound's last part is its head word: 'sikker' / 'informasjonssikker')."""
    return sum(1 for w in words if w in other or any(
        min(len(w), len(t)) >= shortest and (w.startswith(t) or t.startswith(w)
                                             or heads and (w.endswith(t) or t.endswith(w))) for t in other))
