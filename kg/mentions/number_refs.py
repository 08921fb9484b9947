"""Goals referred to by a bare number or code in a document that keys its goals by level and number.

A table's goal column gives the number alone (*Mål* / *3*) where the document states its goals as *Strategisk
mål 3*, an item its goal's code (*(B2)* for *Brukarmål B2*); the rules that read them key the reference by the
number or code (``('Goal', doc, '3', '')``), which no goal of the document has. Such a link goes to the one goal
of the document whose key ends in that number or code, or to the goal that prints that code (*VM1*, keyed by its
number where the document numbers its goals so); where no goal or more than one does, the link is left as it is
(it names nothing the graph has).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.mentions.base import Extraction, Key, Link

BARE = re.compile(r"^(?:[A-ZÆØÅ]{1,2})?\d{1,2}(?:\.\d{1,2})?$")


def numbered_goal_links(found: Extraction) -> list[Link]:
    """The links, each end that is a goal named by its bare number moved to the document's one goal of that
    number."""
    goals = {m.key for m in found.mentions if m.type == "Goal"}
    printed: dict[tuple[str, str], set[Key]] = {}
    for m in found.mentions:
        if m.type == "Goal" and m.attr("notation"):
            printed.setdefault((str(m.key[1]), str(m.attr("notation")).lower()), set()).add(m.key)

    def moved(key: Key) -> list[Key]:
        if key[0] != "Goal" or key in goals or not BARE.match(str(key[2])):
            return [key]
        same = [k for k in goals if k[1] == key[1] and str(k[2]).rsplit(" ", 1)[-1] == key[2] and " " in str(k[2])]
        if not same:
            same = sorted(printed.get((str(key[1]), str(key[2]).lower()), set()))
        return same if len({k[2] for k in same}) == 1 else [key]

    # a goal is a link's object ('underGoal') or its subject ('measuredBy')
    return [replace(link, subject=s, object=o) for link in found.links for s in moved(link.subject)
            for o in moved(link.object)]
