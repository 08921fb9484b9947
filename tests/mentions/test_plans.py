"""Plans and strategies by their titles: after a dash, a bare 'Strategi' in quotes, whole titles as keys;
research agendas and unnamed strategies in passing are no reforms; follow-ups only under a goal."""

from __future__ import annotations

from kg.entities import Entity
from tests.mentions.pipeline import entities_of

TEXT = """ 1. Leders beretning 
Etaten har fulgt opp kystplanen. Det er store forventninger til regjeringens 
digitaliseringsstrategi. Etatens langtidsplan for forskning og utvikling 2023–2026 legger føringer for 
prioriteringene. 

2. Mål og resultater 
2.1 Mål 1: Trygg ferdsel på sjøen for alle brukere av farledene 

2.1.1 Planer 
Tidligere handlingsplan mot ulykker i småbåthavner – «Trygg havn hele året» (2020–2023) – er fulgt 
opp. I regjeringens «Strategi for sikkerhet i fiskeflåten» og regjeringens «Klimastrategi for 
fiskeflåten» inngår flere tiltak. I samarbeidsstrategien for kysten – «Levende kyst (2021–2024)» – 
presiseres samarbeid. Etaten har arbeidet med oppfølgingen av havnemeldingen. Fiskeri- og 
havnereformen trer i kraft i 2026. 
"""


def _entities() -> list[Entity]:
    return entities_of("plan.txt", TEXT)


def _reforms() -> dict[str, Entity]:
    return {e.label: e for e in _entities() if e.type == "Reform"}


def test_a_plan_named_in_quotes_after_a_dash_takes_that_name_and_a_full_slug() -> None:
    reforms = _reforms()
    assert "Trygg havn hele året" in reforms
    assert reforms["Levende kyst"].iri.endswith("/reform/levende-kyst")


def test_a_quoted_title_opening_with_a_bare_strategi_is_a_reform() -> None:
    assert "Strategi for sikkerhet i fiskeflåten" in _reforms()


def test_a_strategy_title_keeps_all_its_words_in_its_iri() -> None:
    assert _reforms()["Klimastrategi for fiskeflåten"].iri.endswith("/reform/klimastrategi-for-fiskeflaten")


def test_a_research_agenda_and_an_unnamed_strategy_in_passing_are_no_reforms() -> None:
    labels = " ".join(_reforms()).lower()
    assert "langtidsplan" not in labels and "digitaliseringsstrategi" not in labels


def test_a_coordinated_compound_names_the_whole_reform() -> None:
    assert "Fiskeri- og havnereformen" in _reforms()


def test_following_up_a_plan_is_a_measure_only_where_a_goal_section_reports_it() -> None:
    measures = {e.label: e for e in _entities() if e.type == "Measure"}
    assert "Oppfølging av havnemeldingen" in measures
    assert "Oppfølging av kystplanen" not in measures
