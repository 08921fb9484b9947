"""Short forms defined in one place ('Barne-, ungdoms- og familieetaten (Bufetat)') found everywhere.

A definition gives an alias; every later use of the alias or its genitive ('Bufetats') in any
document is a mention of the same organisation, kept as a surface form.
"""

from __future__ import annotations

import re

from kg.mentions.base import Mention, span_of
from kg.passages.base import Passage


def alias_mentions(mentions: list[Mention], passages: list[Passage], originals: dict[str, str]) -> list[Mention]:
    """One mention per passage and surface form of every defined organisation alias."""
    aliases = {str(m.attr("alias")): m.key for m in mentions if m.type == "Organisation" and m.attr("alias")}
    if not aliases:
        return []
    pattern = re.compile(r"\b(" + "|".join(re.escape(a) for a in sorted(aliases, key=len, reverse=True)) + r")(s?)\b")
    out: list[Mention] = []
    for p in passages:
        seen: set[str] = set()
        for m in pattern.finditer(p.text):
            form = m.group(0)
            if form in seen:
                continue
            seen.add(form)
            span = span_of(p, m.start(), m.end(), originals[p.doc])
            out.append(Mention("Organisation", aliases[m.group(1)], form, span, "org.alias-use", 0.85))
    return out
