from kg.mentions.amounts import leading_number, number, unit_factor


def test_printed_numbers_are_read_in_the_norwegian_format() -> None:
    assert (leading_number("84,1 prosent"), leading_number("35 144"), leading_number("–")) == (84.1, 35144.0, None)


def test_a_cell_is_a_number_only_when_all_of_it_is_one() -> None:
    assert (number("4 624"), number("12,5"), number("\u00a01\u00a0234 "), number("12,5 mill."), number("2023a")) == (
        4624.0, 12.5, 1234.0, None, None)


def test_units_scale_amounts_to_kroner() -> None:
    assert [unit_factor(t) for t in ("Beløp (mill. kroner)", "(i 1000 kr)", "tusen kroner", "mrd. kroner")] == [
        1_000_000, 1000, 1000, 1_000_000_000]
    assert unit_factor("Antall søknader", default=1000) == 1000
