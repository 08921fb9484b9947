"""Steering parameters of a letter and its year's report: by title across Bokmål and Nynorsk, and by their codes
where the two documents code them alike."""

from __future__ import annotations

from kg.documents.base import Document
from kg.entities.alignment import align
from kg.entities.base import Entity, Source
from kg.passages.pages import PageRef

LETTER = Document("l", "l.txt", "l.txt", "text/plain", "", kind="tildelingsbrev", year=2025,
                  publisher="Næringsdepartementet", addressee="Direktoratet for småbedrifter")
REPORT = Document("r", "r.txt", "r.txt", "text/plain", "", kind="årsrapport", year=2025,
                  publisher="Direktoratet for småbedrifter")


def parameter(doc: Document, code: str, title: str) -> Entity:
    src = Source("p", doc.name, doc.id, 0, len(title), PageRef(), None, None, (), "parameter.table-row", 0.9, title)
    return Entity(f"https://w3id.org/bufdir-kg/id/parameter/{doc.id}-{code.replace(' ', '')}", "SteeringParameter",
                  title, (), (src,), attrs=(("code", code),))


def _pairs(entities: list[Entity]) -> set[tuple[str, str]]:
    _, relations = align(entities, [], [LETTER, REPORT])
    return {(r.subject.rsplit("/", 1)[1], r.object.rsplit("/", 1)[1]) for r in relations}


def test_parameters_in_nynorsk_and_bokmal_align_by_title_and_by_code_where_the_documents_code_alike() -> None:
    entities = [
        parameter(LETTER, "SP 1.1", "Del av verksemdene med oppstartstilskot som framleis er i drift tre år etter "
                                    "tilsagn"),
        parameter(LETTER, "SP 1.2", "Del av tilskotssøknadene som blir sende inn digitalt"),
        parameter(LETTER, "SP 2.1", "Tal på rettleiingssamtalar med nye gründerar"),
        parameter(REPORT, "SP 1.1", "Andel bedrifter med oppstartstilskudd som er i drift tre år etter tilsagn"),
        parameter(REPORT, "SP 1.2", "Andel tilskuddssøknader levert digitalt"),
        parameter(REPORT, "SP 2.1", "Gjennomsnittlig saksbehandlingstid i dager"),  # shares no word: no pair
    ]
    assert _pairs(entities) == {("l-SP1.1", "r-SP1.1"), ("l-SP1.2", "r-SP1.2")}


def test_a_shared_code_says_nothing_where_the_documents_code_their_parameters_differently() -> None:
    entities = [
        parameter(LETTER, "SP 1.1", "Andel bedrifter med oppstartstilskudd som er i drift tre år etter tilsagn"),
        parameter(LETTER, "SP 1.2", "Del av tilskotssøknadene som blir sende inn digitalt"),
        parameter(REPORT, "SP 2.1", "Andel bedrifter med oppstartstilskudd som er i drift tre år etter tilsagn"),
        parameter(REPORT, "SP 1.2", "Andel tilskuddssøknader levert digitalt"),
    ]
    assert _pairs(entities) == {("l-SP1.1", "r-SP2.1")}
