"""Budget tables torn one cell per line, amounts in thousands. The letter is invented (a museum agency)."""

from __future__ import annotations

from tests.mentions.pipeline import entities_of

LETTER = """Kulturdepartementet

Tildelingsbrev 2025 – Museumsetaten

4 Budsjett
Tabell 3 Tildeling 2025 (i 1 000 kr)
Kap.
Post
Betegnelse
Tildeling 2025
328
Museumsetaten
01
Driftsutgifter
61 200
70
Tilskudd til formidling i
museene, kan overføres
12 500
Sum kap. 328
73 700
3328
Museumsetaten
02
Billettinntekter
900

Post 70 skal bidra til mål 2.
"""


def test_chapter_rows_post_rows_and_wrapped_texts_with_amounts_in_kroner() -> None:
    posts = {(e.attr("chapter"), e.attr("post")): e for e in entities_of("brev.txt", LETTER) if e.type == "BudgetPost"}
    assert set(posts) == {("0328", "01"), ("0328", "70"), ("3328", "02")}  # no sum row
    assert posts[("0328", "70")].attr("post_text") == "Tilskudd til formidling i museene, kan overføres"
    assert posts[("0328", "70")].attr("allocated_nok") == 12_500_000
    assert posts[("3328", "02")].attr("allocated_nok") == 900_000
