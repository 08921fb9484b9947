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
