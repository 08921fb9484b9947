"""English question words -> Norwegian terms of public administration, for lexical retrieval.

The corpus is Norwegian; BM25 cannot match "foster home" to *fosterhjem*. A question's
English words and phrases found here add their Norwegian equivalents to its lexical
query (the dense model reads English on its own). The entries are the general vocabulary
of Norwegian public policy and mål- og resultatstyring, not names from any one document.
"""

from __future__ import annotations

import re

GLOSSARY: dict[str, str] = {
    # steering documents
    "goal": "mål", "goals": "mål", "objective": "mål", "objectives": "mål", "target": "mål",
    "steering parameter": "styringsparameter", "steering parameters": "styringsparametere",
    "indicator": "indikator", "indicators": "indikatorer", "measure": "tiltak", "measures": "tiltak",
    "initiative": "tiltak", "initiatives": "tiltak", "intervention": "tiltak", "interventions": "tiltak",
    "grant": "tilskudd", "grants": "tilskudd", "grant scheme": "tilskuddsordning", "subsidy": "tilskudd",
    "funding": "tilskudd midler", "budget": "budsjett", "appropriation": "bevilgning", "allocation": "tildeling",
    "expenditure": "utgifter", "spending": "utgifter", "evaluation": "evaluering", "evaluations": "evalueringer",
    "evaluate": "evaluerer", "evaluates": "evaluerer", "evaluating": "evaluering", "research": "forskning",
    "report": "rapport", "reports": "rapporter", "annual report": "årsrapport", "study": "studie",
    "survey": "kartlegging undersøkelse", "mapping": "kartlegging", "knowledge": "kunnskap",
    "reform": "reform", "strategy": "strategi", "action plan": "handlingsplan", "white paper": "stortingsmelding",
    "pilot": "pilot", "project": "prosjekt", "programme": "program", "program": "program",
    "campaign": "kampanje", "campaigns": "kampanjer", "tool": "verktøy", "database": "database",
    "website": "nettside nettsted", "portal": "portal", "digital": "digital", "guidance": "veiledning",
    "training": "opplæring", "course": "kurs", "competence": "kompetanse", "skills": "kompetanse",
    "education": "utdanning", "degree": "utdanning", "master's": "master", "requirement": "krav",
    "requirements": "krav", "recommend": "anbefaler", "recommended": "anbefalte", "assessment": "vurdering",
    "risk": "risiko", "danger": "fare risiko", "quality": "kvalitet", "capacity": "kapasitet",
    "shortage": "mangel", "lack": "mangel", "waiting": "venter ventetid", "waiting list": "venteliste",
    "recruitment": "rekruttering", "recruit": "rekruttere", "outcome": "resultat", "outcomes": "resultater",
    "results": "resultater", "effect": "effekt", "effects": "effekter", "visits": "besøk", "visitors": "besøkende",
    "cases": "saker", "case": "sak", "processing time": "saksbehandlingstid", "process": "behandle",
    "caseworker": "saksbehandler", "caseworkers": "saksbehandlere", "employees": "ansatte", "staff": "ansatte",
    "sick leave": "sykefravær", "week": "uke", "year": "år",
    # actors
    "directorate": "direktorat", "ministry": "departement", "municipality": "kommune",
    "municipalities": "kommuner", "county governor": "statsforvalter", "county": "fylke",
    "agency": "etat", "organisation": "organisasjon", "organisations": "organisasjoner",
    "institute": "institutt", "university": "universitet",
    # people and services
    "child": "barn", "children": "barn", "young people": "unge ungdom", "youth": "ungdom",
    "teenagers": "ungdom", "adolescents": "ungdom", "boys": "gutter", "girls": "jenter", "parent": "forelder",
    "parents": "foreldre", "family": "familie", "families": "familier", "mother": "mor", "father": "far",
    "child welfare": "barnevern", "child welfare services": "barnevernstjenesten", "child protection": "barnevern",
    "foster home": "fosterhjem", "foster homes": "fosterhjem", "foster family": "fosterhjem fosterfamilie",
    "foster families": "fosterhjem fosterfamilier", "foster care": "fosterhjem", "foster parents": "fosterforeldre",
    "emergency home": "beredskapshjem", "institution": "institusjon", "institutions": "institusjoner",
    "care centre": "omsorgssenter", "care centres": "omsorgssentre", "placement": "plassering",
    "moves": "flyttinger", "relocation": "flytting", "stability": "stabilitet", "aftercare": "ettervern",
    "adoption": "adopsjon", "adopted": "adopterte", "family counselling": "familievern",
    "family counselling service": "familievernet", "mediation": "mekling", "conflict": "konflikt",
    "separation": "samlivsbrudd", "divorce": "samlivsbrudd", "parenting": "foreldre", "parental": "foreldre",
    "parenting support": "foreldrestøtte", "parental guidance": "foreldreveiledning", "pregnant": "gravide",
    "first child": "førstegangsfødende førstegangsgravide", "expecting": "gravide",
    "violence": "vold", "abuse": "overgrep", "sexual abuse": "seksuelle overgrep", "incest": "incest",
    "victim": "utsatt", "victims": "utsatte", "forced marriage": "tvangsekteskap",
    "honour-based violence": "æresrelatert vold", "honour": "æresrelatert", "negative social control":
    "negativ sosial kontroll", "human trafficking": "menneskehandel", "crisis centre": "krisesenter",
    "crisis centres": "krisesentre", "abduction": "bortføring", "abducts": "bortfører",
    "asylum seekers": "asylsøkere", "asylum-seeking": "asylsøkere", "unaccompanied": "enslige",
    "minors": "mindreårige", "refugees": "flyktninger", "immigrant": "innvandrer", "immigrants": "innvandrere",
    "leisure": "fritid", "leisure activities": "fritidsaktiviteter", "poverty": "fattigdom",
    "low income": "lavinntekt", "inclusion": "inkludering", "including": "inkludering",
    "participation": "medvirkning deltakelse", "rights": "rettigheter", "legal protection": "rettssikkerhet",
    "redress": "rettferdsvederlag", "compensation": "erstatning vederlag", "failures": "svikt",
    "therapy": "terapi", "treatment": "behandling", "health": "helse", "mental health": "psykisk helse",
    "school": "skole", "equality": "likestilling", "gender equality": "likestilling kjønn",
    "discrimination": "diskriminering", "racism": "rasisme", "disability": "funksjonsnedsettelse",
    "disabilities": "funksjonsnedsettelse", "universal design": "universell utforming",
    "lgbt": "lhbt", "lgbtq": "lhbt", "hate speech": "hatefulle ytringer", "harassment": "trakassering",
    "work": "arbeid", "employment": "arbeid sysselsetting", "working life": "arbeidsliv", "topics": "temaer",
    "information": "informasjon", "abroad": "utlandet", "another country": "utlandet", "country": "land",
}
# Words that mark a question as English (and are not Norwegian words too).
ENGLISH_MARKERS = frozenset({"the", "which", "what", "who", "whom", "how", "why", "when", "where", "does", "did",
                             "are", "was", "were", "has", "have", "of", "in", "on", "and", "that", "this",
                             "there", "any", "many", "much", "about", "with", "their"})
_PHRASES = sorted(GLOSSARY, key=lambda k: -len(k.split()))
_WORDS = re.compile(r"[\w'’-]+", re.UNICODE)


def is_english(question: str) -> bool:
    """True when the question uses English function words (Norwegian questions do not)."""
    return any(w in ENGLISH_MARKERS for w in _WORDS.findall(question.lower()))


def norwegian_terms(question: str) -> str:
    """Norwegian equivalents of the English words and phrases of ``question`` (longest phrases first)."""
    words = [w.replace("’", "'") for w in _WORDS.findall(question.lower())]
    if not is_english(question):
        return ""  # not an English question: Norwegian words go to the index as they are
    text = " " + " ".join(words) + " "
    found: list[str] = []
    for phrase in _PHRASES:
        needle = f" {phrase} "
        while needle in text:
            found.append(GLOSSARY[phrase])
            text = text.replace(needle, " | ", 1)
    # hyphenated compounds ("foster-home") once more as separate words
    spaced = " " + " ".join(w.replace("-", " ") for w in words) + " "
    for phrase in _PHRASES:
        if "-" not in phrase and " " in phrase and f" {phrase} " in spaced and GLOSSARY[phrase] not in found:
            found.append(GLOSSARY[phrase])
    return " ".join(found)
