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
