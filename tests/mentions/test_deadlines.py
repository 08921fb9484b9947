"""Deadlines read into dates where they name a day, kept as words otherwise."""

from __future__ import annotations

from kg.mentions.deadlines import deadline, inline_deadline


def test_a_printed_day_is_a_date_in_either_format_and_a_missing_year_is_the_letters() -> None:
    assert deadline("1. mars 2019", None).date == "2019-03-01"  # type: ignore[union-attr]
    assert deadline("01.03.2019", None).date == "2019-03-01"  # type: ignore[union-attr]
    assert deadline("innen 15. oktober", 2021).date == "2021-10-15"  # type: ignore[union-attr]
    assert deadline("Første delrapport innen 1. juni 2020, sluttrapport 1. mai 2021", None).date == "2020-06-01"  # type: ignore[union-attr]


def test_words_without_a_day_stay_words() -> None:
    for words in ("Løpende", "I årsrapporten", "Innen utgangen av 2019", "Tertialvis"):
        d = deadline(words, 2019)
        assert d is not None and (d.text, d.date) == (words, None)


def test_only_a_day_after_a_deadline_word_is_a_deadline_in_running_text() -> None:
    assert inline_deadline("Reformen trer i kraft 1. januar 2022.", 2021) is None
    d = inline_deadline("Direktoratet skal levere en plan innen 1. mars 2022.", 2021)
    assert d is not None and (d.date, d.text) == ("2022-03-01", "innen 1. mars 2022")
