"""One entry of a report list or citation, in the genre's citation styles: title, publishers, year and status.

'Title (Publisher, year)', 'Title (Publisher, pågående)', 'Publisher (year): Title', 'Publisher, year: Title',
'Publisher: Title',
'Title. Publisher (year)' and 'Title. Publisher, year.'; a remark after the citation, the series and number, a
place before the publisher and when work in progress is due are no part of the title. Work in progress without a
year names only its publisher ('Title (Publisher)', 'Title. Publisher').
"""

from __future__ import annotations

import re

from kg.mentions.knowledge import publishers, spelt_out
from kg.mentions.text import clean

ONGOING = re.compile(r"\b(?:pågående|pågåande|påbegynt|igangsatt\w*|under arbeid|ferdigstilles|i gang|"
                     r"ferdig(?:\s+i)?\s+(?:19|20)\d\d)\b", re.I)

YEAR = r"(?:19|20)\d\d"
#: Work in progress in place of a year, in Bokmål and Nynorsk
STATUS = r"(?:pågående|pågåande|under arbeid|påbegynt|igangsatt)"
# (a publisher holds no sentence's end: 'Evaluering av X 2019–2022. Innlandsforsk (2023). Remark.' is title-first)
PUB_FIRST = re.compile(rf"^(?P<pubs>(?:[^():.]|\.(?!\s+[A-ZÆØÅ])){{2,80}}?)\s*\((?P<year>{YEAR}|{STATUS})[a-z]?\)"
                       rf"\s*[:.]\s*(?P<title>\S.+)$")
PUB_COMMA_YEAR = re.compile(rf"^(?P<pubs>[A-ZÆØÅ][^():,]{{1,80}}?),\s*(?P<year>{YEAR}):\s+(?=\S)")
PUB_COLON = re.compile(r"^(?P<pubs>[A-ZÆØÅ][^():]{1,80}?):\s+(?P<title>[A-ZÆØÅ«].+)$")
TITLE_CITE = re.compile(rf"^(?P<title>.+?)\s*\((?P<inner>[^()]*(?:{YEAR}|{STATUS})"
                        r"[^()]*)\)\.?$", re.I)
# 'Title. Publisher (year).', the publisher's short name in brackets too ('… regionforskning (NIBR) (2020)')
TITLE_PUB_YEAR = re.compile(rf"^(?P<title>.+?)\.\s+(?P<pubs>[A-ZÆØÅ][^.()]{{1,80}}?)(?:\s*\([A-ZÆØÅ]{{2,8}}\))?\s*"
                            rf"\((?P<year>{YEAR})\)\.?$")
# 'Title. Publisher, 2023.' and 'Title. Publisher (pågående).', 'Title. Publisher (under arbeid, sluttrapport 2025).'
TITLE_PUB_COMMA = re.compile(rf"^(?P<title>.+?)\.\s+(?P<pubs>[A-ZÆØÅ][^.(),]{{1,80}}?)\s*(?:,\s*(?P<year>{YEAR})|"
                             rf"\((?P<status>{STATUS})[^()]*\))\.?$")


# '«Title». Publisher, DFD-rapport 3/2022.' (the year in the series' number) and '«Title». Publisher. Remark.'
QUOTED_FIRST = re.compile(rf"^«(?P<title>[^«»]{{3,200}})»\.?\s+(?P<pubs>[A-ZÆØÅ][^.,()«»]{{1,60}}?)"
                          rf"(?:,\s+[^.]*?(?P<year>{YEAR})[^.]*)?\.(?:\s+.*)?$")
# the header of a table whose rows open with a whole citation ('Utgjevar (år): Tittel')
CITE_HEADER = re.compile(r"^(?:Utgiver|Utgjevar|Forfatter|Utført av|Utførd av)\s*\((?:år|årstall|årstal)\)\s*:\s*"
                         r"Tittel$", re.IGNORECASE)
# an entry that opens flush left with its publisher and year, no bullet ('Oslo Economics (2023). Title.')
ENTRY_START = re.compile(rf"^[A-ZÆØÅ][^():]{{1,80}}?\s*\((?:{YEAR}|{STATUS})[a-z]?\)\s*[:.]\s+\S")
# the series and number closing an entry ('. NF-rapport 9/2023.', '. HVL-rapport nr. 118.'): not the title's
SERIES_END = re.compile(r"(?<=[.?!])\s+(?:[A-ZÆØÅ][\wæøåÆØÅ]*[- ]?)?(?:[Rr]apport(?:er)?|[Nn]otat|[Ss]krift|[Ss]erie|"
                        r"[Rr]eport)\s+(?:nr\.\s*)?[\d/:-]+\.?$")  # also 'NINA Rapport 2104', 'Rapporter 2022/31'

# an author-date entry's closing place and publisher ('… NSFD-rapport 2024:1. Stavanger: NSFD.')
PLACE_PUBLISHER = re.compile(r"(?<=[.?!])\s+[A-ZÆØÅ][a-zæøå]+(?:\s[A-ZÆØÅ][a-zæøå]+)?:\s+"
                             r"(?P<pub>[A-ZÆØÅ][^.:]{1,60})\.?$")
# personal authors ('Berg, L. og Nygård, T.'): no organisation
AUTHORS = re.compile(r"^[A-ZÆØÅ][\w\-]+,\s+[A-ZÆØÅ]\.")
# a sentence after the title on who ordered or wrote it with whom ('Oppdrag fra …', 'Utarbeidet i samarbeid med …')
REMARK = re.compile(r"(?<=[.?!])\s+(?:Oppdrag\s+fra|Utarbeidet|Utarbeida|Utført|Bestilt|På\s+oppdrag|I\s+samarbeid)"
                    r"\b.*$")
# when work in progress is due, closing its entry ('. Sluttrapport ventes høsten 2024.'): not the title's
WHEN_DUE = re.compile(r"(?<=[.?!])\s+(?:Slutt|Del)?[Rr]apport(?:en)?\s+(?:ventes|kommer|leveres|ferdigstilles)\b.*$")
TAIL_NOTE = re.compile(r"\s*\([a-zæøå][^()]*\)(?:\.\s+[A-ZÆØÅ][^()]*)?\.?$")
NOTE = re.compile(rf"\s*\((?!{STATUS})[a-zæøå][^()]*\)\.?$")  # '(utført i samarbeid med …)'


# the citation's closing parenthesis with its year or status, then a remark ('… (FND, 2023). Levert som svar på …')
CITE_CLOSE = re.compile(rf"\((?:[^()]*(?:{YEAR}|{STATUS})[^()]*)\)[.,]?(?=\s+\S)", re.I)


def parse_entry(body: str) -> dict[str, object] | None:
    """Title, publishers, year and status of one list item in any of the usual citation styles; a remark after
    the citation ('… (FND, 2023), jf. oppdrag TO-2.') is not part of it."""
    body = clean(body)
    status = STATUS_AFTER.match(body)
    if status and spelt_out(status.group("pubs")):
        # 'Title (Publisher) (pågående)': the publisher in brackets of its own (not a short name: '(PTR)')
        return work_in_progress(status.group("rest"))
    found = _parse(body)
    if found is None and (close := CITE_CLOSE.search(body)):
        found = _parse(body[: close.end()].rstrip(".,"))
    return found


def _parse(body: str) -> dict[str, object] | None:
    body = PUB_COMMA_YEAR.sub(r"\g<pubs> (\g<year>): ", body)  # 'Publisher, 2023: Title' as 'Publisher (2023): Title'
    # In the publisher-first styles a closing parenthesis in lower case is a note, not the citation.
    bare = NOTE.sub("", body)
    if bare != body and (PUB_FIRST.match(bare) or PUB_COLON.match(bare)):
        body = bare
    m = PUB_FIRST.match(body)
    if m and publishers(m.group("pubs")):
        done = m.group("year").isdigit()  # 'Publisher (pågående): Title' is work in progress
        title, names = m.group("title"), publishers(m.group("pubs"))
        place = PLACE_PUBLISHER.search(title)
        if place:
            title = title[: place.start()]
        if AUTHORS.match(m.group("pubs")) and "/" not in m.group("pubs"):  # persons: the publisher is the place's
            names = [clean(place.group("pub"))] if place else []
        title = REMARK.sub("", WHEN_DUE.sub("", SERIES_END.sub("", title.rstrip())))
        return {"title": title.rstrip("."), "publishers": names,
                "year": int(m.group("year")) if done else None, "status": "published" if done else "ongoing"}
    m = TITLE_CITE.match(body)
    if m and (pc := PUB_COLON.match(m.group("title"))) and publishers(pc.group("pubs")) \
            and len(pc.group("pubs").split()) <= 6:
        # 'Publisher: Title (2024)', 'Publisher: Title (under arbeid, sluttrapport 2025)'
        ongoing = bool(ONGOING.search(m.group("inner")))
        dated = re.fullmatch(YEAR, m.group("inner").strip())
        return {"title": pc.group("title").rstrip("."), "publishers": publishers(pc.group("pubs")),
                "year": int(dated.group()) if dated else None,
                "status": "ongoing" if ongoing else "published" if dated else None}
    m = TITLE_PUB_YEAR.match(body)
    if m and publishers(m.group("pubs")):
        return {"title": m.group("title"), "publishers": publishers(m.group("pubs")), "year": int(m.group("year")),
                "status": "published"}
    m = TITLE_PUB_COMMA.match(body)
    if m and publishers(m.group("pubs")):
        year = m.group("year")
        return {"title": m.group("title"), "publishers": publishers(m.group("pubs")),
                "year": int(year) if year else None, "status": "published" if year else "ongoing"}
    m = QUOTED_FIRST.match(body)
    if m and publishers(m.group("pubs")):
        year = m.group("year")
        return {"title": m.group("title").strip(), "publishers": publishers(m.group("pubs")),
                "year": int(year) if year else None, "status": "published" if year else "ongoing"}
    m = TITLE_CITE.match(body)
    if m:
        inner = m.group("inner").strip()
        ym = re.search(rf"(?:^|,\s*)({YEAR})$", inner)
        head = re.split(rf",?\s*(?:{YEAR}$|{STATUS}\w*|ferdig\b)", inner,
                        flags=re.I)[0]
        pubs = publishers(head.strip(" ,")) if head.strip(" ,") else []
        ongoing = bool(ONGOING.search(inner))
        return {"title": m.group("title").rstrip("."), "publishers": pubs,
                "year": int(ym.group(1)) if ym and not ongoing else None,
                "status": "ongoing" if ongoing else "published"}
    m = PUB_COLON.match(body)
    if m and publishers(m.group("pubs")) and len(m.group("pubs").split()) <= 6:
        # a goal tag or remark in brackets and the sentence after it ('(verksemdsmål B). Sluttrapport i 2025.')
        title = TAIL_NOTE.sub("", m.group("title"))
        return {"title": title.rstrip("."), "publishers": publishers(m.group("pubs")), "year": None, "status": None}
    return None


# work in progress has no year yet: 'Følgeevaluering av X (Fjellstad Forskning)' under 'Pågående:'
PUB_ONLY = re.compile(r"^(?P<title>.+?)\s*\((?P<pubs>[A-ZÆØÅ][^()\d]{1,80})\)\.?$")
# ... and a status after it: 'Følgeevaluering av X (Fjellstad Forskning) (pågående)'
STATUS_AFTER = re.compile(r"^(?P<rest>.+?\((?P<pubs>[A-ZÆØÅ][^()\d]{1,80})\))\s*"
                          r"\((?i:pågående|pågåande|under arbeid)\)\.?$")
# ... or after the title's full stop: 'Likestillingsbarometeret 2024 – holdninger i befolkningen. NOVA'
PUB_AFTER = re.compile(r"^(?P<title>.+?)\.\s+(?P<pubs>[A-ZÆØÅ][^.()\d]{1,60}?)\.?$")
# ... or before it, the title opened by the kind of study it is, a note after it: 'Menon Economics. Følgeevaluering
# av kampanjen Ut sammen (resultatområde 2). Startet i november 2022.'
PUB_BEFORE = re.compile(r"^(?P<pubs>[A-ZÆØÅ][^.()\d]{1,60}?)\.\s+(?P<title>(?=[A-ZÆØÅ])(?i:[a-zæøå]*(?:evaluering|"
                        r"kartlegging|analyse|undersøkelse|utredning|studie))\b[^()]*?)(?:\s*\([^()]*\))?\.(?:\s+\S.*)?$")


# ... or in the sentences after the title, the title opened by the kind of study it is: 'Evaluering av X. Oppdragsgiver
# er LDD, og evalueringen utføres av Y og Z. Sluttrapport ventes høsten 2024.'
TOLD_AFTER = re.compile(r"^(?P<title>(?=[A-ZÆØÅ])(?i:[a-zæøå]*(?:evaluering|kartlegging|analyse|undersøkelse|"
                        r"undersøking|utredning|utgreiing|studie))\s+(?:av|om)\s+[^.()]{3,160}?)\.\s+(?P<rest>[A-ZÆØÅ].*)$")
PERFORMED_BY = re.compile(r"\b(?:utføres|utførast|blir\s+utført|gjennomføres|gjennomførast)\s+av\s+"
                          r"(?P<pubs>[A-ZÆØÅ][^.]{1,80}?)(?:\.|$)")


def work_in_progress(body: str) -> dict[str, object] | None:
    """Title and publishers of an entry of work in progress that gives no year."""
    text = clean(body)
    m = PUB_ONLY.match(text) or PUB_BEFORE.match(text) or PUB_AFTER.match(text)
    told = TOLD_AFTER.match(text) if m is None or not publishers(m.group("pubs")) else None
    if told is not None:  # who performs it, where the sentences after the title say so
        by = PERFORMED_BY.search(told.group("rest"))
        # ('… av fartøy. Nordlys Samfunnsanalyse. Resultatområde 1': the performer as the sentence after the title)
        named = re.match(r"(?P<pubs>[A-ZÆØÅ][^.()\d]{1,60}?)\.", told.group("rest"))
        pubs = publishers(by.group("pubs")) if by else publishers(named.group("pubs")) if named and len(
            named.group("pubs").split()) <= 6 else []
        return {"title": told.group("title"), "publishers": pubs, "year": None, "status": "ongoing"}
    if m is None or not publishers(m.group("pubs")):
        return None
    return {"title": m.group("title").rstrip("."), "publishers": publishers(m.group("pubs")), "year": None,
            "status": "ongoing"}
