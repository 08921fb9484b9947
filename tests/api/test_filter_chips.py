"""Filter chips: each links to the same search without its filter."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

from api.filter_chips import filter_chips
from api.i18n import Translator


def test_a_request_filter_drops_its_parameters_and_a_read_one_is_ignored() -> None:
    params = [("q", "tilsyn etter 2022"), ("year_from", "2020"), ("year_to", "2021"), ("kind", "årsrapport")]
    filters = [{"name": "year", "value": {"from": 2020, "to": 2021}, "source": "request", "mode": "filter",
                "text": "2020–2021"},
               {"name": "kind", "value": "årsrapport", "source": "question", "mode": "prefer", "text": "årsrapporten"}]
    year, kind = filter_chips(params, filters, Translator("nb"))
    assert year.label == "År: 2020–2021" and year.source == "request"
    assert parse_qsl(urlsplit(year.href).query) == [("q", "tilsyn etter 2022"), ("kind", "årsrapport")]
    assert kind.label == "Dokumenttype: årsrapport (lest fra spørsmålet: «årsrapporten»)"
    assert parse_qsl(urlsplit(kind.href).query)[-1] == ("ignore", "kind")
    (english,) = filter_chips([], filters[1:], Translator("en"))
    assert english.label.startswith("Document kind: annual report")
