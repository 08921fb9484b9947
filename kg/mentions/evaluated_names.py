"""What an evaluation evaluates, by the names the same document gives its measures and schemes.

A title says what it evaluates in its own words ('Et klikk unna? Evaluering av Hjelpelinja for digitale
tjenester', 'Varig heim? Evaluering av etableringstilskotet for unge vaksne'), and reading the name off the title
alone can cut it short ('Hjelpelinja') or miss it. Where the document presents a measure or a grant scheme under
a name whose every word stem the title has, the evaluation evaluates that one; a shorter reading of the title
that the known name contains is dropped with its link.
"""

from __future__ import annotations

import re

from kg.mentions.base import Extraction, Key, Link, Mention
from kg.mentions.language import MEASURE_HEADS, head_of, lemma
from kg.mentions.targets import measure_key
from kg.mentions.text import stems

TITLE_RULE = "target.evaluated-in-title"
GRANT_PREFIX = re.compile(r"^(?:tilskudd|tilskot|driftstilskudd|driftstilskot)\s+(?:til|for)\s+", re.IGNORECASE)
#: Words a scheme's name shares with every title about schemes: they name no scheme by themselves.
GENERIC = stems("tilskudd tilskot tilskuddsordning tilskotsordning ordning ordninga ordningen tiltak program "
                "prosjekt evaluering")


def _known(found: Extraction) -> dict[Key, frozenset[str]]:
    """Measures and schemes the document presents (not only as what a title evaluates), by their name's stems
    ('Tilskudd til …' and 'tilskuddsordningen for …' name one scheme: the generic words are left out)."""
    out: dict[Key, frozenset[str]] = {}
    for m in found.mentions:
        if m.type in ("Measure", "GrantScheme") and m.rule != TITLE_RULE:
            words = stems(m.label)
            one = m.label.split()
            if len(one) == 1 and head_of(lemma(one[0].lower()), MEASURE_HEADS):
                continue  # 'Pilotprosjektet', 'Kompetanseprogrammet': a kind of thing, no name
            if words - GENERIC:
                out.setdefault(m.key, words - GENERIC)
    return out


def named_evaluated(found: Extraction) -> Extraction:
    """``found`` with each evaluation linked to the known measures and schemes its title names whole, and the
    shorter readings of the same names dropped."""
    known = _known(found)
    if not known:
        return found
    dropped: set[tuple[Key, Key]] = set()  # (evaluation, truncated target)
    added: list[Link] = []
    new: list[Mention] = []
    linked = {(k.subject, k.object) for k in found.links if k.predicate == "evaluates"}
    by_key: dict[Key, list[Mention]] = {}
    for x in found.mentions:
        by_key.setdefault(x.key, []).append(x)
    for m in found.mentions:
        if m.type != "Evaluation":
            continue
        title = stems(m.label)
        hits = [k for k, words in known.items() if words <= title]
        whole = [k for k in hits if not any(known[k] < known[o] for o in hits)]
        read = {obj for subj, obj in linked if subj == m.key}
        if not whole:  # the title names a measure by the opening words of its name ('… av pilot med X' / 'Pilot med X
            # i Bergen og Tromsø'), the one measure so named
            opened = [k for k in known if k[0] == "Measure" and any(_opens(by_key, obj, k) for obj in read)]
            whole = opened if len(opened) == 1 else []
        if not whole:  # 'Følgeevaluering av driftstilskuddsordningen': the one scheme 'Driftstilskudd til …'
            compounded = [k for k in known if k[0] == "GrantScheme" and any(_compound(by_key, obj, k) for obj in read)]
            whole = compounded if len(compounded) == 1 else []
        if not whole:  # 'Følgjeevaluering av tilskotsordninga for istandsetjing av fartøy': the one scheme whose
            # name has every stem of the title's reading ('Tilskot til istandsetjing av verneverdige fartøy')
            inside = [k for k in known if k[0] == "GrantScheme" and any(
                obj[0] == "GrantScheme" and len(_names(by_key, obj) or ()) >= 2 and _shorter(by_key, obj, known[k])
                for obj in read)]
            whole = inside if len(inside) == 1 else []
        # the title's own reading stands where it names the thing whole, or another thing than a known name
        if any(not any(_shorter(by_key, obj, known[k]) or _compound(by_key, obj, k) for k in whole) or obj in whole
               or any(_names(by_key, obj) == known[k] for k in whole) for obj in read):
            continue
        for key in whole:
            cut = {obj for obj in read if _shorter(by_key, obj, known[key]) or _compound(by_key, obj, key)}
            dropped |= {(m.key, obj) for obj in cut}
            if key[0] == "GrantScheme" and any(obj[0] == "Measure" for obj in cut):
                # the title names a programme that has a scheme of the same name: the programme, named whole
                name = GRANT_PREFIX.sub("", by_key[key][0].label)
                title_span = next(x.span for x in found.mentions if x.key in cut and x.rule == TITLE_RULE)
                new.append(Mention("Measure", measure_key(name), name, title_span, TITLE_RULE, 0.7))
                key = measure_key(name)
            if (m.key, key) not in linked:
                added.append(Link(m.key, "evaluates", key, m.span, "report.evaluates-known-name", 0.8))
                linked.add((m.key, key))
    if not added and not dropped:
        return found
    out = Extraction()
    gone = {obj for _, obj in dropped}
    still = {k.object for k in found.links if k.predicate == "evaluates" and (k.subject, k.object) not in dropped}
    out.mentions = [x for x in found.mentions if not (x.rule == TITLE_RULE and x.key in gone and x.key not in still)]
    out.mentions += new
    out.links = [k for k in found.links if not (k.predicate == "evaluates" and (k.subject, k.object) in dropped)]
    out.links += added
    return out


def _names(by_key: dict[Key, list[Mention]], key: Key) -> frozenset[str] | None:
    labels = [m.label for m in by_key.get(key, [])]
    return stems(labels[0]) - GENERIC if labels else None


def _opens(by_key: dict[Key, list[Mention]], key: Key, known: Key) -> bool:
    """Whether the title's own reading ``key``, three words or more, opens the name of the ``known`` measure."""
    labels = [m.label.lower() for m in by_key.get(key, []) if m.rule == TITLE_RULE]
    names = [m.label.lower() for m in by_key.get(known, [])]
    return any(len(label.split()) >= 3 and name.startswith(label + " ") for label in labels for name in names)


def _shorter(by_key: dict[Key, list[Mention]], key: Key, name: frozenset[str]) -> bool:
    """Whether the title's own reading ``key`` is a part of the known ``name`` ('Hjelpelinja' of 'Hjelpelinja for
    digitale tjenester')."""
    labels = [m.label for m in by_key.get(key, []) if m.rule == TITLE_RULE]
    return bool(labels) and all(stems(label) - GENERIC < name for label in labels)


def _compound(by_key: dict[Key, list[Mention]], key: Key, known: Key) -> bool:
    """Whether the title's own reading ``key`` is one compound of the ``known`` scheme's first word and *ordning*
    ('driftstilskuddsordningen' of 'Driftstilskudd til frivillige …')."""
    labels = [m.label.lower() for m in by_key.get(key, []) if m.rule == TITLE_RULE]
    heads = [m.label.split()[0].lower() for m in by_key.get(known, []) if len(m.label.split()) >= 3]
    return any(re.fullmatch(rf"{re.escape(h)}s?ordning(?:en|a)?", label) for label in labels for h in heads)
