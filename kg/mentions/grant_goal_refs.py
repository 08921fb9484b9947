"""A grant scheme's goal named right after the scheme: *Tilskudd til X skal bidra til strategisk mål 1, Tilskudd
til Y til strategisk mål 2 og …*, *Post 60 skal bidra til VM1*.

A scheme the document names elsewhere (a table, a sentence), written out again and followed by *(skal) bidra
til*, *støttar opp under*, *til* or *under* and a goal's level and number or printed code (*brukarmål B2*,
*delmål DM1.1*), supports that goal where the document states it, also by a short form where no other scheme shares
it (*Stipendordninga høyrer til delmål 1.1*, *tilskotet til istandsetjing til delmål 2.1*). Only a scheme no other
rule has placed under a goal is placed so, or one placed only by the goal section or overview table it stands in:
the sentence that names its goal outweighs where it stands.
"""

from __future__ import annotations

import re

from kg.mentions.base import Extraction, Key, Link
from kg.mentions.goal_names import named_goal_keys
from kg.mentions.goals import GoalContext
from kg.mentions.grant_names import inflection
from kg.mentions.printed import Citer
from kg.passages.base import Passage

# what may stand between the scheme's name and its goal: a bracket ('(kap. 931 post 70)') and the next sentence's
# subject that takes the scheme up again ('. Ordningen skal bidra til …')
# ('… ble opprettet i 2024 og bygger opp under RM2.2': a clause on the scheme before it)
BRIDGE = (r"(?:\s*\([^()\n]{1,40}\))?(?:[.,]?\s+(?:Ordningen|Ordninga|Tilskuddet|Tilskotet|Tilskuddsordningen|"
          r"Tilskotsordninga|Den|Denne))?(?:\s+(?:ble|vart|blei)\s+[^.,;()]{3,40}?\s+og)?")
# ('… er det viktigaste verkemiddelet for hovud-\nmål 1', '… skal medverke til delmål 2.1': Nynorsk too)
GOAL_AFTER = re.compile(BRIDGE + r"\s+(?:skal\s+)?(?:(?:bidra|bidrar|bidreg)\s+(?:direkte\s+|særlig\s+|særleg\s+)?til|"
                        r"medverke\s+til|til|under|"
                        r"knyttet\s+til|"
                        r"(?:støtte|støtter|støttar)(?:\s+opp\s+under)?|understøtt(?:e|er|ar)|"
                        r"h(?:øy)?rer\s+til|bygg(?:j)?er\s+opp\s+under|"
                        r"er\s+(?:det\s+)?[a-zæøå]+\s+v[ie]rk[ae]mid(?:del(?:et)?|let)\s+for)\s+(?P<goal>(?:(?:strategisk|"
                        r"overordnet)\s*)?[a-zæøå]*(?:-\n\s*[a-zæøå]*)?mål\s+"
                        r"(?:\d{1,2}(?:\.\d{1,2})?|(?-i:[A-ZÆØÅ]{1,2}\d{1,2}(?:\.\d{1,2})?))(?!\w)"
                        # a goal's printed code alone ('under RM1.1')
                        r"|(?-i:[A-ZÆØÅ]{1,3}\d{1,2}(?:\.\d{1,2})?)(?![\wæøå]))",
                        re.IGNORECASE)
SECTION_RULE = "grant.named-in-goal-section"
# the goals a scheme gets from where it stands: a sentence naming its goal outweighs them
PLACED_BY_SECTION = (SECTION_RULE, "grant.overview-table-in-goal-section", "grant.table-in-goal-section")


def named_scheme_goals(found: Extraction, passages: list[Passage], ctx: GoalContext, original: str) -> list[Link]:
    """The links, with ``supportsGoal`` links for schemes written out and followed by the goal they serve (in place
    of those the scheme's goal section alone gave it)."""
    placed = {link.subject for link in found.links
              if link.predicate == "supportsGoal" and link.rule not in PLACED_BY_SECTION}
    names: dict[Key, str] = {}
    for mention in found.mentions:
        if mention.type == "GrantScheme" and mention.key not in placed and len(mention.label.split()) >= 3:
            names.setdefault(mention.key, mention.label)
    citer = Citer(passages, original)
    out: list[Link] = []
    stated: set[Key] = set()
    for key, name in names.items():
        spelt = re.compile(f"(?:{_written(name, list(names.values()))})" + GOAL_AFTER.pattern, re.IGNORECASE)
        for m in spelt.finditer(original):
            span = citer.span(m.start(), m.end())
            goal = re.sub(r"-\s+", "", " ".join(m.group("goal").split()))  # 'virksom-' / 'hetsmål 3'
            goals = named_goal_keys(ctx, span.doc, goal) if span is not None else []
            if span is not None and goals:
                out += [Link(key, "supportsGoal", g, span, "grant.goal-named-after-it", 0.8) for g in goals]
                stated.add(key)
                break
    for mention in found.mentions:  # a row of a table of schemes whose first cell is its goal's code
        if mention.type == "GrantScheme" and mention.key not in placed and mention.key not in stated:
            goals = _row_goal(ctx, mention.span.doc, original, mention.span.start)
            out += [Link(mention.key, "supportsGoal", g, mention.span, "grant.goal-column", 0.8) for g in goals]
            if goals:
                stated.add(mention.key)
    # (the same scheme in another inflection, a table's 'i beiteområdet' for the sentence's 'i beiteområde', too)
    said = {inflection(k) for k in stated}
    kept = [link for link in found.links if not (link.rule in PLACED_BY_SECTION and (
        link.subject in stated or inflection(link.subject) in said))]
    return kept + out


def _written(name: str, names: list[str]) -> str:
    """How a text may write the scheme ``name`` (of all ``names``): in full, or where no other scheme opens with the
    same word(s), by its first word compounded with *ordning* ('Stipendordninga' for *Stipend til meister og
    lærling*), by that first word alone where it is such a compound ('Medfinansieringsordningen') or by its first
    word made definite and the two after it ('tilskotet til istandsetjing'), or with all the words after it, the
    last compound by its head ('tilskuddet til regionale nettverk' for *Tilskudd til regionale
    digitaliseringsnettverk*)."""
    words = name.split()
    # (in full, a word split at a hyphen over a line break too: 'frivillig-' / 'hetsprosjekter')
    ways = [r"\s+".join(r"(?:-\n\s*)?".join(re.escape(c) for c in w) for w in words)]
    first = [n.split()[0].lower() for n in names]
    if first.count(words[0].lower()) == 1 and words[0].isalpha():
        ways.append(re.escape(words[0]) + r"s?ordning(?:en|a)")
        if (compound := re.fullmatch(r"(\w{4,}ordning)(?:en|a)", words[0])) is not None:
            ways.append(re.escape(compound.group(1)) + r"(?:en|a)")  # 'Medfinansieringsordningen' alone
    if len(words) >= 4 and [n.lower().split()[:3] for n in names].count([w.lower() for w in words[:3]]) == 1:
        ways.append(re.escape(words[0]) + r"(?:et|en|a)\s+" + r"\s+".join(re.escape(w) for w in words[1:3]))
        if len(words[-1]) > 10:  # ('tilskuddet til regionale nettverk': the last compound by its head word)
            heads = "|".join(re.escape(words[-1][i:]) for i in range(len(words[-1]) - 6, 0, -1))
            ways.append(re.escape(words[0]) + r"(?:et|en|a)\s+" + r"\s+".join(re.escape(w) for w in words[1:-1])
                        + rf"\s+(?:{heads})")
    return "|".join(ways)


# a table row opened by a goal's number or letter in a column of its own, the scheme's name after a post's code:
# 'A     861.60      Tilskot til aktivitetskortet      løpande'
GOAL_ROW = re.compile(r"[ \t]*(?P<goal>\d{1,2}(?:\.\d{1,2})?|[A-ZÆØÅ])[ \t]{2,}(?:\d{3,4}[./]\d{2}[ \t]{2,})?$")


def _row_goal(ctx: GoalContext, doc: str, original: str, at: int) -> list[Key]:
    """The goal the first cell of the table row holding ``at`` names, where the document has that goal."""
    m = GOAL_ROW.match(original, original.rfind("\n", 0, at) + 1, at)
    return named_goal_keys(ctx, doc, f"mål {m.group('goal')}") if m else []
