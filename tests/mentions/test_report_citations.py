"""Reports cited in running text and footnotes: 'Publisher (year): Title.' with a subtitle, 'rapporten Title
(Publisher, year)', and a named index in the definite form. The text is invented; no name in it comes from the
corpus."""

from __future__ import annotations

from kg.documents.base import Document
from kg.entities import Entity
from kg.mentions import extract
from kg.passages import segment
from tests.mentions.pipeline import entities_of

TEXT = """1 Innledning

Ordningen ble sist evaluert i 2018, jf. nordanalyse (2018): Lys i havna. Evaluering av
tilskuddsordningen for fyrlykter. Den gang ble det anbefalt å forenkle søknadene.
Direktoratet viser til rapporten Fyr i forfall – behov og tiltak
(Kystforskning, 2021), som dannet grunnlaget for arbeidet. Mange lag deltar, og forslagene er
drøftet i Kystlagsbarometeret
(Kystlagenes forbund, 2022). Fyrlyktene er et kulturminne. Fyrindeksen
2022/2023 (Kystforskning, 2023) viser at 27 prosent av fyrene er i god stand.
Arbeidet bygger på Følgeevaluering av fyrvernet. Sluttrapport (Kystforskning, 2019) og andre kilder.

¹ Vestlandsanalyse (2017): Fyrvokterne – en kartlegging.
"""


def _reports() -> dict[str, Entity]:
    return {e.label: e for e in entities_of("fyr.txt", TEXT) if e.type in ("Report", "Evaluation")}


def test_publisher_first_citations_with_a_subtitle_and_a_firm_in_lower_case() -> None:
    found = _reports()
    lys = found["Lys i havna. Evaluering av tilskuddsordningen for fyrlykter"]
    assert lys.type == "Evaluation" and lys.attr("year") == 2018 and lys.attr("publisher") == ("nordanalyse",)
    assert found["Fyrvokterne – en kartlegging"].attr("publisher") == ("Vestlandsanalyse",)


def test_title_then_publisher_after_a_cue_noun_and_named_indexes_in_the_definite_form() -> None:
    found = _reports()
    assert found["Fyr i forfall – behov og tiltak"].attr("publisher") == ("Kystforskning",)
    assert found["Kystlagsbarometeret"].attr("year") == 2022
    assert found["Fyrindeksen 2022/2023"].attr("publisher") == ("Kystforskning",)
    assert "Sluttrapport" not in found  # a genre noun, not a name


def test_the_next_sentence_ties_a_cited_report_to_a_goal() -> None:
    text = ("Virksomhetsmål 1: Flere bruker havnene\n\nVirksomhetsmål 2: Havnene er rene\n\n"
            "Departementet viser til rapporten Havner i endring (Kystforskning, 2024), som viser at bruken øker.\n"
            "Funnene i rapporten ligger til grunn for prioriteringene under virksomhetsmål 2.\n")
    report = next(e for e in entities_of("brev.txt", text) if e.type == "Report")
    assert {link.target_label.split(":")[0] for link in report.links if link.predicate == "aboutGoal"} == {
        "Virksomhetsmål 2"}


EVALUATED = """1 Innledning

Direktoratet viser til sluttrapporten Lys over leia (Kystforskning, 2020) og til
evalueringsrapporten Fyr i endring (Kystforskning, 2021), som vurderte reformen av fyrvernet fra 2010.
"""


def test_a_compound_cue_noun_and_what_a_cited_evaluation_evaluated() -> None:
    doc = "evaluert.txt"
    found = {e.label: e for e in entities_of(doc, EVALUATED)}
    assert found["Lys over leia"].type == "Report" and found["Lys over leia"].attr("year") == 2020
    evaluation = found["Fyr i endring"]
    assert evaluation.type == "Evaluation"
    seg = segment(Document(id="evaluert", name=doc, path=doc, media_type="text/plain", text=EVALUATED))
    links = extract(seg.document, list(seg.passages)).links
    assert any(link.predicate == "evaluates" and "av fyrvernet fra 2010" in str(link.object).lower()
               for link in links)


def test_a_quoted_title_after_a_nynorsk_or_compound_cue_noun() -> None:
    text = ("Registerstudien «Få står for mange. Gjentekne lovbrot blant unge» (Nordnorsk ungdomsforsking, 2020) "
            "viste at få unge stod for dei fleste lovbrota. Evalueringa «Ei ny byrjing» (Vestnorsk institutt for "
            "samfunnsforsking, 2024) peika på det same.\n")
    found = {e.label for e in entities_of("r.txt", text) if e.type in ("Report", "Evaluation")}
    assert found == {"Få står for mange. Gjentekne lovbrot blant unge", "Ei ny byrjing"}


def test_publisher_year_and_title_together_in_brackets() -> None:
    text = ("Ei tidlegare vurdering av pilotfasen (Kvale Analyse 2022: Museum på hjul i pilotkommunane. Ei førebels "
            "vurdering) fann at modellen var lovande.\n")
    reports = [e for e in entities_of("r.txt", text) if e.type in ("Report", "Evaluation")]
    assert [(r.label, r.attr("year"), r.attr("publisher")) for r in reports] == [
        ("Museum på hjul i pilotkommunane. Ei førebels vurdering", 2022, ("Kvale Analyse",))]


def test_a_quoted_title_after_an_indefinite_cue_noun_following_a_genitive() -> None:
    text = ("Behovet er dokumentert i direktoratets kartlegging «Unge voksne og fyrlivet» (Fyrdirektoratet, 2023), "
            "som viser at mange vil bli. Ein kartlegging viser det same (sjå vedlegg, 2022).\n")
    reports = [e for e in entities_of("r.txt", text) if e.type in ("Report", "Evaluation")]
    assert [(r.label, r.attr("year")) for r in reports] == [("Unge voksne og fyrlivet", 2023)]


def test_a_footnote_citing_work_in_progress_by_its_publisher_first() -> None:
    text = ("Ventetiden gikk ned.³\n\n³ Fyrforsk (pågående): Evaluering av Fyrlinjen. Ferdigstilles i 2024.\n")
    reports = [e for e in entities_of("r.txt", text) if e.type in ("Report", "Evaluation")]
    assert [(r.label, r.attr("status"), r.attr("year"), r.attr("publisher")) for r in reports] == [
        ("Evaluering av Fyrlinjen", "ongoing", None, ("Fyrforsk",))]


def test_a_title_opening_with_a_capitalised_work_noun_and_no_second_reading_of_a_title_a_cue_read_whole() -> None:
    text = ("Departementet viser til Kartlegging av fyrvokterlag i Norge (Kystforsk, 2021), som viste at mange lag har "
            "svak økonomi. Ordningen ble evaluert i 2017, jf. Fyr i flåten.\nEvaluering av tilskuddet til fyrlag "
            "(Kystforsk, 2017). Funnene er brukt.\n")
    reports = [e for e in entities_of("r.txt", text) if e.type in ("Report", "Evaluation")]
    assert sorted((r.label, r.attr("year")) for r in reports) == [
        ("Fyr i flåten. Evaluering av tilskuddet til fyrlag", 2017), ("Kartlegging av fyrvokterlag i Norge", 2021)]


def test_a_title_set_off_by_a_comma_after_an_indefinite_work_noun() -> None:
    text = ("1 Bakgrunn\n\nEn tidligere studie, Gevinster i små havner (Kystforskning, 2022), viste at "
            "gevinstene sjelden blir målt.\n")
    found = {e.label: e for e in entities_of("e.txt", text) if e.type in ("Report", "Evaluation")}
    assert found["Gevinster i små havner"].attr("publisher") == ("Kystforskning",)
    assert found["Gevinster i små havner"].attr("year") == 2022


def test_titles_closed_by_their_number_in_a_publishers_report_series() -> None:
    text = ("Underveis har vi levert en midtveisrapport: Fyr i startfasen. Midtveisrapport fra følgeevalueringen av\n"
            "Fyrvennordningen (KFI-rapport 11/2024). Enkelte funn er gjentatt her.\n\n"
            "Etaten skal følge opp anbefalingene i evalueringen fra Kystforskningsinstituttet (KFI), Trygge fyr?\n"
            "Evaluering av tilskuddet til fyrlag (KFI-rapport 2023:7), og foreslå endringer.\n\n"
            "Rapporten Fyrvokterne i nord (FSD-rapport 4/2022) gir et godt grunnlag.\n")
    found = {e.label: e for e in entities_of("e.txt", text) if e.type in ("Report", "Evaluation")}
    assert set(found) == {"Fyr i startfasen. Midtveisrapport fra følgeevalueringen av Fyrvennordningen",
                          "Trygge fyr? Evaluering av tilskuddet til fyrlag", "Fyrvokterne i nord"}
    assert found["Fyrvokterne i nord"].type == "Report"
    assert found["Trygge fyr? Evaluering av tilskuddet til fyrlag"].type == "Evaluation"
    assert (found["Fyrvokterne i nord"].attr("year"), found["Fyrvokterne i nord"].attr("publisher")) == (2022, ("FSD",))
    assert found["Trygge fyr? Evaluering av tilskuddet til fyrlag"].attr("year") == 2023


def test_work_in_progress_named_by_its_work_noun_with_who_is_doing_it() -> None:
    text = ("O-5 Oppfølging av evalueringa. Sluttrapporten frå følgjeevalueringa av Fyrvenn-ordninga, som "
            "Kystforskingsinstituttet utfører på oppdrag frå etaten, ligg føre våren 2026.\n")
    found = [e for e in entities_of("b.txt", text) if e.type in ("Report", "Evaluation")]
    assert [(e.label, e.attr("status"), e.attr("publisher")) for e in found] == [
        ("Sluttrapporten frå følgjeevalueringa av Fyrvenn-ordninga", "ongoing", ("Kystforskingsinstituttet",))]
    assert [link.target_label for link in found[0].links if link.predicate == "evaluates"] == ["Fyrvenn-ordninga"]
