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

#: Relation names (the predicates' local names, as the API's JSON keeps them), as the ontology labels them.
RELATION_NAMES = {
    "measuredBy": ("måles med", "measured by"), "hasResult": ("har resultat", "has result"),
    "addresses": ("retter seg mot", "addresses"), "supportsGoal": ("støtter mål", "supports goal"),
    "fundedThrough": ("finansieres over", "funded through"), "evaluates": ("evaluerer", "evaluates"),
    "aboutGoal": ("gjelder mål", "about goal"), "implements": ("gjennomfører", "implements"),
    "policyArea": ("fagområde", "policy area"), "hasFigure": ("har tall", "has figure"),
    "hasAmount": ("har beløp", "has amount"), "underGoal": ("under mål", "under goal"),
    "ordersEvaluationOf": ("bestiller evaluering av", "orders evaluation of"),
    "assignedBy": ("gitt av", "assigned by"), "assignedTo": ("gitt til", "assigned to"),
    "forGoal": ("for mål", "for goal"), "status": ("status", "status"), "inPassage": ("i tekstavsnitt", "in passage"),
    "commissionedBy": ("oppdragsgiver", "commissioned by"), "performedBy": ("utført av", "performed by"),
    "deliveredBy": ("levert gjennom", "delivered by"), "addressee": ("mottaker", "addressee"),
    "commissioner": ("oppdragsgiver", "commissioner"), "publisher": ("utgiver", "publisher"),
    "exactMatch": ("samme som", "same as"), "closeMatch": ("tilsvarer", "close match"),
    "broader": ("del av", "part of"),
}

#: Error pages: a heading and what it means for the reader, by HTTP status.
ERROR_TEXT = {
    400: (("Forespørselen kan ikke besvares", "The request cannot be answered"),
          ("Noe i adressen eller spørsmålet er ugyldig. Se meldingen under.",
           "Something in the address or the question is not valid. See the message below.")),
    403: (("Ikke tillatt", "Not allowed"), ("Grafen kan bare leses, ikke endres.", "The graph is read-only.")),
    404: (("Fant ikke siden", "Page not found"),
          ("Det finnes ingen side, entitet eller dokument med denne adressen.",
           "There is no page, entity or document at this address.")),
    405: (("Ikke tillatt", "Not allowed"), ("Denne adressen tar ikke imot slike forespørsler.",
                                            "This address does not accept this kind of request.")),
    406: (("Formatet finnes ikke", "Format not available"), ("Svaret finnes ikke i formatet som ble bedt om.",
                                                             "The answer is not available in the format asked for.")),
    422: (("Svaret ble for stort", "The answer is too large"), ("Avgrens spørringen og prøv igjen.",
                                                               "Narrow the query and try again.")),
    500: (("Noe gikk galt", "Something went wrong"), ("En feil hos oss stoppet svaret. Prøv igjen.",
                                                      "An error on our side stopped the answer. Try again.")),
    503: (("Ikke klar", "Not ready"), ("Grafen er ikke bygget ennå, eller svaret tok for lang tid. Prøv igjen om litt.",
                                       "The graph is not built yet, or the answer took too long. Try again shortly.")),
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
    # Tables (/tables)
    "tables": ("Tabeller", "Tables"),
    "complete_table": ("Fullstendig tabell", "Complete table"),
    "open_table": ("åpne tabellen med filtrene", "open the table with its filters"),
    "tables_intro": ("Komplette oversikter: alle entiteter av en type som tabell, med filtre, kildehenvisninger og "
                     "nedlasting.", "Complete overviews: every entity of a type as a table, with filters, "
                     "citations and downloads."),
    "table_of": ("Tabell", "Table"),
    "as_table": ("Vis alle som tabell", "Show all as a table"),
    "filter": ("Filtrer", "Filter"),
    "filters_active": ("Aktive filtre", "Active filters"),
    "remove_filter": ("Fjern filteret", "Remove the filter"),
    "organisation": ("Organisasjon", "Organisation"),
    "year": ("År", "Year"),
    "kind": ("Dokumenttype", "Document kind"),
    "status": ("Status", "Status"),
    "words": ("Ord", "Words"),
    "any": ("Alle", "Any"),
    "facets": ("Fordeling", "Breakdown"),
    "rows_total": ("rader", "rows"),
    "showing": ("Viser", "Showing"),
    "previous": ("← Forrige", "← Previous"),
    "next": ("Neste →", "Next →"),
    "export": ("Last ned tabellen", "Download the table"),
    "reference_list": ("Kildeliste", "References"),
    "download_references": ("Last ned kildelisten", "Download the references"),
    "no_rows": ("Ingen rader passer til filtrene.", "No rows match the filters."),
    "sort_by": ("Sorter etter", "Sort by"),
    "published": ("publisert", "published"),
    "ongoing": ("pågående", "ongoing"),
    "relation": ("Relasjon", "Relation"),
    "entity": ("Entitet", "Entity"),
    "technical": ("Teknisk melding", "Technical message"),
    "shared_number": ("Flere mål har nummer", "Several goals have number"),
    "pick_goal": ("Velg målet du mente:", "Pick the goal you meant:"),
    "file": ("fil", "file"),
    "from_page": ("fra s.", "from p."),
    "to_page": ("til s.", "to p."),
    # Series (/series) and changes (/changes)
    "series": ("Tidsserie", "Time series"),
    "series_intro": ("Verdiene år for år, slått sammen med samme ting i andre dokumenter og år. Hvert tall lenker "
                     "til stedet det er lest fra.", "The values year by year, merged with the same thing in other "
                     "documents and years. Every number links to the place it was read from."),
    "measure": ("Størrelse", "Measure"),
    "stated_in": ("Omtalt i", "Stated in"),
    "number": ("Nummer", "Number"),
    "wording": ("Ordlyd", "Wording"),
    "merged": ("Slått sammen med", "Merged with"),
    "conflict": ("Et annet dokument oppgir et annet tall for samme år:", "Another document gives a different "
                 "number for the same year:"),
    "also_in": ("Også oppgitt i", "Also given in"),
    "no_values": ("Ingen tall år for år er lest for denne.", "No yearly values were read for this."),
    "chart_of": ("Diagram", "Chart"),
    "full_series": ("Hele tidsserien", "The whole time series"),
    "changes": ("Endringer", "Changes"),
    "changes_title": ("Endringer mellom to år eller dokumenter", "Changes between two years or documents"),
    "changes_intro": ("Sammenlign mål, styringsparametere, oppdrag og tilskuddsordninger for én virksomhet: to år "
                      "(for eksempel tildelingsbrevene for 2022 og 2024) eller to dokumenter (et tildelingsbrev og "
                      "årsrapporten om det).", "Compare the goals, steering parameters, assignments and grant schemes "
                      "of one organisation: two years (for example the allocation letters of 2022 and 2024) or two "
                      "documents (an allocation letter and the annual report on it)."),
    "from_year": ("Fra år", "From year"),
    "to_year": ("Til år", "To year"),
    "or_documents": ("eller to dokumenter", "or two documents"),
    "doc_a": ("Dokument A", "Document A"),
    "doc_b": ("Dokument B", "Document B"),
    "compare": ("Sammenlign", "Compare"),
    "all_types": ("Alle typer", "All types"),
    "status_added": ("Ny", "Added"),
    "status_removed": ("Fjernet", "Removed"),
    "status_reworded": ("Omformulert", "Reworded"),
    "status_renumbered": ("Nytt nummer", "Renumbered"),
    "status_delivered": ("Levert", "Delivered"),
    "status_unchanged": ("Uendret", "Unchanged"),
    "also_renumbered": ("og nytt nummer", "and renumbered"),
    "not_compared": ("Ikke sammenlignet", "Not compared"),
    "no_changes": ("Ingen endringer: alt i A finnes med samme ordlyd og nummer i B.",
                   "No changes: everything in A is in B with the same wording and number."),
    "paired_by": ("paret ved", "paired by"),
    "paired_same entity": ("samme entitet", "the same entity"),
    "paired_wording": ("lik ordlyd", "similar wording"),
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

    def relation(self, name: str) -> str:
        """A relation's name in the page's language (``addresses`` -> *retter seg mot*); unknown ones as given."""
        pair = RELATION_NAMES.get(name)
        return pair[self._i] if pair else name

    def error(self, status: int) -> tuple[str, str]:
        """Heading and explanation of an error page for HTTP ``status``."""
        heading, meaning = ERROR_TEXT.get(status, (TEXT["error"], ("", "")))
        return heading[self._i], meaning[self._i]
