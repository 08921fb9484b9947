"""What kind of steering document a text is, and who it is from and to, read off its first page.

Keys on the genre's fixed furniture, never on names: an allocation letter's letterhead ("Deres ref",
"Vår ref", "Dato", a ministry in capitals, the addressee's address block) and its title ("tildelingsbrev");
an evaluation report's colophon ("Oppdragsgiver:", "Utført av:", "Rapportnummer:"); an annual report's
title page ("Årsrapport 2019"); a strategy's or action plan's title.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from kg.passages.colophon import capitals_title, is_label_line, logo_line, ordinary_case, read_colophon

YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
MONTHS = {m: i for i, m in enumerate(("januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
                                      "september", "oktober", "november", "desember"), 1)}
NUMERIC_DATE = re.compile(rf"\b(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>{YEAR})\b")
WORD_DATE = re.compile(rf"\b(?P<d>\d{{1,2}})\.\s*(?P<m>{'|'.join(MONTHS)})\s+(?P<y>{YEAR})\b", re.IGNORECASE)
# Organisation names by the head noun the state's bodies use (ministry, directorate, agency, institute …).
ORG_HEAD = (r"departementet?|direktoratet|etaten|tilsynet|instituttet|senteret|forvaltningen|ombudet|"
            r"kontoret|nemnda|rådet|verket|byrå(?:et)?|Statsforvalteren|universitetet|høgskolen|Economics|Analyse|"
            r"Samfunnsforskning|Samfunnsanalyse|forskning|forsking|AS|Consulting|Consult|Research|Partners|Advisory")
FIRM_WORD = r"[a-zæøå]*(?:analyse|forskning|forsking)"  # 'X samfunnsanalyse AS': a research firm's name in lower case
ORG = re.compile(rf"^(?:[A-ZÆØÅ][\w\-,]*(?:\s(?:og|for|i|av|med|institutt|senter|[A-ZÆØÅ\-][\w\-,]*|[\w\-]+-|"
                 rf"{FIRM_WORD}))*\s?)?"
                 rf"[\w\-]*(?:{ORG_HEAD})(?:\s\((?P<short>[A-ZÆØÅ][\w\-]{{1,12}})\))?$")
# … or by a head noun in front: 'Direktoratet for …', 'Statens …', 'Norges …'.
ORG_FRONT = re.compile(r"^(?:Direktoratet|Departementet|Tilsynet|Senteret|Senter|Instituttet|Institutt|Etaten|Kontoret|"
                       r"Nemnda|[A-ZÆØÅ][a-zæøå]+(?:instituttet|senteret)(?=\sfor\s)|"  # 'Vestlandsinstituttet for …'
                       r"Statens|Norges|Norsk|Nasjonalt|Riksantikvaren|Statsforvalteren)\b(?:\s[\w\-,]+){0,8}$")
LETTER_FIELDS = re.compile(r"\b(?:Deres|Dykkar|Vår)\s+ref(?:eranse)?\b", re.IGNORECASE)
LETTER_TITLE = re.compile(r"tildelingsbrev", re.IGNORECASE)
ANNUAL_TITLE = re.compile(rf"^(?:årsrapport|årsmelding)(?:\s+(?:for\s+)?(?P<y>{YEAR}))?\b", re.IGNORECASE)
EVALUATION_TITLE = re.compile(r"\b(?:evaluering|sluttevaluering|følgeevaluering|effektevaluering)\b",
                              re.IGNORECASE)
STRATEGY_TITLE = re.compile(r"^(?:(?:nasjonal|regjeringens|ny)\s+)?(?:strategi|handlingsplan|opptrappingsplan)\b"
                            r"|\b(?:strategi|handlingsplan)\s+(?:for|mot)\b", re.IGNORECASE)
TITLE_YEAR = re.compile(rf"\b(?:statsbudsjettet|tildelingsbrev(?:et)?(?:\s+for)?|budsjettåret|for)\s+(?P<y>{YEAR})\b",
                        re.IGNORECASE)
REPORT_NUMBER_YEAR = re.compile(rf"\b(?P<y>{YEAR})\s*[:\-/]\s*\d{{1,3}}\b")
# a report series' line on a title page: 'Rapport 2024:12', '… nr. 87/2024' (number over year)
SERIES_LINE = re.compile(rf"\b{YEAR}\s*[:\-]\s*\d|\b(?:nr\.?|nummer)\s*\d{{1,4}}\s*/\s*(?P<y>{YEAR})\b", re.IGNORECASE)
MONTH_YEAR_LINE = re.compile(rf"^(?:{'|'.join(MONTHS)})\s+(?P<y>{YEAR})$", re.IGNORECASE)
# a preface's signature: 'Oslo, 11. oktober 2024'
# ('Oslo, 14. oktober 2024', 'Oslo og Bergen, 14. oktober 2024': two institutes sign from their two cities)
PLACE_DATE = re.compile(rf"^[A-ZÆØÅ][\w\-]+(?:(?: og)? [A-ZÆØÅ][\w\-]+)?,\s+(?:den\s+)?\d{{1,2}}\.\s*"
                        rf"(?:{'|'.join(MONTHS)})\s+{YEAR}$", re.IGNORECASE)


@dataclass(frozen=True)
class Profile:
    """What the first page says: kind, title, issuer, addressee (a letter's), date, year, and an evaluation
    report's commissioner (each None where the page is silent)."""

    kind: str | None = None
    title: str | None = None
    publisher: str | None = None
    addressee: str | None = None
    date: str | None = None
    year: int | None = None
    commissioner: str | None = None


def parse_date(text: str) -> str | None:
    """The first date in ``text`` as ISO ``YYYY-MM-DD`` ("20.12.2018", "29. mai 2020")."""
    hits = [m for m in (NUMERIC_DATE.search(text), WORD_DATE.search(text)) if m]
    if not hits:
        return None
    m = min(hits, key=lambda h: h.start())
    month = MONTHS.get(m.group("m").lower()) if not m.group("m").isdigit() else int(m.group("m"))
    try:
        return datetime.date(int(m.group("y")), month or 0, int(m.group("d"))).isoformat()
    except ValueError:  # 31. juni: not a date
        return None


def name_and_alias(text: str) -> tuple[str, str | None]:
    """A printed organisation name split into the name and its abbreviation ('Name (ABBR)'), a colophon's
    'Name AS, Place' without the place; nothing is checked."""
    text = re.sub(r"\s+", " ", text).strip(" ,.")
    text = re.sub(r"(?<=\bAS), [A-ZÆØÅ][\wæøå]+$", "", text)
    m = re.search(r"\s*\((?P<short>[A-ZÆØÅ][\w\-]{1,24})\)$", text)
    return (text[: m.start()].strip(), m.group("short")) if m else (text, None)


def organisation_name(text: str) -> str | None:
    """``text`` as an organisation's name if it is one (a ministry in capitals gets its usual case)."""
    text = name_and_alias(text)[0]
    if text.isupper() and len(text) > 6:
        text = text.capitalize()
    if text.endswith("departement"):  # a letterhead's 'Det kongelige … departement'
        text += "et"
    firm = re.sub(r"\s+AS$", "", text)
    if not (ORG.match(text) or ORG_FRONT.match(text)) or len(text.split()) > 10:
        return None
    return firm if len(firm.split()) > 1 else text  # the name without its legal form


def _letter(first: list[str]) -> Profile:
    """An allocation letter's letterhead: ministry (often in capitals under 'DET KONGELIGE'), the addressee's
    block, the date under 'Dato', and the title line naming 'tildelingsbrev'."""
    ref = next((i for i, line in enumerate(first) if LETTER_FIELDS.search(line)), None)
    title_i = next((i for i, line in enumerate(first) if LETTER_TITLE.search(line) and len(line) < 200), None)
    if title_i is None:
        return Profile()
    head = _letterhead(first[: ref if ref is not None else title_i])
    issuer = next((n for line in head if (n := organisation_name(line)) and "departement" in n.lower()), None)
    addressee = next((n for line in head if (n := organisation_name(line)) and n != issuer), None)
    title = first[title_i].strip()
    # the title's year wrapped onto the next line ('Tildelingsbrev til <agency>' / 'for 2025')
    year_below = title_i + 1 < len(first) and re.fullmatch(rf"(?:for|i)\s+(?:(?:budsjett|kalender)?året\s+)?{YEAR}",
                                                            first[title_i + 1].strip()) is not None
    if title_i + 1 < len(first) and (re.search(r"(?:\s(?:og|for|i|av|til)|-)$", title) or year_below):
        title = f"{title} {first[title_i + 1].strip()}"  # a title wrapped inside the addressee's name
    # 'Tildelingsbrev til <agency> for 2023': the year after the name is no part of it
    to = re.search(r"tildelingsbrev(?:et)?(?:\s+for\s+\d{4})?\s+til\s+(?P<to>.+?)"
                   r"(?:\s+(?:for|i)\s+(?:(?:budsjett|kalender)?året\s+)?\d{4})?\s*$", title, re.IGNORECASE)
    if to and (named := organisation_name(to.group("to"))) and (addressee is None or _same_name(addressee, named)):
        addressee = named  # the address block's name, where it gives one: a title may use a short name
    dashed = re.search(r"tildelingsbrev(?:et)?(?:\s+for)?\s+\d{4}\s*[–—:-]\s*(?P<to>.+)$", title, re.I)
    if addressee is None and dashed and (named := organisation_name(dashed.group("to"))):
        addressee = named  # 'Tildelingsbrev 2024 – <agency>'
    date = None
    if ref is not None:
        date = next((d for line in first[ref: ref + 3] if (d := parse_date(line))), None)
    printed = title if year_below else first[title_i].strip()
    year_m = TITLE_YEAR.search(printed)
    return Profile("tildelingsbrev", printed, issuer, addressee, date,
                   int(year_m.group("y")) if year_m else None)


def _cover_letter(first: list[str]) -> Profile:
    """An allocation letter with a cover page in place of a letterhead: 'Tildelingsbrev 2024' over the agency's
    name, the ministry's and the date, each on a line of its own."""
    title_i = next((i for i, x in enumerate(first) if LETTER_TITLE.match(x.strip()) and TITLE_YEAR.search(x)
                    and len(x.strip()) < 80), None)
    if title_i is None:
        return Profile()
    below = [x.strip() for x in first[title_i + 1: title_i + 6]]
    names = [n for x in below if (n := organisation_name(x))]
    issuer = next((n for n in names if "departement" in n.lower()), None)
    if issuer is None:
        return Profile()
    addressee = next((n for n in names if n != issuer), None)
    date = next((d for x in below if (d := parse_date(x)) and len(x) < 30), None)
    title = first[title_i].strip()
    if addressee and re.fullmatch(rf"tildelingsbrev(?:\s+for)?\s+{YEAR}", title, re.IGNORECASE):
        title = f"{title} – {addressee}"
    year_m = TITLE_YEAR.search(title)
    return Profile("tildelingsbrev", title, issuer, addressee, date, int(year_m.group("y")) if year_m else None)


def _same_name(block: str, title: str) -> bool:
    """Whether the title names the address block's organisation in a longer form ('… og matkultur' cut by the
    block's wrap)."""
    return title.lower().startswith(block.lower())


def _letterhead(lines: list[str]) -> list[str]:
    """A letterhead's lines with 'Det kongelige' dropped and a name wrapped after a hyphen or 'og' joined
    ('DET KONGELIGE HELSE- OG' / 'OMSORGSDEPARTEMENT')."""
    out: list[str] = []
    for line in lines:
        text = re.sub(r"^\s*det\s+kongel[ei]ge\b\s*", "", line, flags=re.IGNORECASE).strip()
        if out and re.search(r"(?:-|\s(?:og|OG))$", out[-1]) and text:
            out[-1] = f"{out[-1]} {text}"
        elif text:
            out.append(text)
    return out


def _lead(performer: str) -> str:
    """The performer that leads, named first ('NIKD i samarbeid med Ferde Analyse AS' -> 'NIKD'; 'Senter for … og
    Vestlandsinstituttet for …' -> 'Senter for …'; 'Institutt for oppvekst og samfunn' is one name), without the
    commissioner a title page names after it ('… på oppdrag fra …')."""
    performer = re.split(r"\s+på\s+oppdrag\s+(?:fra|frå|for)\s+", performer, maxsplit=1)[0]
    return re.split(r"\s+i\s+samarbeid\s+med\s+|\s+og\s+(?=[A-ZÆØÅ])", performer, maxsplit=1)[0]


def _spelt_out(name: str, first: list[str]) -> str:
    """A short name ('NIKD') as the first pages spell it out ('Norsk institutt for … (NIKD)'), else as it is."""
    if not re.fullmatch(r"[A-ZÆØÅ]{2,8}", name):
        return name
    spelt = re.compile(r"(?P<name>[A-ZÆØÅ][^()\n]{5,90}?)\s*\(" + name + r"\)")
    return next((m.group("name").strip() for x in first[:80] if (m := spelt.search(x))), name)


def read_profile(first: list[str]) -> Profile:
    """The profile of a document from its first non-blank lines (the first page or two)."""
    letter = _letter(first[:40]) if any(LETTER_FIELDS.search(x) for x in first[:40]) else _cover_letter(first[:12])
    if letter.kind:
        return letter
    # a field's value without the address after the name ('…, Postboks 417, 5805 Bergen')
    # (a word hyphenated over the value's line break is one word: 'medfinansierings-' / 'ordningen')
    fields = {k: ADDRESS.sub("", re.sub(r"\s+", " ", re.sub(r"(?<=[a-zæøå])-\n\s*(?=[a-zæøå])", "", f.value)))
              for k, f in read_colophon([(x.strip(), 0) for x in first[:80]]).items()}
    if "commissioner" in fields and ({"performer", "publisher", "series", "lead"} & set(fields)):
        lead = _lead(fields.get("performer") or fields.get("publisher") or "")
        performer = organisation_name(_spelt_out(lead, first))
        date = parse_date(fields.get("date", "")) or next(
            (parse_date(x) for x in first[:80] if PLACE_DATE.match(x.strip())), None)
        series = fields.get("series") or next((x for x in first[:12] if SERIES_LINE.search(x)), "")
        year_m = REPORT_NUMBER_YEAR.search(series) or SERIES_LINE.search(series)
        month_m = next((m for x in first[:12] if (m := MONTH_YEAR_LINE.match(x.strip()))), None)
        found = year_m.group("y") if year_m and year_m.group("y") else None
        year = int(found) if found else int(date[:4]) if date else int(month_m.group("y")) if month_m else None
        title = fields.get("title") or _title_before(first, "oppdragsgiver", performer or "")
        capitals = capitals_title(first[:40]) if not (title and EVALUATION_TITLE.search(title)) else None
        if capitals is not None:  # the cover's labels above its title in capitals ('RAPPORT' / 'Oppdragsgiver: …')
            title = ordinary_case(" ".join(x.strip() for x in first[capitals[0]: capitals[1]]), "\n".join(first))
        return Profile("evaluering", title, performer, None, date, year, organisation_name(fields["commissioner"]))
    for line in first[:12]:
        m = ANNUAL_TITLE.match(closed_up(line))
        if m:
            found = m.group("y") or next((y for y in first[:12] if re.fullmatch(YEAR, y.strip())), None)
            return Profile("årsrapport", year=int(found) if found else None)
    if any(PRESS_LABEL.match(x.strip()) for x in first[:3]):
        return _press([cell for x in first[:12] for cell in re.split(r"\s{3,}", x.strip()) if cell])
    for k, line in enumerate(first[:8]):
        if STRATEGY_TITLE.search(line):
            return _strategy(first[:30], k)
        if EVALUATION_TITLE.search(line) and re.search(r"\bav\b|\bevaluering\b", line, re.IGNORECASE):
            return Profile("evaluering", title=line.strip())
    return Profile()


# the label alone on its line, or with the sender's letterhead beside it ('PRESSEMELDING      Direktoratet for …')
PRESS_LABEL = re.compile(r"^(?:pressemelding|nyhetsmelding)(?:\s{3,}\S.*)?$", re.IGNORECASE)
PERIOD = re.compile(rf"\b(?P<y>{YEAR})\s*[–-]\s*{YEAR}\b")
ADOPTED = re.compile(r"\b(?:vedtatt|vedteke|fastsatt|fastsett|godkjent|godkjend|lansert)\b", re.IGNORECASE)


def _press(first: list[str]) -> Profile:
    """A press release: its sender, its dateline ('Førde, 12. mai 2025') and the headline below it."""
    dated = next((i for i, x in enumerate(first) if parse_date(x) and len(x.strip()) < 50), None)
    publisher = next((name for x in first[: dated or 4] if (name := organisation_name(x.strip()))), None)
    date = parse_date(first[dated]) if dated is not None else None
    # the headline: the first line below the dateline with words (not the letterhead's e-mail or address beside it)
    title = next((x.strip() for x in first[(dated or 0) + 1:] if len(x.split()) >= 3 and "@" not in x), None) \
        if dated is not None else None
    return Profile("pressemelding", title, publisher, None, date, int(date[:4]) if date else None)


def _strategy(first: list[str], k: int) -> Profile:
    """A strategy or action plan: its title over the cover lines set in capitals with it ('HANDLINGSPLAN FOR' /
    'VANNSIKKERHET' / '2025–2027', given in sentence case), the plan period's first year, the date adopted."""
    parts = [first[k].strip()]
    for x in first[k + 1: k + 4]:
        if not (parts[-1].isupper() and x.strip() and (x.strip().isupper() or PERIOD.fullmatch(x.strip()))):
            break
        parts.append(x.strip())
    title = " ".join(parts)
    if title.isupper():
        title = title[0] + title[1:].lower()
    period = PERIOD.search(title)
    date = next((d for x in first if ADOPTED.search(x) and (d := parse_date(x))), None)
    return Profile("strategi", title=title, date=date, year=int(period.group("y")) if period else None)


ADDRESS = re.compile(r",\s*(?:Postboks|Pb\.|Besøksadresse|Postadresse|\d{4}\s)[^()]*$")
LETTERSPACED = re.compile(r"^\s*\S(?: \S){3,}(?: {2,}\S(?: \S)*)*\s*$")


def closed_up(line: str) -> str:
    """A cover line set letterspaced ('Å R S R A P P O R T   2 0 2 3') closed up ('ÅRSRAPPORT 2023')."""
    if not LETTERSPACED.match(line):
        return line
    return " ".join(word.replace(" ", "") for word in re.split(r" {2,}", line.strip()))


def _title_before(first: list[str], label: str, logo: str = "") -> str | None:
    """The title page's lines before the colophon: title and subtitle joined, series lines and a line with the
    performer's name as a logo ('SELO – Senter for …') dropped."""
    end = next((i for i, x in enumerate(first) if x.lower().startswith(label)), len(first))
    lines = [x.strip() for x in first[:end] if x.strip() and not is_label_line(x.strip())
             and not re.search(r"^\d+$|\s{2,}\d+$", x) and not SERIES_LINE.search(x)
             and not MONTH_YEAR_LINE.match(x.strip())
             and not logo_line(x, logo)]
    seen: list[str] = []
    for x in lines:
        if seen and x[:1].islower() and not seen[-1].endswith((".", ":")) and not x.startswith("www"):
            seen[-1] = f"{seen[-1]} {x}"  # a title wrapped onto a line of its own ('… tannhelsearbeid' / 'i …')
        elif x not in seen and not x.islower():
            seen.append(x)
    return " ".join(seen[:2]) or None
