"""The same goal of one agency in two documents is aligned; different agencies' goals never are."""

from __future__ import annotations

from kg.documents.base import Document
from kg.entities.alignment import align
from kg.entities.base import Entity, Source
from kg.passages.pages import PageRef

REPORT = Document("r", "r.txt", "r.txt", "text/plain", "", kind="årsrapport", publisher="Direktoratet for havner")
LETTER = Document("l", "l.txt", "l.txt", "text/plain", "", kind="tildelingsbrev",
                  publisher="Samferdselsdepartementet", addressee="Direktoratet for havner")
OTHER = Document("o", "o.txt", "o.txt", "text/plain", "", kind="årsrapport", publisher="Direktoratet for kyst")


def goal(doc: Document, number: str, title: str) -> Entity:
    src = Source("p", doc.name, doc.id, 0, len(title), PageRef(), None, None, (), "goal.heading", 0.9, title)
    return Entity(f"https://w3id.org/bufdir-kg/id/goal/{doc.id}-{number}", "Goal", title, (), (src,),
                  attrs=(("number", number), ("title", title)))


def test_reworded_renumbered_goals_align_and_other_agencies_never() -> None:
    entities = [
        goal(REPORT, "1", "Havnene er trygge og tilgjengelige for alle brukere"),
        goal(REPORT, "2", "Flere gods transporteres sjøveien mellom norske havner"),
        goal(REPORT, "3", "Havnene har god beredskap mot akutt forurensning"),
        goal(LETTER, "2", "Havnene er tilgjengelige og trygge for alle brukere"),    # two words swapped
        goal(LETTER, "1", "Mer gods transporteres sjøveien mellom norske havner"),    # one word changed, renumbered
        goal(LETTER, "4", "Digitale tjenester gjør det enkelt å søke om tillatelser"),  # new this year
        goal(OTHER, "1", "Havnene er trygge og tilgjengelige for alle brukere"),     # same words, other agency
    ]
    aligned, relations = align(entities, [], [REPORT, LETTER, OTHER])
    pairs = {(r.predicate, r.subject.rsplit("/", 1)[1], r.object.rsplit("/", 1)[1]) for r in relations}
    assert pairs == {("exactMatch", "l-2", "r-1"), ("closeMatch", "l-1", "r-2")}
    close = next(r for r in relations if r.predicate == "closeMatch")
    assert {s.doc_id for s in close.sources} == {"l", "r"} and 0.5 <= close.sources[0].confidence < 1
    assert {link.predicate for e in aligned for link in e.links} == {"exactMatch", "closeMatch"}


def test_one_goal_aligns_with_at_most_one_goal_of_another_document() -> None:
    entities = [goal(REPORT, "1", "Barn får hjelp tidlig i hele landet"),
                goal(REPORT, "2", "Barn får hjelp tidlig i kommunene"),
                goal(LETTER, "1", "Barn får hjelp tidlig i hele landet")]
    _, relations = align(entities, [], [REPORT, LETTER])
    assert [(r.subject.rsplit("/", 1)[1], r.object.rsplit("/", 1)[1]) for r in relations] == [("l-1", "r-1")]


def test_an_evaluation_report_and_its_listing_elsewhere_are_the_same_evaluation() -> None:
    from kg.entities.base import EntityLink

    scheme = "https://w3id.org/bufdir-kg/id/grant-scheme/havnetilskudd"
    listed = goal(REPORT, "x", "Evaluering av havnetilskuddet")
    document = goal(OTHER, "y", "Trygge kaier? Evaluering av havnetilskuddet")
    other = goal(OTHER, "z", "Kartlegging av havnetilskuddet")
    evaluates = (EntityLink("evaluates", scheme, "out", "GrantScheme", "Havnetilskudd"),)
    listed, document, other = (replace_type(e, evaluates) for e in (listed, document, other))
    _, relations = align([listed, document, other], [], [REPORT, OTHER])
    assert [(r.predicate, {s.rule for s in r.sources}) for r in relations] == [
        ("exactMatch", {"alignment.same-evaluation"})]
    assert {relations[0].subject, relations[0].object} == {listed.iri, document.iri}


def replace_type(e: Entity, links: tuple[object, ...]) -> Entity:
    from dataclasses import replace

    return replace(e, type="Evaluation", links=links)  # type: ignore[arg-type]


def test_an_assignment_is_delivered_by_the_report_of_its_agency_that_fits_it() -> None:
    from dataclasses import replace

    from kg.entities.base import EntityLink

    scheme = "https://w3id.org/bufdir-kg/id/grant-scheme/havnetilskudd"
    order = replace(goal(LETTER, "a1", "Direktoratet skal sørge for en ekstern evaluering av havnetilskuddet"),
                    type="Assignment", links=(EntityLink("ordersEvaluationOf", scheme, "out", "GrantScheme", "H"),))
    survey = replace(goal(LETTER, "a2", "Direktoratet skal kartlegge kommunenes beredskap mot oljeutslipp i havnene"),
                     type="Assignment")
    evaluation = replace(goal(REPORT, "r1", "Sluttevaluering av tilskuddet"), type="Report",
                         links=(EntityLink("evaluates", scheme, "out", "GrantScheme", "H"),))
    mapping = replace(goal(REPORT, "r2", "Kartlegging av kommunenes beredskap mot oljeutslipp"), type="Report")
    elsewhere = replace(goal(OTHER, "r3", "Kartlegging av kommunenes beredskap mot oljeutslipp"), type="Report")
    _, relations = align([order, survey, evaluation, mapping, elsewhere], [], [REPORT, LETTER, OTHER])
    delivered = {(r.subject.rsplit("/", 1)[1], r.object.rsplit("/", 1)[1]) for r in relations
                 if r.predicate == "deliveredBy"}
    assert delivered == {("l-a1", "r-r1"), ("l-a2", "r-r2")}  # never another agency's report


def test_a_report_its_document_says_answers_an_assignments_code_delivers_it() -> None:
    from dataclasses import replace

    order = replace(goal(LETTER, "a3", "Direktoratet skal utvikle en indikator for bruk av småbåthavner"),
                    type="Assignment", attrs=(("code", "H-25-03"),))
    note = replace(goal(REPORT, "r4", "Havnebruk. Et metodenotat"), type="Report", attrs=(("answers", ("H-25-03",)),))
    _, relations = align([order, note], [], [REPORT, LETTER])
    assert {(r.subject.rsplit("/", 1)[1], r.object.rsplit("/", 1)[1]) for r in relations
            if r.predicate == "deliveredBy"} == {("l-a3", "r-r4")}


def test_an_earlier_evaluation_of_the_same_scheme_by_another_firm_is_another_work() -> None:
    from dataclasses import replace

    from kg.entities.base import EntityLink

    scheme = "https://w3id.org/bufdir-kg/id/grant-scheme/havnetilskudd"
    firms = {"a": "https://w3id.org/bufdir-kg/id/org/nordvik-analyse", "b": "https://w3id.org/bufdir-kg/id/org/fjordsyn"}
    orgs = [Entity(iri, "Organisation", name, (), ()) for iri, name in
            ((firms["a"], "Nordvik Analyse"), (firms["b"], "Fjordsyn"))]

    def evaluation(doc: Document, key: str, title: str, firm: str) -> Entity:
        links = (EntityLink("evaluates", scheme, "out", "GrantScheme", "Havnetilskudd"),
                 EntityLink("publisher", firms[firm], "out", "Organisation", firm))
        return replace(goal(doc, key, title), type="Evaluation", links=links)

    new = evaluation(REPORT, "x", "Evaluering av havnetilskuddet", "a")
    cited = evaluation(OTHER, "y", "Havner i endring. Evaluering av havnetilskuddet", "b")
    _, relations = align([new, cited, *orgs], [], [REPORT, OTHER])
    assert relations == []
    same_firm = evaluation(OTHER, "y", "Havner i endring. Evaluering av havnetilskuddet", "a")
    _, relations = align([new, same_firm, *orgs], [], [REPORT, OTHER])
    assert [r.predicate for r in relations] == ["exactMatch"]


def test_a_goal_the_same_years_report_words_anew_aligns_by_number_where_the_documents_number_alike() -> None:
    letter = Document("l", "l.txt", "l.txt", "text/plain", "", kind="tildelingsbrev", year=2025,
                      publisher="Samferdselsdepartementet", addressee="Direktoratet for havner")
    report = Document("r", "r.txt", "r.txt", "text/plain", "", kind="årsrapport", year=2025,
                      publisher="Direktoratet for havner")
    later = Document("n", "n.txt", "n.txt", "text/plain", "", kind="årsrapport", year=2026,
                     publisher="Direktoratet for havner")
    entities = [
        goal(letter, "1", "Havnene er trygge og tilgjengelige for alle brukere"),
        goal(letter, "2", "Direktoratet skal styrke godstransport på sjø mellom norske havner"),
        goal(report, "1", "Havnene er trygge og tilgjengelige for alle brukere"),
        goal(report, "2", "Mer gods fraktes sjøveien mellom havner i hele landet"),  # worded anew, 'havn' shared
        goal(later, "1", "Havnene er trygge og tilgjengelige for alle brukere"),
        goal(later, "2", "Mer gods fraktes sjøveien mellom havner i hele landet og til utlandet"),
    ]
    _, relations = align(entities, [], [letter, report, later])
    close = {(r.subject.rsplit("/", 1)[1], r.object.rsplit("/", 1)[1]) for r in relations
             if any(s.rule == "alignment.same-number-same-year" for s in r.sources)}
    assert close == {("l-2", "r-2")}  # the letter and its year's report; another year's report is no such pair
    # where the documents number their goals differently, a shared number says nothing
    entities[2] = goal(report, "3", "Havnene er trygge og tilgjengelige for alle brukere")
    _, relations = align(entities, [], [letter, report, later])
    assert not any(s.rule == "alignment.same-number-same-year" for r in relations for s in r.sources)


def test_a_report_published_before_the_assignments_year_does_not_deliver_it() -> None:
    from dataclasses import replace

    order = replace(goal(LETTER, "a1", "Direktoratet skal følge opp kartleggingen av beredskap mot oljeutslipp i "
                                       "havnene og legge fram en plan"),
                    type="Assignment", attrs=(("year", 2025),))
    earlier = replace(goal(REPORT, "r1", "Kartlegging av beredskap mot oljeutslipp i havnene"), type="Report",
                      attrs=(("year", 2024), ("status", "published")))
    ongoing = replace(goal(REPORT, "r2", "Kartlegging av beredskap mot oljeutslipp i havnene – del 2"), type="Report",
                      attrs=(("status", "ongoing"),))
    _, relations = align([order, earlier], [], [REPORT, LETTER])
    assert not [r for r in relations if r.predicate == "deliveredBy"]
    _, relations = align([order, ongoing], [], [REPORT, LETTER])
    assert [r.object.rsplit("/", 1)[1] for r in relations if r.predicate == "deliveredBy"] == ["r-r2"]


def test_the_last_goal_left_on_each_side_aligns_where_it_shares_enough_words_and_a_new_goal_does_not() -> None:
    entities = [
        goal(LETTER, "1", "Flere lærlinger og lærekandidater fullfører fag- og yrkesopplæringen"),
        goal(LETTER, "2", "Havnene er trygge og tilgjengelige for alle brukere"),
        goal(REPORT, "2", "Flere fullfører fag- og yrkesopplæringen med fag-, svenne- eller kompetansebrev"),
        goal(REPORT, "1", "Havnene er trygge og tilgjengelige for alle brukere"),
    ]
    _, relations = align(entities, [], [REPORT, LETTER])
    last = [(r.subject.rsplit("/", 1)[1], r.object.rsplit("/", 1)[1]) for r in relations
            if any(s.rule == "alignment.last-pair" for s in r.sources)]
    assert last == [("l-1", "r-2")]
    entities[2] = goal(REPORT, "2", "Digitale tjenester gjør det enkelt å søke om læreplass")  # a new goal
    _, relations = align(entities, [], [REPORT, LETTER])
    assert not any(s.rule == "alignment.last-pair" for r in relations for s in r.sources)


def test_a_report_whose_subtitle_names_what_an_assignment_orders_delivers_it() -> None:
    from dataclasses import replace

    order = replace(goal(LETTER, "a2", "Direktoratet skal levere sluttrapporten fra kartleggingen av hevede "
                                       "lærekontrakter"), type="Assignment")
    report = replace(goal(REPORT, "r2", "Frafall i læretiden. Kartlegging av hevede lærekontrakter"), type="Report")
    _, relations = align([order, report], [], [REPORT, LETTER])
    assert [(r.subject.rsplit("/", 1)[1], r.object.rsplit("/", 1)[1]) for r in relations
            if r.predicate == "deliveredBy"] == [("l-a2", "r-r2")]


def test_a_goal_in_nynorsk_and_bokmal_aligns_and_a_reworded_sub_goal_of_the_same_number_and_year_too() -> None:
    letter = Document("l", "l.txt", "l.txt", "text/plain", "", kind="tildelingsbrev", year=2024,
                      publisher="Landbruks- og matdepartementet", addressee="Direktoratet for beite")
    report = Document("r", "r.txt", "r.txt", "text/plain", "", kind="årsrapport", year=2024,
                      publisher="Direktoratet for beite")
    evaluation = Document("e", "e.txt", "e.txt", "text/plain", "", kind="evaluering", year=2024,
                          publisher="Fjordvik Analyse", commissioner="Direktoratet for beite")
    entities = [goal(letter, "1", "Aktiv og berekraftig bruk av utmarksbeite i heile landet"),
                goal(letter, "3.1", "Rask og enkel handsaming av søknader om tilskot"),
                goal(report, "1", "Aktiv og berekraftig bruk av utmarksbeite i heile landet"),
                goal(report, "3.1", "Raskare og enklare søknadshandsaming"),
                goal(evaluation, "1", "aktiv og bærekraftig bruk av utmarksbeite i hele landet")]
    _, relations = align(entities, [], [letter, report, evaluation])
    pairs = {(r.subject.rsplit("/", 1)[1], r.object.rsplit("/", 1)[1]) for r in relations}
    assert {("e-1", "l-1"), ("e-1", "r-1"), ("l-1", "r-1"), ("l-3.1", "r-3.1")} <= pairs


def test_a_letters_assignment_and_its_years_report_line_of_the_same_code_are_the_same_assignment() -> None:
    from dataclasses import replace

    letter = Document("l", "l.txt", "l.txt", "text/plain", "", kind="tildelingsbrev", year=2024,
                      publisher="Landbruks- og matdepartementet", addressee="Direktoratet for beite")
    report = Document("r", "r.txt", "r.txt", "text/plain", "", kind="årsrapport", year=2024,
                      publisher="Direktoratet for beite")
    later = Document("n", "n.txt", "n.txt", "text/plain", "", kind="årsrapport", year=2025,
                     publisher="Direktoratet for beite")

    def assignment(doc: Document, code: str, text: str) -> Entity:
        return replace(goal(doc, f"a{code}", text), type="Assignment", attrs=(("code", code),))

    entities = [assignment(letter, "1", "Verksemda skal greie ut korleis beitebruksplanar kan takast inn i arealplanar"),
                assignment(letter, "2", "Verksemda skal opne ei digital søknadsteneste for tilskot til stølsdrift"),
                assignment(report, "1", "Utgreiing om beitebruksplanar i kommunale arealplanar"),
                assignment(report, "2", "Rettleiar om dyrevelferd i utmark"),  # another assignment under that code
                assignment(later, "1", "Utgreiing om beitebruksplanar i kommunale arealplanar")]
    _, relations = align(entities, [], [letter, report, later])
    assert [(r.subject.rsplit("/", 1)[1], r.object.rsplit("/", 1)[1]) for r in relations
            if any(s.rule == "alignment.same-code-same-year" for s in r.sources)] == [("l-a1", "r-a1")]


def test_uncoded_assignments_worded_alike_in_a_letter_and_its_years_report_are_paired_once() -> None:
    from dataclasses import replace

    letter = Document("l", "l.txt", "l.txt", "text/plain", "", kind="tildelingsbrev", year=2022,
                      publisher="Kulturdepartementet", addressee="Direktoratet for frivillighet")
    report = Document("r", "r.txt", "r.txt", "text/plain", "", kind="årsrapport", year=2022,
                      publisher="Direktoratet for frivillighet")
    next_letter = Document("n", "n.txt", "n.txt", "text/plain", "", kind="tildelingsbrev", year=2023,
                           publisher="Kulturdepartementet", addressee="Direktoratet for frivillighet")

    def assignment(doc: Document, n: str, text: str, code: str | None = None) -> Entity:
        return replace(goal(doc, f"a{n}", text), type="Assignment", attrs=(("code", code),) if code else ())

    entities = [assignment(letter, "1", "Direktoratet skal utarbeide en oppdatert veileder for frivilligsentraler"),
                assignment(letter, "2", "Direktoratet skal kartlegge deltakelsen i frivillig arbeid blant unge voksne"),
                assignment(report, "1", "Oppdatert rettleiar for frivilligsentralar"),
                assignment(report, "2", "Kartlegging av frivillig arbeid blant unge voksne"),
                assignment(next_letter, "1", "Direktoratet skal følge opp kartleggingen av frivillig arbeid blant "
                                             "unge voksne"),
                assignment(letter, "3", "Direktoratet skal kartlegge matsvinnet i sykehjem", "2022-4"),
                assignment(next_letter, "3", "Direktoratet skal ferdigstille kartleggingen av matsvinn", "2022-4")]
    _, relations = align(entities, [], [letter, report, next_letter])
    pairs = {(r.subject.rsplit("/", 1)[1], r.object.rsplit("/", 1)[1]) for r in relations
             if r.predicate == "closeMatch"}
    assert pairs == {("l-a1", "r-a1"), ("l-a2", "r-a2")}


def test_a_report_delivers_an_assignment_whose_words_it_uses_as_another_word_form() -> None:
    from dataclasses import replace

    order = replace(goal(LETTER, "a3", "Direktoratet skal kartlegge tilstanden i småbåthavnene langs kysten"),
                    type="Assignment")
    study = replace(goal(REPORT, "r7", "Tilstandskartlegging av småbåthavner langs kysten"), type="Report")
    _, relations = align([order, study], [], [REPORT, LETTER])
    assert [(r.subject.rsplit("/", 1)[1], r.object.rsplit("/", 1)[1]) for r in relations
            if r.predicate == "deliveredBy"] == [("l-a3", "r-r7")]


def test_reworded_goals_left_over_align_where_each_is_the_others_one_best() -> None:
    entities = [
        goal(LETTER, "1", "Havnene er trygge og tilgjengelige for alle brukere"),
        goal(LETTER, "2", "domfelte får en planlagt og samordnet tilbakeføring etter gjennomført straff"),
        goal(LETTER, "3", "kommunenes kriminalitetsforebyggende arbeid er kunnskapsbasert og samordnet"),
        goal(REPORT, "3", "Havnene er trygge og tilgjengelige for alle brukere"),
        goal(REPORT, "1", "Tidligere straffedømte får en planlagt og samordnet tilbakeføring til samfunnet"),
        goal(REPORT, "2", "Kommunene driver kunnskapsbasert kriminalitetsforebygging"),
        goal(REPORT, "4", "Digitale tjenester gjør det enkelt å søke om tilskudd"),
    ]
    _, relations = align(entities, [], [REPORT, LETTER])
    best = sorted((r.subject.rsplit("/", 1)[1], r.object.rsplit("/", 1)[1]) for r in relations
                  if any(s.rule == "alignment.mutual-best" for s in r.sources))
    assert best == [("l-2", "r-1"), ("l-3", "r-2")]


def test_a_nynorsk_goal_aligns_word_for_word_and_a_compound_shares_its_head_word_with_the_last_goal_left() -> None:
    entities = [
        goal(LETTER, "1", "Innbyggjarar får samanhengande tenester frå kommunane"),
        goal(LETTER, "2", "Kommunane har god digital sikkerheit og styrt informasjonsforvaltning"),
        goal(REPORT, "1", "Innbyggere får sammenhengende tjenester fra kommunene"),
        goal(REPORT, "2", "Kommunene har god informasjonssikkerhet"),
    ]
    _, relations = align(entities, [], [REPORT, LETTER])
    pairs = {(r.subject.rsplit("/", 1)[1], r.object.rsplit("/", 1)[1]): r.predicate for r in relations}
    # the same words in the two written standards; 'sikkerheit' is the head of 'informasjonssikkerhet'
    assert pairs == {("l-1", "r-1"): "exactMatch", ("l-2", "r-2"): "closeMatch"}


def test_an_evaluation_citing_the_assignment_that_ordered_it_leaves_the_delivery_to_the_letters_assignment() -> None:
    from dataclasses import replace

    from kg.mentions.assignment_citations import RULE

    evaluation_doc = Document("e", "e.txt", "e.txt", "text/plain", "", kind="evaluering", publisher="Havneanalyse",
                              commissioner="Direktoratet for havner")
    order = replace(goal(LETTER, "a2", "Direktoratet skal sørge for en ekstern evaluering av havnetilskuddet"),
                    type="Assignment", attrs=(("code", "TB-2"),))
    cited = goal(evaluation_doc, "a2", "sørge for en ekstern evaluering av havnetilskuddet")
    cited = replace(cited, type="Assignment", attrs=(("code", "TB-2"),),
                    sources=(replace(cited.sources[0], rule=RULE),))
    report = replace(goal(REPORT, "r1", "Ekstern evaluering av havnetilskuddet"), type="Report",
                     attrs=(("answers", ("TB-2",)),))
    _, relations = align([cited, order, report], [], [REPORT, LETTER, evaluation_doc])
    assert [(r.subject.rsplit("/", 1)[1], r.object.rsplit("/", 1)[1]) for r in relations
            if r.predicate == "deliveredBy"] == [("l-a2", "r-r1")]
