"""The Norwegian spaCy pipeline: a blank ``nb`` tokenizer, Ordbank lemmas and our own matchers.

Lemmas come from ``simplemma`` (Norsk Ordbank forms, no downloaded model). Compounds are the rule
in Norwegian, so cues match the *end* of a lemma: ``fosterhjemsrekrutteringskampanje`` is a
``kampanje``. Every component declares what it requires and assigns.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import simplemma
import spacy
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan
from spacy.util import filter_spans

# Generic vocabulary of Norwegian steering documents (heads of compounds), not corpus facts.
MEASURE_HEADS = ("tiltak", "program", "kampanje", "prosjekt", "satsing", "pilot", "modell", "metode",
                 "arbeidsmåte", "verktøy", "ressurs", "portal", "tjeneste", "intensjonsavtale", "erklæring",
                 "kurs", "team", "veileder", "nettressurs", "konsept", "nettside", "nettsted", "opplegg",
                 "kompetansepakke", "veiviser", "løsning", "register", "database", "teneste", "markedsplass",
                 "nettstad", "tilbud", "tilbod", "oversikt")
EVALUATION_HEADS = ("evaluering", "statusmåling", "effektstudie", "følgeforskning", "sluttrapport")
REFORM_HEADS = ("reform", "strategi", "plan", "handlingsplan", "opptrappingsplan")
ORG_SUFFIXES = ("direktoratet", "departementet", "etaten", "tilsynet", "instituttet", "senteret",
                "forvalteren", "forvalterne", "ombudet", "kommune", "fylkeskommune", "universitetet")
ORG_WORDS = ("economics", "samfunnsforskning", "samfunnsanalyse", "as", "consulting")
PERFORM_VERBS = ("gjennomføre", "utføre", "evaluere", "lede", "levere", "utarbeide")
SPAN_KEY = "bk"


# noun forms the Ordbank data reads as a verb's ('kurset' as the past of 'kurse'), in compounds too
NOUN_FORMS = {"kurset": "kurs", "tilbodet": "tilbod"}  # (the second a Nynorsk form the data lacks)


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """Lemma of one word form (lower case), from the Norsk Ordbank data shipped with simplemma."""
    low = word.lower()
    form = next((f for f in NOUN_FORMS if low.endswith(f)), None)
    if form is not None:
        return low[: len(low) - len(form)] + NOUN_FORMS[form]
    return str(simplemma.lemmatize(low, lang="nb")).lower()


def head_of(lemma_text: str, heads: tuple[str, ...]) -> str | None:
    """The head noun of a (possibly compound) lemma if it is one of ``heads``."""
    for h in sorted(heads, key=len, reverse=True):
        if lemma_text.endswith(h) and len(lemma_text) >= len(h):
            return h
    return None


@Language.component("bk_lemmatizer", assigns=["token.lemma"])
def bk_lemmatizer(doc: Doc) -> Doc:
    """Set every token's lemma from the Ordbank forms."""
    for token in doc:
        head = token.text.rsplit("-", 1)
        if token.is_alpha:
            token.lemma_ = lemma(token.text)
        elif len(head) == 2 and head[0] and head[1].isalpha() and head[0].replace("-", "").isalpha():
            token.lemma_ = f"{head[0].lower()}-{lemma(head[1])}"  # 'e-læringskurset': the compound's last part
        else:
            token.lemma_ = token.text.lower()
    return doc


def _suffix_regex(words: tuple[str, ...]) -> str:
    return "(" + "|".join(words) + ")$"


@Language.factory("bk_steering_matcher", requires=["token.lemma"], assigns=["doc.spans"])
def make_steering_matcher(nlp: Language, name: str) -> SteeringMatcher:
    return SteeringMatcher(nlp)


class SteeringMatcher:
    """Marks cue spans in ``doc.spans['bk']``: ORG, REFORM, MEASURE_NOUN, EVALUATION, PERFORM, QUOTED."""

    def __init__(self, nlp: Language) -> None:
        self.matcher = Matcher(nlp.vocab)
        suffix = "(?:" + "|".join(ORG_SUFFIXES) + ")s?$"
        org_suffix = {"REGEX": r"^[A-ZÆØÅ][\w-]*" + suffix}
        self.matcher.add("ORG", [
            [{"TEXT": org_suffix}],
            # 'Barne- og familiedepartementet', 'Barne-, ungdoms- og familieetaten'
            [{"TEXT": {"REGEX": r"^[A-ZÆØÅ]\w*-$"}}, {"TEXT": ",", "OP": "?"},
             {"TEXT": {"REGEX": r"^\w+-$"}, "OP": "?"}, {"LOWER": "og"},
             {"TEXT": {"REGEX": r"^\w*" + suffix}}],
            [{"TEXT": {"REGEX": r"^[A-ZÆØÅ][\w-]+$"}, "OP": "+"}, {"LOWER": {"IN": list(ORG_WORDS)}}],
            [{"LOWER": {"REGEX": r"^(universitetet|høgskulen|høgskolen)$"}}, {"LOWER": {"IN": ["i", "på"]}},
             {"TEXT": {"REGEX": r"^[A-ZÆØÅ][\w-]+$"}, "OP": "+"}],
        ])
        # a bare 'Strategi' opens titles («Strategi for likestilling …»); bare 'plan'/'reform' are too vague
        plans = r"^(?:\w{3,}" + _suffix_regex(REFORM_HEADS)[:-1] + "|strategi)$"
        self.matcher.add("REFORM", [[{"LEMMA": {"REGEX": plans}}]])
        # the bare 'ordningen' before a name ('ordningen Aktiv ferie') too, not the grant words ('tilskuddsordningen')
        self.matcher.add("MEASURE_NOUN", [[{"LEMMA": {"REGEX": r"^[\w-]*" + _suffix_regex(MEASURE_HEADS)}}],
                                          [{"LOWER": {"IN": ["ordningen", "ordninga"]}}]])
        self.matcher.add("EVALUATION", [[{"LEMMA": {"REGEX": r"^\w*" + _suffix_regex(EVALUATION_HEADS)}}]])
        self.matcher.add("PERFORM", [[{"LEMMA": {"IN": list(PERFORM_VERBS)}}]])
        self.matcher.add("QUOTED", [[{"TEXT": "«"}, {"TEXT": {"NOT_IN": ["»"]}, "OP": "+"}, {"TEXT": "»"}]])

    def __call__(self, doc: Doc) -> Doc:
        found: dict[str, list[SpacySpan]] = {}
        for match_id, start, end in self.matcher(doc):
            label = doc.vocab.strings[match_id]
            found.setdefault(label, []).append(SpacySpan(doc, start, end, label=label))
        spans: list[SpacySpan] = []
        for group in found.values():
            spans.extend(filter_spans(group))
        doc.spans[SPAN_KEY] = sorted(spans, key=lambda s: (s.start, s.end))
        return doc


@lru_cache(maxsize=1)
def spans(doc: Doc, label: str) -> Iterator[SpacySpan]:
    """The steering spans of one label the pipeline set on ``doc``."""
    return (s for s in doc.spans[SPAN_KEY] if s.label_ == label)


def pipeline() -> Language:
    """The shared pipeline: ``spacy.blank('nb')`` + lemmatizer + steering matcher."""
    nlp = spacy.blank("nb")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("bk_lemmatizer")
    nlp.add_pipe("bk_steering_matcher")
    return nlp
