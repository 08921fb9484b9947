"""Clean-up rules on small texts written in the style of PDF-extracted steering documents."""

from __future__ import annotations

from kg.documents.base import Document
from kg.passages import segment


def _doc(text: str) -> Document:
    return Document(id="t", name="t.txt", path="t.txt", media_type="text/plain", text=text)


REPORT = """ 1. Leders beretning 

Direktoratet har i 2024 jobbet med barneverns-
tjenestene i hele landet, og med barne- og 
familievernet i perioden 2018–
2024. 

Bufdir  5 

 2. Aktiviteter og resultater 
2.1 Mål 1: Barn som trenger tiltak utenfor hjemmet, skal få et 
behovstilpasset tilbud – fosterhjem 

Bufdir rapporterer på følgende styringsparametere for mål 1: 

• S 1. Tilgang på fosterhjem 

• S 2. Stabilitet i fosterhjem 

1. Dette er en nummerert liste, ikke en overskrift 
2. Heller ikke dette 

2.1.1 Kunnskapsgrunnlag 
Følgende kunnskapsgrunnlag er publisert: 

• Evaluering av rekrutteringskampanjen. Sluttrapport 

(Rambøll, 2024) 

• Kartlegging av ventetid (pågående) 

Tabell 1: Tilskuddsordninger knyttet til mål 1. 2024. 

Tilskuddsordning Innvilgede søknader Innvilget beløp 
Tilskudd til 
fosterhjemsarbeid 
12 3 400 000 

Bufdir  6 
"""


def test_section_tree_with_wrapped_heading_and_no_false_headings() -> None:
    seg = segment(_doc(REPORT))
    titles = [(s.number, s.title) for s in seg.sections]
    assert titles == [
        ("1", "Leders beretning"),
        ("2", "Aktiviteter og resultater"),
        ("2.1", "Mål 1: Barn som trenger tiltak utenfor hjemmet, skal få et behovstilpasset tilbud – fosterhjem"),
        ("2.1.1", "Kunnskapsgrunnlag"),
    ]


def test_split_words_joined_dashes_and_suspended_compounds_kept() -> None:
    first = segment(_doc(REPORT)).passages[1]
    assert "barnevernstjenestene" in first.text
    assert "barne- og familievernet" in first.text
    assert "2018–2024" in first.text
    assert first.page.certain == (5, 5)


def test_bullets_lists_and_tables() -> None:
    seg = segment(_doc(REPORT))
    lists = [p for p in seg.passages if p.kind == "list"]
    assert lists[0].text.splitlines()[-2:] == ["• S 1. Tilgang på fosterhjem", "• S 2. Stabilitet i fosterhjem"]
    kb = lists[-1]
    assert "• Evaluering av rekrutteringskampanjen. Sluttrapport (Rambøll, 2024)" in kb.text
    assert kb.text.startswith("Følgende kunnskapsgrunnlag er publisert:")
    table = next(p for p in seg.passages if p.kind == "table")
    assert table.text.startswith("Tabell 1:") and "3 400 000" in table.text
    assert table.page.certain == (6, 6)


def test_offsets_map_cleaned_words_to_the_original() -> None:
    doc = _doc(REPORT)
    first = segment(doc).passages[1]
    pos = first.text.index("barnevernstjenestene")
    start, end = first.offsets.span(pos, pos + len("barnevernstjenestene"))
    assert doc.text[start:end] == "barneverns-\ntjenestene"


def test_web_page_boilerplate_is_removed_and_recorded() -> None:
    text = (
        "Gå til hovedinnhold Gå til hovedmeny\n\nNy kampanje for fosterhjem\n\nPublisert\n\n"
        "Direktoratet lanserer en kampanje for å rekruttere flere fosterhjem i hele landet.\n\n"
        "Kampanjen varer hele året.\n\nKontakter\n\nOm direktoratet\n\nFølg saker fra direktoratet\n"
    )
    seg = segment(_doc(text))
    joined = "\n".join(p.text for p in seg.passages)
    assert "Gå til hovedinnhold" not in joined and "Kontakter" not in joined and "Følg saker" not in joined
    assert "rekruttere flere fosterhjem" in joined
    assert seg.document.title == "Ny kampanje for fosterhjem"
    assert {kind for *_, kind in seg.document.removed} == {"boilerplate"}


def test_a_publisher_set_in_capitals_on_two_cover_lines_is_read_whole() -> None:
    cover = ("DIREKTORATET FOR TURLIV\nOG NATURVEILEDNING\n\nÅRSRAPPORT\n2023\n"
             "I. LEDERS BERETNING\nÅret ga rekordhøy deltakelse i turlagene.\n")
    document = segment(_doc(cover)).document
    assert document.publisher == "Direktoratet for turliv og naturveiledning"
    assert document.kind == "årsrapport" and document.year == 2023


def test_a_list_item_ends_at_a_title_in_capitals() -> None:
    # a page's foot between them is left out of the flow, so the title follows the item with no blank line
    text = ("MÅL B-1 FLERE BESØKER MUSEENE\n\nBesøket økte med tolv prosent i 2024 etter at åpningstidene ble utvidet "
            "i alle regioner.\n\nKunnskapsgrunnlag\n• Publikumsundersøkelsen 2024 (Norsk museumsråd, 2024)\n"
            "MÅL B-2 SAMLINGENE ER DIGITALT TILGJENGELIGE\n\nAndelen digitaliserte gjenstander økte.\n")
    seg = segment(_doc(text))
    item = next(p for p in seg.passages if p.kind == "list")
    assert item.text == "• Publikumsundersøkelsen 2024 (Norsk museumsråd, 2024)"
