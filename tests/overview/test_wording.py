"""Word-level differences: what a reader sees changed between two wordings."""

from __future__ import annotations

from kg.overview.wording import same_wording, word_diff


def test_capitals_punctuation_and_line_wraps_are_not_a_new_wording() -> None:
    assert same_wording("barn og unge har trygge oppvekstvilkår", "Barn og unge har trygge\noppvekstvilkår.")
    assert same_wording("kvalifise-\nring som fører til arbeid", "kvalifisering som fører til arbeid")
    assert not same_wording("i tråd med kommunenes vedtak", "i samsvar med kommunenes vedtak")


def test_the_diff_keeps_order_and_rebuilds_both_wordings() -> None:
    a = "Innvandrere og deres barn deltar i lokalsamfunn og frivillighet"
    b = "Innvandrere og deres barn deltar i frivillighet og lokalsamfunn"
    pieces = word_diff(a, b)
    assert " ".join(p.text for p in pieces if p.op != "added") == a
    assert " ".join(p.text for p in pieces if p.op != "removed") == b
    assert {p.op for p in pieces} == {"same", "added", "removed"}
