from kg.documents.base import Document
from kg.documents.facets import document_facets, facets_by_doc, facets_of


def _doc(id_: str, name: str, **kw: object) -> Document:
    return Document(id=id_, name=name, path=name, media_type="text/plain", text="x", **kw)  # type: ignore[arg-type]


def test_a_document_without_metadata_is_of_unknown_kind_and_named_by_its_file() -> None:
    f = document_facets(_doc("d1", "a.txt"))
    assert (f.title, f.kind, f.organisation, f.year) == ("a.txt", "ukjent", None, None)


def test_facets_are_found_by_id_or_name_and_each_document_counts_once() -> None:
    docs = [_doc("d1", "a.txt", kind="årsrapport", publisher="Etat A", year=2019),
            _doc("d2", "b.txt", kind="tildelingsbrev", publisher="Departement B", addressee="Etat A", year=2025)]
    table = facets_by_doc(docs)
    got = facets_of(["a.txt", "d1", "missing", "d2"], table)
    assert [(f.doc_id, f.kind, f.year) for f in got] == [("d1", "årsrapport", 2019), ("d2", "tildelingsbrev", 2025)]
    assert got[1].addressee == "Etat A"


def test_an_evaluation_is_for_its_commissioner_as_well_as_from_its_publisher() -> None:
    f = document_facets(_doc("d3", "e.txt", kind="evaluering", publisher="Institutt C", commissioner="Etat A"))
    assert f.organisations == ("Institutt C", "Etat A")
    assert f.as_json()["commissioner"] == "Etat A"
    letter = document_facets(_doc("d2", "b.txt", publisher="Departement B", addressee="Etat A"))
    assert letter.organisations == ("Departement B", "Etat A")
