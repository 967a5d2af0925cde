"""What a grant may be spent on: a yes/no about another cost gets 'Nei' and the rule first; a scheme with no such
rule is answered from the passages."""

from __future__ import annotations

import pytest

from assistant.services import Services


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Kan vi bruke Tiltak B-tilskuddet til å kjøpe en bil?", "Nei – Tilskuddet under Tiltak B dekker ikke"),
        ("Can Tiltak B money be used for office equipment, e.g. laptops?", "No – Tiltak B does not cover"),
        # "money" names an amount; "be used to buy" says what is asked.
        ("Can Tiltak B money be used to buy laptops for the team?", "No – Tiltak B does not cover"),
        ("Can we use Tiltak B money to buy a car and laptops for the team?", "No – Tiltak B does not cover"),
        # Course fees as something to spend the grant on, not a price asked.
        ("Kan tiltak B-pengene brukes til kursavgifter for teamet?", "Nei – Tilskuddet under Tiltak B dekker ikke"),
        # Course fees to pay, beside other things to buy: no application fee asked about.
        (
            "Can Tiltak B money also cover a laptop, a car and some course fees for our work specialist?",
            "No – Tiltak B does not cover",
        ),
        # The users' rent: a cost the rule on what the grant covers settles, though no document names rent.
        ("Can Tiltak B pay rent for the residents in our housing project?", "No – Tiltak B does not cover"),
        # Things to buy, asked with "also cover" and a person they are for: no eligibility question.
        (
            "Can the Tiltak B money also cover a laptop, a car and a job-fair stand for our employment specialist?",
            "No – Tiltak B does not cover",
        ),
        # A false premise that it covers equipment as well as the salary: the thing bought decides.
        (
            "Since Tiltak B covers both the employment specialist's salary and equipment, can we put new laptops for "
            "the team in the budget?",
            "No – Tiltak B does not cover",
        ),
        (
            "In the transitional municipal substance abuse scheme, can we spend part of the grant on running costs "
            "like rent?",
            "No – The grant covers person-years",
        ),
        # Travel costs, which no document on Tiltak B names, are no subject left unanswered: it covers salary only.
        ("Kan tiltak B dekke innkjøp av PC-er og reiseutgifter for jobbspesialisten?", "Nei – Tilskuddet under"),
        (
            "Can the transitional (overgangsordning) money be used for operating costs like rent and equipment?",
            "No – The grant covers person-years",
        ),
    ],
)
def test_a_cost_the_grant_does_not_cover_gets_no_first(corpus_services: Services, question: str, lead: str) -> None:
    _, answer = corpus_services.pipeline.answer(question, None)
    assert answer.text.startswith(lead), answer.text
    assert answer.citations


def test_what_it_may_be_used_for_lists_the_rule(corpus_services: Services) -> None:
    _, answer = corpus_services.pipeline.answer("Hva kan overgangsordningen for kommunalt rusarbeid brukes til?", None)
    assert "kun til årsverk" in answer.text, answer.text


def test_a_salary_question_gets_the_rule_without_a_verdict(corpus_services: Services) -> None:
    _, answer = corpus_services.pipeline.answer("Kan vi bruke Tiltak B til lønn for psykiateren i teamet?", None)
    assert not answer.text.startswith("Nei"), answer.text


def test_whether_it_funds_a_person_is_answered_by_whose_salary_it_pays(corpus_services: Services) -> None:
    """'Can Tiltak B fund an employment specialist in an ordinary service?' is no other cost: no 'No' from the rule
    on what it does not cover, the sentences on whose salary it pays answer."""
    _, answer = corpus_services.pipeline.answer(
        "We only have an ordinary municipal mental health service. Can Tiltak B fund an employment specialist there?",
        None,
    )
    assert not answer.text.startswith("No"), answer.text
    assert "utdanningsspesialist" in answer.text, answer.text


def test_running_costs_asked_is_a_use_of_funds_question_not_an_amount(corpus_services: Services) -> None:
    # "costs" and "lønn" are amount words too; running costs asked about makes it a question of what the grant
    # may be used for, not of its appropriation.
    answer = corpus_services.pipeline.answer(
        "Kan den nye ordningen for kommunalt rusarbeid dekke driftsutgifter, eller bare lønn?"
    )[1]
    assert "230" not in answer.text, answer.text
