"""What an evaluation evaluates: the phrase after 'evaluering av …', typed by its head noun."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.mentions.base import Key
from kg.mentions.language import MEASURE_HEADS, REFORM_HEADS, head_of, lemma
from kg.mentions.text import QUOTES, clean, grant_key, norm

EVALUATES = re.compile(
    r"(?i)\b(?:begrenset\s+|ekstern\s+)?(?:(?:følge|følgje|slutt|effekt)?(?:evaluering(?:en)?|statusmåling|"
    r"effektmåling|effektstudie|følgeforskning)(?:/\w+)?|^effekt(?:er|ar))\s+(?:av|for)\s+(?P<target>«[^»]{2,120}»[^.():]*?|[^.():]+?)"
    r"(?=\.\s|\.$|\s\(|:|,|$|\s(?:fram|frem) til\b|"
    r"\spå oppdrag\b)"
)
INTRO_NOUN = re.compile(
    r"^(?P<noun>[a-zæøå]+)\s+(?P<name>«[^»]+»|[A-ZÆØÅ0-9][\w+.-]*(?:\s[A-ZÆØÅ][\w+.-]*)*)(?P<rest>.*)$")
DROP_LEAD = re.compile(r"^(?:implementering(?:en)?|innføring(?:en)?|gjennomføring(?:en)?)\s+av\s+", re.IGNORECASE)
GENERIC_PLANS = {"reform", "strategi", "plan", "handlingsplan", "opptrappingsplan", "samarbeidsstrategi",
                 "langtidsplan", "tiltaksplan"}
GRANT_WORDS = ("tilskudd", "tilskuddsordning", "ordning", "driftstilskudd", "tilskot", "tilskotsordning")
# a definite noun alone points back to a thing named before ('evaluering av ordningen'): it names nothing
POINTERS = {"ordningen", "ordningene", "tilskuddsordningen", "tilskuddet", "tiltaket", "tiltakene", "programmet",
            "prosjektet", "satsingen", "arbeidet", "innsatsen"}
FUNDING = re.compile(r"(?:finansierings|støtte)ordning")
SCHEME_NOUN = re.compile(r"^(?:tilsk(?:udds|ots)ordning|ordning)(?:en|a)?$")
ANAPHORS = {"reform", "strategi", "plan", "tiltak", "program", "ordning", "satsing"}


@dataclass(frozen=True)
class Target:
    """Something named as evaluated (or introduced) in the text."""

    type: str
    key: Key
    label: str
    start: int
    end: int


def reform_key(phrase: str, titled: bool = False) -> Key:
    """Key of a reform/strategy/plan: a specific compound ('barnevernsreform') alone, else the whole phrase.

    A quoted title (``titled``) keeps all its words, so two strategies of one kind stay apart."""
    words = norm(re.sub(r"\(?(?:19|20)\d\d\s?[–-]\s?(?:19|20)\d\d\)?", " ", phrase)).split()
    if not words:
        return ("Reform", "")
    head = lemma(words[0])
    if head in GENERIC_PLANS:
        return ("Reform", " ".join([head, *words[1:]]))
    if not head_of(head, (*REFORM_HEADS, "satsing")):
        return ("Reform", " ".join(words))  # a title, not a plan noun: 'Like muligheter i oppveksten'
    if titled and len(words) > 1:
        return ("Reform", " ".join([head, *words[1:]]))  # «Klimastrategi for fiskeflåten»: the whole title
    return ("Reform", head)


WEB_ADDRESS = re.compile(r"^(?P<name>[\w-]+(?:\.[\w-]+)*)\.(?:no|com|org|net|eu)$", re.IGNORECASE)


def measure_key(label: str) -> Key:
    """Key of a measure: a single word by its lemma, a web address by its name ('Ung.no' is 'ung'), else all words."""
    web = WEB_ADDRESS.match(label.strip())
    words = norm(web.group("name") if web else label).split()
    if len(words) == 1:
        return ("Measure", lemma(words[0]))
    return ("Measure", " ".join(words))


def classify(phrase: str, offset: int = 0) -> Target | None:
    """Type and key of a named thing from its wording ('tiltaket Skolelos', 'barnevernsreformen', …)."""
    phrase = DROP_LEAD.sub("", clean(phrase))
    if not phrase or len(phrase) > 160 or phrase.lower() in POINTERS or re.search(r"-\s+\d|-$", phrase):
        return None  # (a table's cell broken off at a hyphen, the next cell's figures after it: no name)
    if phrase.split()[0] in POINTERS and re.match(r"^\S+\s+(?:for|til|i|på|med|om)\s+[a-zæøå]", phrase):
        return None  # 'programmet for unge vaksne': it points back to a programme named elsewhere
    first = lemma(phrase.split()[0].strip(QUOTES))
    m = INTRO_NOUN.match(phrase)
    # 'Mentorordninga', 'Minoritetsrådgiverordningen': a scheme of the agency's own, not a grant scheme (one that
    # funds others' projects is: 'Medfinansieringsordningen', 'Støtteordningen for …')
    own_scheme = head_of(first, GRANT_WORDS) == "ordning" and first != "ordning" and not FUNDING.search(first)
    # ('tilskuddsreformen 2022' is a reform of the schemes, not a scheme)
    if (head_of(first, GRANT_WORDS) and not own_scheme) or first.startswith(("tilskudd", "tilskot")) \
            and not head_of(first, REFORM_HEADS):
        name = m.group("name").strip(QUOTES) if m and m.group("name").startswith("«") else phrase
        if m and not m.group("rest").strip() and SCHEME_NOUN.match(m.group("noun")):
            name = m.group("name")  # 'tilskotsordninga Lokalmatløftet': the scheme's own name after the generic noun
        label = name if name != phrase else phrase[0].upper() + phrase[1:]
        if label.lower().startswith("tilskuddet"):
            label = "Tilskudd" + label[len("tilskuddet"):]
        return Target("GrantScheme", ("GrantScheme", grant_key(label)), label, offset, offset + len(phrase))
    multi_year = re.search(r"(?:19|20)\d\d\s?[–-]\s?(?:19|20)\d\d", phrase)
    is_plan = head_of(first, REFORM_HEADS) and first not in ANAPHORS - {"reform"}
    if is_plan or (first.endswith("satsing") and multi_year):
        label = phrase[0].upper() + phrase[1:]
        return Target("Reform", reform_key(phrase), label, offset, offset + len(phrase))
    noun = m.group("noun") if m else ""
    # Ordbank reads some definite nouns as verbs ('kurset' -> 'kurse'): try the bare stem too
    if m and (head_of(lemma(noun), MEASURE_HEADS) or head_of(re.sub(r"(?:et|en|a)$", "", noun), MEASURE_HEADS)):
        name = m.group("name").strip(QUOTES)
        return Target("Measure", measure_key(name), name, offset, offset + len(phrase))
    quoted = re.match(r"^«(?P<name>[^»]+)»", phrase)
    if quoted:
        # «A/B»: one thing under two names (a Norwegian name and the programme's own); A names it here.
        name = quoted.group("name").split("/")[0].strip()
        return Target("Measure", measure_key(name), name, offset + 1, offset + 1 + len(name))
    if phrase[:1].isupper() or phrase[:1].isdigit():
        # A proper name, maybe with a descriptive tail: 'OEM i barnevernsinstitusjonene' -> 'OEM'.
        # ... but 'Program for lokal energirådgivning': a measure noun opening the name keeps its tail
        name = phrase if head_of(first, MEASURE_HEADS) else \
            re.split(r"\s(?:i|på|for|blant)\s(?=[a-zæøå])|\s(?:fra|frå)\s(?=(?:19|20)\d\d)|\s(?:er|ble|blir|vart|har|"
                     r"konkluderer|viser|fant|finner|peker|anbefaler|tyder)\s", phrase, maxsplit=1)[0]
        name = YEARS_AFTER.sub("", name)  # the programme, not its period
        return Target("Measure", measure_key(name), name, offset, offset + len(name))
    return Target("Measure", measure_key(phrase), phrase, offset, offset + len(phrase))


LISTED_MEASURES = re.compile(
    r"\bfor\s+(?P<noun>tiltaket|tiltakene|programmet|prosjektet)\s+(?P<names>[^().]+?)(?=\s\(|,\s\d|\.|$)")
DATE_WORDS = re.compile(r"\b(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|"
                        r"(?:19|20)\d\d)\b", re.I)


# 'Name. Følgeevaluering, delrapport 1': a title naming what it evaluates first, the evaluation after a full stop
# 'Heim att – følgjeevaluering av programmet for unge vaksne': the name first, then what kind of thing it is
# what an evaluation covers in time rather than what it evaluates ('pilotåra 2021–2022', 'første programperiode')
PERIOD = re.compile(r"^(?:(?:de|dei)\s+)?(?:(?:første|fyrste|to|tre|fire|siste)\s+)?(?:\w*periode[nr]?|pilotår\w*|"
                    r"pilotfase\w*|år(?:a|ene)|fase[nr]?)\b", re.IGNORECASE)
YEARS_AFTER = re.compile(r"\s+(?:19|20)\d\d\s?[–-]\s?(?:(?:19|20)\d\d|\d\d)$")  # 'Friluftsskolen 2019–2021'
NAMED_BEFORE_DASH = re.compile(r"^(?P<target>[A-ZÆØÅ«][^.:()–?]{2,60}?)\s+[–-]\s+\w*evaluering\s+av\s+(?:(?:" +
                               "|".join(sorted(POINTERS)) + r")\b|(?=" + PERIOD.pattern.lstrip("^") + "))")
NAMED_FIRST = re.compile(r"^(?P<target>[A-ZÆØÅ«][^.:()]{2,80})\.\s+(?:[Ff]ølge|[Ss]lutt|[Ee]ffekt|[Mm]idtveis|"
                         r"[Uu]nderveis)?[Ee]valuering\b")


# 'Tilskudd til X og Møteplassnettverket': a scheme and a second thing named after 'og' (capitalised, at the end)
AND_NAME = re.compile(r"^(?P<a>.+?)\s+og\s+(?:av\s+)?(?P<b>[A-ZÆØÅ«][\wæøå»-]*(?:\s+[A-ZÆØÅ][\wæøå-]*){0,2})$")
# '… av Fritidsløftet – delrapport 1': which part of a series the report is, not a part of the evaluated name
PART_SUFFIX = re.compile(r"\s*(?:[–:-]|,)\s*(?:(?:del|slutt|underveis|midtveis|hoved)rapport|delrapport)\b.*$", re.I)


def evaluated(title: str) -> list[Target]:
    """Every 'evaluering av X' / 'for tiltaket X' target in a report title, with offsets into ``title``."""
    found: list[Target] = []
    listed = list(LISTED_MEASURES.finditer(title))
    for lm in listed:
        pos = lm.start("names")
        for name in re.split(r",\s+|\s+og\s+", lm.group("names")):
            i = title.find(name, pos)
            name = clean(name)
            if name and not re.match(r"^\d", name) and not DATE_WORDS.search(name):
                found.append(Target("Measure", measure_key(name), name, i, i + len(name)))
    for m in EVALUATES.finditer(title):
        if any(lm.start() <= m.start("target") < lm.end() for lm in listed):
            continue
        t = classify(PART_SUFFIX.sub("", m.group("target")), m.start("target"))
        if t and t.type == "Measure" and m.group(0).lower().split()[0].endswith(("rapport",)):
            continue
        if PERIOD.match(m.group("target")):
            continue  # 'Kystskulen – evaluering av pilotåra 2021–2022': the years, the name stands before
        two = AND_NAME.match(m.group("target"))
        first_part = classify(two.group("a"), m.start("target")) if two else None
        second = classify(two.group("b"), m.start("target") + two.start("b")) if two else None
        if first_part and second and first_part.type == "GrantScheme":
            found += [first_part, second]  # 'Tilskudd til møteplasser for eldre og Møteplassnettverket': two things
        elif t:
            found.append(t)
    first = NAMED_FIRST.match(title) or NAMED_BEFORE_DASH.match(title)
    if first and not found and (t := classify(first.group("target"), 0)) is not None:
        name = YEARS_AFTER.sub("", clean(first.group("target")).strip(QUOTES))  # no descriptive tail to cut here
        found.append(Target("Measure", measure_key(name), name, 0, len(name)) if t.type == "Measure" else t)
    return found
