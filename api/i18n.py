"""Interface text in Norwegian (bokmål, the default) and English."""

from __future__ import annotations

from fastapi import Request

LANGUAGES = ("nb", "en")

TYPE_NAMES = {
    "Goal": ("Mål", "Goal"), "SteeringParameter": ("Styringsparameter", "Steering parameter"),
    "Measure": ("Tiltak", "Measure"), "GrantScheme": ("Tilskuddsordning", "Grant scheme"),
    "BudgetPost": ("Budsjettpost", "Budget post"), "Report": ("Rapport", "Report"),
    "Evaluation": ("Evaluering", "Evaluation"), "Organisation": ("Organisasjon", "Organisation"),
    "Reform": ("Reform", "Reform"), "Assignment": ("Oppdrag", "Assignment"), "Document": ("Dokument", "Document"),
}

TEXT: dict[str, tuple[str, str]] = {
    "site": ("Kunnskapsgraf for styringsdokumenter", "Knowledge graph of steering documents"),
    "skip": ("Hopp til hovedinnhold", "Skip to main content"),
    "nav_search": ("Søk", "Search"),
    "nav_sparql": ("SPARQL", "SPARQL"),
    "nav_api": ("API-dokumentasjon", "API documentation"),
    "other_lang": ("English", "Norsk"),
    "question": ("Spørsmål", "Question"),
    "question_hint": ("Still et spørsmål på norsk eller engelsk, for eksempel «Hvilke tiltak skal motvirke mangelen "
                      "på fosterhjem?»", "Ask in Norwegian or English, for example “Which measures address "
                      "foster-home shortage?”"),
    "type": ("Type svar", "Answer type"),
    "any_type": ("Finn ut fra spørsmålet", "Infer from the question"),
    "search": ("Søk", "Search"),
    "answers": ("Svar", "Answers"),
    "passages": ("Tekstutdrag", "Passages"),
    "no_answers": ("Ingen entiteter passet til spørsmålet.", "No entities matched the question."),
    "no_passages": ("Ingen tekstutdrag funnet.", "No passages found."),
    "open_source": ("Åpne kilden", "Open the source"),
    "page": ("side", "page"),
    "page_about": ("ca. side", "about page"),
    "pages_short": ("s.", "pp."),
    "page_estimate_hint": ("Anslått side: bare noen av dokumentets sidetall finnes i teksten; siden er regnet ut fra "
                           "plassen mellom dem, og utdraget ligger et sted i sideintervallet i parentes.",
                           "Estimated page: only some of the document's page numbers survive in its text; the page "
                           "is interpolated between them, and the passage lies somewhere in the range in brackets."),
    "score": ("relevans", "score"),
    "results_for": ("Resultater for", "Results for"),
    "asked_type": ("Spurt etter", "Asked for"),
    "filters": ("Avgrensning", "Filters"),
    "filter_organisation": ("Virksomhet", "Organisation"),
    "filter_year": ("År", "Year"),
    "filter_kind": ("Dokumenttype", "Document kind"),
    "any_kind": ("Alle typer", "Any kind"),
    "from_question": ("lest fra spørsmålet", "read from the question"),
    "remove_filter": ("Fjern avgrensningen", "Remove the filter"),
    "organisation_hint": ("Fullt navn eller forkortelse", "Full name or short name"),
    "labels": ("Andre navn", "Other names"),
    "links_out": ("Lenker ut", "Links out"),
    "links_in": ("Lenker inn", "Links in"),
    "sources": ("Kilder", "Sources"),
    "attributes": ("Egenskaper", "Properties"),
    "neighbourhood": ("Nabolag i grafen", "Neighbourhood in the graph"),
    "steering": ("Styringsparametere", "Steering parameters"),
    "measures": ("Tiltak", "Measures"),
    "grants": ("Tilskuddsordninger", "Grant schemes"),
    "evaluations": ("Evalueringer", "Evaluations"),
    "reports": ("Andre rapporter (kunnskapsgrunnlag)", "Other reports (knowledge base)"),
    "goals": ("Mål", "Goals"),
    "via": ("via", "via"),
    "direct": ("direkte", "directly"),
    "none": ("Ingen registrert.", "None recorded."),
    "goal_page": ("Målside", "Goal page"),
    "document": ("Dokument", "Document"),
    "cited": ("Sitert utdrag", "Cited passage"),
    "jump_cited": ("Gå til sitert utdrag", "Go to the cited passage"),
    "text_window": ("Bla i teksten", "Page through the text"),
    "above": ("over", "above"),
    "below": ("under", "below"),
    "earlier_text": ("← Tidligere tekst", "← Earlier text"),
    "later_text": ("Senere tekst →", "Later text →"),
    "chars_shown": ("Viser tegn", "Showing characters"),
    "of": ("av", "of"),
    "span_cut": ("(utdraget er langt: bare en del av det er vist her; bla videre for resten)",
                 "(a long passage: only part of it is shown here; page on for the rest)"),
    "sparql_title": ("SPARQL-spørring", "SPARQL query"),
    "sparql_intro": ("Skriv en SPARQL 1.1-spørring mot grafen, eller velg et eksempel. Endepunktet er skrivebeskyttet.",
                     "Write a SPARQL 1.1 query against the graph, or pick an example. The endpoint is read-only."),
    "examples": ("Eksempler", "Examples"),
    "run": ("Kjør spørring", "Run query"),
    "download": ("Last ned", "Download"),
    "rows": ("rader", "rows"),
    "error": ("Feil", "Error"),
    "amount": ("Beløp", "Amount"),
    "allocated": ("Tildelt", "Allocated"),
    "spent": ("Regnskap", "Accounts"),
    "back_search": ("Tilbake til søket", "Back to search"),
    "granted_applications": ("innvilgede søknader", "applications granted"),
}


def language(request: Request) -> str:
    """``?lang=`` if given, else the ``lang`` cookie, else Norwegian."""
    lang = request.query_params.get("lang") or request.cookies.get("lang") or "nb"
    return lang if lang in LANGUAGES else "nb"


class Translator:
    """``t("key")`` in templates; ``t.type("Goal")`` for type names."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._i = LANGUAGES.index(lang)

    def __call__(self, key: str) -> str:
        pair = TEXT.get(key)
        return pair[self._i] if pair else key

    def type(self, name: str | None) -> str:
        pair = TYPE_NAMES.get(name or "")
        return pair[self._i] if pair else (name or "")
