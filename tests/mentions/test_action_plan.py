"""An action plan: its one main goal stated in a sentence ('Hovedmålet for planen er at …'), numbered sub-goals
under it, one per area, and numbered measures with a description after a dash ('Tiltak 1.2  Besøksvenn 2.0 –
nasjonal modell …', 'Tiltak 2.2  Kampanjen «Ring en venn» – …'). The plan is invented (a directorate for
coastal communities) and set as extracted PDF text."""

from __future__ import annotations

from tests.mentions.pipeline import entities_of

PLAN = """1  Hovedmål og innsatsområder
Regjeringens overordnede mål er levende kystsamfunn. Dette sektormålet ligger til grunn,
men handlingsplanen har sitt eget mål:

Hovedmålet for planen er at flere unge bosetter seg i kystkommunene og at færre
flytter ut.

2  Innsatsområde 1: Arbeid og bolig

Delmål 1: Flere unge finner arbeid og bolig i kystkommunene.

Tiltak 1.1  Boligveilederen – nasjonal veileder for utleieboliger i små
            kommuner
            Ansvar: DKS                               Periode: 2024–2025
Tiltak 1.2  Transportordningen Kystpendel – rutebåt for arbeidspendlere
            Ansvar: Fylkeskommunen                    Periode: 2025–2027

3  Innsatsområde 2: Fellesskap

Delmål 2: Flere unge deltar i fritidsaktiviteter der de bor.

Tiltak 2.1  Ungdomshus 2.0 – nasjonal modell for ungdomshus i distriktene
            Ansvar: DKS                               Periode: 2024–2027
Tiltak 2.2  Kampanjen «Bli på kysten» – årlig kampanje i oktober
            Ansvar: DKS                               Periode: 2024–2027
"""


def test_a_plans_main_goal_heads_its_numbered_sub_goals() -> None:
    found = entities_of("plan.txt", PLAN)
    goals = {e.iri: e for e in found if e.type == "Goal"}
    main = next(e for e in goals.values() if e.attr("level") == "hovedmål")
    assert main.attr("title") == "flere unge bosetter seg i kystkommunene og at færre flytter ut"
    subs = [e for e in goals.values() if e.attr("level") == "delmål"]
    assert len(subs) == 2
    assert all(any(link.predicate == "broader" and link.target == main.iri for link in e.links) for e in subs)


def test_numbered_measures_are_named_without_their_description_or_generic_noun_under_their_area_goal() -> None:
    found = entities_of("plan.txt", PLAN)
    measures = {e.label: {link.target_label.split(":")[0] for link in e.links if link.predicate == "addresses"}
                for e in found if e.type == "Measure"}
    assert measures == {"Boligveilederen": {"Delmål 1"}, "Kystpendel": {"Delmål 1"},
                        "Ungdomshus 2.0": {"Delmål 2"}, "Bli på kysten": {"Delmål 2"}}
