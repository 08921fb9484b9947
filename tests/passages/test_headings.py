"""Section headings: an entry of the table of contents names a section but does not open it."""

from __future__ import annotations

from kg.documents.base import Document
from kg.passages import segment

TEXT = """Innhold

1   Innledning ............................................................. 3
    1.1 Bakgrunn ........................................................... 3
    1.2 Metode ............................................................. 5

1 Innledning

1.1 Bakgrunn
Etaten ble opprettet i 1990 og har ansvar for farledene.

1.2 Metode
Vi har intervjuet ansatte i alle regioner.
"""


def test_contents_entries_with_dot_leaders_do_not_open_sections() -> None:
    seg = segment(Document(id="r", name="r.txt", path="r.txt", media_type="text/plain", text=TEXT))
    by_text = {p.text.split("\n")[0][:30]: p.section.number for p in seg.passages if p.kind != "heading"}
    assert by_text["Etaten ble opprettet i 1990 og"] == "1.1"
    assert by_text["Vi har intervjuet ansatte i al"] == "1.2"


def test_a_nynorsk_goal_heading_listed_by_its_level_and_number_alone_in_the_contents() -> None:
    text = ("Innhald\n3  Aktivitetar og resultat .......................................... 4\n"
            "   3.1  Verksemdsmål 1 ................................................... 4\n"
            "   3.2  Verksemdsmål 2 ................................................... 5\n\n"
            "3  Aktivitetar og resultat\nTildelingsbrevet har to verksemdsmål.\n\n"
            "3.1  Verksemdsmål 1: Fleire har tilgang til kulturtilbod der dei bur\nTekst om mål 1.\n\n"
            "3.2  Verksemdsmål 2: Eit sterkt frivillig kulturliv\nTekst om mål 2.\n")
    seg = segment(Document(id="r", name="r.txt", path="r.txt", media_type="text/plain", text=text))
    by_text = {p.text.split("\n")[0][:15]: p.section.number for p in seg.passages if p.kind != "heading"}
    assert by_text["Tekst om mål 1."] == "3.1" and by_text["Tekst om mål 2."] == "3.2"


def test_a_chapter_with_sections_is_read_after_chapters_without_any() -> None:
    text = ("Tildelingsbrev for 2025\n\n1 Innledning\n\nVi viser til budsjettet.\n\n2 Sektorens mål\n\nEt mål for "
            "sektoren.\n\n3 Hovedmål for 2025\n\nDepartementet fastsetter hovedmål.\n\n3.1 Hovedmål 1) Flere går\n\n"
            "Tekst om mål 1.\n\n3.2 Hovedmål 2) Flere sykler\n\nTekst om mål 2.\n")
    seg = segment(Document(id="b", name="b.txt", path="b.txt", media_type="text/plain", text=text))
    by_text = {p.text.split("\n")[0][:15]: p.section.number for p in seg.passages if p.kind != "heading"}
    assert by_text["Tekst om mål 1."] == "3.1" and by_text["Tekst om mål 2."] == "3.2"
    assert seg.document.kind == "tildelingsbrev"


def test_a_main_goal_listed_by_its_level_alone_in_the_contents_and_headed_with_its_title() -> None:
    text = ("Innhald\n3  Aktivitetar og resultat .......................................... 2\n"
            "   3.1 Hovudmål ......................................................... 2\n"
            "   3.2 Delmål 1 ......................................................... 3\n\n"
            "3  Aktivitetar og resultat\nRapporteringa følgjer hovudmålet og delmåla.\n\n"
            "3.1 Hovudmål: Fleire menneske driv friluftsliv jamleg\nTekst om hovudmålet.\n\n"
            "3.2 Delmål 1: Barn og unge får gode opplevingar\nTekst om delmål 1.\n")
    seg = segment(Document(id="r", name="r.txt", path="r.txt", media_type="text/plain", text=text))
    by_text = {p.text.split("\n")[0][:15]: p.section.number for p in seg.passages if p.kind != "heading"}
    assert by_text["Tekst om hovudm"] == "3.1" and by_text["Tekst om delmål"] == "3.2"
