"""Measures the text presents in its own words, beyond names after a measure noun:

- a new instrument opening a section under a goal ("Ny nasjonal database gir …"), named in full
  from the section's body where it says "den nye nasjonale databasen over barn som venter …";
- the follow-up of a white paper, strategy or plan ("følge opp fosterhjemsmeldingen"), where a goal section
  reports it (a follow-up named only in passing elsewhere is no measure);
- named campaign concepts, programmes and partnerships ("Neste kapittel-konseptet", "DigiUng-samarbeidet")
  and campaign weeks ("markedsføringen av Fosterhjemsuka").

All cues are the generic language of Norwegian steering documents, not names from one report.
"""

from __future__ import annotations

import re

from kg.mentions.base import Extraction, Mention, span_of
from kg.mentions.goals import GoalContext, addresses_goal
from kg.mentions.language import head_of, lemma
from kg.mentions.targets import measure_key
from kg.passages.base import Passage

# Things an agency builds or launches: heads of compounds ("fosterhjemsdatabase" is a "database").
INSTRUMENT_HEADS = ("database", "register", "løsning", "system", "verktøy", "portal", "nettressurs", "nettside",
                    "app", "tjeneste", "program", "kampanje", "modell", "ordning", "veileder", "pilot", "kurs")
NEW = re.compile(r"^(?:Ny|Nytt|Nye)\s+(?P<words>(?:[a-zæøå-]+(?:\s|$)){1,3})")
FOLLOW_UP = re.compile(
    r"\b(?:[Oo]ppfølging(?:en)?\s+av|følge\s+opp|følger\s+opp|fulgt\s+opp|i\s+kjølvannet\s+av)\s+"
    r"(?P<name>[A-ZÆØÅa-zæøå-]*(?:meldingen|strategien|handlingsplanen|opptrappingsplanen)"
    r"|Meld\.\s?St\.\s?\d+(?:\s?\((?:19|20)\d\d\s?[–-]\s?(?:19|20)\d\d\))?)"
)
CONCEPT = re.compile(
    r"(?<![\w-])(?P<name>[A-ZÆØÅ][a-zæøå]+(?:[A-ZÆØÅ][a-zæøå]+)?(?:\s[a-zæøå]+){0,2})-"
    r"(?:konseptet|kampanjen|kampanjene|programmet|prosjektet|samarbeidet)\b"
)
# A campaign week the agency itself markets or launches ("markedsføringen av Fosterhjemsuka"),
# not someone else's event it merely took part in.
EVENT = re.compile(
    r"\b(?:markedsføring(?:en)?|lansering(?:en)?|kampanje(?:n)?)\s+(?:av|for|under)\s+"
    r"(?P<name>[A-ZÆØÅ][a-zæøå]{3,}(?:uka|uken|dagen|dagene|måneden))\b"
)


class InitiativeReader:
    """Reads the three kinds of presented measures from one document's passages."""

    def __init__(self, ctx: GoalContext, original: str) -> None:
        self.ctx, self.original = ctx, original
        self.out = Extraction()

    def read(self, passages: list[Passage]) -> Extraction:
        sections: dict[tuple[str | None, tuple[str, ...]], list[Passage]] = {}
        for p in passages:
            sections.setdefault((p.section.number, p.section.path), []).append(p)
        for group in sections.values():
            if group[0].kind == "heading":
                self._new_instrument(group[0], [p for p in group[1:] if p.kind in ("paragraph", "list")])
        body = [p for p in passages if p.kind in ("paragraph", "list")]
        self._follow_ups(body)
        for p in body:
            self._campaigns(p)
        return self.out

    def _add(self, p: Passage, label: str, cs: int, ce: int, rule: str, confidence: float) -> None:
        key = measure_key(label)
        m = Mention("Measure", key, label, span_of(p, cs, ce, self.original), rule, confidence)
        self.out.mentions.append(m)
        self.out.links.extend(addresses_goal(self.ctx, p, m))

    def _new_instrument(self, heading: Passage, body: list[Passage]) -> None:
        title = heading.section.title or ""
        m = NEW.match(title)
        if not m or self.ctx.goal_of(heading) is None or heading.section.number in self.ctx.headings:
            return
        words = m.group("words").split()
        at = next((i for i, w in enumerate(words) if head_of(lemma(w), INSTRUMENT_HEADS)), None)
        if at is None:
            return
        noun = head_of(lemma(words[at]), INSTRUMENT_HEADS)
        np = words[: at + 1]
        # The body names it in full: "den nye nasjonale databasen over barn som venter på fosterhjem".
        full = re.compile(
            rf"\b(?:den|det|de)\s+nye\s+(?P<np>(?:[a-zæøå-]+\s+){{0,2}}[a-zæøå-]*{noun}\w*)\s+"
            r"(?P<rest>(?:over|for|om|til|med)\s+[^.,;:()]+?)(?=[.,;:()]|\s(?:har|er|gir|viser|ble|vil|kan|skal)\s|$)"
        )
        for p in body:
            fm = full.search(p.text)
            if fm:
                words = [lemma(w) for w in fm.group("np").split()]
                label = " ".join(words) + " " + fm.group("rest")
                self._add(p, label[0].upper() + label[1:], fm.start("np"), fm.end("rest"), "measure.new-instrument",
                          0.8)
                return
        phrase = " ".join([title.split()[0], *np])
        start = max(heading.text.find(phrase), 0)
        label = "Ny " + " ".join(lemma(w) for w in np)
        self._add(heading, label, start, start + len(phrase), "measure.new-instrument", 0.7)

    def _follow_ups(self, passages: list[Passage]) -> None:
        found: dict[str, list[tuple[Passage, re.Match[str]]]] = {}
        for p in passages:
            for m in FOLLOW_UP.finditer(p.text):
                name = m.group("name")
                found.setdefault("Oppfølging av " + (name if "." in name else name.lower()), []).append((p, m))
        for label, seen in found.items():
            # following up a plan is a measure where it is reported as work towards a goal, not in passing
            if any(self.ctx.goal_of(p) is not None for p, _ in seen):
                for p, m in seen:
                    self._add(p, label, m.start(), m.end(), "measure.follow-up", 0.75)

    def _campaigns(self, p: Passage) -> None:
        for m in CONCEPT.finditer(p.text):
            self._add(p, m.group("name"), m.start("name"), m.end("name"), "measure.named-concept", 0.75)
        for m in EVENT.finditer(p.text):
            self._add(p, m.group("name"), m.start("name"), m.end("name"), "measure.named-event", 0.7)
