"""Measures named in lists of quoted names, by a sentence-case name later, and evaluated under two names."""

from __future__ import annotations

from kg.entities import Entity
from tests.mentions.pipeline import entities_of

TEXT = """ 1. Mål og resultater 
1.1 Mål 1: Trygg ferdsel på sjøen for alle brukere av farledene 

1.1.1 Opplæring av losene 
Etaten har i 2024 gitt to opplæringsprogram: «Trygg navigering i mørket» og «Sikkerhetskultur 
om bord». Begge ble gjennomført i alle regioner. 

For programmet Trygg navigering i mørket svarer 90 prosent av deltakerne at de har hatt nytte av det. 

1.1.2 Kunnskapsgrunnlag 
Følgende kunnskapsgrunnlag er publisert eller pågående i 2024: 

• Effektstudie av «Los om bord/Pilot on Board tidl. Losordningen» (pågående) 
"""


def _entities() -> list[Entity]:
    return entities_of("sjo2.txt", TEXT)


def test_quoted_names_listed_after_a_measure_noun_are_measures_of_the_sections_goal() -> None:
    entities = _entities()
    measures = {e.label: e for e in entities if e.type == "Measure"}
    assert {"Trygg navigering i mørket", "Sikkerhetskultur om bord"} <= set(measures)
    goal = next(e for e in entities if e.type == "Goal")
    assert any(link.predicate == "addresses" and link.target == goal.iri
               for link in measures["Sikkerhetskultur om bord"].links)


def test_a_sentence_case_name_resolves_to_the_full_name_given_earlier_in_the_section() -> None:
    measures = {e.label: e for e in _entities() if e.type == "Measure"}
    assert "Trygg" not in measures
    assert len(measures["Trygg navigering i mørket"].sources) == 2


def test_an_evaluated_programme_under_two_names_is_named_by_the_first_and_not_cut_at_an_abbreviation() -> None:
    entities = _entities()
    measures = {e.label for e in entities if e.type == "Measure"}
    assert "Los om bord" in measures
    assert not any("tidl" in label for label in measures)
    evaluation = next(e for e in entities if e.type == "Evaluation")
    target = next(e for e in entities if e.label == "Los om bord")
    assert any(link.predicate == "evaluates" and link.target == target.iri for link in evaluation.links)


DEFINED = """ 1. Mål og resultater 
1.1 Mål 1: Trygg ferdsel på sjøen for alle brukere av farledene 

1.1.1 «Sikker havn» – opplæring for havneansatte 
«Sikker havn» er et opplæringsprogram for ansatte i kommunale havner. Programmet ble gitt i fire 
regioner i 2024. 
"""


def test_a_measure_defined_under_its_own_heading_is_cited_at_its_name_without_the_quotes() -> None:
    measure = next(e for e in entities_of("sjo3.txt", DEFINED) if e.type == "Measure")
    source = measure.sources[0]
    assert measure.label == "Sikker havn"
    assert DEFINED[source.start:source.end] == "Sikker havn" == source.text


SENTENCE_CASE = """Mål 1: Flere unge svømmer trygt

Kampanjen Lær å svømme, som etaten startet i 2024, nådde mange skoler. Etaten vil videreføre
programmet Svømmeløftet og tilby kurs. Piloten Trygg i vannet ble gjennomført i fire kommuner.
Barnets beste er et hensyn i alt arbeidet, og barnets stemme skal høres.
"""


def test_sentence_case_names_end_at_a_clause_boundary_and_a_definite_name_stands_alone() -> None:
    measures = {e.label for e in entities_of("svom.txt", SENTENCE_CASE) if e.type == "Measure"}
    assert measures == {"Lær å svømme", "Svømmeløftet", "Trygg i vannet"}


def test_a_name_the_text_calls_a_grant_scheme_is_no_measure_for_its_head_noun() -> None:
    text = ("2.1 Museumsløftet\n\nDirektoratet forvalter tilskuddsordningen Museumsløftet. I 2024 fikk 40 museer "
            "støtte fra Museumsløftet, og søknadene til Museumsløftet økte med ti prosent.\n")
    found = {(e.type, e.label) for e in entities_of("r.txt", text) if e.type in ("Measure", "GrantScheme")}
    assert found == {("GrantScheme", "Museumsløftet")}


def test_services_and_tools_named_after_their_noun_and_a_name_defined_as_a_database() -> None:
    text = ("1 Resultater\n\n1.1 Mål 1: Søknadene behandles raskt og enkelt\n\n"
            "Den digitale søknadsveiviseren Museumsveien ble tatt i bruk i februar. Direktoratet viderefører "
            "søknadsløsningen eSøknad, og fartøyregisteret «Båtloggen» ble åpnet i april. "
            "Rettleiingstenesta Museumstelefonen tok imot 400 førespurnader.\n\n"
            "Gjenstandsbasen er ein open, søkbar database med alle gjenstandane i samlingane.\n")
    found = {e.label for e in entities_of("r.txt", text) if e.type == "Measure"}
    assert {"Museumsveien", "eSøknad", "Båtloggen", "Museumstelefonen", "Gjenstandsbasen"} <= found


def test_a_sentence_case_name_spelt_by_the_short_name_in_brackets_is_one_measure_with_it() -> None:
    text = ("1 Resultater\n\n1.1 Mål 1: Kommunene forebygger kriminalitet systematisk\n\n"
            "Samarbeidsmodellen Trygg lokal oppvekst (TLO) er direktoratets viktigste virkemiddel. I 2024 tok "
            "ti nye kommuner i bruk modellen TLO.\n")
    measures = [e for e in entities_of("r.txt", text) if e.type == "Measure"]
    assert len(measures) == 1 and "Trygg lokal oppvekst" in (measures[0].label, *measures[0].alt_labels)


def test_names_described_in_apposition_as_a_guide_an_overview_or_a_marketplace() -> None:
    text = ("1 Resultater\n\n1.1 Mål 1: Museene når hele befolkningen\n\n"
            "Søknadsskjemaet ble forenklet, og Museumsveilederen, en nettbasert veiledning for små museer, fikk "
            "40 000 besøk. Gjenstandsbørsen, vår digitale markedsplass for brukte montre, ble åpnet i mars. "
            "Vi har brukt registerdata fra Museumsdir, en spørreundersøkelse til museene og intervjuer.\n")
    found = {e.label for e in entities_of("r.txt", text) if e.type == "Measure"}
    assert {"Museumsveilederen", "Gjenstandsbørsen"} <= found and "Museumsdir" not in found


def test_a_common_word_opening_the_line_after_a_measure_noun_is_no_name_a_name_there_is() -> None:
    text = ("Arbeidet med turveiene gikk godt i 2024. Vi hadde tre innsatser i programmet\n"
            "Opplæring av stiansvarlige i 38 kommuner ga bedre merking. Mer opplæring kommer.\n"
            "Høsten 2024 gjennomførte vi kampanjen\nTurglede med annonser og turdager.\n")
    measures = {e.label for e in entities_of("r.txt", text) if e.type == "Measure"}
    assert "Opplæring" not in measures and "Turglede" in measures


def test_compounds_headed_by_pilot_academy_or_guide_service_are_names_a_guide_given_out_is_not() -> None:
    text = ("I 2023 startet vi Sirkulærpiloten for tolv bedrifter. Departementet forventer at Klyngeakademiet "
            "videreføres. Brukerne er fornøyde med Bedriftsveilederen, og mange bruker Bedriftsveilederen hver uke. "
            "Vi ga også ut Solkraftveilederen for kommunale bygg.\n")
    measures = {e.label for e in entities_of("r.txt", text) if e.type == "Measure"}
    assert {"Sirkulærpiloten", "Klyngeakademiet", "Bedriftsveilederen"} <= measures
    assert "Solkraftveilederen" not in measures


def test_a_known_word_described_as_the_agencys_own_a_hyphenated_course_and_someone_elses_programme() -> None:
    text = ("1 Resultat\n\n1.1 Mål 1: Turgåarar finn lett informasjon\n\n"
            "Turlinja er senteret sitt gratis telefon- og chattilbod for turgåarar. Stien er direktoratets "
            "rekrutteringsprogram for unge stiarbeidarar, og 300 deltok i Stien. Samla er vår vurdering at tilbodet verkar. "
            "E-læringskurset «Sjå turvegen» er gratis for alle kommunetilsette. Stien må ikkje forvekslast med "
            "skoleprogrammet «Ut på tur», som drives av en privat stiftelse.\n")
    measures = {e.label for e in entities_of("r.txt", text) if e.type == "Measure"}
    assert measures == {"Turlinja", "Stien", "Sjå turvegen"}


def test_a_word_named_alone_elsewhere_takes_no_words_of_the_sentence_after_it() -> None:
    text = ("1 Resultat\n\nFor unge voksne har økonomikurset Pengevett vokst kraftig, med 13 000 deltakere. "
            "Deltakerne i Pengevett er fornøyde, og Pengevett skal videreføres.\n")
    measures = {e.label for e in entities_of("r.txt", text) if e.type == "Measure"}
    assert measures == {"Pengevett"}


def test_the_agencys_own_measure_is_a_name_though_the_word_is_written_small_elsewhere() -> None:
    text = ("1 Resultat\n\n1.1 Mål 1: Flere går på tur\n\nOver 3 400 personer gikk tur med en fjellvenn i 2024. "
            "Fjellvenn er direktoratets viktigste tiltak for å nå personer som sjelden er ute. Ordningen er "
            "direktoratets mest brukte tilbud.\n")
    measures = {e.label for e in entities_of("r.txt", text) if e.type == "Measure"}
    assert measures == {"Fjellvenn"}


def test_a_name_joined_to_its_measure_noun_and_a_short_name_its_words_spell_without_linking_words() -> None:
    text = ("1 Mål og styringsparametere\n\n1.   Flere innbyggere mestrer digitale tjenester.\n"
            "     SDD skal nå målet særlig gjennom Nettvett-kurs i samarbeid med kommunene.\n"
            "     Kartleggingsverktøyet Digitalt utenforskap i kommunen (DUK) skal tilbys alle kommuner.\n"
            "     Styringsparameter:\n"
            "     a)   Andel kommuner som har tatt i bruk kartleggingsverktøyet DUK\n"
            "          Resultatmål: Minst 45 prosent\n")
    measures = {e.label: e for e in entities_of("brev.txt", text) if e.type == "Measure"}
    # 'kartleggingsverktøyet DUK' is the same measure by its short name; 'Resultatmål' on the next line no part of it
    assert set(measures) == {"Nettvett-kurs", "Digitalt utenforskap i kommunen"}


def test_a_compound_of_a_name_the_text_uses_alone_is_that_name() -> None:
    text = ("1 Resultat\n\nPengevett-kurset hadde 13 480 deltakere i 2024. Deltakerne i Pengevett er fornøyde.\n")
    assert {e.label for e in entities_of("r.txt", text) if e.type == "Measure"} == {"Pengevett"}


def test_a_nynorsk_course_offer_before_its_name() -> None:
    text = "1 Resultat\n\nKurstilbodet Styreskulen hadde 930 deltakarar frå 604 lag i 2023.\n"
    assert {e.label for e in entities_of("r.txt", text) if e.type == "Measure"} == {"Styreskulen"}


OPENING = """Instruktørskolen ble i 2024 tilbudt i alle fylker for første gang. Kurset gir instruktører en
innføring i veiledning. Skuleprogrammet «Ren havn» ble utvidet til to nye fylker.

Antall instruktører som har fullført Instruktørskolen økte til 1 130.
"""


def test_a_name_opening_a_sentence_that_the_document_also_names_inside_one_is_a_measure() -> None:
    measures = {e.label: e for e in entities_of("rapport.txt", OPENING) if e.type == "Measure"}
    assert "Skuleprogrammet" not in measures  # a generic noun before the name it introduces
    opening = OPENING.index("Instruktørskolen ble")
    assert opening in {s.start for s in measures["Instruktørskolen"].sources}


def test_a_quoted_name_after_a_compound_of_a_service_noun_is_a_measure() -> None:
    text = ("Mål 3: Voksne har tilgang til karriereveiledning av god kvalitet\n\n"
            "Den digitale veiledningstjenesten «Kursvalg» hadde 41 200 samtaler i 2025, mot 36 900 året før.\n"
            "Dette kan føre til at barnevernstjenesten «holder på saken» lenger enn før.\n")
    measures = [e.label for e in entities_of("rapport.txt", text) if e.type == "Measure"]
    assert measures == ["Kursvalg"]
