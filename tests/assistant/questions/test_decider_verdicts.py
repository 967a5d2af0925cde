"""'Is it X who decides?' is answered by the body the rule table names as deciding: yes when it is X, no when it
is another, whatever name the question uses for the body (Fylkesmannen is today's statsforvalter). 'Does the
application go to X?' likewise, by the body the application is sent to."""

from __future__ import annotations

import pytest

from assistant.services import Services


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        # A guess after the question asks whether it is that body.
        ("Who takes the final decision on Tiltak A funding, the Directorate of Health?", "Yes, decisions are made by"),
        (
            "Is it the county governor who decides on Tiltak A applications?",
            "No, decisions are made by Helsedirektoratet",
        ),
        ("Avgjør Helsedirektoratet søknadene om tiltak B?", "Ja, vedtak fattes av Helsedirektoratet"),
        (
            "Var det statsforvalteren som avgjorde søknadene i 2019-ordningen for voksne?",
            "Ja, vedtak fattes av Fylkesmannen",
        ),
        (
            "Did Helsedirektoratet itself decide the 2019 adults scheme applications?",
            "No, decisions are made by Fylkesmannen",
        ),
        # The State Administrator is a body, not a question of who administers the scheme; "made the decisions"
        # asks who decides.
        (
            "Is it the State Administrator (Statsforvalteren) that decides on 0765.73 applications?",
            "No, decisions are made by Helsedirektoratet",
        ),
        (
            "Was it Helsedirektoratet that made the decisions on the 2019 adult scheme applications?",
            "No, decisions are made by Fylkesmannen",
        ),
        # A statement asked back ("…, right?", "…, didn't it?") is a yes/no as well.
        ("The Statsforvalter makes the decision on 0765.73 applications, right?", "No, decisions are made by"),
        (
            "In the 2019 adults scheme, Helsedirektoratet made the final decisions, didn't it?",
            "No, decisions are made by Fylkesmannen",
        ),
    ],
)
def test_the_body_named_is_checked_against_the_one_deciding(
    corpus_services: Services, question: str, lead: str
) -> None:
    _, answer = corpus_services.pipeline.answer(question, None)
    assert answer.status == "answered"
    assert answer.text.startswith(lead), answer.text
    # Who decides on applications is no question of who may apply.
    assert "may apply" not in answer.text and "kan søke" not in answer.text, answer.text


def test_who_decides_without_a_body_named_gets_no_verdict(corpus_services: Services) -> None:
    _, answer = corpus_services.pipeline.answer("Hvem fatter vedtak om tiltak B?", None)
    assert answer.text.startswith("Saksbehandling etter"), answer.text


def test_an_appeal_to_a_named_body_is_still_about_the_appeal(corpus_services: Services) -> None:
    _, answer = corpus_services.pipeline.answer("Kan vi klage til Helsedirektoratet på vedtaket om tiltak A?", None)
    assert answer.text.startswith("Nei, det er ikke klagerett"), answer.text


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Vi sender vel søknaden om tiltak A til statsforvalteren?", "Nei – søknaden sendes Helsedirektoratet"),
        ("Should our Tiltak B application be submitted to the Directorate of Health?", "Yes – applications go to"),
        ("We'll send the 0765.73 application to our NAV office, right?", "No – applications go to"),
    ],
)
def test_the_body_an_application_is_sent_to_is_checked(corpus_services: Services, question: str, lead: str) -> None:
    _, answer = corpus_services.pipeline.answer(question, None)
    assert answer.text.startswith(lead), answer.text


def test_where_to_send_without_a_body_named_gets_no_verdict(corpus_services: Services) -> None:
    _, answer = corpus_services.pipeline.answer("Hvor sender vi søknaden om tiltak B?", None)
    assert answer.text.startswith("Søknaden sendes Helsedirektoratet"), answer.text


def test_still_in_a_statement_is_not_asking_whether_the_call_is_open(corpus_services: Services) -> None:
    # "ennå" tells where the applicant stands; the question after it asks whether they may apply for Tiltak A.
    _, answer = corpus_services.pipeline.answer(
        "Vi har ikke startet med IPS ennå, men ønsker å bli et ressursmiljø. Kan vi søke om tiltak A?", None
    )
    assert not answer.text.startswith("Frister"), answer.text
    # Tiltak A is reserved for a well-established IPS team, which they say they do not have yet.
    assert answer.text.startswith("Nei, ikke slik du beskriver det"), answer.text
    # Asked in the question itself, it does ask whether the call is open: the 2019 call has closed.
    _, answer = corpus_services.pipeline.answer("Is it still possible to apply under the 2019 call?", None)
    assert answer.text.startswith("No – the deadlines"), answer.text


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        # The claim is of no appeal: true, so yes (a plain "can we appeal?" gets the no).
        ("Is it true that a rejection under the 0765.73 scheme cannot be appealed?", "Yes, that is right: there is no"),
        ("Stemmer det at man ikke kan klage på avslag om tiltak B?", "Ja, det stemmer: det er ikke klagerett."),
        ("Can we appeal a rejection of Tiltak B?", "No, there is no right of appeal."),
    ],
)
def test_a_claim_of_no_appeal_is_confirmed(corpus_services: Services, question: str, lead: str) -> None:
    _, answer = corpus_services.pipeline.answer(question, None)
    assert answer.text.startswith(lead), answer.text
