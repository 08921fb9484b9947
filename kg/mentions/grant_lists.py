"""A letter's table of the grant schemes the agency is to manage, without figures:

    Tilskotsordning                                                Kap./post    Knytt til
    Tilskot til ferie- og fritidstiltak for barn i låginntekts-    859.72       Mål 1
    familiar

Each row opens with the scheme's name (wrapped onto a line below after a hyphen), then its chapter and post. Read
in allocation letters only (a report's scheme tables carry figures, see :mod:`kg.mentions.grant_tables`). The goal
cell after them (*Mål 1*) is not yet read: a letter's goal numbers and its goals' keys may differ.
"""

from __future__ import annotations

import re

from kg.documents.base import Document
from kg.mentions.base import Extraction, Key, Mention
from kg.mentions.printed import Citer, printed_lines
from kg.mentions.text import clean, grant_key
from kg.passages.base import Passage

HEADER = re.compile(r"^(?:Tilsk(?:udds|ots)ordning(?:ar|er)?|Ordning)\s{2,}(?:Kap\.?\s*/\s*post|Post)\b", re.I)
ROW = re.compile(r"^(?P<name>Tilsk(?:udd|ot)\s\S.*?)\s{2,}\d{3,4}[./]\d{2}(?:\s{2,}.*)?$")
WRAPPED = re.compile(r"^[a-zæøå]\S*(?:\s\S+){0,6}$")


def scheme_list_mentions(document: Document, passages: list[Passage]) -> Extraction:
    """The schemes of every such table of an allocation letter."""
    out = Extraction()
    if document.kind != "tildelingsbrev":
        return out
    lines = printed_lines(document)
    citer = Citer(passages, document.text)
    for i, line in enumerate(lines):
        if not HEADER.match(line.text):
            continue
        j = i + 1
        while j < len(lines) and (m := ROW.match(lines[j].text)) is not None:
            name, row = m.group("name"), lines[j]
            if name.endswith("-") and j + 1 < len(lines) and WRAPPED.match(lines[j + 1].text):
                j += 1
                name = f"{name}\n{lines[j].text}"
            span = citer.span(row.text_start, lines[j].end)
            if span is not None:
                key: Key = ("GrantScheme", grant_key(clean(name)))
                out.mentions.append(Mention("GrantScheme", key, clean(name), span, "grant.scheme-list-row", 0.85))
            j += 1
    return out
