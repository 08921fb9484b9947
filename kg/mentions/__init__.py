"""Mentions: spaCy and structure rules that read typed mentions and links from passages."""

from kg.mentions.base import Extraction, Key, Link, Mention, Span
from kg.mentions.extract import extract

__all__ = ["Extraction", "Key", "Link", "Mention", "Span", "extract"]
