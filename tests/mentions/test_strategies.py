"""Which '-strategi' compounds are reforms or plans: named, definite or the government's, not 'en … strategi'."""

from __future__ import annotations

from kg.entities import Entity
from tests.mentions.pipeline import entities_of

TEXT = """ 1. Mål og resultater 
1.1 Mål 1: Trygg ferdsel på sjøen for alle brukere av farledene 

Etaten har i 2024 utarbeidet en virksomhetsstrategi. Den er kort og konkret. 

I regjeringens samarbeidsstrategi for eldre i distriktene – «Gode år i bygda (2021–2024)» – 
presiseres samarbeid på tvers av sektorer. Etaten følger også opp regjeringens 
«Klimastrategi for fiskeflåten». 

Kompetansestrategien «Trygg på sjøen 2020–2025» ble avsluttet i 2024. Sluttrapporten for 
kompetansestrategien kom i desember. 
"""


def _reforms() -> dict[str, Entity]:
    return {e.label: e for e in entities_of("sjo3.txt", TEXT) if e.type == "Reform"}


def test_an_agencys_own_unnamed_strategy_is_no_reform() -> None:
    assert not any("irksomhetsstrategi" in label for label in _reforms())


def test_a_strategy_named_in_quotes_after_a_dash_or_around_it_takes_that_name() -> None:
    reforms = _reforms()
    assert "Gode år i bygda" in reforms
    assert "Klimastrategi for fiskeflåten" in reforms
    assert not any(label.lower().startswith("samarbeidsstrategi") for label in reforms)


def test_a_named_strategy_and_its_later_mentions_are_one_entity() -> None:
    strategies = [e for e in _reforms().values()
                  if "Trygg på sjøen 2020–2025" in (e.label, *e.alt_labels) or e.label.lower().startswith("kompetanse")]
    assert len(strategies) == 1
    assert len(strategies[0].sources) == 2
