"""The passage invariants users rely on, checked on every document of the real corpus."""

from __future__ import annotations

import re
from pathlib import Path

from kg.passages import Segmented
from kg.passages.pages import PageMap

GOLD = Path(__file__).resolve().parent.parent / "gold" / "headings_003.tsv"
FOOTER_LINE = re.compile(r"(?m)^\s*Bufdir {2,}(\d+)\s*$")
BOILERPLATE = ["Gå til hovedinnhold", "Følg saker fra", "Registrer deg med din epostadresse", "Besøk vårt presserom"]


def test_offsets_point_at_the_exact_source_of_every_passage(corpus_segments: dict[str, Segmented]) -> None:
    for name, seg in corpus_segments.items():
        text = seg.document.text
        previous_end = 0
        for p in seg.passages:
            source = text[p.start : p.end]
            assert source and source == source.strip(), (name, p.id)
            assert p.start >= previous_end, f"{name}: passages overlap at {p.start}"
            previous_end = p.end
            # every cleaned character that was copied maps back onto the same character
            for c, o, n in p.offsets.segments:
                assert p.text[c : c + n] == text[o : o + n], (name, p.id)
            # the cleaned text only drops whitespace, hyphens of split words, footers and boilerplate
            assert set(re.sub(r"\W", "", p.text)) <= set(re.sub(r"\W", "", source)), (name, p.id)


def test_every_numbered_heading_is_the_section_of_a_passage_with_its_full_title(report: Segmented) -> None:
    gold = [line.split("\t") for line in GOLD.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    assert len(gold) >= 280
    sections = {(p.section.number, p.section.title) for p in report.passages}
    missing = [(num, title) for num, title in gold if (num, title) not in sections]
    assert not missing, missing[:10]


def test_section_paths_run_from_the_chapter_down(report: Segmented) -> None:
    p = next(p for p in report.passages if p.section.number == "3.3.4.2")
    assert p.section.path == ("Mål og resultater", "Barnevern", p.section.path[2], "Tilgang på fosterhjem")
    assert p.section.path[2].startswith("Mål 8:") and p.section.path[2].endswith("fosterhjem")


def test_passage_before_each_surviving_footer_carries_its_page(report: Segmented) -> None:
    text = report.document.text
    footers = list(FOOTER_LINE.finditer(text))
    assert len(footers) >= 10
    for m in footers:
        page = int(m.group(1))
        before = max((p for p in report.passages if p.end <= m.start()), key=lambda p: p.end)
        after = min((p for p in report.passages if p.start >= m.end()), key=lambda p: p.start)
        certain = before.page.certain
        assert certain is not None and certain[0] <= page <= certain[1], (page, before.page)
        assert after.page.first == page + 1


def test_pages_are_never_invented(report: Segmented) -> None:
    # Only 10 footers survive in ~10,000 lines: most passages cannot be placed on a page.
    placed = [p for p in report.passages if p.page.certain]
    assert 0 < len(placed) < len(report.passages) / 5


def test_no_footer_or_boilerplate_in_passage_text(corpus_segments: dict[str, Segmented]) -> None:
    for seg in corpus_segments.values():
        for p in seg.passages:
            assert not FOOTER_LINE.search(p.text), p.id
            for phrase in BOILERPLATE:
                assert phrase not in p.text, (seg.document.name, phrase)


def test_removed_text_is_recorded(corpus_segments: dict[str, Segmented]) -> None:
    report = corpus_segments["003_94fa0a46c54e0df6.txt"].document
    assert sum(1 for *_, kind in report.removed if kind == "footer") >= 10
    press = corpus_segments["001_cbdb2d4b703adde4.txt"].document
    removed_text = " ".join(press.text[s:e] for s, e, _ in press.removed)
    assert "Besøk vårt presserom" in removed_text


def test_passages_are_section_aware_chunks_of_sensible_size(report: Segmented) -> None:
    words = [len(p.text.split()) for p in report.passages if p.kind == "paragraph"]
    assert max(words) <= 300
    assert sum(words) / len(words) >= 80
    for p in report.passages:
        if p.section.number:
            sec = next(s for s in report.sections if s.number == p.section.number)
            assert sec.start <= p.start and p.end <= sec.end


def test_tables_stay_together(report: Segmented) -> None:
    table = next(p for p in report.passages if p.kind == "table" and p.text.startswith("Tabell 7:"))
    assert "Tilskudd til inkludering av barn og" in table.text and "756 789 000" in table.text
    appropriation = [p for p in report.passages if p.kind == "table" and p.section.number == "6.3"]
    assert any("0846 Familie- og oppveksttiltak 61" in p.text for p in appropriation)


def test_lists_keep_their_items(report: Segmented) -> None:
    kb = next(p for p in report.passages if p.kind == "list" and p.section.number == "3.2.1.3.2")
    items = [line for line in kb.text.splitlines() if line.startswith("• ")]
    assert len(items) == 3
    assert items[1].endswith("(NIBR, pågående)")


def test_split_words_rejoined_and_dashes_kept(report: Segmented) -> None:
    text = report.document.text
    assert "mindre-\nutgift" in text
    joined = " ".join(p.text for p in report.passages)
    assert "mindreutgift" in joined
    assert "2018–2024" in joined


def test_metadata_read_from_the_text(corpus_segments: dict[str, Segmented]) -> None:
    press = corpus_segments["001_cbdb2d4b703adde4.txt"].document
    assert press.date == "2018-06-06" and press.kind == "pressemelding"
    assert press.publisher == "Barne-, ungdoms- og familiedirektoratet"
    assert press.title == "Kommuner styrker og utvikler barneverntjenesten sin"
    annual = corpus_segments["003_94fa0a46c54e0df6.txt"].document
    assert annual.kind == "årsrapport" and annual.year == 2024
    news = corpus_segments["000_23b7719cbb859d8b.txt"].document
    assert news.title == "Her er Bufdirs årsrapport for 2023"


def test_web_pages_get_their_subheadings_as_sections(corpus_segments: dict[str, Segmented]) -> None:
    news = corpus_segments["002_4caa32c780ec343b.txt"]
    evaluation = next(p for p in news.passages if "gjennomfører følgeevaluering" in p.text)
    assert evaluation.section.number is None
    assert evaluation.section.title == "Følgeevalueringen av barnevernsreformen"
    assert evaluation.section.path == ("Følgeevalueringen av barnevernsreformen",)
    monitor = corpus_segments["004_8bed7d8112a692fe.txt"]
    # indicator lines of a web list are not headings, and keep their own lines
    assert all(not s.title.startswith("Andel") for s in monitor.sections if s.title)
    assert any("\nAndel der hjelpetiltak er evaluert innen 3 mnd" in p.text for p in monitor.passages)


def test_every_report_passage_has_a_page_range_and_an_estimate_inside_it(report: Segmented) -> None:
    estimates = []
    for p in report.passages:
        ref = p.page
        assert ref.low is not None and ref.estimate is not None, p.id
        assert ref.low <= ref.estimate and (ref.high is None or ref.estimate <= ref.high), (p.id, ref)
        if ref.certain:
            assert ref.low <= ref.certain[0] and (ref.high is None or ref.certain[1] <= ref.high), (p.id, ref)
        estimates.append(ref.estimate)
    assert estimates == sorted(estimates)  # reading order never goes back a page


def test_page_estimates_hold_against_a_footer_left_out(report: Segmented) -> None:
    # The real test of interpolation: hide one surviving footer and estimate where its page ended.
    text = report.document.text
    footers = [(m.start(), int(m.group(1))) for m in FOOTER_LINE.finditer(text)]
    errors = []
    for i in range(1, len(footers) - 1):
        offset, page = footers[i]
        estimate = PageMap((), footers[:i] + footers[i + 1 :]).estimate(offset - 1)
        assert estimate is not None
        errors.append(abs(estimate - page))
    assert len(errors) >= 8 and max(errors) <= 1, errors
