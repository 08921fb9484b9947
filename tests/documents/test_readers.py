from __future__ import annotations

from pathlib import Path

import pytest

from kg.documents import read_document
from kg.errors import DocumentError
from kg.passages import segment
from tests.documents.pdfmaker import write_pdf

DATA = Path(__file__).parent.parent / "data"


def test_text_reader_keeps_text_exactly_and_ids_by_content(tmp_path: Path) -> None:
    raw = "Første linje\r\nAndre linje med æøå\n"
    a = tmp_path / "a.txt"
    a.write_text(raw, encoding="utf-8", newline="")
    b = tmp_path / "b.txt"
    b.write_text(raw, encoding="utf-8", newline="")
    doc = read_document(a)
    assert doc.text == raw
    assert doc.id == read_document(b).id  # same bytes, same id
    assert doc.name == "a.txt"


def test_text_reader_detects_latin1(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Barnevernet skal arbeide systematisk og kunnskapsbasert i møte med barn og familier.\n".encode("latin-1") * 5)
    assert "møte" in read_document(path).text


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_text_reader_reads_utf16_and_utf32_with_a_bom(tmp_path: Path, encoding: str) -> None:
    import codecs

    raw = "Mål 1: Barn og unge skal få hjelp – «tidlig»\r\nAndre linje med æøå\n"
    bom = {
        "utf-16-le": codecs.BOM_UTF16_LE,
        "utf-16-be": codecs.BOM_UTF16_BE,
        "utf-32-le": codecs.BOM_UTF32_LE,
        "utf-32-be": codecs.BOM_UTF32_BE,
    }[encoding]
    path = tmp_path / "notat.txt"
    path.write_bytes(bom + raw.encode(encoding))
    doc = read_document(path)
    assert doc.text == raw  # the byte-order mark is not part of the text, so offsets match the UTF-8 copy
    assert segment(doc).passages


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\xff\xfe", "empty file"),
        (b"\xff\xfe \x00\n\x00", "empty file"),
        (b"\xff\xfeA\x00\x00\xdc", "not valid UTF-16"),  # a lone low surrogate
        (b"\xff\xfeA\x00B", "not valid UTF-16"),  # an odd number of bytes
        (b"\xff\xfeA\x00\x00\x00B\x00", "binary"),
    ],
)
def test_bad_utf16_is_refused_with_reason(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "notat.txt"
    path.write_bytes(content)
    with pytest.raises(DocumentError, match=reason):
        read_document(path)


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n ", "empty file"),
        ("binary.txt", bytes(range(256)) * 4, "binary"),
        ("broken.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog", "corrupt or truncated PDF"),
        ("notes.xyz", b"hello", "unsupported file type"),
    ],
)
def test_bad_files_are_refused_with_file_and_reason(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(DocumentError) as err:
        read_document(path)
    assert name in str(err.value)
    assert reason in str(err.value)


def test_undecodable_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "garbage.txt"
    path.write_bytes(b"ok start \xff\xfe\xfa\x81\x8d\x9d" * 40)
    with pytest.raises(DocumentError, match="garbage.txt"):
        read_document(path)


def test_pdf_reader_uses_the_pdfs_own_page_numbers(tmp_path: Path) -> None:
    path = write_pdf(
        tmp_path / "rapport.pdf",
        [["1. Leders beretning", "Bufdir har hatt et travelt år."], ["2. Introduksjon", "Virksomheten har mange roller."]],
        first_label=5,
    )
    doc = read_document(path)
    assert doc.media_type == "application/pdf"
    assert [p.number for p in doc.pages] == [5, 6]
    passages = segment(doc).passages
    intro = next(p for p in passages if "mange roller" in p.text)
    assert intro.page.certain == (6, 6)
    assert intro.section.title == "Introduksjon"
    assert doc.text[intro.start : intro.end].startswith("Virksomheten")


def test_truncated_pdf_is_refused(tmp_path: Path) -> None:
    good = write_pdf(tmp_path / "good.pdf", [["Hei"]])
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(good.read_bytes()[:120])
    with pytest.raises(DocumentError, match="cut.pdf"):
        read_document(cut)


def test_html_reader_keeps_main_content_only() -> None:
    doc = read_document(DATA / "smoke" / "nyhet.html")
    assert "Fosterhjem trengs i hele landet" in doc.text
    assert "Gå til hovedinnhold" not in doc.text
    assert "Registrer deg med din epostadresse" not in doc.text
    assert doc.title


def test_docx_reader(tmp_path: Path) -> None:
    import docx

    word = docx.Document()
    word.add_paragraph("1. Leders beretning")
    word.add_paragraph("Direktoratet har styrket arbeidet med fosterhjem.")
    path = tmp_path / "brev.docx"
    word.save(str(path))
    doc = read_document(path)
    assert "styrket arbeidet" in doc.text
