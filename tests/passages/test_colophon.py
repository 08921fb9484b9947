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


def test_a_torn_colophon_gives_each_label_the_value_on_the_line_below() -> None:
    page = "Tittel:\nEvaluering av tilskudd til lokale lag\nOppdragsgiver:\nDirektoratet for fritid (DFF)\n" \
           "Utført av:\nNordvik Analyse AS\nDato:\n24. november 2023\nISBN:\n"
    fields = read_colophon(_lines(page))
    assert {k: f.value for k, f in fields.items()} == {
        "title": "Evaluering av tilskudd til lokale lag", "commissioner": "Direktoratet for fritid (DFF)",
        "performer": "Nordvik Analyse AS", "date": "24. november 2023"}
    c = fields["commissioner"]
    assert page[c.start:c.start + len(c.value)] == c.value


def test_nynorsk_labels_give_the_same_fields() -> None:
    page = "Tittel:              Evaluering av tilskotsordninga\nSerie og nummer:     Vestvik-rapport 2024:07\n" \
           "Oppdragsgjevar:      Direktoratet for turliv\nUtført av:           Vestvik Analyse AS\n" \
           "Prosjektleiar:       Signe Rød\n"
    fields = {k: f.value for k, f in read_colophon(_lines(page)).items()}
    assert fields == {"title": "Evaluering av tilskotsordninga", "series": "Vestvik-rapport 2024:07",
                      "commissioner": "Direktoratet for turliv", "performer": "Vestvik Analyse AS", "lead": "Signe Rød"}


ABOUT = """Norsk senter for fjellforskning
Om rapporten

Tittel
Evaluering av Fjellgründer-programmet. Sluttrapport
Forfattere
Kari Lund, Ola Berg
Rapportserie og nummer
NSF-rapport 2025:4
Dato
Juni 2025
Oppdragsgiver
Fjelldirektoratet (FJD)
Oppdragsgivers referanse
23/1187
Utført av
NSF i samarbeid med Vidde Analyse AS
Tilgjengelighet
Åpen
"""


def test_labels_without_colons_each_over_its_value_give_their_fields() -> None:
    fields = read_colophon(_lines(ABOUT))
    assert {k: f.value for k, f in fields.items()} == {
        "title": "Evaluering av Fjellgründer-programmet. Sluttrapport", "authors": "Kari Lund, Ola Berg",
        "series": "NSF-rapport 2025:4", "date": "Juni 2025", "commissioner": "Fjelldirektoratet (FJD)",
        "performer": "NSF i samarbeid med Vidde Analyse AS"}
    assert ABOUT[fields["series"].start:].startswith("NSF-rapport 2025:4")


def test_a_label_word_alone_in_running_text_gives_no_field() -> None:
    assert read_colophon(_lines("Tittel\nEn tekst om fjellet.\n\nMer tekst.\n")) == {}


def test_a_label_with_a_full_stop_is_a_field_of_its_own_not_the_value_above_run_on() -> None:
    page = """Oppdragsgiver:        Direktoratet for fritid (Dfri)
Oppdragsgivers ref.:  24/1187
Utført av:            Nordvik Analyse AS
Undertittel:          Sluttevaluering av Fritidsløftet 2021–2024
"""
    fields = read_colophon(_lines(page))
    assert fields["commissioner"].value == "Direktoratet for fritid (Dfri)"
    assert fields["subtitle"].value == "Sluttevaluering av Fritidsløftet 2021–2024"


def test_a_label_without_a_colon_set_apart_from_its_value_is_no_wrapped_value_of_the_field_above() -> None:
    page = ("Oppdragsgiver       Direktoratet for fyrvern (DFV)\nKontaktperson       Siri Hauge Lien\n"
            "Utført av           Vestlandsinstituttet (VI)\n")
    found = read_colophon(_lines(page))
    assert found["commissioner"].value == "Direktoratet for fyrvern (DFV)"
    assert found["performer"].value == "Vestlandsinstituttet (VI)"
