"""Grant tables in other layouts: columns in any order, headers over lines or one cell per line, units in the
caption or the column, one row per scheme, per year or one column per year, Sum rows. The text is invented
(a heritage agency); no name in it comes from the corpus."""

from __future__ import annotations

from kg.mentions.grant_columns import caption_scheme
from kg.mentions.grant_tables import tables_of
from tests.mentions.pipeline import entities_of

SCHEME_ROWS = """Etaten forvalter flere ordninger. Tabell 4 viser de største.

Tabell 4 Søknadsbaserte tilskuddsordninger 2023

Tilskuddsordning                                   Innvilgede      Mottatte     Innvilget beløp
                                                   søknader        søknader     (mill. kroner)
Tilskudd til istandsetting av fartøy                  41             77            12,5
Tilskudd til kulturminner i
kystkommunene                                         18             30             4,2
Sum                                                   59            107            16,7
Figur 2 Fordeling på fylke
"""

YEAR_ROWS = """Tabell 3.1 Tilskudd til freda bygninger i privat eie
(beløp i 1000 kr)

              Innvilget beløp     Antall søknader     Innvilgede søknader
2022              212 450              1 104                  786
2023              227 900              1 187                  812
Antall innvilgede søknader økte med 26 fra 2022. Det gir et godt grunnlag for arbeidet videre.
"""

ONE_CELL_PER_LINE = """Tabell 3.2 Tilskudd til verdiskaping på kulturarv 2022–2023 (i 1000 kr)

År
Innvilget beløp
Antall søknader
Innvilgede søknader
2022
5 870
231
118
2023
8 214
246
131
Figur 3.1: Antall prosjekter
"""

YEAR_COLUMNS = """Tabell 1.1: Søknader og tilsagn, Tilskudd til kystkultur, 2021–2023

                              2021        2022        2023
Antall søknader                 74          81          93
Innvilgede søknader             38          44          51
Innvilget (mill. kroner)     17,95       19,62       21,48

Kilde: Etaten
"""

NAMES_ABOVE_YEARS = """Tabell 8 Tilskuddsordninger under virksomhetsmål 3

Ordning / år                                Innvilgede søknader   Mottatte søknader   Innvilget (mill. kroner)
Tilskudd til frivillig arbeid med
kulturminner
    2022                                           187                   412                  44,6
    2023                                           226                   538                  58,9
Tilskudd til kulturminner i skolen
    2022                                           141                   203                  31,7
    2023                                           172                   259                  39,2
"""


def _figures(text: str) -> list[tuple[str, int | None, dict[str, int]]]:
    return [(f.name, f.year, f.values) for t in tables_of(text) for f in t.figures]


def test_one_row_per_scheme_header_over_two_lines_in_million_kroner_without_the_sum_row() -> None:
    assert _figures(SCHEME_ROWS) == [
        ("Tilskudd til istandsetting av fartøy", 2023, {"granted": 41, "received": 77, "amount": 12_500_000}),
        ("Tilskudd til kulturminner i kystkommunene", 2023, {"granted": 18, "received": 30, "amount": 4_200_000}),
    ]


def test_one_row_per_year_for_the_scheme_the_caption_names_with_the_unit_under_the_caption() -> None:
    assert _figures(YEAR_ROWS) == [
        ("Tilskudd til freda bygninger i privat eie", 2022, {"amount": 212_450_000, "received": 1104, "granted": 786}),
        ("Tilskudd til freda bygninger i privat eie", 2023, {"amount": 227_900_000, "received": 1187, "granted": 812}),
    ]


def test_header_and_values_one_cell_per_line() -> None:
    assert _figures(ONE_CELL_PER_LINE) == [
        ("Tilskudd til verdiskaping på kulturarv", 2022, {"amount": 5_870_000, "received": 231, "granted": 118}),
        ("Tilskudd til verdiskaping på kulturarv", 2023, {"amount": 8_214_000, "received": 246, "granted": 131}),
    ]


def test_one_column_per_year_with_the_scheme_inside_the_caption() -> None:
    figures = _figures(YEAR_COLUMNS)
    assert [(name, year) for name, year, _ in figures] == [("Tilskudd til kystkultur", y) for y in (2021, 2022, 2023)]
    assert figures[2][2] == {"received": 93, "granted": 51, "amount": 21_480_000}


def test_scheme_names_wrapped_above_their_year_rows() -> None:
    assert [(n, y, v["amount"]) for n, y, v in _figures(NAMES_ABOVE_YEARS)] == [
        ("Tilskudd til frivillig arbeid med kulturminner", 2022, 44_600_000),
        ("Tilskudd til frivillig arbeid med kulturminner", 2023, 58_900_000),
        ("Tilskudd til kulturminner i skolen", 2022, 31_700_000),
        ("Tilskudd til kulturminner i skolen", 2023, 39_200_000),
    ]


def test_a_caption_names_one_scheme_only_when_it_is_not_about_schemes_in_the_plural() -> None:
    assert caption_scheme("Tilskuddsordninger forvaltet av etaten i 2023 (beløp i 1000 kr)") is None
    assert caption_scheme("Søknader og tilsagn, Tilskudd til kystkultur, 2021–2023") == ("Tilskudd til kystkultur", 21)


def test_the_scheme_entity_keeps_one_figure_per_year_with_its_row_as_evidence() -> None:
    text = "1 Resultater\n\n1.1 Mål 1: Kulturarven tas vare på for framtiden\n\n" + YEAR_ROWS
    scheme = next(e for e in entities_of("kultur.txt", text) if e.type == "GrantScheme")
    assert scheme.label == "Tilskudd til freda bygninger i privat eie"
    figures = sorted(scheme.attr("figures"), key=lambda f: f["year"])
    assert [(f["year"], f["received_applications"], f["granted_applications"], f["granted_nok"]) for f in figures] == [
        (2022, 1104, 786, 212_450_000), (2023, 1187, 812, 227_900_000)]
    assert any(link.predicate == "supportsGoal" for link in scheme.links)


YEAR_GROUPS = """Tabell 4 Tilskuddsordninger 2023 og 2024

                                           Innvilget beløp      Innvilgede         Mottatte
                                           (mill. kroner)       søknader           søknader
Ordning                                    2024      2023       2024    2023       2024    2023
Tilskudd til istandsetting av fartøy
og kystkulturanlegg                        12,5      11,0         41      38         77      70
Tilskudd til losing                         4,2       3,9         18      17         30      28
Sum                                        16,7      14,9         59      55        107      98
"""


def test_measures_over_groups_of_year_columns_give_one_figure_per_scheme_and_year() -> None:
    assert _figures(YEAR_GROUPS) == [
        ("Tilskudd til istandsetting av fartøy og kystkulturanlegg", 2024,
         {"amount": 12_500_000, "granted": 41, "received": 77}),
        ("Tilskudd til istandsetting av fartøy og kystkulturanlegg", 2023,
         {"amount": 11_000_000, "granted": 38, "received": 70}),
        ("Tilskudd til losing", 2024, {"amount": 4_200_000, "granted": 18, "received": 30}),
        ("Tilskudd til losing", 2023, {"amount": 3_900_000, "granted": 17, "received": 28}),
    ]


def test_a_scheme_name_wrapped_at_a_hyphen_is_one_word_and_a_generic_caption_names_no_scheme() -> None:
    table = """Tabell 3 Tilskuddsordninger 2025
                                       Antall        Antall
Ordning                                søknader      innvilget
Tilskudd til digitalisering av arkiv-     131           88
materiale i kommunene
Tilskudd til barne-                        40           31
og ungdomsarkiv

Tabell 4 Tilskudd, søknader og innvilgede søknader 2023–2024
År      Søknader     Innvilgede søknader
2023         179                     151
2024         197                     174
"""
    names = [name for name, _, _ in _figures(table)]
    assert names == ["Tilskudd til digitalisering av arkivmateriale i kommunene",
                     "Tilskudd til barne- og ungdomsarkiv"]


POST_COLUMN = """Tabell 8: Tilskuddsordninger forvaltet av direktoratet i 2021
Tilskuddsordning                          Kap./post    Søknader    Innvilgede    Innvilget beløp
                                                                   søknader      (mill. kr)
Tilskudd til turlag og anti-              871.70       312         86            22,8
diskrimineringsarbeid
Tilskudd til turlagssentre                871.70       3           3             14,2
Sum                                                    315         89            37,0
"""


def test_a_table_with_a_post_column_and_columns_set_apart_under_a_plain_caption() -> None:
    figures = [(f.name, f.year, f.values) for t in tables_of(POST_COLUMN) for f in t.figures]
    assert figures == [
        ("Tilskudd til turlag og antidiskrimineringsarbeid", 2021,
         {"received": 312, "granted": 86, "amount": 22_800_000}),
        ("Tilskudd til turlagssentre", 2021, {"received": 3, "granted": 3, "amount": 14_200_000})]


def test_year_rows_under_scheme_names_closed_by_their_post() -> None:
    text = """Tabell 4 Søknader og tilsagn per tilskuddsordning 2022–2024 (beløp i 1000 kr)
Ordning / år                             Søknader      Innvilget      Innvilget beløp
Museumsløftet (kap. 328 post 71)
   2022                                       212             96               18 450
   2023                                       240            101               19 200
Vandremidlene (kap. 328 post 72)
   2022                                        60             31                4 900
   2023                                        71             35                5 650
Sum begge ordninger 2023                      311            136               24 850
"""
    figures = {(f.name, f.year): f.values for t in tables_of(text) for f in t.figures}
    assert set(figures) == {("Museumsløftet", 2022), ("Museumsløftet", 2023), ("Vandremidlene", 2022),
                            ("Vandremidlene", 2023)}
    assert figures[("Vandremidlene", 2023)] == {"received": 71, "granted": 35, "amount": 5650000}


def test_a_torn_table_with_a_goal_column_and_one_column_per_measure_and_year() -> None:
    text = ("Tabell 3.5 Tilskuddsordninger 2022–2023 (beløp i 1000 kr)\nOrdning\nMål\nSøknader 2022\nSøknader 2023\n"
            "Tilsagn 2022\nTilsagn 2023\nInnvilget 2022\nInnvilget 2023\nTilskudd til kaier i små\nhavner\nVM 1\n"
            "146\n171\n58\n64\n84 200\n92 750\nTilskudd til fyrvern\nVM 3\n118\n139\n77\n88\n121 400\n138 900\n"
            "Sum\n264\n310\n135\n152\n205 600\n231 650\n\nTeksten går videre.\n")
    figures = {(f.name, f.year): (f.values, f.goal) for t in tables_of(text) for f in t.figures}
    assert figures == {
        ("Tilskudd til kaier i små havner", 2022): ({"received": 146, "granted": 58, "amount": 84_200_000}, "1"),
        ("Tilskudd til kaier i små havner", 2023): ({"received": 171, "granted": 64, "amount": 92_750_000}, "1"),
        ("Tilskudd til fyrvern", 2022): ({"received": 118, "granted": 77, "amount": 121_400_000}, "3"),
        ("Tilskudd til fyrvern", 2023): ({"received": 139, "granted": 88, "amount": 138_900_000}, "3")}


def test_a_header_on_the_captions_line_and_an_amount_column_for_each_year() -> None:
    text = ("3.5  Tilskotsforvaltning\n\n"
            "Tabell 5 Tilskotsordningar                 Beløp 2023   Søknader   Innvilga   Beløp 2024\n"
            "                                           (1 000 kr)   2024       2024       (1 000 kr)\n"
            "Tilskot til fyrbåtar for unge vaksne i         38 150        611        264       43 560\n"
            "kystkommunar\n"
            "Tilskot til kystkulturtiltak                   25 400        402        131       27 115\n"
            "Sum                                            63 550      1 013        395       70 675\n\n"
            "Søknadstalet auka med 19 prosent.\n")
    figures = {(f.name, f.year): f.values for t in tables_of(text) for f in t.figures}
    assert figures == {
        ("Tilskot til fyrbåtar for unge vaksne i kystkommunar", 2023): {"amount": 38_150_000},
        ("Tilskot til fyrbåtar for unge vaksne i kystkommunar", 2024): {"received": 611, "granted": 264,
                                                                        "amount": 43_560_000},
        ("Tilskot til kystkulturtiltak", 2023): {"amount": 25_400_000},
        ("Tilskot til kystkulturtiltak", 2024): {"received": 402, "granted": 131, "amount": 27_115_000}}


def test_a_row_names_chapter_and_post_in_brackets_after_the_scheme() -> None:
    text = ("Tabell 2 Tilskuddsordninger forvaltet av etaten i 2023\n"
            "Ordning (kap./post)                           Tilsagn      Tilsagnsbeløp     Søknader\n"
            "                                              (antall)     (mill. kr)\n"
            "Tilskudd til kommunal fyrrådgivning              118            64,3            141\n"
            "(657.60)\n"
            "Tilskudd til frivillige organisasjoners           46            18,75            93\n"
            "fyrveiledning (657.70)\n\nTeksten går videre.\n")
    found = {e.label for e in entities_of("r.txt", text) if e.type == "GrantScheme"}
    assert found == {"Tilskudd til kommunal fyrrådgivning", "Tilskudd til frivillige organisasjoners fyrveiledning"}


GOAL_AND_YEAR_GROUPS = """Tabell 5 Tilskuddsordninger 2023 og 2024
                                       Mottatte søknader  Innvilgede søknader  Tildelt (mill. kr)
Ordning                           Mål    2023     2024      2023     2024      2023     2024
Tilskudd til fyrvern              B        64       70        41       44      18,6     19,9
Sum                                        64       70        41       44      18,6     19,9
"""

YEAR_UNDER_ITS_HEADER = """Tabell 6 Tilskotsordningar 2023–2024
Ordning                                   År   Tal søknader    Løyvd (kr)   Tal innvilga
Tilskot til istandsetjing av            2023            118    38 450 000             41
verneverdige fartøy                     2024            131    42 100 000             48
"""


def test_year_groups_after_a_goal_column_and_a_year_set_flush_under_its_header() -> None:
    assert _figures(GOAL_AND_YEAR_GROUPS) == [
        ("Tilskudd til fyrvern", 2023, {"received": 64, "granted": 41, "amount": 18_600_000}),
        ("Tilskudd til fyrvern", 2024, {"received": 70, "granted": 44, "amount": 19_900_000}),
    ]
    name = "Tilskot til istandsetjing av verneverdige fartøy"
    assert _figures(YEAR_UNDER_ITS_HEADER) == [
        (name, 2023, {"received": 118, "amount": 38_450_000, "granted": 41}),
        (name, 2024, {"received": 131, "amount": 42_100_000, "granted": 48}),
    ]


def test_a_scheme_name_opened_by_a_compound_of_ordning_wraps_at_a_hyphen_over_its_post() -> None:
    text = """Tabell 2 Tilskuddsordninger 2022–2023

                                            Søknader    Innvilget   Innvilget beløp
                                                        søknader    (mill. kr)
Støtteordningen for lokale kultur-
arenaer i distriktene (kap. 325 post 61)
  2022                                            64          21            88,5
  2023                                            71          24           102,3
"""
    figures = {(f.name, f.year): f.values for t in tables_of(text) for f in t.figures}
    assert set(figures) == {("Støtteordningen for lokale kulturarenaer i distriktene", 2022),
                            ("Støtteordningen for lokale kulturarenaer i distriktene", 2023)}
    assert figures[("Støtteordningen for lokale kulturarenaer i distriktene", 2023)]["amount"] == 102300000


def test_each_schemes_chapter_and_post_alone_on_the_line_under_its_name_leave_the_name_as_it_is() -> None:
    text = """Tabell 6 Tilskuddsordninger forvaltet av senteret
Ordning / år                 Kap./post   Innvilget    Innvilgede   Mottatte
                                         (mill. kr)    søknader    søknader
Tilskudd til idrettslag
                             845/70
  2023                                       251,6          511         518
  2024                                       268,9          527         531
Tilskudd til nærmiljøanlegg
                             845/71
  2024                                        49,8          114         263
"""
    figures = {(f.name, f.year): f.values for t in tables_of(text) for f in t.figures}
    assert set(figures) == {("Tilskudd til idrettslag", 2023), ("Tilskudd til idrettslag", 2024),
                            ("Tilskudd til nærmiljøanlegg", 2024)}
    assert figures[("Tilskudd til nærmiljøanlegg", 2024)] == {"amount": 49_800_000, "granted": 114, "received": 263}


def test_a_letters_scheme_table_opened_by_a_goal_column_of_letters_places_each_scheme_under_its_goal() -> None:
    from tests.mentions.letter_lettered import LETTER

    served = {e.label: [link.target_label.split(":")[0] for link in e.links if link.predicate == "supportsGoal"]
              for e in entities_of("l.txt", LETTER) if e.type == "GrantScheme"}
    assert served["Tilskot til aktivitet for vaksne med låg inntekt"] == ["Verksemdsmål A"]


TORN_LETTERED = """Delmål A – Flere bibliotek tar i bruk fellestjenester
Delmål B – Flere barn leser i ferien

3.5  Tilskuddsforvaltning
Tabell 5  Tilskuddsordninger 2024
Ordning
Delmål
Innvilget (mill. kr)
Innvilgede søknader
Mottatte søknader
Prosjektmidler til bibliotekutvikling
A
48,6
187
412
Formidlingsstøtte for sommerlesing
B
15,2
1 011
1 204
Sum
63,8
1 198
1 616
"""


def test_a_torn_table_whose_first_row_names_no_grant_word_and_whose_goal_cells_are_letters() -> None:
    found = {e.label: e for e in entities_of("t.txt", TORN_LETTERED) if e.type == "GrantScheme"}
    assert set(found) == {"Prosjektmidler til bibliotekutvikling", "Formidlingsstøtte for sommerlesing"}
    first = found["Prosjektmidler til bibliotekutvikling"]
    assert [(f["received_applications"], f["granted_applications"], f["granted_nok"], f["year"])
            for f in first.attr("figures")] == [(412, 187, 48_600_000, 2024)]
    assert [link.target_label.split(":")[0] for link in first.links if link.predicate == "supportsGoal"] == [
        "Delmål A"]


NAMED_OVER = """Tilskotsordning: Tilskot til inkluderande idrettslag
  Tabell 3.1                                  2022             2023             2024
  Søknader mottekne                             96              104              117
  Søknader innvilga                             71               78               83
  Innvilga beløp (kr)                   18 200 000       19 650 000       20 400 000
"""


def test_a_table_of_years_as_columns_under_a_line_that_names_its_scheme() -> None:
    found = [e for e in entities_of("n.txt", NAMED_OVER) if e.type == "GrantScheme"]
    assert [e.label for e in found] == ["Tilskot til inkluderande idrettslag"]
    assert sorted((f["year"], f["received_applications"], f["granted_applications"], f["granted_nok"])
                  for f in found[0].attr("figures")) == [
        (2022, 96, 71, 18_200_000), (2023, 104, 78, 19_650_000), (2024, 117, 83, 20_400_000)]


def test_a_letters_table_of_the_schemes_it_is_to_manage() -> None:
    from kg.documents.base import Document
    from kg.mentions.base import Extraction
    from kg.mentions.grant_lists import scheme_list_mentions
    from kg.passages import segment

    text = ("5   Tilskotsordningar\n  Tilskotsordning                                          Kap./post    Knytt til\n"
            "  Tilskot til inkluderande idrettslag                      859.70       Mål 1\n"
            "  Tilskot til ferietiltak for barn i låginntekts-          859.72       Mål 1\n"
            "  familiar\n\nDepartementet ber om ei vurdering.\n")
    doc = Document(id="l", name="l.txt", path="l.txt", media_type="text/plain", text=text, kind="tildelingsbrev")
    seg = segment(doc)
    found = scheme_list_mentions(seg.document, list(seg.passages), Extraction())
    assert [m.label for m in found.mentions] == ["Tilskot til inkluderande idrettslag",
                                                  "Tilskot til ferietiltak for barn i låginntektsfamiliar"]


def test_a_letters_scheme_table_places_each_scheme_under_the_goal_its_roman_goal_cell_names() -> None:
    text = ("Tildelingsbrev 2025 – Direktoratet for fiske\n\n2    Mål\n\nVerksemdsmål I\nFiskebestandane blir forvalta "
            "berekraftig over tid\n\nVerksemdsmål II\nForvaltninga er effektiv, digital og brukarretta\n\n"
            "3    Tilskotsordningar\nTabellen viser kva verksemdsmål ordninga skal bidra til.\n"
            "Ordning                                            Post          Verksemdsmål\n"
            "Tilskot til kartlegging av gytefelt                1141.70       I\n"
            "Tilskot til digital fangstrapportering             1141.71       II\n\n4    Oppdrag\n")
    entities = entities_of("tildelingsbrev-2025.txt", text)
    notation = {e.iri: e.attr("notation") for e in entities if e.type == "Goal"}
    placed = {e.label: [notation[link.target] for link in e.links if link.predicate == "supportsGoal"]
              for e in entities if e.type == "GrantScheme"}
    assert placed == {"Tilskot til kartlegging av gytefelt": ["I"], "Tilskot til digital fangstrapportering": ["II"]}


def test_a_table_of_what_was_granted_and_to_how_many_recipients_with_no_word_for_applications() -> None:
    text = ("3.4 Tilskuddsforvaltning\nTabellen viser bevilget beløp og antall mottakere per ordning.\n\n"
            "Tabell 3.4 Tilskuddsordninger 2025\n"
            "Tilskuddsordning                                   Bevilget (mill. kr)   Antall mottakere\n"
            "Tilskudd til lokale kulturminnelag                               14,5                212\n"
            "Tilskudd til skjøtsel av kystlynghei                              6,0                 41\n"
            "Sum                                                              20,5                253\n")
    assert _figures(text) == [("Tilskudd til lokale kulturminnelag", 2025, {"amount": 14_500_000, "granted": 212}),
                              ("Tilskudd til skjøtsel av kystlynghei", 2025, {"amount": 6_000_000, "granted": 41})]


def test_a_torn_table_row_naming_a_scheme_with_a_comma_is_one_scheme() -> None:
    text = ("Årsrapport 2025 – Direktoratet for kulturlandskap\n\nTilskotsforvalting\n"
            "Direktoratet forvaltar to tilskotsordningar.\n\nTabell 4  Tilskot 2025\nTilskotsordning\nSøknader\n"
            "Innvilga\nTildelt (kr)\nTilskot til steingardar og rydningsrøysar\n118\n64\n9 300 000\n"
            "Tilskot til slåttemark, beite og lauvenger\n207\n131\n15 800 000\n\nDel IV  Styring og kontroll\n"
            "Direktoratet har ikkje avdekt vesentlege manglar.\n")
    names = sorted(e.label for e in entities_of("arsrapport-2025.txt", text) if e.type == "GrantScheme")
    assert names == ["Tilskot til slåttemark, beite og lauvenger", "Tilskot til steingardar og rydningsrøysar"]
