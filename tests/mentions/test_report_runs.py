"""Reports listed inside a sentence, separated by semicolons, with a goal in brackets and a part for work in
progress. The text is invented (a library agency)."""

from __future__ import annotations

from kg.entities import Entity
from tests.mentions.pipeline import entities_of

TEXT = """Mål 1: Alle har tilgang til bibliotek.
Bibliotekene er åpne flere timer enn før.

Mål 2: Flere leser bøker.
Lesekampanjen nådde mange.

Kunnskapsgrunnlag
Etaten har brukt følgende rapporter i arbeidet: Lesevaner i befolkningen 2023, Statistisk sentralbyrå,
2023 (mål 2); Åpne bibliotek, Nordlys Analyse, 2022 (mål 1).
Pågående: Evaluering av Lesekampanjen, Kystforskning (mål 2).
"""


def _reports() -> dict[str, Entity]:
    return {e.label: e for e in entities_of("bib.txt", TEXT) if e.type in ("Report", "Evaluation")}


def _goals(e: Entity) -> set[str]:
    return {link.target_label.split(":")[0] for link in e.links if link.predicate == "aboutGoal"}


def test_items_give_title_publisher_year_and_the_goal_in_brackets() -> None:
    found = _reports()
    assert set(found) == {"Lesevaner i befolkningen 2023", "Åpne bibliotek", "Evaluering av Lesekampanjen"}
    one = found["Lesevaner i befolkningen 2023"]
    assert (one.attr("year"), one.attr("publisher"), one.attr("status")) == (2023, ("Statistisk sentralbyrå",),
                                                                            "published")
    assert _goals(one) == {"Mål 2"} and _goals(found["Åpne bibliotek"]) == {"Mål 1"}


def test_the_ongoing_part_gives_status_and_no_year() -> None:
    ev = _reports()["Evaluering av Lesekampanjen"]
    assert (ev.type, ev.attr("status"), ev.attr("year")) == ("Evaluation", "ongoing", None)
    assert _goals(ev) == {"Mål 2"}
