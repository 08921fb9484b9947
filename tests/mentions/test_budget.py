"""Budget posts in the column layouts of allocation letters and annual reports: a chapter on its own row or on
every row, income chapters, sum rows, amounts in kroner, thousands or millions. Invented figures."""

from __future__ import annotations

from kg.documents.base import Document
from kg.mentions.budget import budget_mentions
from kg.passages import segment

LETTER = """5 Budsjettildeling

Tabell 1 Bevilgninger til disposisjon for Havneverket i 2023 (beløp i 1000 kr)

Kap.   Post   Betegnelse                                                  Beløp
1360          Havneverket
       01     Driftsutgifter                                          512 300
       21     Spesielle driftsutgifter og
              oppdragsvirksomhet                                       12 450
       70     Tilskudd til småbåthavner                                 8 000
              Sum utgifter                                            532 750

Side 4

Inntekter
4360   02     Diverse inntekter                                         1 250
              Sum inntekter                                             1 250

Kap. 1360 post 21 skal dekke kartleggingen av fyrlykter.
"""

MILLIONS = """Tabell 7 Samlet tildeling 2022 (mill. kroner)

Kapittel  Post  Tekst                              Samlet tildeling   Regnskap
1361      01    Driftsutgifter                                 48,5       47,9
1361      70    Tilskudd til losing                            12         12
                Sum                                            60,5       59,9
"""


def _posts(text: str, year: int | None = None) -> dict[tuple[str, str], tuple[object, object, object]]:
    doc = Document(id="b", name="b.txt", path="b.txt", media_type="text/plain", text=text, year=year)
    seg = segment(doc)
    found = budget_mentions(seg.document, list(seg.passages))
    return {(m.key[1], m.key[2]): (m.attr("post_text"), m.attr("allocated_nok"), m.attr("year"))
            for m in found.mentions}


def test_a_letters_table_with_chapter_rows_income_chapters_and_sums_in_thousands() -> None:
    assert _posts(LETTER) == {
        ("1360", "01"): ("Driftsutgifter", 512_300_000, 2023),
        ("1360", "21"): ("Spesielle driftsutgifter og oppdragsvirksomhet", 12_450_000, 2023),
        ("1360", "70"): ("Tilskudd til småbåthavner", 8_000_000, 2023),
        ("4360", "02"): ("Diverse inntekter", 1_250_000, 2023),
    }


def test_a_table_in_millions_with_the_chapter_on_every_row_takes_the_first_amount_column() -> None:
    assert _posts(MILLIONS) == {("1361", "01"): ("Driftsutgifter", 48_500_000, 2022),
                                ("1361", "70"): ("Tilskudd til losing", 12_000_000, 2022)}


def test_the_documents_year_where_the_caption_gives_none_and_a_post_on_a_line_of_its_own() -> None:
    text = "Fordeling (i 1000 kr):\nKap. 1360 post 21 Spesielle driftsutgifter   12 345\n"
    assert _posts(text, 2024) == {("1360", "21"): ("Spesielle driftsutgifter", 12_345_000, 2024)}


SLASH_HEADER = """Tabell 2 Bevilgninger 2025 (i kroner)

Kap. / post                 Betegnelse                                                  Beløp
Kap. 361 Post 01            Driftsutgifter                                        48 500 000
Kap. 361 Post 70            Tilskudd til istandsetting av fartøy og
                            kystkulturanlegg                                      12 000 000
Sum kap. 361                                                                      60 500 000
"""

APPROPRIATION = """Oppstilling av bevilgningsrapportering 31.12.2024

Utgiftskapittel  Kapittelnavn                  Post  Posttekst                  Samlet tildeling*   Regnskap 2024   Merutgift (-) og
                                                                                                                mindreutgift
361              Kystkultur og                 01    Driftsutgifter                   48 500 000      47 900 000        600 000
                 fartøyvern
361                                            70    Tilskudd til losing              12 000 000      11 000 000      1 000 000
Sum utgiftsført                                                                       60 500 000      58 900 000      1 600 000

Inntektskapittel Kapittelnavn                  Post  Posttekst                  Samlet tildeling*   Regnskap 2024   Merinntekt og
                                                                                                                mindreinntekt (-)
3361             Kystkultur og                 02    Diverse inntekter                 1 200 000       1 500 000        300 000
                 fartøyvern
"""


def test_a_kap_slash_post_header_and_a_post_text_wrapped_under_its_column() -> None:
    assert _posts(SLASH_HEADER) == {("0361", "01"): ("Driftsutgifter", 48_500_000, 2025),
                                    ("0361", "70"): ("Tilskudd til istandsetting av fartøy og kystkulturanlegg",
                                                     12_000_000, 2025)}


def test_appropriation_rows_with_three_digit_chapters_named_on_their_first_row_only() -> None:
    assert _posts(APPROPRIATION, 2024) == {("0361", "01"): ("Driftsutgifter", 48_500_000, 2024),
                                           ("0361", "70"): ("Tilskudd til losing", 12_000_000, 2024),
                                           ("3361", "02"): ("Diverse inntekter", 1_200_000, 2024)}


def test_chapter_and_post_joined_by_a_point_under_a_kap_post_header() -> None:
    text = ("Bevilgningsrapportering 2024 (i 1000 kr)\n\n"
            "Kap./post   Betegnelse                     Samlet tildeling     Regnskap\n"
            "812.01      Driftsutgifter                           45 100       44 900\n"
            "812.70      Tilskudd til havner                      12 000       11 800\n"
            "            Sum                                      57 100       56 700\n\n"
            "3812.01     Gebyrer                                   1 200        1 350\n")
    found = _posts(text)
    assert found[("0812", "01")] == ("Driftsutgifter", 45_100_000, 2024)
    assert found[("3812", "01")] == ("Gebyrer", 1_200_000, 2024)
    assert len(found) == 3


def test_an_appropriation_table_headed_utgiftskap_with_post_texts_wrapped_under_their_column() -> None:
    text = ("Oppstilling av bevilgningsrapportering 31.12.2023 (beløp i kroner)\n"
            "Utgiftskap.  Kapittelnavn          Post  Posttekst                  Samlet tildeling  Regnskap 2023\n"
            "712          Fjellforvaltningen    01    Driftsutgifter                  48 730 000     47 912 455\n"
            "712          Fjellforvaltningen    21    Spesielle driftsutgifter,        2 900 000      2 486 220\n"
            "                                         kan overføres\n"
            "712          Fjellforvaltningen    70    Tilskudd til stier og            6 800 000      6 180 000\n"
            "                                         løyper, kan overføres\n"
            "Sum utgiftsført                                                        58 430 000     56 578 675\n\n"
            "Inntektskap. Kapittelnavn          Post  Posttekst                  Samlet tildeling  Regnskap 2023\n"
            "3712         Fjellforvaltningen    01    Diverse inntekter                  950 000      1 210 340\n"
            "3712         Fjellforvaltningen    02    Gebyrer                            400 000        380 000\n"
            "Sum inntektsført                                                        1 350 000      1 590 340\n")
    found = _posts(text, 2023)
    assert found == {("0712", "01"): ("Driftsutgifter", 48_730_000, 2023),
                     ("0712", "21"): ("Spesielle driftsutgifter, kan overføres", 2_900_000, 2023),
                     ("0712", "70"): ("Tilskudd til stier og løyper, kan overføres", 6_800_000, 2023),
                     ("3712", "01"): ("Diverse inntekter", 950_000, 2023),
                     ("3712", "02"): ("Gebyrer", 400_000, 2023)}


WRAPPED_POST_NAME = """Tabell 2 Løyvingar til direktoratet 2026 (i 1 000 kr)
Kap.   Post   Nemning                                               Beløp
845           Idrettsdirektoratet
       01     Driftsutgifter                                       86 250
       70     Tilskot til idrettsaktivitetar for barn i           112 400
              låginntektsfamiliar
       71     Tilskot til anlegg                                   96 700
3845          Direktoratet for idrett og anleggs-
              utvikling
       02     Ymse inntekter                                        1 200
"""


def test_a_post_name_wrapped_onto_the_line_below_its_row_is_joined() -> None:
    assert _posts(WRAPPED_POST_NAME)[("0845", "70")] == (
        "Tilskot til idrettsaktivitetar for barn i låginntektsfamiliar", 112_400_000, 2026)
    # (a chapter's name wrapped under the chapter's row goes on no post's)
    assert _posts(WRAPPED_POST_NAME)[("0845", "71")][0] == "Tilskot til anlegg"


def test_a_table_with_the_amount_column_first_and_a_name_wrapped_under_its_column() -> None:
    from tests.mentions.letter_lettered import LETTER

    assert _posts(LETTER, 2025) == {
        ("0871", "01"): ("Driftsutgifter", 120_400_000, 2025),
        ("0871", "70"): ("Tilskot til idrettslag med mange nye medlemer", 56_900_000, 2025)}
