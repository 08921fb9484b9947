"""Typed answers: entities from hit passages, neighbours along links, citations into the hit passages first."""

from __future__ import annotations

from kg.artefacts import Build
from kg.entities.base import Entity, EntityLink, Source
from kg.passages.base import OffsetMap, Passage, Section
from kg.passages.pages import PageRef
from kg.search.answers import EntityCatalogue, answers, rank_entities
from kg.search.snippets import snippet


def _source(p: Passage, word: str) -> Source:
    start = p.start + p.text.index(word)  # the tiny corpus has no clean-up: cleaned == original offsets
    return Source(p.id, p.doc_name, p.doc, start, start + len(word), None, p.section.number, p.section.title,
                  p.section.path, "test", 1.0, word)


def _passages(build: Build) -> dict[str, Passage]:
    return {p.id: p for p in build.passages() if p.kind != "heading"}


def _by_word(passages: dict[str, Passage], word: str) -> Passage:
    return next(p for p in passages.values() if word in p.text)


def test_entities_of_the_asked_type_rank_by_their_hit_passages(tiny_build: Build) -> None:
    ps = _passages(tiny_build)
    foster, grant, crisis = (_by_word(ps, w) for w in ("kampanjer", "Tilskuddsordningen", "Krisesentrene"))
    campaign = Entity("urn:m:campaign", "Measure", "Nasjonale kampanjer", (), (_source(foster, "kampanjer"),))
    shelter = Entity("urn:m:shelter", "Measure", "Krisesentertilbud", (), (_source(crisis, "Krisesentrene"),))
    scheme = Entity("urn:g:scheme", "GrantScheme", "Tilskudd til inkludering", (),
                    (_source(grant, "Tilskuddsordningen"),))
    catalogue = EntityCatalogue.of([campaign, shelter, scheme])
    hits = [(foster.id, 0.03), (crisis.id, 0.01), (grant.id, 0.009)]
    ranked = rank_entities(catalogue, hits, "Measure", 5)
    assert [e.iri for e, _ in ranked] == ["urn:m:campaign", "urn:m:shelter"]
    assert all(e.type == "Measure" for e, _ in ranked)
    assert {e.type for e, _ in rank_entities(catalogue, hits, None, 5)} == {"Measure", "GrantScheme"}


def test_an_entity_named_by_a_heading_is_found_through_its_section_text(tiny_build: Build) -> None:
    every = {p.id: p for p in tiny_build.passages()}
    heading = next(p for p in every.values() if p.kind == "heading" and "Krisesentre" in p.text)
    body = _by_word(_passages(tiny_build), "Krisesentrene")
    shelter = Entity("urn:m:shelter", "Measure", "Krisesentre", (), (_source(heading, "Krisesentre"),))
    ranked = rank_entities(EntityCatalogue.of([shelter], every), [(body.id, 0.02)], "Measure", 5)
    assert [e.iri for e, _ in ranked] == ["urn:m:shelter"]


def test_a_measure_its_section_is_titled_after_is_found_through_any_paragraph_of_the_section() -> None:
    titled = Section("2.1", "«Tidlig inn» – opplæring for kommunalt ansatte", ("Mål 3", "«Tidlig inn» – opplæring"))
    other = Section("2.2", "Familieråd", ("Mål 3", "Familieråd"))

    def passage(pid: str, section: Section, text: str) -> Passage:
        return Passage(pid, "d", "d.txt", "paragraph", section, PageRef(), 0, len(text), text,
                       OffsetMap(((0, 0, len(text)),)))

    defined = passage("p1", titled, "«Tidlig inn» er et opplæringsprogram for kommunalt ansatte.")
    later = passage("p2", titled, "Opplæringen gir flere gevinster for gravide og småbarnsfamilier.")
    elsewhere = passage("p3", other, "Familieråd er en arbeidsmåte; Tidlig inn nevnes ikke her.")
    ps = {p.id: p for p in (defined, later, elsewhere)}
    measure = Entity("urn:m:ti", "Measure", "Tidlig inn", (), (_source(defined, "Tidlig inn"),))
    catalogue = EntityCatalogue.of([measure], ps)
    assert [e.iri for e, _ in rank_entities(catalogue, [("p2", 0.02)], "Measure", 5)] == ["urn:m:ti"]
    assert rank_entities(catalogue, [("p3", 0.02)], "Measure", 5) == []


def test_label_closer_to_the_question_wins_among_equal_hits(tiny_build: Build) -> None:
    ps = _passages(tiny_build)
    foster = _by_word(ps, "kampanjer")
    campaign = Entity("urn:m:a", "Measure", "Nasjonale kampanjer", (), (_source(foster, "kampanjer"),))
    database = Entity("urn:m:b", "Measure", "Nasjonal database", (), (_source(foster, "database"),))
    catalogue = EntityCatalogue.of([campaign, database])
    hits = [(foster.id, 0.03)]
    for closer in ("urn:m:a", "urn:m:b"):
        sims = {"urn:m:a": 0.9 if closer == "urn:m:a" else 0.8, "urn:m:b": 0.9 if closer == "urn:m:b" else 0.8}
        assert rank_entities(catalogue, hits, "Measure", 5, (), sims)[0][0].iri == closer
    org = Entity("urn:o:x", "Organisation", "Y", (), (_source(foster, "direktoratet"),))
    org2 = Entity("urn:o:z", "Organisation", "A", (), (_source(foster, "kampanjer"),))
    ranked = rank_entities(EntityCatalogue.of([org, org2]), hits, "Organisation", 5, (), {"urn:o:x": 0.9, "urn:o:z": 0.1})
    assert [e.label for e, _ in ranked] == ["A", "Y"]  # names say nothing of topic: ties stay by label


def test_neighbours_of_hit_entities_are_answers_too(tiny_build: Build) -> None:
    ps = _passages(tiny_build)
    reform_p = _by_word(ps, "barnevernsreformen")
    reform = Entity("urn:r:reform", "Reform", "Barnevernsreformen", (), (_source(reform_p, "barnevernsreformen"),),
                    (EntityLink("evaluatedBy", "urn:e:eval", "in", "Evaluation", "Følgeevaluering"),))
    evaluation = Entity("urn:e:eval", "Evaluation", "Følgeevaluering", (),
                        (_source(_by_word(ps, "Krisesentrene"), "Krisesentrene"),))
    catalogue = EntityCatalogue.of([reform, evaluation])
    ranked = rank_entities(catalogue, [(reform_p.id, 0.02)], "Evaluation", 5)
    assert [e.iri for e, _ in ranked] == ["urn:e:eval"]


def test_citations_prefer_hit_passages_and_mark_matched_words(tiny_build: Build) -> None:
    ps = _passages(tiny_build)
    foster, crisis = _by_word(ps, "kampanjer"), _by_word(ps, "Krisesentrene")
    entity = Entity("urn:m:x", "Measure", "X", (), (_source(crisis, "Krisesentrene"), _source(foster, "kampanjer")))
    result = answers(EntityCatalogue.of([entity]), [(foster.id, 0.03)], "Measure", 5, ps, {"kampanj"})
    first = result[0].sources[0]
    assert first.passage == foster.id and (first.start, first.end) == (entity.sources[1].start,
                                                                       entity.sources[1].end)
    assert "<mark>kampanjer</mark>" in first.snippet
    assert first.section["title"] == foster.section.title


def test_snippet_escapes_html_and_marks_compound_parts(tiny_build: Build) -> None:
    p = _by_word(_passages(tiny_build), "Fosterhjemsmangelen")
    text = snippet(p, {"mangel"}, (p.start, p.start + 5))
    assert "<mark>Fosterhjemsmangelen</mark>" in text and "<" not in text.replace("<mark>", "").replace("</mark>", "")
