"""A candidate for a funded position checked against the qualifications the regulation sets for its staff (Tiltak
A's resource-team positions: a health or social care education, two years of IPS, training and supervision)."""

from __future__ import annotations

import pytest

from assistant.questions.qualifications import _years_of
from assistant.services import Services


@pytest.mark.parametrize(
    ("text", "language", "years"),
    [
        ("Hun har tre års IPS-erfaring.", "nb", 3.0),
        ("Han har jobbet 2 år i IPS.", "nb", 2.0),
        ("She has 18 months of IPS experience.", "en", 1.5),
        ("one year in an IPS team", "en", 1.0),
        ("Hun har fem års erfaring som sykepleier. IPS kjenner hun ikke.", "nb", None),  # another sentence
        ("Hun har ti års erfaring som sykepleier.", "nb", None),  # no IPS named
    ],
)
def test_years_of_experience_next_to_what_is_counted(text: str, language: str, years: float | None) -> None:
    assert _years_of(text, ["IPS"], language) == years  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("question", "lead", "line"),
    [
        (
            "Kandidaten vår til ressursmiljøet er vernepleier med ett og et halvt års IPS-erfaring og har veiledet "
            "mange. Holder det?",
            "Nei – slik du beskriver kandidaten",
            "Minst to års arbeidserfaring fra IPS [2]: ikke oppfylt.",
        ),
        (
            "Our candidate for a Tiltak A position is a nurse with five years in IPS, but she has never done any "
            "training or supervision. Does she qualify?",
            "No – as you describe the candidate",
            "Experience with training and supervision [3]: not met.",
        ),
        (
            "Kandidaten til tiltak A-stillingen er sosionom, har fire år i IPS og har undervist på kurs. Oppfyller "
            "hun kravene?",
            "Ja – slik du beskriver kandidaten",
            "Erfaring med opplæring og veiledning [3]: oppfylt.",
        ),
        (
            "Our Tiltak A candidate has three years of IPS experience. Is that enough?",
            "It depends on what you have not mentioned",
            "A health or social care education [1]: not mentioned.",
        ),
    ],
)
def test_a_candidate_is_checked_requirement_by_requirement(
    corpus_services: Services, question: str, lead: str, line: str
) -> None:
    _, answer = corpus_services.pipeline.answer(question)
    assert answer.text.startswith(lead), answer.text
    assert line in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Hvilke kvalifikasjonskrav gjelder for ansatte i ressursmiljøene?",
        # Read as a question about the application once; it asks what is required of the staff.
        "Hvilke kvalifikasjoner må de som ansettes i ressursmiljøet under Tiltak A ha?",
        # Someone to hire, but nothing said of them: nothing to check.
        "We want to hire someone for a Tiltak A position. What qualification requirements apply?",
    ],
)
def test_the_requirements_asked_for_are_listed_without_a_verdict(corpus_services: Services, question: str) -> None:
    _, answer = corpus_services.pipeline.answer(question)
    assert answer.text.startswith(("Kvalifikasjonskravene for Tiltak A", "The qualifications required for Tiltak A"))
    # The three requirements, cited, with no verdict on anyone.
    assert answer.text.count("\n- ") == 3 and len(answer.citations) == 3, answer.text
    assert "oppfylt" not in answer.text and "mentioned" not in answer.text


def test_a_person_described_for_another_reason_is_no_candidate_check(corpus_services: Services) -> None:
    _, answer = corpus_services.pipeline.answer("Hun er kommunedirektør. Kan hun signere søknaden om tiltak B?")
    assert "Kvalifikasjonskrav" not in answer.text and "oppfylt" not in answer.text


def test_candidates_of_another_kind_and_staff_counted_are_no_candidate_check(corpus_services: Services) -> None:
    # Trainee candidates in a 2015 grant's name are no job candidates.
    _, answer = corpus_services.pipeline.answer(
        "What budget post did the 2015 grant for apprentices and apprenticeship candidates come under?"
    )
    assert "Tiltak A" not in answer.text
    # Three staff who meet the requirements: whether all three are funded (Tiltak A funds two positions).
    _, answer = corpus_services.pipeline.answer(
        "Tre ansatte i 100 % i ressursmiljøet vårt oppfyller kvalifikasjonskravene. Får vi tilskudd til alle tre?"
    )
    assert answer.text.startswith("Nei – Tiltak A gir ikke tilskudd til så mange stillinger"), answer.text


def test_a_candidate_for_a_measure_that_states_no_qualifications_is_not_checked_against_another(
    corpus_services: Services,
) -> None:
    # Tiltak B states no qualifications; Tiltak A's are no answer to a Tiltak B hire.
    _, answer = corpus_services.pipeline.answer(
        "We're hiring an education specialist under Tiltak B. Must she have two years of IPS experience?"
    )
    assert "as you describe the candidate" not in answer.text, answer.text


def test_qualifications_asked_in_a_follow_up_are_those_of_the_measure_in_focus(corpus_services: Services) -> None:
    cid, _ = corpus_services.pipeline.answer("Tell me about Tiltak A.", None)
    _, answer = corpus_services.pipeline.answer("What qualifications do the staff need?", cid)
    assert answer.text.startswith("The qualifications required for Tiltak A"), answer.text
    assert any("Minst to års arbeidserfaring fra IPS" in c.quote for c in answer.citations)
