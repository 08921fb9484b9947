"""Entities: resolution of mentions into entities with stable IRIs, and their JSON Lines file."""

from kg.entities.base import TYPES, Entity, EntityLink, Relation, Source
from kg.entities.io import load_entities, write_entities
from kg.entities.resolution import resolve

__all__ = ["TYPES", "Entity", "EntityLink", "Relation", "Source", "load_entities", "resolve", "write_entities"]
