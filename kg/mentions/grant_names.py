"""Grant schemes named in running text: a capitalised *Tilskudd til …* inside a sentence is a scheme's name.

Steering documents write a scheme's name with a capital T wherever it stands (*Kap. 846 post 61 skal brukes
til Tilskudd til fritidsaktiviteter for barn …*, *en evaluering av Tilskudd til lokale …*), while the generic
word is lower case (*tilskudd til kommunene*). The name runs from *Tilskudd* to the end of the noun phrase:
a punctuation mark, a parenthesis, or the first finite verb or clause word after it (*skal*, *dekkes*, *ble*,
*som*, …). Only a name inside a sentence counts: at a sentence's start the capital says nothing. Each name in
a goal's scope supports that goal.
"""

from __future__ import annotations

import re

from kg.mentions.base import Extraction, Key, Link, Mention, span_of
from kg.mentions.goals import GoalContext, goal_key
from kg.mentions.text import clean, grant_key
from kg.passages.base import Passage

NAME = re.compile(r"(?<![.!?:]\s)(?<!^)(?<=\s)Tilskudd til\s+(?P<rest>[^.,;:()\n«»\"]+(?:\n[^.,;:()\n«»\"]+)?)")
# Words that end the noun phrase of a name: finite verbs, modal verbs and clause words.
STOP = re.compile(
    r"\s(?:skal|skulle|kan|vil|må|bør|er|var|ble|blir|har|hadde|dekkes|dekker|gis|gir|ga|gikk|går|fikk|får|"
    r"forvaltes|forvalter|lyses|lyst|utlyses|utlyst|økte|økes|som|der|hvor|fordi|men|samt|gjennom|"
    r"innenfor|etter|fra\s+\d|i\s+\d{4}|med\s+\d|på\s+\d|til\s+\d|hvorav|bidra|bidrar|evalueres|videreføres|"
    r"overføres|tildeles|tildelt|fordeles|fordelt|innvilges|innvilget|til\s+å|på\s+oppdrag|i\s+regi)\b"
)
MAX_WORDS = 12


def _name(rest: str) -> str | None:
    stop = STOP.search(" " + rest)
    words = []
    for i, w in enumerate(clean(rest[: stop.start() - 1] if stop else rest).split()):
        # a number, a dash or a new capitalised word (a title page's next line, a publisher) ends the name;
        # only the word right after 'til' may be capitalised ('Tilskudd til Kvinner i arbeid')
        if any(c.isdigit() for c in w) or w in ("-", "–") or (i and w[:1].isupper()):
            break
        words.append(w)
    if not words or len(words) > MAX_WORDS or words[-1] in ("og", "eller", "i", "for", "til", "av", "mot", "med"):
        return None
    return "Tilskudd til " + " ".join(words)


def grant_name_mentions(passages: list[Passage], ctx: GoalContext, original: str) -> Extraction:
    """A GrantScheme mention for each capitalised 'Tilskudd til …' inside a sentence of a paragraph."""
    out = Extraction()
    for p in passages:
        if p.kind not in ("paragraph", "list"):
            continue
        for m in NAME.finditer(p.text):
            name = _name(m.group("rest"))
            if name is None:
                continue
            start = m.start()
            span = span_of(p, start, start + _extent(p.text, start, name), original)
            key: Key = ("GrantScheme", grant_key(name))
            out.mentions.append(Mention("GrantScheme", key, name, span, "grant.named-in-prose", 0.8))
            goal = ctx.goal_of(p)
            if goal is not None:
                out.links.append(Link(key, "supportsGoal", goal_key(p.doc, goal.number, goal.part), span,
                                       "grant.named-in-goal-section", 0.75))
    return out


def _extent(text: str, start: int, name: str) -> int:
    """Length in ``text`` from ``start`` that spells ``name`` (its words may be wrapped over lines)."""
    pos, i = start, 0
    words = name.split()
    for w in words:
        j = text.find(w, pos)
        if j < 0:
            break
        pos, i = j + len(w), i + 1
    return pos - start
