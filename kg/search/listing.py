"""Questions that ask for everything of one type: answered with the complete table and its count.

"Hvor mange oppdrag …", "list alle evalueringer …", "all the goals …", "how many grant schemes …", and a bare
"hvilke evalueringer (finnes) i 2019?" — a type word with nothing but filler and filters around it — want a
complete, counted overview, not the top passages. Any other question is ranked search.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.search.questions import TYPE_WORDS, asked_type

COUNT = re.compile(r"\b(?:hvor mange|how many|antall(?:et)?|number of|tell opp|count)\b", re.IGNORECASE)
EVERY = re.compile(r"\b(?:alle|samtlige|all|every|each|hver|hvert|complete|fullstendig\w*)\b", re.IGNORECASE)
LIST = re.compile(r"^\s*(?:list\w*|gi (?:meg )?(?:en )?(?:liste|oversikt)|lag (?:en )?(?:liste|tabell|oversikt)"
                  r"|show|vis|oversikt over|overview of|table of|tabell over)\b", re.IGNORECASE)
WHICH = re.compile(r"^\s*(?:hvilke|which|what)\b", re.IGNORECASE)
# Words that ask nothing of their own around a type word: "hvilke evalueringer ble gjort i 2019?"
FILLER = frozenset(re.findall(r"\S+", """
hvilke which what ble er var har hadde finnes fins gjort gjennomført publisert utført laget gitt fått
there are were is was have has had exist existed done carried out published made given received
det de den i in for fra from til to av of by og and the a an et en ei om about på on med with
etter after before før mellom between siden since år year years året
"""))
YEARISH = re.compile(r"^(?:19|20)\d\d$")


@dataclass(frozen=True)
class ListingRequest:
    """A question read as a request for a whole table: its type, whether it asks for a count, and why."""

    type: str
    count: bool
    reason: str


def listing_request(question: str, names: frozenset[str] = frozenset()) -> ListingRequest | None:
    """The table a question asks for, or ``None`` for a question that wants ranked search.

    ``names`` are words that filters may use (organisation names and abbreviations, kind words, in lower
    case); they count as filler in a bare "which X" question."""
    type_ = asked_type(question)
    if type_ is None:
        return None
    word = TYPE_WORDS[type_].search(question)
    before = question[: word.start()] if word else ""
    if _just_before(COUNT, before, 1):
        return ListingRequest(type_, True, "count")
    if _just_before(EVERY, before, 2):
        return ListingRequest(type_, False, "every")
    if LIST.search(question):
        return ListingRequest(type_, False, "list")
    if WHICH.search(question) and _only_filler(question, type_, names):
        return ListingRequest(type_, False, "which")
    return None


def _just_before(pattern: re.Pattern[str], before: str, gap: int) -> bool:
    """Whether ``pattern`` ends at most ``gap`` words before the type word ('hvor mange nye oppdrag', not
    'hvor mange søknader om tilskudd')."""
    hits = list(pattern.finditer(before))
    return bool(hits) and len(before[hits[-1].end():].split()) <= gap


def _only_filler(question: str, type_: str, names: frozenset[str]) -> bool:
    """Whether nothing but the type word, filler, years and filter names is left in the question."""
    rest = TYPE_WORDS[type_].sub(" ", question)
    words = re.findall(r"[\wæøåÆØÅ-]+", rest.lower())
    return all(w in FILLER or w in names or YEARISH.match(w) for w in words)
