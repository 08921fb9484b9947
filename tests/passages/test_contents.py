"""The table of contents confirms headings: chapters without sub-sections, chapters numbered I, II, …, and
numbered list items whose number the contents give to another title. The texts are invented."""

from __future__ import annotations

from kg.documents.base import Document
from kg.passages import segment
from kg.passages.contents import number_of, roman

LETTER = """Innhold
 1   Innledning
 2   Mål for 2025
 3   Budsjett

1 Innledning
Departementet viser til statsbudsjettet.

2 Mål for 2025
Etaten skal bidra til trygge veger.

3 Budsjett
Etaten får 10 mill. kroner.
"""

ROMAN = """Innhold
I     Leders beretning
II    Årets aktiviteter og resultater
III   Årsregnskap

I Leders beretning
Året var godt.

II Årets aktiviteter og resultater
Etaten nådde målene.
 1. Hvem søker om tilskudd?
 2. Hvilke resultater gir tilskuddet?

III Årsregnskap
Regnskapet viser et mindreforbruk.
"""


def _sections(text: str) -> dict[str, str | None]:
    seg = segment(Document(id="r", name="r.txt", path="r.txt", media_type="text/plain", text=text))
    out: dict[str, str | None] = {}
    for p in seg.passages:
        for line in p.text.split("\n"):
            out.setdefault(line.strip()[:20], p.section.number)
    return out


def test_chapters_without_sub_sections_are_headings_when_the_contents_list_them() -> None:
    found = _sections(LETTER)
    assert found["Departementet viser "] == "1"
    assert found["Etaten får 10 mill. "] == "3"


def test_roman_chapters_and_list_items_that_the_contents_do_not_list() -> None:
    found = _sections(ROMAN)
    assert found["Etaten nådde målene."] == "2"
    assert found["Regnskapet viser et "] == "3"
    assert "1" not in {v for k, v in found.items() if k.startswith("Hvilke")}


def test_roman_numerals() -> None:
    assert (roman("IV"), roman("VI"), roman("IX"), roman("IIII")) == (4, 6, 9, None)
    assert number_of("3.2") == (3, 2) and number_of("III") == (3,)


SHORT_NAMES = """Innhold
3 Årets aktiviteter og resultater ........................................ 4
  3.1 Mål 1 Ferdigheter .................................................. 4
  3.2 Mål 2 Kunnskap ..................................................... 5
  3.3 Kunnskapsgrunnlag .................................................. 6

3 Årets aktiviteter og resultater
3.1 Mål 1: Flere innbyggere har grunnleggende digitale ferdigheter
Kursene nådde 12 000 deltakere.
3.2 Mål 2: Beslutninger om digital inkludering bygger på god kunnskap
Direktoratet publiserte sju analyser.
3.3 Kunnskapsgrunnlag
Vi fikk levert tre rapporter.
"""


def test_a_goal_section_whose_contents_entry_gives_the_goal_a_short_name_is_a_heading() -> None:
    found = _sections(SHORT_NAMES)
    assert found["Kursene nådde 12 000"] == "3.1"
    assert found["Direktoratet publise"] == "3.2"
    assert found["Vi fikk levert tre r"] == "3.3"


PARTS = """Innhold
Del I    Leders beretning  2
Del III  Årets aktiviteter og resultater  3
         3.1 Virksomhetsmål 1  3
         3.2 Virksomhetsmål 2  3
         3.3 Tilskuddsforvaltning  4

Del I Leders beretning
Året var godt.

Del III  Årets aktiviteter og resultater
Vi rapporterer per virksomhetsmål.

3.1 Virksomhetsmål 1: Flere barn deltar i
organiserte fritidsaktiviteter
Andelen økte.

3.2 Virksomhetsmål 2: Kommunene har gode planer
Flere kommuner har planer.

3.3 Tilskuddsforvaltning
Direktoratet forvaltet tre ordninger.
"""


def test_contents_with_parts_between_numbered_entries_and_pages_two_spaces_apart_confirm_the_sections() -> None:
    doc = Document(id="r", name="r.txt", path="r.txt", media_type="text/plain", text=PARTS)
    sections = {p.section.number: p.section.title for p in segment(doc).passages if p.kind == "heading"}
    assert sections == {"3.1": "Virksomhetsmål 1: Flere barn deltar i organiserte fritidsaktiviteter",
                        "3.2": "Virksomhetsmål 2: Kommunene har gode planer", "3.3": "Tilskuddsforvaltning"}
