"""The goal an assignment, grant scheme, report or measure serves by its subject, where no rule placed it.

An allocation letter lists its assignments in a chapter of their own, and a report its reports, schemes and the
letter's assignments in overview lists and tables at the end; the text names no goal for them, yet each one plainly
belongs to one of the document's goals: the goal whose own words (its title, its steering parameters, what the text
already placed under it) it shares. A stem shared with only one goal weighs most, one every goal has weighs nothing
(inverse document frequency over the goals). An item goes under the best goal only where that goal wins clearly: by
:data:`MARGIN` over the next, with at least :data:`ENOUGH` weight, and on two or more stems. The link says it was
inferred (rule ``*.goal-by-subject``, a lower confidence). A document that places any of its assignments under goals
itself leaves the others under none.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from spacy.lang.nb.stop_words import STOP_WORDS

from kg.mentions.base import Extraction, Key, Link, Mention
from kg.mentions.goal_statements import LEVEL_WORDS
from kg.mentions.text import stems

#: What places a thing under a goal, by the thing's type: the predicate and its direction (thing → goal).
PLACING = {"Assignment": "underGoal", "GrantScheme": "supportsGoal", "Report": "aboutGoal", "Evaluation": "aboutGoal",
           "Measure": "addresses"}
#: Words of measurement and of the genre's furniture: every goal's parameters and items use them.
GENRE_STEMS = stems("antall andel prosent gjennomsnittlig tid ny nye økt økte flere bedre god godt høy lav del "
                    "direktoratet departementet virksomheten etaten tilskudd tilskot tilskuddsordning ordning tiltak "
                    "arbeid arbeidet oppdrag rapport rapportere gjennomføre utarbeide bidra sikre vurdere "
                    "år året innen mål målet resultat resultatmål styringsparameter fra over bruk samarbeid "
                    "forslag levere kartlegge kartlegging utrede utredning plan utvikle videreutvikle ekstern "
                    "evaluering kommune kommunene kommunal nasjonal statlig person personer")
# an acronym ('IMDi', 'DFF'): the agency's own name is in every goal's parameters and in every assignment
ACRONYM = re.compile(r"\b\w*[A-ZÆØÅ]\w*[A-ZÆØÅ]\w*\b")
# who is to do it ('Fridir skal …', 'Direktoratet skal …'): the addressee, not the subject
DOER = re.compile(r"^\W*(?:[\w.\-]+\s+){0,3}?(?:skal|bes|ber)\b", re.IGNORECASE)
# a name inside a sentence ('… videreutvikle Turkartet med …', '«Ut på tur»'): one such name shared is enough
NAME = re.compile(r"(?<=[a-zæøå,] )[A-ZÆØÅ][a-zæøå]{3,}\w*|«[^«»]{3,60}»")
FUNCTION_STEMS = frozenset(stems(" ".join(STOP_WORDS)) | stems(" ".join(LEVEL_WORDS)) | stems("hvordan tal korleis"))
MARGIN = 1.5
ENOUGH = 1.0
LONG = 12


def _words(text: str) -> frozenset[str]:
    return stems(ACRONYM.sub(" ", DOER.sub(" ", text))) - GENRE_STEMS - FUNCTION_STEMS


def _weights(profiles: dict[Key, frozenset[str]]) -> dict[str, float]:
    df = Counter(s for words in profiles.values() for s in words)
    n = len(profiles)
    return {s: math.log((n + 1) / k) for s, k in df.items()}


def _profiles(found: Extraction, goals: dict[Key, Mention]) -> dict[Key, frozenset[str]]:
    """Each goal's words: its title, its steering parameters', and those of what a rule placed under it."""
    labels = {m.key: m.label for m in found.mentions}
    words: dict[Key, set[str]] = {k: set(_words(g.label)) for k, g in goals.items()}
    for link in found.links:
        if link.predicate == "measuredBy" and link.subject in words:
            words[link.subject] |= _words(labels.get(link.object, ""))
        elif link.predicate in PLACING.values() and link.object in words and not link.rule.endswith("by-subject"):
            words[link.object] |= _words(labels.get(link.subject, ""))
    return {k: frozenset(v) for k, v in words.items()}


def _leaves(found: Extraction, goals: dict[Key, Mention]) -> dict[Key, Mention]:
    """The goals no other goal is a sub-goal of: an item serves the most specific goal."""
    parents = {link.object for link in found.links if link.predicate == "broader"}
    # main goals keyed apart from the document's own numbered goals ('hovudmål 1' beside 'Mål 1'-sections) stand
    # above them
    upper = {k for k in goals if str(k[2]).startswith(("hovedmål ", "hovudmål "))} \
        if any(str(k[2]).isdigit() for k in goals) else set()
    return {k: g for k, g in goals.items() if k not in parents and k not in upper}


def subject_goal_links(found: Extraction, kind: str | None) -> list[Link]:
    """A goal link for each assignment, scheme, report or measure of one document's reading that has none, where
    the document (of ``kind``) states two or more goals and one of them shares its subject clearly. Assignments
    are placed only in the allocation letter that gives them: a report that reports on them follows the letter."""
    goals = _leaves(found, {m.key: m for m in found.mentions if m.type == "Goal"})
    if len(goals) < 2:
        return []
    profiles = _profiles(found, goals)
    weights = _weights(profiles)
    weights_max = math.log(len(profiles) + 1)  # the weight of a stem only one goal has
    placed = {link.subject for link in found.links if link.predicate in PLACING.values()}
    placed |= {link.subject for link in found.links if link.predicate == "evaluates"}  # reaches its thing's goal
    # a letter (or a report) that places its assignments under goals itself leaves the others under none on purpose
    grouped = kind not in ("tildelingsbrev", "årsrapport") or any(
        link.subject[0] == "Assignment" for link in found.links if link.predicate == "underGoal")
    out: list[Link] = []
    seen: set[Key] = set()
    for m in found.mentions:
        if m.type not in PLACING or m.key in placed or m.key in seen or (m.type == "Assignment" and grouped):
            continue
        seen.add(m.key)
        text = m.span.text if m.type == "Assignment" else m.label
        words = _words(text)
        scores = sorted(((sum(weights[s] for s in words & profile), len(words & profile), key)
                         for key, profile in profiles.items()), reverse=True)
        best, shared, goal = scores[0]
        second = scores[1][0]
        named = {s for name in NAME.findall(text) for s in _words(name) if weights.get(s) == weights_max}
        # a long compound only one goal has ('friluftslivsområde') is as specific as a name
        named |= {s for s in words if len(s) >= LONG and weights.get(s) == weights_max}
        if best >= ENOUGH and (shared >= 2 or named & profiles[goal]) and best >= MARGIN * second:
            rule = f"{m.type.lower()}.goal-by-subject"
            out.append(Link(m.key, PLACING[m.type], goal, m.span, rule, 0.6))
    return out
