"""Goal lines with the level's word after a number in a column of its own, after a section's number and before
the goal's letter, or before a dotted letter code. The texts are invented (a sports directorate)."""

from __future__ import annotations

from kg.mentions.goal_statements import find_statements
from tests.mentions.pipeline import entities_of

OUTLINE = """Del B    Mål, styringsparametere og oppdrag

1        HOVEDMÅL: Alle voksne kan drive med idrett der de bor

1.1      Delmål: Flere voksne med lav inntekt deltar jevnlig i organisert
         trening

1.1.1    Andel kommuner med aktivitetskort for voksne
         Ambisjonsnivå 2025: minst 60 prosent
"""

REPORT = """III.1  HOVUDMÅL A: Alle vaksne kan drive med idrett der dei bur

Delmål A.1  Fleire vaksne med låg inntekt deltek jamleg i organisert trening

Vi nådde ambisjonen.
"""


def test_a_letters_outline_numbers_its_goals_before_the_levels_word_and_a_sub_goal_serves_its_main_goal() -> None:
    goals = {str(e.attr("notation")): e for e in entities_of("l.txt", OUTLINE) if e.type == "Goal"}
    assert {k: (e.attr("level"), e.attr("title")) for k, e in goals.items()} == {
        "1": ("hovedmål", "Alle voksne kan drive med idrett der de bor"),
        "1.1": ("delmål", "Flere voksne med lav inntekt deltar jevnlig i organisert trening")}
    assert [link.target_label.split(":")[0] for link in goals["1.1"].links
            if link.predicate == "broader" and link.direction == "out"] == ["Hovedmål 1"]


def test_a_sections_number_before_a_lettered_goal_and_a_sub_goal_coded_by_its_main_goals_letter() -> None:
    found = {(s.level, s.number, s.title) for s in find_statements(REPORT)}
    assert found == {("hovudmål", "A", "Alle vaksne kan drive med idrett der dei bur"),
                     ("delmål", "A.1", "Fleire vaksne med låg inntekt deltek jamleg i organisert trening")}


def test_a_sections_number_one_space_from_its_goals_level_is_no_goals_number() -> None:
    text = "3.1 Virksomhetsmål: Utleieboliger har forsvarlig bokvalitet og brannsikkerhet\nTekst.\n"
    assert all(s.number != "3.1" for s in find_statements(text))
