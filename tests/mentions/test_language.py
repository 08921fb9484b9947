"""The Norwegian spaCy pipeline: blank nb, Ordbank lemmas, our registered components."""

from __future__ import annotations

from kg.mentions.language import SPAN_KEY, head_of, lemma, pipeline


def test_pipeline_is_blank_norwegian_with_declared_components() -> None:
    nlp = pipeline()
    assert nlp.lang == "nb"
    assert nlp.pipe_names == ["sentencizer", "bk_lemmatizer", "bk_steering_matcher"]
    meta = nlp.get_pipe_meta("bk_steering_matcher")
    assert "token.lemma" in meta.requires and "doc.spans" in meta.assigns
    assert "token.lemma" in nlp.get_pipe_meta("bk_lemmatizer").assigns


def test_lemmas_of_inflected_compounds() -> None:
    assert lemma("barnevernsreformen") == "barnevernsreform"
    assert lemma("følgeevalueringen") == "følgeevaluering"
    assert head_of(lemma("opplæringsprogrammet"), ("program",)) == "program"


def test_matcher_marks_cues() -> None:
    doc = pipeline()("Menon Economics og NTNU Samfunnsforskning gjennomfører følgeevaluering av barnevernsreformen.")
    spans = {(s.label_, s.text) for s in doc.spans[SPAN_KEY]}
    assert ("ORG", "Menon Economics") in spans
    assert ("ORG", "NTNU Samfunnsforskning") in spans
    assert ("PERFORM", "gjennomfører") in spans
    assert ("EVALUATION", "følgeevaluering") in spans
    assert ("REFORM", "barnevernsreformen") in spans
