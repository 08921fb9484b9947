"""Line classification: page furniture is told from text by its shape, never by a corpus's names."""

from __future__ import annotations

from kg.passages.lines import classify, split_lines


def test_running_headers_with_the_page_number_first_are_page_furniture() -> None:
    text = ("Årsrapport 2021\n\nInnhold\n1   Leders beretning ........ 3\n\n2    Årsrapport 2021\n\nTekst om året.\n\n"
            "4    Årsrapport 2021\n\nKap. Post Betegnelse\n1360          Havneverket 2021\n21     Spesielle driftsutgifter\n")
    kinds = {line.text: (line.kind, line.page) for line in classify(split_lines(text))}
    assert kinds["2    Årsrapport 2021"] == ("footer", 2) and kinds["4    Årsrapport 2021"] == ("footer", 4)
    assert kinds["1360          Havneverket 2021"][0] == "text"  # a budget chapter row, not page 1360
    assert kinds["1   Leders beretning ........ 3"][0] == "text"


def test_lines_recurring_at_page_breaks_are_running_furniture() -> None:
    page = "Kulturdepartementet      Tildelingsbrev 2022 – Scenekunstbyrået\n                Side {n} av 3\n"
    text = ("Innledning\nTekst om året.\n" + page.format(n=1) + "\fKulturdepartementet\nmed en celle som\n"
            + page.format(n=2) + "\fKulturdepartementet\nfortsetter her.\nKulturdepartementet\n" + page.format(n=3))
    kinds = {(line.index, line.text): line.kind for line in classify(split_lines(text))}
    running = sorted(i for (i, _), kind in kinds.items() if kind == "running")
    # a form feed is a line of its own: the footers' first lines and the headers after each form feed
    assert running == [2, 5, 7, 10, 13]
    assert kinds[(12, "Kulturdepartementet")] == "text"  # the same words inside a page are text
    assert kinds[(1, "Tekst om året.")] == "text" and kinds[(11, "fortsetter her.")] == "text"


def test_two_headings_of_a_series_at_page_breaks_are_text_a_continued_caption_is_furniture() -> None:
    text = ("Innledning\nTekst om året.\nEFFEKTMÅL E1\n\fÅrsrapport 2023          6\nFlere bedrifter omstiller seg\n"
            "Tabell 1 Styringsparametere\nTekst.\nÅrsrapport 2023          7\nEFFEKTMÅL E2\nKysten får flere jobber\n"
            "Tabell 2 Resultater\nTekst her.\nÅrsrapport 2023          8\nTabell 2 (forts.)\nMer tekst.\n"
            "Årsrapport 2023          9\nTabell 3 (forts.)\nSiste side.\n")
    kinds = {line.text: line.kind for line in classify(split_lines(text))}
    # 'EFFEKTMÅL E1' before one break and 'EFFEKTMÅL E2' after the next differ in their code: two headings
    assert kinds["EFFEKTMÅL E1"] == "text" and kinds["EFFEKTMÅL E2"] == "text"
    assert kinds["Tabell 2 (forts.)"] == "running" and kinds["Tabell 3 (forts.)"] == "running"


def test_page_numbers_printed_alone_before_each_form_feed_are_footers_a_tables_last_figure_is_not() -> None:
    text = ("Forside\n\fLEIARENS ORD\nTekst.\n" + " " * 80 + "2\n\fSTIFTINGA | ÅRSRAPPORT 2024\nTabell 1\nTal\n"
            "44\n\fSTIFTINGA | ÅRSRAPPORT 2024\nMeir tekst.\n" + " " * 80 + "4\n\fSTIFTINGA | ÅRSRAPPORT 2024\n"
            "Slutt.\n" + " " * 80 + "5\n")
    kinds = {(line.index, line.text): (line.kind, line.page) for line in classify(split_lines(text))}
    footers = sorted((i, page) for (i, _), (kind, page) in kinds.items() if kind == "footer")
    assert [page for _, page in footers] == [2, 4, 5]
    # '44' closes a page too, but it does not follow the pages' order: a table's figure
    assert next(kind for (_, t), (kind, _) in kinds.items() if t == "44") == "text"


def test_a_chapter_heading_shaped_like_a_numbered_running_header_is_text_where_it_does_not_recur() -> None:
    text = ("Innleiing\nTekst.\n" + " " * 50 + "Direktoratet – side 3\n\f3  Aktivitetar og resultat i 2023\n"
            "Tekst om året.\n" + " " * 50 + "Direktoratet – side 4\n\fMeir tekst.\n")
    kinds = {line.text: line.kind for line in classify(split_lines(text))}
    assert kinds["3  Aktivitetar og resultat i 2023"] == "text"
