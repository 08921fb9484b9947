"""A plain text through segmentation, extraction and resolution, as a build reads it."""

from __future__ import annotations

from kg.documents.base import Document
from kg.entities import Entity, resolve
from kg.mentions import extract
from kg.mentions.aliases import alias_mentions
from kg.passages import segment


def entities_of(name: str, text: str) -> list[Entity]:
    """The resolved entities of ``text`` read as the document ``name``."""
    doc = Document(id=name.rsplit(".", 1)[0], name=name, path=name, media_type="text/plain", text=text)
    seg = segment(doc)
    found = extract(seg.document, list(seg.passages))
    found.mentions.extend(alias_mentions(found.mentions, list(seg.passages), {doc.id: doc.text}))
    return resolve(found.mentions, found.links)[0]


def goals_by_title(entities: list[Entity]) -> dict[str, Entity]:
    """The goals among ``entities`` by their title (the goal's words without level and number)."""
    return {str(e.attr("title")): e for e in entities if e.type == "Goal"}


def link_targets(entity: Entity, predicate: str) -> list[str]:
    """The labels of what ``entity`` is linked to by ``predicate``."""
    return [link.target_label for link in entity.links if link.predicate == predicate]
