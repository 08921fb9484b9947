"""Goals a letter heads by the area they cover, each worded in a sentence on the lines below its heading.

    Mål for drikkevann
    Vannverkene leverer helsemessig trygt drikkevann i tilstrekkelig mengde, også i
    krise.

The heading (*Mål for* and lower-case words, alone on its line after a blank line) names the goal; the sentence
below, to its full stop, is its wording. Read only where the document heads two goals or more so: one such heading
is as often a section about one topic's aims.
"""

from __future__ import annotations

import re

from kg.mentions.text import clean

HEADING = re.compile(r"(?:^|\n[ \t\f]*\n)[ \t\f]*(?P<word>Mål)[ \t]+for[ \t]+(?P<name>[a-zæøå][a-zæøå -]{2,50}?)"
                     r"[ \t]*\n"
                     r"[ \t]*(?P<title>[A-ZÆØÅ](?:[^.!?\n]|\n(?![ \t]*\n)){10,300}?)\.[ \t]*(?=\n|$)")


def named_headings(text: str) -> list[tuple[str, str, int, int]]:
    """``(area, title, start, end)`` of the goals headed *Mål for <area>* with their sentence below, where the text
    has two or more."""
    found = [m for m in HEADING.finditer(text) if "\n" not in m.group("name")]
    if len(found) < 2:
        return []
    return [(" ".join(m.group("name").split()), clean(m.group("title")), m.start("word"), m.end("title"))
            for m in found]
