from kg.passages.colophon import field_key, read_colophon

PAGE = """Evaluering av tilskudd til lokale lag

Oppdragsgiver:     Direktoratet for fritid
Utarbeidet av:     Nordvik Analyse AS, Bergen
Tittel:            Evaluering av tilskudd til lokale lag og
                   foreninger i distriktene
Rapport nr.:       2021-07
Dato:              3. mai 2021
"""


def _lines(text: str) -> list[tuple[str, int]]:
    out, pos = [], 0
    for raw in text.split("\n"):
        out.append((raw.strip(), pos + len(raw) - len(raw.lstrip())))
        pos += len(raw) + 1
    return out


def test_each_label_gives_its_field_with_the_offset_of_its_value() -> None:
    fields = read_colophon(_lines(PAGE))
    assert set(fields) == {"commissioner", "performer", "title", "series", "date"}
    c = fields["commissioner"]
    assert PAGE[c.start:c.start + len(c.value)] == "Direktoratet for fritid"
    assert fields["series"].value == "2021-07"


def test_a_value_wrapped_onto_its_own_line_is_joined_and_keeps_the_break() -> None:
    title = read_colophon(_lines(PAGE))["title"]
    assert title.value == "Evaluering av tilskudd til lokale lag og\nforeninger i distriktene"
    assert title.first_line == "Evaluering av tilskudd til lokale lag og"


def test_label_words_of_every_house_style_map_to_one_field() -> None:
    assert [field_key(x) for x in ("Oppdragsgivere", "Utført av", "Utgiver", "Rapportserie", "Serie")] == [
        "commissioner", "performer", "publisher", "series", "series"]
