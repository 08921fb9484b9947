"""Next year's report: the same goals line up with this year's, whatever their numbers."""

from __future__ import annotations

from pathlib import Path

from kg.documents.base import Document
from kg.entities import resolve
from kg.mentions import extract
from kg.mentions.base import Extraction
from kg.passages import segment

THIS_YEAR = (Path(__file__).resolve().parents[1] / "data" / "extraction_other_agency.txt").read_text(encoding="utf-8")
NEXT_YEAR = (
    THIS_YEAR.replace("Virksomhetsmål 1: Trygge og tilgjengelige havner", "Virksomhetsmål 3: Trygge og tilgjengelige havner")
    .replace("Virksomhetsmål 2: Effektiv og brukerrettet forvaltning", "Virksomhetsmål 2: Grønn omstilling i sjøtransporten")
    .replace("2024", "2025")
)


def _extract(name: str, text: str) -> Extraction:
    doc = Document(id=name, name=f"{name}.txt", path=f"{name}.txt", media_type="text/plain", text=text)
    seg = segment(doc)
    return extract(seg.document, list(seg.passages))


def test_a_goal_that_comes_back_is_one_entity_with_both_years_as_sources() -> None:
    found = _extract("rapport-2024", THIS_YEAR)
    found.extend(_extract("rapport-2025", NEXT_YEAR))
    goals = [e for e in resolve(found.mentions, found.links)[0] if e.type == "Goal"]
    harbours = [g for g in goals if "Trygge og tilgjengelige havner" in g.label]
    assert len(harbours) == 1
    assert {s.doc for s in harbours[0].sources} == {"rapport-2024.txt", "rapport-2025.txt"}
    # steering parameters of both years hang on the one goal
    parameters = [link for link in harbours[0].links if link.predicate == "measuredBy"]
    assert {p.target for p in parameters} and len(parameters) >= 2
    # a goal that is new next year, and one that was dropped, stay apart
    assert any("Grønn omstilling" in g.label for g in goals)
    assert any("Effektiv og brukerrettet forvaltning" in g.label for g in goals)
    assert len(goals) == 3
