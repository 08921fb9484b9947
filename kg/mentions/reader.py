"""What every reader of running prose shares: the goal context, the original text, the extraction it
fills, and how a match in a passage's cleaned text becomes a cited mention."""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Span as SpacySpan

from kg.mentions.base import Extraction, Key, Mention, span_of
from kg.mentions.goals import GoalContext, addresses_goal
from kg.mentions.targets import Target
from kg.passages.base import Passage

FUNCTION_WORDS = {"både", "og", "i", "men", "der", "som", "for", "med", "av", "på", "når", "hvor", "det", "den",
                  "de", "dette", "også", "at", "om", "til", "fra", "nå", "vi", "les", "se", "under", "etter", "ved"}


def org_name_of(span: SpacySpan) -> str | None:
    """An organisation span's name without leading function words ('og NTNU …'), or ``None`` if too short."""
    tokens = list(span)
    while tokens and tokens[0].lower_ in FUNCTION_WORDS:
        tokens = tokens[1:]
    if not tokens:
        return None
    name = span.doc[tokens[0].i : span.end].text
    return name if len(name) > 2 else None


def by_section(passages: list[Passage]) -> dict[str | None, list[Passage]]:
    """A document's passages grouped by section number (``None``: outside numbered sections), in reading order."""
    groups: dict[str | None, list[Passage]] = {}
    for p in passages:
        groups.setdefault(p.section.number, []).append(p)
    return groups


class ReaderBase:
    """State one document's prose readers share while they read its passages in order."""

    def __init__(self, ctx: GoalContext, original: str) -> None:
        self.ctx, self.original = ctx, original
        self.out = Extraction()
        self.last_reform: Target | None = None
        # Measures named in full in a section, so a later sentence-case mention ('programmet Praktisk
        # ledelse for …', where the name's end cannot be seen) resolves to the full name.
        self.section_names: dict[tuple[str, tuple[str, ...]], list[str]] = defaultdict(list)

    def _mention(self, p: Passage, type_: str, key: Key, label: str, cs: int, ce: int, rule: str, conf: float,
                 attrs: tuple[tuple[str, object], ...] = ()) -> Mention:
        m = Mention(type_, key, label, span_of(p, cs, ce, self.original), rule, conf, attrs)
        self.out.mentions.append(m)
        return m

    def _addresses(self, p: Passage, m: Mention) -> None:
        self.out.links.extend(addresses_goal(self.ctx, p, m))
