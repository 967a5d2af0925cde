"""Schemes of the 2015 overview counted from its table as indexed: by overview and directorate, each row cited."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.types import Answer


@pytest.mark.parametrize(
    ("question", "lead", "rows"),
    [
        ("How many of the schemes in the minimum overview belong to IMDi?", "3 schemes from IMDi", 3),
        (
            "Hvor mange av Helsedirektoratets ordninger er med i minimumsoversikten fra 2015?",
            "3 ordninger fra Helsedir",
            3,
        ),
        (
            "How many schemes in total are listed in Oversikt 1 (the minimum overview) of the 2015 mapping?",
            "27 schemes are listed in Overview 1",
            27,
        ),
    ],
)
def test_the_overview_s_rows_are_counted_and_each_is_cited(
    converse: Callable[..., Answer], question: str, lead: str, rows: int
) -> None:
    answer = converse(question)
    assert answer.status == "answered"
    assert answer.text.startswith(lead), answer.text
    assert len(answer.citations) == rows
    assert all(c.document_id.startswith("kartlegging") for c in answer.citations)


def test_a_part_of_an_overview_its_sections_do_not_hold_is_not_counted_from_them(
    converse: Callable[..., Answer],
) -> None:
    # "2.2 Tjenestestøtte" is a heading inside the extended overview, not a section of the index: no count of rows.
    answer = converse("Hvor mange ordninger står under 2.2 Tjenestestøtte?")
    assert not answer.text.startswith(("25 ordninger", "52 ordninger"))


def test_a_count_of_something_else_in_the_overview_is_no_count_of_its_rows(converse: Callable[..., Answer]) -> None:
    answer = converse(
        "Hvor mange studiepoeng måtte videreutdanningen tilsvare for lønnstilskudd under Kompetansetiltak innen "
        "psykisk helse- og rusarbeid (2015-oversikten)?"
    )
    assert "30 studiepoeng" in answer.text, answer.text
