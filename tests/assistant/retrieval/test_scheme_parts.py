"""Passages under the heading of another scheme that shares the document are left out of a question about one."""

from __future__ import annotations

from assistant.services import Services


def _sections(services: Services, question: str) -> list[str]:
    understanding = services.pipeline.understand(question, None)
    return [passage.chunk.section for passage in services.pipeline.retrieve(understanding, question)]


def test_the_other_substance_use_schemes_part_of_the_slides_is_left_out(corpus_services: Services) -> None:
    sections = _sections(
        corpus_services,
        "Can several small municipalities team up on one application under the new kommunalt rusarbeid scheme?",
    )
    assert any("ny ordning" in section for section in sections), sections
    assert not any("overgangsordning" in section for section in sections), sections


def test_both_schemes_named_keep_both_parts(corpus_services: Services) -> None:
    sections = _sections(
        corpus_services, "Hva er forskjellen på ny ordning og overgangsordningen for kommunalt rusarbeid?"
    )
    assert any("overgangsordning" in section for section in sections), sections


def test_the_answer_rests_on_the_part_of_the_scheme_asked(corpus_services: Services) -> None:
    _, answer = corpus_services.pipeline.answer(
        "Can several small municipalities team up on one application under the new kommunalt rusarbeid scheme?", None
    )
    assert not answer.text.startswith("No"), answer.text
    assert "samarbeid med andre kommuner" in answer.text


def test_the_other_schemes_call_date_is_no_date_for_the_one_asked(corpus_services: Services) -> None:
    # «… midlene lyses ut nå i januar» stands under the new scheme's heading, not the transitional one's.
    _, answer = corpus_services.pipeline.answer("Når lyses overgangsmidlene ut?", None)
    assert not any(citation.section == "Kommunalt rusarbeid – ny ordning" for citation in answer.citations)


def test_a_scheme_found_by_a_name_others_share_keeps_every_part(corpus_services: Services) -> None:
    # "765.60" and "IPS" do not tell which of the schemes sharing the document is meant.
    sections = _sections(
        corpus_services,
        "The 2015 mapping mentions IPS results. What share of participants get work with IPS compared to traditional "
        "vocational rehabilitation?",
    )
    assert any("Avdir" in section for section in sections), sections


def test_a_passage_the_layout_put_under_the_part_before_stays(corpus_services: Services) -> None:
    # The 2015 overview's IPS programme is chunked under the heading of the programme before it ("Kompetansetiltak
    # …"); its text does not open with that heading, so the heading says nothing of whose it is.
    _, answer = corpus_services.pipeline.answer(
        "I 2015-oversikten, hvem kunne søke på Utprøving av individuell jobbstøtte (IPS) hos Helsedir?", None
    )
    assert "Private bedrifter" in answer.text, answer.text
