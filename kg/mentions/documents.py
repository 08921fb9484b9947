"""The organisations a document is from and to, as mentions at the place its first page names them.

The document profile (:mod:`kg.passages.profile`) reads the issuer, a letter's addressee and an evaluation's
commissioner off the letterhead or colophon; here each becomes an Organisation mention with the span of its
first appearance (matched without regard to case: letterheads print ministries in capitals), so the entity
has a citation like every other.
"""

from __future__ import annotations

import re

from kg.documents.base import Document
from kg.mentions.base import Extraction, Mention, span_of
from kg.mentions.knowledge import org_key, org_name
from kg.passages.base import Passage

ROLES = (("publisher", "document.issuer"), ("addressee", "document.addressee"),
         ("commissioner", "document.commissioner"))


# the short name the text defines for the organisation: 'Statens senter for kystnæring (SKS)'
SHORT_AFTER = r"\s*\((?P<short>(?-i:[A-ZÆØÅ][A-ZÆØÅa-zæøå-]{1,11}))\)"


def _pattern(name: str) -> re.Pattern[str]:
    words = [re.escape(w) for w in name.split()]
    # A ministry in a letterhead drops the definite ending ('DEPARTEMENT' for 'departementet').
    last = words[-1][:-2] + "(?:et)?" if name.endswith("departementet") else words[-1]
    return re.compile(r"\s+".join([*words[:-1], last]), re.IGNORECASE)


def document_mentions(document: Document, passages: list[Passage]) -> Extraction:
    """An Organisation mention for each organisation the document's profile names, where the text first names it."""
    out = Extraction()
    for role, rule in ROLES:
        name = getattr(document, role)
        if not name:
            continue
        pattern = _pattern(name)
        defined = re.search(pattern.pattern + SHORT_AFTER, document.text, re.IGNORECASE)
        alias: tuple[tuple[str, object], ...] = (("alias", defined.group("short")),) if defined else ()
        for p in passages:
            m = pattern.search(p.text)
            if m:
                span = span_of(p, m.start(), m.end(), document.text)
                out.mentions.append(Mention("Organisation", org_key(name), org_name(name), span, rule, 0.9,
                                            (("role", role), *alias)))
                break
    return out
