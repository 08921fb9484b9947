"""Goals referred to by a bare number in a document that keys its goals by level and number.

A table's goal column gives the number alone (*Mål* / *3*) where the document states its goals as *Strategisk
mål 3*; the rules that read the column key the reference by the number (``('Goal', doc, '3', '')``), which no
goal of the document has. Such a link goes to the one goal of the document whose key ends in that number; where
no goal or more than one does, the link is left as it is (it names nothing the graph has).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.mentions.base import Extraction, Link

BARE = re.compile(r"^\d{1,2}(?:\.\d{1,2})?$")


def numbered_goal_links(found: Extraction) -> list[Link]:
    """The links, each to a goal named by its bare number moved to the document's one goal of that number."""
    goals = {m.key for m in found.mentions if m.type == "Goal"}
    out = []
    for link in found.links:
        target = link.object
        if target[0] == "Goal" and target not in goals and BARE.match(str(target[2])):
            same = [k for k in goals if k[1] == target[1] and str(k[2]).rsplit(" ", 1)[-1] == target[2]
                    and " " in str(k[2])]
            if len({k[2] for k in same}) == 1:
                out += [replace(link, object=k) for k in same]
                continue
        out.append(link)
    return out
